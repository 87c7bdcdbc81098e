"""Step 0, "Where do I start?": the level check's items, and the rules that turn their results
into a tutor's recommendation.

`level_report()` (called in the level-check notebook's last cell) runs every item's check against
the notebook's namespace - exactly as check() does, hidden cases included when this copy of the
course has them - then `assess` sorts the items into blocks and `recommend` applies the rules
below. The report shows which topics were solid and which were not, never an expected value or a
right choice.

The rules, in order (a block is *solid* at >= 80% of its items right, *weak* below 50%):

1. fewer than half of all items answered: finish the check first (what follows is provisional);
2. algebra weak: review algebra first (named resources), then step 1, notebook 1;
3. vectors & matrices weak: start at step 1, notebook 1, slowly, with a named companion;
4. every block solid and every vector item right: start at step 1, notebook 2 (skim notebook 1);
5. otherwise: start at step 1, notebook 1.

Then, whatever the start: a calculus block that is not solid adds "before step 2, review ...", a
probability block that is not solid "before step 3, review ...", and the topics missed in a block
that is neither weak nor solid are named with where to review them.
"""
from __future__ import annotations

import html
import sys
from dataclasses import dataclass, field
from typing import Any, Mapping

from .evaluate import Status

SOLID, WEAK = 0.8, 0.5   # fraction of a block's items right: solid at or above, weak below
ANSWERED_ENOUGH = 0.5    # fraction of all items answered before the advice is more than provisional

BLOCKS = {
    "algebra": "Algebra & functions",
    "calculus": "Basic calculus",
    "vectors": "Vectors & matrices",
    "probability": "Probability basics",
}


@dataclass(frozen=True)
class Item:
    qid: str
    block: str
    topic: str


ITEMS = [
    Item("q_exponents", "algebra", "exponents"),
    Item("q_log_answer", "algebra", "logarithms"),
    Item("q_log_product", "algebra", "logarithms"),
    Item("q_summation", "algebra", "summation notation"),
    Item("q_solve_linear", "algebra", "solving equations"),
    Item("q_geometric_sum", "algebra", "summation notation"),
    Item("q_power_derivative", "calculus", "derivatives"),
    Item("q_exp_derivative", "calculus", "the chain rule"),
    Item("q_chain_rule", "calculus", "the chain rule"),
    Item("q_log_derivative", "calculus", "derivatives"),
    Item("q_integral_value", "calculus", "integrals"),
    Item("q_integral_meaning", "calculus", "integrals"),
    Item("q_derivative_function", "calculus", "derivatives"),
    Item("q_dot_value", "vectors", "dot products"),
    Item("q_vector_norm", "vectors", "lengths of vectors"),
    Item("q_matrix_shape", "vectors", "matrix products"),
    Item("q_transpose_product", "vectors", "matrix products"),
    Item("q_determinant", "vectors", "determinants"),
    Item("q_axpy", "vectors", "vector arithmetic in NumPy"),
    Item("q_two_dice", "probability", "counting outcomes"),
    Item("q_at_least_one", "probability", "complements"),
    Item("q_independence", "probability", "independence"),
    Item("q_expected_die", "probability", "expected values"),
    Item("q_conditional", "probability", "conditional probability"),
    Item("q_expected_value", "probability", "expected values"),
]

# Where to review a topic: MML sections and free resources, by name (no copied text).
RESOURCES = {
    "exponents": "Khan Academy's 'Algebra 1' (exponents and radicals)",
    "logarithms": "Khan Academy's 'Algebra 2' (exponential and logarithmic functions)",
    "summation notation": "Khan Academy's 'Precalculus' (series and sigma notation); MML uses Σ "
                          "from §2.2 on",
    "solving equations": "Khan Academy's 'Algebra 1' (solving equations)",
    "derivatives": "MML §5.1; 3Blue1Brown's 'Essence of calculus'; Khan Academy's "
                   "'Differential calculus'",
    "the chain rule": "MML §5.1.2 (differentiation rules); 3Blue1Brown's 'Essence of calculus' "
                      "(the chain rule chapter)",
    "integrals": "Khan Academy's 'Integral calculus'; 3Blue1Brown's 'Essence of calculus' "
                 "(integration chapters); MML §6.2 uses integrals for probabilities",
    "dot products": "MML §3.2 (inner products); 3Blue1Brown's 'Essence of linear algebra' "
                    "(dot products)",
    "lengths of vectors": "MML §3.1 (norms)",
    "matrix products": "MML §2.2 (matrices); 3Blue1Brown's 'Essence of linear algebra' "
                       "(matrix multiplication as composition)",
    "determinants": "MML §4.1 (determinant and trace); 3Blue1Brown's 'Essence of linear algebra' "
                    "(the determinant)",
    "vector arithmetic in NumPy": "step 1, notebook 1 starts from here; the NumPy user guide's "
                                  "'NumPy: the absolute basics for beginners'",
    "counting outcomes": "MML §6.1–6.2; Khan Academy's 'Statistics and probability' "
                         "(probability); Brown University's 'Seeing Theory'",
    "complements": "MML §6.1; Khan Academy's 'Statistics and probability' (probability)",
    "independence": "MML §6.4.5 (statistical independence); Brown University's 'Seeing Theory'",
    "expected values": "MML §6.4.1 (means and expected values); Khan Academy's 'Statistics and "
                       "probability' (random variables)",
    "conditional probability": "MML §6.3 (sum rule, product rule, Bayes' theorem); Brown "
                               "University's 'Seeing Theory' (compound probability)",
}
BLOCK_REVIEW = {
    "algebra": "Khan Academy's 'Algebra 1' and 'Algebra 2' (exponents, logarithms, solving "
               "equations) — MML assumes this algebra and does not teach it",
    "calculus": "3Blue1Brown's 'Essence of calculus', Khan Academy's 'Differential calculus', "
                "MML §5.1",
    "vectors": "3Blue1Brown's 'Essence of linear algebra' alongside, and MML §2.1–2.2 and §3.1–3.2",
    "probability": "MML §6.1–6.4, Khan Academy's 'Statistics and probability', Brown University's "
                   "'Seeing Theory'",
}

