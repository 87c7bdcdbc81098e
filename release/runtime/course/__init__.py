"""Mathematics for Machine Learning, in NumPy: the course's tooling.

In a notebook: `from course import check, hint, solution, progress` (and, in step 0,
`level_report`). On the command line: `course --help`.
Importing this package stays cheap (NumPy only): the heavy tools load inside the CLI commands.
"""
from .runtime.learner import check, hint, solution
from .runtime.level import level_report
from .runtime.progress import progress

__all__ = ["check", "hint", "solution", "level_report", "progress"]
