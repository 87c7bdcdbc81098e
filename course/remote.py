"""Calling the learner's functions across a process boundary, with plain data only.

When `course grade` grades a notebook, the learner's code runs in a kernel but the tests and the
verdict stay in the grader's process: each learner function becomes a `KernelFunction` whose calls
ship their arguments (numbers, strings, lists, tuples, dicts, NumPy arrays, NumPy random
generators, functions and parametrised objects of the `course` package) to the kernel and bring the return value back the same way. Nothing the learner
defines - a patched `check`, a patched NumPy, a forged result - can reach the verdict.

Encoding: a JSON description plus the arrays in an `.npz` blob, loaded with allow_pickle=False, so
decoding never runs code from the other side. Anything else crosses as an opaque stand-in that
keeps only its type name and repr.
"""
from __future__ import annotations

import base64
import contextlib
import io
import json
import sys
import warnings
from typing import Any

import numpy as np

from .runtime.evaluate import LearnerWarning, learner_frames, learner_warnings
from .runtime.testing import _raised_where, raised_on_purpose

CALL_MIME = "application/vnd.course.call+json"
_PACKAGE = "course"


class Opaque:
    """Stands in for a value that cannot cross (a generator, a learner's own class, ...)."""

    def __init__(self, text: str):
        self._text = text

    def __repr__(self) -> str:
        return self._text


def _opaque(type_name: str, text: str) -> Opaque:
    cls = type(type_name if type_name.isidentifier() else "object", (Opaque,), {})
    return cls(text)


def encode(obj: Any, arrays: dict[str, np.ndarray]) -> Any:
    if obj is None:
        return {"t": "none"}
    if isinstance(obj, (bool, np.bool_)):
        return {"t": "bool" if isinstance(obj, bool) else "npbool", "v": bool(obj)}
    if isinstance(obj, (int, np.integer)):
        return {"t": "int", "v": str(int(obj)), "dtype": None if isinstance(obj, int) else obj.dtype.str}
    if isinstance(obj, (float, np.floating)):
        return {"t": "float", "v": float(obj).hex(),   # np.float64 is also a float: keep its type
                "dtype": obj.dtype.str if isinstance(obj, np.floating) else None}
    if isinstance(obj, (complex, np.complexfloating)):
        return {"t": "complex", "re": float(obj.real).hex(), "im": float(obj.imag).hex(),
                "dtype": obj.dtype.str if isinstance(obj, np.complexfloating) else None}
    if isinstance(obj, str):
        return {"t": "str", "v": obj}
    if isinstance(obj, np.ndarray) and obj.dtype != object and obj.dtype.kind in "biufcUS":
        key = f"a{len(arrays)}"
        arrays[key] = obj
        return {"t": "array", "k": key}
    if isinstance(obj, (list, tuple)):
        return {"t": type(obj).__name__, "v": [encode(x, arrays) for x in obj]}
    if isinstance(obj, dict) and all(isinstance(k, str) for k in obj):
        return {"t": "dict", "v": {k: encode(v, arrays) for k, v in obj.items()}}
    if isinstance(obj, np.random.Generator):
        # the generator's full state, so the learner's draws are the ones the grader would make
        return {"t": "rng", "bitgen": type(obj.bit_generator).__name__,
                "state": json.dumps(obj.bit_generator.state)}
    module = getattr(obj, "__module__", "") or ""
    if callable(obj) and _in_package(module) and hasattr(obj, "__qualname__"):
        return {"t": "ref", "module": module, "name": obj.__qualname__}
    if _in_package(type(obj).__module__) and hasattr(obj, "__dict__"):
        # an instance of a course class (a parametrised test function): its class by name and
        # its attributes as plain data; rebuilt without running any constructor
        return {"t": "instance", "module": type(obj).__module__, "name": type(obj).__qualname__,
                "attrs": encode(vars(obj), arrays)}
    try:
        text = repr(obj)[:200]
    except Exception:
        text = f"<{type(obj).__name__}>"
    return {"t": "opaque", "type": type(obj).__name__, "repr": text}


