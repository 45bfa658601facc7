// The pure parts of variations (issue 23): the `vary` input, how each factor is varied on a runner
// with given facts (or why not), the search that names the factors with as few runs as it can,
// and what the outcome means for the step's verdict and its sentence; and part 4, whether two
// sides gave the same numbers (the cost table's "needed to pin the numbers").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FactorOutcome, Variations } from '../../src/contracts/report.js';
import type { RunResult } from '../../src/contracts/run-result.js';
import { VARY_FACTORS, type VaryFactor } from '../../src/contracts/settings.js';
import { compareRuns } from '../../src/comparison/compare.js';
import { costComparison, costSide } from '../../src/comparison/cost.js';
import { numbersAgainst } from '../../src/comparison/pinning.js';
import { costDivergences } from '../../src/report/findings.js';
import {
  cpuListText,
  cpusForSlot,
  findSensitiveFactors,
  parseCpuList,
  planFactors,
  sensitiveFactors,
  skipReason,
  stepVerdict,
  variationSentence,
  type TrialResult,
  type VariationFacts,
} from '../../src/comparison/variations.js';
import { parseVary } from '../../src/inputs/vary.js';
import { parseSettings } from '../../src/inputs/settings.js';
import { actionInputLabel } from '../../src/inputs/setting-names.js';

const parse = (vary: string, fail = '') => parseVary(vary, fail, "input 'vary'", "input 'fail-on-variation'");

test('vary: all, a list (commas, spaces or lines), or nothing; fail-on-variation defaults to true with vary', () => {
  assert.deepEqual(parse('all'), { factors: [...VARY_FACTORS], failOnVariation: true, errors: [] });
  assert.deepEqual(parse('tz, locale\ncpus'), { factors: ['tz', 'locale', 'cpus'], failOnVariation: true, errors: [] });
  // In VARY_FACTORS order, each once.
  assert.deepEqual(parse('threads tz tz').factors, ['tz', 'threads']);
  assert.deepEqual(parse(''), { factors: [], failOnVariation: false, errors: [] });
  assert.equal(parse('tz', 'false').failOnVariation, false);
  assert.equal(parse('tz', 'TRUE').failOnVariation, true);
});

test('a bad vary or fail-on-variation is one line naming the input and the allowed values', () => {
  const unknown = parse('tz, timezone, gpu');
  assert.deepEqual(unknown.errors, [
    "input 'vary' must be all or a list of path, tz, locale, env, umask, file-order, cpus, threads; 'timezone', 'gpu' are not one",
  ]);
  assert.match(parse('all, tz').errors[0]!, /input 'vary' is 'all' or a list of factors, not both/);
  assert.match(parse('tz', 'maybe').errors[0]!, /input 'fail-on-variation' must be true or false, got 'maybe'/);
});

test('settings: vary is refused with shard and with across, each in one clear line', () => {
  const sharded = parseSettings({ vary: 'all', shard: '1/2' }, actionInputLabel);
  assert.equal(sharded.ok, false);
  assert.match(sharded.ok ? '' : sharded.error, /input 'vary' does not apply with input 'shard'/);
  const across = parseSettings({ vary: 'tz', across: 'legs/*/report.json' }, actionInputLabel);
  assert.match(across.ok ? '' : across.error, /input 'across' compares the reports .* so input 'vary' does not apply/);
  const fine = parseSettings({ vary: 'tz,cpus', 'fail-on-variation': 'false' }, actionInputLabel);
  assert.ok(fine.ok);
  assert.deepEqual(fine.value.vary, ['tz', 'cpus']);
  assert.equal(fine.value.failOnVariation, false);
  const none = parseSettings({}, actionInputLabel);
  assert.ok(none.ok && none.value.vary === undefined);
});

test('processes side by side in a varied run each see fewer CPUs, but not all the same ones', () => {
  assert.deepEqual(cpusForSlot([0], [0, 1], 0), [0]);
  assert.deepEqual(cpusForSlot([0], [0, 1], 1), [1]);
  assert.deepEqual(cpusForSlot([0], [0, 1], 2), [0]);
  assert.deepEqual(cpusForSlot([0, 1], [0, 1, 2, 3, 4], 1), [2, 3]);
  assert.deepEqual(cpusForSlot([0, 1], [0, 1, 2, 3, 4], 2), [0, 4]);
});

test('CPU lists as /proc writes them and taskset reads them', () => {
  assert.deepEqual(parseCpuList('0-3,6'), [0, 1, 2, 3, 6]);
  assert.deepEqual(parseCpuList('1'), [1]);
  assert.equal(parseCpuList('a-b'), null);
  assert.equal(parseCpuList('3-1'), null);
  assert.equal(cpuListText([0, 1, 2, 3, 6]), '0-3,6');
  assert.equal(cpuListText([5]), '5');
});

