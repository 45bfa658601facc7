"""Writes Keras 3 model files for test/e2e/keras3-model.test.ts into the folder given.

Each model as model.to_json() (NAME.json) and as a .keras archive (NAME.keras), and expected.json:
for each model, its layers' names, classes, parameter counts and output shapes, as Keras builds them.
One process for all of them: importing Keras is most of the time.
"""
import json
import os
import sys

os.environ.setdefault("KERAS_BACKEND", "jax")
import keras  # noqa: E402
from keras import layers  # noqa: E402


def default_cnn_layers():
    """tf-repro's default CNN (src/model/default-model.ts)."""
    return [
        layers.Reshape((28, 28, 1)),
        layers.Conv2D(8, 3, activation="relu"),
        layers.MaxPooling2D(2),
        layers.Conv2D(8, 3, activation="relu"),
        layers.MaxPooling2D(2),
        layers.Flatten(),
        layers.Dense(128, activation="relu"),
        layers.Dropout(0.2),
        layers.Dense(10, activation="softmax"),
    ]


def cnn_sequential():
    model = keras.Sequential([keras.Input((28, 28)), *default_cnn_layers()], name="cnn_sequential")
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


def cnn_functional():
    inputs = keras.Input((28, 28), name="pixels")
    x = inputs
    for layer in default_cnn_layers():
        x = layer(x)
    model = keras.Model(inputs, x, name="cnn_functional")
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


def common_layers():
    """Common layers, two branches merged by Add and Concatenate; objects for the optimizer, loss and metric."""
    inputs = keras.Input((28, 28), name="pixels")
    x = layers.Rescaling(2.0, offset=-1.0, name="rescale")(inputs)
    x = layers.Reshape((28, 28, 1), name="channels")(x)
    a = layers.Conv2D(8, 3, padding="same", activation="relu", kernel_regularizer=keras.regularizers.L2(1e-4), name="conv_relu")(x)
    b = layers.Conv2D(8, 3, padding="same", use_bias=False, kernel_initializer="he_normal", name="conv_bn")(x)
    b = layers.BatchNormalization(name="norm")(b)
    b = layers.Activation("relu", name="relu")(b)
    x = layers.Add(name="sum")([a, b])
    x = layers.MaxPooling2D(2, name="pool")(x)
    flat = layers.Flatten(name="flat")(x)
    pooled = layers.GlobalAveragePooling2D(name="mean")(x)
    x = layers.Concatenate(name="both")([flat, pooled])
    x = layers.Dense(32, activation="relu", kernel_constraint=keras.constraints.MaxNorm(3), name="hidden")(x)
    x = layers.LayerNormalization(name="layer_norm")(x)
    x = layers.Dropout(0.2, name="drop")(x)
    outputs = layers.Dense(10, activation="softmax", name="classes")(x)
    model = keras.Model(inputs, outputs, name="common_layers")
    model.compile(
        optimizer=keras.optimizers.SGD(learning_rate=0.05, momentum=0.9),
        loss=keras.losses.SparseCategoricalCrossentropy(),
        metrics=[keras.metrics.SparseCategoricalAccuracy()],
    )
    return model


def sequences():
    """1D convolution and recurrent layers, read as rows of the image; GRU as TensorFlow.js has it (reset_after=False)."""
    model = keras.Sequential(
        [
            keras.Input((28, 28)),
            layers.Conv1D(8, 3, activation="relu"),
            layers.MaxPooling1D(2),
            layers.Bidirectional(layers.LSTM(8, return_sequences=True)),
            layers.GRU(8, reset_after=False),
            layers.Dense(10, activation="softmax"),
        ],
        name="sequences",
    )
    return model


def nested():
    """A Sequential inside a Functional model."""
    head = keras.Sequential(
        [keras.Input((784,)), layers.Dense(32, activation="relu"), layers.Dense(10, activation="softmax")],
        name="head",
    )
    inputs = keras.Input((28, 28), name="pixels")
    outputs = head(layers.Flatten(name="flat")(inputs))
    return keras.Model(inputs, outputs, name="nested")


def not_in_tensorflow_js():
    """GroupNormalization: a Keras 3 layer TensorFlow.js does not have."""
    return keras.Sequential(
        [
            keras.Input((28, 28)),
            layers.Reshape((28, 28, 1)),
            layers.Conv2D(8, 3),
            layers.GroupNormalization(groups=4, name="groups"),
            layers.Flatten(),
            layers.Dense(10, activation="softmax"),
        ],
        name="not_in_tensorflow_js",
    )


def summary(model):
    return [
        {
            "name": layer.name,
            "class": type(layer).__name__,
            "params": int(layer.count_params()),
            "output_shape": list(layer.output.shape),
        }
        for layer in model.layers
    ]


def main(folder):
    expected = {}
    for make in (cnn_sequential, cnn_functional, common_layers, sequences, nested, not_in_tensorflow_js):
        model = make()
        name = make.__name__
        with open(os.path.join(folder, name + ".json"), "w") as file:
            file.write(model.to_json())
        model.save(os.path.join(folder, name + ".keras"))
        expected[name] = summary(model)
    with open(os.path.join(folder, "expected.json"), "w") as file:
        json.dump({"keras_version": keras.__version__, "models": expected}, file)


if __name__ == "__main__":
    main(sys.argv[1])