# what an item's result means here
RIGHT, WRONG, UNANSWERED, UNCHECKED = "right", "not yet", "not answered", "unchecked"


@dataclass
class BlockResult:
    block: str
    right: list[Item] = field(default_factory=list)
    wrong: list[Item] = field(default_factory=list)
    unanswered: list[Item] = field(default_factory=list)
    unchecked: list[Item] = field(default_factory=list)   # answered; correctness checked at grading

    @property
    def judged(self) -> int:
        return len(self.right) + len(self.wrong) + len(self.unanswered)

    @property
    def score(self) -> float:
        """Right items over judged ones; an item left unanswered counts as not (yet) solid."""
        return len(self.right) / self.judged if self.judged else 0.0

    @property
    def level(self) -> str:
        if self.judged < len(self.unchecked):   # mostly answers this copy cannot check
            return "unknown"
        return "solid" if self.score >= SOLID else ("weak" if self.score < WEAK else "shaky")

    def missed_topics(self) -> list[str]:
        return list(dict.fromkeys(i.topic for i in self.wrong + self.unanswered))


@dataclass
class Assessment:
    blocks: dict[str, BlockResult]
    outcomes: dict[str, str]

    @property
    def answered(self) -> int:
        return sum(o != UNANSWERED for o in self.outcomes.values())


def classify(status: str, hidden_not_run: int = 0) -> str:
    """A question's check() status -> what the level report makes of it (`hidden_not_run`: the
    hidden cases that hold the item's value and are absent from this copy)."""
    if status in (Status.NOT_ATTEMPTED, Status.NOT_DEFINED):
        return UNANSWERED
    if status == Status.PASSED:
        return UNCHECKED if hidden_not_run else RIGHT
    return WRONG


def assess(outcomes: Mapping[str, str], items: list[Item] = ITEMS) -> Assessment:
    """outcomes: question id -> RIGHT / WRONG / UNANSWERED / UNCHECKED (a missing id: unanswered)."""
    blocks = {b: BlockResult(b) for b in BLOCKS}
    full = {}
    for item in items:
        outcome = outcomes.get(item.qid, UNANSWERED)
        if outcome not in (RIGHT, WRONG, UNANSWERED, UNCHECKED):
            raise ValueError(f"{item.qid}: unknown outcome {outcome!r}")
        full[item.qid] = outcome
        result = blocks[item.block]
        {RIGHT: result.right, WRONG: result.wrong, UNANSWERED: result.unanswered,
         UNCHECKED: result.unchecked}[outcome].append(item)
    return Assessment(blocks, full)


def _topics_with_resources(topics: list[str]) -> str:
    return "; ".join(f"{t} ({RESOURCES[t]})" for t in topics)


def recommend(a: Assessment) -> list[str]:
    """The tutor's advice, first line the headline (where to start), by the rules in the module
    docstring."""
    b = a.blocks
    lines: list[str] = []
    if a.answered < ANSWERED_ENOUGH * len(a.outcomes):
        lines.append(f"Answer more of the items first: {a.answered} of {len(a.outcomes)} are "
                     "answered, too few to say where you should start. (Provisional advice "
                     "below counts the unanswered items as not yet solid.)")
    if b["algebra"].level == "weak":
        lines.append("Review algebra first: " + BLOCK_REVIEW["algebra"] + ". Focus on "
                     + ", ".join(b["algebra"].missed_topics())
                     + ". Then start at step 1, notebook 1 (vectors and matrices).")
    elif b["vectors"].level == "weak":
        lines.append("Start at step 1, notebook 1 (vectors and matrices), and take it slowly: "
                     "vectors and matrices are the language of everything after it. Use "
                     + BLOCK_REVIEW["vectors"] + ".")
    elif (all(r.level == "solid" and not r.unchecked for r in b.values())
          and not b["vectors"].wrong and not b["vectors"].unanswered):
        lines.append("Start at step 1, notebook 2 (linear systems): your basics are solid. "
                     "Skim step 1, notebook 1 (vectors and matrices) for how the course writes "
                     "things in NumPy, without doing every question.")
    else:
        lines.append("Start at step 1, notebook 1 (vectors and matrices).")
    if b["algebra"].level == "shaky":
        lines.append("Brush up first on " + _topics_with_resources(b["algebra"].missed_topics())
                     + ": every step uses them.")
    if b["vectors"].level == "shaky":
        lines.append("In step 1, notebook 1, spend extra time on "
                     + _topics_with_resources(b["vectors"].missed_topics()) + ".")
    for block, step in (("calculus", "step 2 (calculus)"), ("probability", "step 3 (probability)")):
        result = b[block]
        if result.level == "weak":
            lines.append(f"Before {step}, review {BLOCKS[block].lower()}: {BLOCK_REVIEW[block]}.")
        elif result.level == "shaky":
            lines.append(f"Before {step}, review "
                         + _topics_with_resources(result.missed_topics()) + ".")
    unchecked = sum(len(r.unchecked) for r in b.values())
    if unchecked:
        lines.append(f"{unchecked} of your answers could not be checked here (this copy of the "
                     "course has no hidden cases, which hold their values): the advice counts only "
                     "the items it could check; run the level check in the full course for all.")
    return lines


