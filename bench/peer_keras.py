#!/usr/bin/env python3
"""The TensorFlow/Keras peer of tf-repro's training benchmark: the same network, optimizer and batch
size with both of TensorFlow's thread pools at one thread, timing only the training steps. Prints
one JSON object on stdout.

Usage: peer_keras.py [--images N] [--batch-size 100] [--repeats 3] [--warmup-batches 5] [--jit-compile]

Network (src/model/default-model.ts): Input(28, 28)-Reshape(28, 28, 1)-Conv2D(8, 3, relu)-
MaxPool(2)-Conv2D(8, 3, relu)-MaxPool(2)-Flatten-Dense(128, relu)-Dropout(0.2)-Dense(10, softmax),
Adam(lr=1e-3), sparse categorical cross-entropy; uint8 images scaled to [0, 1] per batch, as
tf-repro does. Each step is Keras' own train step without the metrics (tf-repro's step skips the
batch accuracy too): the forward pass, the loss, the gradients and Adam's update, compiled once
by tf.function, as model.fit runs it; with --jit-compile, tf.function(jit_compile=True), as
model.compile(jit_compile=True) runs it: the whole step compiled by XLA, whose CPU backend is then
told to run without its Eigen thread pool as the JAX peer's is. The images are synthetic (random
bytes): throughput does not depend on the pixel values.
"""
import argparse
import json
import os
import sys
import time

# Before TensorFlow loads: its C++ start-up messages are noise on stderr here.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
if "--jit-compile" in sys.argv:
    # Before TensorFlow loads: XLA reads its flags once.
    os.environ["XLA_FLAGS"] = " ".join(
        filter(None, [os.environ.get("XLA_FLAGS", ""), "--xla_cpu_multi_thread_eigen=false", "intra_op_parallelism_threads=1"])
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=6000)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--warmup-batches", type=int, default=5)
    parser.add_argument("--jit-compile", action="store_true", help="compile the whole step with XLA")
    args = parser.parse_args()
    if args.images < args.batch_size:
        parser.error(f"--images must be at least --batch-size ({args.batch_size}), got {args.images}")
    try:
        import numpy as np
        import tensorflow as tf
        import keras
    except ImportError as error:
        print(json.dumps({"available": False, "reason": f"TensorFlow with Keras is not installed for {sys.executable} ({error})"}))
        return 0

    # Before any op runs: the pools are fixed once the runtime starts.
    tf.config.threading.set_intra_op_parallelism_threads(1)
    tf.config.threading.set_inter_op_parallelism_threads(1)
    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    images = tf.constant(rng.integers(0, 256, (args.images, 28, 28), dtype=np.uint8))
    labels = tf.constant(rng.integers(0, 10, (args.images,), dtype=np.int64))

    def network() -> keras.Model:
        return keras.Sequential([
            keras.Input((28, 28)),
            keras.layers.Reshape((28, 28, 1)),
            keras.layers.Conv2D(8, 3, activation="relu"),
            keras.layers.MaxPooling2D(2),
            keras.layers.Conv2D(8, 3, activation="relu"),
            keras.layers.MaxPooling2D(2),
            keras.layers.Flatten(),
            keras.layers.Dense(128, activation="relu"),
            keras.layers.Dropout(0.2),
            keras.layers.Dense(10, activation="softmax"),
        ])

    loss_fn = keras.losses.SparseCategoricalCrossentropy()

    def trainer(model: keras.Model, optimizer: keras.optimizers.Optimizer):
        @tf.function(jit_compile=args.jit_compile)
        def step(index):
            x = tf.cast(tf.gather(images, index), tf.float32) / 255.0
            y = tf.gather(labels, index)
            with tf.GradientTape() as tape:
                loss = loss_fn(y, model(x, training=True))
            gradients = tape.gradient(loss, model.trainable_variables)
            optimizer.apply_gradients(zip(gradients, model.trainable_variables))
            return loss

        def epoch(limit: int) -> int:
            """Trains on whole batches of up to `limit` images (one batch shape: one trace); returns how many."""
            order = tf.random.shuffle(tf.range(args.images))
            batches = max(1, min(limit, args.images) // args.batch_size)
            for b in range(batches):
                # float(): waits for the step, as PyTorch's loss.item() does.
                float(step(order[b * args.batch_size:(b + 1) * args.batch_size]))
            return batches * args.batch_size

        return epoch

    rates = []
    trained = 0
    for _ in range(args.repeats):
        model = network()
        epoch = trainer(model, keras.optimizers.Adam(learning_rate=1e-3))
        epoch(args.warmup_batches * args.batch_size)
        started = time.perf_counter()
        trained = epoch(args.images)
        rates.append(trained / (time.perf_counter() - started))
    rates.sort()
    print(json.dumps({
        "available": True,
        "tensorflow": tf.__version__,
        "keras": keras.__version__,
        "jitCompile": args.jit_compile,
        "threads": {
            "intraOp": tf.config.threading.get_intra_op_parallelism_threads(),
            "interOp": tf.config.threading.get_inter_op_parallelism_threads(),
        },
        "oneDnn": os.environ.get("TF_ENABLE_ONEDNN_OPTS"),
        "images": trained,
        "batchSize": args.batch_size,
        "imagesPerSecond": rates[len(rates) // 2],
        "samples": rates,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
