"""The data tf-repro gives a command (docs/own-training.md, "The dataset a command gets"): $TF_REPRO_DATASET
names an .npz file in the layout keras.datasets.mnist.load_data() returns, arrays x_train, y_train,
x_test, y_test (uint8 images of shape (N, 28, 28) for the digits, integer labels), and
$TF_REPRO_DATASET_DIR the directory it came from (the IDX files, or a `dataset` input's x.npy and
y.npy). Needs NumPy, imported only when called."""
import os

# The environment variables tf-repro sets for each run of a command.
DATASET_VARIABLE = "TF_REPRO_DATASET"
DATASET_DIR_VARIABLE = "TF_REPRO_DATASET_DIR"


def dataset_path():
    """The .npz tf-repro wrote for this check, or None where it did not set one."""
    return os.environ.get(DATASET_VARIABLE) or None


def load_dataset(path=None):
    """((x_train, y_train), (x_test, y_test)) from `path`, else $TF_REPRO_DATASET, as
    keras.datasets.mnist.load_data() returns them."""
    import numpy as np

    path = path or dataset_path()
    if not path:
        raise RuntimeError(f"load_dataset: ${DATASET_VARIABLE} is not set (tf-repro sets it for a command), and no path was given")
    with np.load(path, allow_pickle=False) as data:
        return (data["x_train"], data["y_train"]), (data["x_test"], data["y_test"])


__all__ = ["DATASET_DIR_VARIABLE", "DATASET_VARIABLE", "dataset_path", "load_dataset"]
