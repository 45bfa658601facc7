"""tf-repro's trace for PyTorch: a function that records a digest of every parameter of a model,
so that tf-repro can say where two runs part (fold, epoch, batch, parameter), not only that they do.

Copy this file beside your training script and call it after initialisation (epoch 0), at the end
of every epoch (1-based, with the validation loss if you have one) and, to find the batch, after
every optimizer step (1-based batch within the epoch):

    from tf_repro_trace import trace_checkpoint
    trace_checkpoint(model, fold, 0)
    for epoch in range(1, epochs + 1):
        for batch, (x, y) in enumerate(loader, 1):
            ...; optimizer.step()
            trace_checkpoint(model, fold, epoch, batch=batch)   # optional, slower
        trace_checkpoint(model, fold, epoch, val_loss=validation_loss)

It appends JSON Lines to the file named by $TF_REPRO_TRACE, which tf-repro sets for each run, and
does nothing where that is unset (the script run on its own):

    {"fold": 0, "epoch": 2, "variable": "0.weight", "digest": "<sha256 hex>", "val_loss": 0.31}

one line per parameter (model.named_parameters()), its digest the SHA-256 of its bytes on the CPU.
"""
import hashlib
import json
import os


def trace_checkpoint(model, fold, epoch, batch=None, val_loss=None):
    path = os.environ.get("TF_REPRO_TRACE")
    if not path:
        return
    lines = []
    for name, parameter in model.named_parameters():
        record = {"fold": int(fold), "epoch": int(epoch)}
        if batch is not None:
            record["batch"] = int(batch)
        record["variable"] = name
        record["digest"] = hashlib.sha256(parameter.detach().cpu().numpy().tobytes()).hexdigest()
        if val_loss is not None:
            record["val_loss"] = float(val_loss)
        lines.append(json.dumps(record) + "\n")
    with open(path, "a") as f:
        f.writelines(lines)
