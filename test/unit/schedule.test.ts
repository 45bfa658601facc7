import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { MEMORY_PER_WORKER_BYTES, planJobs, resolveWorkers, sideBySideChunk } from '../../src/runs/schedule.js';

/** Every (run, fold) exactly once, each job one run's consecutive folds. */
function assertCovers(runs: number, folds: number, workers: number): void {
  const plan = planJobs(runs, folds, workers);
  const seen = new Set<string>();
  for (const job of plan.jobs) {
    assert.ok(job.run >= 1 && job.run <= runs);
    job.folds.forEach((fold, i) => {
      if (i > 0) assert.equal(fold, job.folds[i - 1] + 1);
      const key = `${job.run}:${fold}`;
      assert.ok(!seen.has(key), `${key} twice`);
      seen.add(key);
    });
  }
  assert.equal(seen.size, runs * folds);
  assert.ok(plan.slots.length <= workers);
  assert.ok(plan.jobs.length <= Math.min(runs * folds, workers + runs - 1), `${plan.jobs.length} processes`);
  const sizes = plan.slots.map((slot) => slot.reduce((n, job) => n + job.folds.length, 0));
  assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, `unbalanced slots ${sizes}`);
}

test('one worker: one process per run, runs in order (the sequential check)', () => {
  assert.deepEqual(planJobs(2, 10, 1).slots, [
    [
      { run: 1, folds: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] },
      { run: 2, folds: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] },
    ],
  ]);
});

test('as many workers as runs: each run in its own process, side by side', () => {
  assert.deepEqual(planJobs(2, 3, 2).slots, [[{ run: 1, folds: [0, 1, 2] }], [{ run: 2, folds: [0, 1, 2] }]]);
});

test('a stretch that crosses runs becomes two processes; slots stay balanced', () => {
  assert.deepEqual(planJobs(2, 10, 3).slots, [
    [{ run: 1, folds: [0, 1, 2, 3, 4, 5, 6] }],
    [
      { run: 1, folds: [7, 8, 9] },
      { run: 2, folds: [0, 1, 2, 3] },
    ],
    [{ run: 2, folds: [4, 5, 6, 7, 8, 9] }],
  ]);
});

test('more workers than units: one process per (run, fold)', () => {
  const plan = planJobs(2, 3, 16);
  assert.equal(plan.slots.length, 6);
  assert.ok(plan.jobs.every((job) => job.folds.length === 1));
});

test('every (run, fold) once, balanced, few processes, for many shapes', () => {
  for (let runs = 1; runs <= 5; runs++)
    for (let folds = 1; folds <= 12; folds++) for (let workers = 1; workers <= 20; workers++) assertCovers(runs, folds, workers);
});

test('bad arguments are a bug, not a plan', () => {
  assert.throws(() => planJobs(2, 10, 0), /workers must be a whole number >= 1, got 0/);
  assert.throws(() => planJobs(0, 10, 1), /runs must be/);
});

test('auto: one process per processor, threads and memory considered, GPUs when used', () => {
  const big = 64 * 1024 ** 3;
  assert.equal(resolveWorkers(3, 1, { cpus: 2, totalMemoryBytes: 0, gpus: 0 }), 3);
  assert.equal(resolveWorkers('auto', 1, { cpus: 8, totalMemoryBytes: big, gpus: 0 }), 8);
  assert.equal(resolveWorkers('auto', 2, { cpus: 8, totalMemoryBytes: big, gpus: 0 }), 4);
  assert.equal(resolveWorkers('auto', 4, { cpus: 2, totalMemoryBytes: big, gpus: 0 }), 1);
  assert.equal(resolveWorkers('auto', 1, { cpus: 16, totalMemoryBytes: big, gpus: 1 }), 2);
  assert.equal(resolveWorkers('auto', 1, { cpus: 64, totalMemoryBytes: 4 * MEMORY_PER_WORKER_BYTES, gpus: 0 }), 3);
  assert.equal(resolveWorkers('auto', 1, { cpus: 64, totalMemoryBytes: 0, gpus: 0 }), 1);
});

/** Fold-units done (in whole or in part) when every run has finished its first fold, each fold taking one unit of time. */
function workBeforeFirstFolds(plan: ReturnType<typeof planJobs>): { done: number; units: number } {
  const firstFoldEnds = new Map<number, number>();
  let units = 0;
  const slotTimes = plan.slots.map((slot) => {
    let time = 0;
    for (const job of slot) {
      for (const fold of job.folds) {
        time++;
        if (fold === Math.min(...job.folds) && !firstFoldEnds.has(job.run)) firstFoldEnds.set(job.run, time);
      }
      units += job.folds.length;
    }
    return time;
  });
  const seen = Math.max(...firstFoldEnds.values());
  return { done: slotTimes.reduce((sum, time) => sum + Math.min(time, seen), 0), units };
}

