"""The helpers on the real frameworks of the tests' environment (scripts/setup-python-frameworks.sh):
what each writes is what tf-repro reads (test/integration/command-trace.test.ts reads it there)."""
import hashlib
import json
import subprocess
import sys

import pytest

import tf_repro
from tf_repro.trace import write_checkpoint


def read(path):
    with open(path) as f:
        return [json.loads(line) for line in f]


def test_importing_the_package_imports_no_framework():
    code = "import sys, tf_repro, tf_repro.trace, tf_repro.torch, tf_repro.jax; print(sorted({'tensorflow', 'torch', 'jax', 'numpy', 'flax'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_installed_version_is_the_projects():
    assert tf_repro.__version__ not in ("", "unknown")


def test_without_a_trace_file_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.delenv("TF_REPRO_TRACE", raising=False)
    monkeypatch.chdir(tmp_path)
    write_checkpoint([("w", b"\0")], 0, 1)
    assert list(tmp_path.iterdir()) == []


def test_a_checkpoint_is_a_line_per_array_appended(tmp_path, monkeypatch):
    path = tmp_path / "trace.jsonl"
    monkeypatch.setenv("TF_REPRO_TRACE", str(path))
    write_checkpoint([("a", b"x"), ("b", b"y")], 1, 0)
    write_checkpoint([("a", b"z")], 1, 2, batch=3, val_loss=0.5)
    assert read(path) == [
        {"format": 1, "fold": 1, "epoch": 0, "variable": "a", "digest": hashlib.sha256(b"x").hexdigest()},
        {"format": 1, "fold": 1, "epoch": 0, "variable": "b", "digest": hashlib.sha256(b"y").hexdigest()},
        {"format": 1, "fold": 1, "epoch": 2, "batch": 3, "variable": "a", "digest": hashlib.sha256(b"z").hexdigest(), "val_loss": 0.5},
    ]


def test_each_rank_writes_its_own_file_and_says_its_rank(tmp_path, monkeypatch):
    monkeypatch.setenv("TF_REPRO_TRACE", str(tmp_path / "run-1.jsonl"))
    monkeypatch.delenv("WORLD_SIZE", raising=False)
    write_checkpoint([("w", b"x")], 0, 1, rank=1)
    monkeypatch.setenv("WORLD_SIZE", "2")
    monkeypatch.setenv("RANK", "0")
    write_checkpoint([("w", b"x")], 0, 1)
    monkeypatch.setenv("TF_REPRO_TRACE", str(tmp_path / "trace-{rank}.jsonl"))
    write_checkpoint([("w", b"x")], 0, 1)
    digest = hashlib.sha256(b"x").hexdigest()
    assert read(tmp_path / "run-1.rank1.jsonl") == [{"format": 2, "rank": 1, "fold": 0, "epoch": 1, "variable": "w", "digest": digest}]
    assert read(tmp_path / "run-1.rank0.jsonl") == [{"format": 2, "rank": 0, "fold": 0, "epoch": 1, "variable": "w", "digest": digest}]
    assert read(tmp_path / "trace-0.jsonl")[0]["rank"] == 0
    # One process (WORLD_SIZE 1): the file and the lines of before.
    monkeypatch.setenv("WORLD_SIZE", "1")
    monkeypatch.setenv("TF_REPRO_TRACE", str(tmp_path / "single.jsonl"))
    write_checkpoint([("w", b"x")], 0, 1)
    assert read(tmp_path / "single.jsonl") == [{"format": 1, "fold": 0, "epoch": 1, "variable": "w", "digest": digest}]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run-1.rank0.jsonl", "run-1.rank1.jsonl", "single.jsonl", "trace-0.jsonl"]


def test_the_inputs_of_a_step_are_digested_bytes_arrays_and_tensors_alike(tmp_path, monkeypatch):
    np = pytest.importorskip("numpy")
    torch = pytest.importorskip("torch")
    from tf_repro.torch import trace_checkpoint

    path = tmp_path / "trace.jsonl"
    monkeypatch.setenv("TF_REPRO_TRACE", str(path))
    x = np.arange(6, dtype=np.float32).reshape(2, 3)
    y = np.array([1, 0], dtype=np.int64)
    expected = hashlib.sha256(x.tobytes() + y.tobytes()).hexdigest()
    write_checkpoint([("a", b"x"), ("b", b"y")], 0, 1, batch=1, inputs=(x.tobytes(), y.tobytes()))
    write_checkpoint([("a", b"x")], 0, 1, batch=2, inputs=(x, y))
    model = torch.nn.Linear(3, 1)
    trace_checkpoint(model, 0, 1, batch=3, inputs=(torch.from_numpy(x), torch.from_numpy(y)))
    write_checkpoint([("a", b"x")], 0, 1)
    lines = read(path)
    # Two lines of the first checkpoint, one of the second, two of the model (weight, bias), then the epoch without inputs.
    assert [line.get("input_sha256") for line in lines] == [expected] * 5 + [None]


