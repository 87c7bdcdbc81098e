"""Calls a task forbids ("without np.linalg.norm"), found by reading the learner's code.

A test file declares, per learner function, what the task asks the learner not to use, and why:

    bans = {"norm": ["numpy.linalg.norm", "numpy.dot", "@"]}
    ban_reason = "compute the square root of the sum of squares yourself; np.linalg.norm is the "
                 "tool to use from 01_linear_algebra/03_analytic_geometry on."

An entry is a dotted name (a function, or a whole module such as "numpy.linalg"), a builtin
("sorted"), an operator ("@") or a method name (".dot", matched on any object). The learner's
function is parsed, never run, and so is every function of the learner's it calls: a banned name
reached through an alias (`la = np.linalg`, `from numpy.linalg import norm as n`, `getattr(np,
"dot")`) is found because names are resolved to the objects they stand for.

Where the source comes from decides how far it can be trusted:

* in the learner's own kernel (`check()`, nbgrader, otter) from the function object
  (`inspect.getsource`) and names resolved in its globals - the learner's process is trusted there
  anyway;
* under `course grade`, from the notebook's cells as the grader read them (`StaticScope`), never
  from the learner's process: a name bound by something the reader cannot follow (exec, a factory
  call, a loop) is reported, not trusted.
"""
from __future__ import annotations

import ast
import builtins
import functools
import importlib
import importlib.util
import inspect
import sys
import sysconfig
import textwrap
import types
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

_PACKAGE_DIR = str(Path(__file__).resolve().parent.parent)   # the whole course package
_LIBRARY_DIRS = tuple({str(Path(p).resolve()) for p in (sysconfig.get_paths()["stdlib"],
                                                         sysconfig.get_paths()["purelib"],
                                                         sysconfig.get_paths()["platlib"])})
# calls through which code can reach any name without the reader seeing which
DYNAMIC = {"eval", "exec", "compile", "__import__", "globals", "vars", "locals", "setattr"}
DYNAMIC_ATTRS = {"__dict__", "__getattribute__", "import_module", "__builtins__", "__globals__",
                 "modules"}   # sys.modules["numpy.linalg"]


def _dynamic_callables() -> set[int]:
    """Library functions that fetch an attribute or a module by a name given at run time."""
    import importlib as _importlib
    import operator
    found = [operator.attrgetter, operator.methodcaller, _importlib.import_module,
             _importlib.__import__, *(getattr(builtins, n) for n in DYNAMIC | {"getattr"}
                                      if hasattr(builtins, n))]
    return {id(f) for f in found}


_DYNAMIC_CALLABLES = _dynamic_callables()


class BanError(Exception):
    """A test file whose `bans` declaration is malformed."""


@dataclass(frozen=True)
class Finding:
    function: str        # the learner function the question is about
    where: str           # the function the finding is in (itself or a helper it calls)
    used: str            # what the learner wrote, e.g. "np.linalg.norm"
    kind: str            # "banned", "dynamic" or "unreadable"


