// What explains a verdict, in the words every rendering shares: where the runs part (the
// divergence, how far it was narrowed, the work fail-fast skipped), what the determinism settings
// cost (with against without), and which of them this runner needs (the diagnosis). Sentences and
// table cells as plain text, user text (variable names, details) not escaped: markdown.ts,
// comment.ts, text.ts and explain.ts lay them out. Reports written before these fields existed
// lack them, so every part is optional. Pure.
import type { CostComparison, CostSide, DiagnosedSetting, Diagnosis, Divergence, NumbersDifference, Report, WorkDone } from '../contracts/report.js';
import type { RunResult, TraceCheckpoint } from '../contracts/run-result.js';
import type { Verdict } from '../contracts/verdict.js';
import { formatDiff } from '../comparison/compare.js';
import { numbersDeltaWords } from '../comparison/cost.js';
import { describeDivergence } from '../comparison/divergence.js';
import { controlRuns } from '../comparison/run-roles.js';
import { groupRunsByText, groupRunsByValue, groupsText } from './agreement.js';
import { distinguishingFormat, measured, seconds } from './format.js';
import { plural, withCommas } from '../util/text.js';

/** `text` as a sentence: its first letter capitalised, a full stop at its end. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return trimmed;
  const capital = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** "Runs 1 and 2 part at fold 0, epoch 2, batch 37; first in conv2d_1/kernel." */
export function divergenceSentence(divergence: Divergence): string {
  return asSentence(describeDivergence(divergence));
}

/** How the per-batch re-train went, in one sentence; null where no narrowing applied. */
export function narrowingSentence(divergence: Divergence): string | null {
  const narrowing = divergence.narrowing;
  if (!narrowing) return null;
  const retrain = `fold ${divergence.fold} re-trained in two fresh processes with a digest after every batch`;
  const lead = {
    found: divergence.batch === null ? `Narrowed down: ${retrain}` : `Narrowed to batch ${divergence.batch}: ${retrain}`,
    agreed: `Not narrowed to a batch: ${retrain} did not part, so the cause is rarer than one fold`,
    skipped: 'Not narrowed to a batch',
    failed: 'Narrowing to a batch failed',
  }[narrowing.status];
  const time = narrowing.seconds > 0 ? ` (${seconds(narrowing.seconds)})` : '';
  const detail = narrowing.detail.trim();
  return asSentence(`${lead}${time}${detail === '' ? '' : `: ${detail}`}`);
}

/** "6%" of the planned work; "<1%" for a little more than none. */
function percent(part: number, whole: number): string {
  const share = (100 * part) / whole;
  return share > 0 && share < 1 ? '<1%' : `${Math.round(share)}%`;
}

/**
 * "Fail-fast stopped the check at the first divergence: 12 of 200 fold-epochs trained (6%)." Null
 * where all the planned work ran, unless `always`, which then says so.
 */
export function workSentence(work: WorkDone | undefined, always = false): string | null {
  if (!work || work.plannedEpochs <= 0) return null;
  const share = `${withCommas(work.trainedEpochs)} of ${withCommas(work.plannedEpochs)} fold-epochs trained (${percent(work.trainedEpochs, work.plannedEpochs)})`;
  if (work.stoppedEarly) return `Fail-fast stopped the check at the first divergence: ${share}.`;
  return always ? `All the planned work ran: ${share}.` : null;
}

/** The divergence, then how it was narrowed, then the work skipped: what leads every rendering. */
export function divergenceLead(report: Pick<Report, 'divergence' | 'work'>): string[] {
  const { divergence } = report;
  if (!divergence) return [];
  return [divergenceSentence(divergence), narrowingSentence(divergence), workSentence(report.work)].filter((line): line is string => line !== null);
}

/**
 * The verdict's sentence as shown beside divergenceLead, which already says where the runs part:
 * the summary with that clause taken out, so that the sentence is read once. "Not reproducible:
 * runs 1 and 2 part at fold 1, epoch 2; fail-fast then stopped run 2, …" becomes "Not
 * reproducible: fail-fast then stopped run 2, …"; null where nothing else is left to say. The
 * summary as it is (report.json, the step's message) keeps the whole sentence.
 */
