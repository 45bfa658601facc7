// The divergence locator on hand-made traces: the order of checkpoints in a fold, what counts as a
// difference (a variable one run lacks) and what does not (a checkpoint one run never reached),
// the lowest fold, the evaluation stage, and the sentence. Then generated traces: the locator
// against a plain pairwise reading of the same rules, and the fail-fast watch, fed in random
// interleavings, against the locator.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Comparison, Divergence } from '../../src/contracts/report.js';
import type { FoldResult, RunResult, TraceCheckpoint } from '../../src/contracts/run-result.js';
import { compareRuns } from '../../src/comparison/compare.js';
import { DivergenceWatch, describeDivergence, locateDivergence, partingPlace, sameTrace } from '../../src/comparison/divergence.js';

// Fixed, so that a failure found here is found again; fast-check prints the counterexample.
const SEED = 20_200_917;

function cp(fold: number, epoch: number, batch: number | null, digests: Record<string, string>): TraceCheckpoint {
  return { fold, epoch, batch, digests };
}

function result(fold: number, loss: number, weights: string | null = null): FoldResult {
  return { fold, metrics: { loss }, weightsSha256: weights, trainSeconds: 1 };
}

function run(n: number, trace: TraceCheckpoint[] | undefined, folds: FoldResult[] = [], status: RunResult['status'] = 'ok'): RunResult {
  return {
    run: n,
    role: 'control',
    status,
    error: null,
    startedAt: '2025-01-01T00:00:00.000Z',
    durationSeconds: 1,
    folds,
    environment: null,
    warnings: [],
    ...(trace ? { trace } : {}),
  };
}

/** A comparison in which every fold matches: only the traces can show a difference. */
const AGREEING: Comparison = {
  verdict: 'reproducible',
  summary: '',
  tolerance: 0,
  notMeasured: null,
  variance: 0,
  maxAbsDiff: 0,
  folds: [],
  mismatchedFolds: [],
  metricNames: [],
};

/** Epoch 0, then per epoch `batches` batches and the end, for one fold; `at` changes the digests of chosen points. */
function trace(
  fold: number,
  epochs: number,
  batches: number,
  at: (epoch: number, batch: number | null) => Record<string, string> | undefined = () => undefined,
): TraceCheckpoint[] {
  const base = (epoch: number, batch: number | null) => ({
    'conv2d/kernel': `k${fold}.${epoch}.${batch}`,
    'conv2d/bias': `b${fold}.${epoch}.${batch}`,
    'dense/kernel': `d${fold}.${epoch}.${batch}`,
  });
  const points: TraceCheckpoint[] = [cp(fold, 0, null, at(0, null) ?? base(0, null))];
  for (let e = 1; e <= epochs; e++) {
    for (let b = 1; b <= batches; b++) points.push(cp(fold, e, b, at(e, b) ?? base(e, b)));
    points.push(cp(fold, e, null, at(e, null) ?? base(e, null)));
  }
  return points;
}

const changed =
  (epoch: number, batch: number | null, name: string, fold = 0) =>
  (e: number, b: number | null) =>
    e >= epoch && (e > epoch || batch === null || (b !== null && b >= batch) || b === null)
      ? { 'conv2d/kernel': `k${fold}.${e}.${b}`, 'conv2d/bias': `b${fold}.${e}.${b}`, 'dense/kernel': `d${fold}.${e}.${b}`, [name]: `other.${e}.${b}` }
      : undefined;

