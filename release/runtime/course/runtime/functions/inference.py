"""Distribution functions for step 3, notebook 3 (statistical inference).

Learners may CALL these: the notebook is about estimators, intervals and tests, not about special
functions. Every function accepts a number (and returns a Python float) or an array-like (and
returns a float array of the same shape, elementwise).

* ``normal_cdf(x)``, ``normal_ppf(p)``, ``normal_pdf(x)`` - the standard normal N(0, 1);
* ``t_cdf(t, df)``, ``t_ppf(p, df)``, ``t_pdf(t, df)`` - Student's t with ``df > 0`` degrees of
  freedom (``df`` need not be an integer: Welch's test produces fractional ones).

How they are computed (no SciPy):

* the normal cdf from ``math.erfc``; its inverse from a rational first guess polished by two
  Halley steps, working in the lower tail so that tiny probabilities keep their digits (and with
  ``erf`` near p = 1/2, so that tiny quantiles keep theirs);
* the t cdf from the regularised incomplete beta function,
  ``P(T <= -|t|) = I_x(df/2, 1/2) / 2`` with ``x = df / (df + t^2)``, evaluated by its continued
  fraction (DLMF 8.17.22) with the modified Lentz method; ``1 - x = t^2 / (df + t^2)`` is formed
  directly, never as a difference, so small ``|t|`` lose no accuracy;
* the t quantile by a Newton iteration on the logarithm of the tail probability (or, for p near
  1/2, of P(0 < T < t)) inside a shrinking bracket, with bisection whenever a Newton step would
  leave it, started from a point known to lie between 0 and the answer.

Scalars take a pure-Python path (a simulation calls ``t_cdf`` thousands of times, so per-call
overhead matters); arrays are handled elementwise by the same code. The test file
tests/test_functions_inference.py compares them with scipy.stats and with closed forms (df = 1, 2)
to about 1e-12 relative, for df from 1 to 10^6.
"""
from __future__ import annotations

import decimal
import math
from typing import Any

import numpy as np

__all__ = ["normal_cdf", "normal_pdf", "normal_ppf", "t_cdf", "t_pdf", "t_ppf"]

_SQRT2 = math.sqrt(2.0)
_SQRT2PI = math.sqrt(2.0 * math.pi)
_EPS = 1e-15
_TINY = 1e-300
_MAX_TERMS = 20_000


_NUMBERS = (int, float, np.integer, np.floating)
_BOOLS = (bool, np.bool_)


def _elementwise(scalar_func, *args: Any):
    """Apply a scalar function to numbers (-> float) or, broadcast, to arrays (-> float array)."""
    for a in args:   # a plain loop: this check runs on every call of a simulation
        if not isinstance(a, _NUMBERS) or isinstance(a, _BOOLS):
            break
    else:
        return scalar_func(*map(float, args))
    arrays = np.broadcast_arrays(*(np.asarray(a, dtype=float) for a in args))
    out = np.empty(arrays[0].shape)
    flat = [a.ravel() for a in arrays]
    for i in range(out.size):
        out.flat[i] = scalar_func(*(float(a[i]) for a in flat))
    return out


# --- the standard normal ---------------------------------------------------------------------

def _normal_cdf(x: float) -> float:
    if math.isnan(x):
        return math.nan
    return 0.5 * math.erfc(-x / _SQRT2)


def _normal_pdf(x: float) -> float:
    return math.exp(-0.5 * x * x) / _SQRT2PI


# coefficients of a rational approximation to the normal quantile (P. J. Acklam's; about 1e-9
# relative accuracy), used only as the starting point of the Halley polish below
_A = (-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
      1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00)
_B = (-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
      6.680131188771972e+01, -1.328068155288572e+01)
_C = (-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
      -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00)
_D = (7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
      3.754408661907416e+00)


def _normal_lower_ppf(q: float) -> float:
    """Quantile for 0 < q <= 0.5 (so the answer is <= 0)."""
    if q > 0.02425:
        r = q - 0.5
        s = r * r
        x = (((((_A[0] * s + _A[1]) * s + _A[2]) * s + _A[3]) * s + _A[4]) * s + _A[5]) * r / \
            (((((_B[0] * s + _B[1]) * s + _B[2]) * s + _B[3]) * s + _B[4]) * s + 1.0)
    else:
        r = math.sqrt(-2.0 * math.log(q))
        x = (((((_C[0] * r + _C[1]) * r + _C[2]) * r + _C[3]) * r + _C[4]) * r + _C[5]) / \
            ((((_D[0] * r + _D[1]) * r + _D[2]) * r + _D[3]) * r + 1.0)
    central = q >= 0.25   # then q - 1/2 is exact, and Phi(x) - 1/2 = erf(x / sqrt 2) / 2 keeps
    offset = q - 0.5      # the digits of a small x, which Phi(x) - q would lose
    for _ in range(2):    # Halley: cubic convergence, two steps reach full double precision
        density = _normal_pdf(x)
        if density == 0.0:
            break
        if central:
            error = 0.5 * math.erf(x / _SQRT2) - offset
        else:
            error = _normal_cdf(x) - q
        u = error / density
        x -= u / (1.0 + 0.5 * x * u)
    return x


