"""Structured PII in every format it is written in: IBANs, phone numbers, IPs, cards and emails (issue 20).

A seeded generator (below, no data file) writes each value many ways (grouped, compact, with odd blanks and
dashes, lowercase, with labels and extensions, beside the ids, amounts, dates and times of a support
message) in sentences of eight languages. Recall per type must be 1.0, and no kept item may be touched.

    PYTHONPATH=. .venv/bin/python tests/pii/test_structured_formats.py   # prints the misses and touched items
"""

from __future__ import annotations

import random
import string
import sys
import warnings
from collections import Counter

import phonenumbers
import pytest
import regex as re
from faker import Faker

from copilot.pii import patterns
from copilot.pii.scoring import tally

SEED = 20261206

# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------

# Countries whose bank code is written in letters (the rest of the BBAN in digits).
_LETTER_BANKS = {
    "GB": 4, "IE": 4, "NL": 4, "RO": 4, "BG": 4, "BH": 4, "GI": 4, "MT": 4, "KW": 4, "JO": 4, "QA": 4,
    "PS": 4, "LC": 4, "MU": 4, "SC": 4, "PK": 4, "VG": 4, "AZ": 4, "GE": 2, "LV": 4, "SV": 4, "DO": 4,
    "IT": 1, "SM": 1, "AL": 0, "GT": 4, "BY": 4, "UA": 0, "MR": 0, "OM": 0, "NI": 4, "HN": 4, "MN": 0,
}  # fmt: skip


def _check_digits(country: str, bban: str) -> str:
    number = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    return f"{98 - number % 97:02d}"


def iban_of(country: str, bban: str) -> str:
    return country + _check_digits(country, bban) + bban


def random_iban(rng: random.Random, country: str) -> str:
    size = patterns.IBAN_LENGTHS[country] - 4
    letters = _LETTER_BANKS.get(country, 0)
    bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(letters))
    bban += "".join(rng.choice(string.digits) for _ in range(size - letters))
    return iban_of(country, bban)


def faker_ibans(seed: int) -> list[str]:
    """Faker's IBANs for every locale that writes them (some of countries outside the registry)."""
    from faker.config import AVAILABLE_LOCALES

    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for locale in sorted(AVAILABLE_LOCALES):
            fake = Faker(locale)
            fake.seed_instance(seed)
            try:
                out += [fake.iban() for _ in range(2)]
            except AttributeError:
                continue
    return sorted(set(out))


def iban_forms(rng: random.Random, iban: str) -> list[str]:
    """The ways an IBAN is written: grouped by four with several separators, compact, in other cases."""
    groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
    forms = [
        iban,
        " ".join(groups),
        "-".join(groups),
        ".".join(groups),
        "  ".join(groups),
        "\u00a0".join(groups),
        "\u2009".join(groups),
        "\u202f".join(groups),
        " ".join(groups).lower(),
        "".join(ch.lower() if rng.random() < 0.5 else ch for ch in " ".join(groups)),
        iban[:2] + " " + iban[2:4] + " " + " ".join(iban[i : i + 4] for i in range(4, len(iban), 4)),
        " ".join(groups[:3]) + "\n" + " ".join(groups[3:]),
    ]
    return forms


_PHONE_TYPES = [
    phonenumbers.PhoneNumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.PREMIUM_RATE,
    phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.VOIP,
    phonenumbers.PhoneNumberType.PERSONAL_NUMBER,
    phonenumbers.PhoneNumberType.PAGER,
    phonenumbers.PhoneNumberType.UAN,
    phonenumbers.PhoneNumberType.VOICEMAIL,
]
_FMT = phonenumbers.PhoneNumberFormat


def example_phones() -> list[tuple[str, phonenumbers.PhoneNumber]]:
    out = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in _PHONE_TYPES:
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None:
                out.append((region, number))
    return out


