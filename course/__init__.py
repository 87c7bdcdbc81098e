"""Mathematics for Machine Learning, in NumPy: the course's tooling.

In a notebook: `from course import check, hint, solution` (and, in step 0,
`level_report`). On the command line: `course --help`.
Importing this package stays cheap (NumPy only): the heavy tools load inside the CLI commands.
"""
from .learner import check, hint, solution
from .level import level_report

__all__ = ["check", "hint", "solution", "level_report"]
