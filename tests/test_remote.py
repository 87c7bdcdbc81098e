"""Learner functions called across the kernel boundary: plain data only, verdicts stay outside."""
from __future__ import annotations

import nbformat
import numpy as np
import pytest

from course import remote
from course.runtime import config
from course.instructor.grade import grade_paths

from .helpers import ROOT, nbgrader_meta

COURSE = config.load(ROOT)
STEP = "01_linear_algebra"
SOURCE = ROOT / "source" / STEP / f"{COURSE.step(STEP).notebooks[0]}.ipynb"


@pytest.mark.parametrize("value", [
    None, True, False, np.bool_(True), 0, -7, 2**80, np.int32(5), 1.5, float("nan"), float("inf"),
    np.float64(2.25), np.float32(0.1), 1 + 2j, np.complex128(3j), "text",
    np.arange(6).reshape(2, 3), np.array([True, False]), np.zeros((0, 3)), np.array(["a", "bc"]),
    [1, [2.0, np.ones(2)]], (np.eye(2), 3, "x"), {"a": np.ones(3), "b": None},
])
def test_plain_data_round_trips_with_its_type(value):
    back = remote.unpack(remote.pack(value))
    assert type(back) is type(value)
    if isinstance(value, np.ndarray):
        assert back.dtype == value.dtype and np.array_equal(back, value)
    elif isinstance(value, float) and np.isnan(value):
        assert np.isnan(back)
    elif isinstance(value, (list, tuple, dict)):
        assert repr(back) == repr(value)
    else:
        assert back == value


def test_anything_else_crosses_as_an_opaque_stand_in():
    back = remote.unpack(remote.pack(x for x in range(3)))
    assert isinstance(back, remote.Opaque) and type(back).__name__ == "generator"
    obj = np.array([object()], dtype=object)
    assert isinstance(remote.unpack(remote.pack(obj)), remote.Opaque)


def test_course_functions_cross_by_reference():
    from course.runtime.testing import expect_close
    assert remote.unpack(remote.pack(expect_close)) is expect_close


def test_exceptions_are_rebuilt_as_their_builtin_class():
    def info(exc):
        return {"type": type(exc).__name__, "mro": [c.__name__ for c in type(exc).__mro__],
                "module": type(exc).__module__, "message": str(exc), "frames": ["  in f()"]}

    class SingularError(ValueError):
        pass

    assert type(remote.rebuild_exception(info(ValueError("bad")))) is ValueError
    assert isinstance(remote.rebuild_exception(info(SingularError("x"))), ValueError)
    assert type(remote.rebuild_exception(info(NotImplementedError()))) is NotImplementedError
    assert isinstance(remote.rebuild_exception(info(np.linalg.LinAlgError("s"))),
                      np.linalg.LinAlgError)
    exited = remote.rebuild_exception(info(SystemExit(1)))
    assert isinstance(exited, Exception) and exited.learner_type == "SystemExit"


def _notebook_with(tmp_path, replacements: dict[str, str], extra_cells: list[str] = ()):
    nb = nbformat.read(SOURCE, as_version=4)
    for cell in nb.cells:
        gid = nbgrader_meta(cell).get("grade_id")
        if gid in replacements:
            cell.source = replacements[gid]
    for i, code in enumerate(extra_cells):
        nb.cells.insert(2 + i, nbformat.v4.new_code_cell(code))
    path = tmp_path / SOURCE.name
    nbformat.write(nb, path)
    return path


def test_learner_cannot_forge_a_verdict(tmp_path):
    cheat = _notebook_with(tmp_path, {
        "dot_product_solution": "def dot(u, v):\n    return 0.0\n",
    }, extra_cells=[
        "import course, course.runtime.evaluate, course.runtime.learner\n"
        "check = lambda qid: 3.0\n"
        "course.check = course.runtime.learner.check = check\n"
        "course.runtime.evaluate.evaluate = lambda *a, **k: None\n"
        "np.isclose = lambda *a, **k: np.array(True)\n"
        "np.allclose = lambda *a, **k: True\n",
    ])
    (row,) = grade_paths(STEP, [cheat], COURSE)
    dot = next(q for q in row.questions if q.id == "dot_product")
    assert dot.points < dot.max_points and dot.status == "wrong"
    # angle() calls the wrong dot(), so it loses points too; nothing else is affected
    assert all(q.status == "passed" for q in row.questions
               if q.id not in ("dot_product", "angle_between"))


def test_mutating_an_argument_in_the_kernel_is_seen_by_the_test(tmp_path):
    mutating = _notebook_with(tmp_path, {"inverse_2x2_solution": (
        "def inverse_2x2(A):\n"
        "    if A.shape != (2, 2):\n        raise ValueError('shape')\n"
        "    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]\n"
        "    if abs(det) <= 1e-12 * np.max(np.abs(A)) ** 2:\n        raise ValueError('singular')\n"
        "    A[0, 0], A[1, 1] = A[1, 1], A[0, 0]\n"
        "    A[0, 1], A[1, 0] = -A[0, 1], -A[1, 0]\n"
        "    A /= det\n    return A\n")})
    (row,) = grade_paths(STEP, [mutating], COURSE)
    inv = next(q for q in row.questions if q.id == "inverse_2x2")
    assert inv.points < inv.max_points
    assert any("in place" in (c.hint or "") for c in inv.result.cases), inv.result


class _InProcessKernel:
    """A session whose 'kernel' is a namespace here: the call still crosses as packed text."""

    def __init__(self, namespace):
        self.namespace = namespace

    def serve(self, kind, name, payload):
        assert kind == "call"
        return remote.call_reply(self.namespace, name, payload)


def _across(source: str, name: str = "f"):
    namespace = {"np": np}
    exec(source, namespace)
    return remote.KernelFunction(_InProcessKernel(namespace), name)


