"""tf-repro's helpers for training scripts: the metrics file (write_fold_metrics, one call per fold),
the data tf-repro gives a command (load_dataset, dataset_path), the seed and the epochs it asks
for (seed, max_epochs), the trace and the versions. Pure Python: the
framework helpers are the modules tf_repro.keras (TensorFlow/Keras), tf_repro.torch (PyTorch) and tf_repro.jax (JAX and Flax), each
importing its framework itself, so that importing tf_repro needs none of them."""
from tf_repro.dataset import DATASET_DIR_VARIABLE, DATASET_VARIABLE, dataset_path, load_dataset
from tf_repro.environment import ENVIRONMENT_VARIABLE, write_environment
from tf_repro.folds import FOLDS_VARIABLE, folds_to_train
from tf_repro.metrics import METRICS_VARIABLE, write_fold_metrics
from tf_repro.run import MAX_EPOCHS_VARIABLE, SEED_VARIABLE, max_epochs, seed
from tf_repro.trace import TRACE_FORMAT, TRACE_VARIABLE, trace_path, write_checkpoint

try:
    from importlib.metadata import PackageNotFoundError, version

    try:
        __version__ = version("tf-repro")
    except PackageNotFoundError:  # imported from the source tree, not installed
        __version__ = "unknown"
except ImportError:  # Python 3.7
    __version__ = "unknown"

__all__ = [
    "DATASET_DIR_VARIABLE",
    "DATASET_VARIABLE",
    "ENVIRONMENT_VARIABLE",
    "FOLDS_VARIABLE",
    "MAX_EPOCHS_VARIABLE",
    "METRICS_VARIABLE",
    "SEED_VARIABLE",
    "TRACE_FORMAT",
    "TRACE_VARIABLE",
    "dataset_path",
    "folds_to_train",
    "load_dataset",
    "max_epochs",
    "trace_path",
    "seed",
    "write_checkpoint",
    "write_environment",
    "write_fold_metrics",
    "__version__",
]
