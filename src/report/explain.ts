// `tf-repro explain REPORT.json`: the story of a saved report in plain text that fits the
// terminal. Where the runs part (the sentence, how far it was narrowed, the work fail-fast
// skipped, which runs agree on each variable there, the validation loss of that fold), what the
// determinism settings cost, and which of them this runner needs; a line for each the report
// lacks, saying how to get it. Pure: a report in, text out.
import type { Report } from '../contracts/report.js';
import {
  lossCurves,
  noDivergenceLine,
  summaryBesideLead,
  variableDetail,
  variableDetailRest,
  variableDetailTitle,
  workSentence,
  type TracedRuns,
  type VariableDetail,
} from './findings.js';
import { alignedTable, costText, diagnosisText, divergenceText, indented, lossText, wrap } from './text.js';

/** What explain reads of a report: what `report/saved-report.ts` checks in a saved one. */
export type ExplainedReport = Pick<Report, 'verdict' | 'summary' | 'divergence' | 'work' | 'cost' | 'diagnosis'> & TracedRuns;

/** Which runs agree on each variable where the runs part: a row for each that differs, a count for the rest. */
function variableLines(detail: VariableDetail, width: number): string[] {
  const lines = indented(`${variableDetailTitle(detail)}:`, width);
  const rows = detail.differing.map(({ variable, agreement }) => [variable, agreement]);
  if (rows.length > 0) lines.push(...alignedTable([['variable', 'runs that agree'], ...rows], width, '    '));
  const rest = variableDetailRest(detail);
  if (rest !== null) lines.push(...indented(rest, width, '    '));
  return lines;
}

function divergenceStory(report: ExplainedReport, width: number): string[] {
  const divergence = report.divergence;
  if (!divergence) return [noDivergenceLine(report)];
  const lines = ['Where the runs part:', ...divergenceText({ ...report, work: undefined }, width - 2).map((line) => `  ${line}`)];
  const work = workSentence(report.work, true);
  if (work !== null) lines.push(...indented(work, width));
  const detail = variableDetail(report);
  if (detail !== null) lines.push(...variableLines(detail, width));
  else if (divergence.variables.length > 0) lines.push(...indented(`The variables that differ there: ${divergence.variables.join(', ')}.`, width));
  const curves = lossCurves(report);
  if (curves !== null) lines.push(...lossText(curves, width - 2).map((line) => `  ${line}`));
  return lines;
}

export function renderExplain(report: ExplainedReport, width: number): string {
  const sections = [
    // The verdict's sentence stays one line, as in tf-repro run's text.
    [summaryBesideLead(report) ?? `${report.summary.split(':')[0] as string}.`],
    divergenceStory(report, width),
    report.cost ? costText(report.cost, width) : wrap('no cost table: run with --compare-nondeterministic', width),
    report.diagnosis ? diagnosisText(report.diagnosis, width) : wrap('no diagnosis: run tf-repro diagnose', width),
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