def _normal_ppf(p: float) -> float:
    if math.isnan(p) or not 0.0 <= p <= 1.0:
        raise ValueError(f"a probability must lie in [0, 1], got {p!r}")
    if p == 0.0:
        return -math.inf
    if p == 1.0:
        return math.inf
    if p == 0.5:
        return 0.0
    if p < 0.5:
        return _normal_lower_ppf(p)
    return -_normal_lower_ppf(1.0 - p)   # 1 - p is exact for p in [0.5, 1]


def normal_cdf(x):
    """P(Z <= x) for Z ~ N(0, 1)."""
    return _elementwise(_normal_cdf, x)


def normal_pdf(x):
    """The N(0, 1) density at x."""
    return _elementwise(_normal_pdf, x)


def normal_ppf(p):
    """The quantile z with P(Z <= z) = p for Z ~ N(0, 1); ValueError unless 0 <= p <= 1."""
    return _elementwise(_normal_ppf, p)


# --- the regularised incomplete beta function --------------------------------------------------

def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """1 / (1 + d1 / (1 + d2 / (1 + ...))) of DLMF 8.17.22, by the modified Lentz method.

    d_{2m+1} = -(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)),
    d_{2m}   =  m (b - m) x / ((a + 2m - 1)(a + 2m)).
    Lentz evaluates the denominator K = 1 + d1 / (1 + d2 / ...) as a product of ratios of
    successive convergents, C_j D_j, and stops when a ratio is 1 to within rounding.
    """
    k = 1.0          # the convergent of K so far
    c = 1.0          # C_0 = b_0
    d = 0.0          # D_0
    for j in range(1, _MAX_TERMS):
        m = j // 2
        if j % 2:
            coefficient = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
        else:
            coefficient = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
        d = 1.0 + coefficient * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + coefficient / c
        if abs(c) < _TINY:
            c = _TINY
        ratio = c * d
        k *= ratio
        if abs(ratio - 1.0) < _EPS:
            return 1.0 / k
    raise ArithmeticError("incomplete beta continued fraction did not converge")


_DECIMAL_CONTEXT = decimal.Context(prec=32)
_DECIMAL_ABOVE = 5000.0    # a or b above this: about 4 of 16 digits would be lost in floats


def _beta_continued_fraction_decimal(a: float, b: float, x: decimal.Decimal) -> float:
    """The same fraction in 32-digit decimal arithmetic, for large a or b. There x or 1 - x is
    within about 1 / max(a, b) of 1 near the switch point, and the steps 1 + d_j D_{j-1} cancel to
    about log10(max(a, b)) digits: in floats, 10^-16 relative errors would grow towards 10^-10.
    So x must be exact too (a Decimal computed from df and t, not a rounded float)."""
    with decimal.localcontext(_DECIMAL_CONTEXT):
        one, tiny, eps = decimal.Decimal(1), decimal.Decimal("1e-300"), decimal.Decimal("1e-28")
        a_, b_ = decimal.Decimal(a), decimal.Decimal(b)    # exact conversions of the floats
        k, c, d = one, one, decimal.Decimal(0)
        for j in range(1, _MAX_TERMS):
            m = j // 2
            if j % 2:
                coefficient = -(a_ + m) * (a_ + b_ + m) * x / ((a_ + 2 * m) * (a_ + 2 * m + 1))
            else:
                coefficient = m * (b_ - m) * x / ((a_ + 2 * m - 1) * (a_ + 2 * m))
            d = one + coefficient * d
            d = one / (d if abs(d) > tiny else tiny)
            c = one + coefficient / c
            if abs(c) < tiny:
                c = tiny
            ratio = c * d
            k *= ratio
            if abs(ratio - one) < eps:
                return float(one / k)
    raise ArithmeticError("incomplete beta continued fraction did not converge")


def _fraction(a: float, b: float, x: float, x_exact) -> float:
    """The continued fraction; in decimal arithmetic when a or b is large (x_exact is a callable
    returning x as a Decimal, evaluated only then)."""
    if max(a, b) > _DECIMAL_ABOVE:
        return _beta_continued_fraction_decimal(a, b, x_exact())
    return _beta_continued_fraction(a, b, x)