# --- the report a learner sees ------------------------------------------------------------------

class LevelReport:
    """What level_report() returns: HTML in JupyterLab, text elsewhere."""

    def __init__(self, assessment: Assessment, advice: list[str], problems: list[str]):
        self.assessment, self.advice, self.problems = assessment, advice, problems

    @property
    def headline(self) -> str:
        return self.advice[0] if self.advice else ""

    def _block_lines(self):
        for block, result in self.assessment.blocks.items():
            total = result.judged + len(result.unchecked)
            solid = sorted({i.topic for i in result.right} - set(result.missed_topics()))
            yield (BLOCKS[block], result.level, f"{len(result.right)}/{total}", solid,
                   result.missed_topics(), len(result.unanswered), len(result.unchecked))

    def __repr__(self) -> str:
        lines = ["Where do I start? — your level check", ""]
        for title, level, score, solid, missed, unanswered, unchecked in self._block_lines():
            lines.append(f"{title}: {score} right — {level}")
            if unchecked:
                lines.append(f"    {unchecked} answered, checked only at grading")
            if solid:
                lines.append(f"    solid: {', '.join(solid)}")
            if missed:
                extra = f" ({unanswered} not answered)" if unanswered else ""
                lines.append(f"    not yet: {', '.join(missed)}{extra}")
        lines += ["", "Recommendation:"] + [f"  * {line}" for line in self.advice]
        lines += [f"  ! {p}" for p in self.problems]
        return "\n".join(lines)

    def _repr_mimebundle_(self, include=None, exclude=None):
        e = html.escape
        colors = {"solid": "#1a7f37", "shaky": "#9a6700", "weak": "#cf222e", "unknown": "#6e7781"}
        rows = "".join(
            f"<tr><td><b>{e(title)}</b></td><td>{e(score)}</td>"
            f"<td style='color:{colors[level]}'><b>{e(level)}</b></td>"
            f"<td>{e(', '.join(solid)) or '—'}</td><td>{e(', '.join(missed)) or '—'}</td></tr>"
            for title, level, score, solid, missed, _, _ in self._block_lines())
        advice = "".join(f"<li>{e(line)}</li>" for line in self.advice + self.problems)
        body = (
            "<div style='font-family:sans-serif'><h3>Where do I start?</h3>"
            "<table><tr><th>block</th><th>right</th><th>level</th><th>solid</th>"
            f"<th>not yet</th></tr>{rows}</table><h4>Recommendation</h4><ul>{advice}</ul></div>")
        return {"text/plain": repr(self), "text/html": body}


def _timeout() -> float:
    try:
        from . import config
        return config.load().grading.question_timeout
    except Exception:
        return 20.0


def run_items(namespace: Mapping[str, Any], items: list[Item] = ITEMS
              ) -> tuple[dict[str, str], list[str]]:
    """Each item's check, as check() would run it here: question id -> outcome, and problems."""
    from . import questions
    from .evaluate import evaluate

    outcomes, problems = {}, []
    for item in items:
        try:
            question = questions.find(item.qid)
        except questions.QuestionError as exc:
            problems.append(f"{item.qid} could not be checked: {exc}")
            outcomes[item.qid] = UNANSWERED
            continue
        result = evaluate(question, dict(namespace), timeout=_timeout())
        # a value item's public case checks only the answer's form (its value is in a hidden
        # case); a function's public cases check values, so passing them counts as right
        form_only = all(c.name == "test_form" for c in question.cases if not c.hidden)
        outcomes[item.qid] = classify(result.status, result.hidden_not_run if form_only else 0)
    return outcomes, problems


def level_report(namespace: Mapping[str, Any] | None = None) -> LevelReport:
    """Check every item of the level check and say where to start (call it in the last cell)."""
    if namespace is None:
        namespace = sys._getframe(1).f_globals
    outcomes, problems = run_items(namespace)
    assessment = assess(outcomes)
    return LevelReport(assessment, recommend(assessment), problems)
