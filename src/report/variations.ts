// The variations (issue 23) in words and rows, shared by the job summary, the pull request comment
// and the CLI's text: their verdict line ("Reproducible in identical conditions; the numbers change
// when `tz` changes (…)") and the conditions table (factor, how it was varied, same / differs,
// where). Bounded in size: user text (paths in how a factor was varied, errors) is cut. Pure.
import type { AcrossComparison, AcrossLeg, LegVariations } from '../contracts/across.js';
import type { FactorOutcome, NumbersDifference, Report, VariationTrial, Variations } from '../contracts/report.js';
import { VARY_FACTORS, type VaryFactor } from '../contracts/settings.js';
import type { StepVerdict, Verdict } from '../contracts/verdict.js';
import { partingPlace } from '../comparison/divergence.js';
import { stepVerdict, variationSentence } from '../comparison/variations.js';
import { signedDelta } from './drift.js';
import { exact, inertMarkdown, markdownTable, seconds } from './format.js';
import { cut } from './shorten.js';
import { plural } from '../util/text.js';

/** User text in a cell (a path in how a factor was varied, an error) is cut to this many characters. */
const CELL_CHARS = 300;

const OUTCOME_WORD: Record<FactorOutcome['status'], string> = { same: 'same', differs: 'differs', 'not-varied': 'not varied', 'not-tried': 'not tried' };
const OUTCOME_MARK: Record<FactorOutcome['status'], string> = { same: '✅', differs: '❌', 'not-varied': '➖', 'not-tried': '➖' };

/** The step's verdict of a report: the control runs' own, or 'condition-sensitive'. */
export function reportStepVerdict(report: Pick<Report, 'verdict' | 'variations'>): StepVerdict {
  return stepVerdict(report.verdict, report.variations);
}

/** "val_loss 0.25 → 0.2698, Δ +2e-2": a metric on the control side, then the other. */
export function differenceWords(difference: NumbersDifference): string {
  const delta = difference.control === null || difference.other === null ? null : difference.other - difference.control;
  return `${cut(difference.metric, 60)} ${exact(difference.control)} → ${exact(difference.other)}, Δ ${signedDelta(delta)}`;
}

/** "val_loss 0.25 → 0.2698, Δ +2e-2": the largest metric difference of a varied run. */
function largestWords(trial: VariationTrial): string | null {
  const largest = trial.largest;
  if (largest === null) return null;
  return differenceWords(largest);
}

/** Where a factor's varied run parts from the control run, in words: "at fold 0, epoch 2: val_loss 0.25 → 0.27, Δ +2e-2". */
export function trialWhere(trial: VariationTrial): string {
  if (trial.outcome === 'failed') return `the varied run failed: ${cut(trial.error ?? 'it did not finish', CELL_CHARS)}`;
  if (trial.outcome === 'same') return '';
  const place = trial.divergence ? partingPlace(trial.divergence) : trial.largest ? `in fold ${trial.largest.fold}` : '';
  const numbers = largestWords(trial);
  const weights = trial.largest === null ? 'the final weights differ' : null;
  return [place, numbers ?? weights].filter(Boolean).join(': ');
}

function factorWhere(variations: Variations, factor: VaryFactor): string | null {
  const outcome = variations.factors.find((candidate) => candidate.factor === factor);
  const trial = outcome?.trial === null || outcome?.trial === undefined ? undefined : variations.trials[outcome.trial];
  return trial ? trialWhere(trial) || null : null;
}

/** The variations' verdict line (one sentence). */
export function variationsSentence(control: Verdict, variations: Variations): string {
  return variationSentence(control, variations, (factor) => factorWhere(variations, factor));
}

/** One row per factor asked for: factor, how it was varied (or why not), outcome, where. */
export function conditionRows(variations: Variations): { factor: string; how: string; outcome: string; mark: string; where: string }[] {
  return variations.factors.map((outcome) => {
    const together = outcome.together?.length ? ` (with ${outcome.together.join(', ')})` : '';
    const how = outcome.status === 'not-varied' || (outcome.status === 'not-tried' && !outcome.how) ? (outcome.reason ?? '') : outcome.how;
    const where =
      outcome.status === 'differs'
        ? (factorWhere(variations, outcome.factor) ?? '')
        : outcome.status === 'not-tried'
          ? (outcome.reason ?? '')
          : outcome.status === 'not-varied'
            ? ''
            : '';
    return {
      factor: outcome.factor,
      how: cut(how, CELL_CHARS),
      outcome: `${OUTCOME_WORD[outcome.status]}${together}`,
      mark: OUTCOME_MARK[outcome.status],
      where: cut(where, CELL_CHARS),
    };
  });
}

/** "7 varied runs, 12.3 s; compared with run 1". */
export function variationsCost(variations: Variations): string {
  const runs = variations.trials.length;
  if (runs === 0) return 'no varied run';
  return `${plural(runs, 'varied run')} (${seconds(variations.seconds)}), each compared with control run ${variations.controlRun ?? '—'}`;
}

/** Markdown of a sentence whose factor names are in backticks: the rest made inert, the names code again (they are our own words). */
function sentenceMarkdown(sentence: string): string {
  const factors = new RegExp(`\\\\\`(${VARY_FACTORS.join('|')})\\\\\``, 'g');
  return inertMarkdown(sentence).replace(factors, '`$1`');
}

/** The conditions section of the job summary or the comment. */
export function variationsMarkdown(control: Verdict, variations: Variations, heading: string): string[] {
  const rows = conditionRows(variations);
  return [
    `${heading} Conditions`,
    `${variations.sensitiveTo.length > 0 ? '❌' : '✅'} ${sentenceMarkdown(variationsSentence(control, variations))}`,
    markdownTable(
      ['factor', 'how it was varied', 'outcome', 'where'],
      rows.map((row) => [
        `\`${row.factor}\``,
        inertMarkdown(row.how).replaceAll('|', '\\|'),
        `${row.mark} ${row.outcome}`,
        inertMarkdown(row.where).replaceAll('|', '\\|'),
      ]),
    ),
    `_${inertMarkdown(variationsCost(variations))}. See docs/variations.md._`,
  ];
}

/** The conditions table of the CLI's text (its sentence is the report's second line): a row per factor, and the cost. */
export function variationsTextLines(variations: Variations): { rows: string[][]; cost: string } {
  return {
    rows: [
      ['factor', 'outcome', 'where, and how it was varied'],
      ...conditionRows(variations).map((row) => [row.factor, row.outcome, row.where ? `${row.where} · varied: ${row.how}` : row.how]),
    ],
    cost: variationsCost(variations),
  };
}

/** A leg's own variation results in a few words, for across' table of legs: "sensitive to tz", "same in 6 conditions". */
export function legConditionsWords(variations: LegVariations | undefined): string {
  if (!variations) return '—';
  if (variations.sensitiveTo.length > 0) return `sensitive to ${variations.sensitiveTo.join(', ')}`;
  if (variations.same.length > 0) return `same in ${plural(variations.same.length, 'varied condition')}`;
  return 'nothing varied';
}

/** Across' column of each leg's variation results: its cells, or null where no leg varied anything. */
export function legConditionsColumn(across: AcrossComparison): ((leg: AcrossLeg) => string) | null {
  return across.legs.some((leg) => leg.variations) ? (leg) => legConditionsWords(leg.variations) : null;
}
