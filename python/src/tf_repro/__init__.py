"""tf-repro's helpers for training scripts. Pure Python: the framework helpers are the modules
tf_repro.keras (TensorFlow/Keras), tf_repro.torch (PyTorch) and tf_repro.jax (JAX and Flax), each
importing its framework itself, so that importing tf_repro needs none of them."""
from tf_repro.environment import ENVIRONMENT_VARIABLE, write_environment
from tf_repro.folds import FOLDS_VARIABLE, folds_to_train
from tf_repro.trace import TRACE_FORMAT, TRACE_VARIABLE, trace_path, write_checkpoint

try:
    from importlib.metadata import PackageNotFoundError, version

    try:
        __version__ = version("tf-repro")
    except PackageNotFoundError:  # imported from the source tree, not installed
        __version__ = "unknown"
except ImportError:  # Python 3.7
    __version__ = "unknown"

__all__ = ["ENVIRONMENT_VARIABLE", "FOLDS_VARIABLE", "TRACE_FORMAT", "TRACE_VARIABLE", "folds_to_train", "trace_path", "write_checkpoint", "write_environment", "__version__"]
