// Golden files: a renderer's whole output for a fixed input, kept in test/golden/ and compared
// byte for byte. With UPDATE_GOLDEN=1 the files are written instead of compared.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './paths.js';

export const goldenDir = join(repoRoot, 'test', 'golden');
const updating = process.env.UPDATE_GOLDEN === '1';

type Line = { kind: ' ' | '-' | '+'; text: string; at: number };

/** The shortest edit from `before` to `after`, line by line (longest common subsequence). */
function edits(before: string[], after: string[]): Line[] {
  const common = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      common[i][j] = before[i] === after[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const lines: Line[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) lines.push({ kind: ' ', text: before[i++], at: j++ });
    else if (i < before.length && (j === after.length || common[i + 1][j] >= common[i][j + 1])) lines.push({ kind: '-', text: before[i++], at: j });
    else lines.push({ kind: '+', text: after[j], at: j++ });
  }
  return lines;
}

/**
 * The lines that differ and `context` lines around them: '-' for the golden file's, '+' for
 * what was rendered, each hunk headed by the rendered output's line number.
 */
export function lineDiff(golden: string, rendered: string, context = 2): string {
  const lines = edits(golden.split('\n'), rendered.split('\n'));
  const near = lines.map((_, k) => lines.slice(Math.max(0, k - context), k + context + 1).some((line) => line.kind !== ' '));
  const out: string[] = [];
  lines.forEach((line, k) => {
    if (!near[k]) return;
    if (k === 0 || !near[k - 1]) out.push(`@@ line ${line.at + 1} @@`);
    out.push(`${line.kind} ${line.text}`);
  });
  return out.join('\n');
}

/** Compares `rendered` with test/golden/`name`; with UPDATE_GOLDEN=1, writes it there instead. */
export function assertGolden(name: string, rendered: string): void {
  const path = join(goldenDir, name);
  const shown = relative(repoRoot, path);
  if (updating) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(path, rendered);
    return;
  }
  const rerun = 'if the change is meant, write the files anew with UPDATE_GOLDEN=1 and review them with git diff';
  if (!existsSync(path)) assert.fail(`${shown} does not exist: ${rerun}`);
  const golden = readFileSync(path, 'utf8');
  if (golden !== rendered) assert.fail(`the output differs from ${shown} (- golden file, + rendered now); ${rerun}\n${lineDiff(golden, rendered)}`);
}
