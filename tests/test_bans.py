"""Bans (course/runtime/bans.py): what a task forbids is found in the learner's code, by every grader.

The same Ban is checked three ways: on live functions (check(), nbgrader, otter: the learner's own
kernel), on the notebook's cells as the grader read them (course grade), and inside otter's own
runner through the footer `course build` adds to the zipped test files.
"""
from __future__ import annotations

import inspect
import textwrap
import zipfile

import nbformat
import numpy
import numpy as np
import pytest
from numpy.linalg import norm as imported_norm

from course.runtime import config, questions
from course.runtime.bans import Ban, StaticScope
from course.runtime.layout import nbgrader_meta
from course.runtime.otter_bridge import FOOTER as OTTER_FOOTER
from course.instructor.grade import grade_notebook

from .helpers import ROOT

BAN = Ban({"norm": ["numpy.linalg.norm", "numpy.dot", "@", ".dot"], "det": ["numpy.linalg"]},
          "compute it yourself")


def _clean(v):
    v = np.asarray(v, dtype=float)
    return float(np.sqrt(np.sum(v * v)))


def _direct(v):
    return np.linalg.norm(v)


def _from_import(v):
    return imported_norm(v)


def _helper(v):
    return np.dot(v, v) ** 0.5


def _through_helper(v):
    return _helper(v)


def _matmul(v):
    v = np.asarray(v)
    return (v @ v) ** 0.5


def _method(v):
    v = np.asarray(v)
    return v.dot(v) ** 0.5


def _getattr(v):
    return getattr(np.linalg, "norm")(v)


def _local_alias(v):
    la = np.linalg
    return la.norm(v)


def _local_import(v):
    from numpy.linalg import norm
    return norm(v)


def _dynamic(v):
    return eval("np.linalg.norm")(v)


_lambda = lambda v: np.linalg.norm(v)  # noqa: E731


def _module_ban(A):
    return numpy.linalg.det(A)


def _shadowing_is_fine(v):
    dot = 0.0          # a local named like a banned function is not the function
    for x in v:
        dot += x * x
    return dot ** 0.5


@pytest.mark.parametrize("impl,used", [
    (_direct, "np.linalg.norm"), (_from_import, "imported_norm"), (_through_helper, "np.dot"),
    (_matmul, "@"), (_method, ".dot"), (_getattr, "np.linalg.norm"),
    (_local_alias, "np.linalg.norm"), (_local_import, "numpy.linalg.norm"),
    (_lambda, "np.linalg.norm"),
])
def test_live_functions_are_caught_through_every_alias(impl, used):
    findings = BAN.check({"norm": impl})
    assert used in {f.used for f in findings}, findings
    assert "asks you not to use" in BAN.message(findings)


def test_a_helper_is_named_in_the_message():
    message = BAN.message(BAN.check({"norm": _through_helper}))
    assert "`_helper`, which it calls" in message and "compute it yourself" in message


def test_dynamic_code_is_reported_not_trusted():
    findings = BAN.check({"norm": _dynamic})
    assert [f.kind for f in findings] == ["dynamic"]
    assert "cannot see which functions it calls" in BAN.message(findings)


def test_a_whole_module_can_be_banned():
    assert BAN.check({"det": _module_ban})
    assert not BAN.check({"det": _clean})


@pytest.mark.parametrize("impl", [_clean, _shadowing_is_fine])
def test_clean_code_passes(impl):
    assert BAN.check({"norm": impl}) == []


def test_the_library_function_itself_is_caught():
    assert BAN.check({"norm": np.linalg.norm})


class _Graded(dict):
    """What course grade hands the evaluator: names, plus the notebook's cells as text."""

    def __init__(self, cells, names):
        super().__init__({n: object() for n in names})
        self._cells = cells

    def static_scope(self):
        return StaticScope(self._cells)


@pytest.mark.parametrize("cells,expected", [
    (["import numpy as np\n%matplotlib inline", "def norm(v):\n    return np.linalg.norm(v)"],
     "banned"),
    (["import numpy as np", "def helper(v):\n    return np.dot(v, v) ** 0.5",
      "def norm(v):\n    return helper(v)"], "banned"),
    (["import numpy.linalg as L", "norm = L.norm"], "banned"),
    (["from numpy import *", "def norm(v):\n    return dot(v, v) ** 0.5"], "banned"),
    (["import numpy as np", "def norm(v):\n    return float(np.sqrt(np.sum(v * v)))",
      "exec('norm = lambda v: np.linalg.norm(v)')"], "dynamic"),
    (["import numpy as np", "def make():\n    return np.linalg.norm", "norm = make()"],
     "unreadable"),
    (["import numpy as np", "norm = lambda v: (v @ v) ** 0.5"], "banned"),
    (["import numpy as np", "def norm(v):\n    return np.linalg.norm(v)",
      "def norm(v):\n    return float(np.sqrt(np.sum(v * v)))"], None),
    (["import numpy as np", "def norm(v):\n    return float(np.sqrt(np.sum(v * v)))",
      "this is not python"], None),
])
def test_course_grade_reads_the_cells_not_the_kernel(cells, expected):
    findings = BAN.check(_Graded(cells, ["norm"]))
    assert [f.kind for f in findings][:1] == ([expected] if expected else []), findings


