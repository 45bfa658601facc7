import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MEMORY_PER_WORKER_BYTES, planJobs, resolveWorkers } from '../../src/runs/schedule.js';

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