const commandFacts: VariationFacts = {
  kind: 'command',
  framework: 'none',
  controlEnvironment: { LANG: 'C.UTF-8', PATH: '/usr/bin' },
  presetThreadVariables: [],
  pathCopy: { ok: true },
  zoneinfo: true,
  locales: ['C', 'C.utf8', 'POSIX', 'de_DE.utf8'],
  umask: 0o022,
  allowedCpus: [0, 1],
  taskset: true,
  pythonShim: '/opt/tf-repro/python/shims/conditions',
};

test('every factor has a way to vary it on a well-equipped runner, in words and as an application', () => {
  const plans = planFactors([...VARY_FACTORS], commandFacts);
  assert.deepEqual(
    plans.map((plan) => [plan.factor, plan.ok]),
    VARY_FACTORS.map((factor) => [factor, true]),
  );
  const byFactor = Object.fromEntries(plans.map((plan) => [plan.factor, plan]));
  assert.deepEqual(byFactor.tz?.ok && byFactor.tz.application, { factor: 'tz', variables: { TZ: 'Asia/Kathmandu' } });
  assert.deepEqual(byFactor.locale?.ok && byFactor.locale.application, { factor: 'locale', variables: { LC_ALL: 'de_DE.utf8', LANG: 'de_DE.utf8' } });
  assert.deepEqual(byFactor.umask?.ok && byFactor.umask.application, { factor: 'umask', umask: 0o077 });
  // On a 2-core machine, 1 CPU.
  assert.deepEqual(byFactor.cpus?.ok && byFactor.cpus.application, { factor: 'cpus', cpus: [0], allowed: [0, 1] });
  // Unset thread variables mean one thread per CPU (2 here): the varied run gets 1.
  assert.deepEqual(byFactor.threads?.ok && byFactor.threads.application, {
    factor: 'threads',
    variables: { OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', TF_NUM_INTRAOP_THREADS: '1', TF_NUM_INTEROP_THREADS: '1' },
  });
  assert.match(byFactor.umask?.ok ? byFactor.umask.how : '', /umask 077 \(the control runs: 022\)/);
});

test('the varied value always differs from the control runs', () => {
  const plans = planFactors(['tz', 'umask', 'threads', 'locale'], {
    ...commandFacts,
    controlEnvironment: { TZ: 'Asia/Kathmandu', LC_ALL: 'de_DE.UTF-8', OMP_NUM_THREADS: '1' },
    umask: 0o077,
    locales: ['de_DE.utf8', 'fr_FR.utf8'],
  });
  const application = (factor: VaryFactor) => {
    const plan = plans.find((candidate) => candidate.factor === factor);
    return plan?.ok ? plan.application : null;
  };
  assert.deepEqual(application('tz'), { factor: 'tz', variables: { TZ: 'America/St_Johns' } });
  assert.deepEqual(application('umask'), { factor: 'umask', umask: 0o022 });
  assert.deepEqual(application('locale'), { factor: 'locale', variables: { LC_ALL: 'fr_FR.utf8', LANG: 'fr_FR.utf8' } });
  const threads = application('threads');
  assert.equal(threads?.factor === 'threads' ? threads.variables.OMP_NUM_THREADS : null, '2');
  // Without zoneinfo, a POSIX TZ string glibc reads.
  const posix = planFactors(['tz'], { ...commandFacts, zoneinfo: false })[0];
  assert.deepEqual(posix?.ok && posix.application, { factor: 'tz', variables: { TZ: '<+0545>-5:45' } });
});

test('a factor that cannot be varied is listed with the reason, never left out', () => {
  const plans = planFactors([...VARY_FACTORS], {
    ...commandFacts,
    framework: 'pytorch',
    presetThreadVariables: ['OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'TF_NUM_INTRAOP_THREADS', 'TF_NUM_INTEROP_THREADS'],
    pathCopy: { ok: false, reason: 'the working directory /w holds more than 20,000 files' },
    locales: ['C', 'C.utf8', 'POSIX'],
    umask: null,
    allowedCpus: [0],
    pythonShim: null,
  });
  const reasons = Object.fromEntries(plans.map((plan) => [plan.factor, plan.ok ? null : plan.reason]));
  assert.equal(plans.length, VARY_FACTORS.length);
  assert.match(reasons.path!, /20,000 files/);
  assert.match(
    reasons.locale!,
    /no locale with other conventions than the control runs' C.UTF-8 is installed \(locale -a lists C, C.utf8, POSIX\).*locale-gen de_DE.UTF-8/,
  );
  assert.match(reasons.umask!, /umask is unknown/);
  assert.match(reasons.cpus!, /only one CPU \(0\)/);
  assert.match(reasons['file-order']!, /shim .* is missing/);
  assert.match(reasons.threads!, /pytorch preset pins every thread variable/);
  assert.equal(reasons.tz, null);
  assert.equal(reasons.env, null);
  const noTaskset = planFactors(['cpus'], { ...commandFacts, taskset: false })[0];
  assert.match(noTaskset?.ok ? '' : noTaskset!.reason, /taskset.*util-linux.*not installed/);
});

test('the default workload: threads are pinned by the threads input, and it lists no directory', () => {
  const plans = planFactors([...VARY_FACTORS], { ...commandFacts, kind: 'training', framework: null });
  const notVaried = plans.filter((plan) => !plan.ok).map((plan) => plan.factor);
  assert.deepEqual(notVaried, ['file-order', 'threads']);
  const path = plans.find((plan) => plan.factor === 'path');
  assert.match(path?.ok ? path.how : '', /training processes run in another working directory/);
});

/** A runner whose numbers move when `sensitive` factors are varied; `together` only when all of them are. */
function oracle(sensitive: VaryFactor[], together: VaryFactor[] = []): { test: (factors: VaryFactor[]) => Promise<TrialResult>; calls: VaryFactor[][] } {
  const calls: VaryFactor[][] = [];
  return {
    calls,
    test: async (factors) => {
      calls.push(factors);
      const alone = factors.some((factor) => sensitive.includes(factor));
      const jointly = together.length > 0 && together.every((factor) => factors.includes(factor));
      return alone || jointly ? 'differs' : 'same';
    },
  };
}

const ALL = [...VARY_FACTORS];

test('nothing sensitive: one varied run, every factor at once', async () => {
  const { test: run, calls } = oracle([]);
  const result = await findSensitiveFactors(ALL, run);
  assert.deepEqual(calls, [ALL]);
  assert.ok([...result.findings.values()].every((finding) => finding.status === 'same' && finding.trial === 0));
});

test('one sensitive factor is named alone, with a run of its own, in few runs wherever it is', async () => {
  for (const factor of ALL) {
    const { test: run, calls } = oracle([factor]);
    const result = await findSensitiveFactors(ALL, run);
    const differs = [...result.findings].filter(([, finding]) => finding.status === 'differs').map(([name]) => name);
    assert.deepEqual(differs, [factor], `${factor}`);
    const trial = result.findings.get(factor)!.trial;
    assert.deepEqual(result.trials[trial]!.factors, [factor], `${factor} has a run of its own`);
    assert.ok(calls.length <= 7, `${factor}: ${calls.length} runs`);
    // Every factor has a finding: none is left unknown.
    assert.equal(result.findings.size, ALL.length);
  }
});

test('two sensitive factors are both named', async () => {
  const { test: run } = oracle(['tz', 'cpus']);
  const result = await findSensitiveFactors(ALL, run);
  assert.deepEqual(sensitiveFactors(outcomesOf(result.findings)), ['tz', 'cpus']);
});

test('factors that change the numbers only together are named together', async () => {
  const { test: run } = oracle([], ['tz', 'cpus']);
  const result = await findSensitiveFactors(ALL, run);
  const tz = result.findings.get('tz');
  assert.equal(tz?.status, 'differs');
  assert.ok(tz?.together?.includes('cpus'), JSON.stringify(tz));
  assert.deepEqual(result.findings.get('cpus')?.together, ['tz']);
  assert.deepEqual(sensitiveFactors(outcomesOf(result.findings)), ['tz', 'cpus']);
  assert.equal(result.findings.get('locale')?.status, 'same');
});

test('a varied run that fails counts as differing: the factor broke the run', async () => {
  const result = await findSensitiveFactors(['tz', 'locale'], async (factors) => (factors.includes('locale') ? 'failed' : 'same'));
  assert.equal(result.findings.get('locale')?.status, 'differs');
  assert.equal(result.findings.get('tz')?.status, 'same');
});

function outcomesOf(findings: Map<VaryFactor, { status: 'same' | 'differs'; trial: number }>): FactorOutcome[] {
  return [...findings].map(([factor, finding]) => ({ factor, status: finding.status, how: '', reason: null, trial: finding.trial }));
}

function variations(outcomes: Partial<Record<VaryFactor, FactorOutcome['status']>>, failOnVariation = true, trials = 1): Variations {
  const factors = Object.entries(outcomes).map(([factor, status]): FactorOutcome => ({
    factor: factor as VaryFactor,
    status,
    how: 'h',
    reason: status === 'not-varied' ? 'r' : null,
    trial: 0,
  }));
  return {
    requested: factors.map((outcome) => outcome.factor),
    factors,
    trials: Array.from({ length: trials }, () => ({
      factors: [],
      outcome: 'same',
      divergence: null,
      maxAbsDiff: 0,
      largest: null,
      run: null as never,
      error: null,
    })),
    sensitiveTo: sensitiveFactors(factors),
    failOnVariation,
    seconds: 1,
    controlRun: 1,
  };
}

test('the control verdict is never changed by the varied runs; fail-on-variation makes a verdict of its own', () => {
  const sensitive = variations({ tz: 'differs', locale: 'same' });
  assert.equal(stepVerdict('reproducible', sensitive), 'condition-sensitive');
  assert.equal(stepVerdict('reproducible', variations({ tz: 'differs' }, false)), 'reproducible');
  assert.equal(stepVerdict('reproducible', variations({ tz: 'same' })), 'reproducible');
  assert.equal(stepVerdict('not-reproducible', sensitive), 'not-reproducible');
  assert.equal(stepVerdict('error', sensitive), 'error');
  assert.equal(stepVerdict('reproducible', undefined), 'reproducible');
});

test('no varied run when the control runs do not reproduce or the check was cancelled', () => {
  assert.match(skipReason('not-reproducible', false)!, /control runs differ among themselves/);
  assert.match(skipReason('error', false)!, /did not all finish/);
  assert.match(skipReason('reproducible', true)!, /cancelled/);
  assert.equal(skipReason('reproducible', false), null);
});

test('the verdict line names the sensitive factors and where, or every factor that stayed the same', () => {
  const where = (factor: VaryFactor) => (factor === 'tz' ? 'at fold 0, epoch 1' : null);
  assert.equal(
    variationSentence('reproducible', variations({ tz: 'differs', locale: 'same', cpus: 'not-varied' }, true, 3), where),
    'Reproducible in identical conditions; the numbers change when `tz` changes (at fold 0, epoch 1); 3 varied runs.',
  );
  assert.equal(
    variationSentence('reproducible', variations({ tz: 'same', locale: 'same', cpus: 'not-varied' }), where),
    'Reproducible in identical conditions and when `tz` and `locale` change (1 varied run); not varied here: cpus.',
  );
  assert.equal(
    variationSentence('reproducible', variations({ cpus: 'not-varied' }, true, 0), where),
    'Reproducible in identical conditions; no condition could be varied on this runner; not varied here: cpus.',
  );
});

// Part 4: the same numbers on both sides, not only each side the same twice.

function runWith(run: number, loss: number): RunResult {
  return {
    run,
    role: 'control',
    status: 'ok',
    error: null,
    startedAt: '2025-01-01T00:00:00.000Z',
    durationSeconds: 1,
    folds: [{ fold: 0, metrics: { loss, accuracy: 0.9 }, weightsSha256: null, trainSeconds: null }],
    environment: null,
    warnings: [],
  };
}

test('numbers against the control: the same, or the metric that moved most', () => {
  assert.deepEqual(numbersAgainst(runWith(1, 0.29427), runWith(1, 0.29427), 0), { same: true, largest: null, maxAbsDiff: 0 });
  const moved = numbersAgainst(runWith(1, 0.29427), runWith(2, 0.30461), 0);
  assert.equal(moved.same, false);
  assert.deepEqual(moved.largest, { fold: 0, metric: 'loss', control: 0.29427, other: 0.30461 });
  // Within the tolerance is the same.
  assert.equal(numbersAgainst(runWith(1, 0.29427), runWith(2, 0.30461), 0.02).same, true);
});

test('the cost table: each side agreeing with itself on other numbers is "needed to pin the numbers"', () => {
  const side = (runs: RunResult[]) => costSide(runs, compareRuns(runs, 0), null);
  const withSide = side([runWith(1, 0.29427), runWith(2, 0.29427)]);
  const withoutSide = side([runWith(1, 0.30461), runWith(2, 0.30461)]);
  const delta = { fold: 0, metric: 'loss', control: 0.29427, other: 0.30461 };
  const pinned = costComparison(withSide, withoutSide, { freeRunsWereSeeded: true, sameNumbers: false, numbersDelta: delta });
  assert.equal(pinned.case, 'needed-to-pin');
  assert.equal(pinned.sameNumbers, false);
  assert.match(pinned.explanation, /without the settings the numbers are other ones \(loss of fold 0: 0\.29427 with, 0\.30461 without\)/);
  const same = costComparison(withSide, withSide, { freeRunsWereSeeded: true, sameNumbers: true });
  assert.equal(same.case, 'not-needed');
  assert.deepEqual(costDivergences(same), ['With and without the settings the numbers are the same.']);
  // Reports before part 4 say nothing about it.
  assert.equal(costComparison(withSide, withSide, { freeRunsWereSeeded: true }).sameNumbers, undefined);
});
