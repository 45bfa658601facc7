// The layers of src/ and the one direction imports may take (docs/architecture.md): a file imports
// files of its own folder or of a lower layer, never a higher one, and no import chain comes back
// to where it started. Read from the TypeScript sources, static and dynamic imports alike.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from '../support/paths.js';

/** Lowest first. A path's layer is that of its longest matching prefix. */
const LAYERS: readonly (readonly string[])[] = [
  ['contracts/', 'version.ts', 'paths.ts', 'util/'],
  ['determinism/', 'data/', 'inputs/'],
  ['backends/kernels/'],
  ['backends/', 'model/'],
  ['training/'],
  ['provision/', 'comparison/'],
  ['runs/', 'report/'],
  ['engine/', 'github/'],
  ['action/', 'cli/'],
  ['index.ts'],
];

const srcDir = join(repoRoot, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

function layerOf(file: string): { rank: number; prefix: string } {
  const path = relative(srcDir, file).split('\\').join('/');
  let best: { rank: number; prefix: string } | null = null;
  LAYERS.forEach((prefixes, rank) => {
    for (const prefix of prefixes) {
      const matches = prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix;
      if (matches && (best === null || prefix.length > best.prefix.length)) best = { rank, prefix };
    }
  });
  if (best === null) throw new Error(`src/${path} is in no layer: add its folder to LAYERS here and to docs/architecture.md`);
  return best;
}

/** Relative imports of a source file, resolved to .ts paths: `from '…'`, `import('…')`, `import '…'`. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)(['"])(\.{1,2}\/[^'"]+)\1/g)].map((m) => m[2]);
  return specifiers.map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
}

type Graph = Map<string, string[]>;

function upwardImports(graph: Graph): string[] {
  const upward: string[] = [];
  for (const [file, targets] of graph) {
    const from = layerOf(file);
    for (const target of targets) {
      if (!graph.has(target)) continue;
      const to = layerOf(target);
      if (to.prefix !== from.prefix && to.rank >= from.rank) upward.push(`${name(file)} (${from.prefix}) imports ${name(target)} (${to.prefix})`);
    }
  }
  return upward;
}

function importCycles(graph: Graph): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (state.get(target) === 'open') cycles.push([...path.slice(path.indexOf(target)), target].map(name).join(' → '));
      else if (!state.has(target)) visit(target);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

const name = (file: string) => relative(repoRoot, file).split('\\').join('/');
const graph: Graph = new Map(sourceFiles(srcDir).map((file) => [file, importsOf(file)]));

describe('architecture', () => {
  test('every import names a file that exists', () => {
    const missing = [...graph].flatMap(([file, targets]) => targets.filter((t) => !graph.has(t)).map((t) => `${name(file)} → ${name(t)}`));
    assert.deepEqual(missing, []);
  });

  test('imports point down the layers, never up', () => {
    assert.deepEqual(upwardImports(graph), []);
  });

  test('no file imports a file that imports it back, directly or through others', () => {
    assert.deepEqual(importCycles(graph), []);
  });

  test('the rules fail on an upward import, a cycle and a file outside every layer', () => {
    const at = (path: string) => join(srcDir, path);
    const bad: Graph = new Map([
      [at('data/a.ts'), [at('engine/b.ts')]],
      [at('engine/b.ts'), [at('data/a.ts'), at('backends/kernels/c.ts')]],
      [at('backends/kernels/c.ts'), [at('backends/d.ts')]],
      [at('backends/d.ts'), []],
    ]);
    assert.deepEqual(upwardImports(bad), [
      'src/data/a.ts (data/) imports src/engine/b.ts (engine/)',
      'src/backends/kernels/c.ts (backends/kernels/) imports src/backends/d.ts (backends/)',
    ]);
    assert.deepEqual(importCycles(bad), ['src/data/a.ts → src/engine/b.ts → src/data/a.ts']);
    assert.throws(() => layerOf(at('elsewhere/e.ts')), /in no layer/);
  });
});
