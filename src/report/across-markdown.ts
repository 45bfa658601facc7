// The across report in markdown, for the job summary and the pull request comment: both verdicts
// in the headline, the numbers, a row per leg, the legs × folds table of which legs agree, each
// leg's values where they differ, and the legs' environment fingerprints with the fields that
// differ marked: each a section declared once (ACROSS_SECTIONS) with when each target drops it.
// Kept under GitHub's limits by shorten.ts's fitting: whole parts are dropped (each leg's values,
// then the fingerprint fields every leg shares, then folds of the table from the end), never the
// headline, the numbers or the legs, and a note says what was left out. Pure.
import type { AcrossComparison, AcrossLeg } from '../contracts/across.js';
import type { Report } from '../contracts/report.js';
import type { Verdict } from '../contracts/verdict.js';
import {
  acrossGrid,
  acrossHeadline,
  acrossNumbers,
  acrossOf,
  foldsLikeFirst,
  gridLegend,
  legBackend,
  valuesWhereLegsDiffer,
  withinWords,
} from './across-view.js';
import { folded } from './findings-markdown.js';
import { chunks } from './fold-view.js';
import { inertMarkdown, markdownTable, scientific, seconds } from './format.js';
import { FEW_NOTES, LAST_RUNG, MINIMAL_SUMMARY_CHARS, NO_NOTES, PER_FOLD_RUNG, cut, dropLadder, fitToLimit, noteLines } from './shorten.js';
import type { MarkdownSection, Shape, Target } from './shorten.js';
import { plural, withCommas } from '../util/text.js';
import { legConditionsColumn } from './variations.js';

/**
 * How much of an across report one rendering shows. Of Shape's parts: `foldRows`, the folds of
 * the legs × folds table (null: no table); `details`, each leg's values where legs differ;
 * `environment`, the fingerprint fields every leg shares (the differing ones stay while
 * `fingerprint`); `settings`, `notes`, `summaryChars` as for one check.
 */
export interface AcrossShape extends Shape {
  /** The fingerprint table at all. */
  fingerprint: boolean;
}

/** Folds per legs × folds table: with the legs' column, 11 columns, narrow enough for any page. */
const FOLDS_PER_TABLE = 10;
/** A label is user text and may be long: a column header or a row's first cell shows this much (the legs' table shows it whole). */
const LABEL_CHARS = 40;
/** A fingerprint value (a list of GPUs, a library's path) in a cell. */
const VALUE_CHARS = 120;
/** Folds per table of each leg's values. */
const VALUE_FOLDS_PER_TABLE = 7;

const MARK: Record<Verdict, string> = { reproducible: '✅', 'not-reproducible': '❌', error: '⚠️' };

const legName = (leg: AcrossLeg): string => `${leg.leg} ${inertMarkdown(cut(leg.label, LABEL_CHARS))}`;
const escapeCell = (text: string): string => text.replaceAll('*', '\\*');

/** A row per leg: its label, its own verdict, its size, how many folds it agrees with leg 1 in, its backend and file. */
export function legsTable(across: AcrossComparison): string {
  // Each leg's own variations (`vary`), where some leg varied its conditions.
  const conditions = legConditionsColumn(across);
  return markdownTable(
    ['leg', 'label', 'within its runner', ...(conditions ? ['in varied conditions'] : []), 'runs × folds', 'folds like leg 1', 'backend', 'report'],
    across.legs.map((leg) => [
      String(leg.leg),
      inertMarkdown(leg.label),
      `${MARK[leg.verdict]} ${withinWords(leg.verdict)}`,
      ...(conditions ? [conditions(leg)] : []),
      `${leg.runs} × ${leg.folds}`,
      foldsLikeFirst(across, leg.leg),
      inertMarkdown(legBackend(leg)),
      inertMarkdown(leg.file),
    ]),
  );
}

/** The legs × folds table of the first `shown` folds, in pieces of FOLDS_PER_TABLE folds, after a line that says what the letters mean. */
export function gridMarkdown(across: AcrossComparison, shown: number): string {
  const grid = acrossGrid(across).slice(0, shown);
  if (grid.length === 0) return '_No fold has a result to compare._';
  const tables = chunks(grid, FOLDS_PER_TABLE).map((piece) =>
    markdownTable(
      ['leg', ...piece.map((column) => `fold ${column.fold}`)],
      [
        ...across.legs.map((leg) => [legName(leg), ...piece.map((column) => escapeCell(column.cells[leg.leg - 1] as string))]),
        ['**every leg**', ...piece.map((column) => (column.identical ? '✅' : '❌'))],
      ],
    ),
  );
  return [`_${escapeCell(gridLegend(across))}_`, ...tables].join('\n\n');
}

