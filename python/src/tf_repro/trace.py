"""The trace record, written in this one place for every framework: JSON Lines appended to the file
named by $TF_REPRO_TRACE, one line per array of a checkpoint,

    {"format": 1, "fold": 0, "epoch": 2, "batch": 3, "variable": "dense/kernel", "digest": "<sha256 hex>", "val_loss": 0.31}

("batch" only for a checkpoint after a batch, "val_loss" only where there is one; docs/trace-format.md
has every field and the format's versions). Pure Python."""
import hashlib
import json
import os

# The environment variable tf-repro sets for each run: where the trace goes.
TRACE_VARIABLE = "TF_REPRO_TRACE"
# The version of the trace format these lines follow (docs/trace-format.md).
TRACE_FORMAT = 1


def trace_path():
    """The trace file of this run, or None where tf-repro did not ask for one."""
    return os.environ.get(TRACE_VARIABLE) or None


def _contiguous_bytes(part):
    """The raw bytes of one part of a batch: bytes as they are; a PyTorch, TensorFlow or JAX tensor
    or a NumPy array as its values in C order on the host (NumPy is imported only for those)."""
    if isinstance(part, (bytes, bytearray, memoryview)):
        return bytes(part)
    if hasattr(part, "detach"):  # torch.Tensor
        part = part.detach().cpu().numpy()
    elif hasattr(part, "numpy") and not hasattr(part, "tobytes"):  # tf.Tensor
        part = part.numpy()
    import numpy as np

    return np.ascontiguousarray(np.asarray(part)).tobytes()


def inputs_digest(inputs):
    """SHA-256 hex of a batch's inputs and labels: `inputs` is one array (or bytes) or a tuple or
    list of them, such as (x, y); the digest is of each part's raw bytes, in the order given
    (docs/trace-format.md, "input_sha256")."""
    parts = inputs if isinstance(inputs, (tuple, list)) else (inputs,)
    digest = hashlib.sha256()
    for part in parts:
        digest.update(_contiguous_bytes(part))
    return digest.hexdigest()


def write_checkpoint(named_bytes, fold, epoch, batch=None, val_loss=None, path=None, inputs=None):
    """Appends one checkpoint: a line per (name, bytes) of `named_bytes`, its digest SHA-256 of the
    bytes. Writes nothing where there is no trace file. The lines of a checkpoint are appended in
    one write, and the file is only ever appended to (tf-repro reads it while the run goes on).
    `inputs`, the batch the step took (e.g. (x, y)), adds its digest as "input_sha256": where runs
    part, tf-repro then tells the data from the computation."""
    path = path or trace_path()
    if not path:
        return
    input_sha256 = None if inputs is None else inputs_digest(inputs)
    lines = []
    for name, data in named_bytes:
        record = {"format": TRACE_FORMAT, "fold": int(fold), "epoch": int(epoch)}
        if batch is not None:
            record["batch"] = int(batch)
        record["variable"] = str(name)
        record["digest"] = hashlib.sha256(data).hexdigest()
        if val_loss is not None:
            record["val_loss"] = float(val_loss)
        if input_sha256 is not None:
            record["input_sha256"] = input_sha256
        lines.append(json.dumps(record) + "\n")
    with open(path, "a") as f:
        f.writelines(lines)
