#!/usr/bin/env python3
"""The PyTorch peer of tf-repro's training benchmark: the same network, optimizer and batch size
on one CPU thread, timing only the training steps. Prints one JSON object on stdout.

Usage: peer_pytorch.py [--images N] [--batch-size 100] [--repeats 3] [--warmup-batches 5] [--default-malloc]

Network: Conv2d(1,8,3)-ReLU-MaxPool2-Conv2d(8,8,3)-ReLU-MaxPool2-Flatten-Linear(200,128)-ReLU-
Dropout(0.2)-Linear(128,10), Adam(lr=1e-3), cross-entropy on logits; uint8 images scaled to
[0, 1] per batch, as tf-repro does. The images are synthetic (random bytes): throughput does not
depend on the pixel values.
"""
import argparse
import ctypes
import ctypes.util
import json
import sys
import time


def tune_malloc() -> bool:
    """Keeps glibc from giving each step's large buffers back to the system and faulting them in
    again (its default mmap threshold adapts slowly, which on a small machine makes PyTorch run
    at a third of its speed for a while): PyTorch at its best is the fair yardstick."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
        return bool(libc.mallopt(M_MMAP_THRESHOLD, 256 << 20)) and bool(libc.mallopt(M_TRIM_THRESHOLD, 512 << 20))
    except (OSError, AttributeError):
        return False


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=6000)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--warmup-batches", type=int, default=5)
    parser.add_argument("--default-malloc", action="store_true", help="leave glibc's malloc settings alone")
    args = parser.parse_args()
    malloc_tuned = False if args.default_malloc else tune_malloc()
    try:
        import torch
        from torch import nn
    except ImportError as error:
        print(json.dumps({"available": False, "reason": f"PyTorch is not installed for {sys.executable} ({error})"}))
        return 0

    torch.set_num_threads(1)
    torch.manual_seed(0)
    generator = torch.Generator().manual_seed(0)
    images = torch.randint(0, 256, (args.images, 1, 28, 28), dtype=torch.uint8, generator=generator)
    labels = torch.randint(0, 10, (args.images,), dtype=torch.int64, generator=generator)

    def network() -> nn.Module:
        return nn.Sequential(
            nn.Conv2d(1, 8, 3), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(8, 8, 3), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(200, 128), nn.ReLU(), nn.Dropout(0.2), nn.Linear(128, 10),
        )

    loss_fn = nn.CrossEntropyLoss()

    def epoch(model: nn.Module, optimizer: torch.optim.Optimizer, limit: int) -> float:
        order = torch.randperm(args.images, generator=generator)
        total = 0.0
        for start in range(0, min(limit, args.images), args.batch_size):
            index = order[start:start + args.batch_size]
            x = images[index].float().div_(255.0)
            y = labels[index]
            optimizer.zero_grad(set_to_none=True)
            loss = loss_fn(model(x), y)
            loss.backward()
            optimizer.step()
            total += loss.item()
        return total

    rates = []
    for _ in range(args.repeats):
        model = network()
        model.train()
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
        epoch(model, optimizer, args.warmup_batches * args.batch_size)
        started = time.perf_counter()
        epoch(model, optimizer, args.images)
        rates.append(args.images / (time.perf_counter() - started))
    rates.sort()
    print(json.dumps({
        "available": True,
        "torch": torch.__version__,
        "threads": torch.get_num_threads(),
        "mallocTuned": malloc_tuned,
        "images": args.images,
        "batchSize": args.batch_size,
        "imagesPerSecond": rates[len(rates) // 2],
        "samples": rates,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