@dataclass
class Ban:
    """What one question forbids: parsed and resolved once per test file."""
    functions: dict[str, list[str]]
    reason: str

    def __post_init__(self):
        self._objects: dict[str, dict[int, str]] = {}
        self._modules: dict[str, set[str]] = {}
        self._methods: dict[str, set[str]] = {}
        self._matmul: dict[str, bool] = {}
        for func, items in self.functions.items():
            objs, mods, methods = {}, set(), set()
            for item in items:
                if item == "@":
                    self._matmul[func] = True
                elif item.startswith("."):
                    methods.add(item[1:])
                elif not _installed(item):
                    continue   # a learner's runtime without scipy/sklearn cannot call them
                else:
                    obj = _import_dotted(item)
                    if isinstance(obj, types.ModuleType):
                        mods.add(obj.__name__)
                    objs[id(obj)] = item
            self._objects[func], self._modules[func], self._methods[func] = objs, mods, methods

    @classmethod
    def from_test_file(cls, env: dict[str, Any], where: str) -> "Ban | None":
        raw = env.get("bans")
        if raw is None:
            return None
        if (not isinstance(raw, dict) or not raw
                or not all(isinstance(k, str) and isinstance(v, (list, tuple)) and v
                           and all(isinstance(i, str) for i in v) for k, v in raw.items())):
            raise BanError(f"{where}: bans must map learner function names to lists of names, "
                           "e.g. {'norm': ['numpy.linalg.norm', '@']}")
        reason = env.get("ban_reason")
        if not isinstance(reason, str) or not reason.strip():
            raise BanError(f"{where}: a file with bans needs ban_reason: what the learner computes "
                           "themselves, and from which notebook on the library call is fine")
        try:
            return cls({k: list(v) for k, v in raw.items()}, reason.strip())
        except (ImportError, AttributeError) as exc:
            raise BanError(f"{where}: a banned name does not exist: {exc}") from None

    # --- matching ------------------------------------------------------------------------------

    def is_banned(self, func: str, obj: Any) -> bool:
        if isinstance(obj, type) and issubclass(obj, BaseException):
            return False   # raising or catching np.linalg.LinAlgError uses nothing of the module
        if id(obj) in self._objects[func]:
            return True
        mods = self._modules[func]
        if not mods:
            return False
        name = obj.__name__ if isinstance(obj, types.ModuleType) else getattr(obj, "__module__", None)
        return isinstance(name, str) and any(name == m or name.startswith(m + ".") for m in mods)

    def message(self, findings: list[Finding]) -> str:
        first = findings[0]
        where = "" if first.where == first.function else f" (in `{first.where}`, which it calls)"
        if first.kind == "dynamic":
            head = (f"`{first.function}` uses `{first.used}`{where}, so the checker cannot see "
                    "which functions it calls, and this question forbids some")
        elif first.kind == "unreadable":
            head = (f"the code of `{first.used}` cannot be read{where}: define `{first.function}` "
                    "with a plain `def` in a notebook cell, so the checker can verify it")
        else:
            used = {f.used for f in findings if f.kind == "banned"}
            # `np.dot` also matches the method ban ".dot": name it once, as written
            used = sorted(u for u in used if not (u.startswith(".") and any(
                v != u and v.endswith(u) for v in used)))
            shown = ", ".join(f"`{u}`" for u in used)
            head = (f"`{first.function}` uses {shown}{where}, which this question asks you not "
                    "to use")
        return f"{head}: {self.reason} (0 points for this question until it is removed.)"

    # --- the analysis -------------------------------------------------------------------------

    def check(self, namespace: Any) -> list[Finding]:
        """Every finding for the banned functions the learner defined (an empty list: clean)."""
        findings: list[Finding] = []
        for func in self.functions:
            if func not in namespace:
                continue   # "not defined" is reported by the evaluator
            scope = namespace.static_scope() if hasattr(namespace, "static_scope") else None
            if scope is None:
                scope = LiveScope.of(namespace.get(func), func)
            findings += _Walker(self, func, scope).run()
        return findings


def _installed(name: str) -> bool:
    """Whether the package a dotted name lives in is installed (builtins always are)."""
    top = name.split(".")[0]
    if "." not in name and hasattr(builtins, name):
        return True
    try:
        return importlib.util.find_spec(top) is not None
    except (ImportError, ValueError):
        return False


def _import_dotted(name: str) -> Any:
    if "." not in name and hasattr(builtins, name):
        return getattr(builtins, name)   # "sorted", "sum": a builtin
    parts = name.split(".")
    for i in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        for part in parts[i:]:
            obj = getattr(obj, part)
        return obj
    raise ImportError(name)


# --- where names come from -------------------------------------------------------------------

@dataclass
class Definition:
    """A learner function's syntax tree and the scope its free names are looked up in."""
    name: str
    node: ast.AST
    scope: "Scope | None"   # None: the notebook's scope being read (StaticScope)