def phone_forms(rng: random.Random, number: phonenumbers.PhoneNumber) -> list[str]:
    """International forms always; the national one when it has seven digits or more (a shorter one is a
    number only its region's readers know)."""
    intl = phonenumbers.format_number(number, _FMT.INTERNATIONAL)
    e164 = phonenumbers.format_number(number, _FMT.E164)
    national = phonenumbers.format_number(number, _FMT.NATIONAL)
    rfc = phonenumbers.format_number(number, _FMT.RFC3966).removeprefix("tel:")
    nsn = phonenumbers.national_significant_number(number)
    code = str(number.country_code)
    forms = [intl, e164, "00" + e164[1:], rfc, "+" + code + " (0)" + nsn if len(nsn) > 6 else intl]
    rest = intl.split(" ", 1)[1] if " " in intl else nsn
    forms += ["+" + code + " " + rest.replace(" ", "."), "+" + code + " " + rest.replace(" ", "/")]
    forms += [
        "+" + code + "\u00a0" + rest.replace(" ", "\u00a0"),
        "+" + code + " " + rest.replace(" ", "\u2009"),
    ]
    dash = rng.choice(["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"])
    forms.append("+" + code + " " + rest.replace(" ", dash).replace("-", dash))
    if sum(ch.isdigit() for ch in national) >= 7:
        forms.append(national)
        if " " in national and "(" not in national:
            forms.append(national.replace(" ", "."))
    return forms


def luhn_complete(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for last in string.digits:
        if patterns._luhn_ok(body + last):
            return body + last
    raise AssertionError


_CARD_BRANDS = [
    ("4", 16), ("4", 13), ("4", 19), ("51", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15),
    ("37", 15), ("6011", 16), ("65", 16), ("644", 16), ("3528", 16), ("3589", 19), ("36", 14),
    ("300", 14), ("38", 14), ("62", 16), ("62", 19), ("5018", 16), ("6304", 19), ("2200", 16), ("1", 15),
]  # fmt: skip


def card_forms(number: str) -> list[str]:
    if len(number) == 14 or (len(number) == 15 and number[:2] in ("34", "37")):
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, len(number), 4)]
    return [number, " ".join(groups), "-".join(groups)]


def make_emails(rng: random.Random) -> list[str]:
    locals_ = [
        "anna.schmidt",
        "j.doe+travel",
        "LUCIA_GARCIA",
        "o'brien",
        "user-42",
        "x",
        "jean.dupont+refund",
    ]
    hosts = ["gmail.com", "mail.example.co.uk", "sub.dept.uni-hamburg.de", "münchen-mail.de", "EXAMPLE.ORG"]
    hosts += ["correo.es", "posteo.net", "t-online.de", "yahoo.com.br", "outlook.fr", "ziggo.nl"]
    out = [f"{rng.choice(locals_)}@{host}" for host in hosts for _ in range(2)]
    out += ["ÇAĞLA.YILMAZ@GMAIL.COM", "jörg.müller@gmx.de", "zoë@example.com", "ANNA@EXAMPLE.COM"]
    out += ['"jean dupont"@example.fr', '"j.doe"@gmail.com', "info@xn--mnchen-3ya.de", "ana@correo.gob.mx"]
    out += ["用户@例子.广告", "иван@почта.рф", "first.o'neil+ride@mail.example.ie"]
    return out


def make_ips(rng: random.Random) -> list[str]:
    out = []
    while len(out) < 24:
        ip = ".".join(str(rng.randint(1, 223)) for _ in range(4))
        if patterns.ipaddress.ip_address(ip).is_global:
            out.append(ip)
    out += ["2a00:1450:4001:82a::200e", "2a03:2880:f12f:83:face:b00c:0:25de", "2606:4700:4700::1111"]
    out += ["2a02:0908:0000:0000:0000:0000:0000:0001", "::ffff:81.2.69.142", "2001:4860:4860:0:0:0:0:8888"]
    out += ["2A00:1450:4001:82A::200E"]
    return out


# ---------------------------------------------------------------------------------------------
# Kept items and sentences
# ---------------------------------------------------------------------------------------------


