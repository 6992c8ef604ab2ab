"""Build tests/data/pii_heldout/blind3.jsonl: a third held-out PII corpus, made three new ways (issue 20).

Never read while tuning the redactor; only its aggregate figures are reported (blind3.README.md).

1. presidio-evaluator's PresidioSentenceFaker: all 210 of its templates, six seeds >= 9000 the project
   never used, six English Faker locales. Its raw output is kept in blind3_presidio_raw.jsonl, so the
   corpus rebuilds without presidio-evaluator; to regenerate the raw file (a scratch virtualenv, never the
   project's):

       python -m venv /tmp/pe && /tmp/pe/bin/pip install --no-deps presidio-evaluator==0.3.2
       /tmp/pe/bin/pip install faker pandas python-dotenv pyyaml tqdm spacy time-machine \
           presidio-analyzer presidio-anonymizer
       TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="" /tmp/pe/bin/python scripts/make_pii_blind3.py --presidio-raw

2. Faker (the project's own, .venv) with 38 locales: ride-hailing support messages from templates written
   for this corpus only, names with particles and hyphens, postal addresses in each country's layout,
   phone numbers national and international with labels and extensions, IPv4 and IPv6.
3. Hand-written messages (blind3_handwritten.txt), labelled inline: «P:name», «A:address» … is PII, ‹t:id› …
   must survive redaction.

    .venv/bin/python scripts/make_pii_blind3.py            # writes blind3.jsonl and checks every offset
    .venv/bin/python scripts/make_pii_blind3.py --check    # checks the written file only
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import re
import sys
from pathlib import Path

import phonenumbers
import pii_corpus_kit as kit

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "data" / "pii_heldout"
CORPUS = OUT_DIR / "blind3.jsonl"
PRESIDIO_RAW = OUT_DIR / "blind3_presidio_raw.jsonl"
HANDWRITTEN = OUT_DIR / "blind3_handwritten.txt"

# ---------------------------------------------------------------------------------------------------
# 1. presidio-evaluator
# ---------------------------------------------------------------------------------------------------

PRESIDIO_SEEDS = ((9011, "en_US"), (9203, "en_GB"), (9377, "en_AU"), (9551, "en_CA"), (9749, "en_IE"))
PRESIDIO_SEEDS += ((9913, "en_NZ"),)
PRESIDIO_PER_SEED = 250
PRESIDIO_CLOCK = "2026-12-05T12:00:00+00:00"
PRESIDIO_PICK_SEED = 9901
PRESIDIO_EXTRA = 24  # the part holds this many more messages than templates, the rest PII-bearing

PRESIDIO_TYPES = {
    "PERSON": "PERSON",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "CREDIT_CARD": "CARD",
    "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP",
}
ADDRESS_PIECES = {"STREET_ADDRESS", "ZIP_CODE"}  # a town or country joins them only when adjacent
NOT_OURS = {"US_SSN", "US_DRIVER_LICENSE"}  # identifiers the project's scheme has no type for: dropped


def presidio_raw() -> None:
    """Run in a scratch virtualenv with presidio-evaluator: writes its samples, unmapped."""
    import time_machine
    from presidio_evaluator.data_generator import PresidioSentenceFaker, presidio_templates_file_path
    from presidio_evaluator.data_generator.presidio_sentence_faker import (
        presidio_additional_entity_providers,
    )

    # templates.txt writes line breaks as a backslash and an n; the samples get real ones.
    templates = [
        line.strip().replace("\\n", "\n") for line in presidio_templates_file_path.read_text().splitlines()
    ]
    # HospitalProvider fetches a list over the network; no template asks for a hospital.
    providers = [p for p in presidio_additional_entity_providers if p.__name__ != "HospitalProvider"]
    # Faker draws dates relative to the clock: a fixed one makes the raw file reproducible.
    with time_machine.travel(PRESIDIO_CLOCK, tick=False), PRESIDIO_RAW.open("w", encoding="utf-8") as out:
        for seed, locale in PRESIDIO_SEEDS:
            # Seeded before as well as in the constructor: it draws middle initials for its people first.
            PresidioSentenceFaker.seed(seed)
            faker = PresidioSentenceFaker(
                locale=locale,
                lower_case_ratio=0.05,
                sentence_templates=templates,
                entity_providers=providers,
                random_seed=seed,
            )
            for n, sample in enumerate(faker.generate_new_fake_sentences(PRESIDIO_PER_SEED)):
                spans = [
                    {
                        "type": s.entity_type,
                        "start": s.start_position,
                        "end": s.end_position,
                        "value": s.entity_value,
                    }
                    for s in sorted(sample.spans, key=lambda s: s.start_position)
                ]
                row = {
                    "seed": seed,
                    "locale": locale,
                    "n": n,
                    "template_id": sample.template_id,
                    "text": sample.full_text,
                    "spans": spans,
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


def map_presidio(row: dict) -> dict | None:
    """presidio-evaluator's labels to ours; street, zip and adjacent town/state/country become one ADDRESS."""
    text = row["text"]
    if not text.strip() or any(s["type"] in NOT_OURS for s in row["spans"]):
        return None
    spans: list[dict] = []
    group: list[dict] = []

    def close_group() -> None:
        if group and any(s["type"] in ADDRESS_PIECES for s in group):
            start, end = group[0]["start"], group[-1]["end"]
            start += len(text[start:end]) - len(text[start:end].lstrip())
            end -= len(text[start:end]) - len(text[start:end].rstrip())
            spans.append({"type": "ADDRESS", "start": start, "end": end, "value": text[start:end]})
        group.clear()

    for s in row["spans"]:
        if s["type"] in ADDRESS_PIECES or s["type"] == "GPE":
            gap = text[group[-1]["end"] : s["start"]] if group else ""
            if group and not re.fullmatch(r"[\s,>?]*", gap):
                close_group()
            group.append(s)
            continue
        close_group()
        if s["type"] in PRESIDIO_TYPES:
            # The text is what counts: with lower_case_ratio the generator lowercases a sample's values,
            # not its text.
            start, end = s["start"], s["end"]
            start += len(text[start:end]) - len(text[start:end].lstrip())
            end -= len(text[start:end]) - len(text[start:end].rstrip())
            spans.append(
                {"type": PRESIDIO_TYPES[s["type"]], "start": start, "end": end, "value": text[start:end]}
            )
    close_group()
    return {"locale": row["locale"], "text": text, "spans": spans, "keep": []}


