// A check's report, section by section: each section is one declaration of how the job summary,
// the pull request comment and the CLI's text show it, and of when each GitHub rendering drops it
// to fit its limit. The three renderings walk the one list in order; their drop ladders are
// derived from the sections' rungs, so a section added here is shown, and dropped, everywhere.
// An across report has its own renderings (across-markdown.ts, text.ts). Pure but for reading
// the terminal's width.
import type { Report } from '../contracts/report.js';
import { inertMarkdown } from './format.js';
import {
  SUMMARY_LIMIT_BYTES,
  environmentSection,
  foldTables,
  perFoldSection,
  settingsLine,
  summaryNumbers,
  timingTable,
  verdictHeadline,
  type FoldTables,
} from './markdown.js';
import { GITHUB_COMMENT_LIMIT, commentFoldSections, environmentDetails, footer, type CommentContext } from './comment.js';
import {
  costText,
  diagnosisText,
  divergenceText,
  driftText,
  environmentText,
  variationsText,
  foldTableText,
  lossText,
  perRunTables,
  renderAcrossText,
  textWidth,
  wrap,
} from './text.js';
import { compactDiagnosis, costSection, diagnosisSection, divergenceLeadMarkdown, fullShape, lossSection, variablesSection } from './findings-markdown.js';
import { lossCurves, summaryBesideLead } from './findings.js';
import { COMMENT_DRIFT_ROWS, SUMMARY_DRIFT_ROWS, driftMarkdown } from './drift.js';
import { variationsMarkdown, variationsSentence } from './variations.js';
import { ownTrainingMarkdown, ownTrainingText } from './own-training.js';
import { FEW_NOTES, LAST_RUNG, MINIMAL_SUMMARY_CHARS, NO_NOTES, PER_FOLD_RUNG, cut, dropLadder, fitToLimit, noteLines, shortenedNote } from './shorten.js';
import type { MarkdownSection, Shape, Target } from './shorten.js';
import { renderAcrossComment, renderAcrossSummary } from './across-markdown.js';
import { ranksLine } from './ranks.js';
import { foldViews, type FoldView } from './fold-view.js';
import { plural, withCommas } from '../util/text.js';
import { negativeControlSentence } from '../comparison/negative-control.js';
import { checkHints, hintSentence } from '../comparison/hints.js';
import { notMeasuredWords, runGpus, scientific, seconds } from './format.js';

/** The hints of a report, each one sentence labelled as a likely cause (comparison/hints.ts). */
const hintLines = (report: Report): string[] => checkHints(report.divergence, report.errors).map(hintSentence);

/** What a section's Markdown is rendered from. */
export interface MarkdownContext {
  report: Report;
  shape: Shape;
  full: Shape;
  tables: FoldTables;
  /** The comment's marker, link and id; null for the job summary. */
  comment: CommentContext | null;
}

export interface TextContext {
  report: Report;
  views: FoldView[];
  width: number;
}

/** A section of a check's report: its Markdown, its text, and when it is dropped. */
export interface Section extends MarkdownSection<MarkdownContext, Shape> {
  text?: (context: TextContext) => string[];
}