describe('locateDivergence', () => {
  test('identical traces: no divergence', () => {
    const runs = [run(1, trace(0, 2, 3)), run(2, trace(0, 2, 3)), run(3, trace(0, 2, 3))];
    assert.equal(locateDivergence(runs, AGREEING), null);
  });

  test('initialisation: stage init, the variable, the lowest run and the first that differs from it', () => {
    const runs = [run(1, trace(0, 2, 0)), run(2, trace(0, 2, 0)), run(3, trace(0, 2, 0, changed(0, null, 'dense/kernel')))];
    assert.deepEqual(locateDivergence(runs, AGREEING), { runs: [1, 3], fold: 0, stage: 'init', epoch: 0, batch: null, variables: ['dense/kernel'] });
  });

  test('a batch of an epoch comes before its end, and batches count as numbers (9 before 10)', () => {
    // Run 2 differs from batch 9 of epoch 2 on; its trace lists the end of each epoch first.
    const second = trace(0, 3, 12, changed(2, 9, 'conv2d/bias'));
    const shuffled = [...second].sort((a, b) => (a.batch === null ? -1 : 0) - (b.batch === null ? -1 : 0));
    const runs = [run(1, trace(0, 3, 12)), run(2, shuffled)];
    assert.deepEqual(locateDivergence(runs, AGREEING), { runs: [1, 2], fold: 0, stage: 'epoch', epoch: 2, batch: 9, variables: ['conv2d/bias'] });
  });

  test('an epoch end is where it parts when no batch was traced', () => {
    const runs = [run(1, trace(0, 3, 0)), run(2, trace(0, 3, 0, changed(2, null, 'conv2d/kernel')))];
    assert.deepEqual(locateDivergence(runs, AGREEING), { runs: [1, 2], fold: 0, stage: 'epoch', epoch: 2, batch: null, variables: ['conv2d/kernel'] });
  });

  test('the lowest fold with a difference, whatever the order of folds in the traces', () => {
    const one = [...trace(2, 2, 0), ...trace(0, 3, 0)];
    const two = [...trace(2, 2, 0, changed(1, null, 'conv2d/kernel', 2)), ...trace(0, 3, 0, changed(3, null, 'dense/kernel'))];
    assert.deepEqual(locateDivergence([run(1, one), run(2, two)], AGREEING), {
      runs: [1, 2],
      fold: 0,
      stage: 'epoch',
      epoch: 3,
      batch: null,
      variables: ['dense/kernel'],
    });
  });

  test('a checkpoint one run never reached is no difference; only what both have is compared', () => {
    // Run 2 stopped after epoch 1 (it agrees up to there); run 3 parts from run 1 at epoch 3.
    const runs = [run(1, trace(0, 3, 0)), run(2, trace(0, 1, 0), [], 'stopped'), run(3, trace(0, 3, 0, changed(3, null, 'dense/kernel')))];
    assert.deepEqual(locateDivergence(runs, AGREEING)?.runs, [1, 3]);
    assert.equal(locateDivergence(runs, AGREEING)?.epoch, 3);
    assert.equal(locateDivergence(runs.slice(0, 2), AGREEING), null);
  });

  test('where the lowest run lacks the checkpoint, the two lowest that have it and differ', () => {
    const runs = [
      run(1, trace(0, 1, 0), [], 'stopped'),
      run(2, trace(0, 3, 0)),
      run(3, trace(0, 3, 0)),
      run(4, trace(0, 3, 0, changed(2, null, 'conv2d/kernel'))),
    ];
    assert.deepEqual(locateDivergence(runs, AGREEING), { runs: [2, 4], fold: 0, stage: 'epoch', epoch: 2, batch: null, variables: ['conv2d/kernel'] });
  });

  test('the pair and the variables: lowest first, whatever the order of the runs given', () => {
    // At epoch 1, run 2 differs in dense/kernel and run 4 in conv2d/kernel: both are named, in the model's order.
    const at = (name: string) => (e: number, b: number | null) =>
      e === 1
        ? { 'conv2d/kernel': 'k', 'conv2d/bias': 'b', 'dense/kernel': 'd', [name]: 'x' }
        : { 'conv2d/kernel': `k${e}${b}`, 'conv2d/bias': 'b', 'dense/kernel': 'd' };
    const same = (e: number, b: number | null) =>
      e === 1 ? { 'conv2d/kernel': 'k', 'conv2d/bias': 'b', 'dense/kernel': 'd' } : { 'conv2d/kernel': `k${e}${b}`, 'conv2d/bias': 'b', 'dense/kernel': 'd' };
    const runs = [
      run(4, trace(0, 2, 0, at('conv2d/kernel'))),
      run(3, trace(0, 2, 0, same)),
      run(2, trace(0, 2, 0, at('dense/kernel'))),
      run(1, trace(0, 2, 0, same)),
    ];
    assert.deepEqual(locateDivergence(runs, AGREEING), {
      runs: [1, 2],
      fold: 0,
      stage: 'epoch',
      epoch: 1,
      batch: null,
      variables: ['conv2d/kernel', 'dense/kernel'],
    });
  });

  test('a variable one run has and another lacks is a difference, named; odd names are plain names', () => {
    const runs = [
      run(1, [cp(0, 0, null, { __proto__: 'p', constructor: 'c' } as unknown as Record<string, string>)]),
      run(2, [cp(0, 0, null, JSON.parse('{"__proto__":"p","constructor":"c","extra":"e"}') as Record<string, string>)]),
    ];
    // The literal above sets a prototype, not a name: build run 1's digests the way JSON.parse does.
    (runs[0] as RunResult).trace = [cp(0, 0, null, JSON.parse('{"__proto__":"p","constructor":"c"}') as Record<string, string>)];
    assert.deepEqual(locateDivergence(runs, AGREEING)?.variables, ['extra']);
    (runs[1] as RunResult).trace = [cp(0, 0, null, JSON.parse('{"constructor":"c"}') as Record<string, string>)];
    assert.deepEqual(locateDivergence(runs, AGREEING)?.variables, ['__proto__']);
    (runs[1] as RunResult).trace = [cp(0, 0, null, JSON.parse('{"constructor":"c","__proto__":"p"}') as Record<string, string>)];
    assert.equal(locateDivergence(runs, AGREEING), null, 'the same names and digests in another order are the same checkpoint');
  });

  test("a run's second checkpoint at a point it already gave does not count", () => {
    const runs = [run(1, [cp(0, 1, null, { w: 'a' })]), run(2, [cp(0, 1, null, { w: 'a' }), cp(0, 1, null, { w: 'b' })])];
    assert.equal(locateDivergence(runs, AGREEING), null);
  });

  test('every checkpoint agrees but the fold does not match: stage evaluation, the lowest two runs whose results differ', () => {
    const runs = [
      run(1, trace(1, 2, 0), [result(0, 0.5), result(1, 0.25)]),
      run(2, trace(1, 2, 0), [result(0, 0.5), result(1, 0.25)]),
      run(3, trace(1, 2, 0), [result(0, 0.5), result(1, 0.26)]),
    ];
    const comparison = compareRuns(runs, 0);
    assert.deepEqual(comparison.mismatchedFolds, [1]);
    assert.deepEqual(locateDivergence(runs, comparison), { runs: [1, 3], fold: 1, stage: 'evaluation', epoch: null, batch: null, variables: [] });
  });

  test('at tolerance 0 final weights that differ under equal metrics are a difference in results', () => {
    const runs = [run(1, trace(0, 1, 0), [result(0, 0.5, 'aa')]), run(2, trace(0, 1, 0), [result(0, 0.5, 'bb')])];
    assert.equal(locateDivergence(runs, compareRuns(runs, 0))?.stage, 'evaluation');
    assert.equal(locateDivergence(runs, compareRuns(runs, 1e-6)), null);
  });

  test('no trace of the fold: stage null, the lowest two runs whose metrics differ', () => {
    const runs = [
      run(1, undefined, [result(0, 0.5), result(1, 0.25)]),
      run(2, undefined, [result(0, 0.5), result(1, 0.25)]),
      run(3, undefined, [result(0, 0.5), result(1, 0.3)]),
    ];
    assert.deepEqual(locateDivergence(runs, compareRuns(runs, 0)), { runs: [1, 3], fold: 1, stage: null, epoch: null, batch: null, variables: [] });
    // Traced in another fold only: this fold still has no trace to say where.
    (runs[0] as RunResult).trace = trace(0, 1, 0);
    (runs[2] as RunResult).trace = trace(0, 1, 0);
    assert.equal(locateDivergence(runs, compareRuns(runs, 0))?.stage, null);
  });

  test('a trace divergence counts at any tolerance: the locator says where, the verdict weighs it', () => {
    const runs = [run(1, trace(0, 2, 0), [result(0, 0.5)]), run(2, trace(0, 2, 0, changed(2, null, 'dense/kernel')), [result(0, 0.5 + 1e-9)])];
    assert.equal(locateDivergence(runs, compareRuns(runs, 1e-6))?.epoch, 2);
  });

  test('with a tolerance the lowest pair of results beyond it, though each is near the lowest run', () => {
    // 0.8 and -0.8 are each within 1 of run 1's 0, but 1.6 apart.
    const runs = [run(1, undefined, [result(0, 0)]), run(2, undefined, [result(0, 0.8)]), run(3, undefined, [result(0, -0.8)])];
    assert.deepEqual(locateDivergence(runs, compareRuns(runs, 1))?.runs, [2, 3]);
    const nan = [run(1, undefined, [result(0, NaN)]), run(2, undefined, [result(0, NaN)]), run(3, undefined, [result(0, 1)])];
    assert.deepEqual(locateDivergence(nan, compareRuns(nan, 1e6))?.runs, [1, 3]);
    const infinite = [run(1, undefined, [result(0, Infinity)]), run(2, undefined, [result(0, Infinity)]), run(3, undefined, [result(0, -Infinity)])];
    assert.deepEqual(locateDivergence(infinite, compareRuns(infinite, 1e6))?.runs, [1, 3]);
  });

  test('a fold that does not match only because a run lacks it has no divergence', () => {
    const runs = [run(1, undefined, [result(0, 0.5), result(1, 0.25)]), run(2, undefined, [result(0, 0.5)], 'failed')];
    const comparison = compareRuns(runs, 0);
    assert.deepEqual(comparison.mismatchedFolds, [1]);
    assert.equal(locateDivergence(runs, comparison), null);
  });

  test('the lowest fold wins across kinds: results differing in fold 0 come before a trace divergence in fold 1', () => {
    const runs = [
      run(1, [...trace(0, 1, 0), ...trace(1, 1, 0)], [result(0, 0.5), result(1, 0.5)]),
      run(2, [...trace(0, 1, 0), ...trace(1, 1, 0, changed(1, null, 'dense/kernel', 1))], [result(0, 0.6), result(1, 0.5)]),
    ];
    assert.deepEqual(locateDivergence(runs, compareRuns(runs, 0)), { runs: [1, 2], fold: 0, stage: 'evaluation', epoch: null, batch: null, variables: [] });
  });

  test('sameTrace: the same point and digests, validation loss aside', () => {
    const a = { ...cp(0, 1, 2, { w: 'a', b: 'b' }), valLoss: 0.5 };
    assert.ok(sameTrace(a, { ...cp(0, 1, 2, { b: 'b', w: 'a' }), valLoss: 0.7 }));
    assert.ok(!sameTrace(a, cp(0, 1, null, { w: 'a', b: 'b' })));
    assert.ok(!sameTrace(a, cp(1, 1, 2, { w: 'a', b: 'b' })));
    assert.ok(!sameTrace(a, cp(0, 1, 2, { w: 'a' })));
    assert.ok(!sameTrace(a, cp(0, 1, 2, { w: 'a', b: 'c' })));
  });
});

