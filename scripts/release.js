// Tags a release of the action: vX.Y.Z on HEAD (immutable: never moved once pushed) and the major
// tag vX moved to it, the convention GitHub's docs give for actions (`uses: owner/action@v1`).
// The release workflow (.github/workflows/release.yml) runs it on the pushed vX.Y.Z tag; a
// maintainer may run it locally first without --push to see what it would refuse.
//
//   node scripts/release.js vX.Y.Z [--push] [--notes-file FILE] [--keep-major]
//
// It refuses, changing nothing: a tag that is not vX.Y.Z or not package.json's version, a version
// copy that disagrees (scripts/version.js), a working tree with changes, a CHANGELOG.md without a
// section for the version, a dist/ that `npm run build` changes, a vX.Y.Z that already names
// another commit, and moving vX backwards (an older vX.Y.Z than the newest: give --keep-major to
// tag a backport without moving vX).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceVersion, versionMismatches } from './version.js';

const USAGE = 'usage: node scripts/release.js vX.Y.Z [--push] [--notes-file FILE] [--keep-major]';

class Refusal extends Error {}

/** Semantic versions compared by their numbers: negative when a < b. */
export function compareVersions(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** [major, minor, patch] of 'vX.Y.Z' (or 'X.Y.Z' with bare), else null. */
export function parseVersionTag(tag, bare = false) {
  const match = (bare ? /^(\d+)\.(\d+)\.(\d+)$/ : /^v(\d+)\.(\d+)\.(\d+)$/).exec(tag);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/** The CHANGELOG.md section of `version` (Keep a Changelog: `## [X.Y.Z] - date`), without its heading; null when absent. */
export function changelogSection(changelog, version) {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`));
  if (start === -1) return null;
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  // Link definitions ("[1.0.0]: https://…") at the file's end belong to no section.
  const body = lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => !/^\[[^\]]+\]: /.test(line));
  const text = body.join('\n').trim();
  return text === '' ? null : text;
}

function git(root, args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function tagCommit(root, tag) {
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
  } catch {
    return null;
  }
}

/** What a release would do, or why it is refused. Changes nothing but a build of dist/. */
export function planRelease(root, tag, { keepMajor = false, build = ['npm', 'run', 'build'] } = {}) {
  const version = parseVersionTag(tag);
  if (version === null) throw new Refusal(`'${tag}' is not a release tag: give vX.Y.Z, such as v1.0.0`);
  const bare = version.join('.');
  const packageVersion = sourceVersion(root);
  if (packageVersion !== bare) throw new Refusal(`package.json's version is ${packageVersion}, not ${bare}: run 'npm version ${bare}' first`);
  const mismatches = versionMismatches(root);
  if (mismatches.length > 0) throw new Refusal(`the version's copies disagree (run 'node scripts/version.js sync'):\n${mismatches.join('\n')}`);
  if (git(root, ['status', '--porcelain']) !== '') throw new Refusal('the working tree has changes: commit or stash them, then release');
  const notes = changelogSection(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), bare);
  if (notes === null) throw new Refusal(`CHANGELOG.md has no '## [${bare}]' section with text: write the release's notes there`);

  // dist/ is what `uses:` runs: it must be exactly what the sources build.
  execFileSync(build[0], build.slice(1), { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const stale = git(root, ['status', '--porcelain', '--', 'dist']);
  if (stale !== '') {
    git(root, ['checkout', '--', 'dist']);
    git(root, ['clean', '-fdq', '--', 'dist']);
    throw new Refusal(`dist/ is stale: 'npm run build' changed it:\n${stale}\nrun 'npm run build', commit dist/, then release`);
  }

  const head = git(root, ['rev-parse', 'HEAD']);
  const existing = tagCommit(root, tag);
  if (existing !== null && existing !== head)
    throw new Refusal(`${tag} already names ${existing.slice(0, 12)}, not HEAD (${head.slice(0, 12)}): a released version never moves`);

  const major = `v${version[0]}`;
  const sameMajor = git(root, ['tag', '--list', `${major}.*`])
    .split('\n')
    .map((name) => ({ name, version: parseVersionTag(name) }))
    .filter((found) => found.version !== null && found.version[0] === version[0] && found.name !== tag);
  const newest = sameMajor.reduce((best, found) => (best === null || compareVersions(found.version, best.version) > 0 ? found : best), null);
  const backwards = newest !== null && compareVersions(version, newest.version) < 0;
  if (backwards && !keepMajor) {
    throw new Refusal(`${major} would move backwards: ${newest.name} is newer than ${tag}; give --keep-major to tag ${tag} alone (a backport)`);
  }
  return { tag, version: bare, head, createTag: existing === null, major, moveMajor: !backwards, notes };
}

/** Tags (and pushes) what planRelease decided. */
export function applyRelease(root, plan, { push = false } = {}) {
  if (plan.createTag) git(root, ['tag', '--annotate', plan.tag, '--message', `tf-repro ${plan.version}`, plan.head]);
  // A plain (lightweight) tag: the major tag is a pointer that moves, not a release of its own.
  if (plan.moveMajor) git(root, ['tag', '--force', plan.major, plan.head]);
  if (push) {
    git(root, ['push', 'origin', `refs/tags/${plan.tag}`]);
    if (plan.moveMajor) git(root, ['push', '--force', 'origin', `refs/tags/${plan.major}`]);
  }
}

function main(argv) {
  const args = argv.filter((arg) => !arg.startsWith('--'));
  const notesAt = argv.indexOf('--notes-file');
  const notesFile = notesAt === -1 ? null : argv[notesAt + 1];
  const known = ['--push', '--keep-major', '--notes-file'];
  const unknown = argv.filter((arg) => arg.startsWith('--') && !known.includes(arg));
  const positional = args.filter((arg) => arg !== notesFile);
  if (positional.length !== 1 || unknown.length > 0 || (notesAt !== -1 && !notesFile)) {
    console.error(USAGE);
    return 2;
  }
  const root = join(fileURLToPath(import.meta.url), '..', '..');
  try {
    const plan = planRelease(root, positional[0], { keepMajor: argv.includes('--keep-major') });
    applyRelease(root, plan, { push: argv.includes('--push') });
    if (notesFile) writeFileSync(notesFile, `${plan.notes}\n`);
    console.log(
      `${plan.createTag ? 'tagged' : 'kept'} ${plan.tag} at ${plan.head.slice(0, 12)}; ${plan.moveMajor ? `moved ${plan.major} to it` : `left ${plan.major} where it is`}`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    console.error(`release refused: ${error.message}`);
    return 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