UNKNOWN = object()   # bound by something the reader cannot follow
MISSING = object()   # not bound at all (the call would raise NameError)


class Scope:
    def lookup(self, name: str) -> Any:
        """An object, a Definition, UNKNOWN or MISSING."""
        raise NotImplementedError

    def definition(self, name: str) -> Definition | None:
        found = self.lookup(name)
        return found if isinstance(found, Definition) else None


def _is_learner_function(obj: Any) -> bool:
    if not isinstance(obj, types.FunctionType):
        return False
    fname = obj.__code__.co_filename
    if fname.startswith("<frozen"):
        return False
    resolved = str(Path(fname).resolve()) if not fname.startswith("<") else fname
    return not (resolved.startswith(_PACKAGE_DIR) or resolved.startswith(_LIBRARY_DIRS))


_NODES: "weakref.WeakKeyDictionary[types.FunctionType, ast.AST | None]" = weakref.WeakKeyDictionary()


def _function_node(obj: types.FunctionType) -> ast.AST | None:
    """The def of a live function, parsed once per function: the walker knows a function it has
    read by its node, so a recursive helper is read once, not forever."""
    if obj not in _NODES:
        _NODES[obj] = _parse_function(obj)
    return _NODES[obj]


def _parse_function(obj: types.FunctionType) -> ast.AST | None:
    """The def (or lambda) of a live function, from its source; from its bytecode where the
    source cannot be read (a function made by exec of a string).

    inspect.getsource starts at the function's first line, so the def is the first statement
    (whatever `__name__` was changed to by a wrapper); a lambda is the first one on that line."""
    try:
        source = textwrap.dedent(inspect.getsource(obj))
        tree = ast.parse(source)
    except (OSError, TypeError, SyntaxError):
        return _bytecode_node(obj.__code__)
    if tree.body and isinstance(tree.body[0], (ast.FunctionDef, ast.AsyncFunctionDef)):
        return tree.body[0]
    return next((n for n in ast.walk(tree) if isinstance(n, ast.Lambda)), None) \
        or _bytecode_node(obj.__code__)


_CHAIN_START = {"LOAD_GLOBAL", "LOAD_NAME", "LOAD_DEREF", "LOAD_CLASSDEREF", "LOAD_FAST"}
_CHAIN_STEP = {"LOAD_ATTR", "LOAD_METHOD"}
_STORE = {"STORE_FAST", "STORE_DEREF", "STORE_NAME"}


def _bytecode_node(code: types.CodeType) -> ast.AST | None:
    """A stand-in def with what the bytecode reads: each name chain (`np.linalg.norm`), each
    method name, each `@`, each local alias (`la = np.linalg`), nested functions included. The
    walker reads it like source; nothing of the learner's is run."""
    import dis

    lines: list[str] = []

    def read(co: types.CodeType) -> None:
        chain: list[str] = []
        getattr_target: list[str] | None = None
        pending_getattr = False

        def flush() -> None:
            nonlocal pending_getattr, getattr_target
            if not chain:
                return
            if chain == ["getattr"]:
                pending_getattr = True
            elif pending_getattr:
                getattr_target, pending_getattr = list(chain), False
            else:
                lines.append(".".join(chain))
            chain.clear()

        for ins in dis.get_instructions(co):
            op, arg = ins.opname, ins.argval
            if getattr_target is not None and op not in _CHAIN_STEP:
                target = ".".join(getattr_target)
                lines.append(f"getattr({target}, {arg!r})" if op == "LOAD_CONST"
                             and isinstance(arg, str) else f"getattr({target}, name)")
                getattr_target = None
                if op == "LOAD_CONST":
                    continue
            if op in _CHAIN_START and isinstance(arg, str) and arg.isidentifier():
                flush()
                chain.append(arg)
                continue
            if op in _CHAIN_STEP and isinstance(arg, str):
                if chain:
                    chain.append(arg)
                else:
                    lines.append(f"_.{arg}")
                continue
            if op in _STORE and chain and isinstance(arg, str) and arg.isidentifier():
                lines.append(f"{arg} = {'.'.join(chain)}")
                chain.clear()
                continue
            flush()
            if getattr_target is not None:   # the chain just read is getattr's first argument
                target = ".".join(getattr_target)
                getattr_target = None
                if op == "LOAD_CONST" and isinstance(arg, str):
                    lines.append(f"getattr({target}, {arg!r})")
                    continue
                lines.append(f"getattr({target}, name)")
            if op == "BINARY_OP" and ins.argrepr in ("@", "@="):
                lines.append("_ @ _")
            if op == "LOAD_CONST" and isinstance(arg, types.CodeType):
                read(arg)
        flush()
        if pending_getattr:
            lines.append("getattr(_, name)")
        for name in DYNAMIC:
            if any(line == name for line in lines):
                lines.append(f"{name}()")

    read(code)
    params = [n for n in code.co_varnames if n.isidentifier()]
    body = "\n".join(f"    {line}" for line in lines) or "    pass"
    try:
        return ast.parse(f"def {code.co_name if code.co_name.isidentifier() else 'f'}"
                         f"({', '.join(dict.fromkeys(params))}):\n{body}\n").body[0]
    except SyntaxError:
        return None


