"""tf_repro.write_fold_metrics and tf_repro.load_dataset: what they write and read is what tf-repro
reads and writes (test/e2e/adopt.test.ts runs them through bin/tf-repro.js)."""
import json
import math
import os

import pytest

import tf_repro
from tf_repro import metrics


@pytest.fixture(autouse=True)
def fresh(monkeypatch):
    metrics._written.clear()
    for name in ("RANK", "TF_REPRO_METRICS"):
        monkeypatch.delenv(name, raising=False)


def test_one_call_per_fold_writes_every_fold_so_far_as_json(tmp_path, monkeypatch):
    path = tmp_path / "metrics.json"
    monkeypatch.setenv("TF_REPRO_METRICS", str(path))
    assert tf_repro.write_fold_metrics(0, accuracy=0.5, loss=1.25) == str(path)
    assert json.loads(path.read_text()) == {"0": {"accuracy": 0.5, "loss": 1.25}}
    tf_repro.write_fold_metrics(1, accuracy=0.75, loss=float("nan"))
    written = json.loads(path.read_text())
    assert list(written) == ["0", "1"] and written["1"]["accuracy"] == 0.75 and math.isnan(written["1"]["loss"])
    assert sorted(os.listdir(tmp_path)) == ["metrics.json"]


def test_a_file_an_earlier_run_left_is_replaced_not_added_to(tmp_path, monkeypatch):
    path = tmp_path / "metrics.json"
    path.write_text('{"0": {"accuracy": 0.1}, "7": {"accuracy": 0.2}}')
    tf_repro.write_fold_metrics(0, path=str(path), accuracy=0.9)
    assert json.loads(path.read_text()) == {"0": {"accuracy": 0.9}}


def test_numpy_scalars_are_numbers_and_other_values_are_refused(tmp_path):
    np = pytest.importorskip("numpy")
    path = tmp_path / "m.json"
    tf_repro.write_fold_metrics(0, path=str(path), accuracy=np.float32(0.5), correct=np.int64(3))
    assert json.loads(path.read_text()) == {"0": {"accuracy": 0.5, "correct": 3.0}}
    with pytest.raises(TypeError, match="'accuracy' must be a number"):
        tf_repro.write_fold_metrics(0, path=str(path), accuracy="high")
    with pytest.raises(TypeError, match="at least one metric"):
        tf_repro.write_fold_metrics(0, path=str(path))


def test_only_rank_0_writes(tmp_path, monkeypatch):
    path = tmp_path / "metrics.json"
    monkeypatch.setenv("TF_REPRO_METRICS", str(path))
    monkeypatch.setenv("RANK", "1")
    assert tf_repro.write_fold_metrics(0, accuracy=0.5) is None
    assert not path.exists()
    assert tf_repro.write_fold_metrics(0, rank=0, accuracy=0.5) == str(path)
    monkeypatch.setenv("RANK", "0")
    assert tf_repro.write_fold_metrics(1, accuracy=0.5) == str(path)
    assert tf_repro.write_fold_metrics(2, rank=3, accuracy=0.5) is None
    assert list(json.loads(path.read_text())) == ["0", "1"]


def test_without_a_metrics_path_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert tf_repro.write_fold_metrics(0, accuracy=0.5) is None
    assert list(tmp_path.iterdir()) == []


def test_load_dataset_returns_keras_mnist_layout(tmp_path, monkeypatch):
    np = pytest.importorskip("numpy")
    path = tmp_path / "mnist.npz"
    x = np.arange(3 * 28 * 28, dtype=np.uint8).reshape(3, 28, 28)
    np.savez(path, x_train=x[:2], y_train=np.array([1, 2], dtype=np.uint8), x_test=x[2:], y_test=np.array([3], dtype=np.uint8))
    monkeypatch.setenv("TF_REPRO_DATASET", str(path))
    (x_train, y_train), (x_test, y_test) = tf_repro.load_dataset()
    assert x_train.shape == (2, 28, 28) and x_test.shape == (1, 28, 28) and x_train.dtype == np.uint8
    assert y_train.tolist() == [1, 2] and y_test.tolist() == [3]
    monkeypatch.delenv("TF_REPRO_DATASET")
    with pytest.raises(RuntimeError, match="TF_REPRO_DATASET is not set"):
        tf_repro.load_dataset()


def test_seed_and_max_epochs_from_the_environment_else_the_defaults(monkeypatch):
    monkeypatch.delenv("TF_REPRO_SEED", raising=False)
    monkeypatch.delenv("TF_REPRO_MAX_EPOCHS", raising=False)
    assert tf_repro.seed(1) == 1 and tf_repro.max_epochs(14) == 14
    monkeypatch.setenv("TF_REPRO_SEED", "7")
    monkeypatch.setenv("TF_REPRO_MAX_EPOCHS", "2")
    assert tf_repro.seed(1) == 7 and tf_repro.max_epochs(14) == 2 and tf_repro.max_epochs(1) == 1
