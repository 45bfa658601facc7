// The CLI's report on stdout, its parts (report/render.ts puts a check's sections together; the
// across report is whole here): what the job summary shows, as plain text that fits the terminal
// (the verdict's sentence, errors and warnings stay one line each), with tables where the summary
// has charts. Pure but for reading the terminal's width: a report in, text out.
import type { Drift } from '../contracts/drift.js';
import type { CostComparison, Diagnosis, Report, Variations } from '../contracts/report.js';
import type { RunFingerprint } from '../contracts/run-result.js';
import { UNSET, fingerprintRows, type FingerprintKit, type FingerprintRow } from '../comparison/fingerprint.js';
import { scientific, seconds } from './format.js';
import { ALL_AGREE } from './agreement.js';
import { chunks, foldsWhereRunsDiffer, type FoldView, type Mark } from './fold-view.js';
import { settingsLine } from './markdown.js';
import { SUMMARY_DRIFT_ROWS, driftDetails, driftRows, driftSentence } from './drift.js';
import { legConditionsColumn, variationsTextLines } from './variations.js';
import { plural } from '../util/text.js';
import { acrossGrid, acrossHeadline, acrossNumbers, acrossOf, foldsLikeFirst, gridLegend, legBackend, withinWords } from './across-view.js';
import {
  COST_HEADER,
  DIAGNOSIS_HEADER,
  LOSS_HEADER,
  budgetSentence,
  costCase,
  costDivergences,
  costRows,
  diagnosisRows,
  divergenceLead,
  fastestSentence,
  findingsLine,
  lossRows,
  overheadSentence,
  unpinnedTrialSentence,
  type LossCurves,
} from './findings.js';

/** The width when stdout is not a terminal (a file, a pipe, a CI log). */
export const DEFAULT_TEXT_WIDTH = 100;
/** Narrower than this, wrapping helps nobody. */
const MIN_TEXT_WIDTH = 40;

/** The terminal's columns where `stream` is one, else DEFAULT_TEXT_WIDTH. */
export function textWidth(stream: { isTTY?: boolean; columns?: number } = process.stdout): number {
  return stream.isTTY && stream.columns ? Math.max(MIN_TEXT_WIDTH, stream.columns) : DEFAULT_TEXT_WIDTH;
}

const MARK: Record<Mark, string> = { match: 'ok', mismatch: 'MISMATCH', note: 'allowed' };

/**
 * `text` in lines of at most `width` characters; later lines indented. Parts between ' · ' stay
 * whole where they fit (the '·' ends a line), else it breaks at spaces; a longer word stays whole.
 */
export function wrap(text: string, width: number, indent = '  '): string[] {
  // A line of its own in the text (an error's output) stays one.
  if (text.includes('\n')) return text.split('\n').flatMap((line) => wrap(line, width, indent));
  const parts = text.split(' · ').map((part, i, all) => (i < all.length - 1 ? `${part} ·` : part));
  return pack(parts, ' ', width, indent).flatMap((line, i) =>
    line.length > width ? pack(line.trimStart().split(' '), ' ', width, indent).map((piece, j) => (i > 0 && j === 0 ? indent + piece : piece)) : [line],
  );
}

/** `parts` joined by `separator`, as many to a line as fit in `width`; a new line starts with `indent`. */
function pack(parts: readonly string[], separator: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line: string | null = null;
  for (const part of parts) {
    if (line === null) line = part;
    else if (part !== '' && line.trim() !== '' && line.length + separator.length + part.length > width) {
      lines.push(line.trimEnd());
      line = indent + part;
    } else line = `${line}${separator}${part}`;
  }
  lines.push(line ?? '');
  return lines;
}

/** "runs 1–4, 6 | run 5 | runs 7–10" in lines of `width`, broken between groups where it can be. */
function wrapGroups(agreement: string, width: number): string[] {
  const groups = agreement.split(' | ').map((group, i, all) => (i < all.length - 1 ? `${group} |` : group));
  return pack(groups, ' ', width, '').flatMap((line) => (line.length > width ? wrap(line, width, '') : [line]));
}

