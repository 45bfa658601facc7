// The pull request comment: the verdict as its headline, where the runs part, the numbers, the
// validation loss of that fold, the cost of the settings, the diagnosis in short, the settings in
// one line, the per-fold table, each run's values and the environment folded away, and a link to
// the run. Pure: a report in, markdown out, never longer than GitHub takes. Shortening drops whole
// parts (the charts first, then per-fold rows), never cuts a table or a <details>, never drops
// where the runs part or the cost table, and says what it left out.
import type { Report } from '../contracts.js';
import { inertMarkdown } from './format.js';
import {
  environmentSection,
  foldTableMarkdown,
  foldTables,
  perRunMarkdown,
  settingsLine,
  summaryNumbers,
  verdictHeadline,
  type FoldTables,
} from './markdown.js';
import { compactDiagnosis, costSection, divergenceLeadMarkdown, folded, fullShape, lossSection } from './findings-markdown.js';
import { FEW_NOTES, MINIMAL_SUMMARY_CHARS, cut, fitToLimit, noteLines, shortenedNote, type Shape } from './shorten.js';
import { COMMENT_DRIFT_ROWS, driftMarkdown } from './drift.js';
import { variationsMarkdown } from './variations.js';
import { plural, withCommas } from '../util/text.js';
import { renderAcrossComment } from './across-markdown.js';

/** GitHub refuses a comment body longer than this (it counts characters; a UTF-16 length is never less). */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface CommentContext {
  /** The hidden first line that finds this comment again (src/github/marker.ts). */
  marker: string;
  /** The workflow run that wrote the comment; null when unknown. */
  runUrl: string | null;
  commentId: string;
}

/** The per-fold table of the first `rows` folds, then each run's values where runs differ, each folded. */
function foldSections(report: Report, tables: FoldTables, rows: number): string[] {
  const folds = report.comparison.folds.length;
  const title = `Per fold: ${plural(folds, 'fold')} × ${plural(report.runs.length, 'run')}, ${tables.matching} of ${folds} matching${rows < folds ? ` (first ${rows} shown)` : ''}`;
  const perRun = perRunMarkdown(report, tables, rows);
  return [folded(title, foldTableMarkdown(report, tables, rows)), ...(perRun === null ? [] : [perRun])];
}

/** The environment fingerprint or, for a command, the command and what each run got. */
function environmentDetails(report: Report): string {
  const { foldedTitle, body } = environmentSection(report);
  return folded(foldedTitle, body);
}

function footer(report: Report, context: CommentContext): string {
  const parts = [
    context.runUrl === null ? null : `[Workflow run](${context.runUrl})`,
    `comment-id ${inertMarkdown(context.commentId)}`,
    `${report.tool.name} ${report.tool.version}`,
  ];
  return `<sub>${parts.filter((part) => part !== null).join(' · ')}</sub>`;
}

function render(report: Report, context: CommentContext, shape: Shape, full: Shape, tables: FoldTables): string {
  const shortened = shortenedNote(
    report,
    shape,
    full,
    `GitHub's limit of ${withCommas(GITHUB_COMMENT_LIMIT)} characters for a comment`,
    'The job summary and report.json have everything',
  );
  const parts = [
    context.marker,
    `### ${verdictHeadline(report)} — tf-repro`,
    ...divergenceLeadMarkdown(report),
    inertMarkdown(cut(report.summary, shape.summaryChars)),
    ...noteLines(report, shape.notes, 'the job summary'),
    summaryNumbers(report),
    ...(shortened === null ? [] : [shortened]),
    // Never dropped: bounded (COMMENT_DRIFT_ROWS rows, user text cut), and the news on a pull request.
    ...(report.drift ? driftMarkdown(report.drift, '####', COMMENT_DRIFT_ROWS) : []),
    // Never dropped either: one row per factor (eight at most), user text cut.
    ...(report.variations ? variationsMarkdown(report.verdict, report.variations, '####') : []),
    ...(shape.charts ? lossSection(report, '####', true) : []),
    ...(report.cost ? costSection(report.cost, '#### With and without the determinism settings', shape.charts) : []),
    ...(report.diagnosis ? compactDiagnosis(report.diagnosis, shape.diagnosisTable) : []),
    ...(shape.settings ? [`**Settings:** ${settingsLine(report)}`] : []),
    ...(shape.foldRows === null ? [] : foldSections(report, tables, shape.foldRows)),
    ...(shape.environment ? [environmentDetails(report)] : []),
    footer(report, context),
  ];
  return `${parts.join('\n\n')}\n`;
}

/**
 * The comment body, at most `limit` characters. What is dropped, in order, until it fits: the
 * charts, per-fold rows (from the end), the per-fold table, the environment, the diagnosis's
 * table and most of the errors and warnings, then everything but the headline, where the runs
 * part, the numbers, the cost table, the diagnosis in a line and the link.
 */
export function renderComment(report: Report, context: CommentContext, limit = GITHUB_COMMENT_LIMIT): string {
  if (report.across) return renderAcrossComment(report, { marker: context.marker, footer: footer(report, context), settingsLine: settingsLine(report) }, limit);
  const tables = foldTables(report);
  const full = fullShape(report, false);
  const chartless: Shape = { ...full, charts: false };
  const tableless: Shape = { ...chartless, foldRows: null };
  const lean: Shape = { ...tableless, environment: false, diagnosisTable: false, notes: FEW_NOTES };
  return fitToLimit({
    full,
    lighter: full.charts ? [chartless] : [],
    render: (shape) => render(report, context, shape, full, tables),
    size: (text) => text.length,
    limit,
    ladder: [tableless, lean, { ...lean, settings: false, summaryChars: MINIMAL_SUMMARY_CHARS }],
    // Nothing left to drop: headline, where the runs part, numbers, the cost table, a short summary, the link (a few thousand characters).
    last: { ...lean, settings: false, notes: { count: 0, chars: 0 }, summaryChars: MINIMAL_SUMMARY_CHARS },
  });
}
