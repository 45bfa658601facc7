"""Data-parallel training with PyTorch's DistributedDataParallel under torchrun, made reproducible,
for tf-repro's command mode: every rank holds a replica of the model, trains on its own share of
each epoch's data (a seeded DistributedSampler) and all-reduces the gradients, so that after every
step the replicas hold the same weights. gloo on the CPU; the same script runs on NCCL GPUs (the
backend is chosen by torch.cuda.is_available(), each rank on the GPU of its LOCAL_RANK).

  torchrun --standalone --nproc-per-node 2 train.py --samples 512 --folds 2 --epochs 1

Two nodes on one machine (two launchers, a local rendezvous on a free port):

  torchrun --nnodes 2 --node-rank 0 --nproc-per-node 1 --master-addr 127.0.0.1 --master-port 29500 train.py &
  torchrun --nnodes 2 --node-rank 1 --nproc-per-node 1 --master-addr 127.0.0.1 --master-port 29500 train.py; wait

The model: Linear(16→32) → BatchNorm1d(32) → ReLU → Linear(32→4), Adam, cross-entropy, on a seeded
synthetic 4-class problem (--samples points of 16 features): small enough for CI's CPUs, with a
buffer (the batch norm's running statistics) that DDP broadcasts from rank 0 at every forward pass.
k-fold cross-validation (--folds): per fold a fresh model, --epochs epochs, then rank 0 evaluates on
the held-out part and writes {"0": {"loss": …, "accuracy": …}, …} to $TF_REPRO_METRICS.

Where tf-repro sets $TF_REPRO_TRACE, every rank records a digest of every parameter and buffer
after initialisation, after every epoch and, with --trace-batches, after every step, in its own
file (the tf_repro package: run-1.rank0.jsonl, run-1.rank1.jsonl), so that tf-repro compares the
runs rank by rank and the ranks of one run with each other.

What makes it reproducible:
  - every seed from TF_REPRO_SEED (or --seed): the data, the folds, the model on every rank (the
    same on all, and DDP broadcasts rank 0's at the start), and the sampler's shuffle, the same seed
    on every rank (set_epoch(epoch) each epoch), which DistributedSampler needs to share the data
    out without overlap;
  - torch.use_deterministic_algorithms(True) where CUBLAS_WORKSPACE_CONFIG is set (tf-repro's
    framework: pytorch sets it), one thread per rank (OMP_NUM_THREADS);
  - DDP's broadcast_buffers (on by default): without it every rank keeps its own running
    statistics and the replicas drift apart (--no-broadcast-buffers shows it).
On NCCL GPUs the all-reduce's order is NCCL's: see docs/distributed.md for what a GPU runner adds.
"""
import argparse
import json
import os
import random

import numpy as np
import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

from tf_repro import write_environment
from tf_repro.torch import trace_checkpoint


def arguments():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--samples", type=int, default=2048)
    p.add_argument("--folds", type=int, default=2)
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--batch-size", type=int, default=32, help="per rank")
    p.add_argument("--seed", type=int, default=int(os.environ.get("TF_REPRO_SEED", "0")))
    p.add_argument("--metrics", default=os.environ.get("TF_REPRO_METRICS", "metrics.json"))
    p.add_argument("--trace-batches", action="store_true", help="also trace after every step (slower)")
    p.add_argument("--no-broadcast-buffers", dest="broadcast_buffers", action="store_false",
                   help="let each rank keep its own batch-norm statistics: the replicas drift apart")
    return p.parse_args()


def synthetic_data(samples, seed):
    """A 4-class problem: Gaussian clusters in 16 dimensions, the same on every rank."""
    generator = np.random.RandomState(seed)
    centres = generator.normal(0, 2, size=(4, 16))
    y = generator.randint(0, 4, size=samples)
    x = centres[y] + generator.normal(0, 1, size=(samples, 16))
    return torch.from_numpy(x.astype(np.float32)), torch.from_numpy(y.astype(np.int64))


def sampler_seed(seed, fold, rank):
    """The shuffle's seed: the same on every rank, or DistributedSampler's shares overlap."""
    return seed * 1000 + fold


def network():
    return nn.Sequential(nn.Linear(16, 32), nn.BatchNorm1d(32), nn.ReLU(), nn.Linear(32, 4))


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        out = model(x)
        return nn.functional.cross_entropy(out, y).item(), (out.argmax(1) == y).float().mean().item()


def main():
    args = arguments()
    cuda = torch.cuda.is_available()
    dist.init_process_group("nccl" if cuda else "gloo")
    rank, world_size = dist.get_rank(), dist.get_world_size()
    device = torch.device(f"cuda:{int(os.environ.get('LOCAL_RANK', 0))}" if cuda else "cpu")
    if cuda:
        torch.cuda.set_device(device)
    random.seed(args.seed)
    np.random.seed(args.seed)
    if os.environ.get("CUBLAS_WORKSPACE_CONFIG"):
        torch.use_deterministic_algorithms(True)
        torch.backends.cudnn.benchmark = False
    write_environment()  # after init_process_group: the fingerprint gets the backend and world size
    print(f"rank {rank} of {world_size}: {dist.get_backend()} on {device}, seed {args.seed}", flush=True)

    x, y = synthetic_data(args.samples, args.seed)
    order = np.random.RandomState(args.seed).permutation(args.samples)
    results = {}
    for fold, test_index in enumerate(np.array_split(order, args.folds)):
        train_index = np.setdiff1d(order, test_index)
        torch.manual_seed(args.seed + fold)
        # broadcast_buffers=False only where asked: PyTorch 2.13 warns that passing it is deprecated.
        model = DistributedDataParallel(network().to(device), **({} if args.broadcast_buffers else {"broadcast_buffers": False}))
        optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
        train = TensorDataset(x[train_index], y[train_index])
        sampler = DistributedSampler(train, num_replicas=world_size, rank=rank, shuffle=True,
                                     seed=sampler_seed(args.seed, fold, rank), drop_last=True)
        loader = DataLoader(train, batch_size=args.batch_size, sampler=sampler)
        trace_checkpoint(model, fold, 0)
        for epoch in range(1, args.epochs + 1):
            model.train()
            sampler.set_epoch(epoch)
            for number, (xb, yb) in enumerate(loader, 1):
                optimizer.zero_grad()
                loss = nn.functional.cross_entropy(model(xb.to(device)), yb.to(device))
                loss.backward()  # DDP all-reduces the gradients here
                optimizer.step()
                if args.trace_batches:
                    trace_checkpoint(model, fold, epoch, batch=number, inputs=(xb, yb))
            trace_checkpoint(model, fold, epoch)
        if rank == 0:
            test = torch.from_numpy(test_index)
            loss, accuracy = evaluate(model.module, x[test].to(device), y[test].to(device))
            results[str(fold)] = {"loss": loss, "accuracy": accuracy}
            print(f"fold {fold}: loss {loss!r} accuracy {accuracy!r}", flush=True)
        dist.barrier()
    if rank == 0:
        with open(args.metrics, "w") as f:
            json.dump(results, f, indent=1)
    dist.destroy_process_group()


if __name__ == "__main__":
    main()
