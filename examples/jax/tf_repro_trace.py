"""tf-repro's trace for JAX and Flax: a function that records a digest of every parameter of a
model, so that tf-repro can say where two runs part (fold, epoch, batch, parameter), not only
that they do.

Copy this file beside your training script and call it after initialisation (epoch 0), at the end
of every epoch (1-based, with the validation loss if you have one) and, to find the batch, after
every update (1-based batch within the epoch):

    from tf_repro_trace import trace_checkpoint
    trace_checkpoint(model, fold, 0)
    for epoch in range(1, epochs + 1):
        for batch, (x, y) in enumerate(batches, 1):
            ...; optimizer.update(model, grads)
            trace_checkpoint(model, fold, epoch, batch=batch)   # optional, slower
        trace_checkpoint(model, fold, epoch, val_loss=validation_loss)

`model` is a Flax NNX module (its nnx.Param and nnx.BatchStat variables, named by their path:
"conv1/kernel") or any pytree of arrays, such as a Flax Linen `variables` dict or an optax-trained
params dict ("params/Conv_0/kernel").

It appends JSON Lines to the file named by $TF_REPRO_TRACE, which tf-repro sets for each run, and
does nothing where that is unset (the script run on its own):

    {"fold": 0, "epoch": 2, "variable": "conv1/kernel", "digest": "<sha256 hex>", "val_loss": 0.31}

one line per array, its digest the SHA-256 of its bytes on the host (reading them waits for the
computation that makes them).
"""
import hashlib
import json
import os

import jax
import numpy as np


def _key_name(key):
    for attribute in ("key", "name", "idx"):  # DictKey, GetAttrKey, SequenceKey
        if hasattr(key, attribute):
            return str(getattr(key, attribute))
    return str(key)


def named_arrays(model):
    """(name, array) for each parameter of an NNX module, or each leaf of a pytree."""
    try:
        from flax import nnx
    except ImportError:
        nnx = None
    if nnx is not None and isinstance(model, nnx.Module):
        state = nnx.state(model, nnx.Any(nnx.Param, nnx.BatchStat))
        return [("/".join(str(part) for part in path), variable.get_value()) for path, variable in nnx.to_flat_state(state)]
    leaves, _ = jax.tree_util.tree_flatten_with_path(model)
    return [("/".join(_key_name(key) for key in path), leaf) for path, leaf in leaves]


def trace_checkpoint(model, fold, epoch, batch=None, val_loss=None):
    path = os.environ.get("TF_REPRO_TRACE")
    if not path:
        return
    lines = []
    for name, array in named_arrays(model):
        record = {"fold": int(fold), "epoch": int(epoch)}
        if batch is not None:
            record["batch"] = int(batch)
        record["variable"] = name
        record["digest"] = hashlib.sha256(np.asarray(jax.device_get(array)).tobytes()).hexdigest()
        if val_loss is not None:
            record["val_loss"] = float(val_loss)
        lines.append(json.dumps(record) + "\n")
    with open(path, "a") as f:
        f.writelines(lines)