def decode(spec: Any, arrays: dict[str, np.ndarray]) -> Any:
    t = spec["t"]
    if t == "none":
        return None
    if t == "bool":
        return bool(spec["v"])
    if t == "npbool":
        return np.bool_(spec["v"])
    if t == "int":
        return int(spec["v"]) if spec["dtype"] is None else np.dtype(spec["dtype"]).type(int(spec["v"]))
    if t == "float":
        value = float.fromhex(spec["v"])
        return value if spec["dtype"] is None else np.dtype(spec["dtype"]).type(value)
    if t == "complex":
        value = complex(float.fromhex(spec["re"]), float.fromhex(spec["im"]))
        return value if spec["dtype"] is None else np.dtype(spec["dtype"]).type(value)
    if t == "str":
        return spec["v"]
    if t == "array":
        return np.array(arrays[spec["k"]])
    if t in ("list", "tuple"):
        items = [decode(x, arrays) for x in spec["v"]]
        return items if t == "list" else tuple(items)
    if t == "dict":
        return {k: decode(v, arrays) for k, v in spec["v"].items()}
    if t == "rng":
        generator = np.random.Generator(getattr(np.random, spec["bitgen"])())
        generator.bit_generator.state = json.loads(spec["state"])
        return generator
    if t in ("ref", "instance"):
        target = _package_attribute(spec["module"], spec["name"])
        if t == "ref":
            return target
        obj = object.__new__(target)
        obj.__dict__.update(decode(spec["attrs"], arrays))
        return obj
    return _opaque(spec.get("type", "object"), spec.get("repr", ""))


def _in_package(module: str) -> bool:
    return module == _PACKAGE or module.startswith(_PACKAGE + ".")


def _package_attribute(module: str, name: str) -> Any:
    """`module.name`, only inside the course package: decoding never imports anything else."""
    import importlib

    if not _in_package(module):
        raise ValueError(f"refusing to import {module!r}: not part of the course package")
    target = importlib.import_module(module)
    for part in name.split("."):
        target = getattr(target, part)
    return target


def pack(obj: Any) -> str:
    arrays: dict[str, np.ndarray] = {}
    spec = encode(obj, arrays)
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return json.dumps({"spec": spec, "npz": base64.b64encode(buf.getvalue()).decode("ascii")})


def unpack(text: str) -> Any:
    data = json.loads(text)
    with np.load(io.BytesIO(base64.b64decode(data["npz"])), allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    return decode(data["spec"], arrays)


# --- inside the kernel ------------------------------------------------------------------------

def _publish(reply: dict) -> None:
    from IPython.display import display

    display({CALL_MIME: reply}, raw=True)


def names_reply(namespace: dict, names: list[str]) -> dict:
    """Which of `names` the learner defined, and which of those are callable."""
    return {"names": {n: ("callable" if callable(namespace[n]) else "value")
                      for n in names if n in namespace}}


def value_reply(namespace: dict, name: str) -> dict:
    return {"result": pack(namespace[name])}


def call_reply(namespace: dict, name: str, payload: str) -> dict:
    """Call the learner's `name` with the shipped arguments; return its result or its error."""
    args, kwargs = unpack(payload)
    sink = io.StringIO()
    caught: list = []
    try:
        with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stdout(sink), \
                contextlib.redirect_stderr(sink):
            warnings.simplefilter("always")
            before = [_snapshot(a) for a in (*args, *kwargs.values())]
            result = namespace[name](*args, **kwargs)
        after = [_after(a, snap) for a, snap in zip((*args, *kwargs.values()), before)]
        reply = {"result": pack(result), "args_after": pack(after)}
    except (Exception, SystemExit) as exc:
        reply = error_reply(exc)
    finally:
        sys.stdout.flush()
    reply["warnings"] = learner_warnings(caught)   # shown with the case, like check() does
    return reply


# What a call did to its arguments. In-process, a test sees every change the learner's function
# makes to what it was given: an array written in place, a generator drawn from, an entry added to
# or replaced in a dict of parameters. Across the boundary each argument is described after the
# call, down to _DEPTH levels of containers, with each container entry marked as the same object
# it held before (so changes inside it are applied to the grader's object) or a new one (so the
# grader's container gets the new value, as the caller's would).
_DEPTH = 4


def _snapshot(value: Any, depth: int = 0) -> Any:
    """An argument's containers before the call: their entries, by identity."""
    if depth >= _DEPTH:
        return None
    if isinstance(value, dict):
        return ("dict", {k: (v, _snapshot(v, depth + 1)) for k, v in value.items()})
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, [(v, _snapshot(v, depth + 1)) for v in value])
    return None


