// A dataset that cannot be read, or that is a gzip bomb, through the CLI as a user runs it:
// one clear error naming the input and the cause, exit code 2, and memory that stays small.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { after, before, test } from 'node:test';
import { createGzip } from 'node:zlib';
import { cliBin, repoRoot } from '../support/paths.js';

const EMBEDDED = join(repoRoot, 'dist', 'data', 'mnist');
const NOBODY = 65534;

let tmp = '';
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'tf-repro-dataset-input-'));
  // Others may pass through to the directories made inside, which decide for themselves.
  await chmod(tmp, 0o755);
});
after(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stderr: string;
  /** The CLI process's peak resident memory, in bytes. */
  peakRss: number;
}

/**
 * `tf-repro run` on `dataset` up to its first error: as the user nobody (setpriv), or as this user
 * with its peak memory measured.
 */
async function runOn(dataset: string, options: { asNobody?: boolean } = {}): Promise<Run> {
  const rssFile = join(tmp, `rss-${Math.random().toString(36).slice(2)}`);
  // Loaded before the CLI: writes the process's peak memory as it exits.
  const probe = join(tmp, 'peak-rss.mjs');
  await writeFile(
    probe,
    "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS * 1024)));\n",
  );
  const cli = [cliBin, 'run', '--dataset', dataset, '--backend', 'wasm', '--runs', '2', '--folds', '2', '--epochs', '1', '--samples', '300', '--quiet'];
  const [command, ...args] = options.asNobody
    ? ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, ...cli]
    : [process.execPath, '--import', probe, ...cli];
  const child = spawn(command!, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PEAK_RSS_FILE: rssFile } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const peakRss = options.asNobody ? NaN : Number(await readFile(rssFile, 'utf8'));
  return { code, stderr, peakRss };
}

function assertOneError(run: Run, pattern: RegExp): void {
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, pattern);
  assert.equal(run.stderr.trim().split('\n').length, 1, `one line: ${run.stderr}`);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
}

test('a dataset directory this user cannot read is reported as that, not as empty', async () => {
  const dataset = join(tmp, 'private');
  await mkdir(dataset, { mode: 0o700 });
  for (const name of ['train-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz']) await copyFile(join(EMBEDDED, name), join(dataset, name));
  const run = await runOn(dataset, { asNobody: true });
  assertOneError(
    run,
    /^tf-repro: 'dataset': cannot read the directory .*private \(permission denied, EACCES\); make it readable by the user that runs tf-repro$/m,
  );
  assert.doesNotMatch(run.stderr, /has no training images/);
});

test('a dataset file this user cannot read names the file and the cause', async () => {
  const dataset = join(tmp, 'private-file');
  await mkdir(dataset, { mode: 0o755 });
  for (const name of ['train-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz']) await copyFile(join(EMBEDDED, name), join(dataset, name));
  await chmod(join(dataset, 'train-labels-idx1-ubyte.gz'), 0o600);
  const run = await runOn(dataset, { asNobody: true });
  assertOneError(run, /^tf-repro: 'dataset': cannot read .*train-labels-idx1-ubyte\.gz \(permission denied, EACCES\)/m);
});

/** A gzip of `header` and then `zeros` zero bytes, made by streaming: a few MB on disk. */
async function gzipBomb(path: string, header: Buffer, zeros: number): Promise<void> {
  const chunk = Buffer.alloc(1024 * 1024);
  async function* content() {
    yield header;
    for (let left = zeros; left > 0; left -= chunk.length) yield left >= chunk.length ? chunk : chunk.subarray(0, left);
  }
  await pipeline(content(), createGzip({ level: 1 }), createWriteStream(path));
}

const idxHeader = (...words: number[]) => {
  const header = Buffer.alloc(words.length * 4);
  words.forEach((word, i) => header.writeUInt32BE(word, i * 4));
  return header;
};
const GIGABYTE = 1024 ** 3;
const LIMIT_RSS = 300 * 1024 * 1024;

test('a labels file whose header announces 400 labels but inflates to a gigabyte stops there, in little memory', async () => {
  const dataset = join(tmp, 'labels-bomb');
  await mkdir(dataset);
  await copyFile(join(EMBEDDED, 'train-images-idx3-ubyte.gz'), join(dataset, 'train-images-idx3-ubyte.gz'));
  await gzipBomb(join(dataset, 'train-labels-idx1-ubyte.gz'), Buffer.concat([idxHeader(2049, 400), Buffer.alloc(400)]), GIGABYTE);
  const run = await runOn(dataset);
  assertOneError(
    run,
    /^tf-repro: 'dataset': .*train-labels-idx1-ubyte\.gz: inflates to more than the 408 bytes its header announces for 400 labels; the file is corrupt/m,
  );
  assert.ok(run.peakRss < LIMIT_RSS, `peak memory ${Math.round(run.peakRss / 2 ** 20)} MB`);
});

test('an image file whose header announces 400 images but inflates to a gigabyte stops there, in little memory', async () => {
  const dataset = join(tmp, 'images-bomb');
  await mkdir(dataset);
  await gzipBomb(join(dataset, 'train-images-idx3-ubyte.gz'), idxHeader(2051, 400, 28, 28), GIGABYTE);
  await writeFile(join(dataset, 'train-labels-idx1-ubyte'), Buffer.concat([idxHeader(2049, 400), Buffer.alloc(400)]));
  const run = await runOn(dataset);
  assertOneError(
    run,
    /^tf-repro: 'dataset': .*train-images-idx3-ubyte\.gz: inflates to more than the 313,616 bytes its header announces for 400 images of 28×28; /m,
  );
  assert.ok(run.peakRss < LIMIT_RSS, `peak memory ${Math.round(run.peakRss / 2 ** 20)} MB`);
});
