import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TOOL_VERSION } from '../../src/version.js';
import { repoRoot } from '../support/paths.js';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string> };

test("the reported version is package.json's", () => {
  assert.equal(TOOL_VERSION, pkg.version);
});

test('every copy of the version says what package.json says, and npm version keeps them so', () => {
  const check = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'version.js'), 'check'], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
  const pyproject = readFileSync(join(repoRoot, 'python', 'pyproject.toml'), 'utf8');
  assert.match(pyproject, new RegExp(`^version = "${pkg.version.replaceAll('.', '\\.')}"$`, 'm'));
  assert.equal(pkg.scripts.version, 'node scripts/version.js sync && git add src/version.ts python/pyproject.toml');
});
