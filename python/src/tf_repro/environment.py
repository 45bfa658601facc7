"""The versions a run ran with, for its fingerprint in tf-repro's report: written as JSON to the file
named by $TF_REPRO_ENVIRONMENT, {"python": "3.11.7", "frameworks": {"torch": "2.13.0", ...}}, with
"distributed": {"backend": "gloo", "world_size": 2} where torch.distributed's process group is up
(called after init_process_group). Pure Python: versions are read from the installed packages'
metadata, never by importing a framework; torch.distributed is asked only where the script imported
torch. In a distributed run only rank 0 writes (tf_repro.trace.process_rank)."""
import json
import os
import platform
import sys

from tf_repro.trace import process_rank

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
    if not path or process_rank() not in (None, 0):
        return
    environment = {"python": platform.python_version(), "frameworks": installed_versions(packages)}
    distributed = torch_distributed()
    if distributed is not None:
        environment["distributed"] = distributed
    with open(path, "w") as f:
        json.dump(environment, f)


def torch_distributed():
    """{"backend", "world_size"} of torch.distributed's process group where the script imported torch and set one up; else None."""
    torch = sys.modules.get("torch")
    distributed = getattr(torch, "distributed", None)
    try:
        if distributed is None or not distributed.is_available() or not distributed.is_initialized():
            return None
        return {"backend": str(distributed.get_backend()), "world_size": int(distributed.get_world_size())}
    except (RuntimeError, ValueError):
        return None
