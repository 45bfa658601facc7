// Hints (issue 22, part 8): from what a check observed (where the runs part, whether their inputs
// differed there, a known error in a failed run's output) to the likely cause and its fix. A hint
// is a guess from a short table, never a finding: every rendering labels it "likely cause". Pure.
import type { Divergence } from '../contracts/report.js';

export interface Hint {
  /** What was observed, in words: "the initial weights differ". */
  observed: string;
  /** The likely cause. */
  cause: string;
  /** What to do. */
  fix: string;
}

const SEED_FROM_ENV = 'int(os.environ["TF_REPRO_SEED"])';

/** Where the runs part, to the likely cause. */
function divergenceHint(d: Divergence): Hint | null {
  if (d.stage === 'init') {
    return {
      observed: 'the weights differ before any step',
      cause: 'an initialiser without a seed',
      fix: `seed the framework before the model is built: keras.utils.set_random_seed(${SEED_FROM_ENV}), torch.manual_seed(…) or jax.random.key(…) from TF_REPRO_SEED, or give each initialiser a seed`,
    };
  }
  if (d.inputs === 'differ') {
    return {
      observed: 'the inputs of the step where the runs part differ',
      cause: 'the data order, augmentation or fold split: an unseeded shuffle, random augmentation, or DataLoader workers',
      fix: 'seed the shuffle and the augmentation from TF_REPRO_SEED, split folds with a fixed random_state, and give a DataLoader a seeded generator and worker_init_fn',
    };
  }
  if (d.stage === 'epoch' && (d.inputs === 'same' || (d.epoch === 1 && d.batch === 1))) {
    const inputs = d.inputs === 'same' ? 'with the same inputs' : 'in the first batch';
    return {
      observed: `the initial weights agree and the weights part ${inputs}`,
      cause: 'dropout without a seed, or a nondeterministic op',
      fix: "seed dropout (or the framework) from TF_REPRO_SEED, and run with the framework's deterministic ops (TF_DETERMINISTIC_OPS=1, torch.use_deterministic_algorithms(True), XLA's --xla_gpu_deterministic_ops)",
    };
  }
  if (d.stage === 'evaluation') {
    return {
      observed: 'every traced checkpoint agrees, yet the results differ',
      cause: 'the evaluation code',
      fix: 'look at the evaluation: an unseeded random transform at test time, a sampled test set, or metrics summed in a nondeterministic order',
    };
  }
  return null;
}

/** A known error signature in a failed run's output: the message names the op where it can. */
interface Signature {
  pattern: RegExp;
  hint: (match: RegExpMatchArray) => Hint;
}

const SIGNATURES: readonly Signature[] = [
  {
    pattern: /Random ops require a seed/,
    hint: () => ({
      observed: 'TensorFlow stopped with "Random ops require a seed to be set when determinism is enabled"',
      cause: 'a random op without a seed under op determinism (TF_DETERMINISTIC_OPS)',
      fix: `call keras.utils.set_random_seed(${SEED_FROM_ENV}) before the model is built`,
    }),
  },
  {
    pattern: /CUBLAS_WORKSPACE_CONFIG/,
    hint: () => ({
      observed: "PyTorch's deterministic algorithms stopped a cuBLAS matrix multiply",
      cause: 'CUBLAS_WORKSPACE_CONFIG is not set in the process (framework pytorch sets it to :4096:8; a script or launcher may clear it)',
      fix: 'keep CUBLAS_WORKSPACE_CONFIG=:4096:8 in the environment of every process that runs CUDA',
    }),
  },
  {
    pattern: /RuntimeError: ([A-Za-z0-9_:.]+) does not have a deterministic implementation/,
    hint: (match) => ({
      observed: `PyTorch stopped: ${match[1]} does not have a deterministic implementation`,
      cause: `the op ${match[1]} under torch.use_deterministic_algorithms(True)`,
      fix: `replace ${match[1]} with an op that has a deterministic implementation, or run it on the CPU`,
    }),
  },
  {
    pattern:
      /UnimplementedError[\s\S]*?(?:deterministic GPU implementation of|Determinism is not yet supported (?:in|for)(?: the)?(?: GPU implementation of)?) ([A-Za-z0-9_]+)/,
    hint: (match) => ({
      observed: `TensorFlow stopped: no deterministic implementation of ${match[1]} (UnimplementedError)`,
      cause: `the op ${match[1]} under op determinism (TF_DETERMINISTIC_OPS)`,
      fix: `replace ${match[1]} with an op that has a deterministic implementation, or run it on the CPU`,
    }),
  },
];

/** The hints of one error text: each known signature it shows, once. */
export function errorHints(text: string): Hint[] {
  const hints: Hint[] = [];
  for (const signature of SIGNATURES) {
    const match = text.match(signature.pattern);
    if (match) hints.push(signature.hint(match));
  }
  return hints;
}

/** Every hint for a check: where its runs part, then each known error signature of its errors, without repeats. */
export function checkHints(divergence: Divergence | null | undefined, errors: readonly string[]): Hint[] {
  const hints = [...(divergence ? [divergenceHint(divergence)].filter((hint) => hint !== null) : []), ...errors.flatMap(errorHints)];
  const seen = new Set<string>();
  return hints.filter((hint) => {
    const key = `${hint.cause}\n${hint.fix}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One hint in words, labelled as a guess: "Likely cause (…): …". */
export function hintSentence(hint: Hint): string {
  return `Likely cause (a hint, not a finding): ${hint.cause}, since ${hint.observed}. Fix: ${hint.fix}.`;
}
