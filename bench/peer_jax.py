#!/usr/bin/env python3
"""The JAX peer of tf-repro's training benchmark: the same network, optimizer and batch size on
one CPU thread, the whole training step (forward pass, loss, gradients, Adam's update) compiled
by XLA under one jax.jit, timing only the training steps. Prints one JSON object on stdout.

Usage: peer_jax.py [--images N] [--batch-size 100] [--repeats 3] [--warmup-batches 5] [--plain]

Network (src/model/default-model.ts): Conv(8, 3x3, valid, relu) - max pool 2 - Conv(8, 3x3,
valid, relu) - max pool 2 - flatten - Dense(128, relu) - Dropout(0.2) - Dense(10), softmax
cross-entropy on the logits, Adam(lr=1e-3) (optax); uint8 images scaled to [0, 1] per batch
inside the step, as tf-repro does. Written with flax.linen and optax where the Python has them,
else in plain jax.numpy with Adam written out. The images are synthetic (random bytes):
throughput does not depend on the pixel values.

One thread: XLA's CPU backend is told to run without its Eigen thread pool
(--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1) before jax loads, and the
process is pinned to one processor (os.sched_setaffinity), since XLA's runtime still starts
helper threads of its own.
"""
import argparse
import json
import os
import sys
import time

# Before jax loads: XLA reads its flags once.
os.environ["XLA_FLAGS"] = " ".join(
    filter(None, [os.environ.get("XLA_FLAGS", ""), "--xla_cpu_multi_thread_eigen=false", "intra_op_parallelism_threads=1"])
)
os.environ.setdefault("JAX_PLATFORMS", "cpu")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def pin_to_one_processor() -> list:
    """The processors this process may run on afterwards (one where the platform allows pinning)."""
    if not hasattr(os, "sched_getaffinity"):
        return []
    allowed = sorted(os.sched_getaffinity(0))
    try:
        os.sched_setaffinity(0, {allowed[-1]})
    except OSError:
        pass
    return sorted(os.sched_getaffinity(0))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=6000)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--warmup-batches", type=int, default=5)
    parser.add_argument("--plain", action="store_true", help="plain jax.numpy even where flax and optax are installed")
    args = parser.parse_args()
    if args.images < args.batch_size:
        parser.error(f"--images must be at least --batch-size ({args.batch_size}), got {args.images}")
    processors = pin_to_one_processor()
    try:
        import numpy as np
        import jax
        import jax.numpy as jnp
    except ImportError as error:
        print(json.dumps({"available": False, "reason": f"JAX is not installed for {sys.executable} ({error})"}))
        return 0
    flax = linen = optax = None
    if not args.plain:
        try:
            import flax
            import flax.linen as linen
            import optax
        except ImportError:
            pass

    rng = np.random.default_rng(0)
    images = jnp.asarray(rng.integers(0, 256, (args.images, 28, 28, 1), dtype=np.uint8))
    labels = jnp.asarray(rng.integers(0, 10, (args.images,), dtype=np.int32))

    if linen is not None:

        class Network(linen.Module):
            @linen.compact
            def __call__(self, x, training: bool):
                x = linen.relu(linen.Conv(8, (3, 3), padding="VALID")(x))
                x = linen.max_pool(x, (2, 2), strides=(2, 2))
                x = linen.relu(linen.Conv(8, (3, 3), padding="VALID")(x))
                x = linen.max_pool(x, (2, 2), strides=(2, 2))
                x = x.reshape((x.shape[0], -1))
                x = linen.relu(linen.Dense(128)(x))
                x = linen.Dropout(0.2, deterministic=not training)(x)
                return linen.Dense(10)(x)

        network = Network()

        def init(key):
            return network.init({"params": key}, jnp.zeros((1, 28, 28, 1)), training=False)["params"]

        def forward(params, x, key):
            return network.apply({"params": params}, x, training=True, rngs={"dropout": key})

        optimizer = optax.adam(1e-3)
        init_optimizer = optimizer.init

        def update(params, state, gradients):
            updates, state = optimizer.update(gradients, state, params)
            return optax.apply_updates(params, updates), state

    else:

        def init(key):
            k = jax.random.split(key, 4)
            glorot = jax.nn.initializers.glorot_uniform()
            return {
                "conv1": (glorot(k[0], (3, 3, 1, 8)), jnp.zeros(8)),
                "conv2": (glorot(k[1], (3, 3, 8, 8)), jnp.zeros(8)),
                "dense1": (glorot(k[2], (200, 128)), jnp.zeros(128)),
                "dense2": (glorot(k[3], (128, 10)), jnp.zeros(10)),
            }

        def pool(x):
            return jax.lax.reduce_window(x, -jnp.inf, jax.lax.max, (1, 2, 2, 1), (1, 2, 2, 1), "VALID")

        def forward(params, x, key):
            for name in ("conv1", "conv2"):
                w, b = params[name]
                x = jax.lax.conv_general_dilated(x, w, (1, 1), "VALID", dimension_numbers=("NHWC", "HWIO", "NHWC"))
                x = pool(jax.nn.relu(x + b))
            x = x.reshape((x.shape[0], -1))
            w, b = params["dense1"]
            x = jax.nn.relu(x @ w + b)
            keep = jax.random.bernoulli(key, 0.8, x.shape)
            x = jnp.where(keep, x / 0.8, 0.0)
            w, b = params["dense2"]
            return x @ w + b

        def init_optimizer(params):
            zeros = jax.tree_util.tree_map(jnp.zeros_like, params)
            return (0, zeros, zeros)

        def update(params, state, gradients, lr=1e-3, b1=0.9, b2=0.999, eps=1e-8):
            t, m, v = state
            t = t + 1
            m = jax.tree_util.tree_map(lambda m, g: b1 * m + (1 - b1) * g, m, gradients)
            v = jax.tree_util.tree_map(lambda v, g: b2 * v + (1 - b2) * g * g, v, gradients)
            scale = lr * jnp.sqrt(1 - b2**t) / (1 - b1**t)
            params = jax.tree_util.tree_map(lambda p, m, v: p - scale * m / (jnp.sqrt(v) + eps), params, m, v)
            return params, (t, m, v)

    def loss_fn(params, x, y, key):
        logits = forward(params, x, key)
        return -jnp.mean(jnp.take_along_axis(jax.nn.log_softmax(logits), y[:, None], axis=1))

    @jax.jit
    def step(params, state, index, key):
        key, dropout_key = jax.random.split(key)
        x = images[index].astype(jnp.float32) / 255.0
        y = labels[index]
        loss, gradients = jax.value_and_grad(loss_fn)(params, x, y, dropout_key)
        params, state = update(params, state, gradients)
        return params, state, key, loss

    rates = []
    trained = 0
    key = jax.random.PRNGKey(0)
    for _ in range(args.repeats):
        key, init_key = jax.random.split(key)
        params = init(init_key)
        state = init_optimizer(params)

        def epoch(limit: int) -> int:
            """Trains on whole batches of up to `limit` images (one batch shape: one compilation); returns how many."""
            nonlocal params, state, key
            key, shuffle_key = jax.random.split(key)
            order = np.asarray(jax.random.permutation(shuffle_key, args.images))
            batches = max(1, min(limit, args.images) // args.batch_size)
            for b in range(batches):
                params, state, key, loss = step(params, state, order[b * args.batch_size:(b + 1) * args.batch_size], key)
                # float(): waits for the step, as PyTorch's loss.item() does.
                float(loss)
            return batches * args.batch_size

        epoch(args.warmup_batches * args.batch_size)
        started = time.perf_counter()
        trained = epoch(args.images)
        rates.append(trained / (time.perf_counter() - started))
    rates.sort()
    print(json.dumps({
        "available": True,
        "jax": jax.__version__,
        "jaxlib": getattr(jax.lib, "__version__", None) or jax.__version__,
        "flax": flax.__version__ if flax is not None else None,
        "optax": optax.__version__ if optax is not None else None,
        "xlaFlags": os.environ["XLA_FLAGS"],
        "processors": processors,
        "images": trained,
        "batchSize": args.batch_size,
        "imagesPerSecond": rates[len(rates) // 2],
        "samples": rates,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
