"""For a multiple-choice test file: python tools/choice_digest.py NAME CHOICE [WHY_TEMPTING]

Prints the digest of CHOICE for the learner's variable NAME (`q_chain_rule`): the KEY when CHOICE
is the right one, else the key of its TEMPTING entry, whose value is WHY_TEMPTING sealed (printed
second). See course.runtime.testing.expect_choice.
"""
import sys

from course.runtime.testing import choice_digest, seal_tempting

if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        raise SystemExit(__doc__)
    print(choice_digest(sys.argv[1], sys.argv[2]))
    if len(sys.argv) == 4:
        print(seal_tempting(sys.argv[1], sys.argv[2], sys.argv[3]))