def _after(value: Any, snap: Any) -> Any:
    """What the grader needs to replay the call's changes to `value` (see _apply_after)."""
    if isinstance(value, (np.ndarray, np.random.Generator)):
        return value
    if snap is None:
        return None
    kind, entries = snap
    if kind == "tuple":
        return {"tuple": [_after(v, s) for (v, s) in entries]}
    if kind == "dict" and isinstance(value, dict):
        items = list(value.items())
        held = entries
    elif kind == "list" and isinstance(value, list):
        items = list(enumerate(value))
        held = dict(enumerate(entries))
    else:
        return None
    out = []
    for key, item in items:
        same = key in held and item is held[key][0]
        out.append([key, same, _after(item, held[key][1]) if same else item])
    if len(out) == len(held) and all(same and payload is None for _, same, payload in out):
        return None    # nothing in it was replaced, and nothing in it can change (a list of numbers)
    return {kind: out}


def _apply_after(original: Any, changed: Any, depth: int = 0) -> None:
    """Replay on the grader's argument what the learner's call did to its copy in the kernel.

    The reply comes from the learner's process, so anything that does not fit the original's
    shape is ignored: it can only change the grader's copy of the learner's own input."""
    if isinstance(original, np.random.Generator):
        if isinstance(changed, np.random.Generator):
            # the learner drew from it: the test's generator moves on as it would in-process
            with contextlib.suppress(Exception):
                original.bit_generator.state = changed.bit_generator.state
        return
    if isinstance(original, np.ndarray):
        if not isinstance(changed, np.ndarray):
            return
        if original.shape != changed.shape and original.size == changed.size:
            # the learner reshaped it in place (y.shape = (-1,)): the caller's array changes shape
            with contextlib.suppress(Exception):
                original.shape = changed.shape
        # the learner wrote into it: make that visible to the test
        if (original.flags.writeable and original.shape == changed.shape
                and not np.array_equal(original, changed, equal_nan=original.dtype.kind in "fc")):
            with contextlib.suppress(Exception):
                np.copyto(original, changed, casting="unsafe")
        return
    if depth >= _DEPTH or not isinstance(changed, dict) or len(changed) != 1:
        return
    (kind, entries), = changed.items()
    if not isinstance(entries, list):
        return
    if kind == "tuple" and isinstance(original, tuple):
        for item, item_changed in zip(original, entries):
            _apply_after(item, item_changed, depth + 1)
        return
    if not ((kind == "dict" and isinstance(original, dict))
            or (kind == "list" and isinstance(original, list))):
        return
    rebuilt, unchanged = [], True
    for entry in entries:
        if not (isinstance(entry, list) and len(entry) == 3 and isinstance(entry[1], bool)):
            return
        key, same, payload = entry
        try:
            held = (key in original) if kind == "dict" else (isinstance(key, int)
                                                            and 0 <= key < len(original))
        except TypeError:   # an unhashable key
            return
        if same and held:
            _apply_after(original[key], payload, depth + 1)
            rebuilt.append((key, original[key]))
        else:
            rebuilt.append((key, payload))
            unchanged = False
    if unchanged and len(rebuilt) == len(original):
        return
    if kind == "dict":
        original.clear()
        original.update(rebuilt)
    else:
        original[:] = [item for _, item in rebuilt]


