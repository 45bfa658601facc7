"""The versions a run ran with, for its fingerprint in tf-repro's report: written as JSON to the file
named by $TF_REPRO_ENVIRONMENT, {"python": "3.11.7", "frameworks": {"torch": "2.13.0", ...}}. Pure Python:
versions are read from the installed packages' metadata, never by importing a framework."""
import json
import os
import platform

# The environment variable tf-repro sets for each run: where the versions go.
ENVIRONMENT_VARIABLE = "TF_REPRO_ENVIRONMENT"

# The packages whose versions decide a training run's numbers, where installed.
FRAMEWORK_PACKAGES = ("tensorflow", "tensorflow-cpu", "keras", "torch", "jax", "jaxlib", "flax", "optax", "numpy", "scikit-learn")


def installed_versions(packages=FRAMEWORK_PACKAGES):
    """Package name -> version, for those of `packages` that are installed."""
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for name in packages:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            pass
    return found


def write_environment(packages=FRAMEWORK_PACKAGES, path=None):
    """Writes this Python's version and the installed versions of `packages` where tf-repro asked
    for them; nothing where it did not. Call it once per run, e.g. at the start of training."""
    path = path or os.environ.get(ENVIRONMENT_VARIABLE)
    if not path:
        return
    with open(path, "w") as f:
        json.dump({"python": platform.python_version(), "frameworks": installed_versions(packages)}, f)
