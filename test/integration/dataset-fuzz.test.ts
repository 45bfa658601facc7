// Hundreds of malformed dataset directories through the loader that the check and every training
// process use: broken IDX and .npy files under each name we look for, odd directory names, and
// things that are not files where files should be. Each load ends in a dataset that holds together
// or in one UserError of one line, never another exception, a hang or a heap of memory.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { UserError } from '../../src/util/user-error.js';
import { IMAGE_FILE_NAMES, LABEL_FILE_NAMES } from '../../src/data/idx.js';
import { loadSettingsDataset } from '../../src/data/load.js';
import { embeddedIdx, generatedNpy, malformed, npyFixtures } from '../support/malformed.js';
import { repoRoot } from '../support/paths.js';

let tmp = '';
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'tf-repro-dataset-fuzz-'));
});
after(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const { images, labels } = embeddedIdx(12);
const digits = (name: string) => readFileSync(join(repoRoot, 'test', 'fixtures', 'npy', 'digits', name));

/** What may stand where a file should be. */
const ODDITIES = ['none', 'a directory', 'a FIFO', 'a link to /dev/zero', 'a link to itself', 'missing'] as const;

const idxCase = fc.record({
  kind: fc.constant('idx' as const),
  first: malformed(images),
  second: malformed(labels),
  firstName: fc.constantFrom(...IMAGE_FILE_NAMES),
  secondName: fc.constantFrom(...LABEL_FILE_NAMES),
});
const npyCase = fc.record({
  kind: fc.constant('npy' as const),
  first: fc.oneof(malformed(digits('x.npy')), generatedNpy),
  second: fc.oneof(malformed(digits('y.npy')), fc.constantFrom(...npyFixtures).chain(malformed)),
  firstName: fc.constant('x.npy'),
  secondName: fc.constant('y.npy'),
});

const datasetCase = fc.record({
  files: fc.oneof(idxCase, npyCase),
  oddity: fc.constantFrom(...ODDITIES),
  oddFile: fc.constantFrom('first', 'second'),
  dirName: fc.constantFrom('data', 'with space', 'ünïcödé', 'new\nline', "it's", '-dash', '%s'),
  samples: fc.constantFrom(0, 1, 5, 12, 13),
  folds: fc.constantFrom(2, 3),
  model: fc.constantFrom(null, 'model.json'),
});

let cases = 0;

test('malformed dataset directories: a dataset that holds together or one UserError line', async () => {
  await fc.assert(
    fc.asyncProperty(datasetCase, async ({ files, oddity, oddFile, dirName, samples, folds, model }) => {
      const dir = join(tmp, String(cases++), dirName);
      await mkdir(dir, { recursive: true });
      for (const which of ['first', 'second'] as const) {
        const path = join(dir, files[`${which}Name`]);
        const odd = which === oddFile ? oddity : 'none';
        if (odd === 'none') await writeFile(path, files[which].bytes);
        else if (odd === 'a directory') await mkdir(path);
        else if (odd === 'a FIFO') execFileSync('mkfifo', [path]);
        else if (odd === 'a link to /dev/zero') await symlink('/dev/zero', path);
        else if (odd === 'a link to itself') await symlink(path, path);
      }
      // CPU time for what a case may cost (other processes on a busy machine do not add to it); a
      // hang (a FIFO opened blocking) is fast-check's timeout, generous for a busy machine.
      const started = process.cpuUsage();
      try {
        const dataset = await loadSettingsDataset({ dataset: dir, samples, folds, validationSplit: 0.2, model });
        assert.ok(dataset.count >= 1);
        assert.equal(dataset.images.length, dataset.count * dataset.rows * dataset.cols);
        assert.equal(dataset.labels.length, dataset.count);
      } catch (e) {
        assert.ok(e instanceof UserError, `not a UserError: ${String((e as Error)?.stack ?? e)}`);
        assert.doesNotMatch(e.message, /\n/, 'one line');
        assert.match(e.message, /^'(dataset|samples)'/);
      } finally {
        await rm(join(tmp, String(cases - 1)), { recursive: true, force: true });
      }
      const used = process.cpuUsage(started);
      assert.ok((used.user + used.system) / 1000 < 5000, `${(used.user + used.system) / 1000} ms of CPU time`);
    }),
    { numRuns: 400, timeout: 60_000 },
  );
  const peak = process.resourceUsage().maxRSS * 1024;
  assert.ok(peak < 768 * 1024 * 1024, `peak memory ${Math.round(peak / 2 ** 20)} MB`);
});
