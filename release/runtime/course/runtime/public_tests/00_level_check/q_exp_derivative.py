"""q_exp_derivative: the derivative of an exponential — multiple choice (step 0, block "calculus": the chain rule)."""
#
# The right choice is stored as its salted SHA-256 (course.runtime.testing.choice_digest), never in clear;
# TEMPTING maps the digest of a wrong choice to why it is tempting, sealed with a key derived from
# that choice (course.runtime.testing.seal_tempting), so the reasons do not give the key away by
# elimination. An author gets both with `python tools/choice_digest.py q_exp_derivative LETTER "WHY"`.
from otter.test_files import test_case

from course.runtime.testing import expect_choice

OK_FORMAT = False
name = "q_exp_derivative"
hints = ['Write $e^{2x} = g(h(x))$ with $g(u) = e^u$ and $h(x) = 2x$.', "The chain rule: $\\frac{d}{dx} g(h(x)) = g'(h(x))\\,h'(x)$."]

KEY = 'a3b558ba52870e9b781c8b4d0392147d7b0bf8e53716937e353040dc6df01910'
TEMPTING = {
    '072fd172608f3ac3a62e41677d90aa00631a84834071f20f1eb7f029b79fccd9':
        'f41aad14249443f49fbe11d8a28ca787c68f6e61024e954b1e7d1913947c496684cc0b28401d735d107f20ac6912b24aaeb1e7e6186ec2f0963d5de24482dc63c88dae9ba39b8211a87ae15afd8d253689d1ee6278b21c8198b372b43898360170549668455c466f4fe2624248',
    '0ec4e137bc348ffa51792a4e3f5090eba4be94d859fd1b30e35f288d574025b5':
        '10e081507849583494d1b516848317a3866ff2f753870e9787a2d483ef23ecf13459f7491728b5a434c52e279978471742148eb4798e6d5eaa5f2569adf2472c43f19d9da0afe79b876b34e339b69fa1e7b28907758bbe71cc64dab80b111a48f79a01796e228fba06a8ce94defd229d200a1c40eeea49b6c514e5cb94222cc863ae3dfba4662d6319539b4532ecd4cd088448cd1dcc8de165175ba4e04430d7796105',
    '8b950dccb352aa3e228f980568fb8508caed649767f1de05e46232bb73485e98':
        '02da1f2c92342c4845278de581fd7f18b7f8b82d05f3a99315714d87e166322ddc16cf205db7e217c9038620d00a789feb6c5b1d9d8e7bd3f0a827a617d21d2df864cf23cc08d05bc5273ba2122e58716026395d17bfe828f48668091f0e6c7df8d508',
}


@test_case(points=2, hidden=False)
def test_choice(q_exp_derivative):
    """your choice is one of a, b, c, d and it is the right one"""
    expect_choice(q_exp_derivative, KEY, name="q_exp_derivative", choices='abcd', tempting=TEMPTING)


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 0
HIDDEN_POINTS = 0
