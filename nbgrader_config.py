# nbgrader and the Jupyter server extensions only read this file; the settings live in course_config.py.
c = get_config()  # noqa: F821
load_subconfig("course_config.py")  # noqa: F821
