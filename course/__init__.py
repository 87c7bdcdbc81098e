"""Mathematics for Machine Learning, in NumPy: the course's tooling.

In a notebook: `from course import check, hint, solution, progress`. On the command line: `course --help`.
Importing this package stays cheap (NumPy only): the heavy tools load inside the CLI commands.
"""
from .learner import check, hint, solution
from .progress import progress  # noqa: E402 - shadows the module course.progress on purpose

__all__ = ["check", "hint", "progress", "solution"]
