"""The trace for Keras: a callback that records a digest of every variable of the model, one per
fold, passed to fit:

    model.fit(x, y, epochs=10, validation_split=0.2, callbacks=[TfReproTrace(fold)])

One line per variable (model.weights: trainable or not) after initialisation (epoch 0, when
training begins), at the end of every epoch (1-based; with the epoch's val_loss where Keras reports
one) and, with batches=True, after every batch (1-based "batch"; slower: it reads every variable
after every step). The digest is that of the variable's bytes (variable.numpy()). A worker of a
multi-worker run writes its own file (`rank=`, else RANK/WORLD_SIZE: tf_repro.trace.process_rank).

TensorFlow 2 with Keras 2 (tf.keras, variable.name such as "dense/kernel:0") or Keras 3
(variable.path such as "sequential/dense/kernel"). Importing this module imports TensorFlow (the
callback's base class); importing tf_repro does not."""
import tensorflow as tf

from tf_repro.trace import trace_path, write_checkpoint


def variable_name(variable):
    """Keras 3's path is unique in the model; Keras 2's name is, less its ":0"."""
    name = getattr(variable, "path", None) or variable.name
    return name[:-2] if name.endswith(":0") else name


class TfReproTrace(tf.keras.callbacks.Callback):
    """Digests of the model's variables for tf-repro, for fold `fold` (0-based) of a k-fold run."""

    def __init__(self, fold, batches=False, rank=None):
        super().__init__()
        self.rank = rank
        self.fold = int(fold)
        self.batches = bool(batches)
        self.path = trace_path()
        self.epoch = 0
        self.initialised = False

    def write(self, epoch, batch=None, val_loss=None):
        if self.path:
            named = ((variable_name(v), v.numpy().tobytes()) for v in self.model.weights)
            write_checkpoint(named, self.fold, epoch, batch=batch, val_loss=val_loss, path=self.path, rank=self.rank)

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
