// The pull request comment: the verdict as its headline, the numbers, the settings in one line, the
// per-fold table and the environment folded away, and a link to the run. Pure: a report in,
// markdown out, never longer than GitHub takes. Shortening drops whole parts (per-fold rows first),
// never cuts a table or a <details>, and says what it left out.
import type { Report } from '../contracts.js';
import { inertMarkdown } from './format.js';
import { environmentTable, foldTableLines, settingsLine, summaryNumbers, verdictHeadline } from './markdown.js';
import { ALL_NOTES, FEW_NOTES, MINIMAL_SUMMARY_CHARS, cut, fitToLimit, noteLines, shortenedNote, type Shape } from './shorten.js';
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

/** The per-fold table, rendered once: each shortened rendering takes its first rows. */
interface FoldTable {
  lines: readonly string[];
  matching: number;
}

function foldSection(report: Report, table: FoldTable, rows: number): string {
  const folds = report.comparison.folds.length;
  const title = `Per fold: ${plural(folds, 'fold')} × ${plural(report.runs.length, 'run')}, ${table.matching} of ${folds} matching${rows < folds ? ` (first ${rows} shown)` : ''}`;
  return ['<details>', `<summary>${title}</summary>`, '', table.lines.slice(0, 2 + rows).join('\n'), '', '</details>'].join('\n');
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

function render(report: Report, context: CommentContext, shape: Shape, full: Shape, table: FoldTable): string {
  const shortened = shortenedNote(report, shape, full, `GitHub's limit of ${withCommas(GITHUB_COMMENT_LIMIT)} characters for a comment`, 'The job summary and report.json have everything');
  const parts = [
    context.marker,
    `### ${verdictHeadline(report)} — tf-repro`,
    inertMarkdown(cut(report.summary, shape.summaryChars)),
    ...noteLines(report, shape.notes, 'the job summary'),
    summaryNumbers(report),
    ...(shortened === null ? [] : [shortened]),
    ...(shape.settings ? [`**Settings:** ${settingsLine(report)}`] : []),
    ...(shape.foldRows === null ? [] : [foldSection(report, table, shape.foldRows)]),
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
  const table: FoldTable = { lines: foldTableLines(report), matching: report.comparison.folds.filter((fold) => fold.matches).length };
  const full: Shape = { foldRows: report.comparison.folds.length, environment: true, settings: true, details: false, notes: ALL_NOTES, summaryChars: Infinity };
  const tableless: Shape = { ...full, foldRows: null };
  return fitToLimit({
    full,
    render: (shape) => render(report, context, shape, full, table),
    size: (text) => text.length,
    limit,
    ladder: [tableless, { ...tableless, environment: false, notes: FEW_NOTES }, { ...tableless, environment: false, settings: false, notes: FEW_NOTES, summaryChars: MINIMAL_SUMMARY_CHARS }],
    // Nothing left to drop: headline, numbers, a short summary, the link (a few thousand characters).
    last: { ...tableless, environment: false, settings: false, notes: { count: 0, chars: 0 }, summaryChars: MINIMAL_SUMMARY_CHARS },
  });
}