def test_pytorch_parameters_by_name(tmp_path, monkeypatch):
    torch = pytest.importorskip("torch")
    from tf_repro.torch import trace_checkpoint

    path = tmp_path / "trace.jsonl"
    monkeypatch.setenv("TF_REPRO_TRACE", str(path))
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(3, 2), torch.nn.ReLU(), torch.nn.Linear(2, 1))
    trace_checkpoint(model, 0, 1, val_loss=torch.tensor(0.25))
    lines = read(path)
    assert [line["variable"] for line in lines] == ["0.weight", "0.bias", "2.weight", "2.bias"]
    assert lines[0]["digest"] == hashlib.sha256(model[0].weight.detach().numpy().tobytes()).hexdigest()
    assert {line["val_loss"] for line in lines} == {0.25}


def test_jax_a_pytree_and_an_nnx_module(tmp_path, monkeypatch):
    jnp = pytest.importorskip("jax.numpy")
    nnx = pytest.importorskip("flax.nnx")
    import numpy as np

    from tf_repro.jax import trace_checkpoint

    path = tmp_path / "trace.jsonl"
    monkeypatch.setenv("TF_REPRO_TRACE", str(path))
    params = {"params": {"Dense_0": {"kernel": jnp.ones((2, 2)), "bias": jnp.zeros(2)}}}
    trace_checkpoint(params, 0, 0)
    trace_checkpoint(nnx.Linear(2, 3, rngs=nnx.Rngs(0)), 1, 1, batch=1)
    lines = read(path)
    assert [(line["fold"], line["variable"]) for line in lines] == [
        (0, "params/Dense_0/bias"),
        (0, "params/Dense_0/kernel"),
        (1, "bias"),
        (1, "kernel"),
    ]
    assert lines[1]["digest"] == hashlib.sha256(np.ones((2, 2), np.float32).tobytes()).hexdigest()


def test_keras_fit_with_the_callback(tmp_path, monkeypatch):
    path = tmp_path / "trace.jsonl"
    monkeypatch.setenv("TF_REPRO_TRACE", str(path))
    tf = pytest.importorskip("tensorflow")
    import numpy as np

    from tf_repro.keras import TfReproTrace

    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential([tf.keras.Input((2,)), tf.keras.layers.Dense(1, name="dense")])
    model.compile(optimizer="sgd", loss="mse")
    x, y = np.ones((8, 2), np.float32), np.ones((8, 1), np.float32)
    model.fit(x, y, epochs=2, batch_size=4, validation_split=0.5, verbose=0, callbacks=[TfReproTrace(3, batches=True)])
    lines = read(path)
    places = [(line["epoch"], line.get("batch")) for line in lines[::2]]
    assert places == [(0, None), (1, 1), (1, None), (2, 1), (2, None)]
    assert {line["variable"] for line in lines} == {"sequential/dense/kernel", "sequential/dense/bias"}
    assert {line["fold"] for line in lines} == {3}
    assert [("val_loss" in line) for line in lines[::2]] == [False, False, True, False, True]


def test_the_environment_file_holds_python_and_the_installed_frameworks(tmp_path, monkeypatch):
    import platform

    from importlib.metadata import version

    from tf_repro import write_environment

    path = tmp_path / "environment.json"
    monkeypatch.setenv("TF_REPRO_ENVIRONMENT", str(path))
    write_environment()
    written = json.loads(path.read_text())
    assert written["python"] == platform.python_version()
    # The tests' venv has these three; a package that is not installed is left out.
    for name in ("torch", "jax", "numpy"):
        assert written["frameworks"][name] == version(name)
    assert "no-such-framework" not in written["frameworks"]
    write_environment(packages=("no-such-framework",))
    assert json.loads(path.read_text())["frameworks"] == {}


