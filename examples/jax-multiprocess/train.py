"""One process of a data-parallel JAX training in several processes, for tf-repro's command mode.
launch.py starts them (python launch.py --processes 2 -- <these options>); each is given
--process-id, --num-processes and --coordinator, and joins the others with
jax.distributed.initialize. On CPUs their collectives go through gloo
(jax_cpu_collectives_implementation); on GPUs, through NCCL.

  Dense(784→64, relu) → Dense(64→10); Adam, cross-entropy, accuracy.

Data parallel as DDP is: the parameters are replicated on every process (NamedSharding with
PartitionSpec()), each global batch is cut in one slice per process (PartitionSpec("data")), and
jax.jit's train step computes the mean loss over the global batch, so XLA sums the gradients
across the processes (an all-reduce) and every process applies the same update. k-fold
cross-validation and the data as in examples/jax/train.py (its loader is used). Process 0 alone
writes $TF_REPRO_METRICS; every process writes its own trace (tf_repro.jax.trace_checkpoint with
rank=jax.process_index(): run-N.rank0.jsonl, run-N.rank1.jsonl), and the replicas' digests must be
the same at every checkpoint; process 0 also writes the versions ($TF_REPRO_ENVIRONMENT).

What makes it reproducible: every random number comes from TF_REPRO_SEED (the initialisation from
jax.random keys, each epoch's order from NumPy's RandomState(seed, fold, epoch)); every process
computes the same folds and the same order and takes its own slice of each batch; and the sum over
processes has a fixed order on CPUs (gloo, ring by process). What only a GPU runner shows: NCCL's
all-reduce (docs/distributed.md).
"""
import argparse
import importlib.util
import json
import os
import sys

XLA_DETERMINISTIC = "--xla_gpu_deterministic_ops=true"
# Before JAX is imported, as examples/jax/train.py does: run on its own the flag is set here, run by
# tf-repro (TF_REPRO_RUN is set) `framework: jax` sets it, so that diagnose can switch it off.
if "TF_REPRO_RUN" not in os.environ and XLA_DETERMINISTIC not in os.environ.get("XLA_FLAGS", ""):
    os.environ["XLA_FLAGS"] = f"{os.environ.get('XLA_FLAGS', '')} {XLA_DETERMINISTIC}".strip()

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402
import optax  # noqa: E402
from jax.sharding import Mesh, NamedSharding, PartitionSpec  # noqa: E402

