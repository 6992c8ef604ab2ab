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
from copilot.safety.lexicon import (
    ACCEPTED,
    ASKED,
    ASKED_GATE,
    CATEGORIES,
    DOWNPLAYED,
    MINOR_APPROACH,
    NEGATED,
    NEGATORS,
    NOT_IN,
    NOT_IN_GATE,
    RUDE,
    SAFE_CONTEXT,
)


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
# How sure the classifier must be, alone, of a message that tells rudeness as such (thirteenth round).
RUDE_THRESHOLD = 0.9


def _negated(text: str, start: int) -> bool:
    """A negation a few words before the match ("no one was hurt", "nobody got injured")."""
    before = text[max(0, start - 40) : start]
    return bool(NEGATORS.search(before))


# Where a clause ends: a sentence, or a turn in it ("the ride was fine until he grabbed my arm").
_CLAUSE_END = re.compile(
    r"(?i:[.!?;\n]|\b(?:but|until|till|then|however|except|though|mais|jusqu'[àa] ce qu\w*|puis|pero|"
    r"hasta que|luego|aber|bis|dann|doch|mas|at[ée] que|depois)\b)"
)


# Thirteenth round: where the text after rude words turns to something else: a new clause, or someone doing
# something ("he was rude on the phone, then he followed my car").
_TURN = re.compile(
    _CLAUSE_END.pattern + r"|(?i:(?:,|\band\b|\bet\b|\by\b|\bund\b|\be\b)\s+(?:then\s+)?"
    r"(?:he|she|they|the (?:driver|guy|man)|driver|il|le chauffeur|él|el conductor|er|der fahrer|ele|"
    r"o motorista)\b)"
)


_DENIED = re.compile(
    r"(?i:(?:\b(?:not|never|no|nicht|nie|kaum|pas|jamais|n[ãa]o|nunca|hardly|barely|ni)|n't)\s+$)"
)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _flatten(text: str) -> tuple[str, list[int]]:
    """`text` with each run of blanks one space, and where in it a run held a line break: a message
    dictated or typed line by line ("the second driver was fine" on its own line) ends its clauses there."""
    parts, breaks, pos, length = [], [], 0, 0
    for m in _WS.finditer(text):
        parts.append(text[pos : m.start()])
        length += m.start() - pos
        if "\n" in m.group():
            breaks.append(length)
        parts.append(" ")
        length, pos = length + 1, m.end()
    parts.append(text[pos:])
    return "".join(parts), breaks


def _without_safe_clauses(text: str, breaks: list[int]) -> str:
    """The text with each clause that says the trip was safe ("he drove carefully", "nobody was hurt")
    blanked: what it says about the trip's safety, not what the rest of the message reports. A clause ends
    at a sentence's end, a turn ("but", "until") or a line break (`breaks`, offsets in `text`)."""
    spans = []
    for m in SAFE_CONTEXT.finditer(text):
        if _DENIED.search(text, max(0, m.start() - 12), m.start()):
            continue  # "I never felt safe", "no me sentí segura": the opposite
        before = [b.end() for b in _CLAUSE_END.finditer(text, 0, m.start())] + [
            b for b in breaks if b <= m.start()
        ]
        after = _CLAUSE_END.search(text, m.end())
        ends = [after.start() if after else len(text)] + [b for b in breaks if b >= m.end()]
        spans.append((max(before) if before else 0, min(ends)))
    # A question about what one would do if something ever happened, or about a safety feature, opening its
    # sentence and naming no day: set aside the same way (asked, not told).
    if "?" in text and ASKED_GATE.search(text):
        spans += [m.span() for m in ASKED.finditer(text)]
    return _blank(text, spans)


def _read_from(text: str, start: int) -> classifier.Verdict | None:
    """The classifier's finding on what follows `start`, read as usual, or None when it does not fire there
    or too little follows (under four words says nothing a whole message did not)."""
    after = text[start:]
    later = classifier.verdict(after) if len(after.split()) >= 4 else None
    return later if later is not None and later.probability >= classifier.THRESHOLD else None


