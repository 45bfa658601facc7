import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { gunzipAnnounced, inflatedStart, parseIdxImages, parseIdxLabels } from '../../src/data/idx.js';

/** A hand-built IDX file: big-endian uint32 header words, then the data bytes. */
function idx(header: number[], data: number[]): Uint8Array {
  const bytes = new Uint8Array(header.length * 4 + data.length);
  const dv = new DataView(bytes.buffer);
  header.forEach((word, i) => dv.setUint32(i * 4, word));
  bytes.set(data, header.length * 4);
  return bytes;
}

// 3 images of 2×2, pixel values that show ordering.
const PIXELS = [0, 1, 2, 3, 10, 11, 12, 13, 255, 254, 253, 252];
const IMAGES = idx([2051, 3, 2, 2], PIXELS);
const LABELS = idx([2049, 3], [7, 0, 9]);

function error<T>(result: { ok: true; value: T } | { ok: false; error: string }): string {
  assert.equal(result.ok, false, 'expected an error');
  return (result as { error: string }).error;
}

describe('parseIdxImages', () => {
  for (const [kind, bytes] of [
    ['raw', IMAGES],
    ['gzip', gzipSync(IMAGES)],
  ] as const) {
    it(`reads a good ${kind} file`, () => {
      const r = parseIdxImages(bytes, 'imgs');
      assert.ok(r.ok);
      assert.equal(r.value.count, 3);
      assert.equal(r.value.rows, 2);
      assert.equal(r.value.cols, 2);
      assert.equal(r.value.pixels.constructor, Uint8Array);
      assert.deepEqual([...r.value.pixels], PIXELS);
    });
  }

  it('gives a view of the input bytes, not a copy', () => {
    const r = parseIdxImages(IMAGES, 'imgs');
    assert.ok(r.ok);
    assert.equal(r.value.pixels.buffer, IMAGES.buffer);
    assert.equal(r.value.pixels.byteOffset, 16);
  });

  it('rejects a wrong magic number, naming the file and the expected magic', () => {
    const e = error(parseIdxImages(idx([1234, 3, 2, 2], PIXELS), 'x/train-images-idx3-ubyte'));
    assert.match(e, /^x\/train-images-idx3-ubyte: magic number 1234, expected 2051/);
    assert.match(e, /IDX image file/);
  });

  it('spots a labels file given as images', () => {
    assert.match(error(parseIdxImages(LABELS, 'imgs')), /magic number 2049.*label file.*swap/);
  });

  it('rejects a truncated file with the expected and found sizes', () => {
    const e = error(parseIdxImages(IMAGES.subarray(0, 20), 'imgs'));
    assert.match(e, /^imgs: expected 28 bytes for 3 images of 2×2, found 20 \(the file is truncated\)/);
  });

  it('rejects extra bytes after the data', () => {
    const e = error(parseIdxImages(idx([2051, 3, 2, 2], [...PIXELS, 0, 0]), 'imgs'));
    assert.match(e, /expected 28 bytes .* found 30 \(2 bytes too many\)/);
  });

  it('formats large sizes with thousands separators', () => {
    const e = error(parseIdxImages(idx([2051, 60000, 28, 28], []), 'train'));
    assert.match(e, /expected 47,040,016 bytes for 60,000 images of 28×28, found 16/);
  });

  it('rejects a header shorter than 16 bytes', () => {
    assert.match(error(parseIdxImages(IMAGES.subarray(0, 10), 'imgs')), /^imgs: only 10 bytes, shorter than the 16-byte header/);
    assert.match(error(parseIdxImages(new Uint8Array(0), 'imgs')), /only 0 bytes/);
  });

  for (const dims of [
    [0, 2, 2],
    [3, 0, 2],
    [3, 2, 0],
  ]) {
    it(`rejects zero dimensions ${dims.join('×')}`, () => {
      assert.match(error(parseIdxImages(idx([2051, ...dims], []), 'imgs')), /^imgs: header says .* at least one image/);
    });
  }

  it('rejects a corrupt gzip as an error value', () => {
    const gz = gzipSync(IMAGES);
    const e = error(parseIdxImages(gz.subarray(0, gz.length - 6), 'imgs.gz'));
    assert.match(e, /^imgs\.gz: not a valid gzip file .*download it again/);
  });
});