/** Column widths of `rows`: a loop, since a spread of a hundred thousand rows overflows the stack. */
function widths(rows: readonly string[][]): number[] {
  const columns = rows.reduce((most, row) => Math.max(most, row.length), 0);
  return Array.from({ length: columns }, (_, column) => rows.reduce((widest, row) => Math.max(widest, row[column]?.length ?? 0), 0));
}

const FOLD_HEADER = ['fold', 'metric', 'value', 'max Δ', 'variance', '', 'runs that agree'];

/** Narrower than this, the runs that agree go on lines of their own under each row. */
const MIN_AGREEMENT_WIDTH = 24;

/**
 * Per fold, a row per metric and one for the weights, aligned. The last column, the runs that
 * agree, wraps between groups where the row would be wider than `width`; where the other columns
 * leave it too little room, it goes under the row.
 */
export function foldTableText(views: readonly FoldView[], width: number): string[] {
  // Fail-fast can stop every run before any fold was finished twice: nothing to line up.
  if (views.length === 0) return ['no fold was finished by two runs, so no fold is compared'];
  const rows = [FOLD_HEADER];
  for (const view of views) {
    view.rows.forEach((row, i) => {
      rows.push([i === 0 ? String(view.fold) : '', row.metric ?? '(weights)', row.value, row.maxAbsDiff, row.variance, MARK[row.mark], row.agreement]);
    });
    if (view.rows.length === 0) rows.push([String(view.fold), '—']);
  }
  const columnWidths = widths(rows.map((row) => row.slice(0, -1)));
  const besideStart = columnWidths.reduce((sum, w) => sum + w + 2, 0);
  const beside = width - besideStart >= MIN_AGREEMENT_WIDTH;
  // Under the row: indented as the metric column.
  const underStart = (columnWidths[0] as number) + 2;
  const lines: string[] = [];
  rows.forEach((row, r) => {
    const fixed = row
      .slice(0, -1)
      .map((cell, column) => cell.padEnd(columnWidths[column] as number))
      .join('  ');
    const last = row.length < FOLD_HEADER.length ? '' : (row.at(-1) as string);
    if (beside) {
      const [first, ...rest] = last === '' ? [''] : wrapGroups(last, width - besideStart);
      lines.push(`${fixed}  ${first}`.trimEnd(), ...rest.map((part) => `${' '.repeat(besideStart)}${part}`));
    } else {
      lines.push(fixed.trimEnd());
      // 'all' under every matching row would double the table to say nothing.
      if (last !== '' && last !== ALL_AGREE && r > 0)
        lines.push(...wrapGroups(`agree: ${last}`, width - underStart).map((part, i) => `${' '.repeat(underStart + (i === 0 ? 0 : 7))}${part}`));
    }
  });
  return lines;
}

/**
 * Columns (each padded to its widest cell) in pieces that fit `room` with two spaces before each:
 * as few pieces as fit, of near-equal sizes where that still fits; always at least one a piece.
 */
function columnsThatFit(columns: readonly string[][], room: number): string[][][] {
  const padded = columns.map((column) => {
    const columnWidth = column.reduce((widest, cell) => Math.max(widest, cell.length), 0);
    return column.map((cell) => cell.padEnd(columnWidth));
  });
  const fits = (piece: readonly string[][]) => piece.length === 1 || piece.reduce((used, column) => used + 2 + (column[0]?.length ?? 0), 0) <= room;
  const greedy: string[][][] = [];
  for (const column of padded) {
    const last = greedy.at(-1);
    if (last && fits([...last, column])) last.push(column);
    else greedy.push([column]);
  }
  const balanced = chunks(padded, Math.ceil(padded.length / Math.max(1, greedy.length)));
  return balanced.length === greedy.length && balanced.every(fits) ? balanced : greedy;
}

