"""q_transpose_product: the transpose of a product — multiple choice (step 0, block "vectors": matrix products)."""
#
# The right choice is stored as its salted SHA-256 (course.runtime.testing.choice_digest), never in clear;
# TEMPTING maps the digest of a wrong choice to why it is tempting, sealed with a key derived from
# that choice (course.runtime.testing.seal_tempting), so the reasons do not give the key away by
# elimination. An author gets both with `python tools/choice_digest.py q_transpose_product LETTER "WHY"`.
from otter.test_files import test_case

from course.runtime.testing import expect_choice

OK_FORMAT = False
name = "q_transpose_product"
hints = ['The shape of $(AB)^\\top$ is $4 \\times 2$: which candidate even has that shape?', 'Transposing reverses the order of a product.']

KEY = 'efb9cd3a669f15f8f45079a33132f37cd973976e4459d7547c402482bc14ca09'
TEMPTING = {
    'e797c580cfeef0f5eebb37b289dfe65338fd6b0812a32c2aa36505d962528520':
        '09b1dd29f4207a435685bcc17c417004501f312cd64af5e8391b17af3a77e4c436b31be86539d1f1ec9a876dc2840d96c97c847b63106431f9057f8d364a217d40d4d9da1783c9b4623e8be12be816d01f22687b82dd52e23e907136a0a5fa8751bab5aafb50c64fed7a2e9c0b2ae2fddcb4ab129c4f2db7b864d5bbf03d5b7cd92c27134fdcf0',
    'bed6b871f1c9761d84a6f3674e45820e450ec45958bae71d162fb90022e7d61d':
        '5875997c43a6d3e04692a6ca65644792b710ca0aa9de141b87d1d9014448f7dd0a920fba55b33d7a1cb28753947348f291b30797ba9b5e8a93e184df98d2a843d2c2a0089f87ad119d57b8b721f35c4b261373bb66afa4d7b201e0',
    '99415fd43baa8facf403b182011b07a155bd562a5ee75a59f926af83088bb53a':
        '518cbd942de1f7becc06ca902fcc201e0fd8e78308b39ad9a158e88cf5a948920a5565fa7541c7ab8b9eab33a724143d52edc240972378e956a2d4c4a4cbe3d6c1eca1218fe111a2442fb1c3a082c4f00561f5150d1afb21cf0c0c7d1942',
}


@test_case(points=2, hidden=False)
def test_choice(q_transpose_product):
    """your choice is one of a, b, c, d and it is the right one"""
    expect_choice(q_transpose_product, KEY, name="q_transpose_product", choices='abcd', tempting=TEMPTING)
