"""Generate the held-out PII corpora: tests/data/pii_heldout/{dev,test}.jsonl.

A second way of making labelled support messages, independent of scripts/make_pii_corpus.py (which
the redactor was tuned on): Faker's own locale providers for 28 countries (names with particles and
diacritics, street lines with apartments, postcodes before or after the town, national phone
formats with extensions and labels, IBANs of the country), IPv4 and IPv6 addresses, and support
templates with signature blocks, pasted postal addresses, lists of people and names alone.

Two splits with disjoint templates and seeds: `dev` may be read while improving the redactor;
`test` is never read while tuning; only its figures are reported (README, tests/pii/test_heldout.py).

A third pair, `presidio_dev.jsonl` (may be read while tuning) and `presidio.jsonl` (never read while
tuning), is made with presidio-evaluator's sentence generator across ALL its templates and seeds the
project never used
(scripts/make_pii_corpus.py, the corpus the redactor was first tuned on, used a chosen subset and
another seed). presidio-evaluator is not a dependency; to regenerate that file, offline:

    .venv/bin/pip install --target /tmp/pe --no-deps presidio-evaluator==0.3.2 \
        presidio-anonymizer==2.2.366 pandas==3.1.1 python-dotenv==1.2.4
    PYTHONPATH=/tmp/pe .venv/bin/python scripts/make_pii_heldout.py --presidio

    .venv/bin/python scripts/make_pii_heldout.py [--per-split 500]

Each line: {"id", "locale", "text", "spans": [{"type", "start", "end", "value"}], "keep": [{"kind",
"start", "end", "value"}]}. Span types: PERSON, EMAIL, PHONE, CARD, IBAN, ADDRESS, IP (v4 or v6). An
ADDRESS span is the street line (with its house number and any apartment) and, separately, the
postcode; towns and countries are not personal data for the copilot and are not labelled.
"""

from __future__ import annotations

import argparse
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path

from faker import Faker

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "pii_heldout"

LOCALES = [
    "en_US", "en_GB", "en_AU", "en_CA", "en_IE", "en_IN", "en_NZ", "de_DE", "de_AT", "de_CH",
    "fr_FR", "fr_CH", "es_ES", "es_MX", "it_IT", "pt_PT", "pt_BR", "nl_NL", "nl_BE", "sv_SE",
    "da_DK", "no_NO", "fi_FI", "pl_PL", "cs_CZ", "hu_HU", "ro_RO", "tr_TR",
]  # fmt: skip
SEEDS = {"dev": 7_301, "test": 91_877}