class LiveScope(Scope):
    """Names resolved in a live function's globals and closure (in the learner's own process)."""

    def __init__(self, func: types.FunctionType):
        self.func = func
        self.globals = func.__globals__
        self.closure = dict(zip(func.__code__.co_freevars,
                                (c.cell_contents for c in (func.__closure__ or ())
                                 if _cell_filled(c))))

    @classmethod
    def of(cls, obj: Any, name: str) -> "Scope":
        if _is_learner_function(obj):
            return cls(obj)
        return _ObjectScope(name, obj)

    def lookup(self, name: str) -> Any:
        if name in self.closure:
            value = self.closure[name]
        elif name in self.globals:
            value = self.globals[name]
        elif hasattr(builtins, name):
            return getattr(builtins, name)
        else:
            return MISSING
        if _is_learner_function(value):
            node = _function_node(value)
            if node is None:
                return UNKNOWN
            return Definition(name, node, LiveScope(value))
        return value

    def entry(self, name: str) -> Any:
        node = _function_node(self.func)
        return Definition(name, node, self) if node is not None else UNKNOWN


def _cell_filled(cell) -> bool:
    try:
        cell.cell_contents
    except ValueError:
        return False
    return True


class _ObjectScope(Scope):
    """The learner's name is bound to something that is not their own function (a library
    function, a partial, an instance): the object itself is what gets checked."""

    def __init__(self, name: str, obj: Any):
        self.name, self.obj = name, obj

    def lookup(self, name: str) -> Any:
        return self.obj if name == self.name else MISSING

    def entry(self, name: str) -> Any:
        return self.obj