/**
 * Each run's value of each metric in the folds where runs differ: per metric, a row per run and a
 * column per fold, as many folds side by side as `width` allows.
 */
export function perRunTables(report: Report, views: readonly FoldView[], width: number): string[] {
  const runs = report.runs.map((run) => `run ${run.run}`);
  const lines: string[] = [];
  report.comparison.metricNames.forEach((name, m) => {
    const columns = foldsWhereRunsDiffer(views, m).map((view) => [`fold ${view.fold}`, ...(view.perRun?.[m] ?? [])]);
    const labels = [name, ...runs];
    const labelWidth = labels.reduce((widest, label) => Math.max(widest, label.length), 0);
    for (const piece of columnsThatFit(columns, width - labelWidth)) {
      lines.push('', ...labels.map((label, row) => [label.padEnd(labelWidth), ...piece.map((column) => column[row])].join('  ').trimEnd()));
    }
  });
  return lines.length === 0 ? [] : ['', "each run's values where the runs differ (report.json has them in full):"].concat(lines);
}

/** Narrower than this (and than its widest cell), a table's last column goes on lines of its own under its row. */
const MIN_LAST_COLUMN = 24;

/**
 * `rows` (the header first) as aligned columns behind `indent`. The last column wraps in the room
 * the others leave, or, where that is too little, goes under its row.
 */
export function alignedTable(rows: readonly string[][], width: number, indent = '  '): string[] {
  const columnWidths = widths(rows.map((row) => row.slice(0, -1)));
  const lastStart = indent.length + columnWidths.reduce((sum, w) => sum + w + 2, 0);
  const widestLast = rows.reduce((widest, row) => Math.max(widest, row.at(-1)?.length ?? 0), 0);
  const beside = width - lastStart >= Math.min(MIN_LAST_COLUMN, widestLast);
  return rows.flatMap((row) => {
    const fixed =
      indent +
      row
        .slice(0, -1)
        .map((cell, column) => cell.padEnd(columnWidths[column] as number))
        .join('  ');
    const last = row.at(-1) ?? '';
    if (row.length < 2) return [`${indent}${last}`.trimEnd()];
    if (beside) {
      const [first, ...rest] = wrap(last, width - lastStart, '');
      return [`${fixed}  ${first ?? ''}`.trimEnd(), ...rest.map((part) => `${' '.repeat(lastStart)}${part}`)];
    }
    const under = `${indent}    `;
    return [fixed.trimEnd(), ...(last === '' ? [] : wrap(last, width - under.length, '').map((part) => `${under}${part}`))];
  });
}

/** Rows as columns. */
const transpose = (rows: readonly string[][]): string[][] => (rows[0] ?? []).map((_, column) => rows.map((row) => row[column] ?? ''));

/** `text` wrapped behind `by`, later lines indented further. */
export function indented(text: string, width: number, by = '  '): string[] {
  return wrap(text, width - by.length).map((line) => `${by}${line}`);
}

/**
 * Where the runs part, how far it was narrowed, and the work fail-fast skipped: a sentence each.
 * Where they part stays one line, as the verdict's sentence does, for grep and for pasting.
 */
export function divergenceText(report: Pick<Report, 'divergence' | 'work'>, width: number): string[] {
  const [first, ...rest] = divergenceLead(report);
  return first === undefined ? [] : [first, ...rest.flatMap((sentence) => wrap(sentence, width))];
}

export function lossText(curves: LossCurves, width: number): string[] {
  const drawn = curves.series.length < curves.runsWithLoss ? ` (${curves.series.length} of the ${curves.runsWithLoss} runs with a loss)` : '';
  return [
    ...wrap(`Validation loss at the end of each epoch of fold ${curves.fold}, where the runs part${drawn}:`, width),
    ...alignedTable([LOSS_HEADER(curves), ...lossRows(curves)], width),
  ];
}

