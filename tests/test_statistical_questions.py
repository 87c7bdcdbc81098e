"""No flaky grades: a question whose learner functions draw random numbers (they take an `rng`
argument) must pass with the reference solution for *any* stream of draws, not just the one its
seed gives. Each such question is re-run with fresh, independent generators in place of the ones
its cases pass; a correct answer must pass every time."""
from __future__ import annotations

import inspect
import zlib
from functools import lru_cache

import numpy as np
import pytest

from course.runtime.evaluate import Status, evaluate
from course.runtime.feedback import as_text

from .test_questions import QUESTION_NOTEBOOK, _namespace, _question

RESEEDED_RUNS = 100


def _takes_rng(obj) -> bool:
    try:
        return callable(obj) and "rng" in inspect.signature(obj).parameters
    except (TypeError, ValueError):
        return False


@lru_cache(maxsize=None)
def _random_names(qid: str) -> tuple[str, ...]:
    try:
        namespace = _namespace(QUESTION_NOTEBOOK[qid])
        params = {p for case in _question(qid).cases for p in case.params}
    except Exception:   # a broken notebook or test file fails in test_questions.py, by name
        return ()
    return tuple(sorted(n for n in params if _takes_rng(namespace.get(n))))


STOCHASTIC = [qid for qid in sorted(QUESTION_NOTEBOOK) if _random_names(qid)]


def _reseeded(func, run: int):
    """`func` drawing from another stream on every run: the generator a case passes is moved to a
    state derived from its own state and the run. Derived, not fresh per call, so that what the
    course promises stays true under reseeding: the same seed gives the same draws (cases that
    check reproducibility, or rebuild a run from the same draws, still hold), and the case's
    generator advances by what the learner drew, as it does across the grading boundary."""
    signature = inspect.signature(func)

    def call(*args, **kwargs):
        bound = signature.bind(*args, **kwargs)
        rng = bound.arguments.get("rng")
        if isinstance(rng, np.random.Generator):
            key = zlib.crc32(repr(rng.bit_generator.state).encode())
            new = np.random.default_rng([run, key]).bit_generator.state
            if type(rng.bit_generator).__name__ == new["bit_generator"]:
                rng.bit_generator.state = new
            else:
                bound.arguments["rng"] = np.random.default_rng([run, key])
        return func(*bound.args, **bound.kwargs)

    call.__name__ = func.__name__
    return call


def test_random_questions_are_found():
    """Guards the test below against silently testing nothing once step 3 exists."""
    if any(p.parent.name == "03_probability" for p in QUESTION_NOTEBOOK.values()):
        assert len(STOCHASTIC) >= 4


@pytest.mark.parametrize("qid", STOCHASTIC)
def test_reference_passes_whatever_the_random_draws(qid):
    question, base = _question(qid), _namespace(QUESTION_NOTEBOOK[qid])
    failures = []
    for run in range(RESEEDED_RUNS):
        namespace = dict(base)
        for name in _random_names(qid):
            namespace[name] = _reseeded(base[name], 10_000_000 + run)
        result = evaluate(question, namespace)
        if result.status != Status.PASSED:
            failures.append(f"run {run}:\n{as_text(result)}")
    assert not failures, f"{len(failures)}/{RESEEDED_RUNS} reseeded runs failed; first:\n{failures[0]}"
