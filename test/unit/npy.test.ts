// The .npy parser on files numpy wrote (test/fixtures/npy, from numpy 2.4: np.save and
// np.lib.format.write_array with versions 2.0 and 3.0) and on hand-made broken ones.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { npyElement, npyFloat32, parseNpy, pythonShape } from '../../src/data/npy.js';
import { repoRoot } from '../support/paths.js';

const fixture = (name: string) => new Uint8Array(readFileSync(join(repoRoot, 'test', 'fixtures', 'npy', 'headers', name)));

function error<T>(result: { ok: true; value: T } | { ok: false; error: string }): string {
  assert.equal(result.ok, false, 'expected an error');
  return (result as { error: string }).error;
}

/** A .npy file of format 1.0 with `header` (padded as numpy pads it) and `data`. */
function npy(header: string, data: Uint8Array = new Uint8Array(0), version = 1): Uint8Array {
  const prefix = version === 1 ? 10 : 12;
  const padded = header + ' '.repeat(63 - ((prefix + header.length) % 64)) + '\n';
  const bytes = new Uint8Array(prefix + padded.length + data.length);
  bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, version, 0]);
  const view = new DataView(bytes.buffer);
  if (version === 1) view.setUint16(8, padded.length, true);
  else view.setUint32(8, padded.length, true);
  bytes.set(new TextEncoder().encode(padded), prefix);
  bytes.set(data, prefix + padded.length);
  return bytes;
}

describe('parseNpy', () => {
  for (const [file, version] of [
    ['float32-v1.npy', '1.0'],
    ['float32-v2.npy', '2.0'],
    ['float32-v3.npy', '3.0'],
  ] as const) {
    it(`reads numpy's format ${version} (${file})`, () => {
      const r = parseNpy(fixture(file), file);
      assert.ok(r.ok, r.ok ? '' : r.error);
      assert.equal(r.value.version, version);
      assert.deepEqual(r.value.shape, [3, 2, 2]);
      assert.equal(r.value.dtype.descr, '<f4');
      assert.deepEqual(
        [...npyFloat32(r.value)],
        Array.from({ length: 12 }, (_, i) => i / 4),
      );
    });
  }

  it('reads a 1-D uint8 array with the (3,) shape', () => {
    const r = parseNpy(fixture('uint8-1d.npy'), 'u8');
    assert.ok(r.ok);
    assert.deepEqual(r.value.shape, [3]);
    assert.equal(r.value.dtype.descr, '|u1');
    assert.deepEqual([...r.value.data], [0, 1, 255]);
    assert.equal(pythonShape(r.value.shape), '(3,)');
  });

  it('reads int64 labels element by element', () => {
    const data = new Uint8Array(16);
    new DataView(data.buffer).setBigInt64(8, 7n, true);
    const r = parseNpy(npy("{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }", data), 'y');
    assert.ok(r.ok);
    assert.deepEqual([npyElement(r.value, 0), npyElement(r.value, 1)], [0, 7]);
  });

  it('reads a format 2.0 header built by hand, and double-quoted keys', () => {
    const r = parseNpy(npy('{"descr": "|u1", "fortran_order": False, "shape": (1, 2)}', new Uint8Array([4, 5]), 2), 'v2');
    assert.ok(r.ok, r.ok ? '' : r.error);
    assert.deepEqual(r.value.shape, [1, 2]);
  });

  it('reads float32 values that do not start on a multiple of 4 bytes from a Buffer, and only them', () => {
    // An unpadded header leaves the data unaligned; readFile gives a Buffer, whose slice() copies nothing.
    const values = new Float32Array([0.5, -2, 3.25]);
    const header = "{'descr': '<f4', 'fortran_order': False, 'shape': (3,)}";
    const bytes = Buffer.alloc(10 + header.length + 12);
    bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
    bytes.writeUInt16LE(header.length, 8);
    bytes.write(header, 10);
    bytes.set(new Uint8Array(values.buffer), 10 + header.length);
    const r = parseNpy(bytes, 'x');
    assert.ok(r.ok, r.ok ? '' : r.error);
    assert.notEqual(r.value.data.byteOffset % 4, 0);
    assert.deepEqual([...npyFloat32(r.value)], [0.5, -2, 3.25]);
  });

  it('refuses a header longer than numpy reads, at once', () => {
    const shape = Array.from({ length: 6000 }, () => '1').join(', ');
    const started = process.cpuUsage();
    const e = error(parseNpy(npy(`{'descr': '|u1', 'fortran_order': False, 'shape': (${shape}), }`, new Uint8Array(1)), 'big'));
    assert.match(e, /^big: the \.npy header says it is 18,102 bytes long, more than the 10,000 numpy itself reads/);
    // This process's CPU time, which a busy machine does not inflate as it does the wall clock's.
    const used = process.cpuUsage(started);
    assert.ok((used.user + used.system) / 1000 < 100, `${(used.user + used.system) / 1000} ms of CPU time`);
  });

  const broken: [string, Uint8Array, RegExp][] = [
    ['not npy at all', new TextEncoder().encode('fold,loss\n0,1\n'), /^bad: not a \.npy file/],
    [
      'an unknown version',
      (() => {
        const b = npy("{'descr': '|u1', 'fortran_order': False, 'shape': (0,), }");
        b[6] = 9;
        return b;
      })(),
      /format version 9\.0/,
    ],
    ['Fortran order', fixture('fortran.npy'), /Fortran order; save it in C order/],
    ['big-endian floats', fixture('big-endian.npy'), /'>f4' is big-endian/],
    ['a structured dtype', fixture('structured.npy'), /structured dtypes are not supported/],
    ['a truncated file', fixture('float32-v1.npy').subarray(0, 170), /expected 176 bytes for shape \(3, 2, 2\) of <f4, found 170 \(the file is truncated\)/],
    ['trailing bytes', new Uint8Array([...fixture('uint8-1d.npy'), 0, 0]), /2 bytes too many/],
    ['a header missing its shape', npy("{'descr': '|u1', 'fortran_order': False, }"), /has no 'shape'/],
    ['a header that is not a dict', npy("{'descr': '|u1', 'fortran_order': Maybe, 'shape': (1,), }"), /is not a valid dict: unexpected 'M'/],
    [
      'a header longer than the file',
      (() => {
        const b = npy("{'descr': '|u1', 'fortran_order': False, 'shape': (1,), }");
        new DataView(b.buffer).setUint16(8, 60000, true);
        return b;
      })(),
      /says it is 60,000 bytes long .* truncated/,
    ],
    ['an object dtype', npy("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }"), /dtype '\|O' is not a plain number type/],
  ];
  for (const [what, bytes, message] of broken) {
    it(`refuses ${what}, naming the file`, () => {
      const e = error(parseNpy(bytes, 'bad'));
      assert.match(e, /^bad: /);
      assert.match(e, message);
    });
  }
});
