"""`manage.py redact` follows interfaces.md: one line out per line in, offsets into the input, errors in place.

The command reads no table, so these tests need no database.
"""

from __future__ import annotations

import io
import json
import sys
from io import StringIO

from django.core.management import call_command


def run(tmp_path, *lines: str) -> tuple[list[dict], int]:
    path = tmp_path / "texts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = StringIO()
    code = 0
    try:
        call_command("redact", "--input", str(path), stdout=out)
    except SystemExit as exc:
        code = exc.code
    return [json.loads(x) for x in out.getvalue().splitlines()], code


def test_each_line_comes_out_in_exactly_the_documented_shape(tmp_path):
    text = "Hi, this is Maria Lopez, call me on +44 7700 900123 about trip 0b6f12ab ($48)."
    rows, code = run(tmp_path, json.dumps({"text": text}))
    assert code == 0
    assert rows == [
        {
            "text": "Hi, this is <PERSON_1>, call me on <PHONE_1> about trip 0b6f12ab ($48).",
            "entities": [
                {"type": "PERSON", "start": 12, "end": 23, "placeholder": "<PERSON_1>"},
                {"type": "PHONE", "start": 36, "end": 51, "placeholder": "<PHONE_1>"},
            ],
        }
    ]


def test_offsets_refer_to_the_input_text(tmp_path):
    text = (
        "Pick-up was 221B Baker Street, London NW1 6XE; email maria@example.com or call 07700 900123. — maria"
    )
    rows, _ = run(tmp_path, json.dumps({"text": text}, ensure_ascii=False))
    spans = [(e["type"], text[e["start"] : e["end"]]) for e in rows[0]["entities"]]
    assert spans == [
        ("ADDRESS", "221B Baker Street, London NW1 6XE"),
        ("EMAIL", "maria@example.com"),
        ("PHONE", "07700 900123"),
        ("PERSON", "maria"),
    ]


def test_the_same_value_gets_the_same_placeholder_within_a_line_and_each_line_starts_afresh(tmp_path):
    rows, _ = run(
        tmp_path,
        json.dumps({"text": "Maria Lopez called. John Smith called. Maria Lopez called again."}),
        json.dumps({"text": "John Smith wrote."}),
    )
    assert [e["placeholder"] for e in rows[0]["entities"]] == ["<PERSON_1>", "<PERSON_2>", "<PERSON_1>"]
    assert rows[1]["text"] == "<PERSON_1> wrote."


def test_non_ascii_text_survives_the_round_trip(tmp_path):
    text = "My name is Jürgen Weiß, Friedrichstraße 43, 10117 Berlin — 18,40 € too much."
    rows, _ = run(tmp_path, json.dumps({"text": text}, ensure_ascii=False))
    assert rows[0]["text"].endswith("— 18,40 € too much.")
    assert [text[e["start"] : e["end"]] for e in rows[0]["entities"]] == [
        "Jürgen Weiß",
        "Friedrichstraße 43, 10117 Berlin",
    ]


def test_bad_lines_get_an_error_in_place_the_rest_still_run_and_the_exit_code_is_1(tmp_path):
    rows, code = run(
        tmp_path,
        json.dumps({"text": "call 07700 900123"}),
        "not json",
        "",
        json.dumps(["a list"]),
        json.dumps({"txt": "wrong key"}),
        json.dumps({"text": 5}),
        json.dumps({"text": "Maria Lopez", "extra": "ignored"}),
    )
    assert code == 1
    assert rows[0]["text"] == "call <PHONE_1>"
    assert rows[1]["line"] == 2 and "not valid JSON" in rows[1]["error"]
    assert rows[2] == {"line": 4, "error": "each line must be a JSON object"}
    assert rows[3]["line"] == 5 and "text" in rows[3]["error"]
    assert rows[4]["line"] == 6 and "text" in rows[4]["error"]
    assert rows[5]["text"] == "<PERSON_1>"
    assert len(rows) == 6  # the blank line 3 is skipped, but still counted


def test_an_all_good_file_exits_0(tmp_path):
    rows, code = run(tmp_path, json.dumps({"text": ""}), json.dumps({"text": "nothing to hide, trip R-12"}))
    assert code == 0
    assert rows == [{"text": "", "entities": []}, {"text": "nothing to hide, trip R-12", "entities": []}]


def test_a_dash_reads_standard_input(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"text": "mail maria@example.com"}) + "\n"))
    out = StringIO()
    call_command("redact", "--input", "-", stdout=out)
    assert json.loads(out.getvalue()) == {
        "text": "mail <EMAIL_1>",
        "entities": [{"type": "EMAIL", "start": 5, "end": 22, "placeholder": "<EMAIL_1>"}],
    }
