"""Small real data sets for step 4, read from files that installed packages already ship (no
download at run time, no heavy import)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np


def _sklearn_data_file(name: str) -> Path:
    bundled = Path(__file__).resolve().parent / "data" / name   # the learner runtime ships them
    if bundled.is_file():
        return bundled
    # find_spec locates scikit-learn without importing it (importing it costs about a second)
    spec = importlib.util.find_spec("sklearn")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("scikit-learn is needed for its bundled data: pip install scikit-learn")
    return Path(spec.origin).parent / "datasets" / "data" / name


def digits() -> tuple[np.ndarray, np.ndarray]:
    """The 1797 handwritten digits (UCI, as bundled with scikit-learn): X of shape (1797, 64) with
    8x8 pixel intensities 0..16 as float64, and labels y of shape (1797,) as int64 in 0..9."""
    data = np.loadtxt(_sklearn_data_file("digits.csv.gz"), delimiter=",")
    return data[:, :-1].astype(np.float64), data[:, -1].astype(np.int64)


def iris() -> tuple[np.ndarray, np.ndarray]:
    """Fisher's 150 iris flowers: X of shape (150, 4) (sepal and petal length and width, cm) and
    labels y of shape (150,) as int64 in 0..2."""
    data = np.loadtxt(_sklearn_data_file("iris.csv"), delimiter=",", skiprows=1)
    return data[:, :-1].astype(np.float64), data[:, -1].astype(np.int64)
