// Variations (issue 23), the decisions: how each factor is varied on this runner or why it cannot
// be, which runs find the factors that change the numbers (every factor at once in one run; only
// when that run differs, the factors split until the responsible ones are named), and what the
// outcome means for the step's verdict and its sentence. Pure: the facts come from
// runs/variation.ts, the runs from engine/variations.ts.
import type { FactorOutcome, Variations } from '../contracts/report.js';
import { VARY_FACTORS, type Framework, type VaryFactor } from '../contracts/settings.js';
import type { StepVerdict, Verdict } from '../contracts/verdict.js';

/** The thread variables a varied run may set where the mode's preset leaves them free. */
export const THREAD_VARIABLES = ['OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'TF_NUM_INTRAOP_THREADS', 'TF_NUM_INTEROP_THREADS'] as const;

/** The extra variable of the `env` factor: nothing reads it, so a run that changes with it reads its whole environment. */
export const UNRELATED_VARIABLE = 'TF_REPRO_UNRELATED';

/** Time zones far from most runners' (UTC) and from each other, with offsets that are not whole hours. */
const ZONES = [
  { name: 'Asia/Kathmandu', posix: '<+0545>-5:45', offset: '+05:45' },
  { name: 'America/St_Johns', posix: '<-0330>3:30', offset: '-03:30' },
] as const;

/** Locales whose conventions differ from C's (a decimal comma, other dates), best first. */
const PREFERRED_LOCALES = ['de_DE', 'fr_FR', 'ru_RU', 'es_ES', 'it_IT', 'pt_BR', 'nl_NL', 'tr_TR'];

/** What runs/variation.ts found on this runner, and what the control runs got. */
export interface VariationFacts {
  /** tf-repro trains (the default workload or a model file), or a command does. */
  kind: 'training' | 'command';
  /** A command's framework; null for training. */
  framework: Framework | null;
  /** The variables the control runs had (inherited and set by the preset). */
  controlEnvironment: Record<string, string | undefined>;
  /** The thread variables the mode's preset sets in every run. */
  presetThreadVariables: string[];
  /** The working directory could be copied for `path`, or why not; for training, always ok (the processes run in an empty one). */
  pathCopy: { ok: true } | { ok: false; reason: string };
  /** Whether /usr/share/zoneinfo has the zones, else POSIX TZ strings are used (glibc reads both). */
  zoneinfo: boolean;
  /** `locale -a`'s list; null where it could not run. */
  locales: string[] | null;
  /** This process's umask, which runs inherit; null where unknown. */
  umask: number | null;
  /** The CPUs this process may run on (its affinity); null where unknown. */
  allowedCpus: number[] | null;
  /** `taskset` (util-linux) is on PATH. */
  taskset: boolean;
  /** The Python shim's folder (dist/shims/conditions, from python/shims/conditions: directory listings and the environment reordered); null where missing. */
  pythonShim: string | null;
}

/** How a factor is applied to a run; runs/variation.ts carries it out. */
export type FactorApplication =
  | { factor: 'path' }
  | { factor: 'tz'; variables: Record<string, string> }
  | { factor: 'locale'; variables: Record<string, string> }
  | { factor: 'env'; variables: Record<string, string>; reversed: true; shimDir: string | null }
  | { factor: 'umask'; umask: number }
  | { factor: 'file-order'; shimDir: string; variables: Record<string, string> }
  | { factor: 'cpus'; cpus: number[]; allowed: number[] }
  | { factor: 'threads'; variables: Record<string, string> };

export type FactorPlan = { factor: VaryFactor; ok: true; how: string; application: FactorApplication } | { factor: VaryFactor; ok: false; reason: string };

const octal = (mask: number): string => mask.toString(8).padStart(3, '0');

/** "0-3,6" for [0, 1, 2, 3, 6]. */
export function cpuListText(cpus: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < cpus.length; i++) {
    let j = i;
    while (j + 1 < cpus.length && cpus[j + 1] === cpus[j]! + 1) j++;
    parts.push(j === i ? String(cpus[i]) : `${cpus[i]}-${cpus[j]}`);
    i = j;
  }
  return parts.join(',');
}

/**
 * The CPUs of one process of a varied run: as many as `fewer`, taken in turn from `allowed` by
 * slot, so that processes side by side each see fewer CPUs without sharing them all.
 */
export function cpusForSlot(fewer: readonly number[], allowed: readonly number[], slot: number): number[] {
  const start = (slot * fewer.length) % allowed.length;
  return fewer.map((_, i) => allowed[(start + i) % allowed.length]!).sort((a, b) => a - b);
}

