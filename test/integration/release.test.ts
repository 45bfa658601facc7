// scripts/release.js against a real temporary git repository with a bare "origin": the script
// and scripts/version.js are copied in, as the workflow runs them from a checkout, and the repository
// has its own small build (src/main.js → dist/index.js) so that a stale dist/ is a real one.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parse } from 'yaml';
import { repoRoot } from '../support/paths.js';
import { pythonFrameworks, pythonFrameworksMissing } from '../support/python-frameworks.js';

/** The release workflow's wheel step, as the test below runs it. */
const WHEEL_COMMAND = 'python3 -m build --wheel --no-isolation --outdir "$RUNNER_TEMP/wheel" python';

const scratch = mkdtempSync(join(tmpdir(), 'tf-repro-release-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

const CHANGELOG = `# Changelog

## [Unreleased]

## [1.2.0] - 2026-12-20
### Added
- Later things.

## [1.1.1] - 2026-12-19
### Fixed
- A backport.

## [1.0.0] - 2026-12-07
### Added
- The first release.

[1.0.0]: https://example.invalid/releases/tag/v1.0.0
`;

let repositories = 0;

/** A repository at version 1.0.0 with a fresh dist/, pushed to a bare origin. */
function makeRepository(): string {
  const name = `repo-${++repositories}`;
  const origin = join(scratch, `${name}.git`);
  const repo = join(scratch, name);
  git(scratch, 'init', '--quiet', '--bare', origin);
  git(scratch, 'init', '--quiet', '--initial-branch=main', repo);
  git(repo, 'config', 'user.email', 'release-test@example.invalid');
  git(repo, 'config', 'user.name', 'release test');
  git(repo, 'remote', 'add', 'origin', origin);
  mkdirSync(join(repo, 'scripts'));
  for (const script of ['release.js', 'version.js']) copyFileSync(join(repoRoot, 'scripts', script), join(repo, 'scripts', script));
  writeFileSync(
    join(repo, 'package.json'),
    JSON.stringify({ name: 'fixture', version: '1.0.0', type: 'module', scripts: { build: 'node build.js' } }, null, 2),
  );
  writeFileSync(
    join(repo, 'build.js'),
    "import fs from 'node:fs';\nfs.mkdirSync('dist', { recursive: true });\nfs.copyFileSync('src/main.js', 'dist/index.js');\n",
  );
  mkdirSync(join(repo, 'src'));
  writeFileSync(join(repo, 'src', 'main.js'), 'console.log(1);\n');
  writeFileSync(join(repo, 'src', 'version.ts'), "export const TOOL_VERSION = '1.0.0';\n");
  mkdirSync(join(repo, 'python'));
  writeFileSync(join(repo, 'python', 'pyproject.toml'), '[project]\nname = "fixture"\nversion = "1.0.0"\n');
  writeFileSync(join(repo, 'CHANGELOG.md'), CHANGELOG);
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: repo });
  git(repo, 'add', '-A');
  git(repo, 'commit', '--quiet', '-m', 'first');
  git(repo, 'push', '--quiet', 'origin', 'main');
  return repo;
}

