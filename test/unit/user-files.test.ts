// util/user-files.ts on real files, FIFOs, links and directories, and util/text.ts's caps on lists
// and messages.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { boundedMessage, listed, MESSAGE_CHARS } from '../../src/util/text.js';
import {
  appendToRegularFile,
  createFileAnew,
  FileTooLarge,
  ioCause,
  NotRegularFile,
  readRegularFile,
  sha256OfRegularFile,
  writeFilesReplacing,
} from '../../src/util/user-files.js';
import { scratchDir } from '../support/paths.js';

test('readRegularFile reads a file within its limit, and refuses a larger one, a FIFO, a device and a directory at once', async () => {
  const dir = scratchDir('user-files');
  const file = join(dir, 'file');
  writeFileSync(file, 'x'.repeat(100));
  assert.equal((await readRegularFile(file, 100)).length, 100);
  await assert.rejects(readRegularFile(file, 99), (error) => error instanceof FileTooLarge && ioCause(error) === 'it is larger than the limit of 99 bytes');
  const fifo = join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  const zero = join(dir, 'zero');
  symlinkSync('/dev/zero', zero);
  for (const [path, kind] of [
    [fifo, 'a FIFO (named pipe)'],
    [zero, 'a character device'],
    [dir, 'a directory'],
  ]) {
    await assert.rejects(readRegularFile(path!, 1 << 20), (error) => error instanceof NotRegularFile && ioCause(error) === `it is ${kind}, not a regular file`);
  }
  await assert.rejects(readRegularFile(join(dir, 'missing'), 1), (error) => ioCause(error) === 'it does not exist, ENOENT');
  assert.equal(await sha256OfRegularFile(file), createHash('sha256').update('x'.repeat(100)).digest('hex'));
  await assert.rejects(sha256OfRegularFile(fifo), NotRegularFile);
});

test('readRegularFile reads a large file whole, and one longer than its size says (a file in /proc) up to its limit', async () => {
  const dir = scratchDir('user-files-large');
  const file = join(dir, 'large');
  // Over the 1 MiB the buffer grows by, in bytes that show a misplaced piece.
  const bytes = Buffer.from(Array.from({ length: 3 * 1024 * 1024 + 7 }, (_, i) => (i * 31 + (i >> 12)) & 0xff));
  writeFileSync(file, bytes);
  assert.ok((await readRegularFile(file, bytes.length)).equals(bytes));
  // /proc/self/status is a regular file whose size says 0: read past what stat said.
  const status = readFileSync('/proc/self/status', 'utf8');
  assert.match((await readRegularFile('/proc/self/status', 1 << 20)).toString('utf8'), /^Name:\t/);
  assert.ok(status.length > 100);
  await assert.rejects(readRegularFile('/proc/self/status', 100), (error) => error instanceof FileTooLarge);
});

test('createFileAnew replaces a FIFO or a link left at its name, and never writes through the link', async () => {
  const dir = scratchDir('user-files-anew');
  const target = join(dir, 'target');
  writeFileSync(target, 'kept');
  const linked = join(dir, 'linked.log');
  symlinkSync(target, linked);
  const fifo = join(dir, 'fifo.log');
  execFileSync('mkfifo', [fifo]);
  for (const path of [linked, fifo]) {
    const file = await createFileAnew(path);
    await file.writeFile('new');
    await file.close();
    assert.equal(readFileSync(path, 'utf8'), 'new');
  }
  assert.equal(readFileSync(target, 'utf8'), 'kept');
  const folder = join(dir, 'folder.log');
  mkdirSync(folder);
  await assert.rejects(createFileAnew(folder), (error) => error instanceof NotRegularFile && ioCause(error) === 'it is a directory, not a regular file');
});

test('appendToRegularFile refuses a FIFO and a link', async () => {
  const dir = scratchDir('user-files-append');
  const fifo = join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  await assert.rejects(appendToRegularFile(fifo, 'x'), NotRegularFile);
  const target = join(dir, 'target');
  writeFileSync(target, 'kept');
  const linked = join(dir, 'linked');
  symlinkSync(target, linked);
  await assert.rejects(appendToRegularFile(linked, 'x'));
  assert.equal(readFileSync(target, 'utf8'), 'kept');
  const file = join(dir, 'file');
  await appendToRegularFile(file, 'a');
  await appendToRegularFile(file, 'b');
  assert.equal(readFileSync(file, 'utf8'), 'ab');
});

test('writeFilesReplacing renames every file into place only once all are written; a failure leaves the old ones', async () => {
  const dir = scratchDir('user-files-replace');
  const [a, b] = [join(dir, 'a'), join(dir, 'b')];
  writeFileSync(a, 'old a');
  execFileSync('mkfifo', [b]);
  await writeFilesReplacing(
    new Map([
      [a, 'new a'],
      [b, 'new b'],
    ]),
  );
  assert.equal(readFileSync(a, 'utf8'), 'new a');
  assert.equal(readFileSync(b, 'utf8'), 'new b', 'a FIFO at the name is replaced, not written into');
  // A file whose folder does not exist fails; the one before it is not renamed, and no temporary file stays.
  await assert.rejects(
    writeFilesReplacing(
      new Map([
        [a, 'newer a'],
        [join(dir, 'missing', 'c'), 'c'],
      ]),
    ),
  );
  assert.equal(readFileSync(a, 'utf8'), 'new a');
  assert.deepEqual(readdirSync(dir).sort(), ['a', 'b']);
});

test('listed names ten items and counts the rest; boundedMessage cuts a message and says how much', () => {
  assert.equal(listed([1, 2, 3]), '1, 2, 3');
  const runs = Array.from({ length: 998 }, (_, i) => i + 3);
  assert.equal(listed(runs), '3, 4, 5, 6, 7, 8, 9, 10, 11, 12, … and 988 more');
  assert.equal(listed(['a', 'b', 'c'], 2, ' | '), 'a | b | … and 1 more');
  assert.equal(boundedMessage('short'), 'short');
  const long = 'x'.repeat(MESSAGE_CHARS + 1234);
  assert.equal(boundedMessage(long), `${'x'.repeat(MESSAGE_CHARS)}… (1,234 more characters)`);
});
