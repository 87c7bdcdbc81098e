"""Functions the tests hand to learner code (the f whose derivative, gradient or integral is
taken), one module per notebook that needs them.

They live in the course package so that a test stays plain data: when `course grade` calls a
learner function in its kernel, a function of this package crosses by name, and an instance of a
class of this package (a parametrised function such as a quadratic form) crosses as its class name
and attributes; see course/remote.py. Use module-level functions or such instances, never lambdas
or closures, which cannot cross.
"""
