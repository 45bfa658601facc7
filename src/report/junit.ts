// The verdict as JUnit XML, in the Jenkins/Surefire form that test reporters read (Jenkins, GitLab,
// dorny/test-reporter): a testcase per fold, per fold across legs, and per leg; a fold whose runs
// differ is a <failure> carrying the divergence sentence and each run's values; a check that could
// not run is one <error>. Validated against the Jenkins JUnit schema in the tests. Pure.
import type { Drift } from '../contracts/drift.js';
import type { Report, Variations } from '../contracts/report.js';
import { foldViews } from './fold-view.js';
import { divergenceSentence, workSentence } from './findings.js';
import { driftSentence } from './drift.js';
import { reportStepVerdict } from './variations.js';

/** A failure's message attribute: a line, as reporters show it in a list. */
const MESSAGE_CHARS = 1_000;
/** A failure's body: the values, enough for any fold of a real check. */
const BODY_CHARS = 20_000;

interface TestCase {
  name: string;
  classname: string;
  time?: number;
  outcome?: { kind: 'failure' | 'error' | 'skipped'; message: string; type?: string; body?: string };
}

/** XML 1.0 allows neither most control characters nor lone surrogates: user text may hold both. */
function xmlText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are what it replaces
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}

const attribute = (text: string): string => xmlText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');

const cut = (text: string, chars: number): string => (text.length <= chars ? text : `${text.slice(0, chars - 1)}…`);

function testCaseXml(test: TestCase): string {
  const time = test.time === undefined ? '' : ` time="${test.time.toFixed(3)}"`;
  const open = `    <testcase name="${attribute(test.name)}" classname="${attribute(test.classname)}"${time}`;
  const outcome = test.outcome;
  if (!outcome) return `${open}/>`;
  if (outcome.kind === 'skipped') return `${open}>\n      <skipped>${xmlText(cut(outcome.message, MESSAGE_CHARS))}</skipped>\n    </testcase>`;
  const type = outcome.type ? ` type="${attribute(outcome.type)}"` : '';
  const body = outcome.body ? xmlText(cut(outcome.body, BODY_CHARS)) : '';
  return `${open}>\n      <${outcome.kind} message="${attribute(cut(outcome.message, MESSAGE_CHARS))}"${type}>${body}</${outcome.kind}>\n    </testcase>`;
}

/** The per-fold testcases of a check: one per compared fold, and the folds fail-fast left unfinished as skipped. */
function foldCases(report: Report, classname: string): TestCase[] {
  const views = new Map(foldViews(report).map((view) => [view.fold, view]));
  const cases: TestCase[] = report.comparison.folds.map((fold) => {
    const seconds = report.runs.map((run) => run.folds.find((result) => result.fold === fold.fold)?.trainSeconds ?? null);
    const time = seconds.every((value) => value !== null) ? seconds.reduce((sum, value) => sum + value, 0) : undefined;
    if (fold.matches) return { name: `fold ${fold.fold}`, classname, time };
    const view = views.get(fold.fold);
    const lines = (view?.rows ?? [])
      .filter((row) => row.mark === 'mismatch')
      .map((row) =>
        row.metric === null
          ? `weights: ${row.value} (${row.agreement})`
          : `${row.metric}: ${row.value}, largest difference ${row.maxAbsDiff} (${row.agreement})`,
      );
    const runs = report.runs.map((run) => run.run);
    const perRun = (view?.perRun ?? [])
      .map((values, index) =>
        values.length === 0 ? null : `${report.comparison.metricNames[index]} by run: ${values.map((value, at) => `run ${runs[at]} ${value}`).join(', ')}`,
      )
      .filter((line) => line !== null);
    const divergence = report.divergence && report.divergence.fold === fold.fold ? divergenceSentence(report.divergence) : null;
    const message = divergence ?? `Fold ${fold.fold} differs across runs: ${lines[0] ?? 'its results differ'}.`;
    return {
      name: `fold ${fold.fold}`,
      classname,
      time,
      outcome: { kind: 'failure', type: 'not-reproducible', message, body: [...lines, ...perRun].join('\n') },
    };
  });
  // Folds the check planned but did not compare: fail-fast stopped the runs first.
  const planned = report.shard?.folds ?? (report.command ? [] : Array.from({ length: Number(report.settings.folds ?? 0) }, (_, fold) => fold));
  const compared = new Set(report.comparison.folds.map((fold) => fold.fold));
  const why = workSentence(report.work) ?? 'Not compared: not every run finished this fold.';
  for (const fold of planned) if (!compared.has(fold)) cases.push({ name: `fold ${fold}`, classname, outcome: { kind: 'skipped', message: why } });
  return cases;
}

/** `across`: per fold, do the legs agree; per leg, is it reproducible within its runner. */
function acrossCases(report: Report, classname: string): TestCase[] {
  const across = report.across!;
  const label = (leg: number): string => across.legs[leg - 1]?.label ?? `leg ${leg}`;
  const legCases: TestCase[] = across.legs.map((leg) => ({
    name: `${leg.label}: reproducible within its runner`,
    classname,
    time: leg.durationSeconds,
    outcome: leg.verdict === 'reproducible' ? undefined : { kind: leg.verdict === 'error' ? 'error' : 'failure', type: leg.verdict, message: leg.summary },
  }));
  const foldCases: TestCase[] = across.folds.map((fold) => {
    const groups = fold.groups.map((group) => group.map(label).join(', '));
    const missing = fold.missing.length > 0 ? [`no result from ${fold.missing.map(label).join(', ')}`] : [];
    return {
      name: `fold ${fold.fold} across runners`,
      classname,
      outcome: fold.identical
        ? undefined
        : {
            kind: 'failure',
            type: 'differs-across-runners',
            message: `Fold ${fold.fold} differs across runners: ${groups.map((group) => `[${group}]`).join(' vs ')}${missing.length > 0 ? `; ${missing[0]}` : ''}.`,
            body: [
              ...groups.map((group, index) => `group ${index + 1}: ${group}`),
              ...missing,
              ...(across.differingFields.length > 0 ? [`environments differ in: ${across.differingFields.join(', ')}`] : []),
            ].join('\n'),
          },
    };
  });
  return [...legCases, ...foldCases];
}