KEPT = {
    "booking": ["QHZ4TK", "X7K2PQ", "ABC123", "PNR8XK"],
    "amount": [
        "€12,40", "12,40 EUR", "$1,234.56", "£36.07", "R$ 63,54", "389 Kč", "¥4800", "CHF 424.41", "45 zł",
        "1.234,56 €", "NZ$26.73", "₺ 250,00", "US$ 19.99", "3 450 Ft", "1 299,00 kr", "₹ 1,250", "€ 7",
        "MX$ 310.50", "2.500,00 ARS", "EUR 1.250,00", "USD 1,250.00", "12.50 €", "£1,299",
    ],
    "time": ["7:45pm", "19:45", "8h55", "14.30", "20.01 Uhr", "9 am", "18h", "07:05", "11.15 pm"],
    "date": [
        "3 March", "Nov 2", "15/02", "2026-11-02", "5. Dezember", "12 grudnia", "3 de septiembre de 2026",
        "02.11.2026", "11/02/2026", "2026/12/05", "12 mars 2026", "4 de abril", "10 april", "3 maggio",
        "5 Aralık 2026", "March 3rd, 2026", "Tuesday 3 March",
    ],
    "flight": ["BA 117", "QF402", "EZY8341", "U2 4083", "LH 2034", "TK 1822", "AF1234"],
    "plate": ["7KRD482", "LK21 XRT", "B-RC 4471", "GH-482-LM", "34 ABC 123"],
    "order": ["#48213", "#1002937", "123-4567890-1234567", "ORD-55821"],
    "card_end": ["•••• 4242", "**** 1881", "0005"],
    "version": ["v2.14.3", "4.18.0", "17.5.1", "14"],
    "duration": ["1h 25min", "45 min", "2 hours", "90 minutes", "25 Minuten", "20 minutos"],
    "percent": ["12.5%", "20 %", "3,5 %", "15%"],
}  # fmt: skip


def kept_items(rng: random.Random) -> dict[str, str]:
    """One item of every kind that must stay readable, for the named slots of the sentences."""
    items = {kind: rng.choice(values) for kind, values in KEPT.items()}
    items["trip"] = "".join(rng.choice("0123456789abcdef") for _ in range(7)) + rng.choice("abcdef")
    return items


# Each language: sentences with {X} (a value) and named slots for the items that must stay readable.
TEMPLATES = {
    "en": [
        "Please refund trip {trip} to {X}. The fare was {amount}.",
        "{X}\nThat's my number for the pickup at {time} on {date}.",
        "Hi, my details: {X} (booking {booking}).",
        'Could you send the refund of {amount} to "{X}"? Thanks',
        "Call me on {X}, or {X}, about order {order}.",
        "Tel. {X} / {X}\nBooking {booking}, {amount}",
        "[{X}] - driver plate {plate}, flight {flight}",
        "My new one is {X}; the old was wrong. Ride {trip}, {amount}.",
        "Paid {amount} with my card ending {card_end}, waited {duration}. Contact: {X}",
        "After the update to version {version} the app charged {amount} ({percent} surge); reach me at {X}.",
        "{X}",
        "Ride {trip} on {date} at {time}, {duration} late. {X}",
    ],
    "fr": [
        "Bonjour, merci de rembourser la course {trip} sur {X}. Montant : {amount}.",
        "Vous pouvez me joindre au {X} après {time} le {date}.",
        "Mes coordonnées : {X}, réservation {booking}, vol {flight}.",
    ],
    "es": [
        "Hola, el reembolso de {amount} por favor a {X}. Viaje {trip}.",
        "Mi número es {X}, llegué a las {time} el {date}.",
        "Datos: {X} (vuelo {flight}, pedido {order}).",
    ],
    "de": [
        "Hallo, bitte erstatten Sie {amount} auf {X}. Fahrt {trip} am {date}.",
        "Sie erreichen mich unter {X} ab {time}.",
        "Kontakt: {X}, Kennzeichen {plate}, Flug {flight}.",
    ],
    "pt": [
        "Olá, por favor devolvam {amount} para {X}. Viagem {trip} no dia {date}.",
        "Meu contato é {X}; cheguei às {time}, esperei {duration}.",
    ],
    "nl": [
        "Hallo, graag {amount} terugstorten op {X}. Rit {trip} op {date}.",
        "U kunt me bereiken op {X} na {time}.",
    ],
    "it": [
        "Buongiorno, vi prego di rimborsare {amount} su {X}. Corsa {trip} del {date}.",
        "Potete chiamarmi al {X} dopo le {time}.",
    ],
    "tr": [
        "Merhaba, lütfen {amount} tutarını {X} hesabına iade edin. Yolculuk {trip}, {date}.",
        "Bana {X} numarasından ulaşabilirsiniz, saat {time} sonrası.",
    ],
}

