"""Every compiled pattern the safety screen reads takes time in proportion to the text, not to its square.

The screen runs on every customer message; a pattern that backtracks over the whole text for each place it could start
is a denial of service on a long message. Issue 21: the hypothetical-question guard behind `NOT_IN["harassment"]`,
`"threat"`, `"unsafe"` and `"discrimination"` took 0.03 / 0.12 / 0.54 s on 2,500 / 5,000 / 10,000 blanks; the guards
that read a whole sentence for each word of theirs in it (a wheelchair beside praise, an e-mail before "harassed", an
accident before "years ago", an opener before a question mark) were quadratic on their own words repeated.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest

from copilot.safety import lexicon
from tests.growth import LINEAR_AT_MOST, SCALE, slowdown

# What the screen reads (copilot/safety/screen.py), each pattern once under its first name.
_NAMED = {
    "ACCEPTED": lexicon.ACCEPTED,
    "ASKED": lexicon.ASKED,
    "ASKED_GATE": lexicon.ASKED_GATE,
    "DOWNPLAYED": lexicon.DOWNPLAYED,
    "MINOR_APPROACH": lexicon.MINOR_APPROACH,
    "NEGATORS": lexicon.NEGATORS,
    "RUDE": lexicon.RUDE,
    "SAFE_CONTEXT": lexicon.SAFE_CONTEXT,
    **{f"CATEGORIES[{c}][{i}]": p for c, ps in lexicon.CATEGORIES.items() for i, p in enumerate(ps)},
    **{f"NOT_IN[{c}]": p for c, p in lexicon.NOT_IN.items()},
    **{f"NOT_IN_GATE[{c}]": p for c, p in lexicon.NOT_IN_GATE.items()},
}
PATTERNS = {name: p for name, p in _NAMED.items() if next(n for n, q in _NAMED.items() if q is p) == name}


def _own_words(pattern: str) -> str:
    """The first words written in the pattern, to repeat: what makes its guards start and look around."""
    words = dict.fromkeys(re.findall(r"[a-zà-ÿ']{3,}", pattern))
    return " ".join(list(words)[:8]) or "word"


def _inputs(pattern: str) -> dict[str, Callable[[int], str]]:
    own = _own_words(pattern) + " "
    return {
        "blanks": lambda n: " " * n,
        "letters": lambda n: "a" * n,
        "a-space": lambda n: "a " * (n // 2),
        "newlines": lambda n: "\n" * n,
        "own-words": lambda n: (own * (n // len(own) + 1))[:n],
    }


KINDS = ["blanks", "letters", "a-space", "newlines", "own-words"]
# The shapes fixed in issue 21, with a question mark ahead where a guard needs one to end its sentence.
SHAPES = {
    "NOT_IN[discrimination]": [
        "wheelchair helped ",
        "my accent talked ",
        "can i bring my guide dog ",
        "hello hi so ",
    ],
    "NOT_IN[harassment]": ["email ", "harassed ", "after the ride ", "hi "],
    "NOT_IN[accident_injury]": ["accident ", "hurt ", "playing football "],
    "ASKED": ["how do i share my trip "],
}
SHAPE_CASES = [(name, words) for name, shapes in SHAPES.items() for words in shapes]

_ENOUGH = (
    0.02  # seconds for the larger input: tens of milliseconds, above the timer's and the neighbours' noise
)
_LONGEST = 256_000  # characters: a pattern under _ENOUGH on so long an input is linear enough, and too fast to measure


def _assert_linear(run: Callable[[str], object], make: Callable[[int], str]) -> None:
    n = 1_000
    while True:
        started = time.perf_counter()
        run(make(SCALE * n))
        took = time.perf_counter() - started
        if took >= _ENOUGH:
            break
        if SCALE * n >= _LONGEST:
            return
        n *= 2
    assert slowdown(run, make, n) < LINEAR_AT_MOST, n


def _finds(pattern) -> Callable[[str], int]:
    return lambda text: sum(1 for _ in pattern.finditer(text))


def test_every_pattern_the_screen_reads_is_here():
    assert {"NOT_IN[harassment]", "SAFE_CONTEXT", "ASKED", "RUDE", "ACCEPTED", "DOWNPLAYED"} <= set(PATTERNS)
    assert len(PATTERNS) >= 60


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_a_pattern_grows_linearly_on_blanks_letters_and_its_own_words(name, kind):
    pattern = PATTERNS[name]
    _assert_linear(_finds(pattern), _inputs(pattern.pattern)[kind])


@pytest.mark.parametrize(("name", "words"), SHAPE_CASES)
def test_a_sentence_guard_reads_a_long_sentence_of_its_own_words_once(name, words):
    _assert_linear(_finds(PATTERNS[name]), lambda n: "ok? " + (words * (n // len(words) + 1))[:n])