describe('describeDivergence', () => {
  const base: Divergence = { runs: [1, 2], fold: 0, stage: 'epoch', epoch: 2, batch: 37, variables: ['conv2d_1/kernel'] };

  test('each stage in one sentence', () => {
    assert.equal(describeDivergence(base), 'runs 1 and 2 part at fold 0, epoch 2, batch 37; first in conv2d_1/kernel');
    assert.equal(describeDivergence({ ...base, batch: null }), 'runs 1 and 2 part at fold 0, epoch 2; first in conv2d_1/kernel');
    assert.equal(
      describeDivergence({ ...base, runs: [1, 3], fold: 2, stage: 'init', epoch: 0, batch: null, variables: ['dense_1/kernel'] }),
      'runs 1 and 3 part at fold 2, at initialisation; in dense_1/kernel',
    );
    assert.equal(
      describeDivergence({ ...base, fold: 4, stage: 'evaluation', epoch: null, batch: null, variables: [] }),
      'runs 1 and 2 agree at every checkpoint of fold 4 but its results differ: the difference arises in evaluation',
    );
    assert.equal(
      describeDivergence({ ...base, fold: 4, stage: null, epoch: null, batch: null, variables: [] }),
      'runs 1 and 2 differ in fold 4 (no trace to say where: write one to $TF_REPRO_TRACE)',
    );
  });

  test('variables: two, three, and more than three', () => {
    assert.match(describeDivergence({ ...base, variables: ['a', 'b'] }), /; first in a and b$/);
    assert.match(describeDivergence({ ...base, variables: ['a', 'b', 'c'] }), /; first in a, b and c$/);
    const eight = ['conv2d/kernel', 'conv2d/bias', 'dense/kernel', 'dense/bias', 'x', 'y', 'z', 'w'];
    assert.match(describeDivergence({ ...base, variables: eight }), /; first in conv2d\/kernel, conv2d\/bias, dense\/kernel and 5 more$/);
    assert.equal(describeDivergence({ ...base, variables: [] }), 'runs 1 and 2 part at fold 0, epoch 2, batch 37');
  });

  test('a name from a trace file stays on one line', () => {
    assert.equal(describeDivergence({ ...base, variables: ['a\nb'] }), 'runs 1 and 2 part at fold 0, epoch 2, batch 37; first in a\\nb');
  });

  test('a narrowing whose re-train agreed says why the batch is unknown', () => {
    const agreed: Divergence = { ...base, batch: null, narrowing: { status: 'agreed', detail: '', seconds: 3 } };
    assert.equal(
      describeDivergence(agreed),
      'runs 1 and 2 part at fold 0, epoch 2; first in conv2d_1/kernel; the re-train with per-batch digests did not part, so the batch is unknown',
    );
    assert.equal(describeDivergence({ ...base, narrowing: { status: 'found', detail: '', seconds: 3 } }), describeDivergence(base));
  });

  test('partingPlace: the place alone, for sentences that name the runs', () => {
    assert.equal(partingPlace(base), 'at fold 0, epoch 2, batch 37 (first in conv2d_1/kernel)');
    assert.equal(partingPlace({ ...base, stage: 'init', epoch: 0, batch: null }), 'at fold 0, at initialisation (in conv2d_1/kernel)');
    assert.equal(partingPlace({ ...base, stage: 'evaluation', epoch: null, batch: null, variables: [] }), 'in the evaluation of fold 0');
    assert.equal(partingPlace({ ...base, stage: null, epoch: null, batch: null, variables: [] }), 'in fold 0');
  });
});