def _surer_where_rude(flat: str, text: str, found: classifier.Verdict) -> classifier.Verdict | None:
    """The classifier's finding, or None, where the rider tells rudeness as such ("rude guy", "fue un borde")
    and no pattern fired: it must be surer there about the text up to the rude words, and what follows is read
    as usual ("he was rude, then he followed my car home"). The rider's own drunkenness and lost items were
    tried the same way and lost a report never read (copilot/safety/README.md, thirteenth round)."""
    # Sixteenth round: so too where the rider accepts the driver's reason ("I understand", "justo").
    rude = [
        m
        for pattern in (RUDE, ACCEPTED)
        for m in pattern.finditer(flat)
        if not _DENIED.search(flat, max(0, m.start() - 12), m.start())
    ]
    if not rude or found.probability >= RUDE_THRESHOLD:
        return found
    # `text` is `flat` with ordinary phrases blanked to spaces of the same length: offsets are shared.
    starts = [m.start() if m else len(text) for m in (_TURN.search(text, r.end()) for r in rude)]
    return _read_from(text, min(starts))


def screen(text: str) -> Screen:
    """The safety signals in `text` (in any language the lexicon knows); none when no safety matter."""
    if not text or not text.strip():
        return Screen()
    flat, breaks = _flatten(text)
    said_safe = False
    if not any(p.search(flat) for p in CATEGORIES["_strong"]):
        rest = _without_safe_clauses(flat, breaks)
        said_safe, flat = rest != flat, rest
        if not flat.strip():
            return Screen()
    # A category's ordinary phrases ("accident of billing") are looked for first where its patterns match
    # the raw text; all of them are blanked before the classifier reads the message ("helped with my
    # wheelchair" is no report, whatever the words around it).
    ordinary: dict[str, list[tuple[int, int]]] = {}
    signals: list[Signal] = []
    for category, patterns in CATEGORIES.items():
        if category.startswith("_") or not any(pattern.search(flat) for pattern in patterns):
            continue
        if category == "minor" and not MINOR_APPROACH.search(flat):
            continue
        seen = flat
        if category in NOT_IN:
            ordinary[category] = [m.span() for m in NOT_IN[category].finditer(flat)]
            seen = _blank(flat, ordinary[category])
        for pattern in patterns:
            m = pattern.search(seen)
            if m is None:
                continue
            if category in NEGATED and _negated(seen, m.start()):
                continue
            signals.append(Signal(category, m.group().strip()))
            break
    if not signals:
        # Wordings the lexicon has no pattern for: the classifier trained on the examples in data/, on the
        # text without the phrases the lexicon knows to be ordinary ("harassing me with notifications").
        # What is left of a message that says the ride was safe is, in the messages seen, mostly a
        # complaint about money ("drove carefully, but I was charged a toll"): the classifier must be surer
        # there, not silent ("the ride was fine until he wouldn't let go of my wrist").
        for category, guard in NOT_IN.items():
            gate = NOT_IN_GATE.get(category)
            if category not in ordinary and (gate is None or gate.search(flat)):
                ordinary[category] = [m.span() for m in guard.finditer(flat)]
        # A rider who makes light of what they tell ("rude but whatever", "pas grave") is, in the messages
        # seen, telling a service complaint: there too the classifier must be surer, about what came before;
        # what follows ("fine, whatever, but then he followed me in") is read as usual.
        downplayed = [
            m
            for m in DOWNPLAYED.finditer(flat)
            if not _DENIED.search(flat, max(0, m.start() - 12), m.start())
        ]
        text = _blank(flat, [span for spans in ordinary.values() for span in spans])
        found = classifier.verdict(text)
        threshold = classifier.SAID_SAFE_THRESHOLD if said_safe or downplayed else classifier.THRESHOLD
        if found.probability < threshold and downplayed and not said_safe:
            later = _read_from(text, downplayed[-1].end())
            if later is not None:
                found, threshold = later, classifier.THRESHOLD
        if found.probability >= threshold and not said_safe:
            read = _surer_where_rude(flat, text, found)
            if read is not found:
                found, threshold = read, classifier.THRESHOLD
        if found is not None and found.probability >= threshold:
            signals.append(Signal("reported", found.words or f"p={found.probability:.2f}"))
    return Screen(tuple(signals))