class StaticScope(Scope):
    """Names bound by the notebook's cells, read in order as the grader received them.

    Only bindings the reader can follow count: def, lambda, import and `name = a.b.c`. Anything
    else (a call's result, a loop variable, `exec`) makes the name UNKNOWN.
    """

    def __init__(self, cell_sources: Iterable[str] = ()):
        self.bindings: dict[str, Any] = {}
        self.star_modules: list[str] = []
        self.dynamic: list[str] = []      # exec/eval/globals() at the top level of some cell
        for source in cell_sources:
            self.add(source)

    def add(self, source: str) -> None:
        """Read one more cell, as the kernel runs it."""
        tree = _parse_cell(source)
        if tree is not None:
            self._read(tree.body)

    def snapshot(self) -> "StaticScope":
        """The names as they stand now (later cells do not change what a grade cell saw)."""
        copy = StaticScope()
        copy.bindings, copy.star_modules = dict(self.bindings), list(self.star_modules)
        copy.dynamic = list(self.dynamic)
        return copy

    def _read(self, body: list[ast.stmt]) -> None:
        for stmt in body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.bindings[stmt.name] = Definition(stmt.name, stmt, None) \
                    if not stmt.decorator_list else UNKNOWN
            elif isinstance(stmt, ast.ClassDef):
                # every method is read when the class is used (`K.f`, `K().f`, `K`)
                self.bindings[stmt.name] = Definition(stmt.name, stmt, None) \
                    if not stmt.decorator_list else UNKNOWN
            elif isinstance(stmt, ast.Import):
                for alias in stmt.names:
                    if alias.asname:
                        self.bindings[alias.asname] = _Dotted(alias.name)
                    else:
                        top = alias.name.split(".")[0]
                        self.bindings[top] = _Dotted(top)
            elif isinstance(stmt, ast.ImportFrom):
                module = "." * stmt.level + (stmt.module or "")
                for alias in stmt.names:
                    if alias.name == "*":
                        self.star_modules.append(module)
                    else:
                        self.bindings[alias.asname or alias.name] = _Dotted(f"{module}.{alias.name}")
            elif isinstance(stmt, ast.Assign):
                value = self._value(stmt.value)
                for target in stmt.targets:
                    for name in _target_names(target):
                        self.bindings[name] = value if isinstance(target, ast.Name) else UNKNOWN
            elif isinstance(stmt, (ast.AnnAssign, ast.AugAssign)) and stmt.value is not None:
                for name in _target_names(stmt.target):
                    self.bindings[name] = (self._value(stmt.value)
                                           if isinstance(stmt, ast.AnnAssign) else UNKNOWN)
            else:
                # compound statements: what they bind is followed as far as it can be
                for name in _bound_names(stmt):
                    self.bindings[name] = UNKNOWN
                for child in ("body", "orelse", "finalbody"):
                    self._read(getattr(stmt, child, []) or [])
                for handler in getattr(stmt, "handlers", []) or []:
                    self._read(handler.body)
            for node in ast.walk(stmt):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id in DYNAMIC
                        and not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                  ast.ClassDef))):
                    self.dynamic.append(node.func.id)

    def _value(self, node: ast.expr) -> Any:
        if isinstance(node, ast.Lambda):
            return Definition("<lambda>", node, None)
        chain = _chain(node)
        if chain is None:
            # a call's result (`G = make()`, `G = functools.partial(np.linalg.norm)`): what it
            # returns is unknown, but the expression is read wherever G is used
            return _Expression(node) if isinstance(node, ast.Call) else UNKNOWN
        head = self.lookup(chain[0])
        if isinstance(head, _Dotted):
            return _Dotted(".".join([head.path, *chain[1:]]))
        if len(chain) == 1 and isinstance(head, Definition):
            return head
        return UNKNOWN if len(chain) > 1 or head is UNKNOWN else head

    def lookup(self, name: str) -> Any:
        if name in self.bindings:
            return self.bindings[name]
        for module in reversed(self.star_modules):
            mod = sys.modules.get(module)
            if mod is not None and hasattr(mod, name):
                return _Dotted(f"{module}.{name}")
        if hasattr(builtins, name):
            return getattr(builtins, name)
        return MISSING

    def entry(self, name: str) -> Any:
        if self.dynamic:
            return _Dynamic(self.dynamic[0])
        found = self.lookup(name)
        return UNKNOWN if isinstance(found, _Expression) else found   # `norm = make()`


@dataclass(frozen=True)
class _Expression:
    """A name bound, at the top of a cell, to the result of a call."""
    node: ast.expr


@dataclass(frozen=True)
class _Dotted:
    """A dotted path as the notebook imported it; resolved only through modules already loaded
    in the grader (the learner's source never makes the grader import anything)."""
    path: str

    def resolve(self) -> Any:
        parts = self.path.split(".")
        for i in range(len(parts), 0, -1):
            mod = sys.modules.get(".".join(parts[:i]))
            if mod is None:
                continue
            obj: Any = mod
            for part in parts[i:]:
                obj = getattr(obj, part, MISSING)
                if obj is MISSING:
                    return UNKNOWN
            return obj
        return UNKNOWN


