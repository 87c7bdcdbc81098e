"""q_integral_meaning: what an integral measures — multiple choice (step 0, block "calculus": integrals)."""
#
# The right choice is stored as its salted SHA-256 (course.runtime.testing.choice_digest), never in clear;
# TEMPTING maps the digest of a wrong choice to why it is tempting, sealed with a key derived from
# that choice (course.runtime.testing.seal_tempting), so the reasons do not give the key away by
# elimination. An author gets both with `python tools/choice_digest.py q_integral_meaning LETTER "WHY"`.
from otter.test_files import test_case

from course.runtime.testing import expect_choice

OK_FORMAT = False
name = "q_integral_meaning"
hints = ['Think of $\\int_a^b f(x)\\,dx$ as a sum of many thin strips $f(x)\\,\\Delta x$.', 'Each strip is a rectangle of height $f(x)$ and width $\\Delta x$.']

KEY = '67f55435de7bda1441ec3eab70c1bec7cbaaf1760cc59af20f9e8986dc09b124'
TEMPTING = {
    '53afdd132523fa69df3f9daa54666ef1b2ae2d0ae1a9ac2d46f3f66900d6f937':
        'eec7d8dec2b8deb2304c72c6228cd7af9c2c3067eb58300e2e2adc6a1c0a31859a624964d51d3c4c6bb8c4941ac5160a7c404966195fea86f41305939e480783fcd172204da32610',
    'caf4f441f9c871a770b3135805f38c3064675c98aa4c535136833be1c9fb2419':
        '2656e3a0a3ee1a0c4b5d70fe997b0a9b127b0b9dd4885ca5336e018a0929308ac5e5b7213e0db01c29effea0ee2f6bf8dbdaa61dd3162f8dae0e4d8dece7f63082b62cdf86187a07d8adb0c47280c2018b5d605a3030e8f2e96acb8537e955d8339cd3',
    'dd40ae38fbdf55b54163fd99eab9d2da1dd49f90931e75eb25afe5d1af40421f':
        '9cb03b065a3623455a9704d664919e5c34d09288eb983edf1fedee0e1c85736fd39b781317b5cf2b1d8f419448d6ec8b3c646bad26faf59bccb712f033e8aaf40f9eab430d0686bb966697baa17dd1fb7238287fa3370afcb36ff5eba8708d23383a520b8340b37a8a0f76d60ad1a4725ebde825b030',
}


@test_case(points=2, hidden=False)
def test_choice(q_integral_meaning):
    """your choice is one of a, b, c, d and it is the right one"""
    expect_choice(q_integral_meaning, KEY, name="q_integral_meaning", choices='abcd', tempting=TEMPTING)
