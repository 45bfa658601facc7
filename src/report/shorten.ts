// Fitting a rendering of a report into a size limit, shared by the job summary and the pull
// request comment: whole parts are dropped (the charts first, then per-fold rows), never cut in
// the middle, and a note says what was left out. What explains the verdict, the divergence and the
// cost table, is never dropped. Pure.
import type { Report } from '../contracts/report.js';
import { inertMarkdown } from './format.js';
import { summaryBesideLead } from './findings.js';
import { plural } from '../util/text.js';
import { cut } from '../util/text.js';

/** How much of the report one rendering shows. */
export interface Shape {
  /** Per-fold rows shown; null: no per-fold table at all. */
  foldRows: number | null;
  environment: boolean;
  settings: boolean;
  /** The time per run and the artifacts' and supplied seeds' sections (the summary has them, the comment never). */
  details: boolean;
  /** All errors and warnings, or at most `count`, each cut to `chars` characters of the user's text. */
  notes: { count: number; chars: number } | 'all';
  /** The summary sentence, cut to this many characters. */
  summaryChars: number;
  /** The Mermaid charts and the loss table beside them; false where the report has none. */
  charts: boolean;
  /** The diagnosis's row per setting and its notes (the findings in a line stay); false without a diagnosis. */
  diagnosisTable: boolean;
  /** Which runs agree on each variable where the runs part, as `tf-repro explain` prints it (the job summary only); false where the report has none. */
  variables: boolean;
}

export const ALL_NOTES = 'all';
export const FEW_NOTES = { count: 5, chars: 500 };
export const MINIMAL_SUMMARY_CHARS = 1_000;
export const NO_NOTES = { count: 0, chars: 0 };

/** The renderings kept under a GitHub limit. */
export type Target = 'summary' | 'comment';

/**
 * When a GitHub rendering leaves part of a section out to fit: from rung `at[target]` on, `shape`
 * holds. Rungs below PER_FOLD_RUNG go before any per-fold row does, PER_FOLD_RUNG with the per-fold
 * table; LAST_RUNG is what is left when nothing else fits. A target without a rung never drops it.
 */
export interface Drop<S extends Shape = Shape> {
  at: Partial<Record<Target, number>>;
  shape: Partial<S>;
}

export const PER_FOLD_RUNG = 2;
export const LAST_RUNG = Infinity;

/** A section of a rendering kept under a limit: its Markdown in each target, rendered from `C`, and when each drops it. */
export interface MarkdownSection<C, S extends Shape = Shape> {
  /** What it is, for a reader of the list. */
  name: string;
  summary?: (context: C) => string[];
  comment?: (context: C) => string[];
  drops?: readonly Drop<S>[];
}

/** The shapes `target` tries after the full one, from the sections' drops: lighter ones before rows are dropped, the ladder after, and the last. */
export function dropLadder<S extends Shape>(
  sections: readonly { drops?: readonly Drop<S>[] }[],
  target: Target,
  full: S,
): { lighter: S[]; ladder: S[]; last: S } {
  const drops = sections
    .flatMap((section) => section.drops ?? [])
    .flatMap((drop) => (drop.at[target] === undefined ? [] : [{ rung: drop.at[target] as number, shape: drop.shape }]))
    .sort((a, b) => a.rung - b.rung);
  const shapeAt = (rung: number): S => drops.filter((drop) => drop.rung <= rung).reduce<S>((shape, drop) => ({ ...shape, ...drop.shape }), full);
  const rungs = [...new Set(drops.map((drop) => drop.rung))];
  return {
    lighter: rungs.filter((rung) => rung < PER_FOLD_RUNG).map(shapeAt),
    ladder: rungs.filter((rung) => rung >= PER_FOLD_RUNG && rung < LAST_RUNG).map(shapeAt),
    last: shapeAt(LAST_RUNG),
  };
}

export { cut };

