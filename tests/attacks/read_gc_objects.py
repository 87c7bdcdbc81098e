"""Walk every object the interpreter holds: test case functions, Question objects, source text
of hidden tests or solutions (a process forked from the grader would inherit them)."""
import gc
for obj in gc.get_objects():
    try:
        code = getattr(obj, "__code__", None)
        if code is not None and ("autograder" in code.co_filename or "tests/" in code.co_filename):
            LEAKED = True
        if type(obj).__name__ in ("Question", "Case") and getattr(obj, "hidden", False) is not False:
            LEAKED = True
        if isinstance(obj, dict):
            for value in list(obj.values())[:50]:
                if isinstance(value, str) and leak(value):
                    LEAKED = True
        if isinstance(obj, str) and leak(obj):
            LEAKED = True
    except Exception:
        pass
import course.runtime.questions as q
LEAKED |= bool(getattr(q, "_cache", {}))