def test_changes_inside_containers_cross_back_as_they_would_in_process():
    # each function is run on one set of arguments in-process and on an equal set across the
    # boundary; the caller's arguments must end up alike, entry by entry and object by object
    sources = {
        "inplace": "def f(p, xs, t, *, w):\n    p['W'] -= 1\n    xs[0] += 2\n    t[1][:] = 0\n"
                   "    w *= 3\n",
        "replaced": "def f(p, xs, t, *, w):\n    p['W'] = p['W'] - 1\n    p['new'] = 5\n"
                    "    del p['b']\n    xs.append(np.ones(2))\n    xs[0] = 'x'\n",
        "nested": "def f(p, xs, t, *, w):\n    p['inner']['c'] += 1\n    p['inner']['d'] = 1\n",
        "untouched": "def f(p, xs, t, *, w):\n    return p['W'].sum() + xs[0].sum()\n",
        "reshaped": "def f(p, xs, t, *, w):\n    w.shape = (2, 1)\n    p['W'].shape = (2, 2)\n",
    }

    def arguments():
        return ({"W": np.arange(4.0), "b": np.zeros(2), "inner": {"c": np.ones(1)}},
                [np.arange(3.0), 1.5], (np.ones(2), np.ones(3)), np.arange(2.0))

    for label, source in sources.items():
        here, there = arguments(), arguments()
        here_W, there_W = here[0]["W"], there[0]["W"]
        namespace = {"np": np}
        exec(source, namespace)
        namespace["f"](*here[:3], w=here[3])
        _across(source)(*there[:3], w=there[3])
        assert remote.pack(list(there)) == remote.pack(list(here)), label
        # an array changed in place is still the caller's object; a replaced one is not
        assert (there[0]["W"] is there_W) == (here[0]["W"] is here_W), label


def test_a_list_of_numbers_costs_nothing_to_send_back():
    reply = remote.call_reply({"f": lambda xs: len(xs)}, "f", remote.pack(([list(range(1000))], {})))
    assert remote.unpack(reply["args_after"]) == [None]


def test_random_generators_cross_with_their_state():
    rng = np.random.default_rng(7)
    rng.normal(size=3)
    back = remote.unpack(remote.pack(rng))
    assert isinstance(back, np.random.Generator)
    assert np.array_equal(back.normal(size=5), rng.normal(size=5))


def test_course_objects_cross_as_class_and_attributes():
    from course.runtime.functions.backprop import Affine

    f = Affine(2.5, -1.0)
    back = remote.unpack(remote.pack(f))
    assert type(back) is Affine and vars(back) == vars(f)
    assert back(3.0) == f(3.0)


def test_decoding_imports_nothing_outside_the_course_package():
    text = remote.pack(expect_close_ref := __import__("course.runtime.testing").runtime.testing.expect_close)
    assert remote.unpack(text) is expect_close_ref
    with pytest.raises(ValueError, match="not part of the course package"):
        remote.unpack(text.replace('"course.runtime.testing"', '"os"'))


@pytest.mark.parametrize("kind", ["ForkSession", "KernelSession"])
def test_a_generator_used_in_the_kernel_advances_the_tests_generator(tmp_path, kind):
    import time

    from course.instructor import sessions

    if kind == "ForkSession" and not sessions.fork_available():
        pytest.skip("fork sessions exist on Linux only")
    session = getattr(sessions, kind)(COURSE, str(tmp_path), time.monotonic() + 60)
    try:
        session.execute("def draw(n, rng):\n    return rng.normal(size=n)\n")
        draw = remote.KernelNamespace(session, ["draw"]).get("draw")
        rng, twin = np.random.default_rng(3), np.random.default_rng(3)
        assert np.array_equal(draw(4, rng=rng), twin.normal(size=4))
        assert np.array_equal(draw(2, rng), twin.normal(size=2))
        assert rng.random() == twin.random()
        # string arrays cross and come back too (copy-back must not assume numbers)
        session.execute("def first(labels):\n    return labels[:1]\n")
        first = remote.KernelNamespace(session, ["first"]).get("first")
        assert first(np.array(["cat", "dog"])).tolist() == ["cat"]
    finally:
        session.close()


def test_a_dict_argument_changed_in_the_kernel_is_seen_by_the_test(tmp_path):
    # the caller's params dict: an entry written in place, and (a second function) an entry
    # replaced; check() sees both in-process, and so must `course grade`
    step = "04_apply_ml"
    source = ROOT / "source" / step / "04_neural_network.ipynb"
    wrappers = {"mlp_forward": "    params['W1'] += 1\n",
                "mlp_backward": "    params['b1'] = params['b1'] - 1e-3\n"}
    nb = nbformat.read(source, as_version=4)
    for i in reversed(range(len(nb.cells))):
        name = nbgrader_meta(nb.cells[i]).get("grade_id", "").removesuffix("_solution")
        if name in wrappers and nbgrader_meta(nb.cells[i]).get("solution"):
            nb.cells.insert(i + 1, nbformat.v4.new_code_cell(
                f"_{name} = {name}\n\ndef {name}(params, *args):\n    out = _{name}(params, *args)\n"
                f"{wrappers[name]}    return out\n"))
    path = tmp_path / source.name
    nbformat.write(nb, path)
    (row,) = grade_paths(step, [path], COURSE)
    for name in wrappers:
        q = next(q for q in row.questions if q.id == name)
        assert q.points < q.max_points, (name, q.result)
        assert any("in place" in (c.hint or "") for c in q.result.cases), (name, q.result)
    assert all(q.status == "passed" for q in row.questions
               if q.id not in (*wrappers, "train_mlp", "predict_confusion")), row.questions
