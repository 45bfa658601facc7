// The report directory: made with its parents, or one clear reason why not, and never a hang.
import assert from 'node:assert/strict';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { makeWritableDirectory } from '../../src/util/directories.js';
import { tempDir } from '../support/paths.js';

test('a new directory is made with its parents', async () => {
  const dir = join(tempDir('dirs'), 'a', 'b', 'c');
  assert.equal(await makeWritableDirectory(dir), null);
  assert.ok(statSync(dir).isDirectory());
  assert.equal(await makeWritableDirectory(dir), null, 'one that exists is fine');
});

test('a file in the way is named', async () => {
  const file = join(tempDir('dirs'), 'report');
  writeFileSync(file, '');
  assert.equal(await makeWritableDirectory(file), `${file} is a file, not a directory`);
  assert.equal(await makeWritableDirectory(join(file, 'sub', 'dir')), `${file} is a file, not a directory`);
});

test("a path in /proc is an error, not a hang (Node's recursive mkdir never returns there)", { timeout: 10_000 }, async () => {
  assert.equal(await makeWritableDirectory('/proc/tf-repro-report/x'), 'no directory can be made in /proc');
});
