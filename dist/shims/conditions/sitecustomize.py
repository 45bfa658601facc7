"""tf-repro's conditions shim (`vary: file-order` and `vary: env`), for Python commands.

tf-repro puts this folder first on PYTHONPATH for a varied run. Python then imports this
sitecustomize at start-up, which, as the variables ask:
- TF_REPRO_FILE_ORDER=reversed: reverses what os.listdir and os.scandir return, and so what
  os.walk, glob and pathlib list (they are built on those two);
- TF_REPRO_ENV_ORDER=reversed: reverses the order of os.environ. tf-repro hands the command its
  environment reversed, but /bin/sh passes variables on in an order of its own, so the order is
  set again here, where Python reads it.
A script whose numbers depend on the order a file system lists files in, or on the order of its
environment, gives other numbers here, as it would on another machine. Whatever sitecustomize
would have loaded without this folder is loaded after it, so a site's or a virtual environment's
own still runs.
"""
import os
import sys


def _reorder(names):
    order = os.environ.get("TF_REPRO_FILE_ORDER", "")
    return list(reversed(names)) if order == "reversed" else list(names)


class _Listing:
    """What os.scandir returns (an iterator and a context manager), over entries in the new order."""

    def __init__(self, entries):
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def close(self):
        self._entries = iter(())


def _install():
    listdir, scandir = os.listdir, os.scandir

    def reordered_listdir(path="."):
        return _reorder(listdir(path))

    def reordered_scandir(path="."):
        with scandir(path) as entries:
            return _Listing(_reorder(list(entries)))

    os.listdir = reordered_listdir
    os.scandir = reordered_scandir


def _reverse_environment():
    items = list(os.environ._data.items())
    os.environ._data.clear()
    os.environ._data.update(reversed(items))


def _chain():
    """Runs the sitecustomize this folder hides, if there is one."""
    import importlib.machinery
    import importlib.util

    here = os.path.dirname(os.path.abspath(__file__))
    others = [entry for entry in sys.path if os.path.abspath(entry or ".") != here]
    spec = importlib.machinery.PathFinder.find_spec("sitecustomize", others)
    if spec is None or spec.origin is None or spec.loader is None:
        return
    if os.path.dirname(os.path.abspath(spec.origin)) == here:
        return
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)


if os.environ.get("TF_REPRO_FILE_ORDER"):
    _install()
if os.environ.get("TF_REPRO_ENV_ORDER") == "reversed":
    _reverse_environment()
_chain()