export function summaryBesideLead(report: Pick<Report, 'divergence' | 'summary'>): string | null {
  const { divergence, summary } = report;
  if (!divergence) return summary;
  // The summary was written before narrowing, which may add to the description.
  const { narrowing: _narrowing, ...unnarrowed } = divergence;
  for (const described of new Set([describeDivergence(divergence), describeDivergence(unnarrowed)])) {
    if (summary.endsWith(`: ${described}.`) && summary.indexOf(':') === summary.length - described.length - 3) return null;
    if (summary.includes(`: ${described}; `)) return summary.replace(`: ${described}; `, ': ');
    if (summary.includes(`; ${described}`)) return summary.replace(`; ${described}`, '');
    if (summary.includes(` but ${described}`)) return summary.replace(` but ${described}`, ' but the runs part');
  }
  return summary;
}

/** Where a report without a divergence says why; one line. */
export function noDivergenceLine(report: Pick<Report, 'divergence' | 'verdict'>): string {
  if (report.verdict === 'reproducible') return 'no divergence: the runs agree';
  if (report.verdict === 'error') return 'no divergence located: the check ended in an error';
  return 'no divergence located: the report does not say where the runs part (no run was traced)';
}

/** What the traces are read from: each run's number and checkpoints. */
export interface TracedRuns {
  divergence?: Divergence | null;
  runs: readonly Pick<RunResult, 'run' | 'role' | 'trace'>[];
}

/** Where in a fold a divergence is: "epoch 2, batch 37", "initialisation", "the end of epoch 2". */
function checkpointName(epoch: number, batch: number | null): string {
  if (epoch === 0) return 'initialisation';
  return batch === null ? `the end of epoch ${epoch}` : `epoch ${epoch}, batch ${batch}`;
}

/** Each variable at the point where the runs part, and which runs agree on its digest. */
export interface VariableDetail {
  /** "fold 0, the end of epoch 2". */
  where: string;
  /** How many runs had a checkpoint there. */
  runs: number;
  /** The variables whose digests differ, in the model's order, each with "run 1 | run 2". */
  differing: { variable: string; agreement: string }[];
  /** The variables every run agrees on. */
  agreeing: number;
}

/** "Which runs agree on each variable at fold 0, the end of epoch 3 (3 runs traced there)". */
export function variableDetailTitle(detail: VariableDetail): string {
  return `Which runs agree on each variable at ${detail.where} (${plural(detail.runs, 'run')} traced there)`;
}

/** "the other 4 variables: the same in every run"; null where every variable differs. */
export function variableDetailRest(detail: VariableDetail): string | null {
  if (detail.agreeing === 0) return null;
  return `${detail.differing.length > 0 ? `the other ${plural(detail.agreeing, 'variable')}` : `all ${plural(detail.agreeing, 'variable')}`}: the same in every run`;
}

/**
 * Per variable, which runs agree at the divergence, from the runs' traces: the checkpoint itself
 * where the runs recorded it, else the end of its epoch (a batch found by the re-train is not in
 * the runs' own traces). Null where no run has such a checkpoint.
 */
