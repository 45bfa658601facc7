// The drift against a baseline in words and rows, shared by the job summary, the pull request
// comment (driftMarkdown) and the CLI's text (report/text.ts lays the rows out): a headline, the
// settings that differ, the folds only one side has, the notes, and a row per metric that moved.
// Bounded in size whatever the report holds: the rows are capped and user text is cut. Pure.
import type { BaselineSource, Drift } from '../contracts/drift.js';
import { metricMoved } from '../comparison/drift.js';
import { distinguishingFormat, inertMarkdown, markdownTable } from './format.js';
import { cut } from './shorten.js';
import { plural, withCommas } from '../util/text.js';

/** User text in the drift section (a path, a reason, a setting's value, a metric's name) is cut to this many characters. */
const TEXT_CHARS = 300;
const METRIC_NAME_CHARS = 60;
/** Folds named in a sentence, then counted. */
const FOLDS_NAMED = 10;
/** Rows of moved metrics in the comment; the summary and the CLI show more (report.json has all). */
export const COMMENT_DRIFT_ROWS = 30;
export const SUMMARY_DRIFT_ROWS = 300;

const STATUS_WORD = { unchanged: 'Unchanged', changed: 'Changed', unavailable: 'No baseline' } as const;
const STATUS_MARK = { unchanged: '✅', changed: '⚠️', unavailable: 'ℹ️' } as const;

/** "Drift against main", or "Drift against the baseline" for a file. */
export function driftTitle(drift: Drift): string {
  return drift.source.kind === 'run' && drift.source.branch ? `Drift against ${cut(drift.source.branch, TEXT_CHARS)}` : 'Drift against the baseline';
}

/** What follows "run N": " on main at 0123456789ab (artifact tf-repro-report)". */
function runWords(source: Extract<BaselineSource, { kind: 'run' }>): string {
  const commit = source.commit ? ` at ${source.commit.slice(0, 12)}` : '';
  return ` on ${cut(source.branch ?? 'the default branch', TEXT_CHARS)}${commit} (artifact ${cut(source.artifact, TEXT_CHARS)})`;
}

/** Where the baseline came from, in words. */
export function sourceWords(source: BaselineSource): string {
  if (source.kind === 'file') return `the report ${cut(source.path, TEXT_CHARS)}`;
  return source.runId === null ? `the newest successful run${runWords({ ...source, commit: null })}` : `run ${source.runId}${runWords(source)}`;
}

function foldList(folds: readonly number[]): string {
  const named = folds.slice(0, FOLDS_NAMED).join(', ');
  return `${folds.length === 1 ? 'fold' : 'folds'} ${named}${folds.length > FOLDS_NAMED ? ` and ${folds.length - FOLDS_NAMED} more` : ''}`;
}

/** +3.5e-2, -1e-7; 0; NaN; — where a side lacks the metric. */
export function signedDelta(delta: number | null): string {
  if (delta === null) return '—';
  if (Number.isNaN(delta)) return 'NaN';
  if (!Number.isFinite(delta)) return delta > 0 ? '+Infinity' : '-Infinity';
  if (delta === 0) return '0';
  const text = Number(delta.toPrecision(2)).toExponential();
  return delta > 0 ? `+${text}` : text;
}

/**
 * What the drift found, without its status: "2 folds compared, every metric bitwise equal, and so
 * are the final weights"; "1 of 2 folds changed; most: accuracy of fold 0, -1.2e-1; the final
 * weights changed"; or why there is no baseline.
 */
export function driftFinding(drift: Drift): string {
  switch (drift.status) {
    case 'unavailable':
      return cut(drift.reason ?? 'unknown', TEXT_CHARS * 3);
    case 'unchanged': {
      const equal = drift.tolerance === 0 ? 'bitwise equal' : `within ${drift.tolerance}`;
      const weights =
        drift.weightsChanged === null
          ? ' (no weight digests to compare)'
          : drift.tolerance === 0
            ? ', and so are the final weights'
            : drift.weightsChanged
              ? '; the final weights differ'
              : ', and the final weights are equal';
      return `${withCommas(drift.comparedFolds)} ${drift.comparedFolds === 1 ? 'fold' : 'folds'} compared, every metric ${equal}${weights}`;
    }
    case 'changed': {
      const largest = drift.largest
        ? `; most: ${cut(drift.largest.metric, METRIC_NAME_CHARS)} of fold ${drift.largest.fold}, ${signedDelta(drift.largest.delta)}`
        : '';
      const weights =
        drift.weightsChanged === null
          ? 'no weight digests to compare'
          : drift.weightsChanged
            ? 'the final weights changed'
            : 'the final weights did not change';
      return `${withCommas(drift.changedFolds.length)} of ${withCommas(drift.comparedFolds)} ${drift.comparedFolds === 1 ? 'fold' : 'folds'} changed${largest}; ${weights}`;
    }
  }
}

