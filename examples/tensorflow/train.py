"""The published experiment (tf.keras, TensorFlow 2.x) as a script for tf-repro's command mode.

10 repeats of a 10-fold cross-validation of a small CNN on the 60,000 MNIST training images gave a
variance of 0.0 with these settings and 6.694e-07 without. This script is one repeat: tf-repro
runs it `runs` times, each a fresh process, and compares the per-fold loss and accuracy.

  Input(28, 28) → Reshape(28, 28, 1) → Conv2D(8, 3×3, relu) → MaxPooling2D(2) → Conv2D(8, 3×3, relu)
  → MaxPooling2D(2) → Flatten → Dense(128, relu) → Dropout(0.2) → Dense(10, softmax);
  adam, sparse_categorical_crossentropy, accuracy; KFold(n_splits, shuffle=True, random_state=seed).

Every seed comes from TF_REPRO_SEED (or --seed): Python's, NumPy's, TensorFlow's and Keras',
again at the start of each fold. The settings the experiment found necessary come from the
environment, read before TensorFlow loads:
  TF_DETERMINISTIC_OPS=1 (and, on TensorFlow 2.9+, enable_op_determinism()), TF_CUDNN_DETERMINISTIC=1,
  PYTHONHASHSEED=0 (it takes effect for the interpreter that starts with it), one inter-op thread
  and TF_NUM_INTRAOP_THREADS intra-op threads.
tf-repro's `framework: tensorflow` (the default) puts them there. Run on its own, the script fills
in those values itself. Run by tf-repro (TF_REPRO_RUN is set) it does not: `deterministic: false`,
`framework: none` and diagnose leave settings out on purpose, and the script then trains with
the seeds alone and TensorFlow's defaults for the rest, so that the comparison means something.

It writes {"0": {"loss": …, "accuracy": …}, …} to $TF_REPRO_METRICS (or --metrics) after each fold. Where tf-repro
sets $TF_REPRO_TRACE, it records a digest of every variable after initialisation and after every
epoch (with val_loss), and with --trace-batches after every batch, so that tf-repro can say where
two runs part (the tf_repro package's Keras callback: pip install tf-repro-action's python/). Options:
  --data DIR         MNIST-format IDX files (raw or .gz) or x.npy and y.npy; default: the check's data
                     under tf-repro ($TF_REPRO_DATASET_DIR), else keras' MNIST download
  --samples N        the first N images only (0: all 60,000)
  --folds, --epochs, --batch-size, --validation-split   as the experiment (10, 10, 100, 0.2)
  --save-weights DIR each fold's final weights as DIR/fold-K.npy (float32), for tf-repro's `artifacts`
  --export-model F   the model's model.to_json(), for tf-repro's `model` input
  --trace-batches    also trace after every batch (slower)

TensorFlow 2.3 or newer; with Keras 3 (TensorFlow 2.16+) --export-model needs tf_keras
(pip install tf_keras, TF_USE_LEGACY_KERAS=1), because TensorFlow.js reads Keras 2 JSON only.
"""
import argparse
import gzip
import os
import random
import struct
import time

# What tf-repro's framework: tensorflow sets. Before TensorFlow is imported: it reads these once.
SETTINGS = {
    "TF_DETERMINISTIC_OPS": "1",
    "TF_CUDNN_DETERMINISTIC": "1",
    "PYTHONHASHSEED": "0",
    "TF_NUM_INTEROP_THREADS": "1",
    "TF_NUM_INTRAOP_THREADS": "1",
    "OMP_NUM_THREADS": "1",
}
if "TF_REPRO_RUN" not in os.environ:
    for name, value in SETTINGS.items():
        os.environ.setdefault(name, value)

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

import tf_repro  # noqa: E402
from tf_repro.keras import TfReproTrace  # noqa: E402


def arguments():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", default=os.environ.get("TF_REPRO_DATASET_DIR"),
                   help="a directory of IDX files or x.npy/y.npy; default: the check's data under tf-repro, else tf.keras.datasets.mnist")
    p.add_argument("--samples", type=int, default=0)
    p.add_argument("--folds", type=int, default=10)
    p.add_argument("--epochs", type=int, default=10)
    p.add_argument("--batch-size", type=int, default=100)
    p.add_argument("--validation-split", type=float, default=0.2)
    p.add_argument("--seed", type=int, default=int(os.environ.get("TF_REPRO_SEED", "0")))
    p.add_argument("--metrics", default=os.environ.get("TF_REPRO_METRICS", "metrics.json"))
    p.add_argument("--save-weights", metavar="DIR")
    p.add_argument("--export-model", metavar="FILE")
    p.add_argument("--trace-batches", action="store_true")
    return p.parse_args()