/** The fingerprints side by side, a row per field, ≠ where legs differ; `all`: also the fields every leg shares. */
export function fingerprintMarkdown(across: AcrossComparison, all: boolean): string {
  const { fingerprint } = across;
  if (fingerprint.length === 0) return '_No leg recorded an environment fingerprint (a command trains where tf-repro does not see)._';
  const differing = fingerprint.filter((field) => field.differs).length;
  const lead =
    differing > 0
      ? `_≠: the field differs between legs, which is where a difference across runners comes from (${plural(differing, 'field')})._`
      : '_Every field of the fingerprint is the same on every leg: a difference across them comes from something it does not record._';
  const rows = all ? fingerprint : fingerprint.filter((field) => field.differs);
  const left = fingerprint.length - rows.length;
  const table =
    rows.length === 0
      ? null
      : markdownTable(
          ['field', ...across.legs.map(legName), ''],
          rows.map((field) => [
            field.differs ? `**${inertMarkdown(field.field)}**` : inertMarkdown(field.field),
            ...field.values.map((value) => (value === null ? '—' : inertMarkdown(cut(value, VALUE_CHARS)))),
            field.differs ? '≠' : '',
          ]),
        );
  return [lead, ...(table === null ? [] : [table]), ...(left > 0 ? [`_${plural(left, 'field')} the same on every leg left out._`] : [])].join('\n\n');
}

/** Each leg's value of each metric where legs differ (of the first `shown` folds), folded; null where they agree. */
export function valuesMarkdown(report: Report, shown: number): string | null {
  const across = acrossOf(report);
  const metrics = valuesWhereLegsDiffer(report, shown);
  if (metrics.length === 0) return null;
  const folds = Math.max(...metrics.map((metric) => metric.folds.length));
  const sections = metrics.flatMap(({ metric, folds: differing }) => [
    `**${inertMarkdown(cut(metric, 60))}**`,
    ...chunks(differing, VALUE_FOLDS_PER_TABLE).map((piece) =>
      markdownTable(
        ['leg', ...piece.map((column) => `fold ${column.fold}`)],
        across.legs.map((leg) => [legName(leg), ...piece.map((column) => column.values[leg.leg - 1] ?? '—')]),
      ),
    ),
  ]);
  return folded(`Each leg's values where the legs differ (${plural(folds, 'fold')})`, sections.join('\n\n'));
}

function numbersTable(report: Report): string {
  return markdownTable(
    ['', ''],
    acrossNumbers(report, seconds, (value) => scientific(value)),
  );
}

/** "> [!NOTE] Shortened to fit …: left out …"; null when `shape` leaves nothing out. */
export function acrossShortenedNote(report: Report, shape: AcrossShape, full: AcrossShape, limit: string, everything: string): string | null {
  const folds = acrossOf(report).folds.length;
  const left: string[] = [];
  if (shape.details !== full.details) left.push("each leg's values where the legs differ");
  if (shape.fingerprint && shape.environment !== full.environment) left.push('the fingerprint fields every leg shares');
  if (shape.foldRows === null) left.push('the legs × folds table');
  else if (shape.foldRows < folds)
    left.push(
      `${shape.foldRows === folds - 1 ? 'the last fold' : `${folds - shape.foldRows} folds`} of the legs × folds table (it shows the first ${shape.foldRows} of ${folds})`,
    );
  if (shape.fingerprint !== full.fingerprint) left.push('the environment fingerprints');
  if (shape.settings !== full.settings) left.push('the settings');
  if (shape.notes !== full.notes && report.errors.length + report.warnings.length > 0) left.push('some of the errors and warnings, or their ends');
  if (report.summary.length > shape.summaryChars) left.push('the end of the summary');
  if (left.length === 0) return null;
  return `> [!NOTE]\n> Shortened to fit ${limit}: left out ${left.join(', ')}. ${everything}.`;
}

/** What differs between the summary and the comment beside their sections' own renderings. */
interface Frame {
  /** The settings in one line (markdown.ts settingsLine: this module is below it). */
  settingsLine: string;
  limitText: string;
  everything: string;
  /** Where the errors and warnings left out are. */
  notesElsewhere: string;
  /** The comment's marker and footer. */
  marker: string;
  footer: string;
}

interface AcrossContext {
  report: Report;
  across: AcrossComparison;
  shape: AcrossShape;
  full: AcrossShape;
  frame: Frame;
}

type AcrossSection = MarkdownSection<AcrossContext, AcrossShape>;

/** The same rendering in the summary and the comment, under `heading` and its sub-heading. */
const headed = (render: (context: AcrossContext, heading: '##' | '###', sub: '###' | '####') => string[]): Pick<AcrossSection, 'summary' | 'comment'> => ({
  summary: (context) => render(context, '##', '###'),
  comment: (context) => render(context, '###', '####'),
});

function fingerprintTitle(across: AcrossComparison): string {
  return across.differingFields.length > 0
    ? `Environment fingerprints: ${plural(across.differingFields.length, 'field')} differ`
    : 'Environment fingerprints: no field differs';
}

