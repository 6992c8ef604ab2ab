"""Text from outside made storable: no NUL, no lone surrogate."""

from __future__ import annotations

import pytest

from copilot.core.text import storable


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("plain", "plain"),
        ("a\x00b", "ab"),
        ("\x00", ""),
        ("caf\u00e9\x00", "caf\u00e9"),
        ("half \ud800 pair", "half \ufffd pair"),
        ("\udfff\ud800", "\ufffd\ufffd"),
        ("a whole pair \U0001f600 stays", "a whole pair \U0001f600 stays"),
        ("tabs\tand\nnewlines stay", "tabs\tand\nnewlines stay"),
    ],
)
def test_storable_text_drops_nul_and_replaces_lone_surrogates(given, kept):
    assert storable(given) == kept
    storable(given).encode("utf-8")  # encodable, as psycopg will need it