def error_reply(exc: BaseException) -> dict:
    """What the grader needs to rebuild a learner's exception (see rebuild_exception)."""
    return {"error": {"type": type(exc).__name__,
                      "mro": [c.__name__ for c in type(exc).__mro__],
                      "module": type(exc).__module__,
                      "message": str(exc),
                      "frames": learner_frames(exc.__traceback__),
                      # decided here, where the traceback is (course.runtime.testing.expect_raises)
                      "raised": raised_on_purpose(exc),
                      "raised_in": _raised_where(exc)}}


# In a Jupyter kernel (see course.instructor.sessions.KernelSession) the replies travel as display data.
def serve_names(namespace: dict, names: list[str]) -> None:
    _publish(names_reply(namespace, names))


def serve_value(namespace: dict, name: str) -> None:
    _publish(value_reply(namespace, name))


def serve_call(namespace: dict, name: str, payload: str) -> None:
    _publish(call_reply(namespace, name, payload))


# --- in the grader ----------------------------------------------------------------------------

class LearnerError(Exception):
    """An exception raised by learner code in the kernel whose class does not exist here."""


def _exception_class(info: dict) -> type[BaseException]:
    import builtins

    if info["module"] == "numpy.linalg" or info["type"] == "LinAlgError":
        return np.linalg.LinAlgError
    for name in info["mro"]:
        cls = getattr(builtins, name, None)
        if isinstance(cls, type) and issubclass(cls, BaseException):
            if cls in (BaseException, Exception):
                break
            return cls
    return type(info["type"], (LearnerError,), {})


def rebuild_exception(info: dict) -> BaseException:
    cls = _exception_class(info)
    try:
        exc = cls(info["message"])
    except Exception:
        exc = LearnerError(f"{info['type']}: {info['message']}")
    if not isinstance(exc, Exception):   # SystemExit and friends: report, never propagate
        exc = type(info["type"], (LearnerError,), {})(info["message"])
    exc.learner_frames = info["frames"]
    exc.learner_type = info["type"]
    exc.learner_raised = bool(info.get("raised"))
    exc.learner_raised_in = str(info.get("raised_in", ""))[:60]
    return exc


class KernelFunction:
    """A learner function living in the kernel, callable from the grader with plain data."""

    def __init__(self, session, name: str):
        self._session, self.__name__ = session, name

    def __call__(self, *args, **kwargs):
        reply = self._session.serve("call", self.__name__, pack((list(args), kwargs)))
        for text in reply.get("warnings", [])[:3]:
            if isinstance(text, str):
                warnings.warn(LearnerWarning(text[:300]), stacklevel=2)
        if "error" in reply:
            raise rebuild_exception(reply["error"])
        for original, changed in zip((*args, *kwargs.values()), unpack(reply["args_after"])):
            _apply_after(original, changed)
        return unpack(reply["result"])

    def __repr__(self) -> str:
        return f"<learner function {self.__name__}>"


class KernelNamespace:
    """The learner's globals as the tests see them: names resolved in the kernel on demand."""

    def __init__(self, session, names: list[str], scope=None):
        self._session = session
        reply = session.serve("names", names)
        self._kinds: dict[str, str] = reply["names"]
        self._values: dict[str, Any] = {}
        self._scope = scope

    def static_scope(self):
        """The learner's code as the notebook's cells show it (a course.runtime.bans.StaticScope built in
        the grader from the cells it sent), never read from the kernel: what a question forbids is
        checked on what the grader received."""
        return self._scope

    def __contains__(self, name: str) -> bool:
        return name in self._kinds

    def get(self, name: str, default: Any = None) -> Any:
        if name not in self._kinds:
            return default
        if self._kinds[name] == "callable":
            return KernelFunction(self._session, name)
        if name not in self._values:
            reply = self._session.serve("value", name)
            self._values[name] = unpack(reply["result"])
        return self._values[name]