_STIRLING = (1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360)


def _log_gamma_ratio_half(a: float) -> float:
    """log Gamma(a + 1/2) - log Gamma(a), accurate also for large a (where the two log-gammas are
    huge and nearly cancel): Stirling's series for both, with the large terms combined by hand."""
    if a < 10.0:
        return math.lgamma(a + 0.5) - math.lgamma(a)
    value = 0.5 * math.log(a) + (a * math.log1p(0.5 / a) - 0.5)
    for k, coefficient in enumerate(_STIRLING, start=1):
        power = 2 * k - 1
        value += coefficient * ((a + 0.5) ** -power - a ** -power)
    return value


_LOG_GAMMA_HALF = math.lgamma(0.5)


def _log_beta_half(a: float) -> float:
    """log B(a, 1/2) = log Gamma(a) + log Gamma(1/2) - log Gamma(a + 1/2)."""
    return _LOG_GAMMA_HALF - _log_gamma_ratio_half(a)


# --- Student's t -----------------------------------------------------------------------------

def _check_df(df: float) -> None:
    if math.isnan(df) or not 0.0 < df < math.inf:
        raise ValueError(f"the degrees of freedom must be positive and finite, got {df!r}")


def _exact_ratio(df: float, s: float, which: int) -> decimal.Decimal:
    """x = df / (df + s^2) (which = 0) or y = s^2 / (df + s^2) (which = 1), to 32 digits."""
    with decimal.localcontext(_DECIMAL_CONTEXT):
        df_, s_ = decimal.Decimal(df), decimal.Decimal(s)
        s2 = s_ * s_
        return (df_ if which == 0 else s2) / (df_ + s2)


def _t_tail_and_centre(s: float, df: float) -> tuple[float, float]:
    """(P(T <= -s), P(0 < T < s)) for s >= 0, each to full relative accuracy.

    With x = df / (df + s^2) and y = 1 - x = s^2 / (df + s^2):  P(T <= -s) = I_x(df/2, 1/2) / 2
    and P(0 < T < s) = I_y(1/2, df/2) / 2. Whichever of the two the continued fraction computes
    directly, the other is 1/2 minus it, which only loses digits where it is not small."""
    if s == 0.0:
        return 0.5, 0.0
    if math.isinf(s):
        return 0.0, 0.5
    a, b = 0.5 * df, 0.5
    if s > 1e150:   # s^2 would overflow: x = df / s^2 to within far less than rounding
        log_x = math.log(df) - 2.0 * math.log(s)
        x, y, log_y = math.exp(log_x), 1.0, 0.0
    else:
        s2 = s * s
        x, y = df / (df + s2), s2 / (df + s2)
        log_x = math.log1p(-y) if y < 0.5 else math.log(x)
        log_y = math.log1p(-x) if x < 0.5 else math.log(y)
    log_front = a * log_x + b * log_y - _log_beta_half(a)
    if x < (a + 1.0) / (a + b + 2.0):
        tail = 0.5 * math.exp(log_front) / a * _fraction(a, b, x, lambda: _exact_ratio(df, s, 0))
        return tail, 0.5 - tail
    centre = 0.5 * math.exp(log_front) / b * _fraction(b, a, y, lambda: _exact_ratio(df, s, 1))
    return 0.5 - centre, centre


def _t_cdf(t: float, df: float) -> float:
    _check_df(df)
    if math.isnan(t):
        return math.nan
    tail, centre = _t_tail_and_centre(abs(t), df)
    return tail if t <= 0 else 0.5 + centre


def _t_log_pdf(t: float, df: float) -> float:
    return (_log_gamma_ratio_half(0.5 * df) - 0.5 * math.log(df * math.pi)
            - 0.5 * (df + 1.0) * math.log1p(t * t / df))


def _t_pdf(t: float, df: float) -> float:
    _check_df(df)
    if math.isnan(t):
        return math.nan
    if math.isinf(t):
        return 0.0
    return math.exp(_t_log_pdf(t, df))