export function variableDetail(report: TracedRuns): VariableDetail | null {
  const divergence = report.divergence;
  if (!divergence || divergence.epoch === null) return null;
  const { fold, epoch, batch } = divergence;
  const at = (b: number | null) =>
    controlRuns(report.runs).map((run) => ({
      run: run.run,
      checkpoint: run.trace?.find((c) => c.fold === fold && c.epoch === epoch && c.batch === b) ?? null,
    }));
  let found = at(batch);
  let foundBatch = batch;
  if (batch !== null && found.every((entry) => entry.checkpoint === null)) {
    found = at(null);
    foundBatch = null;
  }
  const present = found.filter((entry) => entry.checkpoint !== null);
  if (present.length === 0) return null;
  const names = [...new Set(present.flatMap((entry) => Object.keys(entry.checkpoint!.digests)))];
  const runs = present.map((entry) => entry.run);
  const differing: VariableDetail['differing'] = [];
  let agreeing = 0;
  for (const name of names) {
    const groups = groupRunsByText(
      present.map((entry) => entry.checkpoint!.digests[name] ?? null),
      runs,
    );
    if (groups.groups.length === 1 && groups.missing.length === 0) agreeing++;
    else differing.push({ variable: name, agreement: groupsText(groups) });
  }
  return { where: `fold ${fold}, ${checkpointName(epoch, foundBatch)}`, runs: present.length, differing, agreeing };
}

/** At most this many runs' lines in a chart of the validation loss: more would be a tangle. */
export const MAX_LOSS_RUNS = 6;

/** Each drawn run's validation loss at the end of each epoch of the fold where the runs part. */
export interface LossCurves {
  fold: number;
  /** Epochs 1..epochs, the same for every run drawn. */
  epochs: number;
  series: { run: number; values: number[] }[];
  /** Runs with a validation loss in that fold; more than series.length where some are left out. */
  runsWithLoss: number;
}

/** A run's validation losses in `fold`, epoch 1 onwards, up to the first epoch without a finite one. */
function lossesOf(trace: readonly TraceCheckpoint[], fold: number): number[] {
  const byEpoch = new Map<number, number>();
  for (const checkpoint of trace) {
    if (checkpoint.fold === fold && checkpoint.batch === null && checkpoint.epoch >= 1 && typeof checkpoint.valLoss === 'number') {
      byEpoch.set(checkpoint.epoch, checkpoint.valLoss);
    }
  }
  const values: number[] = [];
  for (let epoch = 1; Number.isFinite(byEpoch.get(epoch)); epoch++) values.push(byEpoch.get(epoch)!);
  return values;
}

/**
 * The validation loss of the fold where the runs part, per run: the two runs that part first,
 * then the others in order, at most MAX_LOSS_RUNS, over the epochs all of them reached. Null where
 * there is nothing to draw: no divergence, fewer than two runs with a loss or fewer than two epochs.
 */
export function lossCurves(report: TracedRuns): LossCurves | null {
  const divergence = report.divergence;
  if (!divergence) return null;
  const [a, b] = divergence.runs;
  const rank = (run: number): number => (run === a ? 0 : run === b ? 1 : 2);
  const ordered = controlRuns(report.runs).sort((x, y) => rank(x.run) - rank(y.run) || x.run - y.run);
  const withLoss = ordered
    .map((run) => ({ run: run.run, values: run.trace ? lossesOf(run.trace, divergence.fold) : [] }))
    .filter((entry) => entry.values.length >= 2);
  const series = withLoss.slice(0, MAX_LOSS_RUNS);
  if (series.length < 2) return null;
  const epochs = Math.min(...series.map((entry) => entry.values.length));
  return {
    fold: divergence.fold,
    epochs,
    series: series.map((entry) => ({ run: entry.run, values: entry.values.slice(0, epochs) })).sort((x, y) => x.run - y.run),
    runsWithLoss: withLoss.length,
  };
}

export const LOSS_HEADER = (curves: LossCurves): string[] => ['epoch', ...curves.series.map((entry) => `run ${entry.run}`), 'runs that agree'];

/** A row per epoch: each run's loss with the digits that tell them apart, and which runs agree. */
export function lossRows(curves: LossCurves): string[][] {
  const runs = curves.series.map((entry) => entry.run);
  return Array.from({ length: curves.epochs }, (_, e) => {
    const values = curves.series.map((entry) => entry.values[e] as number);
    const format = distinguishingFormat(values);
    return [String(e + 1), ...values.map(format), groupsText(groupRunsByValue(values, runs, 0))];
  });
}

