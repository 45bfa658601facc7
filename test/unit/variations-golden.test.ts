// The conditions (`vary`, issue 23) as a check shows them, whole: the job summary, the pull request
// comment and the CLI's text of a command check whose numbers change with `tz`, and of one that
// stayed the same in every condition this runner could vary, compared with test/golden/*-vary-*.
// After a deliberate change to a renderer, write the files anew and review the change with git diff:
//   npx tsc -p tsconfig.json && UPDATE_GOLDEN=1 node --test build/test/unit/variations-golden.test.js
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FactorOutcome, Report, VariationTrial, Variations } from '../../src/contracts/report.js';
import type { RunResult } from '../../src/contracts/run-result.js';
import type { VaryFactor } from '../../src/contracts/settings.js';
import { markerFor } from '../../src/github/marker.js';
import { renderComment, renderSummaryMarkdown, renderText } from '../../src/report/render.js';
import { DEFAULT_TEXT_WIDTH } from '../../src/report/text.js';
import { reportStepVerdict } from '../../src/report/variations.js';
import { assertGolden } from '../support/golden.js';
import { markdownProblems } from '../support/markdown-check.js';
import { makeCommandReport, pinned } from '../support/reports.js';

const HOW: Record<VaryFactor, string> = {
  path: 'a copy of /work/examples/keras at /tmp/tf-repro-vary-Ab12Cd/keras-on-another-path (20 → 46 characters)',
  tz: 'TZ=Asia/Kathmandu (UTC+05:45; the control runs: TZ unset, the system zone)',
  locale: 'LC_ALL=LANG=de_DE.utf8 (the control runs: C.UTF-8)',
  env: "the environment's variables in reverse order (for Python, os.environ, through the shim), and one unrelated variable added (TF_REPRO_UNRELATED=1)",
  umask: 'umask 077 (the control runs: 022)',
  'file-order':
    "Python's directory listings reversed (os.listdir, os.scandir, os.walk, glob, pathlib: a sitecustomize on PYTHONPATH); other languages' listings unchanged",
  cpus: '1 of 2 CPUs (taskset -c 0): the affinity, which sched_getaffinity and os.process_cpu_count see',
  threads: '',
};
const THREADS_PINNED =
  'the tensorflow preset pins every thread variable (OMP_NUM_THREADS, MKL_NUM_THREADS, OPENBLAS_NUM_THREADS, TF_NUM_INTRAOP_THREADS, TF_NUM_INTEROP_THREADS)';

function variedRun(control: RunResult, run: number, factors: VaryFactor[], moved: boolean): RunResult {
  return {
    ...control,
    run,
    role: 'varied',
    folds: control.folds.map((fold) => ({ ...fold, metrics: moved && fold.fold === 1 ? { ...fold.metrics, loss: 0.2642 } : fold.metrics })),
    variation: Object.fromEntries(factors.map((factor) => [factor, HOW[factor]])),
  };
}

function trial(control: RunResult, run: number, factors: VaryFactor[], moved: boolean): VariationTrial {
  return {
    factors,
    outcome: moved ? 'differs' : 'same',
    divergence: null,
    maxAbsDiff: moved ? 0.2642 - 0.26 : 0,
    largest: moved ? { fold: 1, metric: 'loss', control: 0.26, other: 0.2642 } : null,
    run: variedRun(control, run, factors, moved),
    error: null,
  };
}

/** A command check (its control runs reproduce) with `vary: all`, sensitive to `tz` or to nothing. */
function varied(sensitive: boolean): Report {
  const report = makeCommandReport();
  const control = report.runs[0]!;
  const tried: VaryFactor[] = ['path', 'tz', 'locale', 'env', 'umask', 'file-order', 'cpus'];
  const trials = sensitive
    ? [
        trial(control, 3, tried, true),
        trial(control, 4, ['path', 'tz', 'locale', 'env'], true),
        trial(control, 5, ['umask', 'file-order', 'cpus'], false),
        trial(control, 6, ['path', 'tz'], true),
        trial(control, 7, ['locale', 'env'], false),
        trial(control, 8, ['path'], false),
        trial(control, 9, ['tz'], true),
      ]
    : [trial(control, 3, tried, false)];
  const trialOf = (factor: VaryFactor): number => {
    if (!sensitive) return 0;
    return { path: 5, tz: 6, locale: 4, env: 4, umask: 2, 'file-order': 2, cpus: 2, threads: 0 }[factor];
  };
  const factors: FactorOutcome[] = [
    ...tried.map((factor): FactorOutcome => ({
      factor,
      status: sensitive && factor === 'tz' ? 'differs' : 'same',
      how: HOW[factor],
      reason: null,
      trial: trialOf(factor),
    })),
    { factor: 'threads', status: 'not-varied', how: '', reason: THREADS_PINNED, trial: null },
  ];
  const variations: Variations = {
    requested: [...tried, 'threads'],
    factors,
    trials,
    sensitiveTo: sensitive ? ['tz'] : [],
    failOnVariation: true,
    seconds: sensitive ? 96.25 : 13.5,
    controlRun: 1,
  };
  report.settings = { ...report.settings, vary: variations.requested, failOnVariation: true };
  report.variations = variations;
  return report;
}

const commentContext = {
  marker: markerFor('CI/reproducibility', '0123456789abcdef'),
  runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/42',
  commentId: 'CI/reproducibility',
};

describe('the conditions table and verdict line match their golden files', () => {
  for (const [name, sensitive] of [
    ['vary-sensitive', true],
    ['vary-same', false],
  ] as const) {
    test(name, () => {
      const report = pinned(varied(sensitive));
      const summary = renderSummaryMarkdown(report);
      const comment = renderComment(report, commentContext);
      assertGolden(`summary-${name}.md`, summary);
      assertGolden(`comment-${name}.md`, comment);
      assertGolden(`text-${name}.txt`, renderText(report, DEFAULT_TEXT_WIDTH));
      assert.deepEqual(markdownProblems(summary), []);
      assert.deepEqual(markdownProblems(comment), []);
      assert.equal(reportStepVerdict(report), sensitive ? 'condition-sensitive' : 'reproducible');
    });
  }
});
