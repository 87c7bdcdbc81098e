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

from course.runtime import questions
from course.runtime.evaluate import Status, evaluate
from course.runtime.feedback import as_text

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
    # step 2 (issue: calculus)
    "forward difference where central was asked": ("central_difference", "forward_instead"),
    "h so small that round-off dominates": ("numerical_derivative", "tiny_step"),
    "2Ax for xᵀAx with non-symmetric A": ("quadratic_form_gradient", "two_A_x"),
    "2A as the Hessian of xᵀAx": ("quadratic_form_gradient", "hessian_2A"),
    "backprop missing σ′(z)": ("mlp_gradients", "missing_tanh_derivative"),
    "bias gradient summed over the wrong axis": ("mlp_gradients", "bias_summed_over_wrong_axis"),
    "gradient off by a constant factor (backprop)": ("mlp_gradients", "factor_two"),
    "reading a global instead of the argument": ("chain_rule", "reads_global_chain"),
    "sign error in the update (θ += α∇)": ("gradient_descent", "gradient_ascent"),
    "missing 1/n in the gradient": ("least_squares_gradient", "gradient_without_mean"),
    "missing factor 2 in the gradient": ("least_squares_gradient", "gradient_without_two"),
    "Newton step multiplied by H instead of solved": ("newton_method", "multiplies_by_hessian"),
    "a diverging optimiser reported as divergence": ("gradient_descent", "ignores_step"),
    # step 3 (issue: probability & statistics)
    "ddof=0 where the unbiased estimate was asked": ("sample_mean_variance", "biased_by_default"),
    "np.cov on (N, D) data without rowvar=False": ("covariance_matrix", "np_cov_default_rowvar"),
    "σ passed where σ² was meant": ("normal_pdf_cdf", "pdf_sigma2_as_sd"),
    "σ² passed where σ was meant": ("normal_pdf_cdf", "pdf_sd_as_variance"),
    "pdf where the cdf was asked": ("normal_pdf_cdf", "cdf_returns_pdf"),
    "one- vs two-sided p-value": ("t_tests", "one_sided_p"),
    "σ instead of σ/√n for the standard error": ("standard_error", "standard_deviation"),
    "z instead of t for small n": ("confidence_interval", "always_normal"),
    "P(A|B) confused with P(B|A)": ("diagnostic_posterior", "returns_sensitivity"),
    "unnormalised posterior": ("grid_posterior", "unnormalised"),
    "overflow from factorials in the pmf": ("bernoulli_binomial_pmf", "factorial_binomial"),
    # step 4 (issue: apply to ML)
    "missing intercept column": ("design_matrix", "no_intercept"),
    "inv(XᵀX) on an ill-conditioned design": ("fit_least_squares", "inverse_of_normal_matrix"),
    "labels (m,) vs (m, 1) broadcasting y_hat − y to (m, m)":
        ("mse_and_gradient", "mse_broadcasts_column_labels"),
    "missing 1/m in the gradient (regression)": ("mse_and_gradient", "gradient_without_one_over_m"),
    "sigmoid overflow": ("stable_sigmoid", "ratio_form"),
    "log(0) in the cross-entropy": ("bce_from_logits", "log_of_probabilities"),
    "missing 1/m in the logistic gradient": ("logistic_gradient", "no_mean"),
    "softmax without max-subtraction": ("stable_softmax", "no_shift"),
    "backprop with the wrong transpose": ("mlp_backward", "x_not_transposed"),
    "bias gradient summed over the wrong axis (network)": ("mlp_backward", "bias_summed_over_wrong_axis"),
    "PCA without centring (step 4)": ("pca_eig", "not_centred"),
    "reconstruction without adding the mean back": ("project_reconstruct", "reconstruct_no_mean"),
    "eigenvalues not sorted descending": ("pca_eig", "ascending"),
    "test set standardised with its own statistics": ("standardise_train_test", "test_own_statistics"),
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
    assert result.status == Status.PASSED, as_text(result)
