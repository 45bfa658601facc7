"""The trace record, written in this one place for every framework: JSON Lines appended to the file
named by $TF_REPRO_TRACE, one line per array of a checkpoint,

    {"format": 1, "fold": 0, "epoch": 2, "batch": 3, "variable": "dense/kernel", "digest": "<sha256 hex>", "val_loss": 0.31}

("batch" only for a checkpoint after a batch, "val_loss" only where there is one; docs/trace-format.md
has every field and the format's versions). In a process of a distributed run (a `rank=` argument,
else RANK where WORLD_SIZE is over 1, as torchrun sets them) each rank writes its own file
(rank_trace_path) and its lines are format 2, with "rank" (and "sharded": true for sharded
training, whose ranks hold different parts of the model). Pure Python."""
import hashlib
import json
import os

# The environment variable tf-repro sets for each run: where the trace goes.
TRACE_VARIABLE = "TF_REPRO_TRACE"
# The version of the trace format these lines follow (docs/trace-format.md): 1 in one process, 2 with ranks.
TRACE_FORMAT = 1
RANKED_TRACE_FORMAT = 2


def trace_path():
    """The trace file of this run, or None where tf-repro did not ask for one."""
    return os.environ.get(TRACE_VARIABLE) or None


def process_rank(rank=None):
    """This process's rank: `rank` where given, else RANK where WORLD_SIZE is over 1, else None (one process)."""
    if rank is not None:
        return int(rank)
    try:
        world_size = int(os.environ.get("WORLD_SIZE", "1"))
    except ValueError:
        world_size = 1
    if world_size > 1 and os.environ.get("RANK", "").isdigit():
        return int(os.environ["RANK"])
    return None


def rank_trace_path(path, rank):
    """The file rank `rank` writes: `{rank}` in `path` replaced, else ".rank<R>" before the final
    extension (run-1.jsonl -> run-1.rank1.jsonl); `path` itself where rank is None."""
    if rank is None:
        return path
    if "{rank}" in path:
        return path.replace("{rank}", str(rank))
    head, name = os.path.split(path)
    stem, dot, extension = name.rpartition(".")
    ranked = f"{stem}.rank{rank}.{extension}" if dot and stem else f"{name}.rank{rank}"
    return os.path.join(head, ranked)


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


def write_checkpoint(named_bytes, fold, epoch, batch=None, val_loss=None, path=None, inputs=None, rank=None, sharded=False):
    """Appends one checkpoint: a line per (name, bytes) of `named_bytes`, its digest SHA-256 of the
    bytes. Writes nothing where there is no trace file. The lines of a checkpoint are appended in
    one write, and the file is only ever appended to (tf-repro reads it while the run goes on).
    `inputs`, the batch the step took (e.g. (x, y)), adds its digest as "input_sha256": where runs
    part, tf-repro then tells the data from the computation. In a distributed run (process_rank)
    the lines carry the rank and go to the rank's own file."""
    path = path or trace_path()
    if not path:
        return
    rank = process_rank(rank)
    path = rank_trace_path(path, rank)
    input_sha256 = None if inputs is None else inputs_digest(inputs)
    lines = []
    for name, data in named_bytes:
        record = {"format": TRACE_FORMAT if rank is None else RANKED_TRACE_FORMAT}
        if rank is not None:
            record["rank"] = rank
            if sharded:
                record["sharded"] = True
        record["fold"] = int(fold)
        record["epoch"] = int(epoch)
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