def presidio_part() -> list[dict]:
    rows = [json.loads(line) for line in PRESIDIO_RAW.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(PRESIDIO_PICK_SEED)
    by_template: dict[int, list[dict]] = {}
    for row in rows:
        by_template.setdefault(row["template_id"], []).append(row)
    picked, used = [], set()
    for template_id in sorted(by_template):
        for row in rng.sample(by_template[template_id], len(by_template[template_id])):
            record = map_presidio(row)
            if record is not None:
                picked.append(record)
                used.add((row["seed"], row["n"]))
                break
    rest = [r for r in rows if (r["seed"], r["n"]) not in used]
    rng.shuffle(rest)
    for row in rest:
        if len(picked) >= len(by_template) + PRESIDIO_EXTRA:
            break
        record = map_presidio(row)
        if record is not None and record["spans"]:
            picked.append(record)
    for record in picked:
        record["way"] = "presidio"
    return picked


# ---------------------------------------------------------------------------------------------------
# 2. Faker, many locales
# ---------------------------------------------------------------------------------------------------

FAKER_SEED = 9317
FAKER_MESSAGES = 230

# locale -> (country line, international calling code, trunk prefix dropped in international form)
LOCALES = {
    "nl_NL": ("Nederland", "31", "0"),
    "nl_BE": ("België", "32", "0"),
    "de_DE": ("Deutschland", "49", "0"),
    "de_AT": ("Österreich", "43", "0"),
    "de_CH": ("Schweiz", "41", "0"),
    "fr_FR": ("France", "33", "0"),
    "fr_CH": ("Suisse", "41", "0"),
    "es_ES": ("España", "34", ""),
    "es_MX": ("México", "52", ""),
    "es_AR": ("Argentina", "54", "0"),
    "pt_BR": ("Brasil", "55", "0"),
    "pt_PT": ("Portugal", "351", ""),
    "it_IT": ("Italia", "39", ""),
    "pl_PL": ("Polska", "48", ""),
    "cs_CZ": ("Česká republika", "420", ""),
    "sk_SK": ("Slovensko", "421", "0"),
    "hu_HU": ("Magyarország", "36", "06"),
    "ro_RO": ("România", "40", "0"),
    "hr_HR": ("Hrvatska", "385", "0"),
    "sl_SI": ("Slovenija", "386", "0"),
    "sv_SE": ("Sverige", "46", "0"),
    "da_DK": ("Danmark", "45", ""),
    "no_NO": ("Norge", "47", ""),
    "fi_FI": ("Suomi", "358", "0"),
    "ga_IE": ("Éire", "353", "0"),
    "en_IN": ("India", "91", "0"),
    "en_NZ": ("New Zealand", "64", "0"),
    "ru_RU": ("Россия", "7", "8"),
    "uk_UA": ("Україна", "380", "0"),
    "el_GR": ("Ελλάδα", "30", ""),
    "ja_JP": ("日本", "81", "0"),
    "zh_CN": ("中国", "86", "0"),
    "ko_KR": ("대한민국", "82", "0"),
    "he_IL": ("ישראל", "972", "0"),
    "th_TH": ("ประเทศไทย", "66", "0"),
    "vi_VN": ("Việt Nam", "84", "0"),
    "hy_AM": ("Հայաստան", "374", "0"),
    "ka_GE": ("საქართველო", "995", "0"),
}
FAMILY_FIRST = {"ja_JP", "zh_CN", "ko_KR", "hu_HU", "vi_VN"}
NO_SPACE_NAMES = {"zh_CN", "ko_KR"}
# Postcode and town order in a hand-built block, per locale: "pc_town" or "town_pc".
TOWN_THEN_POSTCODE = {"en_IN", "en_NZ", "es_ES", "ru_RU", "uk_UA", "he_IL", "th_TH", "vi_VN", "ga_IE"}
APARTMENT = {
    "nl": ["{n} hoog", "app. {n}", "bus {n}"],
    "de": ["Wohnung {n}", "{n}. OG links", "c/o Hinterhaus"],
    "fr": ["Appartement {n}", "Bâtiment B, esc. {n}", "{n}e étage"],
    "es": ["piso {n}º B", "Depto. {n}", "puerta {n}"],
    "pt": ["apto {n}", "{n}º Esq.", "bloco {n}"],
    "it": ["interno {n}", "scala B, piano {n}"],
    "pl": ["m. {n}", "lok. {n}"],
    "cs": ["byt {n}"],
    "sk": ["byt {n}"],
    "hu": ["{n}. em. 3. ajtó"],
    "ro": ["bl. A{n}, ap. 12"],
    "hr": ["stan {n}"],
    "sl": ["stanovanje {n}"],
    "sv": ["lgh {n}0{n}"],
    "da": ["{n}. tv."],
    "no": ["leil. H0{n}01"],
    "fi": ["as. {n}"],
    "ga": ["Apartment {n}"],
    "en": ["Flat {n}", "Unit {n}B", "Apt {n}"],
    "ru": ["кв. {n}{n}", "подъезд {n}, кв. 7"],
    "uk": ["кв. {n}"],
    "el": ["διαμέρισμα {n}"],
    "ja": ["{n}0{n}号室"],
    "zh": ["{n}单元{n}0{n}室"],
    "ko": ["{n}0{n}호"],
    "he": ["דירה {n}"],
    "th": ["ห้อง {n}0{n}"],
    "vi": ["Phòng {n}0{n}"],
    "hy": ["բն. {n}"],
    "ka": ["ბინა {n}"],
}
PARTICLES = {
    "nl": ["van der", "van den", "de", "van", "ter"],
    "de": ["von", "von der", "zu"],
    "fr": ["de", "du", "de la", "Le"],
    "es": ["de la", "del", "de los"],
    "pt": ["da", "dos", "de"],
    "it": ["De", "Di", "Lo", "Dalla"],
    "ga": ["Ó", "Mac", "Ní"],
}
# Names built with bin/binti/ibn/al-, which no Faker locale writes in Latin script.
PATRONYMIC_FIRST = [
    "Ahmad",
    "Nurul",
    "Siti",
    "Hafiz",
    "Farah",
    "Amirul",
    "Zainab",
    "Iskandar",
    "Aisyah",
    "Khalid",
]
PATRONYMIC_FATHER = ["Ismail", "Abdullah", "Rahman", "Hashim", "Yusof", "Othman", "Salleh", "Hamid", "Karim"]
FEMALE_FIRST = {"Nurul", "Siti", "Farah", "Zainab", "Aisyah"}

CURRENCY = {
    "en_IN": "₹{a:.0f}",
    "ja_JP": "¥{a:,.0f}00",
    "zh_CN": "{a:.2f} 元",
    "ko_KR": "{a:,.0f}00원",
    "pt_BR": "R$ {c}",
    "pl_PL": "{c} zł",
    "cs_CZ": "{a:.0f} Kč",
    "sv_SE": "{c} kr",
    "da_DK": "{c} kr.",
    "no_NO": "kr {c}",
    "hu_HU": "{a:.0f}00 Ft",
    "ru_RU": "{a:.0f} руб.",
    "uk_UA": "{a:.0f} грн",
    "th_TH": "฿{a:.0f}",
    "he_IL": "₪{a:.2f}",
    "en_NZ": "NZ${a:.2f}",
}


class Person:
    def __init__(self, fake, locale: str, rng: random.Random) -> None:
        female = rng.random() < 0.5
        first = fake.first_name_female() if female else fake.first_name_male()
        last = fake.last_name_female() if female else fake.last_name_male()
        lang = locale[:2]
        roll = rng.random()
        if lang in PARTICLES and roll < 0.35 and " " not in last:
            last = f"{rng.choice(PARTICLES[lang])} {last}"
        elif (
            roll < 0.45
            and locale not in FAMILY_FIRST
            and lang not in {"ru", "uk", "el", "he", "th", "hy", "ka"}
        ):
            last = f"{last}-{fake.last_name()}"
        elif roll < 0.52 and locale in {"fr_FR", "fr_CH"} and "-" not in first:
            first = f"{first}-{fake.first_name_male() if not female else fake.first_name_female()}"
        if locale in FAMILY_FIRST:
            self.full = f"{last}{'' if locale in NO_SPACE_NAMES else ' '}{first}"
        elif lang == "ru" and rng.random() < 0.4:
            middle = fake.middle_name_female() if female else fake.middle_name_male()
            self.full = f"{last} {first} {middle}"
        else:
            self.full = f"{first} {last}"
        self.first, self.last = first, last
        if rng.random() < 0.06 and self.full.lower() != self.full:
            self.full, self.first = self.full.lower(), self.first.lower()


def patronymic_person(rng: random.Random) -> str:
    first = rng.choice(PATRONYMIC_FIRST)
    joiner = rng.choice(["binti", "bt."] if first in FEMALE_FIRST else ["bin", "ibn", "b."])
    name = f"{first} {joiner} {rng.choice(PATRONYMIC_FATHER)}"
    return (
        name
        if rng.random() < 0.7
        else f"{first} {rng.choice(['al-', 'Al-', 'el-'])}{rng.choice(PATRONYMIC_FATHER)}"
    )


def address_block(fake, locale: str, rng: random.Random, inline: bool) -> str:
    """A postal address the way the country writes it: Faker's own layout, or street, flat, town, country."""
    country = LOCALES[locale][0]
    style = rng.random()
    if style < 0.4:
        address = fake.address()
        if rng.random() < 0.5:
            address += f"\n{country}"
    else:
        street = fake.street_address()
        flat = rng.choice(APARTMENT[locale[:2]]).format(n=rng.randint(1, 9))
        postcode, town = fake.postcode(), fake.city()
        town_line = f"{town} {postcode}" if locale in TOWN_THEN_POSTCODE else f"{postcode} {town}"
        if locale == "en_IN":
            town_line = f"{town} - {postcode}"
        lines = [street, flat, town_line] if rng.random() < 0.6 else [street, town_line]
        if rng.random() < 0.6:
            lines.append(country)
        address = "\n".join(lines)
    address = address.strip()
    if inline:
        address = re.sub(r"[\s,]*\n\s*", ", ", address)
    return address


def phone(fake, locale: str, rng: random.Random) -> str:
    """National as Faker writes it, or international, maybe with an extension.

    Faker's digits are random: a number is redrawn until it is valid for the country (phonenumbers'
    metadata), so the corpus holds numbers a real customer could have (es_AR: possible ones only).
    """
    region = locale.split("_")[1]
    for _ in range(30):
        number = fake.phone_number()
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            break
    else:
        while True:
            number = fake.phone_number()
            try:
                parsed = phonenumbers.parse(number, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_possible_number(parsed):
                break
    _, code, trunk = LOCALES[locale]
    roll = rng.random()
    if not number.startswith(("+", "00")) and roll < 0.45:
        if roll < 0.25 and phonenumbers.is_valid_number(parsed):
            number = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        elif roll < 0.35:
            number = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        else:
            digits = re.sub(r"\D", "", number)
            if trunk and digits.startswith(trunk):
                digits = digits[len(trunk) :]
            groups = [digits[: len(digits) % 3 or 3]]
            groups += [digits[i : i + 3] for i in range(len(groups[0]), len(digits), 3)]
            number = f"+{code} " + " ".join(groups)
    if rng.random() < 0.15:
        number += rng.choice([" x{e}", " ext. {e}", " ext {e}", "#{e}", " (ext. {e})"]).format(
            e=rng.choice(["0184", "22", "315", "4071", "9"])
        )
    return number


def ip(fake, rng: random.Random) -> str:
    """A public address: loopback, link-local and other reserved ones are not personal data."""
    while True:
        value = fake.ipv4_public() if rng.random() < 0.6 else fake.ipv6()
        parsed = ipaddress.ip_address(value)
        if parsed.is_global and not parsed.is_multicast:
            return value


def amount(locale: str, rng: random.Random) -> str:
    a = rng.randint(300, 9800) / 100
    comma = f"{a:.2f}".replace(".", ",")
    if locale in CURRENCY:
        return CURRENCY[locale].format(a=a, c=comma)
    if locale.startswith(("en",)):
        return rng.choice([f"${a:.2f}", f"£{a:.2f}", f"{a:.2f} USD"])
    return rng.choice([f"€{comma}", f"{comma} €", f"{comma} EUR", f"EUR {a:.2f}"])


def clock(rng: random.Random) -> str:
    h, m = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    return rng.choice(
        [f"{(h % 12) or 12}:{m:02d}{'am' if h < 12 else 'pm'}", f"{h:02d}:{m:02d}", f"{h}h{m:02d}"]
    )


def day(rng: random.Random) -> str:
    d, mo = rng.randint(1, 28), rng.randint(1, 12)
    months = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
    return rng.choice(
        [f"{d} {months[mo - 1]}", f"{months[mo - 1]} {d}", f"{d:02d}/{mo:02d}", f"2026-{mo:02d}-{d:02d}"]
    )


# Templates written for this corpus. {name} {first} {name2} {addr} {addr_inline} {phone} {email} {ip}
# {card} {iban} are PII; {trip} {amount} {time} {date} must survive.
FAKER_TEMPLATES = [
    "Driver went the long way round on trip {trip}, fare came to {amount} instead of the quoted one. "
    "Please call me back on {phone}. {name}",
    "hi, my son left his school bag in the car ({trip}, dropped off {time}). "
    "Could the driver bring it to\n{addr}\nthanks, {name}",
    "Charged a cleaning fee of {amount} on {date} - the car was clean when I got out. "
    "Receipt should go to {email}, not the old address.",
    "Lost item: black umbrella, trip {trip} on {date} around {time}.\n\nReturn to:\n{name}\n{addr}\n"
    "mobile: {phone}",
    "I was logged out and your app says my IP {ip} is blocked?? I never did anything. account email {email}",
    "Complaint about detour. Pick-up {time}, the driver ignored the route and I paid {amount}. "
    "I live at {addr_inline}, it is a 6 minute ride normally.",
    "Booking for my colleague {name}, who will wait at {addr_inline} at {time}. Their number is {phone}.",
    "Please refund {amount} to the card ending, full number {card}, trip {trip}.",
    "Refund the cancellation fee ({amount}) by bank transfer instead: IBAN {iban}, account holder {name}.",
    "Tel. {phone}\nFax {phone2}\n\nDear support, I was overcharged on trip {trip} ({amount}). "
    "Regards\n{name}",
    "{name} and {name2} shared trip {trip} on {date}; we were both charged {amount}. Contact us at {email}.",
    "The rider {first} called me from {phone} asking about a lost phone, trip {trip}.",
    "Wallet left in car. Owner: {name}, {addr_inline}. Found at {time}.",
    "Suspicious logins on my account from {ip} and {ip2} on {date}. Please lock it. {name}",
    "-----\n{name}\n{addr}\n{phone}-Office\n{email}",
    "My phone number changed, new one is {phone} (old one no longer works). Trip {trip} receipt please.",
    "Surge price {amount} at {time} for 2 km?! I want this reviewed. Sent from my iPhone\n{name}",
    "Airport transfer {date}, driver never showed. I waited at {addr_inline} for 40 minutes. "
    "Call {phone} please.",
    "Could you send the invoice for trip {trip} to my office:\n{name}\n{addr}",
    "Hello, I am {name}. The driver took my suitcase by mistake. Delivery address:\n{addr}\n"
    "You can reach me on {phone} after {time}.",
    "Router log shows {ip} connected when the app crashed on trip {trip}. Device owner {name}.",
    "Fee dispute: {amount} toll charged on {date}. Bank: {iban}. Thank you, {first}",
    "Please update my home address to {addr_inline} and my phone to {phone}.",
    "From: {name} <{email}>\nSent: {date} {time}\nSubject: lost keys\n\n"
    "Keys left in the back seat, trip {trip}.",
    "Our kid {first} is 15 and travelled alone ({trip}). The driver dropped them at the wrong place, "
    "not at {addr_inline}. Call {phone} immediately.",
]


# slot -> (PII type, kept kind)
SLOTS = {
    "name": ("PERSON", None),
    "name2": ("PERSON", None),
    "first": ("PERSON", None),
    "addr": ("ADDRESS", None),
    "addr_inline": ("ADDRESS", None),
    "phone": ("PHONE", None),
    "phone2": ("PHONE", None),
    "email": ("EMAIL", None),
    "ip": ("IP", None),
    "ip2": ("IP", None),
    "card": ("CARD", None),
    "iban": ("IBAN", None),
    "trip": (None, "trip_id"),
    "amount": (None, "amount"),
    "time": (None, "time"),
    "date": (None, "date"),
}


def fill(slot: str, fake, locale: str, people: list[Person], rng: random.Random) -> str:
    value = {
        "name": lambda: people[0].full,
        "name2": lambda: people[1].full,
        "first": lambda: people[0].first,
        "addr": lambda: address_block(fake, locale, rng, inline=False),
        "addr_inline": lambda: address_block(fake, locale, rng, inline=True),
        "phone": lambda: phone(fake, locale, rng),
        "phone2": lambda: phone(fake, locale, rng),
        "email": fake.email,
        "ip": lambda: ip(fake, rng),
        "ip2": lambda: ip(fake, rng),
        "card": fake.credit_card_number,
        "iban": fake.iban,
        "trip": lambda: kit.trip_id(rng),
        "amount": lambda: amount(locale, rng),
        "time": lambda: clock(rng),
        "date": lambda: day(rng),
    }[slot]
    return value()


def faker_part() -> list[dict]:
    rng = random.Random(FAKER_SEED)
    fakers = kit.seeded_fakers(list(LOCALES), FAKER_SEED)
    locales = list(LOCALES)
    records = []
    for n in range(FAKER_MESSAGES):
        locale = locales[n % len(locales)]
        fake = fakers[locale]
        template = FAKER_TEMPLATES[rng.randrange(len(FAKER_TEMPLATES))]
        people = [Person(fake, locale, rng) for _ in range(2)]
        if rng.random() < 0.1:
            people[0].full = patronymic_person(rng)
            people[0].first = people[0].full.split()[0]
        builder = kit.Builder()
        for piece in re.split(r"(\{\w+\})", template):
            if piece.startswith("{") and piece.endswith("}"):
                slot = piece[1:-1]
                label, kind = SLOTS[slot]
                builder.add(fill(slot, fake, locale, people, rng), label=label, kind=kind)
            elif piece:
                builder.add(piece)
        records.append(
            {
                "locale": locale,
                "text": builder.text,
                "spans": builder.spans,
                "keep": builder.keep,
                "way": "faker",
            }
        )
    return records


# ---------------------------------------------------------------------------------------------------
# 3. Hand-written (HANDWRITTEN, read by pii_corpus_kit.read_handwritten); then build, check, write
# ---------------------------------------------------------------------------------------------------


def summary(records: list[dict]) -> str:
    lines = kit.count_lines(records, ("presidio", "faker", "hand"))
    lines.append(f"locales: {len({r['locale'] for r in records})}")
    return "\n".join(lines)


def build() -> list[dict]:
    # The way a message was made rides in its id (the records keep the held-out files' fields).
    records = presidio_part() + faker_part() + kit.read_handwritten(HANDWRITTEN)
    return kit.finish(records, corpus="blind3", shuffle_seed=9000)


def check_blind3(records: list[dict]) -> None:
    # presidio-evaluator's samples keep the white space its templates put around them.
    kit.check(records, trimmed_text=False)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--presidio-raw", action="store_true", help="write the presidio-evaluator samples")
    parser.add_argument("--check", action="store_true", help="check the written corpus only")
    args = parser.parse_args()
    # Some Faker locales (it_IT's towns) build their lists from sets.
    kit.pin_hash_seed()
    if args.presidio_raw:
        presidio_raw()
        return
    if args.check:
        records = kit.read_jsonl(CORPUS)
    else:
        records = build()
        check_blind3(records)
        kit.write_jsonl(CORPUS, records)
    check_blind3(records)
    print(summary(records), file=sys.stderr)


if __name__ == "__main__":
    main()