describe('side by side (fail-fast)', () => {
  const sideBySide = { sideBySide: true };

  it('a worker per run or more: each run has slots of its own, its folds split contiguously between them', () => {
    assert.deepEqual(planJobs(2, 6, 2, sideBySide).slots, [[{ run: 1, folds: [0, 1, 2, 3, 4, 5] }], [{ run: 2, folds: [0, 1, 2, 3, 4, 5] }]]);
    assert.deepEqual(planJobs(2, 6, 4, sideBySide).slots, [
      [{ run: 1, folds: [0, 1, 2] }],
      [{ run: 1, folds: [3, 4, 5] }],
      [{ run: 2, folds: [0, 1, 2] }],
      [{ run: 2, folds: [3, 4, 5] }],
    ]);
    // An odd worker goes to the first run; never more slots than folds.
    assert.deepEqual(planJobs(2, 3, 3, sideBySide).slots, [[{ run: 1, folds: [0, 1] }], [{ run: 1, folds: [2] }], [{ run: 2, folds: [0, 1, 2] }]]);
    assert.equal(planJobs(2, 2, 16, sideBySide).slots.length, 4);
  });

  it('fewer workers than runs: fold-major chunks, so every run trains fold 0 before any trains much more', () => {
    assert.equal(sideBySideChunk(10), 2);
    assert.equal(sideBySideChunk(3), 1);
    assert.deepEqual(planJobs(2, 10, 1, sideBySide).slots, [
      [
        { run: 1, folds: [0, 1] },
        { run: 2, folds: [0, 1] },
        { run: 1, folds: [2, 3] },
        { run: 2, folds: [2, 3] },
        { run: 1, folds: [4, 5] },
        { run: 2, folds: [4, 5] },
        { run: 1, folds: [6, 7] },
        { run: 2, folds: [6, 7] },
        { run: 1, folds: [8, 9] },
        { run: 2, folds: [8, 9] },
      ],
    ]);
    // Dealt out in turn over the slots.
    assert.deepEqual(planJobs(3, 4, 2, sideBySide).slots, [
      [
        { run: 1, folds: [0] },
        { run: 3, folds: [0] },
        { run: 2, folds: [1] },
        { run: 1, folds: [2] },
        { run: 3, folds: [2] },
        { run: 2, folds: [3] },
      ],
      [
        { run: 2, folds: [0] },
        { run: 1, folds: [1] },
        { run: 3, folds: [1] },
        { run: 2, folds: [2] },
        { run: 1, folds: [3] },
        { run: 3, folds: [3] },
      ],
    ]);
  });

  it('one worker: every run has finished fold 0 within a quarter of the work, from 4 folds on', () => {
    for (let runs = 2; runs <= 10; runs++)
      for (let folds = 4; folds <= 30; folds++) {
        const { done, units } = workBeforeFirstFolds(planJobs(runs, folds, 1, sideBySide));
        assert.equal(units, runs * folds);
        assert.ok(done <= units / 4, `${runs} runs × ${folds} folds: ${done} of ${units} units before every fold 0 is done`);
      }
    // The default plan, for contrast: the last run starts only after the others are done.
    const { done, units } = workBeforeFirstFolds(planJobs(2, 10, 1));
    assert.ok(done > units / 2);
  });

  it('every run starts its first fold before any run trains a second chunk', () => {
    for (let runs = 1; runs <= 6; runs++)
      for (let folds = 1; folds <= 12; folds++)
        for (let workers = 1; workers <= 14; workers++) {
          const plan = planJobs(runs, folds, workers, sideBySide);
          // Each run's fold 0 is the first job of a slot or comes within the first `runs` jobs dealt.
          for (let run = 1; run <= runs; run++) {
            const position = Math.min(
              ...plan.slots.map((slot) => {
                const index = slot.findIndex((job) => job.run === run && job.folds.includes(0));
                return index < 0 ? Infinity : index;
              }),
            );
            assert.ok(position <= Math.ceil(runs / workers) - 1, `${runs}/${folds}/${workers}: run ${run}'s fold 0 is job ${position} of its slot`);
          }
        }
  });

  it('covers every (run, fold) once, whatever the shape', () => {
    for (let runs = 1; runs <= 5; runs++)
      for (let folds = 1; folds <= 12; folds++)
        for (let workers = 1; workers <= 14; workers++) {
          const plan = planJobs(runs, folds, workers, sideBySide);
          const seen = plan.jobs.flatMap((job) => job.folds.map((fold) => `${job.run}:${fold}`));
          assert.equal(new Set(seen).size, seen.length);
          assert.equal(seen.length, runs * folds);
          assert.ok(plan.slots.length <= workers);
        }
  });
});

describe('only some folds (onlyFolds)', () => {
  it('plans just those folds, in order, either way', () => {
    assert.deepEqual(planJobs(2, [3, 1], 1).slots, [
      [
        { run: 1, folds: [1, 3] },
        { run: 2, folds: [1, 3] },
      ],
    ]);
    assert.deepEqual(planJobs(2, [0], 4, { sideBySide: true }).slots, [[{ run: 1, folds: [0] }], [{ run: 2, folds: [0] }]]);
    assert.deepEqual(
      planJobs(2, [2, 5, 7], 3).jobs.map((job) => [job.run, job.folds]),
      [
        [1, [2, 5]],
        [1, [7]],
        [2, [2]],
        [2, [5, 7]],
      ],
    );
  });

  it('a fold list that is empty, repeats or is not whole numbers is a bug', () => {
    assert.throws(() => planJobs(2, [], 1), /folds must list at least one fold/);
    assert.throws(() => planJobs(2, [1, 1], 1), /distinct whole numbers >= 0, got 1, 1/);
    assert.throws(() => planJobs(2, [-1], 1), /distinct whole numbers/);
  });
});
