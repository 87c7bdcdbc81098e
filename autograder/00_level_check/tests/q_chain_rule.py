"""q_chain_rule: the chain rule — multiple choice (step 0, block "calculus": the chain rule)."""
#
# The right choice is stored as its salted SHA-256 (course.runtime.testing.choice_digest), never in clear;
# TEMPTING maps the digest of a wrong choice to why it is tempting, sealed with a key derived from
# that choice (course.runtime.testing.seal_tempting), so the reasons do not give the key away by
# elimination. An author gets both with `python tools/choice_digest.py q_chain_rule LETTER "WHY"`.
from otter.test_files import test_case

from course.runtime.testing import expect_choice

OK_FORMAT = False
name = "q_chain_rule"
hints = ['Outer function $\\sin u$, inner function $u = x^2$.', 'Differentiate the outer function at the inner one, then multiply by the inner derivative $2x$.']

KEY = 'dc9ded6d65d04a9f32b2c1a530f39c9b3ed625124554c256b02b0a0ed9268253'
TEMPTING = {
    '2411e67afaf46a126d609e846430f83954cfdeb7cdaffba13a3b1ddb6cc7c618':
        'eb7d71e8859421895666b1bd7cd2706dc8b323a1ca05e67b9cde6fd575ff1f82073d8742b7cd0b5bb5b2df0a91d34c11c93418c4c7de83c529a5fc4d2a2ba83a493860a9b67deec621182b4d0fe22754df219d67a73f56923b1caeda331e5bc5e59bc8c84ab366437c279f64af5af503c7bd0f',
    'a33a54f0bfd1e7b6fca3b77f6df92dcbfafcb0eb4735f15fbdaf943d4c7094e1':
        '26937e4aae86853527b6e2ea04342175bfe8cba8da0eeb1db34ecea617978cb4f23cce91423b7f06693070a2b85278755a5aa2c076cfee5e27b09fa993d9daaf5a129fa1686a55a047c4f52bbd6bab9f2cb448b7c57fd51eb299449087057297a862902504a8bb8fc3f7faf78909dbf7b482bb77f82af88bda9c8cd25a',
    'a47370c987093df7fd37abb0d742761024c191a9a641431aabe1a7088fbe69a9':
        '97e7e40d371cdf9bbb337b10be55887142fe7f73b177e68ca0ede21e801555070e5eb1e61220b43fb8b27b2634f650481ce9aff87633b95dfc60b54a408cdb3b95bb7bdd1eac0e6c',
}


@test_case(points=2, hidden=False)
def test_choice(q_chain_rule):
    """your choice is one of a, b, c, d and it is the right one"""
    expect_choice(q_chain_rule, KEY, name="q_chain_rule", choices='abcd', tempting=TEMPTING)
