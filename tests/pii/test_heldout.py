"""The redactor on corpora it was not tuned on (tests/data/pii_heldout/, scripts/make_pii_heldout.py).

Faker's own locale providers for 28 countries, disjoint templates per split. `dev` may be read while
improving the redactor; `test` is never read while tuning, and only its figures are reported
(README); the same for `presidio_dev` and `presidio` (presidio-evaluator's generator). The floors
below are today's figures on each split (with the NER of scripts/train_pii_ner.py), so a change that
loses recall or touches an id, amount, date or time fails; the product's goal (every type ≥ 0.95,
structured types 1.0, ≥ 95% of messages clean) is met on `dev` and `presidio_dev` (96.2% clean, PERSON
0.955, ADDRESS 0.971; OTHER, presidio's web addresses, licence and social security numbers, 1.0);
the floors of the splits never read are the lead's, raised only after they are scored (issue 20's
second round: `test` 91.0% → 91.8% clean, PERSON 0.945 → 0.954, ADDRESS 0.928 → 0.931; `presidio`
88.2% → 94.2%, PERSON 0.923, ADDRESS 0.858 → 0.945; `blind3` 81.9% → 84.1%, PERSON 0.840 → 0.857,
ADDRESS 0.789 → 0.833; third round: `test` 96.6% clean, PERSON 1.0, ADDRESS 0.950; `presidio` 96.8%,
PERSON 0.970, ADDRESS 0.956; `blind3` 91.4%, PERSON 0.920, ADDRESS 0.922; `blind4`, new, 79.5% → 89.8%,
PERSON 0.897 → 0.957, ADDRESS 0.760 → 0.837, kept items touched 177 → 26; fourth round: `presidio`
PERSON 0.970 → 0.967, ADDRESS 0.956 → 0.962; `blind3` 91.9%, ADDRESS 0.936; `blind4` 93.3%, PERSON
0.967, ADDRESS 0.934, 18 touched; `blind5`, new, 85.8% → 93.3%, PERSON 0.894 → 0.942, ADDRESS 0.776
→ 0.925, 33 → 5 touched; fifth round: `blind6`, new, 74.4% → 85.8%, PERSON 0.763 → 0.884, ADDRESS
0.814 → 0.836, 34 → 19 touched; `blind4` 18 → 15 touched; `presidio` 96.8% → 96.6%, ADDRESS 0.962 →
0.956 and `blind3` 91.9% → 91.7%, ADDRESS 0.936 → 0.931: a street named after a person with no house
number is now a kept place, where presidio-evaluator labels it an address; sixth round: `blind7`, new,
80.7% → 88.0%, PERSON 0.811 → 0.897, ADDRESS 0.903 → 0.924, 43 → 35 touched; `blind6` 85.8% → 90.9%,
ADDRESS 0.836 → 0.943, 19 → 7 touched; `blind4` 93.3% → 95.0%, `blind5` 93.3% → 94.5%, `blind3` 91.7% →
92.2%; `test` and `presidio` unchanged; seventh round: `blind8`, new, 85.8% → 86.8%, PERSON 0.930 → 0.934,
ADDRESS 0.811 → 0.836, 39 → 20 touched; `blind7` 88.0% → 92.5%, PERSON 0.897 → 0.940, ADDRESS 0.924 → 0.941,
35 → 30 touched; `blind6` 90.9% → 92.0%; `blind5` 94.5% → 95.0%; `blind4` 95.0% → 95.2%, 12 → 9 touched;
`blind3` 92.2% → 92.6%; `test` and `presidio` unchanged; eighth round (`copilot/pii/layouts.py`): `blind8`
86.8% → 91.3%, PERSON 0.934 → 0.956, ADDRESS 0.836 → 0.902; `blind7` 92.5% → 93.3%, ADDRESS 0.941 → 0.952;
`blind6` 92.0% → 92.8%, PERSON 0.925 → 0.936; `test` 96.6% → 96.8%; the others ± 0.3, kept items touched
unchanged; ninth round and structured formats: `presidio` 96.6% → 97.2%, PERSON 0.967 → 0.977; `blind3` 92.9%
→ 93.5%, IBAN 0.920 → 1.0; tenth round: `blind9`, new, 74.2% → 79.2%, PERSON 0.873 → 0.917, ADDRESS 0.702 →
0.737, 70 → 66 touched; `blind8` 91.3% → 91.8%, ADDRESS 0.902 → 0.910, 20 → 22 touched, two places; kept items in
every format, phones of every locale, dev10's causes: `blind10`, new, 92.9% and 98 touched → 92.9% and 51; `blind9`
79.2% → 79.6%, PHONE 0.992 → 1.0, 66 → 59 touched; `blind3` 93.5% → 93.7% (its presidio-evaluator part PHONE 0.947 →
1.0), 8 → 6 touched; `blind4` 9 → 5, `blind6` 92.8% → 93.0%, 4 → 3; `test` 96.8% → 97.2%, ADDRESS 0.953 → 0.958).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copilot.pii.scoring import Figures, score_corpus

HELDOUT = Path(__file__).resolve().parent.parent / "data" / "pii_heldout"

# split -> (messages clean, {type: recall floor}). dev and presidio_dev may be read while tuning;
# test and presidio never are (presidio: presidio-evaluator's generator, all its templates).
FLOORS = {
    "dev": (0.998, {"PERSON": 0.997, "ADDRESS": 1.0, "PHONE": 1.0, "EMAIL": 1.0, "CARD": 1.0, "IP": 1.0}),
    "test": (
        0.972,
        {"PERSON": 1.0, "ADDRESS": 0.958, "PHONE": 1.0, "IBAN": 1.0, "EMAIL": 1.0, "CARD": 1.0, "IP": 1.0},
    ),
    "presidio_dev": (
        0.968,
        {"PERSON": 0.973, "ADDRESS": 0.961, "PHONE": 1.0, "EMAIL": 1.0, "CARD": 1.0, "OTHER": 1.0},
    ),
    "presidio": (
        0.972,
        {"PERSON": 0.976, "ADDRESS": 0.955, "PHONE": 1.0, "EMAIL": 1.0, "CARD": 1.0, "OTHER": 1.0},
    ),
    # blind3 (scripts/make_pii_blind3.py): presidio-evaluator with new seeds, Faker in 38 locales and
    # hand-written support mail, made by someone who never read the redactor; never read.
    "blind3": (
        0.936,
        {
            "PERSON": 0.935,
            "ADDRESS": 0.94,
            "PHONE": 0.988,
            "IBAN": 1.0,
            "EMAIL": 1.0,
            "CARD": 1.0,
            "IP": 1.0,
        },
    ),
    # blind4 (scripts/make_pii_blind4.py): Faker in 40 locales and 32 countries' layouts, operational
    # text (trip ids, amounts, flights, plates, booking and order numbers, places) and hand-written
    # mail, by a second writer who never read the redactor; never read (its twin dev4 may be).
    "blind4": (
        0.952,
        {
            "PERSON": 0.974,
            "ADDRESS": 0.958,
            "PHONE": 1.0,
            "IBAN": 1.0,
            "EMAIL": 1.0,
            "CARD": 1.0,
            "IP": 1.0,
        },
    ),
    # blind5 (scripts/make_pii_blind5.py): a third writer's own lists of names from many cultures and
    # address layouts of 33 countries (no Faker), templates and hand-written mail; never read.
    "blind5": (
        0.951,
        {
            "PERSON": 0.956,
            "ADDRESS": 0.954,
            "PHONE": 1.0,
            "IBAN": 1.0,
            "EMAIL": 1.0,
            "CARD": 1.0,
            "IP": 1.0,
        },
    ),
    # blind6 (scripts/make_pii_blind6.py): a fourth writer's own lists (no Faker), names in running prose
    # with no cue, names that are words, Korean, Japanese, Indian, Latin American and Arab-world addresses,
    # places named after people as kept items; never read (its twin dev6 may be).
    "blind6": (
        0.929,
        {
            "PERSON": 0.937,
            "ADDRESS": 0.943,
            "PHONE": 1.0,
            "IBAN": 1.0,
            "EMAIL": 1.0,
            "CARD": 1.0,
            "IP": 1.0,
        },
    ),
    # blind7 (scripts/make_pii_blind7.py): a fifth writer's own lists, a desk's everyday traffic with
    # signatures, pasted addresses and forwarded mail, phones of 54 regions, IBANs of 39 countries,
    # addresses in native scripts, kept places named after people; never read (its twin dev7 may be).
    "blind7": (
        0.932,
        {
            "PERSON": 0.944,
            "ADDRESS": 0.951,
            "PHONE": 0.982,
            "IBAN": 1.0,
            "EMAIL": 1.0,
            "CARD": 1.0,
            "IP": 1.0,
        },
    ),
    # blind8 (scripts/make_pii_blind8.py): a sixth writer, 40% hand-written (pasted chats, quoted replies,
    # web-form dumps, first names in prose, names that are words or places), ten languages; never read (its
    # twin dev8 may be). 401 messages.
    "blind8": (
        0.917,
        {
            "PERSON": 0.957,
            "ADDRESS": 0.909,
            "PHONE": 0.994,
            "IBAN": 1.0,
            "EMAIL": 1.0,
            "CARD": 1.0,
            "IP": 1.0,
        },
    ),
    # presidio_dev2 (scripts/make_pii_presidio_dev2.py): presidio-evaluator's generator on six new seeds, 1,776
    # messages; readable (first scored before it was read: 96.7% clean, PERSON 0.970, ADDRESS 0.952, PHONE 0.977).
    "presidio_dev2": (
        0.972,
        {"PERSON": 0.975, "ADDRESS": 0.955, "PHONE": 1.0, "EMAIL": 1.0, "CARD": 1.0, "IBAN": 1.0, "IP": 1.0},
    ),
    # dev9 and blind9 (scripts/make_pii_blind9.py): a seventh writer, hand-written only, voices no corpus had
    # (voice-to-text, names as documents write them, addresses with landmarks, 17 languages); dev9 may be read,
    # blind9 never (first scored before anything was tuned: 74.2% clean, PERSON 0.873, ADDRESS 0.702).
    "dev9": (0.9, {"PERSON": 0.95, "ADDRESS": 0.888, "PHONE": 1.0, "EMAIL": 1.0}),
    # (80.0% and PERSON 0.925 since the look-alikes round: names the words before give)
    # (80.0% -> 83.7%, PERSON 0.925 -> 0.939, ADDRESS 0.737 -> 0.798 with the whole-names-and-addresses and the
    # landmark-addresses rounds)
    "blind9": (0.837, {"PERSON": 0.939, "ADDRESS": 0.798, "PHONE": 1.0, "EMAIL": 1.0}),
    # dev10 and blind10 (scripts/make_pii_blind10.py): an eighth writer, hand-written, dense with kept items
    # (amounts, times, dates, booking and order numbers, flights, plates of 17 countries) beside PII in 14
    # languages; dev10 may be read, blind10 never (first scored before anything was tuned: 92.9% clean, PERSON
    # 0.942, ADDRESS 0.857, 98 kept items touched).
    "dev10": (0.893, {"PERSON": 0.906, "ADDRESS": 0.879, "PHONE": 0.954, "EMAIL": 1.0}),
    # (93.3% and ADDRESS 0.886 since an address after the word for address in other languages, mid-sentence)
    "blind10": (0.933, {"PERSON": 0.942, "ADDRESS": 0.885, "PHONE": 1.0, "EMAIL": 1.0}),
    # dev11 and blind11 (scripts/make_pii_blind11.py): a ninth writer, text pasted or forwarded into messages
    # (mail headers, chat exports, receipts, bank statements, security notices, links) in 13 languages; dev11
    # may be read, blind11 never (both first scored before anything was tuned: dev11 97.5% clean, PERSON 0.974,
    # ADDRESS 0.909, 32 kept items touched; blind11 95.6%, PERSON 0.937, ADDRESS 0.952, 32 touched).
    "dev11": (0.991, {"PERSON": 0.987, "ADDRESS": 1.0, "PHONE": 1.0, "EMAIL": 1.0, "IBAN": 1.0, "IP": 1.0}),
    "blind11": (
        0.955,
        {"PERSON": 0.936, "ADDRESS": 0.952, "PHONE": 1.0, "EMAIL": 1.0, "CARD": 1.0, "IBAN": 1.0, "IP": 1.0},
    ),
    # dev12 and blind12 (scripts/make_pii_blind12.py): a tenth writer, look-alikes both ways (ids grouped like
    # phones, booking references that read as names, plates of 20 countries, places named after people; names that
    # are words or places, phones written like amounts, IPs beside app versions) in 12 languages with Swahili and
    # Hindi-English; dev12 may be read, blind12 never (both first scored before anything was tuned: dev12 87.3%
    # clean, PERSON 0.782, IP precision 0.600, 31 kept items touched; blind12 94.5%, PERSON 0.926, ADDRESS 0.882,
    # IP precision 0.650, 31 touched). The look-alikes round read dev12 (100%, 2 touched; blind12 95.5%, 25).
    "dev12": (1.0, {"PERSON": 1.0, "ADDRESS": 1.0, "PHONE": 1.0, "EMAIL": 1.0, "IBAN": 1.0, "IP": 1.0}),
    # (95.5% -> 96.5%, PERSON 0.942 -> 0.950, ADDRESS 0.882 -> 0.941 with the same two rounds)
    "blind12": (
        0.965,
        {"PERSON": 0.95, "ADDRESS": 0.941, "PHONE": 1.0, "EMAIL": 1.0, "CARD": 1.0, "IBAN": 1.0, "IP": 1.0},
    ),
    # dev13 and blind13 (scripts/make_pii_blind13.py): an eleventh writer, where the rider lives told the way people
    # tell it (landmarks and directions, blocks, floors and compounds, rural routes, an address in pieces across a
    # chat) beside landmarks that must stay as places, and names of many cultures, in 12 languages over 30+ locales;
    # dev13 may be read, blind13 never. Both were first scored after the whole-names-and-addresses round (which read
    # neither): dev13 68.7% clean, ADDRESS 0.380, PERSON 0.925, 26 kept items touched; blind13 68.5%, ADDRESS 0.346,
    # PERSON 0.909, 45 touched. The landmark-addresses round then read dev13 (90.7%, ADDRESS 0.845, 13 touched;
    # blind13 77.0%, ADDRESS 0.568, 44 touched; blind9 83.8%, blind12 96.5%, ADDRESS 0.941).
    # (dev13 93.3%, ADDRESS 0.915, PERSON 0.962 with a gate and a street's side taken inside an address, the
    # rest of a unit's segment, an address told over a chat's lines and a Vietnamese "Thu" after the middle
    # name, round 23)
    "dev13": (0.933, {"PERSON": 0.962, "ADDRESS": 0.915, "PHONE": 1.0, "EMAIL": 1.0}),
    # (blind13 77.0% -> 78.0%, ADDRESS 0.567 -> 0.592 with round 23)
    "blind13": (0.78, {"PERSON": 0.909, "ADDRESS": 0.592, "PHONE": 1.0, "EMAIL": 1.0}),
    # dev14 and blind14 (scripts/make_pii_blind14.py): a twelfth writer, names, addresses and phones written in
    # scripts other than Latin (Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Tamil, Thai, Georgian,
    # Armenian, Chinese, Japanese, Korean) beside Latin text, and in transliteration; dev14 may be read, blind14
    # never. Both first scored before anything was tuned on them: dev14 66.0% clean, ADDRESS 0.532, PERSON 0.728,
    # 19 kept items touched; blind14 63.5%, ADDRESS 0.489, PERSON 0.734, 39 touched. The other-scripts round
    # (copilot/pii/scripts.py) then read dev14 (96.7%, 1 touched; blind14 69.5%, ADDRESS 0.656, PERSON 0.793, 27).
    # (dev14 97.3%, PERSON 0.976; blind14 73.0%, ADDRESS 0.678, PERSON 0.822, 26 touched with round 24: names
    # after a role's word in scripts without capitals, more of those scripts' address layouts, addresses of
    # those countries in Latin letters)
    "dev14": (0.973, {"PERSON": 0.976, "ADDRESS": 0.967, "PHONE": 1.0, "EMAIL": 1.0}),
    # (blind14 74.5%, ADDRESS 0.700, PERSON 0.828 with round 25, which read dev15; 75.0%, ADDRESS 0.711 with
    # round 26's addresses of other countries in Latin letters; 75.5%, PERSON 0.834 with round 27, which read no
    # pair's items)
    "blind14": (0.755, {"PERSON": 0.834, "ADDRESS": 0.711, "PHONE": 1.0, "EMAIL": 1.0}),
    # dev15 and blind15 (scripts/make_pii_blind15.py): a thirteenth writer on pair 14's theme in other words: the
    # same scripts in other layouts and positions (a name alone, in a list, after a role's word, family name
    # first; addresses on several lines, a building first), fourteen scripts pair 14 did not hold (Gujarati,
    # Gurmukhi, Telugu, Kannada, Malayalam, Sinhala, Burmese, Khmer, Lao, Ge'ez, ...) and transliterations.
    # First scored before anything was tuned on them: dev15 60.7% clean, ADDRESS 0.527, PERSON 0.616, 21
    # touched; blind15 64.5%, ADDRESS 0.695, PERSON 0.595, 45 touched. Round 24, which read neither (one of
    # dev15's places read as a name was then mended), gave dev15 67.3% and blind15 69.0%. Round 25 then read dev15
    # (the new scripts in the generic rules, names in more positions, kept items of those scripts): dev15 94.7%,
    # 7 touched; blind15 75.5%, PERSON 0.739, ADDRESS 0.729, 41 touched. Round 26 read dev15's addresses in Latin
    # letters (Uzbek, Azerbaijani, Greek, Sri Lankan, Ethiopian): dev15 98.0%; blind15 unchanged.
    "dev15": (0.98, {"PERSON": 0.982, "ADDRESS": 0.963, "PHONE": 1.0, "EMAIL": 1.0}),
    "blind15": (0.755, {"PERSON": 0.738, "ADDRESS": 0.728, "PHONE": 1.0, "EMAIL": 1.0}),
}
# Types each split holds at least 30 of (the presidio generator writes few IBANs and IPs).
ENOUGH = {
    "dev": 30,
    "test": 30,
    "presidio_dev": 10,
    "presidio": 10,
    "blind3": 20,
    "blind4": 40,
    "blind5": 20,
    "blind6": 40,
    "blind7": 20,
    "blind8": 20,
    "presidio_dev2": 10,
    "dev9": 14,
    "blind9": 20,
    "dev10": 20,
    "blind10": 30,
    "dev11": 11,
    "blind11": 11,
    "dev12": 9,
    "blind12": 10,
    "dev13": 14,
    "blind13": 14,
    "dev14": 14,
    "blind14": 14,
    "dev15": 6,
    "blind15": 7,
}
# The hand-written corpora are smaller.
MESSAGES_MIN = {
    "dev9": 160,
    "blind9": 240,
    "dev10": 160,
    "blind10": 240,
    "dev11": 120,
    "blind11": 180,
    "dev12": 150,
    "blind12": 200,
    "dev13": 150,
    "blind13": 200,
    "dev14": 150,
    "blind14": 200,
    "dev15": 150,
    "blind15": 200,
}
# The goal is none; blind3 has 2 of its 676 (6 before the kept formats of pasted text), blind4 5 of its
# 1,364 (places named after people, flight numbers, times, plates), blind5 3 of its 919, blind6 2 of its 679,
# blind7 29 of its 1,093, blind8 18 of its 1,011 (places named after people, most of them).
KEPT_TOUCHED_MAX = {
    "blind3": 0,  # 2 -> 0 with round 24
    "blind4": 5,
    # blind5 4 -> 3, blind6 3 -> 2, blind8 20 -> 18, blind9 57 -> 54, blind10 48 -> 47 with places on a route
    "blind5": 2,
    "blind6": 2,
    "blind7": 25,
    # blind8 20 -> 22 with the tenth round (two places read as names written the way documents write them),
    # 22 -> 20 with airports named after people (kept.airport_names)
    "blind8": 18,
    # dev9 and blind9: places, plates, booking references and a time or two (the NER and the older finders);
    # dev9 13 -> 3 with places on a route (an address stops at the route's other end, hotel chains, towns'
    # compounds, a station after its town)
    "dev9": 2,
    # (blind9 54 -> 53, blind10 47 -> 46 with the look-alikes round)
    "blind9": 53,
    # dev10 and blind10: places (hotels and landmarks named after people), and dates and plates inside an
    # address that holds a name (left hidden on purpose); blind10 98 -> 51 with the kept formats, 50 with an
    # id's cut read trimmed; dev10 6 -> 5 and blind9 59 -> 57 with places named after people
    # (dev10 4 -> 0 with places on a route: hotel chains, a kind and a name of two words)
    "dev10": 0,
    "blind10": 44,  # 46 -> 45 with the landmark-addresses round
    # dev11 and blind11: amounts of receipts and statements without their currency, dates of statement lines,
    # ids in digit groups or with slashes were read as addresses (dev11 32 -> 8, blind11 32 -> 22, blind10 50 ->
    # 48, blind3 6 -> 2 with the kept formats of pasted text; dev11 8 -> 4 with a receipt line's amount in
    # thousands and a booking's cue in four more languages, 2 with a bank's reference in fours)
    # (dev11 2 -> 1 with lowercase words before a place's kind)
    "dev11": 1,
    "blind11": 22,
    # dev12 and blind12: order numbers grouped like phones, places read as names (dev12 31 -> 2, blind12 31 -> 25
    # with the look-alikes round); dev12's two are airports called by their city and a word after "trip to"
    "dev12": 1,
    "blind12": 25,
    # dev13 and blind13, first score: places (landmarks beside or inside an address, read as part of it or as
    # names), amounts and order numbers
    "dev13": 7,
    "blind13": 39,  # 45 -> 44 with the landmark-addresses round
    # dev14 and blind14: places, dates and amounts in other scripts read as names or addresses (dev14 19 -> 1,
    # blind14 39 -> 27 with the other-scripts round)
    # (round 24: the words leading into an id, a time or an amount after an address stay readable, places set
    # against another or on a "from ... to" route, a role's name that is a time or a place's first word: dev14
    # 1 -> 0, blind14 27 -> 26, dev13 13 -> 7, blind13 44 -> 39, blind7 29 -> 25, blind10 45 -> 44, dev9 3 -> 2,
    # dev12 2 -> 1, blind5 3 -> 2)
    "dev14": 0,
    "blind14": 26,
    # dev15 and blind15, first score: places and dates in other scripts read as names or addresses (dev15 21 -> 7,
    # blind15 45 -> 41 with round 25)
    "dev15": 7,
    "blind15": 41,
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def split(request) -> tuple[str, Figures]:
    lines = (HELDOUT / f"{request.param}.jsonl").read_text(encoding="utf-8").splitlines()
    return request.param, score_corpus([json.loads(line) for line in lines if line.strip()])


def test_each_split_is_big_enough_and_holds_every_type(split):
    name, figures = split
    assert figures.messages >= MESSAGES_MIN.get(name, 400)
    wanted = set(FLOORS[name][1])
    assert all(figures.spans[kind] >= ENOUGH[name] for kind in wanted), figures.spans


def test_recall_per_type_stays_at_or_above_its_floor(split):
    name, figures = split
    below = {
        kind: f"{figures.recall(kind):.3f} < {floor}"
        for kind, floor in FLOORS[name][1].items()
        if figures.recall(kind) < floor
    }
    assert not below, below


def test_the_share_of_messages_with_no_pii_left_stays_at_or_above_its_floor(split):
    name, figures = split
    assert figures.clean_share >= FLOORS[name][0], f"{figures.clean_share:.1%}"


def test_ids_amounts_dates_and_times_are_never_touched(split):
    name, figures = split
    assert figures.kept_touched <= KEPT_TOUCHED_MAX.get(name, 0)


# The goal is none; blind12 has one IP false alarm (never read, so which number it is stays unknown; dev12's were app
# versions of four numbers and a private address beside a version's word, no longer read as IPs).
# blind14 has one IBAN false alarm (never read, so which number it is stays unknown; dev14 has none).
STRUCTURED_FALSE_ALARMS_MAX = {"blind12": {"IP": 1}, "blind14": {"IBAN": 1}}


def test_structured_detections_are_never_false_alarms(split):
    name, figures = split
    for kind in ("EMAIL", "CARD", "IBAN", "IP"):
        wrong = figures.found[kind] - figures.true[kind]
        # A split never read shows its count only, never its items.
        shown = (
            [alarm for alarm in figures.false_alarms if alarm[0] == kind][:5]
            if name.startswith("dev")
            else []
        )
        assert wrong <= STRUCTURED_FALSE_ALARMS_MAX.get(name, {}).get(kind, 0), (kind, wrong, shown)