/** The sections of a check's report, in the order every rendering shows them. */
export const CHECK_SECTIONS: readonly Section[] = [
  { name: 'the marker that finds the comment again', comment: ({ comment }) => [comment?.marker ?? ''] },
  {
    name: 'the verdict, where the runs part, and the summary',
    summary: ({ report, shape }) => [
      `## ${verdictHeadline(report)} — tf-repro`,
      ...divergenceLeadMarkdown(report),
      ...summaryMarkdown(report, shape.summaryChars),
    ],
    comment: ({ report, shape }) => [
      `### ${verdictHeadline(report)} — tf-repro`,
      ...divergenceLeadMarkdown(report),
      ...summaryMarkdown(report, shape.summaryChars),
    ],
    // A message stays one line, however long, for grep and for whoever pastes it into an issue; so does the variations' verdict (issue 23).
    text: ({ report, width }) => [
      // Where the lead says where the runs part, the verdict's line says the rest (or the verdict alone).
      summaryBesideLead(report) ?? `${report.summary.split(':')[0] as string}.`,
      ...(report.variations ? [variationsSentence(report.verdict, report.variations)] : []),
      ...divergenceText(report, width),
    ],
    drops: [{ at: { summary: LAST_RUNG, comment: 4 }, shape: { summaryChars: MINIMAL_SUMMARY_CHARS } }],
  },
  {
    name: 'the errors and warnings',
    summary: ({ report, shape }) => noteLines(report, shape.notes, 'report.json'),
    comment: ({ report, shape }) => noteLines(report, shape.notes, 'the job summary'),
    text: ({ report }) => [...report.errors.map((error) => `error: ${error}`), ...report.warnings.map((warning) => `warning: ${warning}`), ''],
    drops: [
      { at: { summary: 3, comment: 3 }, shape: { notes: FEW_NOTES } },
      { at: { summary: LAST_RUNG, comment: LAST_RUNG }, shape: { notes: NO_NOTES } },
    ],
  },
  {
    name: 'the numbers',
    summary: ({ report }) => [summaryNumbers(report)],
    comment: ({ report }) => [summaryNumbers(report)],
    // The CLI gives the settings under the numbers, at the top of the terminal.
    text: ({ report, width }) => [...wrap(numbersLine(report), width), ...wrap(`settings: ${settingsLine(report, (text) => text)}`, width), ''],
  },
  {
    name: 'the ranks of a distributed command',
    summary: ({ report }) => orNone(ranksMarkdown(report)),
    comment: ({ report }) => orNone(ranksMarkdown(report)),
    text: ({ report, width }) => {
      const line = ranksLine(report);
      return line === null ? [] : [...wrap(line, width), ''];
    },
  },
  {
    name: 'what was left out to fit',
    summary: ({ report, shape, full }) => orNone(shortenedNote(report, shape, full, "GitHub's limit of 1 MiB for a job summary", 'report.json has everything')),
    comment: ({ report, shape, full }) =>
      orNone(
        shortenedNote(
          report,
          shape,
          full,
          `GitHub's limit of ${withCommas(GITHUB_COMMENT_LIMIT)} characters for a comment`,
          'The job summary and report.json have everything',
        ),
      ),
  },
  {
    name: 'the drift against the baseline',
    summary: ({ report }) => (report.drift ? driftMarkdown(report.drift, '###', SUMMARY_DRIFT_ROWS) : []),
    // Never dropped: bounded (COMMENT_DRIFT_ROWS rows, user text cut), and the news on a pull request.
    comment: ({ report }) => (report.drift ? driftMarkdown(report.drift, '####', COMMENT_DRIFT_ROWS) : []),
    text: ({ report, width }) => (report.drift ? driftText(report.drift, width) : []),
  },
  {
    name: 'the conditions (vary): the verdict line and a row per factor',
    summary: ({ report }) => (report.variations ? variationsMarkdown(report.verdict, report.variations, '###') : []),
    // Never dropped either: one row per factor (eight at most), user text cut.
    comment: ({ report }) => (report.variations ? variationsMarkdown(report.verdict, report.variations, '####') : []),
    text: ({ report, width }) => (report.variations ? variationsText(report.variations, width) : []),
  },
  {
    name: 'the negative control: a run with another seed, which must differ',
    // One line, never dropped: whether the check could have seen a difference.
    summary: ({ report }) => (report.negativeControl ? [inertMarkdown(negativeControlSentence(report.negativeControl))] : []),
    comment: ({ report }) => (report.negativeControl ? [inertMarkdown(negativeControlSentence(report.negativeControl))] : []),
    text: ({ report, width }) => (report.negativeControl ? [...wrap(negativeControlSentence(report.negativeControl), width), ''] : []),
  },
  {
    name: 'the likely causes and their fixes (hints, never findings)',
    summary: ({ report }) =>
      hintLines(report).length > 0
        ? [
            '### Likely causes',
            hintLines(report)
              .map((line) => `- ${inertMarkdown(line)}`)
              .join('\n'),
          ]
        : [],
    comment: ({ report }) =>
      hintLines(report).length > 0
        ? [
            hintLines(report)
              .map((line) => `- ${inertMarkdown(line)}`)
              .join('\n'),
          ]
        : [],
    text: ({ report, width }) => {
      const lines = hintLines(report);
      return lines.length > 0 ? [...lines.flatMap((line) => wrap(line, width)), ''] : [];
    },
  },
  {
    name: 'the validation loss where the runs part',
    summary: ({ report, shape }) => (shape.charts ? lossSection(report, '###', false) : []),
    comment: ({ report, shape }) => (shape.charts ? lossSection(report, '####', true) : []),
    text: ({ report, width }) => {
      const curves = lossCurves(report);
      return curves === null ? [] : [...lossText(curves, width), ''];
    },
    drops: [{ at: { summary: 1, comment: 1 }, shape: { charts: false } }],
  },
  {
    // The job summary's only: `tf-repro explain`'s per-variable view, folded (the comment stays short, the CLI has explain).
    name: 'which runs agree on each variable where the runs part',
    summary: ({ report, shape }) => (shape.variables ? variablesSection(report) : []),
    drops: [{ at: { summary: 1 }, shape: { variables: false } }],
  },
  {
    name: 'the cost of the settings',
    summary: ({ report, shape }) => (report.cost ? costSection(report.cost, '### With and without the determinism settings', shape.charts) : []),
    comment: ({ report, shape }) => (report.cost ? costSection(report.cost, '#### With and without the determinism settings', shape.charts) : []),
    text: ({ report, width }) => (report.cost ? [...costText(report.cost, width), ''] : []),
  },
  {
    name: 'the diagnosis',
    summary: ({ report, shape }) => (report.diagnosis ? diagnosisSection(report.diagnosis, '### Which settings this runner needs', shape.diagnosisTable) : []),
    comment: ({ report, shape }) => (report.diagnosis ? compactDiagnosis(report.diagnosis, shape.diagnosisTable) : []),
    text: ({ report, width }) => (report.diagnosis ? [...diagnosisText(report.diagnosis, width), ''] : []),
    drops: [{ at: { summary: LAST_RUNG, comment: 3 }, shape: { diagnosisTable: false } }],
  },
  {
    name: 'the settings',
    summary: ({ report, shape }) => (shape.settings ? ['### Settings', settingsLine(report)] : []),
    comment: ({ report, shape }) => (shape.settings ? [`**Settings:** ${settingsLine(report)}`] : []),
    drops: [{ at: { summary: LAST_RUNG, comment: 4 }, shape: { settings: false } }],
  },
  {
    name: "the per-fold table and each run's values",
    summary: ({ report, shape, tables }) => (shape.foldRows === null ? [] : perFoldSection(report, tables, shape.foldRows)),
    comment: ({ report, shape, tables }) => (shape.foldRows === null ? [] : commentFoldSections(report, tables, shape.foldRows)),
    text: ({ report, views, width }) => [...foldTableText(views, width), ...perRunTables(report, views, width), ''],
    // Rows go from the end first (fitToLimit), then the table.
    drops: [{ at: { summary: PER_FOLD_RUNG, comment: PER_FOLD_RUNG }, shape: { foldRows: null } }],
  },
  {
    name: "the time per run, a command's artifacts, a model's seeds",
    summary: ({ report, shape }) => (shape.details ? ['### Time', timingTable(report), ...ownTrainingMarkdown(report)] : []),
    // The command, its variables and logs as they are: a reader copies them.
    text: ({ report, width }) => [
      ...ownTrainingText(report),
      ...wrap(
        report.runs
          .map(
            (run) => `run ${run.run}: ${run.status}, ${seconds(run.durationSeconds)}${runGpus(run) === null ? '' : ` (CUDA_VISIBLE_DEVICES ${runGpus(run)})`}`,
          )
          .join(' · '),
        width,
      ),
    ],
    drops: [{ at: { summary: 4 }, shape: { details: false } }],
  },
  {
    name: 'the environment (a command: the command and what it got)',
    summary: ({ report, shape }) => {
      const { heading, body } = environmentSection(report);
      return shape.environment ? [`### ${heading}`, body] : [];
    },
    comment: ({ report, shape }) => (shape.environment ? [environmentDetails(report)] : []),
    text: ({ report, width }) => (report.environment ? environmentText(report.environment, width) : []),
    drops: [{ at: { summary: LAST_RUNG, comment: 3 }, shape: { environment: false } }],
  },
  { name: 'the link to the run', comment: ({ report, comment }) => (comment ? [footer(report, comment)] : []) },
];

