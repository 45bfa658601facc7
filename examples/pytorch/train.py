"""The published experiment's network in PyTorch, made reproducible, for tf-repro's command mode.

  Conv2d(1→8, 3×3, relu) → MaxPool(2) → Conv2d(8→8, 3×3, relu) → MaxPool(2) → Flatten
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
  - every seed from TF_REPRO_SEED (or --seed): random, numpy, torch, the folds, each epoch's shuffle;
  - torch.use_deterministic_algorithms(True), which needs CUBLAS_WORKSPACE_CONFIG=:4096:8 on CUDA:
    it is on where that variable is set; cuDNN's autotuner off;
  - OMP_NUM_THREADS threads (torch.set_num_threads), one unless told otherwise.
tf-repro's `framework: pytorch` sets CUBLAS_WORKSPACE_CONFIG, OMP_NUM_THREADS and PYTHONHASHSEED.
Run on its own, the script fills in those values itself. Run by tf-repro (TF_REPRO_RUN is set) it
does not: `deterministic: false`, `framework: none` and diagnose leave them out on purpose, and the
script then trains with the seeds alone and PyTorch's defaults (its own thread count, its fastest
algorithms), so that the comparison means something.

Data: --data DIR holding MNIST-format IDX files (train-images-idx3-ubyte, train-labels-idx1-ubyte,
raw or .gz: MNIST, Fashion-MNIST from Debian's dataset-fashion-mnist in
/usr/share/datasets/fashion-mnist, KMNIST) or x.npy and y.npy; default the check's data under
tf-repro ($TF_REPRO_DATASET_DIR), else $DATA_DIR, else the Debian Fashion-MNIST directory.
--samples N uses the first N images.

  python train.py --data /usr/share/datasets/fashion-mnist --samples 2000 --folds 3 --epochs 1
"""
import argparse
import gzip
import os
import random
import struct
import time

# What tf-repro's framework: pytorch sets. Before torch is imported: OpenMP reads OMP_NUM_THREADS once.
SETTINGS = {"CUBLAS_WORKSPACE_CONFIG": ":4096:8", "PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1"}
if "TF_REPRO_RUN" not in os.environ:
    for name, value in SETTINGS.items():
        os.environ.setdefault(name, value)

import numpy as np  # noqa: E402
import torch  # noqa: E402
from torch import nn  # noqa: E402

import tf_repro  # noqa: E402
from tf_repro.torch import trace_checkpoint  # noqa: E402

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
    p.add_argument("--threads", type=int, default=int(os.environ.get("OMP_NUM_THREADS", "0")),
                   help="intra-op threads; default OMP_NUM_THREADS, else PyTorch's own choice")
    p.add_argument("--trace-batches", action="store_true", help="also trace after every batch (slower)")
    return p.parse_args()


def make_deterministic(seed, threads):
    """The seeds, and the settings the environment asks for; prints what it applied."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)  # also seeds every CUDA device
    applied = [f"seed {seed}"] + [f"{name}={os.environ[name]}" for name in SETTINGS if name in os.environ]
    if os.environ.get("CUBLAS_WORKSPACE_CONFIG"):
        torch.use_deterministic_algorithms(True)
        torch.backends.cudnn.benchmark = False
        applied.append("use_deterministic_algorithms(True)")
    if threads > 0:
        torch.set_num_threads(threads)
    applied.append(f"{torch.get_num_threads()} threads")
    print(f"PyTorch {torch.__version__}: " + ", ".join(applied), flush=True)


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
    return torch.from_numpy(x.reshape(len(x), 1, 28, 28)), torch.from_numpy(y.astype(np.int64))


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


def network():
    model = nn.Sequential(
        nn.Conv2d(1, 8, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(8, 8, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(8 * 5 * 5, 128), nn.ReLU(),
        nn.Dropout(0.2),
        nn.Linear(128, 10),
    )
    # Keras' defaults, as in the published experiment: glorot_uniform kernels, zero biases.
    for layer in model:
        if isinstance(layer, (nn.Conv2d, nn.Linear)):
            nn.init.xavier_uniform_(layer.weight)
            nn.init.zeros_(layer.bias)
    return model


def evaluate(model, x, y, batch_size, device):
    model.eval()
    loss_sum, correct = 0.0, 0
    with torch.no_grad():
        for start in range(0, len(x), batch_size):
            xb, yb = x[start:start + batch_size].to(device), y[start:start + batch_size].to(device)
            out = model(xb)
            loss_sum += nn.functional.cross_entropy(out, yb, reduction="sum").item()
            correct += (out.argmax(1) == yb).sum().item()
    return loss_sum / len(x), correct / len(x)


def main():
    args = arguments()
    make_deterministic(args.seed, args.threads)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    x, y = load_data(args.data, args.samples)
    # Only the folds tf-repro gave this process ($TF_REPRO_FOLDS, where it splits a run); every fold on its own.
    trained = tf_repro.folds_to_train(args.folds)
    for fold, train_index, test_index in kfold(len(x), args.folds, args.seed):
        if fold not in trained:
            continue
        started = time.time()
        torch.manual_seed(args.seed + fold)
        model = network().to(device)
        optimizer = torch.optim.Adam(model.parameters(), lr=0.001, eps=1e-7)
        fit_count = int(len(train_index) * (1 - args.validation_split))
        fit_index = torch.from_numpy(train_index[:fit_count])
        # Keras' validation_split: the last part of the training data, for each epoch's val_loss.
        validation_index = torch.from_numpy(train_index[fit_count:])
        shuffle = torch.Generator().manual_seed(args.seed * 1000 + fold)
        trace_checkpoint(model, fold, 0)
        for epoch in range(1, tf_repro.max_epochs(args.epochs) + 1):  # diagnose may ask for fewer
            model.train()
            order = fit_index[torch.randperm(fit_count, generator=shuffle)]
            for number, start in enumerate(range(0, fit_count, args.batch_size), 1):
                batch = order[start:start + args.batch_size]
                optimizer.zero_grad()
                loss = nn.functional.cross_entropy(model(x[batch].to(device)), y[batch].to(device))
                loss.backward()
                optimizer.step()
                if args.trace_batches:
                    trace_checkpoint(model, fold, epoch, batch=number)
            val_loss = evaluate(model, x[validation_index], y[validation_index], args.batch_size, device)[0] if len(validation_index) else None
            trace_checkpoint(model, fold, epoch, val_loss=val_loss)
        test = torch.from_numpy(test_index)
        loss, accuracy = evaluate(model, x[test], y[test], args.batch_size, device)
        tf_repro.write_fold_metrics(fold, path=args.metrics, loss=loss, accuracy=accuracy)
        print(f"fold {fold}: loss {loss!r} accuracy {accuracy!r} ({time.time() - started:.1f} s)", flush=True)
        if args.save_weights:
            os.makedirs(args.save_weights, exist_ok=True)
            weights = np.concatenate([p.detach().cpu().numpy().ravel() for p in model.parameters()]).astype(np.float32)
            np.save(os.path.join(args.save_weights, f"fold-{fold}.npy"), weights)


if __name__ == "__main__":
    main()
