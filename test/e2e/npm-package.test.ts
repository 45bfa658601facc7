// The CLI as users get it from the registry: `npm pack`, installed into an empty folder with an
// empty npm cache and npm offline (so nothing can come from elsewhere), then `npx tf-repro run`.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { repoRoot } from '../support/paths.js';

const scratch = mkdtempSync(join(tmpdir(), 'tf-repro-npm-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  files: string[];
  private?: boolean;
  dependencies?: Record<string, string>;
};

const offline = { ...process.env, npm_config_offline: 'true', npm_config_cache: join(scratch, 'npm-cache'), npm_config_update_notifier: 'false' };

test('npm pack, installed offline into an empty folder: npx tf-repro run gives a verdict', { timeout: 600_000 }, () => {
  assert.equal(pkg.name, 'tf-repro', 'the name npx runs');
  assert.notEqual(pkg.private, true);
  assert.equal(pkg.dependencies, undefined, 'no runtime dependencies: the bundle carries them, the native backends are installed at run time');

  const packed = join(scratch, 'packed');
  mkdirSync(packed);
  const list = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', packed], { cwd: repoRoot, env: offline, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  ) as { filename: string; size: number; files: { path: string }[] }[];
  const tarball = join(packed, readdirSync(packed)[0]!);
  const shipped = list[0]!.files.map((file) => file.path);
  assert.ok(shipped.includes('dist/index.js') && shipped.includes('bin/tf-repro.js'), shipped.join(', '));
  assert.ok(
    shipped.every((path) => /^(bin|dist)\//.test(path) || ['package.json', 'LICENSE', 'README.md'].includes(path)),
    `only what files lists ships: ${shipped.filter((path) => !/^(bin|dist)\//.test(path)).join(', ')}`,
  );

  // The README says how large the download is; keep it true within a tenth.
  const megabytes = statSync(tarball).size / 1e6;
  const stated = /npm package is ([\d.]+) MB/.exec(readFileSync(join(repoRoot, 'README.md'), 'utf8'));
  assert.ok(stated, "README: 'npm package is N MB'");
  assert.ok(Math.abs(Number(stated[1]) - megabytes) <= megabytes / 10, `README says ${stated[1]} MB, the tarball is ${megabytes.toFixed(1)} MB`);

  const project = join(scratch, 'project');
  mkdirSync(project);
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', tarball], { cwd: project, env: offline, encoding: 'utf8' });
  assert.equal(install.status, 0, install.stderr);

  const run = spawnSync('npx', ['tf-repro', 'run', '--runs', '2', '--folds', '2', '--epochs', '1', '--samples', '300'], {
    cwd: project,
    env: offline,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, /^Reproducible: 2 runs × 2 folds: metrics and final weights of 2 folds and \d+ traced checkpoints, all bitwise identical\.$/m);
  const version = spawnSync('npx', ['tf-repro', '--version'], { cwd: project, env: offline, encoding: 'utf8' });
  assert.equal(version.stdout.trim(), `tf-repro ${pkg.version}`);
});
