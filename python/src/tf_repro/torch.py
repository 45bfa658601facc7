"""The trace for PyTorch: trace_checkpoint(model, fold, epoch, batch=None, val_loss=None) after
initialisation (epoch 0), at the end of every epoch (1-based, with the validation loss if there is
one) and, to find the batch, after every optimizer step (1-based batch within the epoch). One line
per parameter (model.named_parameters(), such as "0.weight"), its digest that of its bytes on the
CPU. Needs no import of torch itself: it only calls the model's and the tensors' methods."""
from tf_repro.trace import trace_path, write_checkpoint


def named_bytes(model):
    """(name, bytes on the CPU) for each parameter of a torch.nn.Module."""
    for name, parameter in model.named_parameters():
        yield name, parameter.detach().cpu().numpy().tobytes()


def trace_checkpoint(model, fold, epoch, batch=None, val_loss=None, inputs=None):
    """`inputs`: the batch the step took, e.g. (data, target), digested as "input_sha256"."""
    if trace_path():
        write_checkpoint(named_bytes(model), fold, epoch, batch=batch, val_loss=val_loss, inputs=inputs)
