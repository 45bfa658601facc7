// Which launcher a command's line starts, and how many processes it asks for: torchrun (or
// `python -m torch.distributed.run`, the same program) with --nproc-per-node and --nnodes, for the
// run's `distributed` record (contracts/run-result.ts DistributedRun). A command line is shell text:
// it is split into words roughly as sh would (quotes, backslashes; no expansion), and every launcher
// in it is read, so that `torchrun --nnodes 2 --node-rank 0 … & torchrun --nnodes 2 --node-rank 1 …`
// (two nodes on one machine) counts as one world of nnodes × nproc-per-node. A launcher script
// that starts the ranks itself is not seen here: its ranks are counted from its trace. Pure.
import type { DistributedRun } from '../contracts/run-result.js';

export interface DetectedLauncher {
  launcher: 'torchrun' | null;
  /** nproc-per-node × nnodes of the first launcher that gives both as numbers (defaults: 1 and 1); null without a launcher or with `auto`/`gpu`/ranges. */
  worldSize: number | null;
  nnodes: number | null;
}

/** Splits shell text into words: quotes and backslashes taken as sh takes them, `;`, `&`, `|` and newlines as words of their own. */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      word = (word ?? '') + text.slice(i + 1, end === -1 ? text.length : end);
      i = end === -1 ? text.length : end;
    } else if (c === '"') {
      let value = '';
      for (i++; i < text.length && text[i] !== '"'; i++) value += text[i] === '\\' && i + 1 < text.length ? (text[++i] as string) : text[i];
      word = (word ?? '') + value;
    } else if (c === '\\' && i + 1 < text.length) {
      word = (word ?? '') + text[++i];
    } else if (/\s/.test(c) || ';&|()'.includes(c)) {
      if (word !== null) words.push(word);
      word = null;
      if (c !== ' ' && c !== '\t') words.push(c === '\r' ? '\n' : c);
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

/** The value of option `names` (`--name value` or `--name=value`) among a launcher's words, up to its script. */
function optionValue(args: readonly string[], names: readonly string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    for (const name of names) {
      if (arg === name) return args[i + 1] ?? null;
      if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
    }
  }
  return null;
}

/** A whole number from 1, or null ("auto", "gpu", a range like 1:4). */
function count(value: string | null, absent: number): number | null {
  if (value === null) return absent;
  return /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : null;
}

/** The launcher's own words: from after its name up to its script (a word ending in .py) or the end of its command (a `;`, `&`, `|` or new line). */
function launcherArgs(words: readonly string[], start: number): string[] {
  const args: string[] = [];
  for (let i = start; i < words.length && !';&|\n()'.includes(words[i] as string) && !(words[i] as string).endsWith('.py'); i++) args.push(words[i] as string);
  return args;
}

/** Where the command line starts torchrun (by any path) or `python -m torch.distributed.run`: the index after the launcher's name. */
function launcherStarts(words: readonly string[]): number[] {
  const starts: number[] = [];
  words.forEach((word, i) => {
    if (word === 'torchrun' || word.endsWith('/torchrun')) starts.push(i + 1);
    else if (word === '-m' && words[i + 1] === 'torch.distributed.run' && /(^|\/)python[0-9.]*$/.test(words[i - 1] ?? '')) starts.push(i + 2);
  });
  return starts;
}

export function detectLauncher(command: string): DetectedLauncher {
  const words = shellWords(command);
  const starts = launcherStarts(words);
  if (starts.length === 0) return { launcher: null, worldSize: null, nnodes: null };
  for (const start of starts) {
    const args = launcherArgs(words, start);
    // torchrun takes both spellings of its options.
    const nnodes = count(optionValue(args, ['--nnodes']), 1);
    const perNode = count(optionValue(args, ['--nproc-per-node', '--nproc_per_node']), 1);
    if (nnodes !== null && perNode !== null) return { launcher: 'torchrun', worldSize: nnodes * perNode, nnodes };
  }
  return { launcher: 'torchrun', worldSize: null, nnodes: null };
}

/** What the command reported of its process group in $TF_REPRO_ENVIRONMENT (tf_repro.write_environment): {"distributed": {"backend", "world_size"}}. */
export function reportedDistributed(text: string): { backend: string | null; worldSize: number | null } | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const distributed = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).distributed : undefined;
  if (typeof distributed !== 'object' || distributed === null) return null;
  const { backend, world_size: worldSize } = distributed as Record<string, unknown>;
  return {
    backend: typeof backend === 'string' && /^[\w.-]{1,40}$/.test(backend) ? backend : null,
    worldSize: typeof worldSize === 'number' && Number.isSafeInteger(worldSize) && worldSize >= 1 ? worldSize : null,
  };
}

/**
 * The run's `distributed` record: the launcher from its command line; the world size as the
 * command's process group reported it, else from the launcher's arguments, else the number of ranks that traced;
 * the backend as reported. Undefined for a run of one process (no launcher, no report, at most one rank traced).
 */
export function distributedRun(
  detected: DetectedLauncher,
  reported: { backend: string | null; worldSize: number | null } | null,
  tracedRanks: number,
): DistributedRun | undefined {
  if (detected.launcher === null && reported === null && tracedRanks < 2) return undefined;
  return {
    launcher: detected.launcher,
    worldSize: reported?.worldSize ?? detected.worldSize ?? (tracedRanks > 0 ? tracedRanks : null),
    backend: reported?.backend ?? null,
  };
}