function release(repo: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(repo, 'scripts', 'release.js'), ...args], { cwd: repo, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Bumps package.json and its copies to `version`, as `npm version` does with the "version" script. */
function bump(repo: string, version: string): void {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
  pkg.version = version;
  writeFileSync(join(repo, 'package.json'), JSON.stringify(pkg, null, 2));
  execFileSync(process.execPath, [join(repo, 'scripts', 'version.js'), 'sync'], { cwd: repo });
  git(repo, 'commit', '--quiet', '-am', `v${version}`);
}

const remoteTag = (repo: string, tag: string): string | null =>
  git(repo, 'ls-remote', 'origin', `refs/tags/${tag}`, `refs/tags/${tag}^{}`)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t')[0]!)
    .at(-1) ?? null;

test('v1.0.0 is tagged on HEAD and pushed, v1 moves to it, and the notes are CHANGELOG.md’s section', () => {
  const repo = makeRepository();
  const notes = join(scratch, 'notes-1.md');
  const run = release(repo, 'v1.0.0', '--push', '--notes-file', notes);
  assert.equal(run.code, 0, run.stderr);
  const head = git(repo, 'rev-parse', 'HEAD');
  assert.equal(git(repo, 'rev-parse', 'v1.0.0^{commit}'), head);
  assert.equal(git(repo, 'cat-file', '-t', 'v1.0.0'), 'tag', 'vX.Y.Z is an annotated tag');
  assert.equal(git(repo, 'cat-file', '-t', 'v1'), 'commit', 'the major tag is a plain, movable tag');
  assert.equal(git(repo, 'rev-parse', 'v1'), head);
  assert.equal(remoteTag(repo, 'v1.0.0'), head);
  assert.equal(remoteTag(repo, 'v1'), head);
  assert.equal(readFileSync(notes, 'utf8'), '### Added\n- The first release.\n');
  assert.match(run.stdout, /tagged v1\.0\.0 at [0-9a-f]{12}; moved v1 to it/);
});

test('a later release moves v1 forward; an older one is refused unless --keep-major, and then v1 stays', () => {
  const repo = makeRepository();
  assert.equal(release(repo, 'v1.0.0', '--push').code, 0);
  bump(repo, '1.2.0');
  assert.equal(release(repo, 'v1.2.0', '--push').code, 0);
  const newest = git(repo, 'rev-parse', 'HEAD');
  assert.equal(remoteTag(repo, 'v1'), newest);

  bump(repo, '1.1.1');
  const refused = release(repo, 'v1.1.1', '--push');
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /v1 would move backwards: v1\.2\.0 is newer than v1\.1\.1; give --keep-major/);
  assert.equal(git(repo, 'tag', '--list', 'v1.1.1'), '', 'nothing is tagged when refused');

  const backport = release(repo, 'v1.1.1', '--push', '--keep-major');
  assert.equal(backport.code, 0, backport.stderr);
  assert.match(backport.stdout, /left v1 where it is/);
  assert.equal(remoteTag(repo, 'v1'), newest);
  assert.equal(remoteTag(repo, 'v1.1.1'), git(repo, 'rev-parse', 'HEAD'));
});

test('a stale dist/ is refused and left as it was', () => {
  const repo = makeRepository();
  writeFileSync(join(repo, 'src', 'main.js'), 'console.log(2);\n');
  git(repo, 'commit', '--quiet', '-am', 'a change without its build');
  const run = release(repo, 'v1.0.0');
  assert.equal(run.code, 1);
  assert.match(run.stderr, /dist\/ is stale: 'npm run build' changed it/);
  assert.equal(git(repo, 'status', '--porcelain'), '', 'the rebuilt dist/ is put back');
  assert.equal(git(repo, 'tag', '--list'), '');
});