def _solve_increasing(log_f, log_target: float, s: float, lo: float, hi: float) -> float:
    """Newton on log f(s) = log_target for an increasing f, kept inside the bracket [lo, hi]
    (bisection, or doubling while hi is infinite, whenever a step would leave it).
    log_f returns (log f(s), d/ds log f(s))."""
    for _ in range(300):
        value, slope = log_f(s)
        g = value - log_target
        if g == 0.0:
            return s
        if g > 0.0:
            hi = s
        else:
            lo = s
        new = s - g / slope if slope > 0.0 and math.isfinite(slope) else math.nan
        if not lo < new < hi:
            if math.isinf(hi):
                new = 2.0 * s if s > 0.0 else s + 1.0
            elif math.isinf(lo):
                new = 2.0 * s if s < 0.0 else s - 1.0
            else:
                new = 0.5 * (lo + hi)
        if abs(new - s) <= 1e-10 * abs(new):
            # Newton's error squares at each step: after a step this small the new point is
            # exact to rounding, so it needs no further evaluation
            return new
        s = new
    return s


def _cornish_fisher_t(z: float, df: float) -> float:
    """The expansion of the t quantile in powers of 1/df around the normal quantile z (a start
    point for Newton: within about 1e-3 relative for df >= 3 outside the far tails)."""
    z2 = z * z
    g1 = (z2 + 1.0) * z / 4.0
    g2 = ((5.0 * z2 + 16.0) * z2 + 3.0) * z / 96.0
    g3 = (((3.0 * z2 + 19.0) * z2 + 17.0) * z2 - 15.0) * z / 384.0
    g4 = ((((79.0 * z2 + 776.0) * z2 + 1482.0) * z2 - 1920.0) * z2 - 945.0) * z / 92160.0
    return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df


def _t_upper_quantile(q: float, df: float) -> float:
    """The s > 0 with P(T > s) = q, for 0 < q < 1/2."""
    a = 0.5 * df
    log_pdf0 = _t_log_pdf(0.0, df)
    if q > 0.25:
        # solve P(0 < T < s) = 1/2 - q (exact), which keeps the digits of a small s. That mass is
        # concave in s and at most pdf(0) s, so Newton started at (1/2 - q) / pdf(0) climbs up to
        # the answer without overshooting.
        delta = 0.5 - q

        def log_centre(s):
            centre = _t_tail_and_centre(s, df)[1]
            if centre <= 0.0:
                return -math.inf, math.inf
            return math.log(centre), math.exp(_t_log_pdf(s, df)) / centre

        start = delta / math.exp(log_pdf0)
        if df >= 3.0:
            start = max(start, _cornish_fisher_t(-_normal_lower_ppf(q), df))
        return _solve_increasing(log_centre, math.log(delta), start, 0.0, math.inf)

    # solve P(T < -s) = q in the tail. Two points lie between 0 and the answer: the normal
    # quantile (t tails are heavier) and the s at which the leading term of the tail,
    # x^a / (2 a B(a, 1/2)) with x = df / (df + s^2), equals q - a lower bound for the tail,
    # since (1 - u)^(-1/2) >= 1 in the incomplete beta integral.
    z = -_normal_lower_ppf(q)
    bound = z
    log_x = (math.log(2.0 * q * a) + _log_beta_half(a)) / a
    if log_x < 0.0:
        log_s = 0.5 * (math.log(df) - log_x + math.log1p(-math.exp(log_x)))
        if log_s > 709.0:
            return math.inf
        bound = max(bound, math.exp(log_s))
    # The bound brackets the answer; the Cornish-Fisher value, where it is reliable, is closer.
    start = bound
    if df >= 3.0 and z < 6.0:
        start = max(bound, _cornish_fisher_t(z, df))

    def log_cdf(u):   # u = -s < 0: log P(T <= u) and its derivative, both increasing in u
        tail = _t_tail_and_centre(-u, df)[0]
        if tail <= 0.0:
            return -math.inf, math.inf
        return math.log(tail), math.exp(_t_log_pdf(u, df)) / tail

    return -_solve_increasing(log_cdf, math.log(q), -start, -math.inf, -bound)


def _t_ppf(p: float, df: float) -> float:
    _check_df(df)
    if math.isnan(p) or not 0.0 <= p <= 1.0:
        raise ValueError(f"a probability must lie in [0, 1], got {p!r}")
    if p == 0.0:
        return -math.inf
    if p == 1.0:
        return math.inf
    if p == 0.5:
        return 0.0
    if p < 0.5:
        return -_t_upper_quantile(p, df)
    return _t_upper_quantile(1.0 - p, df)   # 1 - p is exact for p in [0.5, 1]


def t_cdf(t, df):
    """P(T <= t) for T ~ Student's t with df > 0 degrees of freedom (df may be fractional)."""
    return _elementwise(_t_cdf, t, df)


def t_pdf(t, df):
    """The density of Student's t with df degrees of freedom at t."""
    return _elementwise(_t_pdf, t, df)


def t_ppf(p, df):
    """The quantile t with P(T <= t) = p for Student's t with df degrees of freedom."""
    return _elementwise(_t_ppf, p, df)
