"""q_log_product: the logarithm of a product — multiple choice (step 0, block "algebra": logarithms)."""
#
# The right choice is stored as its salted SHA-256 (course.runtime.testing.choice_digest), never in clear;
# TEMPTING maps the digest of a wrong choice to why it is tempting, sealed with a key derived from
# that choice (course.runtime.testing.seal_tempting), so the reasons do not give the key away by
# elimination. An author gets both with `python tools/choice_digest.py q_log_product LETTER "WHY"`.
from otter.test_files import test_case

from course.runtime.testing import expect_choice

OK_FORMAT = False
name = "q_log_product"
hints = ['Try your candidate with numbers, e.g. $a = e$, $b = e$: $\\ln(e^2) = 2$.', 'A logarithm turns multiplication into a simpler operation (that is why slide rules work).']

KEY = '7ed0f6d2471cbfbd26ab2466f39c339f1de4ca152f992ae1b6184e100323ac00'
TEMPTING = {
    '34c9a397d546d34f23d3502708573778158b0212573ce842a5b177f2d8f38121':
        '4e77bcb3f8ac9fc056b2f05d30a7a3d87ad58887dd75c4de36f08753020adbf69a69a0075914e7c295eec95c1f7da565ce172eb4ad3782a2f112ac5e323aed75c30aadb49e98e68120ca13f5211f8a4c4b6fd4ee28e11d11a8c5256663de9a1f9c21133af537fd7e217dd7aca6d52e80adf0c88ade637ffa6ed4f30efb80efaa411e6ed8ee9f28f8cfe6a29f81',
    'a27e46d9a44edab3371c01abc38cc553d490f64e4a44a6e06da37daf968c2c1b':
        '0ab9e2bdfe1bb4f7db47d68ffb18c1dc621556dfd88afd3e0b3c2c84d0f21c709a9649b6f36e47bf659b93a5c70e1d40b9dac6ef2c3c16c6054c64f086fda440e199e259ac8c5da3ccd5247d03',
    '2fcf2f8e4ef967f2e3b7bdf1096942fe4edef54d5819bc0704a94bd4c35bd41b':
        '55c3823f109c97101c70a9d0aef83332de1ed6afdcc82f3f40460a5b7b1144f3cdeb15fc126f9b32253a46183303ca19635c3151b2c086f15291febede8eb99a3e39a1af232ebf21a981c556baf76e72395ab17cb35f62fb71f5597bcbd4173870003aa8fdaa106ffdde15440a38',
}


@test_case(points=2, hidden=False)
def test_choice(q_log_product):
    """your choice is one of a, b, c, d and it is the right one"""
    expect_choice(q_log_product, KEY, name="q_log_product", choices='abcd', tempting=TEMPTING)
