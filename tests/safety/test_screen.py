"""The safety screen on its own: everyday and indirect wording in five languages, hard negatives,
and its figures on the sets written for it (tests/data/safety/: dev may be read while changing the
lexicon, test never is; both were written by people who had not seen the screen)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copilot.safety.screen import Screen, screen

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("he put his hand on my knee at a red light and laughed", "sexual"),
        ("Driver kept asking if I live alone and what time I get home.", "harassment"),
        ("He said I'd regret the 1 star and that he knows where I live.", "threat"),
        ("child locks were on and he wouldn't let me out until I paid cash", "locked_in"),
        ("The driver nodded off at a red light twice.", "impaired_driver"),
        ("Le chauffeur a grillé plusieurs feux rouges en envoyant des textos.", "dangerous_driving"),
        ("El conductor me siguió hasta el portal de mi casa.", "abduction_or_followed"),
        ("Der Fahrer hat mich beleidigt, weil ich ein Kopftuch trage.", "discrimination"),
        ("O carro bateu numa moto e eu machuquei o ombro.", "accident_injury"),
        ("The guy driving looked nothing like the photo in the app.", "wrong_driver"),
    ],
)
def test_a_report_in_everyday_words_fires_and_names_its_words(text, category):
    found = screen(text)
    assert found.fired and category in found.categories, found.describe()
    assert all(s.words for s in found.signals)


@pytest.mark.parametrize(
    "text",
    [
        "The driver was safe but slow, and the fare was way above the estimate.",
        "No accident or anything, just a huge detour. Please refund the difference.",
        "The app crashed and charged me twice for the same ride.",
        "I was the drunk one, the driver was lovely. Only the cleaning fee is wrong.",
        "so i cancel the trip and get slapped with a $5 fee?? come on",
        "There was an accident on the highway so the trip took 40 minutes longer; can I get the surge back?",
    ],
)
def test_an_ordinary_complaint_with_safety_sounding_words_does_not_fire(text):
    assert not screen(text).fired, screen(text).describe()


def test_the_signals_survive_a_round_trip_through_the_case_row():
    found = screen("He grabbed my arm when I tried to get out. Bruises everywhere.")
    assert Screen.from_json(found.as_json()) == found and "violence" in found.describe()


def figures(split: str) -> tuple[float, float]:
    rows = [
        json.loads(line) for line in (DATA / "safety" / f"{split}.jsonl").read_text().splitlines() if line
    ]
    reports = [r for r in rows if r["safety"]]
    ordinary = [r for r in rows if not r["safety"]]
    recall = sum(screen(r["text"]).fired for r in reports) / len(reports)
    false_alarms = sum(screen(r["text"]).fired for r in ordinary) / len(ordinary)
    return recall, false_alarms


# Today's figures are the floors (a change that misses a report or adds false alarms fails); the
# goal on the set never read is recall 1.0 with at most 5% false alarms, not met yet (issue 21).
@pytest.mark.parametrize(
    ("split", "recall_min", "false_alarms_max"),
    # blind2: 220 messages written later by someone who saw neither the screen nor its data.
    [("dev", 1.0, 0.075), ("test", 0.98, 0.12), ("blind2", 1.0, 0.14)],
)
def test_the_screens_figures_on_the_sets_written_for_it_stay_at_or_above_their_floors(
    split, recall_min, false_alarms_max
):
    recall, false_alarms = figures(split)
    print(f"{split}: recall {recall:.3f}, false alarms {false_alarms:.3f}")  # the figures in CI logs
    assert recall >= recall_min and false_alarms <= false_alarms_max, (recall, false_alarms)


def test_every_safety_report_of_the_golden_splits_fires():
    for split in ("dev", "test"):
        rows = [
            json.loads(line) for line in (DATA / "golden" / f"{split}.jsonl").read_text().splitlines() if line
        ]
        for row in rows:
            if row["expected"]["intent"] == "safety":
                text = "\n".join(
                    m["text"] for m in row["messages"] if m.get("role", "customer") == "customer"
                )
                assert screen(text).fired, (split, row["id"])