describe('DivergenceWatch', () => {
  test('reports the first difference once, then null; the divergence stays readable', () => {
    const watch = new DivergenceWatch();
    assert.equal(watch.add(1, cp(0, 0, null, { w: 'a' })), null);
    assert.equal(watch.add(2, cp(0, 0, null, { w: 'a' })), null);
    assert.equal(watch.add(1, cp(0, 1, null, { w: 'b', v: 'x' })), null);
    assert.equal(watch.add(2, cp(0, 1, null, { w: 'b', v: 'x' })), null);
    assert.equal(watch.add(2, cp(0, 2, null, { w: 'c', v: 'y' })), null);
    const found = watch.add(1, cp(0, 2, null, { w: 'c', v: 'z' }));
    assert.deepEqual(found, { runs: [1, 2], fold: 0, stage: 'epoch', epoch: 2, batch: null, variables: ['v'] });
    assert.equal(watch.add(3, cp(0, 0, null, { w: 'other' })), null);
    assert.deepEqual(watch.divergence, found);
  });

  test('a difference in fold 3 that arrives before one in fold 0 is the one reported', () => {
    const watch = new DivergenceWatch();
    const events: [number, TraceCheckpoint][] = [
      [1, cp(0, 0, null, { w: 'a' })],
      [1, cp(3, 0, null, { w: 'a3' })],
      [2, cp(3, 0, null, { w: 'b3' })],
      [2, cp(0, 0, null, { w: 'b' })],
    ];
    const seen = events.map(([r, c]) => watch.add(r, c));
    assert.deepEqual(seen[2], { runs: [1, 2], fold: 3, stage: 'init', epoch: 0, batch: null, variables: ['w'] });
    assert.equal(seen[3], null);
    // The finished traces part first in fold 0.
    const runs = [run(1, [events[0]?.[1], events[1]?.[1]] as TraceCheckpoint[]), run(2, [events[2]?.[1], events[3]?.[1]] as TraceCheckpoint[])];
    assert.equal(locateDivergence(runs, AGREEING)?.fold, 0);
  });

  test('a lower run joining a point that agrees becomes its lowest', () => {
    const watch = new DivergenceWatch();
    watch.add(3, cp(0, 1, 4, { w: 'a' }));
    watch.add(2, cp(0, 1, 4, { w: 'a' }));
    assert.deepEqual(watch.add(5, cp(0, 1, 4, { w: 'b' }))?.runs, [2, 5]);
    const other = new DivergenceWatch();
    other.add(3, cp(0, 1, 4, { w: 'a' }));
    assert.deepEqual(other.add(1, cp(0, 1, 4, { w: 'b', x: 'c' })), { runs: [1, 3], fold: 0, stage: 'epoch', epoch: 1, batch: 4, variables: ['w', 'x'] });
  });

  test("a run's second checkpoint at a point it already gave is ignored", () => {
    const watch = new DivergenceWatch();
    watch.add(1, cp(0, 1, null, { w: 'a' }));
    assert.equal(watch.add(1, cp(0, 1, null, { w: 'b' })), null);
    assert.equal(watch.add(2, cp(0, 1, null, { w: 'a' })), null);
  });
});

