// The one version source is package.json's "version". Two files must say the same for a build to
// report it: src/version.ts (the bundle cannot read package.json at run time) and the Python
// package's pyproject.toml. `npm version X.Y.Z` runs `node scripts/version.js sync` (package.json's
// "version" script) so that the bump commit carries all three; the release script and a unit test
// refuse copies that disagree.
//   node scripts/version.js sync    write package.json's version into the copies
//   node scripts/version.js check   exit 1 when a copy disagrees
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Each copy of the version: its file, relative to the repository, and the pattern around it. */
export const VERSION_COPIES = [
  { file: 'src/version.ts', pattern: /(export const TOOL_VERSION = ')([^']*)(';)/ },
  { file: 'python/pyproject.toml', pattern: /(^version = ")([^"]*)(")/m },
];

/** package.json's version. */
export function sourceVersion(root) {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
}

/** What each copy says: { file, version } (version null where the pattern is not found). */
export function copiedVersions(root) {
  return VERSION_COPIES.map(({ file, pattern }) => ({ file, version: readFileSync(join(root, file), 'utf8').match(pattern)?.[2] ?? null }));
}

/** The copies that disagree with package.json, as lines to show; empty when all agree. */
export function versionMismatches(root) {
  const version = sourceVersion(root);
  return copiedVersions(root)
    .filter((copy) => copy.version !== version)
    .map((copy) => `${copy.file} says ${copy.version ?? 'no version'}, package.json says ${version}`);
}

export function syncVersions(root) {
  const version = sourceVersion(root);
  for (const { file, pattern } of VERSION_COPIES) {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    if (!pattern.test(text)) throw new Error(`${file}: no version line matching ${pattern}`);
    writeFileSync(path, text.replace(pattern, `$1${version}$3`));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(import.meta.url), '..', '..');
  const command = process.argv[2];
  if (command === 'sync') {
    syncVersions(root);
  } else if (command === 'check') {
    const mismatches = versionMismatches(root);
    for (const line of mismatches) console.error(line);
    process.exitCode = mismatches.length === 0 ? 0 : 1;
  } else {
    console.error('usage: node scripts/version.js sync|check');
    process.exitCode = 2;
  }
}