/** "0-1,4" → [0, 1, 4]; null for text that is no CPU list. */
export function parseCpuList(text: string): number[] | null {
  const cpus: number[] = [];
  for (const part of text.trim().split(',')) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!match) return null;
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (to < from || to - from > 4096) return null;
    for (let cpu = from; cpu <= to; cpu++) cpus.push(cpu);
  }
  return cpus.length > 0 ? cpus : null;
}

function controlLocale(env: Record<string, string | undefined>): string {
  return env.LC_ALL || env.LANG || 'C';
}

/** The language and territory of a locale name: 'de_DE.utf8' → 'de_DE'. */
const localeBase = (name: string): string => name.split(/[.@]/)[0] ?? name;

function pickLocale(installed: readonly string[], control: string): string | null {
  const usable = installed.filter((name) => /^[a-z]{2,3}_[A-Z]{2}/.test(name) && localeBase(name) !== localeBase(control));
  const utf8 = (name: string): boolean => /\.utf-?8$/i.test(name);
  for (const base of PREFERRED_LOCALES) {
    const found = usable.find((name) => localeBase(name) === base && utf8(name)) ?? usable.find((name) => localeBase(name) === base);
    if (found) return found;
  }
  return usable.find(utf8) ?? usable[0] ?? null;
}

/** How each requested factor is varied on this runner, or why it cannot be: never left out silently. */
export function planFactors(requested: readonly VaryFactor[], facts: VariationFacts): FactorPlan[] {
  return VARY_FACTORS.filter((factor) => requested.includes(factor)).map((factor) => planFactor(factor, facts));
}

function planFactor(factor: VaryFactor, facts: VariationFacts): FactorPlan {
  const env = facts.controlEnvironment;
  const no = (reason: string): FactorPlan => ({ factor, ok: false, reason });
  switch (factor) {
    case 'path': {
      if (!facts.pathCopy.ok) return no(facts.pathCopy.reason);
      const how =
        facts.kind === 'command'
          ? 'the command runs in a copy of its working directory, at another absolute path of another length'
          : 'the training processes run in another working directory, at another absolute path of another length';
      return { factor, ok: true, how, application: { factor } };
    }
    case 'tz': {
      const control = env.TZ;
      const zone = ZONES.find((candidate) => control !== candidate.name && control !== candidate.posix) ?? ZONES[0];
      const value = facts.zoneinfo ? zone.name : zone.posix;
      return {
        factor,
        ok: true,
        how: `TZ=${value} (UTC${zone.offset}; the control runs: ${control === undefined ? 'TZ unset, the system zone' : `TZ=${control}`})`,
        application: { factor, variables: { TZ: value } },
      };
    }
    case 'locale': {
      if (facts.locales === null) return no('the installed locales could not be listed (`locale -a` did not run)');
      const control = controlLocale(env);
      const other = pickLocale(facts.locales, control);
      if (other === null) {
        return no(
          `no locale with other conventions than the control runs' ${control} is installed (locale -a lists ${facts.locales.join(', ') || 'none'}); install one, e.g. \`apt-get install locales\` and \`locale-gen de_DE.UTF-8\``,
        );
      }
      return {
        factor,
        ok: true,
        how: `LC_ALL=LANG=${other} (the control runs: ${control})`,
        application: { factor, variables: { LC_ALL: other, LANG: other } },
      };
    }
    case 'env': {
      // /bin/sh passes a command's variables on in an order of its own: Python's os.environ is reordered by the shim.
      const shim = facts.kind === 'command' ? facts.pythonShim : null;
      const order = facts.kind === 'command' ? (shim ? ' (for Python, os.environ, through the shim)' : ' (as far as /bin/sh keeps it)') : '';
      return {
        factor,
        ok: true,
        how: `the environment's variables in reverse order${order}, and one unrelated variable added (${UNRELATED_VARIABLE}=1)`,
        application: { factor, variables: { [UNRELATED_VARIABLE]: '1', ...(shim ? { TF_REPRO_ENV_ORDER: 'reversed' } : {}) }, reversed: true, shimDir: shim },
      };
    }
    case 'umask': {
      if (facts.umask === null) return no("this process's umask is unknown (no /proc/self/status), so another cannot be chosen");
      const varied = facts.umask === 0o077 ? 0o022 : 0o077;
      return { factor, ok: true, how: `umask ${octal(varied)} (the control runs: ${octal(facts.umask)})`, application: { factor, umask: varied } };
    }
    case 'file-order': {
      if (facts.kind === 'training')
        return no("tf-repro's own training lists no directory whose order it uses: it opens the dataset's and the model's files by name");
      if (facts.pythonShim === null)
        return no('the Python shim (dist/shims/conditions, built from python/shims/conditions) is missing from this copy of tf-repro');
      return {
        factor,
        ok: true,
        how: "Python's directory listings reversed (os.listdir, os.scandir, os.walk, glob, pathlib: a sitecustomize on PYTHONPATH); other languages' listings unchanged",
        application: { factor, shimDir: facts.pythonShim, variables: { TF_REPRO_FILE_ORDER: 'reversed' } },
      };
    }
    case 'cpus': {
      const cpus = facts.allowedCpus;
      if (cpus === null) return no('the CPUs this process may use are unknown (no /proc/self/status)');
      if (cpus.length < 2) return no(`only one CPU (${cpuListText(cpus)}) is available to this process, so a run cannot have fewer`);
      if (!facts.taskset) return no("`taskset` (util-linux) is not installed, which sets a run's CPU affinity");
      const fewer = cpus.slice(0, Math.floor(cpus.length / 2));
      return {
        factor,
        ok: true,
        how:
          facts.kind === 'command'
            ? `${fewer.length} of ${cpus.length} CPUs (taskset -c ${cpuListText(fewer)}): the affinity, which sched_getaffinity and os.process_cpu_count see`
            : `${fewer.length} of ${cpus.length} CPUs for each training process (taskset -c ${cpuListText(fewer)}; processes side by side take the next ones)`,
        application: { factor, cpus: fewer, allowed: cpus },
      };
    }
    case 'threads': {
      if (facts.kind === 'training') {
        return no(
          "the `threads` input sets the backend's threads in every run (the preset pins TF_NUM_INTRAOP_THREADS, TF_NUM_INTEROP_THREADS and OMP_NUM_THREADS)",
        );
      }
      const free = THREAD_VARIABLES.filter((name) => !facts.presetThreadVariables.includes(name));
      if (free.length === 0) return no(`the ${facts.framework} preset pins every thread variable (${THREAD_VARIABLES.join(', ')})`);
      const cpuCount = facts.allowedCpus?.length ?? 1;
      const variables: Record<string, string> = {};
      for (const name of free) {
        // Unset, a library sizes its pool by the CPUs: the varied run gets another size.
        const effective = env[name] ?? String(cpuCount);
        variables[name] = effective === '1' ? '2' : '1';
      }
      const set = Object.entries(variables).map(([name, value]) => `${name}=${value}`);
      const pinned = facts.presetThreadVariables.filter((name) => (THREAD_VARIABLES as readonly string[]).includes(name));
      return {
        factor,
        ok: true,
        how: `${set.join(', ')}${pinned.length > 0 ? ` (the ${facts.framework} preset pins ${pinned.join(', ')})` : ''}`,
        application: { factor, variables },
      };
    }
  }
}