// ---- Generated traces ----

/** The locator's rules read plainly, pair by pair, as a reference for the indexed one. */
function referenceLocate(runs: readonly RunResult[], comparison: Comparison): Divergence | null {
  const inOrder = [...runs].sort((a, b) => a.run - b.run);
  const at = (r: RunResult, fold: number, epoch: number, batch: number | null) =>
    r.trace?.find((c) => c.fold === fold && c.epoch === epoch && c.batch === batch);
  const same = (a: Record<string, string>, b: Record<string, string>) => {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
  };
  const unmatched = comparison.folds.filter((f) => !f.matches).map((f) => f.fold);
  const folds = [...new Set([...inOrder.flatMap((r) => (r.trace ?? []).map((c) => c.fold)), ...unmatched])].sort((a, b) => a - b);
  for (const fold of folds) {
    const points = new Map<string, [number, number | null]>();
    for (const r of inOrder) for (const c of r.trace ?? []) if (c.fold === fold) points.set(`${c.epoch}/${c.batch}`, [c.epoch, c.batch]);
    const ordered = [...points.values()].sort((a, b) => a[0] - b[0] || (a[1] ?? Infinity) - (b[1] ?? Infinity));
    for (const [epoch, batch] of ordered) {
      const present = inOrder.flatMap((r) => {
        const c = at(r, fold, epoch, batch);
        return c ? [{ run: r.run, digests: c.digests }] : [];
      });
      for (let i = 0; i < present.length; i++) {
        for (let j = i + 1; j < present.length; j++) {
          const a = present[i] as { run: number; digests: Record<string, string> };
          const b = present[j] as { run: number; digests: Record<string, string> };
          if (same(a.digests, b.digests)) continue;
          const names = [...new Set(present.flatMap((p) => Object.keys(p.digests)))];
          const variables = names.filter((n) => new Set(present.map((p) => (Object.hasOwn(p.digests, n) ? `=${p.digests[n]}` : 'none'))).size > 1);
          return { runs: [a.run, b.run], fold, stage: epoch === 0 ? 'init' : 'epoch', epoch, batch, variables };
        }
      }
    }
    if (!unmatched.includes(fold)) continue;
    const results = inOrder.flatMap((r) => {
      const f = r.folds.find((x) => x.fold === fold);
      return f ? [{ run: r.run, f }] : [];
    });
    const differ = (x: FoldResult, y: FoldResult) =>
      Object.keys(x.metrics).some((m) => {
        if (!Object.hasOwn(y.metrics, m)) return false;
        const [p, q] = [x.metrics[m] as number, y.metrics[m] as number];
        if (p === q || (Number.isNaN(p) && Number.isNaN(q))) return false;
        return Number.isNaN(p) || Number.isNaN(q) || Math.abs(p - q) > comparison.tolerance;
      }) ||
      (comparison.tolerance === 0 && x.weightsSha256 !== null && y.weightsSha256 !== null && x.weightsSha256 !== y.weightsSha256);
    for (let i = 0; i < results.length; i++) {
      for (let j = i + 1; j < results.length; j++) {
        const a = results[i] as { run: number; f: FoldResult };
        const b = results[j] as { run: number; f: FoldResult };
        if (!differ(a.f, b.f)) continue;
        const shared = ordered.some(
          ([e, bt]) => at(inOrder.find((r) => r.run === a.run) as RunResult, fold, e, bt) && at(inOrder.find((r) => r.run === b.run) as RunResult, fold, e, bt),
        );
        return { runs: [a.run, b.run], fold, stage: shared ? 'evaluation' : null, epoch: null, batch: null, variables: [] };
      }
    }
  }
  return null;
}

