"""The trace for PyTorch: trace_checkpoint(model, fold, epoch, batch=None, val_loss=None) after
initialisation (epoch 0), at the end of every epoch (1-based, with the validation loss if there is
one) and, to find the batch, after every optimizer step (1-based batch within the epoch). One line
per parameter (model.named_parameters(), such as "0.weight"), then per buffer (model.named_buffers(),
such as "1.running_mean": the replicas of a DDP run must agree on those too), its digest that of
its bytes on the CPU. A DistributedDataParallel model is traced as the module it wraps (the same
names as without it); where it broadcasts its buffers from rank 0 (DDP's default), the other ranks'
buffers are left out, as their values between steps are their own batch's until the next broadcast. Under torchrun each rank writes its own file (tf_repro.trace.process_rank;
`rank=` overrides); `sharded=True` for FSDP/ZeRO, whose ranks hold different parts of the model and
are compared with the same rank of the other runs only. Needs no import of torch itself: it only
calls the model's and the tensors' methods."""
from tf_repro.trace import process_rank, trace_path, write_checkpoint


def named_bytes(model, buffers=True):
    """(name, bytes on the CPU) for each parameter, then (with `buffers`) each buffer, of a torch.nn.Module."""
    for name, parameter in model.named_parameters():
        yield name, parameter.detach().cpu().numpy().tobytes()
    if buffers:
        for name, buffer in model.named_buffers():
            yield name, buffer.detach().cpu().numpy().tobytes()


def trace_checkpoint(model, fold, epoch, batch=None, val_loss=None, inputs=None, rank=None, sharded=False):
    """`inputs`: the batch the step took, e.g. (data, target), digested as "input_sha256"."""
    if not trace_path():
        return
    rank = process_rank(rank)
    buffers = True
    if type(model).__name__ in ("DistributedDataParallel", "DataParallel"):
        # DDP broadcasts rank 0's buffers at the start of every forward pass: between steps the other
        # ranks hold their own batch's statistics, overwritten at the next one. Only rank 0's count.
        buffers = not getattr(model, "broadcast_buffers", False) or rank in (None, 0)
        model = model.module  # the wrapped model: the same names as without the wrapper
    write_checkpoint(named_bytes(model, buffers), fold, epoch, batch=batch, val_loss=val_loss, inputs=inputs, rank=rank, sharded=sharded)
