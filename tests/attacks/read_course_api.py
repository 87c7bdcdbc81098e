"""Ask the course package itself: questions.find, solution_file, learner.solution, config.load."""
from course.runtime import questions, learner
try:
    qn = questions.find("dot_product", require_hidden=True)
    LEAKED |= any(c.hidden for c in qn.cases)
except Exception:
    pass
try:
    path = questions.solution_file("dot_product")
    LEAKED |= path is not None and leak(open(path).read())
except Exception:
    pass
try:
    note = learner.solution("dot_product")
    LEAKED |= "def dot" in repr(note)
except Exception:
    pass
try:
    from course.runtime import config
    cfg = config.load()
    LEAKED |= leak(open(os.path.join(cfg.root, "autograder", STEP, "tests", "dot_product.py")).read())
except Exception:
    pass