def test_malformed_declarations_are_refused(tmp_path):
    path = tmp_path / "q.py"
    path.write_text(textwrap.dedent('''
        from otter.test_files import test_case
        OK_FORMAT = False
        name = "q"
        bans = {"f": ["numpy.linalg.norm"]}

        @test_case(points=1)
        def test_a(f):
            """a case"""
    '''))
    with pytest.raises(questions.QuestionError, match="ban_reason"):
        questions.load(path)
    path.write_text(path.read_text().replace('bans = {"f": ["numpy.linalg.norm"]}',
                                             'bans = {"f": ["numpy.linalg.nrom"]}\nban_reason = "x"'))
    with pytest.raises(questions.QuestionError, match="does not exist"):
        questions.load(path)


def test_otter_runs_the_same_ban():
    """The footer wraps every otter test case: a banned answer fails there too, a clean one not."""
    from otter.test_files import ExceptionTestFile

    source = (
        "from otter.test_files import test_case\n"
        "OK_FORMAT = False\n"
        "name = 'norm_q'\n"
        "bans = {'norm': ['numpy.linalg.norm']}\n"
        "ban_reason = 'compute it yourself'\n"
        "@test_case(points=1)\n"
        "def test_value(norm):\n"
        "    assert abs(norm([3.0, 4.0]) - 5.0) < 1e-12\n" + OTTER_FOOTER)
    test_file = ExceptionTestFile.from_string(source, path="norm_q.py")
    case = test_file.test_cases[0].body
    assert list(inspect.signature(case.test_func).parameters) == ["env"]
    case.call_func({"norm": _clean})
    with pytest.raises(AssertionError, match="asks you not to use"):
        case.call_func({"norm": _direct})


def _banned_questions():
    cfg = config.load(ROOT)
    for step in cfg.steps:
        for path in sorted((ROOT / "source" / step.id / "tests").glob("*.py")):
            q = questions.load(path)
            if q.ban is not None:
                yield step, q


BANNED = list(_banned_questions())


def test_zips_enforce_the_bans_of_their_questions():
    assert BANNED, "no question declares bans"
    for step, q in BANNED:
        zips = sorted((ROOT / "autograder" / step.id).glob("*-autograder.zip"))
        texts = [zipfile.ZipFile(z).read(f"tests/{q.id}.py").decode() for z in zips
                 if f"tests/{q.id}.py" in zipfile.ZipFile(z).namelist()]
        assert texts and texts[0].endswith(OTTER_FOOTER), q.id


def test_course_grade_gives_zero_for_a_banned_one_liner(tmp_path):
    """End to end through the fork runner: the one-liner is read from the notebook's cells."""
    import importlib

    cfg = config.load(ROOT)
    step, q = BANNED[0]
    func = next(iter(q.ban.functions))
    mutants = importlib.import_module(f"tests.mutants.{q.id}").MUTANTS
    single = Ban({func: q.ban.functions[func]}, "x")
    impl = next(m for name, m, _ in mutants if name == func and single.check({func: m}))
    notebook = next(p for p in sorted((ROOT / "source" / step.id).glob("*.ipynb"))
                    if any(nbgrader_meta(c).get("grade_id") == q.id
                           for c in nbformat.read(p, as_version=4).cells))
    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if nbgrader_meta(cell).get("grade_id") == f"{q.id}_solution":
            # the mutant's whole module: its helpers too, as a learner's cell would hold them
            cell.source += "\n\n" + inspect.getsource(inspect.getmodule(impl)) \
                + f"\n{func} = {impl.__name__}\n"
    target = tmp_path / notebook.name
    nbformat.write(nb, target)
    row = grade_notebook(target, cfg.step(step.id), cfg)
    graded = {r.id: r for r in row.questions}
    assert graded[q.id].points == 0, graded[q.id].message
    assert "asks you not to use" in graded[q.id].message
    others = [r for r in row.questions if r.id != q.id]
    assert others and all(r.points == r.max_points for r in others), \
        [(r.id, r.message) for r in others if r.points < r.max_points]


def _raises_linalg_error(A):
    A = np.asarray(A, dtype=float)
    if A[0, 0] == 0:
        raise np.linalg.LinAlgError("a zero pivot")
    try:
        return float(A[0, 0])
    except np.linalg.LinAlgError:
        raise


def test_exceptions_of_a_banned_module_are_not_calls():
    assert BAN.check({"det": _raises_linalg_error}) == []
    cells = ["import numpy as np",
             "def det(A):\n    if A[0, 0] == 0:\n        raise np.linalg.LinAlgError('zero pivot')\n"
             "    return A[0, 0]"]
    assert BAN.check(_Graded(cells, ["det"])) == []


