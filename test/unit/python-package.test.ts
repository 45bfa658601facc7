// The Python package (python/) carries the project's version until there is one version source:
// pyproject.toml's is package.json's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/paths.js';

test("python/pyproject.toml's version is package.json's", () => {
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const pyproject = readFileSync(join(repoRoot, 'python', 'pyproject.toml'), 'utf8');
  assert.deepEqual(
    [...pyproject.matchAll(/^version = "([^"]*)"$/gm)].map((match) => match[1]),
    [version],
  );
});
