// Markdown as GitHub shows it, in a real browser: rendered to HTML by marked (GitHub-flavoured),
// styled with GitHub's own markdown stylesheet (github-markdown-css), laid out by headless
// Chromium (Debian's chromium-headless-shell) in a 1280-pixel-wide window. Every <details> is
// opened first, as a reader would, so that folded tables are laid out and measured too.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { marked } from 'marked';

/** Where Debian's chromium-headless-shell puts its program. */
const CHROMIUM_PATHS = ['/usr/bin/chromium-headless-shell', '/usr/lib/chromium/chromium-headless-shell'];

export const WINDOW_WIDTH = 1280;

/**
 * The markdown's column on GitHub in a 1280-pixel window: about 800 pixels for a pull request
 * comment (the conversation column beside the sidebar, less the avatar and the comment's padding)
 * and a little more for a job summary beside the run's sidebar. The narrower one stands for both.
 */
export const MARKDOWN_COLUMN_WIDTH = 800;

/** The program, or why there is none. */
export function findChromium(): { path: string } | { missing: string } {
  const path = CHROMIUM_PATHS.find((candidate) => existsSync(candidate));
  return path
    ? { path }
    : {
        missing: `chromium-headless-shell is not installed (looked for ${CHROMIUM_PATHS.join(', ')}); sh scripts/setup-test-deps.sh installs it (apt-get install chromium-headless-shell)`,
      };
}

const stylesheet = (): string =>
  readFileSync(join(dirname(createRequire(import.meta.url).resolve('github-markdown-css/package.json')), 'github-markdown-light.css'), 'utf8');

/** What the page measured once laid out, in CSS pixels. */
export interface Layout {
  /** The page: wider content than the window means horizontal scrolling. */
  page: { scrollWidth: number; clientWidth: number };
  /** GitHub's tables are blocks that scroll inside themselves (overflow: auto) when too wide. */
  tables: { columns: number; scrollWidth: number; clientWidth: number }[];
  height: number;
}

const MEASURE = `
for (const details of document.querySelectorAll('details')) details.open = true;
const root = document.documentElement;
const tables = [...document.querySelectorAll('table')].map((table) => ({ columns: table.rows[0] ? table.rows[0].cells.length : 0, scrollWidth: table.scrollWidth, clientWidth: table.clientWidth }));
const measured = { page: { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth }, tables, height: root.scrollHeight };
const out = document.createElement('pre');
out.id = 'tf-repro-layout';
out.textContent = JSON.stringify(measured);
document.body.append(out);`;

/** A page of the markdown as GitHub would show it; written to `path`. */
export function writePage(markdown: string, path: string): void {
  const html = marked.parse(markdown, { gfm: true, async: false });
  writeFileSync(
    path,
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>${stylesheet()}</style>
<style>
body { margin: 0; }
.markdown-body { box-sizing: content-box; max-width: ${MARKDOWN_COLUMN_WIDTH}px; margin: 0 auto; padding: 16px; }
</style></head>
<body><article class="markdown-body">
${html}
</article>
<script>${MEASURE}</script>
</body></html>
`,
  );
}

function chromium(program: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // The timeout kills it: no browser outlives a test.
    execFile(
      program,
      ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', ...args],
      { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${program} failed: ${error.message}\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

/** Lays the page out in a 1280-pixel window and reads what it measured. */
export async function measure(program: string, page: string): Promise<Layout> {
  const dom = await chromium(program, [`--window-size=${WINDOW_WIDTH},900`, '--dump-dom', pathToFileURL(page).href]);
  const json = /<pre id="tf-repro-layout">(.*?)<\/pre>/s.exec(dom)?.[1];
  if (json === undefined) throw new Error(`the page measured nothing: ${dom.slice(0, 500)}`);
  return JSON.parse(json) as Layout;
}

/** A picture of the whole page (`height` pixels tall), for a person to look at. */
export async function screenshot(program: string, page: string, height: number, png: string): Promise<void> {
  await chromium(program, [
    `--window-size=${WINDOW_WIDTH},${Math.min(16_000, Math.max(900, Math.ceil(height)))}`,
    `--screenshot=${png}`,
    pathToFileURL(page).href,
  ]);
}