export function costText(cost: CostComparison, width: number): string[] {
  const [label, explanation] = costCase(cost);
  const rows = [COST_HEADER, ...costRows(cost)];
  const sideBySide = alignedTable(rows, Infinity);
  // Too wide for the terminal: a row per measure, a column per side.
  const table = sideBySide.every((line) => line.length <= width) ? sideBySide : alignedTable(transpose(rows), width);
  return [
    'With and without the determinism settings:',
    ...table,
    ...[overheadSentence(cost), `${label}. ${explanation}`, ...costDivergences(cost)].flatMap((sentence) => indented(sentence, width)),
  ];
}

export function diagnosisText(diagnosis: Diagnosis, width: number): string[] {
  const fastest = fastestSentence(diagnosis);
  return [
    'Which settings this runner needs:',
    ...indented(findingsLine(diagnosis), width),
    ...indented(unpinnedTrialSentence(diagnosis), width),
    ...alignedTable([DIAGNOSIS_HEADER, ...diagnosisRows(diagnosis)], width),
    ...[...(fastest === null ? [] : [fastest]), budgetSentence(diagnosis)].flatMap((sentence) => indented(sentence, width)),
    ...diagnosis.notes.flatMap((note) => indented(`- ${note}`, width)),
  ];
}

/** The conditions (`vary`): a row per factor, then what the variation cost; an empty line after. Its verdict line is the report's second. */
export function variationsText(variations: Variations, width: number): string[] {
  const { rows, cost } = variationsTextLines(variations);
  return ['conditions:', ...alignedTable(rows, width), ...indented(cost, width), ''];
}

/**
 * The drift against the baseline: its sentence on one line (for grep, like the verdict's), where the
 * baseline came from and what qualifies it, then a row per metric that moved; an empty line after.
 */
export function driftText(drift: Drift, width: number): string[] {
  const { rows, total } = driftRows(drift, SUMMARY_DRIFT_ROWS);
  const table =
    rows.length === 0
      ? []
      : alignedTable(
          [
            ['fold', 'metric', 'baseline', 'this check', 'change'],
            ...rows.map((row) => [String(row.fold), row.metric ?? '(weights)', row.baseline, row.current, row.delta]),
          ],
          width,
        );
  return [
    driftSentence(drift),
    // The run's address on a line of its own, whole, to click or copy.
    ...driftDetails(drift)
      .flatMap((line, i) => (i === 0 && drift.source.kind === 'run' && drift.source.url ? [line, drift.source.url] : [line]))
      .flatMap((line) => indented(line, width)),
    ...table,
    ...(total > rows.length ? indented(`${plural(total - rows.length, 'more row')} in report.json (drift.changedFolds)`, width) : []),
    '',
  ];
}

/** How the CLI writes a fingerprint's values: as they are. */
const TEXT_FINGERPRINT: FingerprintKit = { text: (text) => text, code: (text) => text, list: (items) => items.join('; '), seconds };

/** The fingerprint's rows (comparison/fingerprint.ts) in a line, then the determinism variables in one. */
export function environmentText(env: RunFingerprint, width: number): string[] {
  const rows = fingerprintRows(env, TEXT_FINGERPRINT, UNSET);
  const label = (row: FingerprintRow): string => row.label.replaceAll('`', '');
  const fields = rows.filter((row) => !row.variable).map((row) => `${label(row)} ${row.value}`);
  const variables = rows.filter((row) => row.variable).map((row) => `${label(row)}=${row.value}`);
  return [...wrap(`environment: ${fields.join(' · ')}`, width), ...wrap(`determinism variables: ${variables.join(' ')}`, width)];
}