@dataclass(frozen=True)
class _Dynamic:
    used: str


@functools.lru_cache(maxsize=1024)
def _parse_cell(source: str) -> ast.Module | None:
    """A cell as Python (IPython's magics and shell escapes turned into calls first). Cached: a
    notebook's cells are read once for all its banned questions (the trees are never changed)."""
    try:
        from IPython.core.inputtransformer2 import TransformerManager
        source = TransformerManager().transform_cell(source)
    except Exception:
        pass
    try:
        return ast.parse(source)
    except SyntaxError:
        return None   # the cell raises SyntaxError when run: it binds nothing


def _target_names(target: ast.expr) -> list[str]:
    return [n.id for n in ast.walk(target) if isinstance(n, ast.Name)]


def _bound_names(stmt: ast.stmt) -> list[str]:
    names = []
    for node in ast.walk(stmt):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.append(node.id)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            names.extend(node.names)
        elif isinstance(node, ast.alias):
            names.append((node.asname or node.name).split(".")[0])
    return names


def _chain(node: ast.expr) -> list[str] | None:
    """`a.b.c` -> ["a", "b", "c"]; `getattr(a, "b")` counts as `a.b`; None for anything else."""
    parts: list[str] = []
    while True:
        if isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id == "getattr" and len(node.args) >= 2
              and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)):
            parts.append(node.args[1].value)
            node = node.args[0]
        elif isinstance(node, ast.Name):
            parts.append(node.id)
            return parts[::-1]
        else:
            return None


# --- walking the learner's code --------------------------------------------------------------