/** The verdict's sentence under the headline and the divergence lead, which it does not repeat. */
function summaryMarkdown(report: Report, chars: number): string[] {
  const summary = summaryBesideLead(report);
  return summary === null ? [] : [inertMarkdown(cut(summary, chars))];
}

/** "variance 1.1e-7 · largest difference 1e-3 · 3 runs in 1 min 1 s"; where neither was measured, the runs first, then why. */
function numbersLine(report: Report): string {
  const runs = `${plural(report.runs.length, 'run')} in ${seconds(report.durationSeconds)}`;
  if (report.variance === null || report.maxAbsDiff === null) return `${runs} · variance and largest difference ${notMeasuredWords(report.notMeasured)}`;
  return `variance ${scientific(report.variance)} · largest difference ${scientific(report.maxAbsDiff)} · ${runs}`;
}

const orNone = (text: string | null): string[] => (text === null ? [] : [text]);

function ranksMarkdown(report: Report): string | null {
  const line = ranksLine(report);
  return line === null ? null : inertMarkdown(line);
}

function fitSections(report: Report, target: Target, comment: CommentContext | null, size: (text: string) => number, limit: number): string {
  const tables = foldTables(report);
  const full = fullShape(report, target === 'summary');
  const { lighter, ladder, last } = dropLadder(CHECK_SECTIONS, target, full);
  const render = (shape: Shape): string => {
    const context: MarkdownContext = { report, shape, full, tables, comment };
    const parts = CHECK_SECTIONS.flatMap((section) => section[target]?.(context) ?? []);
    return target === 'summary' ? [...parts, ''].join('\n\n') : `${parts.join('\n\n')}\n`;
  };
  return fitToLimit({ full, lighter, render, size, limit, ladder, last });
}

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** The job summary, at most `limitBytes` bytes of UTF-8: what is dropped to fit, and when, is each section's `drops`. */
export function renderSummaryMarkdown(report: Report, limitBytes = SUMMARY_LIMIT_BYTES): string {
  if (report.across) return renderAcrossSummary(report, settingsLine(report), limitBytes);
  return fitSections(report, 'summary', null, utf8Bytes, limitBytes);
}

/**
 * The comment body, at most `limit` characters. Never dropped: the headline, where the runs part,
 * the numbers, the cost table, the diagnosis in a line, the drift and the link.
 */
export function renderComment(report: Report, context: CommentContext, limit = GITHUB_COMMENT_LIMIT): string {
  if (report.across) return renderAcrossComment(report, { marker: context.marker, footer: footer(report, context), settingsLine: settingsLine(report) }, limit);
  return fitSections(report, 'comment', context, (text) => text.length, limit);
}

/** The CLI's report on stdout: every section's text, in order. */
export function renderText(report: Report, width = textWidth()): string {
  if (report.across) return renderAcrossText(report, width);
  const context: TextContext = { report, views: foldViews(report), width };
  // Sections joined by flat(), never push(...lines): a spread of a hundred thousand folds' lines overflows the stack.
  return CHECK_SECTIONS.map((section) => section.text?.(context) ?? [])
    .flat()
    .join('\n')
    .concat('\n');
}