def test_without_an_environment_file_nothing_is_written(tmp_path, monkeypatch):
    from tf_repro import write_environment

    monkeypatch.delenv("TF_REPRO_ENVIRONMENT", raising=False)
    monkeypatch.chdir(tmp_path)
    write_environment()
    assert list(tmp_path.iterdir()) == []


def test_each_rank_writes_its_own_file_in_format_2(tmp_path, monkeypatch):
    from tf_repro.trace import process_rank, rank_trace_path

    path = tmp_path / "run-1.jsonl"
    monkeypatch.setenv("TF_REPRO_TRACE", str(path))
    monkeypatch.setenv("WORLD_SIZE", "2")
    monkeypatch.setenv("RANK", "1")
    assert process_rank() == 1
    assert process_rank(0) == 0
    write_checkpoint([("a", b"x")], 0, 1, batch=2)
    write_checkpoint([("a", b"x")], 0, 1, rank=0, sharded=True)
    assert read(tmp_path / "run-1.rank1.jsonl") == [
        {"format": 2, "rank": 1, "fold": 0, "epoch": 1, "batch": 2, "variable": "a", "digest": hashlib.sha256(b"x").hexdigest()},
    ]
    assert read(tmp_path / "run-1.rank0.jsonl") == [
        {"format": 2, "rank": 0, "sharded": True, "fold": 0, "epoch": 1, "variable": "a", "digest": hashlib.sha256(b"x").hexdigest()},
    ]
    assert not path.exists()
    assert rank_trace_path("/t/trace-{rank}.jsonl", 3) == "/t/trace-3.jsonl"
    assert rank_trace_path("/t/trace", 3) == "/t/trace.rank3"
    assert rank_trace_path("/t/run-1.jsonl", None) == "/t/run-1.jsonl"


def test_one_process_keeps_format_1(monkeypatch):
    from tf_repro.trace import process_rank

    monkeypatch.setenv("WORLD_SIZE", "1")
    monkeypatch.setenv("RANK", "0")
    assert process_rank() is None
    monkeypatch.delenv("WORLD_SIZE")
    assert process_rank() is None


def test_only_rank_0_writes_the_environment(tmp_path, monkeypatch):
    path = tmp_path / "environment.json"
    monkeypatch.setenv("WORLD_SIZE", "2")
    monkeypatch.setenv("RANK", "1")
    tf_repro.write_environment(path=str(path))
    assert not path.exists()
    monkeypatch.setenv("RANK", "0")
    tf_repro.write_environment(path=str(path))
    assert "python" in json.loads(path.read_text())


def test_a_ddp_models_buffers_are_traced_on_rank_0_only_where_ddp_broadcasts_them(tmp_path, monkeypatch):
    torch = pytest.importorskip("torch")
    from tf_repro.torch import trace_checkpoint

    class DistributedDataParallel(torch.nn.Module):  # the name the helper knows, without a process group
        def __init__(self, module, broadcast_buffers=True):
            super().__init__()
            self.module = module
            self.broadcast_buffers = broadcast_buffers

    monkeypatch.setenv("TF_REPRO_TRACE", str(tmp_path / "run-1.jsonl"))
    model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.BatchNorm1d(2))
    for rank in (0, 1):
        trace_checkpoint(DistributedDataParallel(model), 0, 0, rank=rank)
    trace_checkpoint(DistributedDataParallel(model, broadcast_buffers=False), 0, 1, rank=1)
    names = ["0.weight", "0.bias", "1.weight", "1.bias", "1.running_mean", "1.running_var", "1.num_batches_tracked"]
    assert [line["variable"] for line in read(tmp_path / "run-1.rank0.jsonl")] == names
    assert [line["variable"] for line in read(tmp_path / "run-1.rank1.jsonl")] == names[:4] + names


def test_folds_to_train_reads_tf_repro_folds(monkeypatch):
    from tf_repro import FOLDS_VARIABLE, folds_to_train

    monkeypatch.delenv(FOLDS_VARIABLE, raising=False)
    assert folds_to_train(4) == [0, 1, 2, 3]
    monkeypatch.setenv(FOLDS_VARIABLE, "3, 1")
    assert folds_to_train(4) == [1, 3]
    monkeypatch.setenv(FOLDS_VARIABLE, "4")
    with pytest.raises(ValueError, match="names fold 4, but this script trains 4 folds"):
        folds_to_train(4)
    monkeypatch.setenv(FOLDS_VARIABLE, "one")
    with pytest.raises(ValueError, match="comma list"):
        folds_to_train(4)