/** The errors and warnings as GitHub alerts; `elsewhere` names where the ones left out are. */
export function noteLines(report: Report, notes: Shape['notes'], elsewhere: string): string[] {
  const all = [...report.errors.map((text) => ['CAUTION', text] as const), ...report.warnings.map((text) => ['WARNING', text] as const)];
  if (notes === ALL_NOTES) return all.map(([kind, text]) => `> [!${kind}]\n> ${inertMarkdown(text)}`);
  const { count, chars } = notes;
  const shown = all.slice(0, count).map(([kind, text]) => `> [!${kind}]\n> ${inertMarkdown(cut(text, chars))}`);
  const more = all.length - count;
  if (more > 0) shown.push(`_${more} more ${more === 1 ? 'error or warning' : 'errors and warnings'} in ${elsewhere}._`);
  return shown;
}

/**
 * "> [!NOTE] Shortened to fit …: left out …": what `shape` leaves out of `full`; null when
 * nothing is. `limit` names the limit, `everything` where the whole report is.
 */
export function shortenedNote(report: Report, shape: Shape, full: Shape, limit: string, everything: string): string | null {
  const left: string[] = [];
  const folds = report.comparison.folds.length;
  // In the order they are dropped: the charts first.
  if (shape.charts !== full.charts) left.push('the charts');
  if (shape.variables !== full.variables) left.push('which runs agree on each variable');
  if (shape.foldRows === null) left.push('the per-fold table');
  else if (shape.foldRows < folds)
    left.push(`${plural(folds - shape.foldRows, 'per-fold row')} (the table shows the first ${shape.foldRows} of ${folds} folds)`);
  if (shape.diagnosisTable !== full.diagnosisTable) left.push("the diagnosis's table");
  if (shape.environment !== full.environment) left.push(report.command ? 'the command and its variables' : 'the environment fingerprint');
  if (shape.settings !== full.settings) left.push('the settings');
  if (shape.details !== full.details) left.push('the time per run and the sections on artifacts and seeds');
  if (shape.notes !== ALL_NOTES && report.errors.length + report.warnings.length > 0) left.push('some of the errors and warnings, or their ends');
  if ((summaryBesideLead(report) ?? '').length > shape.summaryChars) left.push('the end of the summary');
  if (left.length === 0) return null;
  return `> [!NOTE]\n> Shortened to fit ${limit}: left out ${left.join(', ')}. ${everything}.`;
}

/** `S`: Shape, or a rendering's own shape that adds parts of its own (across-markdown.ts). */
export interface Fitting<S extends Shape = Shape> {
  /** The whole rendering, with every fold's row. */
  full: S;
  /** Lighter shapes with every fold's row, tried in order before rows are dropped; the last is the one rows are dropped from. */
  lighter?: readonly S[];
  render: (shape: S) => string;
  /** The size the limit is counted in: characters, or UTF-8 bytes. */
  size: (text: string) => number;
  limit: number;
  /** Shapes without the per-fold table, tried in order when not even one row fits. */
  ladder: readonly S[];
  /** Given whatever its size: nothing is left to drop. */
  last: S;
}

/**
 * The fullest rendering that fits: everything; else each lighter shape in turn; else the most
 * per-fold rows that fit (a binary search, so a few renderings, each only as long as the rows it
 * shows); else each shape of the ladder in turn; else the last.
 */
export function fitToLimit<S extends Shape = Shape>({ full, lighter = [], render, size, limit, ladder, last }: Fitting<S>): string {
  const fits = (shape: S): string | null => {
    const text = render(shape);
    return size(text) <= limit ? text : null;
  };
  let base = full;
  for (const shape of [full, ...lighter]) {
    const text = fits(shape);
    if (text !== null) return text;
    base = shape;
  }
  let low = 1;
  let high = (base.foldRows ?? 0) - 1;
  let best: string | null = null;
  while (low <= high) {
    const rows = Math.floor((low + high) / 2);
    const text = fits({ ...base, foldRows: rows });
    if (text !== null) {
      best = text;
      low = rows + 1;
    } else {
      high = rows - 1;
    }
  }
  if (best !== null) return best;
  for (const shape of ladder) {
    const text = fits(shape);
    if (text !== null) return text;
  }
  return render(last);
}