/** The points of a fold in training order: epoch 0, then each epoch's batches and its end. */
function foldPoints(epochs: number, batches: number): [number, number | null][] {
  const points: [number, number | null][] = [[0, null]];
  for (let e = 1; e <= epochs; e++) {
    for (let b = 1; b <= batches; b++) points.push([e, b]);
    points.push([e, null]);
  }
  return points;
}

const VARIABLES = ['conv/kernel', 'conv/bias', '__proto__', 'dense/kernel'];

/**
 * Runs of up to 3 folds with checkpoints that mostly agree: each run may stop early in a fold, and
 * a few changes give some run another digest, drop a variable, add one or repeat a checkpoint. Run
 * numbers are distinct and the list unordered; results may differ, be NaN, or be absent.
 */
const generatedRuns = fc
  .record({
    runNumbers: fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 5 }),
    folds: fc.integer({ min: 1, max: 3 }),
    epochs: fc.integer({ min: 1, max: 3 }),
    batches: fc.integer({ min: 0, max: 3 }),
    stops: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 15, maxLength: 15 }),
    changes: fc.array(
      fc.record({
        run: fc.nat(),
        fold: fc.nat(),
        point: fc.nat(),
        variable: fc.constantFrom(...VARIABLES, 'extra'),
        kind: fc.constantFrom('digest', 'digest', 'digest', 'drop', 'repeat'),
        value: fc.constantFrom('x', 'y'),
      }),
      { maxLength: 4 },
    ),
    results: fc.array(fc.constantFrom(0.5, 0.5, 0.5, 0.5, 0.75, NaN, null), { minLength: 15, maxLength: 15 }),
    weights: fc.array(fc.constantFrom('w', 'w', 'w', 'v'), { minLength: 15, maxLength: 15 }),
    tolerance: fc.constantFrom(0, 0, 0.1),
  })
  .map(({ runNumbers, folds, epochs, batches, stops, changes, results, weights, tolerance }) => {
    const points = foldPoints(epochs, batches);
    const runs = runNumbers.map((n, r): RunResult => {
      const trace: TraceCheckpoint[] = [];
      const foldResults: FoldResult[] = [];
      for (let fold = 0; fold < folds; fold++) {
        const stop = Math.min(points.length, (stops[(r * 3 + fold) % stops.length] as number) + 1);
        for (let p = 0; p < stop; p++) {
          const [epoch, batch] = points[p] as [number, number | null];
          const digests: Record<string, string> = JSON.parse('{}') as Record<string, string>;
          for (const v of VARIABLES) Object.defineProperty(digests, v, { value: `${fold}.${p}.${v}`, enumerable: true, writable: true, configurable: true });
          const checkpoint = cp(fold, epoch, batch, digests);
          let repeat = false;
          for (const c of changes) {
            if (c.run % runNumbers.length !== r || c.fold % folds !== fold || c.point % points.length !== p) continue;
            if (c.kind === 'drop') delete digests[c.variable];
            else if (c.kind === 'repeat') repeat = true;
            else Object.defineProperty(digests, c.variable, { value: c.value, enumerable: true, writable: true, configurable: true });
          }
          trace.push(checkpoint);
          if (repeat) trace.push(cp(fold, epoch, batch, { other: 'repeat' }));
        }
        const value = results[(r * 3 + fold) % results.length];
        if (value !== null && value !== undefined && stop === points.length)
          foldResults.push(result(fold, value, weights[(r * 3 + fold) % weights.length] ?? null));
      }
      return run(n, trace, foldResults);
    });
    return { runs, tolerance };
  });

/** Each (run, fold) stream in its own order, the streams interleaved as `choices` pick. */
function interleave(runs: readonly RunResult[], choices: readonly number[]): [number, TraceCheckpoint][] {
  const streams = runs.flatMap((r) => {
    const byFold = new Map<number, [number, TraceCheckpoint][]>();
    for (const c of r.trace ?? []) {
      if (!byFold.has(c.fold)) byFold.set(c.fold, []);
      byFold.get(c.fold)?.push([r.run, c]);
    }
    return [...byFold.values()];
  });
  const events: [number, TraceCheckpoint][] = [];
  let k = 0;
  while (streams.length > 0) {
    const i = (choices[k++ % choices.length] as number) % streams.length;
    const stream = streams[i] as [number, TraceCheckpoint][];
    events.push(stream.shift() as [number, TraceCheckpoint]);
    if (stream.length === 0) streams.splice(i, 1);
  }
  return events;
}

/** The runs as far as the watch has seen them: each run's checkpoints in the order they arrived. */
function runsFrom(events: readonly [number, TraceCheckpoint][]): RunResult[] {
  const byRun = new Map<number, TraceCheckpoint[]>();
  for (const [r, c] of events) {
    if (!byRun.has(r)) byRun.set(r, []);
    byRun.get(r)?.push(c);
  }
  return [...byRun].map(([r, t]) => run(r, t));
}