/** What the chart of the loss shows, in one line. */
export function lossLead(curves: LossCurves): string {
  const drawn = curves.series.length < curves.runsWithLoss ? ` (${curves.series.length} of the ${curves.runsWithLoss} runs with a loss)` : '';
  return `Each run's validation loss at the end of each epoch of fold ${curves.fold}, where the runs part${drawn}: the lines lie on top of each other until they split.`;
}

const VERDICT_WORDS: Record<Verdict, string> = { reproducible: 'reproducible', 'not-reproducible': 'not reproducible', error: 'error' };

export const COST_HEADER = ['', 'runs', 'verdict', 'variance', 'largest difference', 'time per run'];

function costRow(label: string, side: CostSide): string[] {
  return [label, String(side.runs), VERDICT_WORDS[side.verdict], measured(side.variance), measured(side.maxAbsDiff), seconds(side.secondsPerRun)];
}

/** The experiment's table: "with settings" and "without", side by side. */
export function costRows(cost: CostComparison): string[][] {
  return [costRow('with settings', cost.with), costRow('without', cost.without)];
}

/** "1.26×": the time per run with the settings over without. */
export function overheadRatio(cost: CostComparison): string | null {
  return cost.overhead === null || !Number.isFinite(cost.overhead) ? null : `${cost.overhead.toFixed(2)}×`;
}

export function overheadSentence(cost: CostComparison): string {
  const ratio = overheadRatio(cost);
  return ratio === null
    ? 'Overhead: not known (a side took no measurable time).'
    : `Overhead: ${ratio} (the time per run with the settings over the time without them${(cost.overhead as number) < 1 ? ': the runs with the settings were faster' : ''}).`;
}

const COST_CASE_WORDS: Record<CostComparison['case'], string> = {
  'needed-and-sufficient': 'Needed and sufficient',
  'needed-to-pin': 'Needed to pin the numbers',
  'not-needed': 'Not needed here',
  'not-sufficient': 'Not sufficient',
  inconclusive: 'Inconclusive',
};

/** Which of the four cases, and the engine's sentence why: [the case, the explanation]. */
export function costCase(cost: CostComparison): [string, string] {
  return [COST_CASE_WORDS[cost.case], asSentence(cost.explanation)];
}

/** Where the runs of each side part, where they do. */
export function costDivergences(cost: CostComparison): string[] {
  const sides: [string, CostSide][] = [
    ['with the settings', cost.with],
    ['without the settings', cost.without],
  ];
  const parts = sides.flatMap(([label, side]) => (side.divergence ? [asSentence(`${label}, ${describeDivergence(side.divergence)}`)] : []));
  // Whether the two sides gave the same numbers (reports before it do not say).
  if (cost.sameNumbers === true) parts.push('With and without the settings the numbers are the same.');
  if (cost.sameNumbers === false && cost.case !== 'needed-to-pin')
    parts.push(asSentence(`With and without the settings the numbers differ${cost.numbersDelta ? ` (${numbersDeltaWords(cost.numbersDelta)})` : ''}`));
  return parts;
}

export const DIAGNOSIS_HEADER = ['setting', 'kind', 'finding', 'time', 'where the runs part, or why not'];

const KIND_WORDS: Record<DiagnosedSetting['kind'], string> = { variable: 'variable', threads: 'threads', seeding: 'seeding' };
export const FINDING_WORDS: Record<DiagnosedSetting['finding'], string> = {
  necessary: 'necessary',
  'pins-numbers': 'needed to pin the numbers',
  'not-needed': 'not needed here',
  'not-tried': 'not tried',
  failed: 'failed',
};

/** A row per setting: name, kind, finding, the trial's time, and where its runs part (or why it was not tried). */
export function diagnosisRows(diagnosis: Diagnosis): string[][] {
  return diagnosis.settings.map((setting) => [
    setting.name,
    KIND_WORDS[setting.kind],
    FINDING_WORDS[setting.finding],
    setting.seconds === null ? '—' : seconds(setting.seconds),
    setting.finding === 'necessary' && setting.divergence
      ? describeDivergence(setting.divergence)
      : setting.finding === 'pins-numbers'
        ? pinsWords(setting.delta ?? null)
        : setting.detail,
  ]);
}

