"""tf-repro's trace for Keras: a callback that records a digest of every variable of the model, so
that tf-repro can say where two runs part (fold, epoch, batch, variable), not only that they do.

Copy this file beside your training script and pass one callback per fold to fit:

    from tf_repro_trace import TfReproTrace
    model.fit(x, y, epochs=10, validation_split=0.2, callbacks=[TfReproTrace(fold)])

It appends JSON Lines to the file named by $TF_REPRO_TRACE, which tf-repro sets for each run, and
does nothing where that is unset (the script run on its own):

    {"fold": 0, "epoch": 2, "variable": "dense/kernel", "digest": "<sha256 hex>", "val_loss": 0.31}

one line per variable (model.weights: trainable or not) after initialisation (epoch 0, when
training begins), at the end of every epoch (1-based; with the epoch's val_loss where Keras
reports one) and, with batches=True, after every batch (1-based "batch"; slower: it reads every
variable after every step). The digest is SHA-256 of the variable's bytes (variable.numpy()).

TensorFlow 2 with Keras 2 (tf.keras, variable.name such as "dense/kernel:0") or Keras 3
(variable.path such as "sequential/dense/kernel").
"""
import hashlib
import json
import os

import tensorflow as tf


def variable_name(variable):
    """Keras 3's path is unique in the model; Keras 2's name is, less its ":0"."""
    name = getattr(variable, "path", None) or variable.name
    return name[:-2] if name.endswith(":0") else name


class TfReproTrace(tf.keras.callbacks.Callback):
    """Digests of the model's variables for tf-repro, for fold `fold` (0-based) of a k-fold run."""

    def __init__(self, fold, batches=False):
        super().__init__()
        self.fold = int(fold)
        self.batches = bool(batches)
        self.path = os.environ.get("TF_REPRO_TRACE")
        self.epoch = 0
        self.initialised = False

    def write(self, epoch, batch=None, val_loss=None):
        if not self.path:
            return
        lines = []
        for variable in self.model.weights:
            record = {"fold": self.fold, "epoch": epoch}
            if batch is not None:
                record["batch"] = batch
            record["variable"] = variable_name(variable)
            record["digest"] = hashlib.sha256(variable.numpy().tobytes()).hexdigest()
            if val_loss is not None:
                record["val_loss"] = float(val_loss)
            lines.append(json.dumps(record) + "\n")
        with open(self.path, "a") as f:
            f.writelines(lines)

    def on_train_begin(self, logs=None):
        # Once per fold: a second fit on the same callback (initial_epoch=…) goes on from where it was.
        if not self.initialised:
            self.initialised = True
            self.write(0)

    def on_epoch_begin(self, epoch, logs=None):
        self.epoch = epoch + 1

    def on_train_batch_end(self, batch, logs=None):
        if self.batches:
            self.write(self.epoch, batch=batch + 1)

    def on_epoch_end(self, epoch, logs=None):
        self.write(epoch + 1, val_loss=(logs or {}).get("val_loss"))