// --- Which runs: group testing ---

export type TrialResult = 'same' | 'differs' | 'failed';

export interface SearchTrial {
  factors: VaryFactor[];
  result: TrialResult;
}

export interface FactorFinding {
  status: 'same' | 'differs';
  /** The trial (index into trials) that showed it. */
  trial: number;
  /** Differs only together with these (each alone changed nothing). */
  together?: VaryFactor[];
}

export interface SearchResult {
  trials: SearchTrial[];
  findings: Map<VaryFactor, FactorFinding>;
}

/** The first half and the rest (the first half the larger). */
function halves<T>(items: readonly T[]): [T[], T[]] {
  const cut = Math.ceil(items.length / 2);
  return [items.slice(0, cut), items.slice(cut)];
}

/**
 * Finds the factors that change the numbers with as few runs as it can: every factor at once; only
 * when that run differs, halves, recursively (adaptive group testing). A half that agrees clears
 * its factors; when the first half agrees the second is known to differ without its own run. A
 * run that fails counts as differing (the factor broke the run). Factors that change the numbers
 * only together (each half alone agrees) are named together. Each factor named alone has a run
 * of its own, so its divergence is known. Where the numbers move only when factors of both halves
 * vary, each factor of the group is left out once: those without which it agrees are named
 * together. `test` runs one varied run; runs happen one at a time.
 */