class _Walker:
    def __init__(self, ban: Ban, func: str, scope: Scope):
        self.ban, self.func, self.scope = ban, func, scope
        self.findings: list[Finding] = []
        self.seen: set[int] = set()

    def run(self) -> list[Finding]:
        entry = self.scope.entry(self.func)
        if isinstance(entry, _Dynamic):
            self._add(self.func, f"{entry.used}(...)", "dynamic")
        elif entry is UNKNOWN:
            self._add(self.func, self.func, "unreadable")
        elif isinstance(entry, Definition):
            self._visit(entry, self.func)
        elif isinstance(entry, _Dotted):
            self._object(entry.resolve(), entry.path, self.func)
        elif entry is not MISSING:
            self._object(entry, self.func, self.func)
        return self.findings

    def _add(self, where: str, used: str, kind: str) -> None:
        finding = Finding(self.func, where, used, kind)
        if finding not in self.findings:
            self.findings.append(finding)

    def _object(self, obj: Any, shown: str, where: str) -> None:
        if obj is UNKNOWN or obj is MISSING:
            return
        for inner in _wrapped(obj):
            if _is_learner_function(inner):
                node = _function_node(inner)
                if node is not None:
                    self._visit(Definition(shown, node, LiveScope(inner)), shown)
                continue
            try:
                banned = self.ban.is_banned(self.func, inner)
            except Exception:
                banned = False
            if banned:
                self._add(where, shown, "banned")
                return

    def _visit(self, definition: Definition, where: str) -> None:
        if id(definition.node) in self.seen:
            return
        self.seen.add(id(definition.node))
        node, scope = definition.node, definition.scope or self.scope
        local = _local_names(node)
        aliases = _local_aliases(node)
        for sub in ast.walk(node):
            if isinstance(sub, (ast.BinOp, ast.AugAssign)) and isinstance(sub.op, ast.MatMult):
                if self.ban._matmul.get(self.func):
                    self._add(where, "@", "banned")
            elif isinstance(sub, ast.Attribute):
                if sub.attr in self.ban._methods[self.func]:
                    self._add(where, f".{sub.attr}", "banned")
                if sub.attr in DYNAMIC_ATTRS:
                    self._add(where, f".{sub.attr}", "dynamic")
            elif isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name):
                if sub.func.id in DYNAMIC and sub.func.id not in local:
                    self._add(where, f"{sub.func.id}(...)", "dynamic")
                elif (sub.func.id == "getattr" and sub.func.id not in local
                      and not (len(sub.args) >= 2 and isinstance(sub.args[1], ast.Constant))):
                    self._add(where, "getattr(...)", "dynamic")
        for chain, shown in _references(node):
            if chain[0] in aliases:
                chain = aliases[chain[0]] + chain[1:]
            elif chain[0] in local:
                continue
            self._resolve(chain, shown, scope, where)

    def _resolve(self, chain: list[str], shown: str, scope: Scope, where: str) -> None:
        """Look a name chain up and check the object it ends at (`np.linalg.det` is the function,
        not the module it passes through: `np.linalg.LinAlgError` is fine where np.linalg is not)."""
        if chain[0] == "__import__" and len(chain) > 1:   # a module the function imports itself
            head: Any = _Dotted(chain[1])
            chain = chain[1:]
        else:
            head = scope.lookup(chain[0])
        if isinstance(head, Definition):
            # `helper`, `K.f`, `K().f`: a function or class of the learner's is read whole
            self._visit(head, head.name if head.name != "<lambda>" else chain[0])
            return
        if isinstance(head, _Expression):
            self._visit(Definition(chain[0], head.node, None), chain[0])
            return
        found, depth = MISSING, 0
        if isinstance(head, _Dotted):
            for k in range(len(chain)):
                obj = _Dotted(".".join([head.path, *chain[1:k + 1]])).resolve()
                if obj is UNKNOWN or obj is MISSING:
                    break
                found, depth = obj, k + 1
        else:
            obj = head
            for k in range(len(chain)):
                if isinstance(obj, types.ModuleType) and k + 1 < len(chain) and any(
                        obj.__name__ == m or obj.__name__.startswith(m + ".")
                        for m in self.ban._modules[self.func]):
                    # scipy's ufuncs and Fortran routines keep no __module__: the module the
                    # chain passes through says where they come from
                    self._add(where, ".".join(chain), "banned")
                if k:
                    # only modules, classes and library objects are looked into: an attribute of
                    # the learner's own object could run their code (a property)
                    obj = _safe_getattr(obj, chain[k])
                if obj is UNKNOWN or obj is MISSING:
                    break
                found, depth = obj, k + 1
        if depth:
            if depth == len(chain) and id(found) in _DYNAMIC_CALLABLES \
                    and chain[0] not in DYNAMIC | {"getattr"}:   # (those are reported above)
                # operator.attrgetter, importlib.import_module, an alias of getattr: a name
                # looked up at run time
                self._add(where, ".".join(chain), "dynamic")
            self._object(found, ".".join(chain[:depth]), where)
        exception = isinstance(found, type) and issubclass(found, BaseException)
        if isinstance(head, _Dotted) and not (exception and depth == len(chain)):
            # what the import path names, even where the object keeps no module of its own (a dict
            # of functions imported from a banned module)
            path = ".".join([head.path, *chain[1:]])
            if any(path == m or path.startswith(m + ".") for m in self.ban._modules[self.func]):
                self._add(where, ".".join(chain), "banned")


def _wrapped(obj: Any, depth: int = 0) -> list[Any]:
    """The object and what it wraps: functools.partial, np.vectorize, bound, static and class
    methods (read without calling anything)."""
    found = [obj]
    if depth > 5:
        return found
    inner: Any = None
    if isinstance(obj, functools.partial):
        inner = obj.func
    elif isinstance(obj, (types.MethodType, staticmethod, classmethod)):
        inner = _plain(obj)
    else:
        for attr in ("pyfunc", "__wrapped__"):   # np.vectorize, functools.wraps
            try:
                inner = inspect.getattr_static(obj, attr)
                break
            except AttributeError:
                continue
    if callable(inner) and inner is not obj:
        found += _wrapped(inner, depth + 1)
    if isinstance(obj, type):   # every method of a class of the learner's
        found += [f for f in map(_plain, vars(obj).values()) if _is_learner_function(f)]
    return found