/** For a setting that pins the numbers: "the runs agree, on other numbers (Δ +1e-2: loss of fold 0, 0.29427 with every setting on, 0.30461 with it off)". */
function pinsWords(delta: NumbersDifference | null): string {
  if (delta === null) return 'the runs agree, but on other numbers than with every setting on';
  const change = delta.control === null || delta.other === null ? '' : `Δ ${formatDiff(delta.other - delta.control)}: `;
  return `the runs agree, but on other numbers (${change}${numbersDeltaWords(delta, 'with every setting on', 'with it off')})`;
}

/** "a", "a and b", "a, b and c". */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** What each trial ran, and what happened in the unpinned trial (every setting off): two sentences. */
export function unpinnedTrialSentence(diagnosis: Diagnosis): string {
  const unpinned = diagnosis.baseline;
  const time = seconds(unpinned.seconds);
  const outcome =
    unpinned.divergence !== null
      ? `${describeDivergence(unpinned.divergence)} (${time})`
      : unpinned.verdict === 'error'
        ? `the trial failed (${time})`
        : unpinned.verdict === 'reproducible' && unpinned.sameNumbers === false
          ? `the runs still agree with each other (${time}), but on other numbers than with every setting on${unpinned.delta ? ` (${numbersDeltaWords(unpinned.delta, 'with', 'without')})` : ''}`
          : unpinned.verdict === 'reproducible'
            ? `the runs still agree (${time}), so no setting is needed on this runner`
            : `the runs part (${time})`;
  return `${asSentence(`each trial: ${diagnosis.configuration}`)} ${asSentence(`with every setting off, ${outcome}`)}`;
}

/** The fastest configuration that still reproduces, with its time against all settings on; null where none was measured. */
export function fastestSentence(diagnosis: Diagnosis): string | null {
  const fastest = diagnosis.fastest;
  if (fastest === null) return null;
  const allOn = seconds(fastest.allOnSeconds);
  if (fastest.off.length === 0) return `The fastest configuration that reproduces has every setting on (${allOn}).`;
  const off = listed(fastest.off);
  if (!fastest.reproducible) {
    return `With ${off} off together the runs part (${seconds(fastest.seconds)}), though none of them alone was needed: keep every setting on (${allOn}).`;
  }
  const ratio = fastest.allOnSeconds > 0 ? ` (${(fastest.seconds / fastest.allOnSeconds).toFixed(2)}×)` : '';
  return `Fastest configuration that still reproduces: every setting on but ${off}, in ${seconds(fastest.seconds)} against ${allOn} with all of them on${ratio}.`;
}

export function budgetSentence(diagnosis: Diagnosis): string {
  return `Budget: ${seconds(diagnosis.spentSeconds)} used of ${plural(diagnosis.budgetMinutes, 'minute')}.`;
}

/** The settings by finding, in a line: "Necessary here: PYTHONHASHSEED. Not needed here: 6. Not tried: 2." */
export function findingsLine(diagnosis: Diagnosis): string {
  const named = (finding: DiagnosedSetting['finding']) => diagnosis.settings.filter((setting) => setting.finding === finding).map((setting) => setting.name);
  const necessary = named('necessary');
  const pins = named('pins-numbers');
  const parts = [necessary.length > 0 ? `Necessary here: ${necessary.join(', ')}.` : 'None is necessary here.'];
  if (pins.length > 0) parts.push(`Needed to pin the numbers: ${pins.join(', ')}.`);
  for (const finding of ['not-needed', 'not-tried', 'failed'] as const) {
    const count = named(finding).length;
    if (count > 0) parts.push(`${asSentence(FINDING_WORDS[finding]).slice(0, -1)}: ${count}.`);
  }
  return parts.join(' ');
}
