# ruff: noqa: E501 (the sentence templates read best one to a line)
"""Generate tests/data/pii_corpus.jsonl: synthetic support messages with labelled PII spans.

The PII values and most sentence templates are someone else's: presidio-evaluator's PresidioSentenceFaker
(its templates.txt and the FakeNameGenerator.com people it ships), with a fixed seed. We add our own
support-style templates (trip ids, amounts, dates and times that must stay untouched; UK/EU/US addresses
from Faker's own locale providers) and a locale mix for the people (US, GB, DE, FR, ES records, their
phone numbers written nationally or in E.164, full addresses written the local way).

presidio-evaluator is NOT a dependency of the project: the corpus FILE is what the tests read. To
regenerate it (offline; the versions used for the committed file):

    .venv/bin/pip install --no-deps presidio-evaluator==0.3.2 presidio-anonymizer==2.2.366
    .venv/bin/pip install pandas==3.1.1 python-dotenv==1.2.4
    .venv/bin/python scripts/make_pii_corpus.py [--records 300] [--seed 20261121]

Each output line: {"id", "text", "spans": [{"type", "start", "end", "value"}], "keep": [{"kind", "start",
"end", "value"}]} where span types are ours (PERSON, EMAIL, PHONE, CARD, IBAN, ADDRESS) and `keep` lists
the trip ids, rider/driver ids, amounts, dates and times that redaction must leave alone. Cities,
countries, organisations and the like are not PII for the copilot and are not labelled.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import uuid
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "pii_corpus.jsonl"

try:
    import pandas as pd
    from faker import Faker
    from faker.providers import BaseProvider
    from presidio_evaluator.data_generator import PresidioSentenceFaker, presidio_templates_file_path
    from presidio_evaluator.data_generator.faker_extensions.datasets import load_fake_person_df
except ImportError as exc:  # pragma: no cover - a generation-time tool
    sys.exit(f"make_pii_corpus: {exc}. Install presidio-evaluator as the docstring says (generation only).")

# Our types for the faker's entity names; anything else (city, country, organization…) is not labelled.
PII_TYPES = {
    "person": "PERSON", "name": "PERSON", "first_name": "PERSON", "last_name": "PERSON",
    "name_female": "PERSON", "name_male": "PERSON", "first_name_female": "PERSON", "first_name_male": "PERSON",
    "last_name_female": "PERSON", "last_name_male": "PERSON", "first_name_nonbinary": "PERSON",
    "first_name_lc": "PERSON",
    "email": "EMAIL",
    "phone_number": "PHONE",
    "credit_card_number": "CARD", "card_grouped": "CARD",
    "iban": "IBAN",
    "address": "ADDRESS", "uk_address": "ADDRESS", "eu_address": "ADDRESS", "us_address": "ADDRESS",
    "address_block": "ADDRESS", "secondary_address": "ADDRESS", "postcode": "ADDRESS", "zipcode": "ADDRESS",
}  # fmt: skip
KEEP_KINDS = {
    "trip_id": "trip_id", "short_trip_id": "trip_id", "trip_number": "trip_id", "rider_id": "rider_id",
    "driver_id": "driver_id", "amount": "amount", "trip_time": "time", "trip_day": "date",
}  # fmt: skip

# presidio-evaluator's templates.txt, 1-based line numbers kept: the ones that read as a customer writing to
# a company (chats with a bank, address changes, contact details, short remarks about people).
# Left out: US social security numbers (89-90) and music reviews, encyclopaedia and news prose (98-125, 127-128, 175, 179, 181-188, 191-192,
# 197-202), a US driver's licence (129, not an entity we redact), medical/age notes (204-209), and the
# templates that glue Faker's {{building_number}} to a FakeNameGenerator street that already carries its own
# number ("564 Rhinstrasse 91"; 111, 130-140, 144, 152, 154-157, 159, 164, 193-195) — our own address
# templates below cover multi-line UK/EU address blocks instead.
FAKER_TEMPLATE_LINES = [
    *range(1, 89),
    *range(91, 98),
    126,
    141,
    142,
    143,
    *range(145, 152),
    153,
    158,
    *range(160, 164),
    165,
    *range(168, 175),
    176,
    178,
    180,
    189,
    190,
    196,
    203,
]

OUR_TEMPLATES = [
    "Hi, this is {{person}}. My driver took a much longer route on trip {{trip_id}} {{trip_day}} at {{trip_time}} and I was charged {{amount}} instead of the {{amount}} I was quoted.",
    "hello, my name is {{first_name_lc}}, i was charged twice for ride {{short_trip_id}} ({{amount}}) on {{trip_day}}. my rider id is {{rider_id}}.",
    "The driver ({{driver_id}}) never showed up at {{uk_address}} at {{trip_time}}, but I still got a cancellation fee of {{amount}}.",
    "Pick-up was {{eu_address}} and drop-off {{eu_address}}; the fare jumped from {{amount}} to {{amount}} (trip {{trip_number}}).",
    "Please refund the {{amount}} to my card {{card_grouped}}, it was trip {{short_trip_id}} on {{trip_day}}.\nThanks,\n{{person}}",
    "I left my phone in the car on trip {{trip_id}} ({{trip_day}}, {{trip_time}}). You can reach me on {{phone_number}} or at {{email}}.\n— {{first_name_lc}}",
    "My driver {{person}} ({{driver_id}}) was rude and smoked during the whole ride on {{trip_day}}, I want the {{amount}} back.",
    "Can you send the receipt for trip {{trip_number}} to {{email}}? The amount was {{amount}} and it ended at {{trip_time}}.",
    "Home address for lost & found: {{us_address}}. Best time to call is after {{trip_time}} on {{phone_number}}.",
    "Refund {{amount}} to my IBAN {{iban}} please, for trip {{short_trip_id}} on {{trip_day}}.",
    "this is {{first_name_lc}}, driver {{driver_id}} cancelled on me at {{trip_time}} and still charged {{amount}}. trip {{short_trip_id}}.",
    "My husband {{person}} booked trip {{trip_id}} for me; the charge of {{amount}} on {{trip_day}} is wrong, we were told {{amount}}.",
    "Kind regards,\n{{person}}\n{{address_block}}\n{{phone_number}}",
    "Our driver, {{first_name}}, dropped us at {{address}} instead of the airport at {{trip_time}} on {{trip_day}}.",
    "Card {{credit_card_number}} was charged {{amount}} for trip {{short_trip_id}}, which I cancelled {{trip_day}} at {{trip_time}}.",
    "Driver {{driver_id}} said his name was {{person}}; he asked me to pay {{amount}} in cash at {{trip_time}}.",
    "I'm {{person}}, rider {{rider_id}}. Please call me at {{phone_number}} about trip {{trip_number}}, I paid {{amount}}.",
    "Pickup address: {{eu_address}}\nDropoff: {{eu_address}}\nTime: {{trip_time}}, {{trip_day}}\nCharged: {{amount}}",
    "Please update my payment card to {{card_grouped}} and my mobile to {{phone_number}}. Rider {{rider_id}}.",
    "The trip {{trip_id}} shows {{amount}} but the app quoted {{amount}}; I was picked up at {{uk_address}} at {{trip_time}}.",
    "My name is {{person}} and my email is {{email}}. Trip {{short_trip_id}} on {{trip_day}} was never completed but I paid {{amount}}.",
    "{{first_name}} here. The car was dirty and I was charged a cleaning fee of {{amount}} for trip {{trip_number}} on {{trip_day}}!",
    "I was dropped at {{eu_address}} rather than {{eu_address}}. Trip {{trip_id}}, {{trip_day}} around {{trip_time}}.",
    "Send the lost wallet to {{address}} please. The ride was {{trip_day}} at {{trip_time}}, driver {{driver_id}}, fare {{amount}}.",
    "my driver {{first_name_lc}} was great, please pass on my thanks! trip {{short_trip_id}}, tip {{amount}}.",
    "Charged {{amount}} twice on {{trip_day}} ({{trip_time}}) to card {{card_grouped}}. Rider id {{rider_id}}, trip {{trip_number}}.",
    "Hello, I am writing on behalf of my mother {{person}}, who took trip {{trip_id}} on {{trip_day}}. Her number is {{phone_number}}.",
    "Can you refund {{amount}} to {{iban}}? I no longer have the card. Booking {{short_trip_id}}, {{trip_day}}.",
    "Lost item: black backpack. Trip {{trip_number}} on {{trip_day}} at {{trip_time}}. Contact: {{email}} / {{phone_number}}.",
    "The pickup pin was wrong: I was waiting at {{us_address}} from {{trip_time}} and the driver {{driver_id}} charged a no-show fee of {{amount}}.",
]

MONEY = ["${:.2f}", "{:.2f} €", "£{:.2f}", "€{:.2f}", "{:.2f} EUR", "${:.0f}", "£{:.0f}", "{:.2f} USD"]
TIMES = ["{h:02d}:{m:02d}", "{h12}pm", "{h12}am", "{h12}:{m:02d} pm", "{h12}:{m:02d}am", "{h:02d}:{m:02d}"]
DAYS = [
    "Tuesday", "Monday", "Friday", "yesterday", "Sunday", "today", "last night", "Nov 3", "3 November",
    "October 28", "Sat", "2 Nov",
]  # fmt: skip


class SupportProvider(BaseProvider):
    """Values for our own templates: things that must stay, and UK/EU/US addresses in local formats."""

    locales = {
        "uk": Faker("en_GB"),
        "de": Faker("de_DE"),
        "fr": Faker("fr_FR"),
        "es": Faker("es_ES"),
        "us": Faker("en_US"),
    }

    def date_time(self) -> datetime:
        # Faker's own date_time() ranges up to "now", which would make the corpus depend on the day it is made.
        return self.generator.date_time_between(datetime(1980, 1, 1), datetime(2025, 12, 31))

    def trip_id(self) -> str:
        return str(uuid.UUID(int=random.getrandbits(128), version=4))

    def short_trip_id(self) -> str:
        while True:
            value = f"{random.getrandbits(32):08x}"
            if any(ch.isalpha() for ch in value) and any(ch.isdigit() for ch in value):
                return value

    def trip_number(self) -> str:
        return str(random.randint(10**9, 10**10 - 1))

    def rider_id(self) -> str:
        return f"R-{random.randint(100, 999999)}"

    def driver_id(self) -> str:
        return f"D-{random.randint(100, 999999)}"

    def amount(self) -> str:
        value = random.randint(300, 12000) / 100
        text = random.choice(MONEY).format(value)
        if "€" in text and random.random() < 0.5:
            text = text.replace(".", ",")
        return text

    def trip_time(self) -> str:
        h, m = random.randint(0, 23), random.choice([0, 4, 15, 30, 42, 55])
        return random.choice(TIMES).format(h=h, m=m, h12=(h % 12) or 12)

    def trip_day(self) -> str:
        return random.choice(DAYS)

    def first_name_lc(self) -> str:
        return self.generator.first_name().lower()

    def card_grouped(self) -> str:
        brand = random.choice(["visa16", "mastercard", "mastercard", "amex", "discover", "jcb16", "maestro"])
        digits = self.locales["us"].credit_card_number(card_type=brand)
        if brand == "mastercard" and random.random() < 0.5:
            digits = _mastercard_2_series()
        sep = random.choice([" ", "-", " "])
        if len(digits) == 15:
            return sep.join([digits[:4], digits[4:10], digits[10:]])
        return sep.join(digits[i : i + 4] for i in range(0, len(digits), 4))

    def iban(self) -> str:
        value = random.choice(["uk", "de", "fr", "es"])
        iban = self.locales[value].iban()
        if random.random() < 0.6:
            iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def _address(self, key: str) -> str:
        # Faker's en_US provider also writes military mail addresses (APO/FPO/DPO, ship names): not a place
        # a car picks anyone up, so they are drawn again.
        while True:
            text = self.locales[key].address().strip()
            if not any(
                word in text.split() for word in ("APO", "FPO", "DPO", "USNS", "USNV", "USS", "USCGC")
            ):
                return text

    def _local_address(self, key: str) -> str:
        text = self._address(key)
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        return ", ".join(lines).replace(", ,", ",")

    def address(self) -> str:
        # A template's second {{address}} comes from a provider, not the person's record: presidio-evaluator's
        # AddressProviderNew mixes Faker parts with record fields ("3786 53 South Street Apt. 746 MOOR END nan"),
        # so ours writes a whole local address instead.
        return self._local_address(random.choice(["uk", "de", "fr", "es", "us"]))

    def zipcode(self) -> str:
        return self.locales["us"].zipcode()

    def uk_address(self) -> str:
        return self._local_address("uk")

    def eu_address(self) -> str:
        return self._local_address(random.choice(["de", "fr", "es"]))

    def us_address(self) -> str:
        return self._local_address("us")

    def address_block(self) -> str:
        key = random.choice(["uk", "de", "fr", "es", "us"])
        return "\n".join(line.strip() for line in self._address(key).split("\n") if line.strip())


def _mastercard_2_series() -> str:
    body = str(random.randint(2221, 2720)) + "".join(str(random.randint(0, 9)) for _ in range(11))
    for check in range(10):
        candidate = body + str(check)
        total = 0
        for i, ch in enumerate(reversed(candidate)):
            n = int(ch) * (2 if i % 2 else 1)
            total += n - 9 if n > 9 else n
        if total % 10 == 0:
            return candidate
    raise AssertionError("unreachable")


COUNTRY_CODES = {"US": "1", "GB": "44", "DE": "49", "FR": "33", "ES": "34"}


def _records() -> pd.DataFrame:
    """FakeNameGenerator people from the five markets, with local phone and address formats."""
    df = load_fake_person_df()
    df = df[df["country_code"].isin(COUNTRY_CODES)].reset_index(drop=True)
    # the CSV lost the leading zeros of postcodes ("02136" read as 2136)
    df["zipcode"] = [
        str(z).zfill(5) if cc in ("US", "DE", "FR", "ES") and str(z).isdigit() else str(z)
        for z, cc in zip(df["zipcode"], df["country_code"], strict=True)
    ]
    phones, addresses = [], []
    for row in df.itertuples():
        national = str(row.phone_number)
        if random.random() < 0.5:
            local = national[1:] if national.startswith("0") else national
            phones.append(f"+{COUNTRY_CODES[row.country_code]} {local}")
        else:
            phones.append(national)
        addresses.append(_format_address(row))
    df["phone_number"] = phones
    df["address"] = addresses
    return df


def _format_address(row) -> str:
    street, city, zipcode = str(row.street_name), str(row.city).title(), str(row.zipcode)
    unit = ""
    if random.random() < 0.25:
        unit = random.choice(["Apt 4B", "Flat 2", "Suite 300", "Unit 12", "2º B", "Apt. 17"])
    if row.country_code == "US":
        parts = [street, unit, f"{city}, {row.state_abbr} {zipcode}"]
    elif row.country_code == "GB":
        parts = [unit, street, f"{city} {zipcode}"]
    else:
        parts = [street, unit, f"{zipcode} {city}"]
    return ", ".join(p for p in parts if p)


def _make_faker(templates: list[str], records: pd.DataFrame, seed: int, lower_case_ratio: float):
    faker = PresidioSentenceFaker(
        locale="en_US",
        lower_case_ratio=lower_case_ratio,
        sentence_templates=templates,
        base_records=records,
        entity_type_mapping={name: name for name in [*PII_TYPES, *KEEP_KINDS]},
        random_seed=seed,
    )
    faker.add_provider(SupportProvider)
    return faker


def _sample_to_parts(sample) -> tuple[str, list[dict], list[dict]]:
    text = sample.full_text
    # SentenceFaker's lower-casing (lower_case_ratio) lowers the span values but sets `.fake` instead of
    # the sample's text; apply it to the text as intended.
    if any(
        text[s.start_position : s.end_position] != str(s.entity_value)
        and text[s.start_position : s.end_position].lower() == str(s.entity_value)
        for s in sample.spans
    ):
        text = text.lower()
    spans, keep = [], []
    for span in sample.spans:
        name = span.entity_type
        item = {"start": span.start_position, "end": span.end_position, "value": str(span.entity_value)}
        if name in PII_TYPES:
            spans.append({"type": PII_TYPES[name], **item})
        elif name in KEEP_KINDS:
            keep.append({"kind": KEEP_KINDS[name], **item})
    return text, spans, keep


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=300)
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    random.seed(args.seed)
    Faker.seed(args.seed)
    for i, f in enumerate(SupportProvider.locales.values()):
        f.seed_instance(args.seed + i)
    records = _records()

    lines = presidio_templates_file_path.read_text(encoding="utf-8").splitlines()
    faker_templates = [lines[n - 1].strip().replace("\\n", "\n") for n in FAKER_TEMPLATE_LINES]
    theirs = _make_faker(faker_templates, records, args.seed, lower_case_ratio=0.05)
    their_samples = theirs.generate_new_fake_sentences(num_samples=args.records * 3)
    ours = _make_faker(OUR_TEMPLATES, records, args.seed + 1, lower_case_ratio=0.05)
    our_samples = ours.generate_new_fake_sentences(num_samples=args.records)

    rng = random.Random(args.seed)
    out_lines = []
    for index in range(args.records):
        parts = [_sample_to_parts(our_samples[index])]
        parts += [_sample_to_parts(s) for s in their_samples[index * 3 : index * 3 + rng.choice([1, 2, 3])]]
        rng.shuffle(parts)
        text, spans, keep = "", [], []
        for part_text, part_spans, part_keep in parts:
            if text:
                text += rng.choice([" ", " ", "\n", "\n\n"])
            offset = len(text)
            text += part_text
            spans += [{**s, "start": s["start"] + offset, "end": s["end"] + offset} for s in part_spans]
            keep += [{**k, "start": k["start"] + offset, "end": k["end"] + offset} for k in part_keep]
        for item in spans + keep:
            assert text[item["start"] : item["end"]] == item["value"], (text, item)
        spans.sort(key=lambda s: s["start"])
        keep.sort(key=lambda k: k["start"])
        out_lines.append(
            json.dumps({"id": index + 1, "text": text, "spans": spans, "keep": keep}, ensure_ascii=False)
        )

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(out_lines) + "\n", encoding="utf-8")
    total_spans = sum(len(json.loads(line)["spans"]) for line in out_lines)
    print(f"wrote {len(out_lines)} records, {total_spans} PII spans to {args.out}")


if __name__ == "__main__":
    main()
