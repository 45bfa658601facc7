"""What tf-repro tells each run of a command, read with a default for running the script on its own:
seed(default) is $TF_REPRO_SEED (the `seed` input), max_epochs(epochs) is at most $TF_REPRO_MAX_EPOCHS
(diagnose's trials need only the epochs up to where the check's runs parted; honouring it is
optional and only saves time). Pure Python."""
import os

SEED_VARIABLE = "TF_REPRO_SEED"
MAX_EPOCHS_VARIABLE = "TF_REPRO_MAX_EPOCHS"


def seed(default=0):
    """The seed tf-repro gives this run, else `default`."""
    text = os.environ.get(SEED_VARIABLE, "").strip()
    return int(text) if text else default


def max_epochs(epochs):
    """`epochs`, or fewer where tf-repro asks this run to stop sooner."""
    text = os.environ.get(MAX_EPOCHS_VARIABLE, "").strip()
    return min(epochs, int(text)) if text else epochs


__all__ = ["MAX_EPOCHS_VARIABLE", "SEED_VARIABLE", "max_epochs", "seed"]
