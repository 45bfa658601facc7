"""The trace record, written in this one place for every framework: JSON Lines appended to the file
named by $TF_REPRO_TRACE, one line per array of a checkpoint,

    {"format": 1, "fold": 0, "epoch": 2, "batch": 3, "variable": "dense/kernel", "digest": "<sha256 hex>", "val_loss": 0.31}

("batch" only for a checkpoint after a batch, "val_loss" only where there is one; docs/trace-format.md
has every field and the format's versions).

In a process of a distributed run (rank R: the `rank=` argument, else $RANK where $WORLD_SIZE > 1)
each rank writes a file of its own and its lines say which rank, {"format": 2, "rank": R, ...}: the
path is $TF_REPRO_TRACE with "{rank}" replaced where it holds one, else with ".rank<R>" before its
extension (run-1.jsonl -> run-1.rank1.jsonl). Pure Python."""
import hashlib
import json
import os

# The environment variable tf-repro sets for each run: where the trace goes.
TRACE_VARIABLE = "TF_REPRO_TRACE"
# The version of the trace format these lines follow (docs/trace-format.md); a rank's lines, 2.
TRACE_FORMAT = 1
RANKED_TRACE_FORMAT = 2


def trace_path():
    """The trace file of this run, or None where tf-repro did not ask for one."""
    return os.environ.get(TRACE_VARIABLE) or None


def process_rank(rank=None):
    """This process's rank: `rank`, else $RANK where $WORLD_SIZE says there are several; None: one process."""
    if rank is not None:
        return int(rank)
    try:
        if int(os.environ.get("WORLD_SIZE", "1")) > 1:
            return int(os.environ["RANK"])
    except (KeyError, ValueError):
        pass
    return None


def rank_path(path, rank):
    """The trace file of rank `rank`: "{rank}" in `path` replaced, else ".rank<R>" before the extension."""
    if "{rank}" in path:
        return path.replace("{rank}", str(rank))
    root, extension = os.path.splitext(path)
    return f"{root}.rank{rank}{extension}"


def write_checkpoint(named_bytes, fold, epoch, batch=None, val_loss=None, path=None, rank=None):
    """Appends one checkpoint: a line per (name, bytes) of `named_bytes`, its digest SHA-256 of the
    bytes. Writes nothing where there is no trace file. The lines of a checkpoint are appended in
    one write, and the file is only ever appended to (tf-repro reads it while the run goes on).
    In a distributed run, to this rank's own file (process_rank, rank_path)."""
    path = path or trace_path()
    if not path:
        return
    rank = process_rank(rank)
    if rank is not None:
        path = rank_path(path, rank)
    lines = []
    for name, data in named_bytes:
        record = {"format": TRACE_FORMAT, "fold": int(fold), "epoch": int(epoch)}
        if rank is not None:
            record = {"format": RANKED_TRACE_FORMAT, "rank": rank, "fold": int(fold), "epoch": int(epoch)}
        if batch is not None:
            record["batch"] = int(batch)
        record["variable"] = str(name)
        record["digest"] = hashlib.sha256(data).hexdigest()
        if val_loss is not None:
            record["val_loss"] = float(val_loss)
        lines.append(json.dumps(record) + "\n")
    with open(path, "a") as f:
        f.writelines(lines)