/** Folds side by side in the legs × folds grid: as many columns as `width` leaves after the legs' names. */
function gridText(report: Report, width: number): string[] {
  const across = acrossOf(report);
  const grid = acrossGrid(across);
  if (grid.length === 0) return ['no fold has a result to compare'];
  const names = [...across.legs.map((leg) => `${leg.leg} ${leg.label}`), 'every leg'];
  const columns = grid.map((column) => [`fold ${column.fold}`, ...column.cells, column.identical ? 'same' : 'DIFFERS']);
  const lines = [...wrap(gridLegend(across), width, '')];
  const labelWidth = names.reduce((widest, name) => Math.max(widest, name.length), 0);
  for (const piece of columnsThatFit(columns, width - Math.min(labelWidth, width / 2))) {
    const rows = [['', ...piece.map((column) => column[0] as string)], ...names.map((name, r) => [name, ...piece.map((column) => column[r + 1] as string)])];
    lines.push(
      '',
      ...rows.map((row) =>
        row
          .map((cell, c) => (c === 0 ? cell.padEnd(labelWidth) : cell))
          .join('  ')
          .trimEnd(),
      ),
    );
  }
  return lines;
}

/** The legs' fingerprints: a row per field, a column per leg, `*` first where they differ; where that is too wide, a line per field. */
function fingerprintText(report: Report, width: number): string[] {
  const { fingerprint, legs } = acrossOf(report);
  if (fingerprint.length === 0) return ['no leg recorded an environment fingerprint'];
  const mark = (differs: boolean): string => (differs ? '*' : ' ');
  const rows = [
    ['', 'field', ...legs.map((leg) => `${leg.leg} ${leg.label}`)],
    ...fingerprint.map((field) => [mark(field.differs), field.field, ...field.values.map((value) => value ?? '—')]),
  ];
  const side = alignedTable(
    rows.map((row) => [...row, '']),
    Infinity,
    '',
  );
  if (side.every((line) => line.length <= width)) return side;
  return fingerprint.flatMap((field) => {
    const values = field.differs ? field.values.map((value, i) => `leg ${i + 1}: ${value ?? '—'}`).join(' · ') : `${field.values[0] ?? '—'} (every leg)`;
    return wrap(`${mark(field.differs)} ${field.field}: ${values}`, width, '    ');
  });
}

/** The across report (report/across.ts) as text: both verdicts, a line per leg, the legs × folds grid, the fingerprints. */
export function renderAcrossText(report: Report, width = textWidth()): string {
  const across = acrossOf(report);
  const { within, across: acrossWords } = acrossHeadline(report);
  const conditions = legConditionsColumn(across);
  const legs = alignedTable(
    [
      ['leg', 'label', 'within', ...(conditions ? ['varied conditions'] : []), 'runs × folds', 'like leg 1', 'backend', 'report'],
      ...across.legs.map((leg) => [
        String(leg.leg),
        leg.label,
        withinWords(leg.verdict),
        ...(conditions ? [conditions(leg)] : []),
        `${leg.runs} × ${leg.folds}`,
        foldsLikeFirst(across, leg.leg),
        legBackend(leg),
        leg.file,
      ]),
    ],
    width,
    '',
  );
  const sections: string[][] = [
    [report.summary],
    report.errors.map((error) => `error: ${error}`),
    report.warnings.map((warning) => `warning: ${warning}`),
    [''],
    wrap(`${within.replace(/^\S+ /, '')} · ${acrossWords.replace(/^\S+ /, '')}`, width),
    wrap(
      acrossNumbers(report, seconds, (value) => scientific(value))
        .map(([label, value]) => `${label}: ${value}`)
        .join(' · '),
      width,
    ),
    wrap(`settings: ${settingsLine(report, (text) => text)}`, width),
    ['', 'legs:'],
    legs,
    ['', 'which legs agree, fold by fold:'],
    gridText(report, width),
    [
      '',
      `environment fingerprints (* marks the fields that differ${across.differingFields.length > 0 ? `: ${across.differingFields.join(', ')}` : ': none'}):`,
    ],
    fingerprintText(report, width),
  ];
  return sections.flat().join('\n') + '\n';
}
