// Which training process trains which (run, fold): a pure plan, made before any process starts.
//
// Every (run, fold) is one unit of work, and every unit costs about the same. The units, run by run
// and fold by fold, are cut into `workers` contiguous stretches whose sizes differ by at most one;
// each stretch is one worker slot, which starts its processes one after another. A process never
// trains folds of two runs: where a stretch crosses from one run into the next it becomes two
// processes. So the slots finish together (the longest holds ceil(units / workers) units) and few
// processes start (at most workers + runs - 1). A fold gives the same numbers in any process
// (determinism/seeding.ts), so the plan changes how long a check takes, never its numbers.

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

export function planJobs(runs: number, folds: number, workers: number): Plan {
  for (const [name, value] of [
    ['runs', runs],
    ['folds', folds],
    ['workers', workers],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`planJobs: ${name} must be a whole number >= 1, got ${value}`);
  }
  const units = runs * folds;
  const slotCount = Math.min(workers, units);
  const slots: Slot[] = [];
  let unit = 0;
  for (let s = 0; s < slotCount; s++) {
    // The first (units % slotCount) slots take one unit more.
    const size = Math.floor(units / slotCount) + (s < units % slotCount ? 1 : 0);
    const slot: Slot = [];
    for (const end = unit + size; unit < end; unit++) {
      const run = Math.floor(unit / folds) + 1;
      const fold = unit % folds;
      const last = slot[slot.length - 1];
      if (last && last.run === run) last.folds.push(fold);
      else slot.push({ run, folds: [fold] });
    }
    slots.push(slot);
  }
  return { slots, jobs: slots.flat() };
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
  if (parallel !== 'auto') return parallel;
  const byProcessors = machine.gpus > 0 ? Math.min(machine.cpus, machine.gpus * WORKERS_PER_GPU) : Math.floor(machine.cpus / Math.max(1, threads));
  const byMemory = Math.floor((machine.totalMemoryBytes * 0.75) / MEMORY_PER_WORKER_BYTES);
  return Math.max(1, Math.min(byProcessors, byMemory));
}
