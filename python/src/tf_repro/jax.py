"""The trace for JAX and Flax: trace_checkpoint(model, fold, epoch, batch=None, val_loss=None)
after initialisation (epoch 0), at the end of every epoch (1-based, with the validation loss if
there is one) and, to find the batch, after every update (1-based batch within the epoch).

`model` is a Flax NNX module (its nnx.Param and nnx.BatchStat variables, named by their path:
"conv1/kernel") or any pytree of arrays, such as a Flax Linen `variables` dict or an optax-trained
params dict ("params/Conv_0/kernel"). One line per array, its digest that of its bytes on the host
(reading them waits for the computation that makes them). In a multi-process run each process
writes its own file (`rank=`, else RANK/WORLD_SIZE: tf_repro.trace.process_rank). JAX, NumPy and
Flax are imported when the helper is called."""
from tf_repro.trace import trace_path, write_checkpoint


def _key_name(key):
    for attribute in ("key", "name", "idx"):  # DictKey, GetAttrKey, SequenceKey
        if hasattr(key, attribute):
            return str(getattr(key, attribute))
    return str(key)


def named_arrays(model):
    """(name, array) for each parameter of an NNX module, or each leaf of a pytree."""
    import jax

    try:
        from flax import nnx
    except ImportError:
        nnx = None
    if nnx is not None and isinstance(model, nnx.Module):
        state = nnx.state(model, nnx.Any(nnx.Param, nnx.BatchStat))
        return [("/".join(str(part) for part in path), variable.get_value()) for path, variable in nnx.to_flat_state(state)]
    leaves, _ = jax.tree_util.tree_flatten_with_path(model)
    return [("/".join(_key_name(key) for key in path), leaf) for path, leaf in leaves]


def trace_checkpoint(model, fold, epoch, batch=None, val_loss=None, inputs=None, rank=None, sharded=False):
    """`inputs`: the batch the step took, e.g. (images, labels), digested as "input_sha256"."""
    if not trace_path():
        return
    import jax
    import numpy as np

    arrays = named_arrays(model)
    write_checkpoint(((name, np.asarray(jax.device_get(array)).tobytes()) for name, array in arrays), fold, epoch, batch=batch, val_loss=val_loss, inputs=inputs, rank=rank, sharded=sharded)