from tf_repro import write_environment  # noqa: E402
from tf_repro.jax import trace_checkpoint  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def single_process_example():
    """examples/jax/train.py, for its data loader and its folds (the same as the other examples')."""
    spec = importlib.util.spec_from_file_location("jax_example", os.path.join(HERE, "..", "jax", "train.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def arguments():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--coordinator", required=True, help="HOST:PORT of process 0's coordinator")
    p.add_argument("--num-processes", type=int, required=True)
    p.add_argument("--process-id", type=int, required=True)
    p.add_argument("--data", default=os.environ.get("DATA_DIR", "/usr/share/datasets/fashion-mnist"))
    p.add_argument("--samples", type=int, default=0, help="use the first N images; 0: all")
    p.add_argument("--folds", type=int, default=10)
    p.add_argument("--epochs", type=int, default=10)
    p.add_argument("--batch-size", type=int, default=100, help="the global batch, cut in one slice per process")
    p.add_argument("--validation-split", type=float, default=0.2)
    p.add_argument("--seed", type=int, default=int(os.environ.get("TF_REPRO_SEED", "0")))
    p.add_argument("--metrics", default=os.environ.get("TF_REPRO_METRICS", "metrics.json"))
    p.add_argument("--save-weights", metavar="DIR", help="process 0 writes each fold's final weights to DIR/fold-K.npy")
    p.add_argument("--trace-batches", action="store_true", help="also trace after every batch (slower)")
    args = p.parse_args()
    if args.batch_size % args.num_processes:
        p.error(f"--batch-size {args.batch_size} must be a multiple of --num-processes {args.num_processes}")
    return args


def initial_parameters(key):
    glorot = jax.nn.initializers.glorot_uniform()  # Keras' default; biases start at zero
    first, second = jax.random.split(key)
    return {
        "dense1/kernel": glorot(first, (784, 64), jnp.float32),
        "dense1/bias": jnp.zeros((64,), jnp.float32),
        "dense2/kernel": glorot(second, (64, 10), jnp.float32),
        "dense2/bias": jnp.zeros((10,), jnp.float32),
    }


def logits_of(params, x):
    hidden = jax.nn.relu(x.reshape(x.shape[0], -1) @ params["dense1/kernel"] + params["dense1/bias"])
    return hidden @ params["dense2/kernel"] + params["dense2/bias"]


ADAM = optax.adam(1e-3, b1=0.9, b2=0.999, eps=1e-7)


@jax.jit
def train_step(params, state, x, y):
    """The mean over the global batch: XLA sums the processes' gradients (an all-reduce)."""
    loss, grads = jax.value_and_grad(lambda p: optax.softmax_cross_entropy_with_integer_labels(logits_of(p, x), y).mean())(params)
    updates, state = ADAM.update(grads, state, params)
    return optax.apply_updates(params, updates), state, loss


@jax.jit
def loss_and_correct(params, x, y):
    logits = logits_of(params, x)
    return optax.softmax_cross_entropy_with_integer_labels(logits, y).sum(), (logits.argmax(-1) == y).sum()


def local_value(array):
    """A replicated global array's value, from this process's own copy."""
    return np.asarray(array.addressable_data(0))


def main():
    args = arguments()
    # CPU collectives between processes go through gloo (JAX's default on CPUs is none).
    jax.config.update("jax_cpu_collectives_implementation", "gloo")
    jax.distributed.initialize(coordinator_address=args.coordinator, num_processes=args.num_processes, process_id=args.process_id)
    rank, world = jax.process_index(), jax.process_count()
    mesh = Mesh(np.array(jax.devices()), ("data",))
    replicated = NamedSharding(mesh, PartitionSpec())
    sliced = NamedSharding(mesh, PartitionSpec("data"))
    slice_size = args.batch_size // world
    print(f"JAX {jax.__version__} on {jax.default_backend()}: process {rank} of {world}, {len(jax.devices())} devices, seed {args.seed}", flush=True)
    if rank == 0:
        write_environment()  # Python's and the frameworks' versions, for the report's fingerprint

    example = single_process_example()
    x, y = example.load_data(args.data, args.samples)

    def global_batch(rows):
        """This process's slice of a global batch of `rows` (every process holds the same rows), as one global array."""
        mine = rows[rank * (len(rows) // world) : (rank + 1) * (len(rows) // world)]
        return (jax.make_array_from_process_local_data(sliced, x[mine]), jax.make_array_from_process_local_data(sliced, y[mine]))

    def evaluate(params, rows):
        # Whole global batches only: each process's slice has the one shape XLA compiled for.
        usable = rows[: len(rows) - len(rows) % args.batch_size]
        loss_sum, correct = 0.0, 0
        for start in range(0, len(usable), args.batch_size):
            batch_loss, batch_correct = loss_and_correct(params, *global_batch(usable[start : start + args.batch_size]))
            loss_sum += float(local_value(batch_loss))
            correct += int(local_value(batch_correct))
        return loss_sum / len(usable), correct / len(usable)

    def trace(params, fold, epoch, batch=None, val_loss=None):
        trace_checkpoint({name: local_value(value) for name, value in params.items()}, fold, epoch, batch=batch, val_loss=val_loss, rank=rank)

    results = {}
    for fold, train_index, test_index in example.kfold(len(x), args.folds, args.seed):
        params = jax.device_put(initial_parameters(jax.random.fold_in(jax.random.key(args.seed), fold)), replicated)
        state = jax.device_put(ADAM.init(params), replicated)
        fit_count = int(len(train_index) * (1 - args.validation_split))
        fit_index, validation_index = train_index[:fit_count], train_index[fit_count:]
        trace(params, fold, 0)
        for epoch in range(1, args.epochs + 1):
            # The same order on every process: each takes its own slice of the same batches.
            order = fit_index[np.random.RandomState([args.seed, fold, epoch]).permutation(fit_count)]
            for number, start in enumerate(range(0, fit_count - fit_count % args.batch_size, args.batch_size), 1):
                params, state, _ = train_step(params, state, *global_batch(order[start : start + args.batch_size]))
                if args.trace_batches:
                    trace(params, fold, epoch, batch=number)
            val_loss = evaluate(params, validation_index)[0] if len(validation_index) >= args.batch_size else None
            trace(params, fold, epoch, val_loss=val_loss)
        loss, accuracy = evaluate(params, test_index)
        results[str(fold)] = {"loss": loss, "accuracy": accuracy}
        print(f"process {rank}, fold {fold}: loss {loss!r} accuracy {accuracy!r}", flush=True)
        if args.save_weights and rank == 0:
            os.makedirs(args.save_weights, exist_ok=True)
            weights = np.concatenate([local_value(value).ravel() for value in params.values()]).astype(np.float32)
            np.save(os.path.join(args.save_weights, f"fold-{fold}.npy"), weights)
    # The metrics are the same on every process (the sums are global): process 0 writes them.
    if rank == 0:
        with open(args.metrics, "w") as f:
            json.dump(results, f, indent=1)
    jax.distributed.shutdown()


if __name__ == "__main__":
    sys.exit(main())
