"""The safety screen: does a customer's message report a safety matter, in whatever words?

Separate from intent classification and run on every customer message before the copilot's loop,
for every provider. A pure function of the text: which categories fired and on which words, so the
agent sees why. It leans towards firing: a missed safety report costs far more than a ticket a
supervisor closes, and the agent can record a false alarm. Patterns per category and language are in
`lexicon.py`, the hard negatives ("the app crashed", "no one was hurt", "I felt safe") guarded there
too; what no pattern catches, a small classifier trained on the examples in `data/` may
(`classifier.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

from copilot.safety import classifier
from copilot.safety.lexicon import CATEGORIES, MINOR_APPROACH, NEGATED, NEGATORS, NOT_IN, SAFE_CONTEXT


@dataclass(frozen=True)
class Signal:
    category: str  # harassment, sexual, threat, violence, dangerous_driving, impaired_driver, ...
    words: str  # the words that fired it, as the customer wrote them


@dataclass(frozen=True)
class Screen:
    signals: tuple[Signal, ...] = ()

    @property
    def fired(self) -> bool:
        return bool(self.signals)

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.category for s in self.signals))

    def describe(self) -> str:
        """ "sexual: “hand on my knee”; locked_in: “locked the doors”" for the agent and the rules."""
        return "; ".join(f"{s.category.replace('_', ' ')}: “{s.words}”" for s in self.signals)

    def as_json(self) -> list[dict[str, str]]:
        return [{"category": s.category, "words": s.words} for s in self.signals]

    @classmethod
    def from_json(cls, rows: list[dict[str, str]] | None) -> Screen:
        return cls(tuple(Signal(r["category"], r["words"]) for r in rows or [] if "category" in r))


_WS = re.compile(r"\s+")


def _negated(text: str, start: int) -> bool:
    """A negation a few words before the match ("no one was hurt", "nobody got injured")."""
    before = text[max(0, start - 40) : start]
    return bool(NEGATORS.search(before))


def screen(text: str) -> Screen:
    """The safety signals in `text` (in any language the lexicon knows); none when no safety matter."""
    if not text or not text.strip():
        return Screen()
    flat = _WS.sub(" ", text)
    if SAFE_CONTEXT.search(flat) and not any(p.search(flat) for p in CATEGORIES["_strong"]):
        return Screen()
    signals: list[Signal] = []
    for category, patterns in CATEGORIES.items():
        if category.startswith("_"):
            continue
        if category == "minor" and not MINOR_APPROACH.search(flat):
            continue
        seen = NOT_IN[category].sub(lambda m: " " * len(m.group()), flat) if category in NOT_IN else flat
        for pattern in patterns:
            m = pattern.search(seen)
            if m is None:
                continue
            if category in NEGATED and _negated(seen, m.start()):
                continue
            signals.append(Signal(category, m.group().strip()))
            break
    if not signals:
        # Wordings the lexicon has no pattern for: the classifier trained on the examples in data/.
        found = classifier.verdict(flat)
        if found.probability >= classifier.THRESHOLD:
            signals.append(Signal("reported", found.words or f"p={found.probability:.2f}"))
    return Screen(tuple(signals))