def _plain(value: Any) -> Any:
    """The function inside a bound, static or class method; anything else as it is."""
    return value.__func__ if isinstance(value, (types.MethodType, staticmethod, classmethod)) \
        else value


def _safe_getattr(obj: Any, name: str) -> Any:
    library = (type(obj).__module__ or "").split(".")[0] in ("numpy", "scipy", "builtins", "math")
    if isinstance(obj, types.ModuleType) or (library and not _is_learner_function(obj)):
        try:
            return getattr(obj, name, MISSING)
        except Exception:
            return MISSING
    if isinstance(obj, type) and (obj.__module__ or "").split(".")[0] in ("numpy", "scipy"):
        return getattr(obj, name, MISSING)
    if isinstance(obj, type) or _is_learner_function(getattr(type(obj), "__init__", None)):
        # a class of the learner's (or one of its instances): its functions, read statically
        try:
            value = _plain(inspect.getattr_static(obj, name))
        except AttributeError:
            return MISSING
        return value if isinstance(value, types.FunctionType) else MISSING
    return MISSING


def _references(node: ast.AST) -> list[tuple[list[str], str]]:
    """Every maximal name chain read in `node` (`np.linalg.norm` once, not also `np.linalg`)."""
    found, inner = [], set()
    for sub in ast.walk(node):
        if id(sub) in inner:
            continue
        chain = _chain(sub) if isinstance(sub, (ast.Attribute, ast.Name, ast.Call)) else None
        if chain is None:
            continue
        if isinstance(sub, ast.Call) and not (isinstance(sub.func, ast.Name)
                                              and sub.func.id == "getattr"):
            continue
        if isinstance(sub, ast.Name) and not isinstance(sub.ctx, ast.Load):
            continue
        for part in ast.walk(sub):
            if part is not sub and isinstance(part, (ast.Attribute, ast.Name)):
                inner.add(id(part))
        found.append((chain, ast.unparse(sub) if not isinstance(sub, ast.Call)
                       else ".".join(chain)))
    return found


def _local_names(node: ast.AST) -> set[str]:
    """Parameters and names assigned inside the function (they shadow the notebook's)."""
    names: set[str] = set()
    args = node.args if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) \
        else None   # (a call's `args` are its arguments)
    if args is not None:
        for a in args.posonlyargs + args.args + args.kwonlyargs:
            names.add(a.arg)
        if args.vararg:
            names.add(args.vararg.arg)
        if args.kwarg:
            names.add(args.kwarg.arg)
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
            names.add(sub.id)
        elif isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef)) and sub is not node:
            names.add(sub.name)
        elif isinstance(sub, ast.alias):
            names.add((sub.asname or sub.name).split(".")[0])
        elif isinstance(sub, ast.arg):
            names.add(sub.arg)
    return names


def _local_aliases(node: ast.AST) -> dict[str, list[str]]:
    """`la = np.linalg` or `import numpy.linalg as la` inside the function: la -> its chain."""
    aliases: dict[str, list[str]] = {}
    for sub in ast.walk(node):
        if isinstance(sub, ast.Assign) and len(sub.targets) == 1 \
                and isinstance(sub.targets[0], ast.Name):
            chain = _chain(sub.value)
            if chain is not None and chain[0] != sub.targets[0].id:
                aliases[sub.targets[0].id] = chain
        elif isinstance(sub, (ast.Import, ast.ImportFrom)):
            module = "" if isinstance(sub, ast.Import) else (sub.module or "")
            for alias in sub.names:
                full = f"{module}.{alias.name}" if module else alias.name
                name = alias.asname or alias.name.split(".")[0]
                aliases[name] = ["__import__", *full.split(".")] if (alias.asname or module) \
                    else ["__import__", alias.name.split(".")[0]]
    return aliases
