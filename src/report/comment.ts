// The pull request comment: the verdict as its headline, the numbers, the settings in one line, the
// per-fold table and the environment folded away, and a link to the run. Pure: a report in,
// markdown out, never longer than GitHub takes. Shortening drops whole parts (per-fold rows first),
// never cuts a table or a <details>, and says what it left out.
import type { Report } from '../contracts.js';
import { inertMarkdown } from './format.js';
import { environmentTable, foldTable, settingsLine, summaryNumbers, verdictHeadline } from './markdown.js';
import { plural, withCommas } from '../util/text.js';

/** GitHub refuses a comment body longer than this (it counts characters; a UTF-16 length is never less). */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface CommentContext {
  /** The hidden first line that finds this comment again (src/github/marker.ts). */
  marker: string;
  /** The workflow run that wrote the comment; null when unknown. */
  runUrl: string | null;
  commentId: string;
}

/** How much of the report one rendering shows. */
interface Shape {
  /** Per-fold rows shown; null: no per-fold table at all. */
  foldRows: number | null;
  environment: boolean;
  settings: boolean;
  /** At most this many errors and warnings, each cut to noteChars characters of the user's text. */
  notes: { count: number; chars: number } | 'all';
  /** The summary sentence, cut to this many characters. */
  summaryChars: number;
}

const FULL_NOTES = 'all';
const FEW_NOTES = { count: 5, chars: 500 };
const MINIMAL_SUMMARY_CHARS = 1_000;

/** Cuts user text before it is escaped, so that no escape sequence is ever cut in half. */
function cut(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, chars)}…`;
}

function notes(report: Report, shape: Shape): string[] {
  const all = [...report.errors.map((text) => ['CAUTION', text] as const), ...report.warnings.map((text) => ['WARNING', text] as const)];
  if (shape.notes === FULL_NOTES) return all.map(([kind, text]) => `> [!${kind}]\n> ${inertMarkdown(text)}`);
  const { count, chars } = shape.notes;
  const shown = all.slice(0, count).map(([kind, text]) => `> [!${kind}]\n> ${inertMarkdown(cut(text, chars))}`);
  const more = all.length - count;
  if (more > 0) shown.push(`_${more} more ${more === 1 ? 'error or warning' : 'errors and warnings'} in the job summary._`);
  return shown;
}

function shortenedNote(report: Report, shape: Shape, full: Shape): string | null {
  const left: string[] = [];
  const folds = report.comparison.folds.length;
  if (shape.foldRows === null) left.push('the per-fold table');
  else if (shape.foldRows < folds) left.push(`${plural(folds - shape.foldRows, 'per-fold row')} (the table shows the first ${shape.foldRows} of ${folds} folds)`);
  if (shape.environment !== full.environment) left.push('the environment fingerprint');
  if (shape.settings !== full.settings) left.push('the settings');
  if (shape.notes !== FULL_NOTES && report.errors.length + report.warnings.length > 0) left.push('some of the errors and warnings, or their ends');
  if (report.summary.length > shape.summaryChars) left.push('the end of the summary');
  if (left.length === 0) return null;
  return `> [!NOTE]\n> Shortened to fit GitHub's limit of ${withCommas(GITHUB_COMMENT_LIMIT)} characters for a comment: left out ${left.join(', ')}. The job summary and report.json have everything.`;
}

function foldSection(report: Report, rows: number): string {
  const { folds } = report.comparison;
  const shown = rows >= folds.length ? report : { ...report, comparison: { ...report.comparison, folds: folds.slice(0, rows) } };
  const matching = folds.filter((fold) => fold.matches).length;
  const title = `Per fold: ${plural(folds.length, 'fold')} × ${plural(report.runs.length, 'run')}, ${matching} of ${folds.length} matching${rows < folds.length ? ` (first ${rows} shown)` : ''}`;
  return ['<details>', `<summary>${title}</summary>`, '', foldTable(shown), '', '</details>'].join('\n');
}

function environmentSection(report: Report): string {
  return ['<details>', '<summary>Environment fingerprint</summary>', '', environmentTable(report), '', '</details>'].join('\n');
}

function footer(report: Report, context: CommentContext): string {
  const parts = [
    context.runUrl === null ? null : `[Workflow run](${context.runUrl})`,
    `comment-id ${inertMarkdown(context.commentId)}`,
    `${report.tool.name} ${report.tool.version}`,
  ];
  return `<sub>${parts.filter((part) => part !== null).join(' · ')}</sub>`;
}

function render(report: Report, context: CommentContext, shape: Shape, full: Shape): string {
  const shortened = shortenedNote(report, shape, full);
  const parts = [
    context.marker,
    `### ${verdictHeadline(report)} — tf-repro`,
    inertMarkdown(cut(report.summary, shape.summaryChars)),
    ...notes(report, shape),
    summaryNumbers(report),
    ...(shortened === null ? [] : [shortened]),
    ...(shape.settings ? [`**Settings:** ${settingsLine(report)}`] : []),
    ...(shape.foldRows === null ? [] : [foldSection(report, shape.foldRows)]),
    ...(shape.environment ? [environmentSection(report)] : []),
    footer(report, context),
  ];
  return `${parts.join('\n\n')}\n`;
}

/**
 * The comment body, at most `limit` characters. What is dropped, in order, until it fits: per-fold
 * rows (from the end), the per-fold table, the environment and most of the errors and warnings,
 * then everything but the headline, the numbers and the link.
 */
export function renderComment(report: Report, context: CommentContext, limit = GITHUB_COMMENT_LIMIT): string {
  const folds = report.comparison.folds.length;
  const full: Shape = { foldRows: folds, environment: true, settings: true, notes: FULL_NOTES, summaryChars: Infinity };
  const fits = (shape: Shape): string | null => {
    const body = render(report, context, shape, full);
    return body.length <= limit ? body : null;
  };
  const whole = fits(full);
  if (whole !== null) return whole;
  // The most rows that fit: a binary search over 1 … folds - 1.
  let low = 1;
  let high = folds - 1;
  let best: string | null = null;
  while (low <= high) {
    const rows = Math.floor((low + high) / 2);
    const body = fits({ ...full, foldRows: rows });
    if (body !== null) {
      best = body;
      low = rows + 1;
    } else {
      high = rows - 1;
    }
  }
  if (best !== null) return best;
  const ladder: Shape[] = [
    { ...full, foldRows: null },
    { ...full, foldRows: null, environment: false, notes: FEW_NOTES },
    { foldRows: null, environment: false, settings: false, notes: FEW_NOTES, summaryChars: MINIMAL_SUMMARY_CHARS },
  ];
  for (const shape of ladder) {
    const body = fits(shape);
    if (body !== null) return body;
  }
  // Nothing left to drop: headline, numbers, a short summary, the link (a few thousand characters).
  return render(report, context, { foldRows: null, environment: false, settings: false, notes: { count: 0, chars: 0 }, summaryChars: MINIMAL_SUMMARY_CHARS }, full);
}