describe('parseIdxLabels', () => {
  for (const [kind, bytes] of [
    ['raw', LABELS],
    ['gzip', gzipSync(LABELS)],
  ] as const) {
    it(`reads a good ${kind} file`, () => {
      const r = parseIdxLabels(bytes, 'labels');
      assert.ok(r.ok);
      assert.equal(r.value.count, 3);
      assert.equal(r.value.labels.constructor, Uint8Array);
      assert.deepEqual([...r.value.labels], [7, 0, 9]);
    });
  }

  it('rejects a wrong magic number and spots an images file', () => {
    assert.match(error(parseIdxLabels(idx([2050, 3], [1, 2, 3]), 'lbl')), /^lbl: magic number 2050, expected 2049 \(an IDX label file/);
    assert.match(error(parseIdxLabels(IMAGES, 'lbl')), /magic number 2051.*image file.*swap/);
  });

  it('rejects truncated and overlong files', () => {
    assert.match(error(parseIdxLabels(LABELS.subarray(0, 10), 'lbl')), /^lbl: expected 11 bytes for 3 labels, found 10 \(the file is truncated\)/);
    assert.match(error(parseIdxLabels(idx([2049, 3], [1, 2, 3, 4]), 'lbl')), /found 12 \(1 byte too many\)/);
    assert.match(error(parseIdxLabels(LABELS.subarray(0, 5), 'lbl')), /^lbl: only 5 bytes, shorter than the 8-byte header/);
  });

  it('rejects zero labels', () => {
    assert.match(error(parseIdxLabels(idx([2049, 0], []), 'lbl')), /^lbl: header says 0 labels/);
  });
});

describe('gunzip', () => {
  it('passes raw bytes through and gunzips gzip bytes', () => {
    assert.deepEqual(inflatedStart(IMAGES, 'f', 16), { ok: true, value: IMAGES });
    assert.deepEqual(gunzipAnnounced(IMAGES, 'f', 28, '3 images'), { ok: true, value: IMAGES });
    assert.deepEqual(inflatedStart(gzipSync(IMAGES), 'f', 16), { ok: true, value: IMAGES });
    assert.deepEqual(gunzipAnnounced(gzipSync(IMAGES), 'f', 28, '3 images'), { ok: true, value: IMAGES });
  });

  it('says when a gzip is corrupt', () => {
    const bad = Uint8Array.of(0x1f, 0x8b, 1, 2, 3);
    assert.match(error(inflatedStart(bad, 'f.gz', 16)), /^f\.gz: not a valid gzip file/);
    assert.match(error(gunzipAnnounced(bad, 'f.gz', 16, '1 image')), /^f\.gz: not a valid gzip file/);
  });

  it('inflates only the start of a large gzip to read its header', () => {
    // Pixels that hardly compress: 1 MB of gzip.
    const pixels = new Uint8Array(1024 * 1024);
    for (let i = 0, x = 1; i < pixels.length; i++) pixels[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    const big = gzipSync(Buffer.concat([idx([2051, 1, 1024, 1024], []), pixels]), { level: 1 });
    const start = inflatedStart(big, 'big.gz', 16);
    assert.ok(start.ok);
    assert.deepEqual([...start.value.subarray(0, 16)], [...idx([2051, 1, 1024, 1024], [])]);
    assert.ok(start.value.length < 64 * 1024, `${start.value.length} bytes inflated`);
  });

  // A gzip bomb: a header announcing 3 labels, then 64 MB of zeros in 64 KB of gzip.
  const bomb = gzipSync(Buffer.concat([idx([2049, 3], [7, 0, 9]), Buffer.alloc(64 * 1024 * 1024)]), { level: 1 });

  it('stops inflating one byte past what the header announces', () => {
    assert.ok(bomb.length < 512 * 1024, `${bomb.length} bytes of gzip`);
    const e = error(parseIdxLabels(bomb, 'lbl.gz'));
    assert.equal(e, 'lbl.gz: inflates to more than the 11 bytes its header announces for 3 labels; the file is corrupt or not what it says, download it again');
    assert.match(error(gunzipAnnounced(bomb, 'lbl.gz', 1000, '3 labels')), /more than the 1,000 bytes its header announces/);
  });

  it('refuses a header that announces more than 2 GiB, before inflating', () => {
    assert.match(
      error(parseIdxImages(idx([2051, 60000, 1000, 1000], []), 'imgs')),
      /^imgs: header says 60,000 images of 1,000×1,000, 60,000,000,016 bytes, more than the 2 GiB tf-repro reads/,
    );
    assert.match(error(parseIdxLabels(gzipSync(idx([2049, 2 ** 32 - 1], [])), 'lbl')), /^lbl: header says 4,294,967,295 labels, .* more than the 2 GiB/);
  });
});