export async function findSensitiveFactors(factors: readonly VaryFactor[], test: (factors: VaryFactor[]) => Promise<TrialResult>): Promise<SearchResult> {
  const trials: SearchTrial[] = [];
  const findings = new Map<VaryFactor, FactorFinding>();
  const run = async (group: VaryFactor[], clears = true): Promise<{ index: number; differs: boolean }> => {
    const result = await test(group);
    trials.push({ factors: group, result });
    const index = trials.length - 1;
    if (result === 'same' && clears) for (const factor of group) findings.set(factor, { status: 'same', trial: index });
    return { index, differs: result !== 'same' };
  };
  /** `group` differs (shown by `trial`, or inferred: null). Returns whether some factor in it was named. */
  const narrow = async (group: VaryFactor[], trial: number | null): Promise<boolean> => {
    if (group.length === 1) {
      let shown = trial;
      if (shown === null) {
        const own = await run(group);
        if (!own.differs) return false;
        shown = own.index;
      }
      findings.set(group[0]!, { status: 'differs', trial: shown });
      return true;
    }
    const [first, second] = halves(group);
    const a = await run(first);
    let found: boolean;
    if (!a.differs) {
      found = await narrow(second, null);
    } else {
      const b = await run(second);
      const inFirst = await narrow(first, a.index);
      const inSecond = b.differs ? await narrow(second, b.index) : false;
      found = inFirst || inSecond;
    }
    if (found) return true;
    // No half changes the numbers alone: some of the group's factors do, together.
    let shown = trial;
    if (shown === null) {
      const own = await run(group);
      if (!own.differs) return false;
      shown = own.index;
    }
    // Those without which the group agrees are the ones that act together (one run each; rare).
    const needed: VaryFactor[] = [];
    for (const factor of group) {
      const without = await run(
        group.filter((other) => other !== factor),
        false,
      );
      if (!without.differs) needed.push(factor);
    }
    const named = needed.length > 0 ? needed : group;
    for (const factor of named) findings.set(factor, { status: 'differs', trial: shown, together: named.filter((other) => other !== factor) });
    return true;
  };
  if (factors.length === 0) return { trials, findings };
  const all = await run([...factors]);
  if (all.differs) await narrow([...factors], all.index);
  return { trials, findings };
}

// --- What it means ---

/** The factors that changed the numbers, in VARY_FACTORS order. */
export function sensitiveFactors(outcomes: readonly FactorOutcome[]): VaryFactor[] {
  return VARY_FACTORS.filter((factor) => outcomes.some((outcome) => outcome.factor === factor && outcome.status === 'differs'));
}

/**
 * The step's verdict: the control runs' own, unless they reproduce and a varied factor changed the
 * numbers with `fail-on-variation`: then 'condition-sensitive' (exit 1, reproducible=false).
 */
export function stepVerdict(control: Verdict, variations: Pick<Variations, 'sensitiveTo' | 'failOnVariation'> | undefined): StepVerdict {
  if (control !== 'reproducible' || !variations) return control;
  return variations.sensitiveTo.length > 0 && variations.failOnVariation ? 'condition-sensitive' : control;
}

/** Why no varied run was made although factors could be varied: the control runs must agree first. */
export function skipReason(control: Verdict, cancelled: boolean): string | null {
  if (cancelled) return 'the check was cancelled';
  if (control === 'not-reproducible') return 'the control runs differ among themselves, so a varied run could not show what a condition changes';
  if (control === 'error') return 'the control runs did not all finish';
  return null;
}

const factorList = (factors: readonly string[]): string => {
  const quoted = factors.map((factor) => `\`${factor}\``);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
};

/**
 * The variations' verdict line: "Reproducible in identical conditions; the numbers change when
 * `tz` changes (fold 0, epoch 1: …)." `where` gives each sensitive factor's place in words.
 */
export function variationSentence(control: Verdict, variations: Variations, where: (factor: VaryFactor) => string | null): string {
  const runs = variations.trials.length;
  const cost = `${runs} varied ${runs === 1 ? 'run' : 'runs'}`;
  const varied = variations.factors.filter((outcome) => outcome.status === 'same' || outcome.status === 'differs');
  const notVaried = variations.factors.filter((outcome) => outcome.status === 'not-varied').map((outcome) => outcome.factor);
  const notVariedText = notVaried.length > 0 ? `; not varied here: ${notVaried.join(', ')}` : '';
  if (control !== 'reproducible') {
    const tried = variations.factors.find((outcome) => outcome.status === 'not-tried');
    return `No condition was varied: ${tried?.reason ?? 'the control runs do not reproduce'}.`;
  }
  if (varied.length === 0) return `Reproducible in identical conditions; no condition could be varied on this runner${notVariedText}.`;
  if (variations.sensitiveTo.length === 0) {
    return `Reproducible in identical conditions and when ${factorList(varied.map((outcome) => outcome.factor))} ${varied.length === 1 ? 'changes' : 'change'} (${cost})${notVariedText}.`;
  }
  const clauses = variations.sensitiveTo.map((factor) => {
    const place = where(factor);
    const outcome = variations.factors.find((candidate) => candidate.factor === factor);
    const together = outcome?.together?.length ? ` together with ${factorList(outcome.together)}` : '';
    return `\`${factor}\` changes${together}${place ? ` (${place})` : ''}`;
  });
  return `Reproducible in identical conditions; the numbers change when ${clauses.join(', and when ')}; ${cost}.`;
}