def set_seeds(seed):
    """Python's, NumPy's and TensorFlow's seeds; Keras 3 draws its initialisers' and dropout's seeds from Python's."""
    if hasattr(tf.keras.utils, "set_random_seed"):  # TensorFlow 2.7+
        tf.keras.utils.set_random_seed(seed)
    else:
        random.seed(seed)
        np.random.seed(seed)
        tf.random.set_seed(seed)


def make_deterministic(seed):
    """The seeds, and the settings the environment asks for; prints what it applied."""
    set_seeds(seed)
    applied = [f"seed {seed}"]
    for name in SETTINGS:
        if name in os.environ:
            applied.append(f"{name}={os.environ[name]}")
    if os.environ.get("TF_NUM_INTEROP_THREADS"):
        tf.config.threading.set_inter_op_parallelism_threads(int(os.environ["TF_NUM_INTEROP_THREADS"]))
    if os.environ.get("TF_NUM_INTRAOP_THREADS"):
        tf.config.threading.set_intra_op_parallelism_threads(int(os.environ["TF_NUM_INTRAOP_THREADS"]))
    # TensorFlow 2.9+ has one switch for what TF_DETERMINISTIC_OPS does in 2.3 to 2.8.
    if os.environ.get("TF_DETERMINISTIC_OPS") == "1" and hasattr(tf.config.experimental, "enable_op_determinism"):
        tf.config.experimental.enable_op_determinism()
        applied.append("enable_op_determinism()")
    print(f"TensorFlow {tf.__version__}, Keras {getattr(tf.keras, '__version__', '?')}: " + ", ".join(applied), flush=True)


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
    if directory is None:
        (x, y), _ = tf.keras.datasets.mnist.load_data()
    elif os.path.exists(os.path.join(directory, "x.npy")):
        x, y = np.load(os.path.join(directory, "x.npy")), np.load(os.path.join(directory, "y.npy"))
    else:
        def find(stem):
            for name in (stem, stem + ".gz"):
                if os.path.exists(os.path.join(directory, name)):
                    return os.path.join(directory, name)
            raise SystemExit(f"{directory}: no {stem}[.gz]")
        x, y = read_idx(find("train-images-idx3-ubyte")), read_idx(find("train-labels-idx1-ubyte"))
    if samples:
        x, y = x[:samples], y[:samples]
    x = x.astype("float32") / 255.0 if x.dtype == np.uint8 else x.astype("float32")
    return x, y.astype("int64")


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


def create_model():
    model = tf.keras.Sequential([
        tf.keras.Input(shape=(28, 28)),
        tf.keras.layers.Reshape((28, 28, 1)),
        tf.keras.layers.Conv2D(8, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(2),
        tf.keras.layers.Conv2D(8, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(2),
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dense(128, activation="relu"),
        tf.keras.layers.Dropout(0.2),
        tf.keras.layers.Dense(10, activation="softmax"),
    ])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


def main():
    args = arguments()
    make_deterministic(args.seed)
    x, y = load_data(args.data, args.samples)
    if args.export_model:
        with open(args.export_model, "w") as f:
            f.write(create_model().to_json())
    # Only the folds tf-repro gave this process ($TF_REPRO_FOLDS, where it splits a run); every fold on its own.
    trained = tf_repro.folds_to_train(args.folds)
    for fold, train_index, test_index in kfold(len(x), args.folds, args.seed):
        if fold not in trained:
            continue
        started = time.time()
        tf.keras.backend.clear_session()
        set_seeds(args.seed + fold)  # each fold starts from its own seed, whatever the folds before it drew
        model = create_model()
        model.fit(x[train_index], y[train_index], epochs=tf_repro.max_epochs(args.epochs), batch_size=args.batch_size,
                  validation_split=args.validation_split, verbose=0,
                  callbacks=[TfReproTrace(fold, batches=args.trace_batches)])
        loss, accuracy = model.evaluate(x[test_index], y[test_index], batch_size=args.batch_size, verbose=0)
        tf_repro.write_fold_metrics(fold, path=args.metrics, loss=loss, accuracy=accuracy)
        print(f"fold {fold}: loss {loss!r} accuracy {accuracy!r} ({time.time() - started:.1f} s)", flush=True)
        if args.save_weights:
            os.makedirs(args.save_weights, exist_ok=True)
            weights = np.concatenate([w.ravel() for w in model.get_weights()]).astype("float32")
            np.save(os.path.join(args.save_weights, f"fold-{fold}.npy"), weights)


if __name__ == "__main__":
    main()
