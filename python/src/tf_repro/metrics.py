"""The metrics file tf-repro reads for a command: one call per fold,

    tf_repro.write_fold_metrics(fold, accuracy=0.91, loss=0.31)

writes {"0": {"accuracy": 0.91, "loss": 0.31}, "1": {...}} (the JSON form of docs/own-training.md's
metrics files) to the path in $TF_REPRO_METRICS. A single train/test split is fold 0. Each call
rewrites the whole file with every fold this process gave so far, replacing it by a rename, so that
a run stopped between folds leaves whole JSON and a file of an earlier run is never added to.

Only rank 0 writes: the rank is the `rank=` argument, else $RANK (torchrun and most data-parallel
launchers set it); without either, this process is rank 0. Pure Python."""
import json
import os

# The environment variable tf-repro sets for each run: where the metrics go.
METRICS_VARIABLE = "TF_REPRO_METRICS"

# Fold -> {metric: value}, per metrics path, for this process.
_written = {}


def process_rank(rank=None):
    """The rank of this process: `rank` when given, else $RANK, else 0."""
    if rank is not None:
        return int(rank)
    text = os.environ.get("RANK", "").strip()
    return int(text) if text else 0


def _number(name, value):
    # Tensors and NumPy scalars: .item() gives the Python number.
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"write_fold_metrics: metric {name!r} must be a number, got {value!r}")
    return float(value)


def write_fold_metrics(fold, rank=None, path=None, **metrics):
    """Records fold `fold`'s metrics (any names, numbers; NaN and infinities are written as Python's
    json writes them and tf-repro reads them). Writes to `path`, else $TF_REPRO_METRICS; nothing where
    neither is set or on a rank other than 0. Returns the path written, or None."""
    if not metrics:
        raise TypeError("write_fold_metrics: give at least one metric, e.g. write_fold_metrics(0, accuracy=0.91)")
    values = {str(name): _number(name, value) for name, value in metrics.items()}
    if process_rank(rank) != 0:
        return None
    path = path or os.environ.get(METRICS_VARIABLE)
    if not path:
        return None
    folds = _written.setdefault(os.path.abspath(path), {})
    folds[int(fold)] = values
    document = {str(f): folds[f] for f in sorted(folds)}
    # A new regular file beside it (never through a link left at that name), then a rename over it.
    temporary = f"{path}.{os.getpid()}.tmp"
    if os.path.lexists(temporary):
        os.unlink(temporary)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    with os.fdopen(descriptor, "w") as f:
        json.dump(document, f, indent=1, allow_nan=True)
    os.replace(temporary, path)
    return path


__all__ = ["METRICS_VARIABLE", "process_rank", "write_fold_metrics"]
