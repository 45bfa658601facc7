// Which training process trains which (run, fold): a pure plan, made before any process starts.
//
// Every (run, fold) is one unit of work, and every unit costs about the same. The units, run by run
// and fold by fold, are cut into `workers` contiguous stretches whose sizes differ by at most one;
// each stretch is one worker slot, which starts its processes one after another. A process never
// trains folds of two runs: where a stretch crosses from one run into the next it becomes two
// processes. So the slots finish together (the longest holds ceil(units / workers) units) and few
// processes start (at most workers + runs - 1). A fold gives the same numbers in any process
// (determinism/seeding.ts), so the plan changes how long a check takes, never its numbers.
//
// Side by side (fail-fast): the runs advance together, so that runs parting at fold 0 are seen
// before most of the work is done. With a worker per run or more, each run gets slots of its own
// and its folds are split contiguously between them. With fewer workers than runs, the folds are
// cut into chunks of SIDE_BY_SIDE_CHUNK and the jobs go fold-major (run 1's first chunk, run 2's
// first chunk, ..., then every run's next chunk), dealt out to the slots in turn: more processes
// start, but with 4 folds or more, every run's fold 0 is done before a quarter of the work.
import { placeSlots } from './placement.js';

/** One fresh training process: some folds of one run. */
export interface Job {
  /** 1-based, as in RunResult. */
  run: number;
  /** Ascending. */
  folds: number[];
}

/** The processes one worker slot runs, one after another. */
export type Slot = Job[];

export interface Plan {
  slots: Slot[];
  /** Every job of every slot, in the order the slots would start them if run one by one. */
  jobs: Job[];
}

export interface PlanOptions {
  /** Let the runs advance together (fail-fast), as described above. */
  sideBySide?: boolean;
}

/** Folds per job when runs go side by side on fewer workers than runs: every run's fold 0 done within a quarter of the work. */
export function sideBySideChunk(folds: number): number {
  return Math.max(1, Math.floor(folds / 4));
}

/** `count` items cut into `parts` contiguous pieces whose sizes differ by at most one, larger first. */
function cut<T>(items: readonly T[], parts: number): T[][] {
  const pieces: T[][] = [];
  let at = 0;
  for (let p = 0; p < parts; p++) {
    const size = Math.floor(items.length / parts) + (p < items.length % parts ? 1 : 0);
    pieces.push(items.slice(at, at + size));
    at += size;
  }
  return pieces;
}

/**
 * @param folds the folds every run trains: a count (folds 0..folds-1) or the fold numbers (onlyFolds).
 */
export function planJobs(runs: number, folds: number | readonly number[], workers: number, options: PlanOptions = {}): Plan {
  for (const [name, value] of [['runs', runs], ['workers', workers], ...(typeof folds === 'number' ? [['folds', folds] as const] : [])] as const) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`planJobs: ${name} must be a whole number >= 1, got ${value}`);
  }
  const foldList = typeof folds === 'number' ? Array.from({ length: folds }, (_, fold) => fold) : [...folds].sort((a, b) => a - b);
  if (foldList.length === 0) throw new Error('planJobs: folds must list at least one fold');
  if (foldList.some((fold, i) => !Number.isInteger(fold) || fold < 0 || fold === foldList[i - 1]))
    throw new Error(`planJobs: folds must be distinct whole numbers >= 0, got ${foldList.join(', ')}`);
  const slots = options.sideBySide ? sideBySideSlots(runs, foldList, workers) : contiguousSlots(runs, foldList, workers);
  return { slots, jobs: slots.flat() };
}

function contiguousSlots(runs: number, folds: readonly number[], workers: number): Slot[] {
  const units = runs * folds.length;
  const slotCount = Math.min(workers, units);
  const slots: Slot[] = [];
  let unit = 0;
  for (let s = 0; s < slotCount; s++) {
    // The first (units % slotCount) slots take one unit more.
    const size = Math.floor(units / slotCount) + (s < units % slotCount ? 1 : 0);
    const slot: Slot = [];
    for (const end = unit + size; unit < end; unit++) {
      const run = Math.floor(unit / folds.length) + 1;
      const fold = folds[unit % folds.length];
      const last = slot[slot.length - 1];
      if (last && last.run === run) last.folds.push(fold);
      else slot.push({ run, folds: [fold] });
    }
    slots.push(slot);
  }
  return slots;
}

function sideBySideSlots(runs: number, folds: readonly number[], workers: number): Slot[] {
  if (workers >= runs) {
    // Each run its own slots (the first workers % runs runs one more), no more than it has folds.
    const slots: Slot[] = [];
    for (let run = 1; run <= runs; run++) {
      const own = Math.min(folds.length, Math.floor(workers / runs) + (run - 1 < workers % runs ? 1 : 0));
      for (const piece of cut(folds, own)) slots.push([{ run, folds: piece }]);
    }
    return slots;
  }
  const chunk = sideBySideChunk(folds.length);
  const jobs: Job[] = [];
  for (let from = 0; from < folds.length; from += chunk) {
    for (let run = 1; run <= runs; run++) jobs.push({ run, folds: folds.slice(from, from + chunk) });
  }
  // Every job is about the same size, so dealing them out in turn keeps the slots in step.
  const slots: Slot[] = Array.from({ length: workers }, () => []);
  jobs.forEach((job, i) => slots[i % workers].push(job));
  return slots;
}

/** What `parallel: auto` looks at. */
export interface MachineFacts {
  /** Processors this process may use (os.availableParallelism()). */
  cpus: number;
  totalMemoryBytes: number;
  /** GPUs that a training process would train on (0 where none, or where the backend would not use them). */
  gpus: number;
}

/** Training processes per GPU under `parallel: auto`: two keep a GPU busy while the other loads or evaluates. */
export const WORKERS_PER_GPU = 2;
/** Memory set aside per training process under `parallel: auto` (a worker peaks below 250 MB). */
export const MEMORY_PER_WORKER_BYTES = 400 * 1024 * 1024;

/**
 * The number of processes side by side. A number is taken as given. auto: on CPU one
 * single-threaded process per processor (threads processors per process when threads > 1);
 * with GPUs, WORKERS_PER_GPU per GPU; never more than the memory holds (3/4 of it, at
 * MEMORY_PER_WORKER_BYTES each); at least 1.
 */
export function resolveWorkers(parallel: number | 'auto', threads: number, machine: MachineFacts): number {
  const gpus = Array.from({ length: machine.gpus }, (_, index) => ({ index }));
  const request = { parallel, threads, processesPerGpu: WORKERS_PER_GPU, memoryPerProcessBytes: MEMORY_PER_WORKER_BYTES, pinSingleSlot: true };
  return placeSlots(request, { cpus: machine.cpus, totalMemoryBytes: machine.totalMemoryBytes, gpus }).slots;
}
