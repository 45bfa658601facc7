"""The published experiment's network in JAX and Flax (NNX) with optax, for tf-repro's command mode.

  Conv(1→8, 3×3, relu) → max_pool(2) → Conv(8→8, 3×3, relu) → max_pool(2) → flatten
  → Linear(200→128, relu) → Dropout(0.2) → Linear(128→10); Adam, cross-entropy, accuracy.

k-fold cross-validation as scikit-learn's KFold(n_splits, shuffle=True, random_state=seed); per
fold it fits for --epochs with --batch-size and Keras' validation_split (the last part of the
training data held out), then evaluates on the held-out fold. It writes
{"0": {"loss": …, "accuracy": …}, …} to $TF_REPRO_METRICS (or --metrics) after each fold, and with
--save-weights DIR each fold's final weights as float32 .npy files, for tf-repro's `artifacts`.
Where tf-repro sets $TF_REPRO_TRACE, it records a digest of every parameter after initialisation
and after every epoch (with the validation loss), and with --trace-batches after every batch, so
that tf-repro can say where two runs part (the tf_repro package: pip install tf-repro-action's python/).

What makes it reproducible:
  - JAX has no global random state: every random number comes from a key, and every key here from
    TF_REPRO_SEED (or --seed): each fold's initialisation, its dropout and each epoch's shuffle
    (jax.random.fold_in(key(seed), fold), split three ways); the folds from NumPy's RandomState(seed);
  - XLA_FLAGS=--xla_gpu_deterministic_ops=true, for GPUs (XLA's scatter and reductions there use
    atomics otherwise). tf-repro's `framework: jax` sets it, with PYTHONHASHSEED=0. Run on its own,
    the script adds the flag itself; run by tf-repro (TF_REPRO_RUN is set) it does not, so that
    `deterministic: false` and diagnose compare what they mean to.
  Keras' defaults, as in the experiment: glorot_uniform kernels, zero biases, Adam(1e-3, eps 1e-7).

Data: --data DIR holding MNIST-format IDX files (train-images-idx3-ubyte, train-labels-idx1-ubyte,
raw or .gz) or x.npy and y.npy; default the check's data under tf-repro ($TF_REPRO_DATASET_DIR),
else $DATA_DIR, else Debian's Fashion-MNIST directory
(apt-get install dataset-fashion-mnist). --samples N uses the first N images.

  python train.py --data /usr/share/datasets/fashion-mnist --samples 2000 --folds 3 --epochs 1
"""
import argparse
import gzip
import os
import random
import struct
import time

XLA_DETERMINISTIC = "--xla_gpu_deterministic_ops=true"
# Before JAX is imported: XLA reads its flags once.
if "TF_REPRO_RUN" not in os.environ and XLA_DETERMINISTIC not in os.environ.get("XLA_FLAGS", ""):
    os.environ["XLA_FLAGS"] = f"{os.environ.get('XLA_FLAGS', '')} {XLA_DETERMINISTIC}".strip()

import jax  # noqa: E402
import numpy as np  # noqa: E402
import optax  # noqa: E402
from flax import nnx  # noqa: E402

import tf_repro  # noqa: E402
from tf_repro.jax import named_arrays, trace_checkpoint  # noqa: E402

DEBIAN_FASHION_MNIST = "/usr/share/datasets/fashion-mnist"


def arguments():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", default=os.environ.get("TF_REPRO_DATASET_DIR") or os.environ.get("DATA_DIR", DEBIAN_FASHION_MNIST))
    p.add_argument("--samples", type=int, default=0, help="use the first N images; 0: all")
    p.add_argument("--folds", type=int, default=10)
    p.add_argument("--epochs", type=int, default=10)
    p.add_argument("--batch-size", type=int, default=100)
    p.add_argument("--validation-split", type=float, default=0.2)
    p.add_argument("--seed", type=int, default=int(os.environ.get("TF_REPRO_SEED", "0")))
    p.add_argument("--metrics", default=os.environ.get("TF_REPRO_METRICS", "metrics.json"))
    p.add_argument("--save-weights", metavar="DIR", help="write each fold's final weights to DIR/fold-K.npy")
    p.add_argument("--trace-batches", action="store_true", help="also trace after every batch (slower)")
    return p.parse_args()