/** The drift in one line: what a notice, the CLI and the action's log say. "Drift against main: unchanged; 2 folds compared, …". */
export function driftSentence(drift: Drift): string {
  const lead = drift.status === 'unavailable' ? 'no baseline; ' : drift.status === 'unchanged' ? 'unchanged; ' : '';
  return `${driftTitle(drift)}: ${lead}${driftFinding(drift)}.`;
}

/**
 * The lines under the headline: where the baseline came from, the settings that differ, what was
 * not compared, the notes. `escape` makes user text inert; `source` is the baseline's origin as
 * the caller renders it (a link in markdown).
 */
export function driftDetails(drift: Drift, escape: (text: string) => string = (text) => text, source = escape(sourceWords(drift.source))): string[] {
  const baseline = drift.baseline;
  const written = baseline?.createdAt ? `, written ${baseline.createdAt}${baseline.toolVersion ? ` by tf-repro ${cut(baseline.toolVersion, 40)}` : ''}` : '';
  const lines = [`Baseline: ${source}${escape(written)}.`];
  if (drift.settingsDiffer.length > 0) {
    const differences = drift.settingsDiffer.map((d) => `${d.name} ${cut(d.baseline, TEXT_CHARS)} → ${cut(d.current, TEXT_CHARS)}`).join(', ');
    lines.push(escape(`The settings differ from the baseline's (${differences}): its numbers are expected to differ, and the folds are compared anyway.`));
  }
  const notCompared = [
    ...(drift.onlyInBaseline.length > 0 ? [`${foldList(drift.onlyInBaseline)} only in the baseline`] : []),
    ...(drift.onlyInCurrent.length > 0 ? [`${foldList(drift.onlyInCurrent)} only in this check`] : []),
  ];
  if (notCompared.length > 0) lines.push(escape(`Not compared: ${notCompared.join('; ')}.`));
  lines.push(...drift.notes.map((note) => escape(`Note: ${cut(note, TEXT_CHARS)}.`)));
  return lines;
}

/** One row of the moved metrics: fold, metric (null: the weights' digests), the baseline's value, this check's, the change. */
export interface DriftRow {
  fold: number;
  metric: string | null;
  baseline: string;
  current: string;
  delta: string;
}

/** A row per metric that moved beyond tolerance (or that one side lacks), and per fold whose weights changed: the first `limit`, and how many there are. */
export function driftRows(drift: Drift, limit: number): { rows: DriftRow[]; total: number } {
  const rows: DriftRow[] = [];
  let total = 0;
  for (const fold of drift.changedFolds) {
    for (const [name, metric] of Object.entries(fold.metrics)) {
      if (!metricMoved(metric, drift.tolerance)) continue;
      total++;
      if (rows.length >= limit) continue;
      const format = distinguishingFormat([metric.baseline, metric.current]);
      rows.push({
        fold: fold.fold,
        metric: cut(name, METRIC_NAME_CHARS),
        baseline: format(metric.baseline),
        current: format(metric.current),
        delta: signedDelta(metric.delta),
      });
    }
    if (fold.weightsChanged) {
      total++;
      if (rows.length < limit) rows.push({ fold: fold.fold, metric: null, baseline: 'changed', current: '', delta: '' });
    }
  }
  return { rows, total };
}

/** A run's link in markdown: its text escaped, its address (the API's html_url) without anything that ends the link. */
const markdownLink = (text: string, url: string): string => `[${inertMarkdown(text)}](${encodeURI(url).replace(/\(/g, '%28').replace(/\)/g, '%29')})`;

/** The baseline's origin in markdown, the run a link to it. */
function sourceMarkdown(source: BaselineSource): string {
  if (source.kind !== 'run' || source.runId === null || source.url === null) return inertMarkdown(sourceWords(source));
  return `${markdownLink(`run ${source.runId}`, source.url)}${inertMarkdown(runWords(source))}`;
}

/** The drift section of the job summary or the comment: heading, headline, details, and the moved metrics' table (at most `maxRows` rows). */
export function driftMarkdown(drift: Drift, heading: string, maxRows: number): string[] {
  const { rows, total } = driftRows(drift, maxRows);
  const more = total - rows.length;
  const table =
    rows.length === 0
      ? []
      : [
          markdownTable(
            ['fold', 'metric', 'baseline', 'this check', 'change'],
            rows.map((row) => [String(row.fold), row.metric === null ? '_weights_' : inertMarkdown(row.metric), row.baseline, row.current, row.delta]),
          ),
          ...(more > 0 ? [`_${plural(more, 'more row')} in report.json (\`drift.changedFolds\`)._`] : []),
        ];
  return [
    `${heading} ${inertMarkdown(driftTitle(drift))}`,
    `${STATUS_MARK[drift.status]} **${STATUS_WORD[drift.status]}:** ${inertMarkdown(driftFinding(drift))}.`,
    driftDetails(drift, inertMarkdown, sourceMarkdown(drift.source))
      .map((line) => `- ${line}`)
      .join('\n'),
    ...table,
  ];
}