/** The first divergence the watch reports, and how many events it had seen then. */
function watchAll(events: readonly [number, TraceCheckpoint][]): { found: Divergence | null; seen: number } {
  const watch = new DivergenceWatch();
  for (let i = 0; i < events.length; i++) {
    const [r, c] = events[i] as [number, TraceCheckpoint];
    const found = watch.add(r, c);
    if (found) return { found, seen: i + 1 };
  }
  return { found: null, seen: events.length };
}

/** The digests run `n` gave first at the divergence's point. */
function digestsAt(runs: readonly RunResult[], n: number, d: Divergence): Record<string, string> | undefined {
  return runs.find((r) => r.run === n)?.trace?.find((c) => c.fold === d.fold && c.epoch === d.epoch && c.batch === d.batch)?.digests;
}

describe('generated traces', () => {
  test('the locator answers what the pairwise reading of its rules answers', () => {
    fc.assert(
      fc.property(generatedRuns, ({ runs, tolerance }) => {
        const comparison = compareRuns(runs, tolerance);
        assert.deepEqual(locateDivergence(runs, comparison), referenceLocate(runs, comparison));
      }),
      { seed: SEED, numRuns: 1_500 },
    );
  });

  test('generated traces do part, in each stage, often enough to test something', () => {
    const stages = new Map<string, number>();
    fc.assert(
      fc.property(generatedRuns, ({ runs, tolerance }) => {
        const stage = String(locateDivergence(runs, compareRuns(runs, tolerance))?.stage);
        stages.set(stage, (stages.get(stage) ?? 0) + 1);
      }),
      { seed: SEED, numRuns: 1_500 },
    );
    for (const stage of ['undefined', 'init', 'epoch', 'evaluation']) assert.ok((stages.get(stage) ?? 0) >= 50, `${stage}: ${JSON.stringify([...stages])}`);
  });

  test('the watch, in any interleaving, answers what the locator answers for what it has seen', () => {
    fc.assert(
      fc.property(generatedRuns, fc.array(fc.nat(), { minLength: 1, maxLength: 64 }), ({ runs }, choices) => {
        const events = interleave(runs, choices);
        const { found, seen } = watchAll(events);
        const full = locateDivergence(runs, AGREEING);
        // Something is reported exactly when the finished traces part somewhere.
        assert.equal(found === null, full === null);
        if (found === null) return;
        assert.deepEqual(found, locateDivergence(runsFrom(events.slice(0, seen)), AGREEING));
        // And it is a real difference of the finished traces there.
        const [a, b] = found.runs;
        const da = digestsAt(runs, a, found);
        const db = digestsAt(runs, b, found);
        assert.ok(da && db && !sameTrace(cp(0, 0, null, da), cp(0, 0, null, db)));
      }),
      { seed: SEED, numRuns: 1_500 },
    );
  });

  test('runs in step, point after point, lowest run first: the watch finds where the locator does', () => {
    fc.assert(
      fc.property(generatedRuns, ({ runs }) => {
        const order = (c: TraceCheckpoint) => [c.fold, c.epoch, c.batch ?? Infinity];
        const events = runs
          .flatMap((r) => {
            // A run's repeated checkpoint stays after its first.
            return (r.trace ?? []).map((c, i): [number, TraceCheckpoint, number] => [r.run, c, i]);
          })
          .sort((x, y) => {
            const [p, q] = [order(x[1]), order(y[1])];
            return (
              (p[0] as number) - (q[0] as number) || (p[1] as number) - (q[1] as number) || (p[2] as number) - (q[2] as number) || x[0] - y[0] || x[2] - y[2]
            );
          })
          .map(([r, c]): [number, TraceCheckpoint] => [r, c]);
        const { found } = watchAll(events);
        const full = locateDivergence(runs, AGREEING);
        if (full === null || found === null) return assert.equal(found, full);
        const { variables, ...where } = found;
        const { variables: all, ...fullWhere } = full;
        assert.deepEqual(where, fullWhere);
        // Runs that arrive later at that point may differ in more variables.
        for (const v of variables) assert.ok(all.includes(v), `${v} in ${all.join(', ')}`);
      }),
      { seed: SEED, numRuns: 1_500 },
    );
  });
});

