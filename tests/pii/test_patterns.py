"""The protected patterns' gates: a pattern skipped for want of its word or sign would have found nothing.

`patterns._protected` runs most patterns only where a word of theirs (a month, a weekday, a currency, a
unit, a zone) or a sign is in the text; a gate that missed a form its pattern matches would let a kept item
be redacted. Checked two ways: every case variant the regex engine accepts for a letter of a gate folds to
that letter, and over every corpus text and the kept-formats generator no skipped pattern matches.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import regex

from copilot.pii import patterns

DATA = Path(__file__).resolve().parents[1] / "data"
GATED = [(i, pattern, needs) for i, (pattern, needs) in enumerate(patterns._PROTECTED) if needs is not None]
# every code point but the surrogates
EVERY_CHARACTER = "".join(chr(cp) for cp in range(0x30000) if not 0xD800 <= cp < 0xE000)


def gate_letters() -> set[str]:
    letters = set()
    for _, _, needs in GATED:
        letters.update(*needs.words, *needs.substrings)
    return {c for c in letters if c.isalpha()}


@pytest.mark.parametrize("letter", sorted(gate_letters()))
def test_every_case_variant_the_engine_accepts_for_a_gate_letter_folds_to_it(letter):
    variants = {m.group() for m in regex.finditer(regex.escape(letter), EVERY_CHARACTER, regex.IGNORECASE)}
    assert {v: patterns.fold(v) for v in variants if patterns.fold(v) != patterns.fold(letter)} == {}


def test_the_gates_hold_the_words_their_patterns_are_written_with():
    words = {i: needs.words for i, _, needs in GATED}
    after_amounts = [words[i] for i, p, _ in GATED if "rupees?" in p.pattern]
    assert all({"rupee", "rupees", "rs", "kr", "kč", "zł", "лв", "euro", "euros"} <= w for w in after_amounts)
    assert len(after_amounts) == 2 and any(
        {"dólares", "shilling", "shillings", "sh"} <= w for w in after_amounts
    )
    weekdays = next(words[i] for i, p, _ in GATED if r"\b(?:(?:mon|tue" in p.pattern)
    assert {"mon", "monday", "tues", "tuesday", "wed", "wednesday", "sun", "sunday"} <= weekdays
    assert all(word.isalpha() and word == patterns.fold(word) for w in words.values() for word in w)


def corpus_texts() -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import test_kept_formats  # (a sibling test module: its generator of kept items in eleven languages)

    texts = [record["text"] for seed in (7, 11, 13) for record in test_kept_formats.generate(seed)]
    for path in [*sorted((DATA / "pii_heldout").glob("*.jsonl")), DATA / "pii_corpus.jsonl"]:
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    return texts


def test_no_pattern_a_gate_skips_matches_anything_in_any_corpus_or_the_kept_formats_generator():
    texts = corpus_texts()
    skipped = 0
    missed = []
    for text in texts:
        folded = patterns.fold(text)
        words = frozenset(patterns._LETTERS_RE.findall(folded))
        sign = patterns._CURRENCY_SIGN_RE.search(text) is not None
        for i, pattern, needs in GATED:
            if not needs.met(folded, words, sign):
                skipped += 1
                if m := pattern.search(text):
                    missed.append((i, m.group()))
    assert len(texts) > 10_000 and skipped > 100_000  # the gates skip most patterns on most texts
    assert missed == []