class Message:
    """Text built piece by piece, remembering where each labelled value went."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict] = []
        self.keep: list[dict] = []

    def __call__(self, text: str) -> Message:
        self.text += text
        return self

    def pii(self, kind: str, value: str) -> Message:
        start = len(self.text)
        self.text += value
        self.spans.append({"type": kind, "start": start, "end": len(self.text), "value": value})
        return self

    def kept(self, kind: str, value: str) -> Message:
        start = len(self.text)
        self.text += value
        self.keep.append({"kind": kind, "start": start, "end": len(self.text), "value": value})
        return self

    def labelled_phone(self, p: Person) -> Message:
        label = p.rng.choice(["Mobile: ", "Tel. ", "Phone - ", "Cell ", "Office: ", "call me on ", "fax "])
        return self(label).pii("PHONE", p.phone)

    def address(self, p: Person) -> Message:
        """The street line, then the postcode and town the way the country writes them."""
        self.pii("ADDRESS", p.street)("\n")
        locale = p.fake.locales[0]
        if locale in ("en_US", "en_CA", "en_AU", "en_IN", "pt_BR"):
            self(f"{p.city}, ").pii("ADDRESS", p.postcode)
        elif locale in ("en_GB", "en_IE", "en_NZ"):
            self(f"{p.city}\n").pii("ADDRESS", p.postcode)
        else:
            self.pii("ADDRESS", p.postcode)(f" {p.city}")
        if p.country and p.rng.random() < 0.5:
            self(f"\n{p.country}")
        return self


class Person:
    """One customer of a locale, with everything a message might say about them."""

    def __init__(self, fake: Faker, rng: random.Random) -> None:
        self.fake, self.rng = fake, rng
        self.first = fake.first_name()
        self.last = fake.last_name()
        self.name = f"{self.first} {self.last}"
        self.email = rng.choice([fake.email, fake.free_email, fake.company_email])()
        self.phone = fake.phone_number()
        self.street = fake.street_address()
        self.postcode = fake.postcode()
        self.city = fake.city()
        self.country = fake.current_country() if hasattr(fake, "current_country") else ""
        self.iban = fake.iban()
        self.card = fake.credit_card_number()
        self.ip = rng.choice([fake.ipv4_public, fake.ipv4, fake.ipv6])()
        self.friend = f"{fake.first_name()} {fake.last_name()}"
        self.trip = uuid.UUID(int=rng.getrandbits(128)).hex[:8]
        self.amount = rng.choice(["$", "€", "£"]) + f"{rng.randint(3, 90)}.{rng.randint(0, 99):02d}"
        self.time = f"{rng.randint(0, 23):02d}:{rng.choice(['00', '15', '30', '45', '05', '50'])}"
        self.date = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


# Templates: (message, person) -> message. The two splits use disjoint halves.
TEMPLATES: list[Callable[[Message, Person], Message]] = [
    lambda m, p: (
        m("Hi, the driver took a long detour on trip ")
        .kept("trip_id", p.trip)(" and charged me ")
        .kept("amount", p.amount)(". Please refund it.\n\nThanks,\n")
        .pii("PERSON", p.name)("\n")
        .pii("PHONE", p.phone)
    ),
    lambda m, p: (
        m("I left my bag in the car at ")
        .kept("time", p.time)(". Please send it to:\n")
        .pii("PERSON", p.name)("\n")
        .address(p)
    ),
    lambda m, p: (
        m("My friends ")
        .pii("PERSON", p.name)(" and ")
        .pii("PERSON", p.friend)(" were with me on ")
        .kept("date", p.date)("; the driver was rude to all of us.")
    ),
    lambda m, p: (
        m("I can't log in to the app from ")
        .pii("IP", p.ip)(". My account email is ")
        .pii("EMAIL", p.email)(".")
    ),
    lambda m, p: (
        m("Cancellation fee of ")
        .kept("amount", p.amount)(" on trip ")
        .kept("trip_id", p.trip)(" is wrong, the driver never came.\n-- \n")
        .pii("PERSON", p.first)("\n")
        .labelled_phone(p)
    ),
    lambda m, p: (
        m("Please refund to my IBAN ").pii("IBAN", p.iban)(", account holder ").pii("PERSON", p.name)(".")
    ),
    lambda m, p: (
        m("I was charged twice (")
        .kept("amount", p.amount)(") on my card ")
        .pii("CARD", p.card)(". Reach me at ")
        .pii("EMAIL", p.email)(" or ")
        .pii("PHONE", p.phone)(".")
    ),
    lambda m, p: (
        m("Dear support,\n\nthe cleaning fee on ")
        .kept("trip_id", p.trip)(" is unfair, the car was clean when I left at ")
        .kept("time", p.time)(".\n\nKind regards\n")
        .pii("PERSON", p.name)("\n")
        .address(p)
    ),
    lambda m, p: (
        m("This is ").pii("PERSON", p.last)(" again. Still waiting about trip ").kept("trip_id", p.trip)(".")
    ),
    lambda m, p: (
        m("Pickup was at ")
        .pii("ADDRESS", p.street)(" at ")
        .kept("time", p.time)(" but the driver went somewhere else. ")
        .labelled_phone(p)
    ),
    lambda m, p: (
        m("From: ")
        .pii("PERSON", p.name)(" <")
        .pii("EMAIL", p.email)(">\nSubject: refund for ")
        .kept("trip_id", p.trip)("\n\nI paid ")
        .kept("amount", p.amount)(" for a trip I never took.")
    ),
    lambda m, p: (
        m("login attempts from ")
        .pii("IP", p.ip)(" on ")
        .kept("date", p.date)(" were not me! please lock my account, ")
        .pii("PERSON", p.first)
    ),
    lambda m, p: (
        m("My daughter ")
        .pii("PERSON", p.friend)(" was in the car with driver ")
        .pii("PERSON", p.name)(" and he was speeding.")
    ),
    lambda m, p: (
        m("Address for the invoice: ")
        .pii("ADDRESS", p.street)(", ")
        .pii("ADDRESS", p.postcode)(f" {p.city}. Trip ")
        .kept("trip_id", p.trip)(".")
    ),
    lambda m, p: (
        m("Name: ")
        .pii("PERSON", p.name)("\nPhone: ")
        .pii("PHONE", p.phone)("\nEmail: ")
        .pii("EMAIL", p.email)("\nTrip: ")
        .kept("trip_id", p.trip)
    ),
    lambda m, p: (
        m("hey its ")
        .pii("PERSON", p.first)(" ")
        .pii("PERSON", p.last)(" — refund the ")
        .kept("amount", p.amount)(" please, my number is ")
        .pii("PHONE", p.phone)
    ),
    lambda m, p: (
        m("The receipt for ")
        .kept("date", p.date)(" shows ")
        .kept("amount", p.amount)(". I was connected from ")
        .pii("IP", p.ip)(" when the app crashed.")
    ),
    lambda m, p: (
        m("Please ask ")
        .pii("PERSON", p.friend)(" from your team to call ")
        .pii("PERSON", p.name)(" back on ")
        .pii("PHONE", p.phone)(" after ")
        .kept("time", p.time)(".")
    ),
    lambda m, p: m("Ship the phone I forgot to\n").pii("PERSON", p.name)("\n").address(p)("\nThank you!"),
    lambda m, p: (
        m("Refund to card ")
        .pii("CARD", p.card)(" please. Trip ")
        .kept("trip_id", p.trip)(", ")
        .kept("amount", p.amount)(".")
    ),
]


def build(split: str, count: int) -> list[dict]:
    rng = random.Random(SEEDS[split])
    templates = TEMPLATES[0::2] if split == "dev" else TEMPLATES[1::2]
    fakers = {}
    records = []
    for n in range(count):
        locale = LOCALES[n % len(LOCALES)]
        if locale not in fakers:
            fakers[locale] = Faker(locale)
            fakers[locale].seed_instance(SEEDS[split] + len(fakers))
        person = Person(fakers[locale], rng)
        message = rng.choice(templates)(Message(), person)
        records.append(
            {
                "id": f"{split}-{n}",
                "locale": locale,
                "text": message.text,
                "spans": message.spans,
                "keep": message.keep,
            }
        )
    return records


# presidio-evaluator's entity types, as ours; OTHER is personal data we do not target (a detection
# on it is no false alarm, and it has no recall figure); the rest (towns, dates, titles) is not PII.
PRESIDIO_TYPES = {
    "PERSON": "PERSON", "STREET_ADDRESS": "ADDRESS", "ZIP_CODE": "ADDRESS", "CREDIT_CARD": "CARD",
    "PHONE_NUMBER": "PHONE", "EMAIL_ADDRESS": "EMAIL", "IBAN_CODE": "IBAN", "IP_ADDRESS": "IP",
    "US_SSN": "OTHER", "US_DRIVER_LICENSE": "OTHER", "DOMAIN_NAME": "OTHER",
}  # fmt: skip
PRESIDIO_SEEDS = {"presidio_dev": 1717, "presidio": 4242}  # tune on the first; never read the second


def build_presidio(count: int, split: str = "presidio") -> list[dict]:
    from presidio_evaluator.data_generator import PresidioSentenceFaker  # generation-time only

    faker = PresidioSentenceFaker("en_US", lower_case_ratio=0.05, random_seed=PRESIDIO_SEEDS[split])
    records = []
    for n, sample in enumerate(faker.generate_new_fake_sentences(num_samples=count)):
        spans = [
            {
                "type": PRESIDIO_TYPES[span.entity_type],
                "start": span.start_position,
                "end": span.end_position,
                "value": span.entity_value,
            }
            for span in sorted(sample.spans, key=lambda sp: sp.start_position)
            if span.entity_type in PRESIDIO_TYPES
        ]
        records.append(
            {"id": f"presidio-{n}", "locale": "en_US", "text": sample.full_text, "spans": spans, "keep": []}
        )
    return records


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--per-split", type=int, default=500)
    parser.add_argument("--presidio", action="store_true", help="make presidio_dev.jsonl and presidio.jsonl")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.presidio:
        splits = {split: lambda n, s=split: build_presidio(n, s) for split in PRESIDIO_SEEDS}
    else:
        splits = {split: lambda n, s=split: build(s, n) for split in SEEDS}
    for split, make in splits.items():
        records = make(args.per_split)
        path = OUT / f"{split}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{path.relative_to(ROOT)}: {len(records)} messages")


if __name__ == "__main__":
    main()
