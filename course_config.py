"""The one configuration of the course, read by `course` and (through nbgrader_config.py) by nbgrader.

Every setting is a traitlets option; `course` validates them and names the setting on a bad value.
"""
from pathlib import Path

c = get_config()  # noqa: F821  (provided by traitlets when this file is loaded)
ROOT = Path(__file__).resolve().parent

# --- the course -------------------------------------------------------------------------------
c.Course.course_id = "mml-numpy"
c.Course.title = "Mathematics for Machine Learning, in NumPy"
# One entry per step; a step is an nbgrader assignment and holds notebooks in the given order.
c.Course.steps = [
    {
        "id": "00_level_check",
        "title": "Where do I start?",
        "notebooks": ["00_level_check"],
    },
    {
        "id": "01_linear_algebra",
        "title": "Linear algebra",
        "notebooks": [
            "01_vectors_matrices",
            "02_linear_systems",
            "03_analytic_geometry",
            "04_eigen_svd",
        ],
    },
    {
        "id": "02_calculus",
        "title": "Calculus",
        "notebooks": [
            "01_derivatives",
            "02_gradients",
            "03_optimisation",
            "04_backprop_integration",
        ],
    },
    {
        "id": "03_probability",
        "title": "Probability & statistics",
        "notebooks": [
            "01_distributions",
            "02_moments",
            "03_inference",
            "04_bayes",
        ],
    },
    {
        "id": "04_apply_ml",
        "title": "Apply to ML",
        "notebooks": [
            "01_linear_regression",
            "02_logistic_regression",
            "03_pca",
            "04_neural_network",
        ],
    },
]

# --- grading ----------------------------------------------------------------------------------
c.Grading.notebook_timeout = 300.0   # seconds for a whole notebook, all cells together
c.Grading.question_timeout = 20.0    # seconds for one check("...") (all of its cases)
c.Grading.kernel_name = "python3"     # for runner "kernel"
c.Grading.memory_limit_mb = 2048.0   # a notebook that allocates more gets MemoryError
c.Grading.jobs = 0                   # notebooks graded in parallel; 0 = one per CPU core
c.Grading.runner = "auto"            # "fork" (fast, Linux), "kernel" (Jupyter), "auto"
# learner code cannot read autograder/, write outside its scratch folder, reach the network or
# outlive its notebook: "auto" (what this machine offers), "required" (refuse without all), "off"
c.Grading.sandbox = "auto"

# --- the otter autograder zips (Gradescope) ---------------------------------------------------
# Gradescope builds its image from these once per assignment: exact versions, the ones the test
# suite proves the course with (a test checks they are pinned; course build says when the
# installed versions differ).
c.Autograder.requirements = [
    "numpy==2.4.6",
    "scipy==1.17.1",
    "scikit-learn==1.9.1",
    "matplotlib==3.11.2",
    "traitlets==5.16.1",
]

# --- nbgrader ---------------------------------------------------------------------------------
c.CourseDirectory.course_id = "mml-numpy"
c.CourseDirectory.root = str(ROOT)
c.CourseDirectory.source_directory = "source"
c.CourseDirectory.release_directory = "release"
c.CourseDirectory.submitted_directory = "submitted"
c.CourseDirectory.autograded_directory = "autograded"
c.CourseDirectory.feedback_directory = "feedback"
c.CourseDirectory.db_url = f"sqlite:///{ROOT / 'gradebook.db'}"
# Test files (all cases, hidden ones included) must never be copied into release/: `course build`
# writes the public-only versions there itself.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "tests", "feedback"]
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
# Each grade cell prints the points it earned (see course/runtime/feedback.py), so run cells as written.
c.ExecutePreprocessor.timeout = 300
