// The hints table (issue 22, part 8): what a check observed → the likely cause and its fix, and
// the known error signatures of TensorFlow and PyTorch, from the messages those frameworks print.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Divergence } from '../../src/contracts/report.js';
import { checkHints, errorHints, hintSentence } from '../../src/comparison/hints.js';

const parting = (changes: Partial<Divergence>): Divergence => ({
  runs: [1, 2],
  fold: 0,
  stage: 'epoch',
  epoch: 2,
  batch: 7,
  variables: ['dense/kernel'],
  ...changes,
});
const causes = (divergence: Divergence | null, errors: string[] = []): string[] => checkHints(divergence, errors).map((hint) => hint.cause);

test('where the runs part → the likely cause', () => {
  assert.deepEqual(causes(parting({ stage: 'init', epoch: 0, batch: null })), ['an initialiser without a seed']);
  assert.deepEqual(causes(parting({ inputs: 'differ' })), [
    'the data order, augmentation or fold split: an unseeded shuffle, random augmentation, or DataLoader workers',
  ]);
  assert.deepEqual(causes(parting({ inputs: 'same' })), ['dropout without a seed, or a nondeterministic op']);
  // The first batch of the first epoch, inputs unknown: the initial weights agreed, the first step did not.
  assert.deepEqual(causes(parting({ epoch: 1, batch: 1 })), ['dropout without a seed, or a nondeterministic op']);
  assert.deepEqual(causes(parting({ stage: 'evaluation', epoch: null, batch: null })), ['the evaluation code']);
  // Later in training with nothing known of the inputs, or no trace: no guess.
  assert.deepEqual(causes(parting({})), []);
  assert.deepEqual(causes(parting({ stage: null, epoch: null, batch: null })), []);
  assert.deepEqual(causes(null), []);
});

test('a hint is labelled a likely cause, with what was observed and the fix', () => {
  const [hint] = checkHints(parting({ stage: 'init', epoch: 0, batch: null }), []);
  assert.match(
    hintSentence(hint!),
    /^Likely cause \(a hint, not a finding\): an initialiser without a seed, since the weights differ before any step\. Fix: seed the framework before the model is built: keras\.utils\.set_random_seed\(int\(os\.environ\["TF_REPRO_SEED"\]\)\)/,
  );
});

test("TensorFlow's random ops without a seed → keras.utils.set_random_seed from TF_REPRO_SEED", () => {
  const [hint] = errorHints(
    'tensorflow.python.framework.errors_impl.FailedPreconditionError: Random ops require a seed to be set when determinism is enabled. Please set a seed before running the op, e.g. by calling tf.random.set_seed(1).',
  );
  assert.equal(hint?.fix, 'call keras.utils.set_random_seed(int(os.environ["TF_REPRO_SEED"])) before the model is built');
});

test("PyTorch's deterministic-algorithm error names the op; its cuBLAS error names CUBLAS_WORKSPACE_CONFIG", () => {
  const [op] = errorHints(
    "RuntimeError: adaptive_avg_pool2d_backward_cuda does not have a deterministic implementation, but you set 'torch.use_deterministic_algorithms(True)'. You can turn off determinism just for this operation, or you can use the 'warn_only=True' option, if that's acceptable for your application.",
  );
  assert.equal(op?.cause, 'the op adaptive_avg_pool2d_backward_cuda under torch.use_deterministic_algorithms(True)');
  const [cublas] = errorHints(
    'RuntimeError: Deterministic behavior was enabled with either `torch.use_deterministic_algorithms(True)` or `at::Context::setDeterministicAlgorithms(true)`, but this operation is not deterministic because it uses CuBLAS and you have CUDA >= 10.2. To enable deterministic behavior in this case, you must set an environment variable before running your PyTorch application: CUBLAS_WORKSPACE_CONFIG=:4096:8 or CUBLAS_WORKSPACE_CONFIG=:16:8.',
  );
  assert.equal(cublas?.fix, 'keep CUBLAS_WORKSPACE_CONFIG=:4096:8 in the environment of every process that runs CUDA');
});

test("TensorFlow's UnimplementedError under op determinism names the op, in either wording", () => {
  const [xent] = errorHints(
    'tensorflow.python.framework.errors_impl.UnimplementedError: Graph execution error:\n\nDetected at node sparse_categorical_crossentropy/SparseSoftmaxCrossEntropyWithLogits\nA deterministic GPU implementation of SparseSoftmaxXentWithLogits is not currently available.',
  );
  assert.equal(xent?.cause, 'the op SparseSoftmaxXentWithLogits under op determinism (TF_DETERMINISTIC_OPS)');
  const [batchNorm] = errorHints('UnimplementedError: Determinism is not yet supported in GPU implementation of FusedBatchNormV3 backprop.');
  assert.equal(batchNorm?.cause, 'the op FusedBatchNormV3 under op determinism (TF_DETERMINISTIC_OPS)');
  assert.deepEqual(errorHints('Error: out of memory'), []);
});

test('the same hint from two runs is given once', () => {
  const error = 'Random ops require a seed to be set when determinism is enabled.';
  assert.equal(checkHints(null, [`run 1 failed: ${error}`, `run 2 failed: ${error}`]).length, 1);
});