/** `vary`: a testcase per factor, failing where varying it changed the numbers (under fail-on-variation). */
function variationCases(variations: Variations, classname: string): TestCase[] {
  return variations.factors.map((outcome) => {
    const name = `the same numbers when ${outcome.factor} varies`;
    if (outcome.status === 'not-varied' || outcome.status === 'not-tried') {
      return {
        name,
        classname,
        outcome: {
          kind: 'skipped',
          message: `${outcome.factor} ${outcome.status === 'not-varied' ? 'not varied' : 'not tried'}: ${outcome.reason ?? outcome.how}`,
        },
      };
    }
    if (outcome.status !== 'differs') return { name, classname };
    const trial = outcome.trial === null ? null : (variations.trials[outcome.trial] ?? null);
    const together = outcome.together?.length ? ` (together with ${outcome.together.join(', ')})` : '';
    const where = trial?.divergence ? `: ${divergenceSentence(trial.divergence)}` : '.';
    return {
      name,
      classname,
      outcome: {
        kind: variations.failOnVariation ? 'failure' : 'skipped',
        type: 'condition-sensitive',
        message: `The numbers change when ${outcome.factor} changes${together} (${outcome.how})${where}`,
        body: trial?.maxAbsDiff == null ? '' : `largest difference from control run ${variations.controlRun ?? ''}: ${trial.maxAbsDiff}`,
      },
    };
  });
}

/** The drift against a baseline: a failure only where it fails the step (fail-on-drift). */
function driftCase(drift: Drift, failOnDrift: boolean, classname: string): TestCase {
  const name = 'drift against the baseline';
  if (drift.status === 'unavailable')
    return { name, classname, outcome: { kind: 'skipped', message: `No baseline compared: ${drift.reason ?? 'none could be read'}` } };
  if (drift.status === 'changed' && failOnDrift) return { name, classname, outcome: { kind: 'failure', type: 'drift', message: driftSentence(drift) } };
  return { name, classname };
}

/** The check could not run, or not to its end: its errors, the first as the message. */
function errorCase(classname: string, errors: readonly string[], fallback: string): TestCase {
  return {
    name: 'the check ran',
    classname,
    outcome: { kind: 'error', type: 'error', message: errors[0]?.split('\n')[0] ?? fallback, body: errors.join('\n') },
  };
}

/** One suite of testcases as a whole document, with its counts. */
function junitDocument(
  name: string,
  cases: readonly TestCase[],
  properties: readonly [string, string][],
  run?: { seconds: number; timestamp: string },
): string {
  const count = (kind: string): number => cases.filter((test) => test.outcome?.kind === kind).length;
  const time = run ? ` time="${run.seconds.toFixed(3)}"` : '';
  const timestamp = run ? ` timestamp="${attribute(run.timestamp)}"` : '';
  const totals = `tests="${cases.length}" failures="${count('failure')}" errors="${count('error')}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="tf-repro" ${totals}${time}>`,
    `  <testsuite name="${attribute(name)}" ${totals} skipped="${count('skipped')}"${time}${timestamp}>`,
    ...(properties.length === 0
      ? []
      : [
          '    <properties>',
          ...properties.map(([key, value]) => `      <property name="${attribute(key)}" value="${attribute(cut(value, MESSAGE_CHARS))}"/>`),
          '    </properties>',
        ]),
    ...cases.map(testCaseXml),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** The report as a JUnit XML document. */
export function renderJunit(report: Report): string {
  const name = report.across ? 'tf-repro across' : report.label ? `tf-repro: ${report.label}` : 'tf-repro';
  const classname = `tf-repro.${report.label ?? (report.command ? 'command' : 'check')}`;
  const cases = [
    ...(report.across ? acrossCases(report, classname) : foldCases(report, classname)),
    ...(report.variations ? variationCases(report.variations, classname) : []),
    ...(report.drift ? [driftCase(report.drift, report.settings.failOnDrift === true, classname)] : []),
    ...(report.verdict === 'error' ? [errorCase(classname, report.errors, report.summary)] : []),
  ];
  const properties: [string, string][] = [
    ['verdict', reportStepVerdict(report)],
    ['summary', report.summary],
    ['tool', `${report.tool.name} ${report.tool.version}`],
    ...(report.runs.length > 0 && !report.across ? [['runs', String(report.runs.length)] as [string, string]] : []),
    ['tolerance', String(report.comparison.tolerance)],
  ];
  return junitDocument(name, cases, properties, { seconds: report.durationSeconds, timestamp: report.createdAt });
}

/** A check that stopped before it had a report (a bad input): one testcase with the error. */
export function renderJunitError(message: string): string {
  return junitDocument('tf-repro', [errorCase('tf-repro.check', [message], message)], []);
}
