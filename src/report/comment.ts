// The pull request comment's parts that are its own (report/render.ts puts the sections together
// and keeps it under GitHub's limit): the per-fold table, each run's values and the environment
// folded away, and a link to the run. Pure: a report in, markdown out.
import type { Report } from '../contracts/report.js';
import { inertMarkdown } from './format.js';
import { environmentSection, foldTableMarkdown, perRunMarkdown, type FoldTables } from './markdown.js';
import { folded } from './findings-markdown.js';
import { plural } from '../util/text.js';

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
export function commentFoldSections(report: Report, tables: FoldTables, rows: number): string[] {
  const folds = report.comparison.folds.length;
  const title = `Per fold: ${plural(folds, 'fold')} × ${plural(report.runs.length, 'run')}, ${tables.matching} of ${folds} matching${rows < folds ? ` (first ${rows} shown)` : ''}`;
  const perRun = perRunMarkdown(report, tables, rows);
  return [folded(title, foldTableMarkdown(report, tables, rows)), ...(perRun === null ? [] : [perRun])];
}

/** The environment fingerprint or, for a command, the command and what each run got. */
export function environmentDetails(report: Report): string {
  const { foldedTitle, body } = environmentSection(report);
  return folded(foldedTitle, body);
}

/** The link to the run, the comment's id and the tool's version, small. */
export function footer(report: Report, context: CommentContext): string {
  const parts = [
    context.runUrl === null ? null : `[Workflow run](${context.runUrl})`,
    `comment-id ${inertMarkdown(context.commentId)}`,
    `${report.tool.name} ${report.tool.version}`,
  ];
  return `<sub>${parts.filter((part) => part !== null).join(' · ')}</sub>`;
}