test('a dirty tree, another version, a copy that disagrees, a missing CHANGELOG section and a moved tag are refused', () => {
  const repo = makeRepository();
  writeFileSync(join(repo, 'notes.txt'), 'untracked\n');
  assert.match(release(repo, 'v1.0.0').stderr, /the working tree has changes/);
  rmSync(join(repo, 'notes.txt'));

  const other = release(repo, 'v1.0.1');
  assert.equal(other.code, 1);
  assert.match(other.stderr, /package\.json's version is 1\.0\.0, not 1\.0\.1: run 'npm version 1\.0\.1' first/);
  assert.match(release(repo, '1.0.0').stderr, /'1\.0\.0' is not a release tag: give vX\.Y\.Z/);

  writeFileSync(join(repo, 'python', 'pyproject.toml'), '[project]\nname = "fixture"\nversion = "0.9.0"\n');
  git(repo, 'commit', '--quiet', '-am', 'a stale copy');
  assert.match(release(repo, 'v1.0.0').stderr, /python\/pyproject\.toml says 0\.9\.0, package\.json says 1\.0\.0/);
  execFileSync(process.execPath, [join(repo, 'scripts', 'version.js'), 'sync'], { cwd: repo });
  git(repo, 'commit', '--quiet', '-am', 'synced');

  writeFileSync(join(repo, 'CHANGELOG.md'), CHANGELOG.replace('## [1.0.0] - 2026-12-07\n### Added\n- The first release.\n', ''));
  git(repo, 'commit', '--quiet', '-am', 'no section');
  assert.match(release(repo, 'v1.0.0').stderr, /CHANGELOG\.md has no '## \[1\.0\.0\]' section/);
  git(repo, 'revert', '--no-edit', 'HEAD');

  assert.equal(release(repo, 'v1.0.0').code, 0);
  git(repo, 'commit', '--quiet', '--allow-empty', '-m', 'after the release');
  const moved = release(repo, 'v1.0.0');
  assert.equal(moved.code, 1);
  assert.match(moved.stderr, /v1\.0\.0 already names [0-9a-f]{12}, not HEAD .*: a released version never moves/);
  assert.equal(release(repo, 'v1.0.0', '--bogus').code, 2);
});

test('the release workflow runs the tests first, then this script on the pushed tag, and releases with its notes and the wheel', () => {
  interface Step {
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
  }
  interface Job {
    needs?: string | string[];
    permissions?: Record<string, string>;
    steps: Step[];
  }
  const workflow = parse(readFileSync(join(repoRoot, '.github', 'workflows', 'release.yml'), 'utf8')) as {
    on: { push: { tags: string[] } };
    permissions: Record<string, string>;
    jobs: Record<string, Job>;
  };
  assert.deepEqual(workflow.on, { push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
  assert.equal(workflow.permissions.contents, 'read');
  const testJob = Object.entries(workflow.jobs).find(([, job]) => job.steps.some((step) => step.run === 'npm test'));
  assert.ok(testJob, 'a job runs npm test');
  const releaseJob = workflow.jobs.release;
  assert.ok(releaseJob, 'a release job');
  assert.deepEqual([releaseJob.needs].flat(), [testJob[0]], 'the release job needs the test job');
  assert.equal(releaseJob.permissions?.contents, 'write');
  const checkout = releaseJob.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
  assert.equal(checkout?.with?.['fetch-depth'], 0, 'every tag is fetched, so v1 cannot move backwards unseen');
  const runs = releaseJob.steps.map((step) => step.run ?? '');
  const script = runs.findIndex((run) => run.startsWith('node scripts/release.js "$GITHUB_REF_NAME" --push --notes-file '));
  const wheel = runs.findIndex((run) => run.includes(WHEEL_COMMAND));
  const create = runs.findIndex((run) => run.startsWith('gh release create "$GITHUB_REF_NAME" --verify-tag'));
  assert.ok(script !== -1 && wheel > script && create > wheel, `script, wheel, release in that order: ${runs.join(' | ')}`);
  const notesFile = /--notes-file ("[^"]+")/.exec(runs[script]!)![1]!;
  assert.ok(runs[create]!.includes(`--notes-file ${notesFile}`), 'the release takes the notes the script wrote');
  assert.ok(runs[create]!.includes('"$RUNNER_TEMP"/wheel/*.whl'), 'the wheel is attached');
  // The script's own usage line is what the workflow calls.
  assert.match(readFileSync(join(repoRoot, 'scripts', 'release.js'), 'utf8'), /node scripts\/release\.js vX\.Y\.Z \[--push\] \[--notes-file FILE\]/);
});

test(
  "the release workflow's wheel step builds the Python helpers offline, at the action's version",
  { skip: pythonFrameworksMissing || false, timeout: 300_000 },
  () => {
    const runnerTemp = join(scratch, 'runner-temp');
    mkdirSync(runnerTemp);
    // The tests' venv has what python/requirements-dev.txt lists, as the workflow's step before installs it.
    const command = WHEEL_COMMAND.replace(/^python3 /, `"${pythonFrameworks!.python}" `);
    const build = spawnSync('sh', ['-c', command], {
      cwd: repoRoot,
      env: { ...process.env, RUNNER_TEMP: runnerTemp, PIP_NO_INDEX: '1' },
      encoding: 'utf8',
    });
    assert.equal(build.status, 0, `${build.stdout}\n${build.stderr}`);
    const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    assert.deepEqual(readdirSync(join(runnerTemp, 'wheel')), [`tf_repro-${version}-py3-none-any.whl`]);
    const listing = execFileSync(pythonFrameworks!.python, ['-m', 'zipfile', '-l', join(runnerTemp, 'wheel', `tf_repro-${version}-py3-none-any.whl`)], {
      encoding: 'utf8',
    });
    for (const module of ['__init__', 'trace', 'torch', 'jax', 'keras']) assert.match(listing, new RegExp(`tf_repro/${module}\\.py`));
  },
);