/** The sections of an across report, in order, each with when the summary and the comment drop it. */
export const ACROSS_SECTIONS: readonly AcrossSection[] = [
  { name: 'the marker that finds the comment again', comment: ({ frame }) => [frame.marker] },
  {
    name: 'both verdicts and the summary',
    ...headed(({ report, shape }, heading) => {
      const { within, across: acrossWords } = acrossHeadline(report);
      return [`${heading} ${within} · ${acrossWords} — tf-repro`, inertMarkdown(cut(report.summary, shape.summaryChars))];
    }),
    drops: [{ at: { summary: 4, comment: 4 }, shape: { summaryChars: MINIMAL_SUMMARY_CHARS } }],
  },
  {
    name: 'the errors and warnings',
    ...headed(({ report, shape, frame }) => noteLines(report, shape.notes, frame.notesElsewhere)),
    drops: [
      { at: { summary: 3, comment: 3 }, shape: { notes: FEW_NOTES } },
      { at: { summary: LAST_RUNG, comment: LAST_RUNG }, shape: { notes: NO_NOTES } },
    ],
  },
  { name: 'the numbers', ...headed(({ report }) => [numbersTable(report)]) },
  {
    name: 'what was left out to fit',
    ...headed(({ report, shape, full, frame }) => {
      const note = acrossShortenedNote(report, shape, full, frame.limitText, frame.everything);
      return note === null ? [] : [note];
    }),
  },
  { name: 'the legs', ...headed(({ across }, _, sub) => [`${sub} Legs`, legsTable(across)]) },
  {
    name: 'the legs × folds table',
    ...headed(({ across, shape }, _, sub) => (shape.foldRows === null ? [] : [`${sub} Which legs agree, fold by fold`, gridMarkdown(across, shape.foldRows)])),
    drops: [{ at: { summary: PER_FOLD_RUNG, comment: PER_FOLD_RUNG }, shape: { foldRows: null } }],
  },
  {
    name: "each leg's values where the legs differ",
    ...headed(({ report, shape }) => {
      const values = shape.details && shape.foldRows !== null ? valuesMarkdown(report, shape.foldRows) : null;
      return values === null ? [] : [values];
    }),
    // First of all, then the fingerprint fields every leg shares, before any fold of the table.
    drops: [{ at: { summary: 0, comment: 0 }, shape: { details: false } }],
  },
  {
    name: 'the fingerprints',
    summary: ({ across, shape }) => (shape.fingerprint ? [`### ${fingerprintTitle(across)}`, fingerprintMarkdown(across, shape.environment)] : []),
    // The comment folds them away.
    comment: ({ across, shape }) => (shape.fingerprint ? [folded(fingerprintTitle(across), fingerprintMarkdown(across, shape.environment))] : []),
    drops: [
      { at: { summary: 1, comment: 1 }, shape: { environment: false } },
      { at: { summary: 3, comment: 3 }, shape: { fingerprint: false } },
    ],
  },
  {
    name: 'the settings',
    summary: ({ shape, frame }) => (shape.settings ? [`### Settings\n\n${frame.settingsLine}`] : []),
    comment: ({ shape, frame }) => (shape.settings ? [`**Settings:** ${frame.settingsLine}`] : []),
    drops: [{ at: { summary: 4, comment: 4 }, shape: { settings: false } }],
  },
  { name: 'the link to the run', comment: ({ frame }) => [frame.footer] },
];

function fit(report: Report, target: Target, frame: Frame, size: (text: string) => number, limit: number): string {
  const across = acrossOf(report);
  const full: AcrossShape = {
    foldRows: across.folds.length,
    environment: true,
    settings: true,
    details: true,
    notes: 'all',
    summaryChars: Infinity,
    charts: false,
    diagnosisTable: false,
    variables: false,
    fingerprint: true,
  };
  // Nothing left to drop at the last: the headline, a short summary, the numbers and the legs.
  const { lighter, ladder, last } = dropLadder(ACROSS_SECTIONS, target, full);
  const render = (shape: AcrossShape): string => {
    const context: AcrossContext = { report, across, shape, full, frame };
    return `${ACROSS_SECTIONS.flatMap((section) => section[target]?.(context) ?? []).join('\n\n')}\n`;
  };
  return fitToLimit<AcrossShape>({ full, lighter, render, size, limit, ladder, last });
}

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** The job summary of an across report, at most `limitBytes` bytes of UTF-8. */
export function renderAcrossSummary(report: Report, settingsLine: string, limitBytes: number): string {
  return fit(
    report,
    'summary',
    {
      settingsLine,
      limitText: "GitHub's limit of 1 MiB for a job summary",
      everything: 'report.json has everything',
      notesElsewhere: 'report.json',
      marker: '',
      footer: '',
    },
    utf8Bytes,
    limitBytes,
  );
}

/** The pull request comment of an across report (marker first, footer last), at most `limit` characters. */
export function renderAcrossComment(report: Report, parts: { marker: string; footer: string; settingsLine: string }, limit: number): string {
  return fit(
    report,
    'comment',
    {
      settingsLine: parts.settingsLine,
      limitText: `GitHub's limit of ${withCommas(limit)} characters for a comment`,
      everything: 'The job summary and report.json have everything',
      notesElsewhere: 'the job summary',
      marker: parts.marker,
      footer: parts.footer,
    },
    (text) => text.length,
    limit,
  );
}
