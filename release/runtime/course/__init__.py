"""Mathematics for Machine Learning, in NumPy: the course's tooling.

In a notebook: `from course import check, hint, solution`. On the command line: `course --help`.
Importing this package stays cheap (NumPy only): the heavy tools load inside the CLI commands.
"""
from .learner import check, hint, solution

__all__ = ["check", "hint", "solution"]
