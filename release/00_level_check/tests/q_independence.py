"""q_independence: independence — multiple choice (step 0, block "probability": independence)."""
#
# The right choice is stored as its salted SHA-256 (course.runtime.testing.choice_digest), never in clear;
# TEMPTING maps the digest of a wrong choice to why it is tempting, sealed with a key derived from
# that choice (course.runtime.testing.seal_tempting), so the reasons do not give the key away by
# elimination. An author gets both with `python tools/choice_digest.py q_independence LETTER "WHY"`.
from otter.test_files import test_case

from course.runtime.testing import expect_choice

OK_FORMAT = False
name = "q_independence"
hints = ['Independence means: knowing that $B$ happened does not change the probability of $A$.', 'Write $P(A \\mid B) = P(A)$ with the definition $P(A \\mid B) = P(A \\cap B) / P(B)$.']

KEY = '54838caa316dc81c316e579f358edfe199b2e8b8011bdb517cf7a002828b3668'
TEMPTING = {
    '12c2da73a9eaa49d56c6695eb66d008ef1366f6f8c1d3e7b915e54c0f50d8fb4':
        'a85b3536b50e27f5169455ccb7c15ac3777576bc55151d567f46b93de178cd4f370b09aeafd766947e06be0089a17ec90d85ecc6a403971d43c8a452c80b1bde64ce2ca29cabead16000b9f8e20bfc738c843e3f944070d7ed9642d53382aeeb4fd96193e70da2bbca61e10a54120e11429490e3e224f8657ba79d2c41bbaf71fde88b711818ac5a82b00bbe4460d6c51f',
    'e25b9a2eec4d349be0fedd00032d21d00e4934c55812bb4fec417f3730b30ddc':
        'a4d89c2f8bb032419557dcc55b4962ec4efd5452ed8f2a88f4fe4b2012bed3e1769cf6bf0b9cd6b1585c96141daa6fedce91e7a140d250a6b99fd8b6efbf721779a596f2a2c71e1769c029d57feb7aa5cbab813a6aa8b2e3e3',
    'c22badfb775969559287029a90a56a073f8be660e84096258585d599655cc14b':
        '6a6935fa896f860036bce44a191eb812d3cc507294b11a6a7065c26a1e22b02bfbec899fd125a33981c86182fe6c959d013c41df97da422d0bee20e89306a404c96d7f87d02c6f503511d2379ee9f0bbed3d8b54b8844a4eb01f75ede7472eb2e8607b5b982394c9',
}


@test_case(points=2, hidden=False)
def test_choice(q_independence):
    """your choice is one of a, b, c, d and it is the right one"""
    expect_choice(q_independence, KEY, name="q_independence", choices='abcd', tempting=TEMPTING)


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 0
HIDDEN_POINTS = 0
