"""The misconceptions the course promises to recognise, and the right answers it must not punish.

Each misconception named in the course's brief maps to a wrong implementation in tests/mutants/
whose feedback must carry its targeted hint (test_questions.py runs them); here we check that the
mapping is complete. Then answers that differ from the reference only where the maths allows
(an eigenvector's sign) must still earn full marks.
"""
from __future__ import annotations

import importlib

import numpy as np
import pytest

from course import questions
from course.evaluate import PASSED, evaluate
from course.feedback import as_text

from .helpers import ROOT
from .test_questions import QUESTION_NOTEBOOK, _namespace

MISCONCEPTIONS = {
    "`*` instead of `@`": ("matmul_loops", "hadamard"),
    "(n,) against (n, 1) broadcasting to (n, n)": ("project_onto_subspace", "broadcast_residual"),
    "a 2-D column returned where a vector is asked": ("matvec_loops", "column_vector_result"),
    "eigenvectors read as rows": ("sym_eigendecomposition", "rows_not_columns"),
    "eigenvector scale": ("power_iteration", "never_normalised"),
    "unsorted eigenvalues": ("sym_eigendecomposition", "ascending"),
    "inv(A) @ b where solve was asked": ("solve_system", "inverse_times_b"),
    "(AB)ᵀ = AᵀBᵀ": ("product_rules", "transpose_same_order"),
    "integer arrays truncating during elimination": ("row_echelon", "integer_work_array"),
    "mutating the input": ("inverse_2x2", "mutates_input"),
    "Gram–Schmidt without normalising": ("gram_schmidt", "not_normalised"),
    "projection without (BᵀB)⁻¹": ("projection_matrix", "b_bt"),
    "PCA without centring": ("pca_directions", "not_centred"),
    "forgetting the sign of row swaps": ("determinant", "forgets_swap_sign"),
}


@pytest.mark.parametrize("misconception", list(MISCONCEPTIONS))
def test_misconception_has_a_mutant_with_a_targeted_hint(misconception):
    qid, mutant = MISCONCEPTIONS[misconception]
    bank = importlib.import_module(f"tests.mutants.{qid}").MUTANTS
    (entry,) = [m for m in bank if m[1].__name__ == mutant]
    assert entry[2], f"{misconception}: the mutant must assert its hint text"


def _flip_columns(V, seed):
    signs = np.where(np.random.default_rng(seed).random(V.shape[1]) < 0.5, -1.0, 1.0)
    return V * signs


def _power_negated(power):
    def variant(*args, **kwargs):
        lam, v, its = power(*args, **kwargs)
        return lam, -v, its
    return variant


def _eig_flipped(eig):
    def variant(A):
        lam, V = eig(A)
        return lam, _flip_columns(V, V.size)
    return variant


def _pca_flipped(pca):
    def variant(X, k):
        W, var = pca(X, k)
        return _flip_columns(W, W.size + 1), var
    return variant


SIGN_VARIANTS = {"power_iteration": _power_negated, "sym_eigendecomposition": _eig_flipped,
                 "pca_directions": _pca_flipped}


@pytest.mark.parametrize("qid", list(SIGN_VARIANTS))
def test_eigenvector_signs_are_not_punished(qid):
    namespace = dict(_namespace(QUESTION_NOTEBOOK[qid]))
    namespace[qid] = SIGN_VARIANTS[qid](namespace[qid])   # the function is named like its question
    q = questions.load(ROOT / "autograder" / "01_linear_algebra" / "tests" / f"{qid}.py")
    result = evaluate(q, namespace)
    assert result.status == PASSED, as_text(result)