@pytest.mark.parametrize("source,expected", [
    ("def f(v):\n    la = np.linalg\n    return la.norm(v)\n", "banned"),
    ("def f(v):\n    return getattr(np.linalg, 'norm')(v)\n", "banned"),
    ("def f(v):\n    return (v @ v) ** 0.5\n", "banned"),
    ("def f(v):\n    return eval('np.linalg.norm')(v)\n", "dynamic"),
    ("def f(v):\n    return sum(map(lambda x: np.dot(x, x), [v]))\n", "banned"),
    ("def f(v):\n    return float(np.sqrt(np.sum(np.asarray(v) ** 2)))\n", None),
    ("def f(v):\n    dot = 0.0\n    for x in v:\n        dot += x * x\n    return dot ** 0.5\n", None),
])
def test_a_function_without_source_is_read_from_its_bytecode(source, expected):
    """exec of a string leaves no source to read: the bytecode says the same thing."""
    namespace = {"np": np}
    exec(compile(source, "<no source>", "exec"), namespace)
    findings = BAN.check({"norm": namespace["f"]})
    assert [f.kind for f in findings][:1] == ([expected] if expected else []), findings


# --- evasions: a banned function reached some way the reader must still see ------------------
# Each defines `norm` with np.linalg.norm behind a different route; `course grade` (the cells,
# StaticScope) and check() (the live function, LiveScope) must both find it, as "banned" where
# the route can be followed and "dynamic" where it cannot.
_BODY = "    return float(F(np.asarray(v, dtype=float)))\n"
EVASIONS = {
    "getattr_concat": ("", '    F = getattr(np.linalg, "no" + "rm")\n'),
    "importlib": ("import importlib\n", '    F = importlib.import_module("numpy.linalg").norm\n'),
    "dunder_import": ("", '    F = __import__("numpy").linalg.norm\n'),
    "module_dict": ("", '    F = np.__dict__["linalg"].norm\n'),
    "vars_module": ("", '    F = vars(np.linalg)["norm"]\n'),
    "eval_string": ("", '    F = eval("np.linalg.norm")\n'),
    "getattribute": ("", '    F = np.linalg.__getattribute__("norm")\n'),
    "sys_modules": ("import sys\n", '    F = sys.modules["numpy.linalg"].norm\n'),
    "globals_dict": ("", '    F = globals()["np"].linalg.norm\n'),
    "getattr_alias": ("ga = getattr\n", '    F = ga(np.linalg, "norm")\n'),
    "lambda_global": ("G = lambda v: np.linalg.norm(v)\n", "    F = G\n"),
    "partial": ("import functools\nG = functools.partial(np.linalg.norm)\n", "    F = G\n"),
    "vectorize": ("G = np.vectorize(np.linalg.norm, signature='(n)->()')\n", "    F = G\n"),
    "static_method": ("class K:\n    @staticmethod\n    def f(v):\n        return np.linalg.norm(v)\n",
                      "    F = K.f\n"),
    "instance_method": ("class K:\n    def f(self, v):\n        return np.linalg.norm(v)\n",
                        "    F = K().f\n"),
    "factory_result": ("def make():\n    import numpy.linalg as L\n    return L.norm\nG = make()\n",
                       "    F = G\n"),
    "from_import_alias": ("from numpy.linalg import norm as _n\n", "    F = _n\n"),
    "default_argument": ("", None),
    "attrgetter": ("import operator\n", '    F = operator.attrgetter("linalg.norm")(np)\n'),
    "attrgetter_imported": ("from operator import attrgetter as ag\n", '    F = ag("linalg.norm")(np)\n'),
}


def _evasion_source(name: str) -> str:
    pre, bind = EVASIONS[name]
    if bind is None:
        return "import numpy as np\ndef norm(v, F=np.linalg.norm):\n" + _BODY
    return "import numpy as np\n" + pre + "def norm(v):\n" + bind + _BODY


def _live(source: str, filename: str) -> dict:
    """The namespace a kernel would have after running `source` (its text kept for inspect)."""
    import linecache

    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace: dict = {}
    exec(compile(source, filename, "exec"), namespace)   # noqa: S102 - our own text
    return namespace


@pytest.mark.parametrize("name", sorted(EVASIONS))
def test_a_banned_function_behind_any_route_is_found(name):
    source = _evasion_source(name)
    static = BAN.check(_Graded([source], ["norm"]))
    assert static and static[0].kind in ("banned", "dynamic"), (name, static)
    namespace = _live(source, f"<evasion {name}>")
    assert namespace["norm"]([3.0, 4.0]) == 5.0   # it does compute the norm
    live = BAN.check(namespace)
    assert live and live[0].kind in ("banned", "dynamic"), (name, live)


def test_a_recursive_helper_is_read_once():
    source = ("import numpy as np\n"
              "def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)\n"
              "def norm(v):\n    fact(3)\n    return float(np.sqrt(np.sum(np.asarray(v) ** 2)))\n"
              "def bad(v):\n    return np.linalg.norm(v) if v else bad(v)\n")
    assert BAN.check(_Graded([source], ["norm"])) == []
    namespace = _live(source, "<recursive>")
    assert BAN.check(namespace) == []
    namespace["norm"] = namespace["bad"]
    assert [f.kind for f in BAN.check(namespace)] == ["banned"]