def read_idx(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    magic, count = struct.unpack(">II", data[:8])
    if magic == 2051:
        rows, cols = struct.unpack(">II", data[8:16])
        return np.frombuffer(data, dtype=np.uint8, offset=16).reshape(count, rows, cols)
    if magic == 2049:
        return np.frombuffer(data, dtype=np.uint8, offset=8)
    raise SystemExit(f"{path}: magic number {magic} is not an IDX image (2051) or label (2049) file")


def load_data(directory, samples):
    if os.path.exists(os.path.join(directory, "x.npy")):
        x, y = np.load(os.path.join(directory, "x.npy")), np.load(os.path.join(directory, "y.npy"))
    else:
        def find(stem):
            for name in (stem, stem + ".gz", stem.replace("-idx", ".idx"), stem.replace("-idx", ".idx") + ".gz"):
                if os.path.exists(os.path.join(directory, name)):
                    return os.path.join(directory, name)
            raise SystemExit(f"{directory}: no {stem}[.gz]; give --data a directory of MNIST-format IDX files")
        x, y = read_idx(find("train-images-idx3-ubyte")), read_idx(find("train-labels-idx1-ubyte"))
    if samples:
        x, y = x[:samples], y[:samples]
    x = x.astype(np.float32) / 255.0 if x.dtype == np.uint8 else x.astype(np.float32)
    # Channels last, as Flax's Conv (and Keras) take them.
    return x.reshape(len(x), 28, 28, 1), y.astype(np.int32)


def kfold(n, k, seed):
    """scikit-learn's KFold(n_splits=k, shuffle=True, random_state=seed).split(range(n))."""
    order = np.arange(n)
    np.random.RandomState(seed).shuffle(order)
    start = 0
    for fold in range(k):
        size = n // k + (1 if fold < n % k else 0)
        test = order[start:start + size]
        mask = np.ones(n, dtype=bool)
        mask[test] = False
        yield fold, np.flatnonzero(mask), test
        start += size


class Network(nnx.Module):
    def __init__(self, rngs):
        glorot = nnx.initializers.glorot_uniform()  # Keras' default; biases start at zero in both
        self.conv1 = nnx.Conv(1, 8, (3, 3), padding="VALID", kernel_init=glorot, rngs=rngs)
        self.conv2 = nnx.Conv(8, 8, (3, 3), padding="VALID", kernel_init=glorot, rngs=rngs)
        self.dense1 = nnx.Linear(8 * 5 * 5, 128, kernel_init=glorot, rngs=rngs)
        self.dropout = nnx.Dropout(0.2, rngs=rngs)
        self.dense2 = nnx.Linear(128, 10, kernel_init=glorot, rngs=rngs)

    def __call__(self, x):
        x = nnx.max_pool(nnx.relu(self.conv1(x)), (2, 2), strides=(2, 2))
        x = nnx.max_pool(nnx.relu(self.conv2(x)), (2, 2), strides=(2, 2))
        x = x.reshape(x.shape[0], -1)
        x = self.dropout(nnx.relu(self.dense1(x)))
        return self.dense2(x)


# One optax transformation for every fold: it is part of the optimizer's static structure, so a
# new one per fold would make nnx.jit compile train_step again.
ADAM = optax.adam(1e-3, b1=0.9, b2=0.999, eps=1e-7)


@nnx.jit
def train_step(model, optimizer, x, y):
    def loss_of(model):
        return optax.softmax_cross_entropy_with_integer_labels(model(x), y).mean()

    loss, grads = nnx.value_and_grad(loss_of)(model)
    optimizer.update(model, grads)
    return loss


@nnx.jit
def evaluate_batch(model, x, y):
    logits = model(x)
    return optax.softmax_cross_entropy_with_integer_labels(logits, y).sum(), (logits.argmax(-1) == y).sum()


def evaluate(model, x, y, batch_size):
    model.eval()
    loss_sum, correct = 0.0, 0
    for start in range(0, len(x), batch_size):
        batch_loss, batch_correct = evaluate_batch(model, x[start:start + batch_size], y[start:start + batch_size])
        loss_sum += float(batch_loss)
        correct += int(batch_correct)
    return loss_sum / len(x), correct / len(x)


def main():
    args = arguments()
    random.seed(args.seed)
    np.random.seed(args.seed)
    print(f"JAX {jax.__version__} on {jax.default_backend()}: seed {args.seed}, XLA_FLAGS={os.environ.get('XLA_FLAGS', '')!r}", flush=True)
    x, y = load_data(args.data, args.samples)
    root = jax.random.key(args.seed)
    # Only the folds tf-repro gave this process ($TF_REPRO_FOLDS, where it splits a run); every fold on its own.
    trained = tf_repro.folds_to_train(args.folds)
    for fold, train_index, test_index in kfold(len(x), args.folds, args.seed):
        if fold not in trained:
            continue
        started = time.time()
        init_key, dropout_key, shuffle_key = jax.random.split(jax.random.fold_in(root, fold), 3)
        model = Network(nnx.Rngs(params=init_key, dropout=dropout_key))
        optimizer = nnx.Optimizer(model, ADAM, wrt=nnx.Param)
        fit_count = int(len(train_index) * (1 - args.validation_split))
        fit_index = train_index[:fit_count]
        # Keras' validation_split: the last part of the training data, for each epoch's val_loss.
        validation_index = train_index[fit_count:]
        trace_checkpoint(model, fold, 0)
        for epoch in range(1, tf_repro.max_epochs(args.epochs) + 1):  # diagnose may ask for fewer
            model.train()
            order = fit_index[np.asarray(jax.random.permutation(jax.random.fold_in(shuffle_key, epoch), fit_count))]
            for number, start in enumerate(range(0, fit_count, args.batch_size), 1):
                batch = order[start:start + args.batch_size]
                train_step(model, optimizer, x[batch], y[batch])
                if args.trace_batches:
                    trace_checkpoint(model, fold, epoch, batch=number)
            val_loss = evaluate(model, x[validation_index], y[validation_index], args.batch_size)[0] if len(validation_index) else None
            trace_checkpoint(model, fold, epoch, val_loss=val_loss)
        loss, accuracy = evaluate(model, x[test_index], y[test_index], args.batch_size)
        tf_repro.write_fold_metrics(fold, path=args.metrics, loss=loss, accuracy=accuracy)
        print(f"fold {fold}: loss {loss!r} accuracy {accuracy!r} ({time.time() - started:.1f} s)", flush=True)
        if args.save_weights:
            os.makedirs(args.save_weights, exist_ok=True)
            weights = np.concatenate([np.asarray(array).ravel() for _, array in named_arrays(model)]).astype(np.float32)
            np.save(os.path.join(args.save_weights, f"fold-{fold}.npy"), weights)


if __name__ == "__main__":
    main()