describe('scale', () => {
  /** CPU time, not wall time: other processes on the machine slow the one but not the other. */
  function cpuMilliseconds<T>(work: () => T): { value: T; ms: number } {
    const start = process.cpuUsage();
    const value = work();
    const used = process.cpuUsage(start);
    return { value, ms: (used.user + used.system) / 1_000 };
  }

  /**
   * `runs` runs × `folds` folds × 11 checkpoints (init, 10 epochs) × 10 variables. Digests of 64
   * characters, equal in content across runs but made afresh for each of 10 families of runs, as
   * traces parsed one by one are: equal digests then compare by content, not by reference. Each
   * run has digest records of its own.
   */
  function bigCheck(runs: number, folds: number): RunResult[] {
    const names = Array.from({ length: 10 }, (_, v) => `layer_${v}/kernel`);
    const families = Array.from({ length: 10 }, () =>
      Array.from({ length: folds * 11 }, (_, i) =>
        Object.fromEntries(names.map((n, v) => [n, ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca4959', i, v].join(':').padEnd(64, '0')])),
      ),
    );
    return Array.from({ length: runs }, (_, r) =>
      run(
        r + 1,
        Array.from({ length: folds * 11 }, (_, i) => cp(Math.floor(i / 11), i % 11, null, { ...families[r % 10]?.[i] })),
        Array.from({ length: folds }, (_, f) => result(f, 0.5, 'w')),
      ),
    );
  }

  test('1,000 runs × 100 folds × 11 checkpoints × 10 variables: well under a second, found or not', (t) => {
    const runs = bigCheck(1_000, 100);
    const comparison = compareRuns(runs, 0);
    const none = cpuMilliseconds(() => locateDivergence(runs, comparison));
    assert.equal(none.value, null);
    // Run 700 parts from the others at fold 98, epoch 9, in one variable.
    const checkpoint = runs[699]?.trace?.[98 * 11 + 9] as TraceCheckpoint;
    checkpoint.digests = { ...checkpoint.digests, 'layer_3/kernel': 'f'.repeat(64) };
    const found = cpuMilliseconds(() => locateDivergence(runs, comparison));
    assert.deepEqual(found.value, { runs: [1, 700], fold: 98, stage: 'epoch', epoch: 9, batch: null, variables: ['layer_3/kernel'] });
    t.diagnostic(`CPU time: agreeing ${none.ms.toFixed(0)} ms; parting in fold 98 ${found.ms.toFixed(0)} ms`);
    // A scan of pairs, or of checkpoints per run and point, would take minutes; the bound leaves room for a busy machine.
    assert.ok(none.ms < 3_000 && found.ms < 3_000, `${none.ms} ms, ${found.ms} ms`);
  });

  test('folds that fail to match only because a run lacks them cost no scan of pairs', (t) => {
    // 2,000 runs; run 1 failed after fold 0, so 199 folds do not match and have nothing to locate.
    const runs = Array.from({ length: 2_000 }, (_, r) =>
      run(
        r + 1,
        undefined,
        Array.from({ length: r === 0 ? 1 : 200 }, (_, f) => result(f, 0.5, 'w')),
        r === 0 ? 'failed' : 'ok',
      ),
    );
    const comparison = compareRuns(runs, 0.1);
    assert.equal(comparison.mismatchedFolds.length, 199);
    const { value, ms } = cpuMilliseconds(() => locateDivergence(runs, comparison));
    assert.equal(value, null);
    t.diagnostic(`CPU time: ${ms.toFixed(0)} ms`);
    assert.ok(ms < 3_000, `${ms} ms`);
  });
});

describe('data or computation (input_sha256)', () => {
  const withInputs = (points: TraceCheckpoint[], inputs: (c: TraceCheckpoint) => string | undefined): TraceCheckpoint[] =>
    points.map((c) => {
      const digest = inputs(c);
      return digest === undefined ? c : { ...c, inputSha256: digest };
    });
  const same = (c: TraceCheckpoint) => (c.epoch === 0 ? undefined : `in.${c.epoch}.${c.batch}`);

  test('the same inputs where the weights part: the computation', () => {
    const runs = [run(1, withInputs(trace(0, 2, 3), same)), run(2, withInputs(trace(0, 2, 3, changed(1, 2, 'dense/kernel')), same))];
    const divergence = locateDivergence(runs, AGREEING);
    assert.equal(divergence?.inputs, 'same');
    assert.equal(
      describeDivergence(divergence!),
      'runs 1 and 2 part at fold 0, epoch 1, batch 2; first in dense/kernel; the inputs were the same; the weights parted after the step: the computation',
    );
  });

  test('other inputs where the weights part: the data, said for the watch as for the locator', () => {
    const other = (c: TraceCheckpoint) => (c.epoch === 0 ? undefined : `other.${c.epoch}.${c.batch}`);
    const runs = [run(1, withInputs(trace(0, 2, 3), same)), run(2, withInputs(trace(0, 2, 3, changed(1, 1, 'dense/kernel')), other))];
    const divergence = locateDivergence(runs, AGREEING);
    assert.equal(
      describeDivergence(divergence!),
      'runs 1 and 2 part at fold 0, epoch 1, batch 1; first in dense/kernel; the inputs of fold 0, epoch 1, batch 1 already differ: the data order, augmentation or fold split',
    );
    const watch = new DivergenceWatch();
    let found: Divergence | null = null;
    for (const checkpoint of runs[0]!.trace!) watch.add(1, checkpoint);
    for (const checkpoint of runs[1]!.trace!) found ??= watch.add(2, checkpoint);
    assert.deepEqual(found, divergence);
  });

  test('a run without input digests: nothing said about them', () => {
    const runs = [run(1, withInputs(trace(0, 1, 2), same)), run(2, trace(0, 1, 2, changed(1, 1, 'dense/kernel')))];
    assert.equal(locateDivergence(runs, AGREEING)?.inputs, undefined);
  });
});