# Messages with no PII at all: every slot a kept item.
KEPT_ONLY = [
    "Trip {trip} on {date} at {time}: charged {amount} ({percent} surge), waited {duration}.",
    "Flight {flight} landed at {time}; the car {plate} was not there. Order {order}, card {card_end}.",
    "App version {version}, booking {booking}, refund {amount} on {date}.",
    "Fahrt {trip} am {date} um {time}, {amount}, Wartezeit {duration}, Flug {flight}.",
    "Course {trip} du {date} à {time} : {amount}, réservation {booking}, vol {flight}.",
    "Viaje {trip} el {date} a las {time}: {amount}, pedido {order}, matrícula {plate}.",
    "Viagem {trip} no dia {date} às {time}: {amount}, esperei {duration}.",
    "Rit {trip} op {date} om {time}: {amount}, vlucht {flight}.",
    "Corsa {trip} del {date} alle {time}: {amount}, volo {flight}, targa {plate}.",
    "Yolculuk {trip}, {date}, saat {time}: {amount}, uçuş {flight}.",
    "Ride {trip}, {date}.\nFrom the airport, {amount}.",
]

# The words before a value (a label) and after it, in the languages above.
LABELS = {
    "IBAN": ["IBAN: ", "IBAN ", "iban-", "IBAN:", "IBAN:\n", "my IBAN is ", "Kontonummer (IBAN) ", "compte ", "cuenta ", "( ", ""],
    "PHONE": ["mobile: ", "cell ", "fax ", "Tel. ", "Tél : ", "Handy: ", "celular ", "WhatsApp ", "Tel/Fax ", "phone\n", ""],
    "CARD": ["card ", "Karte ", "tarjeta ", "carte n° ", "Visa ", ""],
    "EMAIL": ["e-mail: ", "Mail ", "correo ", "<", ""],
    "IP": ["IP ", "from ", "IP address: ", "login from ", ""],
}  # fmt: skip
TAILS = {
    "IBAN": ["", ".", ",", ";", ")", " and", ". Thanks", " BIC DEUTDEFF", " (BIC: BNPAFRPP)", ", amount €12,40", " on 2026-11-02", " trip 3fa9c21b"],
    "PHONE": ["", ".", ",", " x12", " ext. 12", " Durchwahl 12", " poste 12", " (ext. 315)", " -Office", " (mobile)"],
    "CARD": ["", ".", ",", " exp 12/27", ")"],
    "EMAIL": ["", ".", ">", ",", ")"],
    "IP": ["", ".", ",", ":8080", " yesterday"],  # (":8080" after an IPv4 only)
}  # fmt: skip
# Labels and tails that belong to the value's span (an extension is the number's).
_TAIL_IN_SPAN = {" x12", " ext. 12", " Durchwahl 12", " poste 12", " (ext. 315)"}


_SLOT_RE = re.compile(r"\{(\w+)\}")


def _fill(template: str, values: list[tuple[str, str, str, str]], kept: dict[str, str]) -> dict:
    """A record: `values` are (type, label, value, tail) for the {X} slots in order."""
    text, spans, keep, cursor = "", [], [], 0
    xs = iter(values)
    for m in [*_SLOT_RE.finditer(template), None]:
        text += template[cursor : m.start() if m else len(template)]
        if m is None:
            break
        cursor = m.end()
        if m.group(1) == "X":
            kind, label, value, tail = next(xs)
            text += label
            start = len(text)
            text += value + (tail if tail in _TAIL_IN_SPAN else "")
            spans.append({"type": kind, "start": start, "end": len(text), "value": text[start:]})
            text += "" if tail in _TAIL_IN_SPAN else tail
        else:
            start = len(text)
            text += kept[m.group(1)]
            keep.append({"kind": m.group(1), "start": start, "end": len(text), "value": text[start:]})
    return {"text": text, "spans": spans, "keep": keep}


