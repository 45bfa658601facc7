// The job summary and the pull request comment as a reader sees them: rendered as GitHub-flavoured
// markdown in headless Chromium, at the experiment's scale (10 runs × 10 folds), nothing may need
// scrolling sideways: not the page, and not a table inside itself (GitHub's tables scroll within
// their own box when too wide, so the page alone would not tell).
//
// To look at them yourself (the test leaves its pages and screenshots in the folder it prints):
//   npx tsc -p tsconfig.json && node --test build/test/integration/report-render.test.js
// or, for any markdown file, with test/support/browser.ts's page (marked + github-markdown-css):
//   chromium-headless-shell --headless --no-sandbox --hide-scrollbars --window-size=1280,4000 \
//     --screenshot=summary.png file:///path/to/page.html
// Chromium comes from Debian (apt-get install chromium-headless-shell; scripts/setup-test-deps.sh
// installs it). Without it the test is skipped and says why.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';

import { findChromium, measure, screenshot, writePage, type Layout } from '../support/browser.js';
import { tempDir } from '../support/paths.js';
import { makeExperimentReport, pinned } from '../support/reports.js';
import { renderComment, renderSummaryMarkdown } from '../../src/report/render.js';

const chromium = findChromium();
const out = tempDir('rendered');

const reports: Record<string, Report> = {
  'not-reproducible': makeExperimentReport({ runs: 10, folds: 10, reproducible: false }),
  reproducible: makeExperimentReport({ runs: 10, folds: 10, reproducible: true }),
  tolerance: makeExperimentReport({ runs: 10, folds: 10, reproducible: false, tolerance: 5e-4 }),
};

/** Everything that would scroll sideways, in words; empty when nothing does. */
function overflows(layout: Layout): string[] {
  const found: string[] = [];
  if (layout.page.scrollWidth > layout.page.clientWidth)
    found.push(`the page is ${layout.page.scrollWidth} pixels wide in a window of ${layout.page.clientWidth}`);
  layout.tables.forEach((table, i) => {
    if (table.scrollWidth > table.clientWidth)
      found.push(`table ${i + 1} (${table.columns} columns) is ${table.scrollWidth} pixels wide in a box of ${table.clientWidth}`);
  });
  return found;
}

describe('at 10 runs × 10 folds, nothing needs scrolling sideways in a 1280-pixel window', () => {
  for (const [name, report] of Object.entries(reports)) {
    const renderings = {
      summary: renderSummaryMarkdown(pinned(report)),
      comment: renderComment(pinned(report), {
        marker: '<!-- tf-repro:comment-id=c digest=0 -->',
        runUrl: 'https://github.com/o/r/actions/runs/1',
        commentId: 'c',
      }),
    };
    for (const [what, markdown] of Object.entries(renderings)) {
      test(`${what}, ${name}`, async (t) => {
        if ('missing' in chromium) {
          t.skip(chromium.missing);
          return;
        }
        const page = join(out, `${what}-${name}.html`);
        writePage(markdown, page);
        const layout = await measure(chromium.path, page);
        assert.ok(layout.tables.length >= 2, `the page has its tables (${layout.tables.length})`);
        const png = join(out, `${what}-${name}.png`);
        await screenshot(chromium.path, page, layout.height, png);
        t.diagnostic(`page ${page}, screenshot ${png}`);
        assert.deepEqual(overflows(layout), []);
      });
    }
  }
});

test('the check can fail: a table wider than the column is caught', async (t) => {
  if ('missing' in chromium) {
    t.skip(chromium.missing);
    return;
  }
  const header = Array.from({ length: 25 }, (_, i) => `loss (run ${i + 1})`);
  const row = header.map(() => '0.04960153624415397');
  const page = join(out, 'too-wide.html');
  writePage(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|\n| ${row.join(' | ')} |\n`, page);
  const found = overflows(await measure(chromium.path, page));
  assert.equal(found.length, 1, found.join('; '));
  assert.match(found[0] ?? '', /^table 1 \(25 columns\) is \d+ pixels wide in a box of \d+$/);
});
