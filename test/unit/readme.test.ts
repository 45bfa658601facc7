// The README is the user's manual: it stays small enough to read (every later feature adds to it,
// depth goes into docs/), it names every input and output action.yml declares and every exit code,
// and no link in it or in docs/ leads nowhere after a section moves.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { marked, type Token } from 'marked';
import { parse } from 'yaml';
import { EXIT } from '../../src/util/exit-codes.js';
import { repoRoot } from '../support/paths.js';

/** 20 KB: what a reader takes in as one page; docs/development.md says where the rest goes. */
const README_LIMIT_BYTES = 20 * 1024;
const readmePath = join(repoRoot, 'README.md');
const readme = readFileSync(readmePath, 'utf8');

test(`the README is at most ${README_LIMIT_BYTES} bytes`, () => {
  const size = statSync(readmePath).size;
  assert.ok(
    size <= README_LIMIT_BYTES,
    `README.md is ${size} bytes, over ${README_LIMIT_BYTES}: move depth into docs/ (docs/development.md, "Before a commit")`,
  );
});

/** The first cell of each table row: `name` in `| \`name\` | ... |`. */
function namesInTables(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^\| `([^`]+)`(?:, `([^`]+)`)? \|/gm)].flatMap((match) => match.slice(1).filter((name) => name !== undefined)));
}

const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };

test("every input and output of action.yml has its row in the README's tables", () => {
  const listed = namesInTables(readme);
  const missing = [...Object.keys(action.inputs), ...Object.keys(action.outputs)].filter((name) => !listed.has(name));
  assert.deepEqual(missing, [], 'add a row for each to the Inputs or Outputs table');
});

test('every input of action.yml has its row in docs/inputs.md, the inputs in full', () => {
  const listed = namesInTables(readFileSync(join(repoRoot, 'docs', 'inputs.md'), 'utf8'));
  assert.deepEqual(
    Object.keys(action.inputs).filter((name) => !listed.has(name)),
    [],
  );
});

test('every exit code has its row in the README', () => {
  for (const [name, code] of Object.entries(EXIT)) assert.match(readme, new RegExp(`^\\| \`${code}\` \\|`, 'm'), `exit code ${code} (${name})`);
  for (const signalCode of [130, 143]) assert.match(readme, new RegExp(`\`${signalCode}\``), `exit code ${signalCode}`);
});

/** Every token, nested ones included. */
function allTokens(tokens: Token[]): Token[] {
  return tokens.flatMap((token) => {
    const nested = [
      ...('tokens' in token && Array.isArray(token.tokens) ? (token.tokens as Token[]) : []),
      ...('items' in token && Array.isArray(token.items) ? (token.items as Token[]) : []),
      ...(token.type === 'table' ? [...token.header, ...token.rows.flat()].flatMap((cell: { tokens: Token[] }) => cell.tokens) : []),
    ];
    return [token, ...allTokens(nested)];
  });
}

/** The anchors GitHub gives a page's headings: lowercased, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const token of allTokens(marked.lexer(markdown))) {
    if (token.type !== 'heading') continue;
    const slug = token.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\- _]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

const pages = [
  'README.md',
  ...readdirSync(join(repoRoot, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name)),
];

test('every relative link in the README and docs/ leads to a file, and to a heading of it', () => {
  const broken: string[] = [];
  for (const page of pages) {
    const text = readFileSync(join(repoRoot, page), 'utf8');
    for (const token of allTokens(marked.lexer(text))) {
      if (token.type !== 'link' || /^[a-z]+:/i.test(token.href)) continue;
      const [path, anchor] = token.href.split('#') as [string, string | undefined];
      const target = path === '' ? join(repoRoot, page) : resolve(repoRoot, dirname(page), path);
      let isFile: boolean;
      try {
        isFile = statSync(target).isFile();
      } catch {
        broken.push(`${page}: ${token.href} (no ${relative(repoRoot, target)})`);
        continue;
      }
      if (anchor !== undefined && isFile && target.endsWith('.md') && !anchorsOf(readFileSync(target, 'utf8')).has(anchor)) {
        broken.push(`${page}: ${token.href} (no such heading)`);
      }
    }
  }
  assert.deepEqual(broken, []);
});
