// The parts of the job summary and the comment that explain a verdict (findings.ts says them in
// words): where the runs part, first; the validation loss of that fold as a chart and a table;
// the cost of the determinism settings; the diagnosis. Each is absent where the report lacks it.
// Pure: a report in, markdown out.
import type { CostComparison, Diagnosis, Report } from '../contracts/report.js';
import { costChart, lossChart } from './charts.js';
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
  lossCurves,
  lossLead,
  lossRows,
  overheadSentence,
  unpinnedTrialSentence,
  variableDetail,
  variableDetailRest,
  variableDetailTitle,
  type LossCurves,
} from './findings.js';
import { inertMarkdown, markdownTable } from './format.js';
import { plural } from '../util/text.js';
import { ALL_NOTES, type Shape } from './shorten.js';

const inertRows = (rows: string[][]): string[][] => rows.map((row) => row.map(inertMarkdown));

export const folded = (title: string, body: string): string => ['<details>', `<summary>${title}</summary>`, '', body, '', '</details>'].join('\n');

/** The divergence in bold, then how it was narrowed and the work fail-fast skipped; empty without one. */
export function divergenceLeadMarkdown(report: Report): string[] {
  const [first, ...rest] = divergenceLead(report).map(inertMarkdown);
  return first === undefined ? [] : [`**${first}**`, ...(rest.length > 0 ? [rest.join(' ')] : [])];
}

/**
 * Which runs agree on each variable where the runs part, as `tf-repro explain` prints it
 * (findings.ts variableDetail), folded in a <details>: a row per variable that differs, a line for
 * the rest. Empty where the runs' traces have no checkpoint there.
 */
export function variablesSection(report: Report): string[] {
  const detail = variableDetail(report);
  if (detail === null) return [];
  // The title holds no user text (a fold, an epoch, a count): as it is, since <summary> is HTML.
  const title = variableDetailTitle(detail);
  const rows = detail.differing.map(({ variable, agreement }) => [inertMarkdown(variable), inertMarkdown(agreement)]);
  const rest = variableDetailRest(detail);
  const body = [...(rows.length > 0 ? [markdownTable(['variable', 'runs that agree'], rows)] : []), ...(rest === null ? [] : [`_${inertMarkdown(rest)}_`])];
  return [folded(title, body.join('\n\n'))];
}

/** Whether the report has a chart to draw: what a shortened rendering would leave out. */
export function hasCharts(report: Report): boolean {
  const curves = lossCurves(report);
  return (curves !== null && lossChart(curves) !== null) || (report.cost !== undefined && costChart(report.cost) !== null);
}

export function lossTable(curves: LossCurves): string {
  return markdownTable(LOSS_HEADER(curves), inertRows(lossRows(curves)));
}

/**
 * The validation loss of the fold where the runs part: a lead line, the chart and, for readers
 * whose viewer draws no Mermaid, the same numbers as a table (folded where `foldTable`). Empty
 * where there is nothing to draw.
 */
export function lossSection(report: Report, heading: string | null, foldTable: boolean): string[] {
  const curves = lossCurves(report);
  const chart = curves === null ? null : lossChart(curves);
  if (curves === null || chart === null) return [];
  const table = lossTable(curves);
  return [
    ...(heading === null ? [] : [`${heading} Validation loss in fold ${curves.fold}`]),
    `_${inertMarkdown(lossLead(curves))}_`,
    chart,
    foldTable ? folded('The validation loss as numbers', table) : table,
  ];
}

/** The overhead and the case in words, under the table. */
function costWords(cost: CostComparison): string[] {
  const [label, explanation] = costCase(cost);
  return [
    inertMarkdown(overheadSentence(cost)),
    `**${label}.** ${inertMarkdown(explanation)}`,
    ...(costDivergences(cost).length > 0 ? [costDivergences(cost).map(inertMarkdown).join(' ')] : []),
  ];
}

/** The experiment's table, with and without the settings, the overhead and the case; the bars where `chart`. */
export function costSection(cost: CostComparison, heading: string, chart: boolean): string[] {
  const bars = chart ? costChart(cost) : null;
  return [heading, markdownTable(COST_HEADER, inertRows(costRows(cost))), ...costWords(cost), ...(bars === null ? [] : [bars])];
}

function diagnosisTable(diagnosis: Diagnosis): string {
  return markdownTable(DIAGNOSIS_HEADER, inertRows(diagnosisRows(diagnosis)));
}

const noteList = (notes: readonly string[]): string[] => (notes.length === 0 ? [] : [notes.map((note) => `- ${inertMarkdown(note)}`).join('\n')]);

/**
 * The job summary's diagnosis: the findings in a line, then, where `table`, the unpinned trial and a row
 * per setting; the fastest configuration and the budget; where `table`, what it could not try.
 */
export function diagnosisSection(diagnosis: Diagnosis, heading: string, table: boolean): string[] {
  const fastest = fastestSentence(diagnosis);
  return [
    heading,
    inertMarkdown(findingsLine(diagnosis)),
    ...(table ? [inertMarkdown(unpinnedTrialSentence(diagnosis)), diagnosisTable(diagnosis)] : []),
    ...(fastest === null ? [] : [inertMarkdown(fastest)]),
    inertMarkdown(budgetSentence(diagnosis)),
    ...(table ? noteList(diagnosis.notes) : []),
  ];
}

/** The comment's: the findings in a line, the fastest configuration and the budget; the table and notes folded where `table`. */
export function compactDiagnosis(diagnosis: Diagnosis, table: boolean): string[] {
  const fastest = fastestSentence(diagnosis);
  const body = [inertMarkdown(unpinnedTrialSentence(diagnosis)), diagnosisTable(diagnosis), ...noteList(diagnosis.notes)].join('\n\n');
  return [
    `**Diagnosis:** ${inertMarkdown(findingsLine(diagnosis))}`,
    [fastest, budgetSentence(diagnosis)]
      .filter((line): line is string => line !== null)
      .map(inertMarkdown)
      .join(' '),
    ...(table ? [folded(`Each setting switched off in turn (${plural(diagnosis.settings.length, 'setting')})`, body)] : []),
  ];
}

/** Everything a summary or comment of `report` can show, before any of it is dropped to fit: `details` folds each run's values in. */
export function fullShape(report: Report, details: boolean): Shape {
  return {
    foldRows: report.comparison.folds.length,
    environment: true,
    settings: true,
    details,
    notes: ALL_NOTES,
    summaryChars: Infinity,
    charts: hasCharts(report),
    diagnosisTable: report.diagnosis !== undefined,
    // The job summary's own (issue 22): the comment stays short.
    variables: details && variableDetail(report) !== null,
  };
}