def generate(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    values: list[tuple[str, str]] = []
    ibans = [random_iban(rng, country) for country in sorted(patterns.IBAN_LENGTHS)] + faker_ibans(seed)
    for iban in ibans:
        values += [("IBAN", form) for form in rng.sample(iban_forms(rng, iban), 4)]
    for _region, number in example_phones():
        forms = phone_forms(rng, number)
        values += [("PHONE", form) for form in rng.sample(forms, min(3, len(forms)))]
    for prefix, length in _CARD_BRANDS:
        number = luhn_complete(rng, prefix, length)
        values += [("CARD", form) for form in card_forms(number)]
    values += [("EMAIL", email) for email in make_emails(rng)]
    ips = make_ips(rng)
    values += [("IP", ip) for ip in ips]
    values += [("IP[]", ip) for ip in ips if ":" in ip]  # "[2a00:1450::200e]:443"
    rng.shuffle(values)
    records = [_fill(template, [], kept_items(rng)) for template in KEPT_ONLY for _ in range(15)]
    languages = sorted(TEMPLATES)
    i = 0
    while i < len(values):
        template = rng.choice(TEMPLATES[languages[len(records) % len(languages)]])
        slots = template.count("{X}")
        chosen = values[i : i + slots]
        i += slots
        if len(chosen) < slots:
            break
        filled = []
        for kind, value in chosen:
            if kind == "IP[]":
                filled.append(("IP", rng.choice(LABELS["IP"]) + "[", value, "]:443"))
                continue
            label = rng.choice(LABELS[kind])
            tail = rng.choice(TAILS[kind])
            if kind == "IP" and ":" in value and tail == ":8080":
                label, tail = label + "[", "]:8080"
            if label.endswith("( ") or label == "(":
                tail = ")"
            if label == "<":
                tail = ">"
            filled.append((kind, label, value, tail))
        records.append(_fill(template, filled, kept_items(rng)))
    return records


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------


def score(records: list[dict]) -> tuple[Counter, Counter, list[tuple[str, str, str]], list[tuple[str, str]]]:
    read = tally(records)
    touched = [
        (record["keep"][index]["kind"], record["keep"][index]["value"], record["text"], result.text)
        for record, index, result in read.touched
    ]
    return read.totals, read.hidden, read.misses, touched


@pytest.fixture(scope="module")
def scored():
    return score(generate())


def test_the_generated_set_covers_every_type(scored):
    totals = scored[0]
    assert sum(not r["spans"] for r in generate()) >= 150  # messages of kept items only
    assert totals["IBAN"] >= 4 * len(patterns.IBAN_LENGTHS), totals
    assert totals["PHONE"] >= 1500 and totals["CARD"] >= 60 and totals["EMAIL"] >= 20 and totals["IP"] >= 30


@pytest.mark.parametrize("kind", ["IBAN", "PHONE", "CARD", "EMAIL", "IP"])
def test_every_format_is_found(scored, kind):
    totals, found, misses, _ = scored
    these = [(value, text) for k, value, text in misses if k == kind]
    assert found[kind] == totals[kind], f"{kind} {found[kind]}/{totals[kind]}: {these[:10]}"


def test_no_kept_item_is_touched(scored):
    touched = scored[3]
    assert not touched, touched[:10]


@pytest.mark.parametrize(
    "text",
    [
        "Ride ed18658a from the 28013 area, then the 7 pm train",  # a trip id and words, no IBAN
        "we met at 06 12 in Gate B12",
        "Version 2026.12.05 of the app, build 0800.12",
        "Flight TK 1822 on 2026-11-02 at 14.30, 45 min late, 12.5% surge",
        "Invoice 2026/12/05, #1002937 and order 123-4567890-1234567",
        "TO 12 AB was the code",
        "paid €1.234,56 and CHF 424.41 for 3 450 Ft",
    ],
)
def test_no_structured_value_in_kept_text(text):
    found = patterns.find_ibans(text) + patterns.find_phones(text) + patterns.find_cards(text)
    assert not found, [text[a:b] for a, b, _ in found]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("no message came to my registered 68 90 46. Could you look?", "68 90 46"),
        ("They're not answering at 89 37 13", "89 37 13"),
        ("Sigrún Jónsdóttir\n81 76 58 office\n22 19 16 (home)", "81 76 58"),
        ("fax 41 22 19 16", "41 22 19 16"),
    ],
)
def test_a_six_digit_local_number_after_a_phone_word_or_labelled_on_its_line_is_a_phone(text, number):
    start = text.index(number)
    assert (start, start + len(number)) in [(a, b) for a, b, _ in patterns.find_phones(text)]


@pytest.mark.parametrize(
    "text",
    ["Booking 12 34 56 office party", "score 12 34 56 home team", "Trip at 12 34 56 was late"],
)
def test_six_digits_in_pairs_without_a_phone_word_stay(text):
    assert patterns.find_phones(text) == []


if __name__ == "__main__":
    totals, found, misses, touched = score(generate(int(sys.argv[1]) if len(sys.argv) > 1 else SEED))
    for kind in sorted(totals):
        print(f"{kind}: {found[kind]}/{totals[kind]}")
    print("kept touched", len(touched))
    for miss in misses:
        print("MISS", repr(miss[0]), repr(miss[1]), "|", repr(miss[2]))
    for item in touched:
        print("TOUCHED", repr(item))
