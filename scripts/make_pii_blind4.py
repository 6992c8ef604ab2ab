"""Build two new labelled PII corpora for issue 20: dev4.jsonl (for tuning) and blind4.jsonl (never read).

Both come from the same generator with different seeds, different template pools and different hand-written
messages, so no sentence of one is in the other (checked). blind4.README.md says how they were made.

1. Generated support messages (`gen`): an opener, one or two bodies and a sign-off, in English, French,
   Spanish, German and Portuguese; names in running prose (lowercase, plain ASCII, names that are common
   words, after prepositions, in sign-offs and forwarded headers), postal addresses in the layouts of 32
   countries, phone numbers of 32 regions (valid by phonenumbers' metadata) with labels and extensions,
   IBANs of 22 countries, cards in several groupings, emails, public IPv4/IPv6.
2. Operational messages (`ops`): no PII, only what must survive: trip ids, amounts, dates, times, flight
   numbers, licence plates, booking references, order numbers, place names.
3. Hand-written messages (`hand`): dev4_handwritten.txt and blind4_handwritten.txt, labelled inline:
   «P:name» «A:address» «T:phone» «E:email» «C:card» «I:iban» «IP:ip» are PII; ‹t:trip› ‹a:amount› ‹h:time›
   ‹d:date› ‹f:flight› ‹p:plate› ‹b:booking› ‹o:order› ‹l:place› must survive.

    .venv/bin/python scripts/make_pii_blind4.py                 # writes both corpora, checks, prints counts
    .venv/bin/python scripts/make_pii_blind4.py --only dev4     # one corpus
    .venv/bin/python scripts/make_pii_blind4.py --check         # checks the written files only
"""

from __future__ import annotations

import argparse
import ipaddress
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import phonenumbers
import pii_corpus_kit as kit

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "data" / "pii_heldout"

# corpus -> seed, generated messages, operational messages
CORPORA = {
    "dev4": {"seed": 4417, "gen": 300, "ops": 45},
    "blind4": {"seed": 6089, "gen": 450, "ops": 75},
}


def ascii_fold(value: str) -> str:
    """How a rider types a name on a keyboard without accents: José -> Jose, Müller -> Muller."""
    folded = unicodedata.normalize("NFKD", value)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return folded.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")


# ---------------------------------------------------------------------------------------------------
# Countries: address pieces, phone region, IBAN, currency
# ---------------------------------------------------------------------------------------------------

# code -> (English name, local name, Faker locale for street/town pieces or None for the lists below)
COUNTRIES = {
    "US": ("USA", "United States", "en_US"),
    "GB": ("UK", "United Kingdom", "en_GB"),
    "IE": ("Ireland", "Éire", "en_IE"),
    "AU": ("Australia", "Australia", "en_AU"),
    "NZ": ("New Zealand", "New Zealand", "en_NZ"),
    "CA": ("Canada", "Canada", "en_CA"),
    "IN": ("India", "India", "en_IN"),
    "PH": ("Philippines", "Philippines", "en_PH"),
    "NG": ("Nigeria", "Nigeria", None),
    "KE": ("Kenya", "Kenya", None),
    "ZA": ("South Africa", "South Africa", None),
    "SG": ("Singapore", "Singapore", None),
    "JP": ("Japan", "Japan", None),
    "AE": ("UAE", "United Arab Emirates", None),
    "FR": ("France", "France", "fr_FR"),
    "BE": ("Belgium", "Belgique", "nl_BE"),
    "CH": ("Switzerland", "Schweiz", "de_CH"),
    "DE": ("Germany", "Deutschland", "de_DE"),
    "AT": ("Austria", "Österreich", "de_AT"),
    "NL": ("Netherlands", "Nederland", "nl_NL"),
    "ES": ("Spain", "España", "es_ES"),
    "PT": ("Portugal", "Portugal", "pt_PT"),
    "IT": ("Italy", "Italia", "it_IT"),
    "MX": ("Mexico", "México", "es_MX"),
    "AR": ("Argentina", "Argentina", "es_AR"),
    "CO": ("Colombia", "Colombia", "es_CO"),
    "CL": ("Chile", "Chile", "es_CL"),
    "BR": ("Brazil", "Brasil", "pt_BR"),
    "SE": ("Sweden", "Sverige", "sv_SE"),
    "DK": ("Denmark", "Danmark", "da_DK"),
    "NO": ("Norway", "Norge", "no_NO"),
    "PL": ("Poland", "Polska", "pl_PL"),
}

# Pieces for the countries Faker writes only US-looking addresses for.
LOCAL_PIECES = {
    "NG": {
        "streets": [
            "Adeola Odeku Street",
            "Awolowo Road",
            "Allen Avenue",
            "Ozumba Mbadiwe Avenue",
            "Bode Thomas Street",
            "Herbert Macaulay Way",
        ],
        "towns": [
            "Victoria Island, Lagos",
            "Ikeja, Lagos",
            "Surulere, Lagos",
            "Wuse II, Abuja",
            "Garki, Abuja",
            "GRA, Port Harcourt",
        ],
        "postcodes": ["101241", "100271", "101283", "900288", "900103", "500272"],
    },
    "KE": {
        "streets": [
            "Ngong Road",
            "Kenyatta Avenue",
            "Moi Avenue",
            "Waiyaki Way",
            "Argwings Kodhek Road",
            "Lenana Road",
        ],
        "towns": ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"],
        "postcodes": ["00100", "00200", "00505", "80100", "40100"],
    },
    "ZA": {
        "streets": [
            "Jan Smuts Avenue",
            "Long Street",
            "Oxford Road",
            "Rivonia Road",
            "Florida Road",
            "Main Road",
        ],
        "towns": ["Johannesburg", "Cape Town", "Durban", "Sandton", "Pretoria", "Rondebosch"],
        "postcodes": ["2196", "8001", "4001", "2146", "0083", "7700"],
    },
    "SG": {
        "streets": [
            "Ang Mo Kio Avenue 3",
            "Tampines Street 21",
            "Jurong West Street 42",
            "Toa Payoh Lorong 1",
            "Orchard Road",
            "Bukit Timah Road",
        ],
        "towns": ["Singapore"],
        "postcodes": ["560405", "521122", "640418", "310108", "238879", "259756"],
    },
    "JP": {
        "streets": ["Jingumae", "Higashi", "Nishi-Shinjuku", "Minami-Aoyama", "Kita-Shinagawa", "Umeda"],
        "towns": [
            "Shibuya-ku, Tokyo",
            "Shinjuku-ku, Tokyo",
            "Minato-ku, Tokyo",
            "Kita-ku, Osaka",
            "Chuo-ku, Kobe",
        ],
        "postcodes": ["150-0001", "160-0023", "107-0062", "530-0001", "650-0021"],
    },
    "AE": {
        "streets": [
            "Sheikh Zayed Road",
            "Al Wasl Road",
            "Jumeirah Beach Road",
            "Al Khaleej Road",
            "Corniche Road",
        ],
        "towns": ["Dubai", "Abu Dhabi", "Sharjah", "Dubai Marina, Dubai", "Al Barsha, Dubai"],
        "postcodes": [""],
    },
}

BUILDINGS_EN = [
    "Riverside House",
    "The Maltings",
    "Kingsway Court",
    "Harbour View Apartments",
    "Oak Tower",
    "Marina Heights",
    "Parkside Lofts",
    "Cedar Point",
    "Lotus Residency",
    "Palm Gardens",
]
US_STATES = ["CA", "NY", "TX", "FL", "IL", "WA", "MA", "GA", "CO", "AZ", "OR", "NJ"]
AU_STATES = ["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT"]
CA_PROVINCES = ["ON", "QC", "BC", "AB", "MB", "NS"]
IN_STATES = ["Maharashtra", "Karnataka", "Tamil Nadu", "Delhi", "Telangana", "West Bengal"]
MX_STATES = ["CDMX", "Jal.", "N.L.", "Pue.", "Ver.", "Yuc."]
BR_STATES = ["SP", "RJ", "MG", "BA", "PR", "RS", "PE"]
IT_PROVINCES = ["MI", "RM", "TO", "NA", "FI", "BO", "VE"]
ES_PROVINCES = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bizkaia"]


class Places:
    """Street, town and postcode for one country, from Faker where it writes the country's names."""

    def __init__(self, fakers: dict, code: str, rng: random.Random) -> None:
        self.code, self.rng = code, rng
        locale = COUNTRIES[code][2]
        self.fake = fakers[locale] if locale else None

    def street(self) -> str:
        if self.fake is None:
            return self.rng.choice(LOCAL_PIECES[self.code]["streets"])
        return self.fake.street_name()

    def town(self) -> str:
        if self.fake is None:
            return self.rng.choice(LOCAL_PIECES[self.code]["towns"])
        return self.fake.city().replace("- ", "-")

    def postcode(self) -> str:
        if self.fake is None:
            return self.rng.choice(LOCAL_PIECES[self.code]["postcodes"])
        pc = self.fake.postcode()
        if self.code == "CA" and " " not in pc:
            pc = f"{pc[:3]} {pc[3:]}"
        if self.code == "BR" and "-" not in pc:
            pc = f"{pc[:5]}-{pc[5:]}"
        if self.code == "MX":
            pc = pc[:5]
        if self.code == "AR":
            block = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
            pc = f"{self.rng.choice('BCSXM')}{pc[:4]}{block}"
        return pc

    def number(self, low: int = 1, high: int = 240) -> str:
        return str(self.rng.randint(low, high))


def address_lines(places: Places, rng: random.Random) -> list[str]:
    """A postal address the way the country writes it, as lines (street, flat, building, PO box, town)."""
    c, n = places.code, rng.randint(1, 9)
    street, num, town, pc = places.street(), places.number(), places.town(), places.postcode()
    po = rng.random() < 0.12
    flat = rng.random() < 0.45
    if c == "US":
        apt = (
            rng.choice([f", Apt {n}{rng.choice('ABCD')}", f" Suite {n}10", f" #{n}0{n}", ""]) if flat else ""
        )
        first = f"PO Box {rng.randint(100, 9999)}" if po else f"{num} {street}{apt}"
        return [first, f"{town}, {rng.choice(US_STATES)} {pc}"]
    if c == "GB":
        lines = [f"Flat {n}, {rng.choice(BUILDINGS_EN)}"] if flat else []
        return [*lines, f"{num} {street}", town, pc]
    if c == "IE":
        lines = [f"Apartment {n}{n}, {rng.choice(BUILDINGS_EN)}"] if flat else []
        county = rng.choice(["Dublin 8", "Co. Cork", "Co. Galway", "Co. Kildare", "Co. Meath"])
        return [*lines, f"{num} {street}", town, county, pc]
    if c == "AU":
        first = (
            f"PO Box {rng.randint(100, 999)}"
            if po
            else (f"Unit {n}/{num} {street}" if flat else f"{num} {street}")
        )
        return [first, f"{town.upper() if rng.random() < 0.4 else town} {rng.choice(AU_STATES)} {pc}"]
    if c == "NZ":
        first = (
            f"PO Box {rng.randint(1000, 99999)}"
            if po
            else (f"{n}/{num} {street}" if flat else f"{num} {street}")
        )
        return [
            first,
            rng.choice(["Ponsonby", "Te Aro", "Riccarton", "Mount Eden", "Karori"]),
            f"{town} {pc}",
        ]
    if c == "CA":
        first = f"{n}0{n}-{num} {street}" if flat else f"{num} {street}"
        return [first, f"{town} {rng.choice(CA_PROVINCES)}  {pc}".replace("  ", " ")]
    if c == "IN":
        lines = (
            [f"Flat No. {n}0{n}, {rng.choice(BUILDINGS_EN)}", f"{street}"] if flat else [f"{num}, {street}"]
        )
        return [
            *lines,
            rng.choice(["Near City Mall", "Opp. SBI Bank", "Sector 14"]),
            f"{town} - {pc}",
            rng.choice(IN_STATES),
        ]
    if c == "PH":
        lines = [f"Unit {n}0{n}, {rng.choice(BUILDINGS_EN)}"] if flat else []
        return [
            *lines,
            f"{num} {street}",
            f"Brgy. {rng.choice(['San Antonio', 'Poblacion', 'Bel-Air', 'Malate'])}",
            f"{town} {pc}",
        ]
    if c in {"NG", "KE", "ZA"}:
        if c == "KE" and po:
            return [f"P.O. Box {rng.randint(1000, 99999)}-{pc}", town]
        lines = [f"Flat {n}, {rng.choice(BUILDINGS_EN)}"] if flat else []
        if c == "ZA":
            return [
                *lines,
                f"{num} {street}",
                rng.choice(["Parkhurst", "Sea Point", "Morningside", "Observatory"]),
                town,
                pc,
            ]
        return (
            lines + [f"{num} {street}", town if c == "NG" else f"{town} {pc}"] + ([pc] if c == "NG" else [])
        )
    if c == "SG":
        return [f"Blk {num} {street}", f"#{n:02d}-{rng.randint(10, 999)}", f"Singapore {pc}"]
    if c == "JP":
        return [
            f"{rng.choice(['Sakura', 'Maison', 'Grand'])} {rng.choice(['Heights', 'Residence', 'Court'])} "
            f"{n}0{n}",
            f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {street}",
            f"{town} {pc}",
        ]
    if c == "AE":
        return [
            f"Apartment {n}0{n}, {rng.choice(['Marina Heights Tower', 'Al Noor Building', 'Silver Tower'])}",
            street,
            f"PO Box {rng.randint(10000, 99999)}",
            town,
        ]
    if c == "FR":
        lines = (
            [
                rng.choice(
                    [
                        f"Bât. {rng.choice('ABC')}, esc. {n}",
                        f"Résidence les {rng.choice(['Tilleuls', 'Acacias', 'Lilas'])}",
                        f"{n}e étage, porte gauche",
                    ]
                )
            ]
            if flat
            else []
        )
        first = f"BP {rng.randint(10, 999)}" if po else f"{num} {street}"
        return [*lines, first, f"{pc} {town.upper() if rng.random() < 0.5 else town}"]
    if c == "BE":
        box = f" bus {n}" if flat else ""
        return [f"{street} {num}{box}", f"{pc} {town}"]
    if c in {"DE", "AT", "CH"}:
        if po:
            return [
                f"Postfach {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                f"{pc} {town}",
            ]
        lines = [f"{street} {num}"]
        if flat:
            lines.append(
                rng.choice([f"{n}. OG rechts", f"Top {n}", f"Wohnung {n}", "c/o Hinterhaus", f"Stiege {n}"])
            )
        return [*lines, f"{pc} {town}"]
    if c == "NL":
        first = (
            f"Postbus {rng.randint(100, 9999)}"
            if po
            else f"{street} {num}{rng.choice(['', '-' + str(n), ' hs', ' ' + 'ABC'[n % 3]])}"
        )
        return [first, f"{pc} {town.upper() if rng.random() < 0.5 else town}"]
    if c == "ES":
        floor = (
            rng.choice([f", {n}º izq.", f", {n}º {rng.choice('ABCD')}", f", piso {n}, pta. {n}", ""])
            if flat
            else ""
        )
        first = f"Apartado de Correos {rng.randint(100, 9999)}" if po else f"C/ {street}, {num}{floor}"
        return [first, f"{pc} {town} ({rng.choice(ES_PROVINCES)})"]
    if c == "PT":
        floor = (
            rng.choice([f", {n}º Dto", f", {n}º Esq.", f", r/c {rng.choice(['Dto', 'Esq.'])}"])
            if flat
            else ""
        )
        return [f"{street}, {num}{floor}", f"{pc} {town}"]
    if c == "IT":
        extra = rng.choice([f", scala {rng.choice('ABC')}, int. {n}", f", piano {n}"]) if flat else ""
        first = f"Casella Postale {rng.randint(10, 999)}" if po else f"{street} {num}{extra}"
        return [first, f"{pc} {town} ({rng.choice(IT_PROVINCES)})"]
    if c == "MX":
        interior = f" Int. {n}" if flat else ""
        return [
            f"{street} {num}{interior}",
            f"Col. {rng.choice(['Roma Norte', 'Condesa', 'Del Valle', 'Centro', 'Juárez'])}",
            f"C.P. {pc}, {town}, {rng.choice(MX_STATES)}",
        ]
    if c == "AR":
        floor = f", piso {n}, depto. {rng.choice('ABCD')}" if flat else ""
        return [f"{street} {num}{floor}", f"{pc} {town}"]
    if c == "CO":
        return [
            f"{street} # {rng.randint(10, 99)}-{rng.randint(10, 99)}" + (f", apto {n}0{n}" if flat else ""),
            f"{town}, {pc}",
        ]
    if c == "CL":
        return [f"{street} {num}" + (f", depto. {n}0{n}" if flat else ""), f"{town}", pc]
    if c == "BR":
        apt = f", apto {n}{n}" if flat else ""
        first = f"Caixa Postal {rng.randint(1000, 99999)}" if po else f"{street}, {num}{apt}"
        return [
            first,
            f"{rng.choice(['Centro', 'Jardim Paulista', 'Copacabana', 'Savassi', 'Boa Viagem'])}",
            f"{town} - {rng.choice(BR_STATES)}",
            f"CEP {pc}" if rng.random() < 0.5 else pc,
        ]
    if c == "SE":
        return [
            f"{street} {num}" + (f", lgh {n}{n}0{n}" if flat else ""),
            f"{pc[:3]} {pc[3:]} {town.upper() if rng.random() < 0.5 else town}",
        ]
    if c == "DK":
        return [
            f"{street} {num}" + (f", {n}. {rng.choice(['tv.', 'th.', 'mf.'])}" if flat else ""),
            f"{pc} {town}",
        ]
    if c == "NO":
        return [
            f"{street} {num}" + (f" {rng.choice('ABC')}" if flat else ""),
            f"{pc} {town.upper() if rng.random() < 0.5 else town}",
        ]
    if c == "PL":
        return [f"ul. {street} {num}" + (f" m. {n}" if flat else ""), f"{pc} {town}"]
    raise KeyError(c)


def address(places: Places, rng: random.Random, inline: bool) -> str:
    lines = address_lines(places, rng)
    if rng.random() < 0.3:
        english, local, _ = COUNTRIES[places.code]
        lines.append(english if rng.random() < 0.5 else local)
    lines = [line.strip() for line in lines if line.strip()]
    return ", ".join(lines) if inline else "\n".join(lines)


# ---------------------------------------------------------------------------------------------------
# Phones, IBANs, cards, emails, IPs
# ---------------------------------------------------------------------------------------------------

PHONE_REGIONS = list(COUNTRIES)  # 32 regions


def phone(region: str, rng: random.Random, lang: str) -> str:
    """A number valid for the region (phonenumbers' metadata), written one of the ways people write them."""
    kind = rng.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    digits = phonenumbers.national_significant_number(example)  # keeps Italy's leading zero
    # Only the first digit of the example is kept (mobile or fixed-line range), so area codes and
    # operators vary; the rest is redrawn until the region's metadata calls the number valid.
    parsed = example
    for attempt in range(2000):
        keep = 1 if attempt < 1500 else 3
        candidate = digits[:keep] + "".join(rng.choice("0123456789") for _ in range(len(digits) - keep))
        number = phonenumbers.parse(f"+{example.country_code}{candidate}")
        if (
            phonenumbers.is_valid_number_for_region(number, region)
            and phonenumbers.number_type(number) in {kind, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
            and "555" not in candidate[3:6]
        ):
            parsed = number
            break
    fmt = phonenumbers.PhoneNumberFormat
    national = phonenumbers.format_number(parsed, fmt.NATIONAL)
    international = phonenumbers.format_number(parsed, fmt.INTERNATIONAL)
    roll = rng.random()
    if roll < 0.34:
        number = national
        if region == "FR" and rng.random() < 0.4:
            number = number.replace(" ", ".")
        elif region == "US" and rng.random() < 0.5:
            number = re.sub(r"\((\d{3})\) ", r"\1-", number)
    elif roll < 0.62:
        number = international
    elif roll < 0.74:
        number = phonenumbers.format_number(parsed, fmt.E164)
    elif roll < 0.84:
        number = "00" + international[1:]
    elif roll < 0.92 and national.startswith("0"):
        # +44 (0)20 ...: the trunk prefix in brackets, common on European letterheads
        number = international.replace(" ", " (0)", 1)
    else:
        number = re.sub(r"\D", "", national) if national[:1] in "0(" else international.replace(" ", "")
    if kind == phonenumbers.PhoneNumberType.FIXED_LINE and rng.random() < 0.25:
        ext = str(rng.choice([12, 204, 3315, 7, 88, 4071]))
        number += {
            "en": rng.choice([f" ext. {ext}", f" x{ext}", f" ext {ext}", f" (ext. {ext})"]),
            "fr": f" poste {ext}",
            "es": rng.choice([f" ext. {ext}", f" int. {ext}"]),
            "de": rng.choice([f"-{ext}", f" Durchwahl {ext}"]),
            "pt": f" ramal {ext}",
        }[lang]
    return number


# country -> BBAN layout: n digits, a capital letters, c letters or digits
IBAN_FORMATS = {
    "DE": "18n",
    "FR": "10n11c2n",
    "ES": "20n",
    "IT": "1a10n12c",
    "NL": "4a10n",
    "BE": "12n",
    "PT": "21n",
    "GB": "4a14n",
    "IE": "4a14n",
    "AT": "16n",
    "CH": "5n12c",
    "PL": "24n",
    "SE": "20n",
    "DK": "14n",
    "NO": "11n",
    "FI": "14n",
    "LU": "3n13c",
    "BR": "23n1a1c",
    "GR": "7n16c",
    "CZ": "20n",
    "HR": "17n",
    "RO": "4a16c",
}
IBAN_COUNTRY_FOR = {
    "US": "GB",
    "AU": "GB",
    "NZ": "IE",
    "CA": "FR",
    "IN": "GB",
    "PH": "NL",
    "NG": "GB",
    "KE": "DE",
    "ZA": "NL",
    "SG": "LU",
    "JP": "DE",
    "AE": "CH",
    "MX": "ES",
    "AR": "ES",
    "CO": "ES",
    "CL": "ES",
}


def iban(country: str, rng: random.Random, grouped: bool) -> str:
    bban = ""
    for count, kind in re.findall(r"(\d+)([nac])", IBAN_FORMATS[country]):
        pool = {
            "n": "0123456789",
            "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        }[kind]
        bban += "".join(rng.choice(pool) for _ in range(int(count)))
    check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
    value = f"{country}{check:02d}{bban}"
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if grouped else value


CARD_PREFIXES = [
    ("4", 16),
    ("4", 16),
    ("51", 16),
    ("55", 16),
    ("2221", 16),
    ("37", 15),
    ("34", 15),
    ("6011", 16),
    ("35", 16),
    ("36", 14),
    ("4", 19),
]


def card(rng: random.Random) -> str:
    prefix, length = rng.choice(CARD_PREFIXES)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for digit in "0123456789":
        if kit.luhn_ok(body + digit):
            number = body + digit
            break
    roll = rng.random()
    if length == 15 or length == 14:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, length, 4)]
    if roll < 0.5:
        return " ".join(groups)
    if roll < 0.75:
        return "-".join(groups)
    return number


FREE_MAIL = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.co.uk",
    "icloud.com",
    "gmx.de",
    "web.de",
    "orange.fr",
    "free.fr",
    "yahoo.es",
    "uol.com.br",
    "sapo.pt",
    "proton.me",
    "live.com.mx",
    "libero.it",
    "bigpond.com",
    "xtra.co.nz",
    "rediffmail.com",
]


def email(first: str, last: str, rng: random.Random, fake) -> str:
    f = re.sub(r"[^a-z]", "", ascii_fold(first).lower()) or "rider"
    last_part = ascii_fold(last).lower().split()[-1]
    surname = re.sub(r"[^a-z]", "", last_part) or "x"
    local = rng.choice(
        [
            f"{f}.{surname}",
            f"{f}{surname}{rng.randint(1, 99)}",
            f"{f[0]}{surname}",
            f"{f}_{surname}",
            f"{surname}.{f}",
            f"{f}+rides",
            f"{f}{rng.randint(1970, 2005)}",
        ]
    )
    domain = rng.choice(FREE_MAIL) if rng.random() < 0.7 else fake.domain_name()
    value = f"{local}@{domain}"
    return value.upper() if rng.random() < 0.04 else value


IPV6_FIRST = [
    0x2001,
    0x2003,
    0x2400,
    0x2401,
    0x2404,
    0x2405,
    0x2600,
    0x2601,
    0x2602,
    0x2603,
    0x2604,
    0x2605,
    0x2607,
    0x2800,
    0x2803,
    0x2A00,
    0x2A01,
    0x2A02,
    0x2A03,
    0x2A04,
    0x2A05,
    0x2C0F,
]


def ip(rng: random.Random) -> str:
    """A public address: private, loopback, documentation and other reserved ones are not personal data."""
    while True:
        if rng.random() < 0.6:
            value = str(ipaddress.IPv4Address(rng.getrandbits(32)))
        else:
            # First hextets the registries actually hand out (RIPE, ARIN, APNIC, LACNIC, AFRINIC).
            first = rng.choice(IPV6_FIRST)
            network = (first << 112) | (rng.getrandbits(48) << 64)
            # Hosts written short (::1a2b) as often as in full: both are how addresses appear in logs.
            host = rng.choice([rng.getrandbits(64), rng.getrandbits(16), rng.getrandbits(32) << 16])
            value = str(ipaddress.IPv6Address(network | host))
        parsed = ipaddress.ip_address(value)
        if parsed.is_global and not parsed.is_multicast:
            return value


# ---------------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------------

NAME_LOCALES = [
    "en_US",
    "en_US",
    "en_GB",
    "en_IE",
    "en_AU",
    "en_IN",
    "en_NG",
    "en_PH",
    "es_MX",
    "es_ES",
    "fr_FR",
    "de_DE",
    "pt_BR",
    "pt_PT",
    "it_IT",
    "pl_PL",
    "nl_NL",
    "tr_TR",
    "sv_SE",
    "en_KE",
]
# Names that are also common words: a recognizer that drops them as vocabulary misses a person.
WORD_FIRST = [
    "Rose",
    "Hunter",
    "Will",
    "Grace",
    "Hope",
    "Faith",
    "Joy",
    "Mark",
    "Bill",
    "Frank",
    "Art",
    "Victor",
    "Sunny",
    "Autumn",
    "Dawn",
    "Crystal",
    "Amber",
    "Ruby",
    "Pearl",
    "Jade",
    "Iris",
    "Lily",
    "Daisy",
    "Holly",
    "Ivy",
    "Summer",
    "June",
    "April",
    "May",
    "Max",
    "Jack",
    "Rich",
    "Miles",
    "Chance",
    "Drew",
    "Pat",
    "Sue",
    "Penny",
    "Rocky",
    "Sky",
    "Storm",
    "Brook",
    "Cliff",
    "Dale",
    "Glen",
    "Heath",
    "Lane",
    "Wade",
    "Reed",
    "Chase",
    "Page",
    "Hazel",
    "Sage",
    "Mercy",
]
WORD_LAST = [
    "Baker",
    "Cook",
    "Young",
    "Black",
    "Brown",
    "Green",
    "White",
    "Rice",
    "Hill",
    "Wood",
    "Stone",
    "Bird",
    "Fox",
    "Love",
    "Price",
    "Long",
    "Little",
    "King",
    "Rich",
    "Moody",
    "Strong",
    "Sharp",
    "Swift",
    "Bush",
    "Hunt",
    "Marsh",
    "Mills",
    "Field",
    "Frost",
    "Snow",
    "Day",
    "Bell",
    "Short",
]
ROMANIZED = [
    ("Wei", "Zhang"),
    ("Min-jun", "Park"),
    ("Yuki", "Tanaka"),
    ("Hiroshi", "Sato"),
    ("Ji-woo", "Kim"),
    ("Xiaoling", "Chen"),
    ("Thanh", "Nguyen"),
    ("Arjun", "Reddy"),
    ("Fatima", "Al-Sayed"),
    ("Omar", "bin Yusof"),
    ("Nur Aisyah", "binti Rahman"),
    ("Mehmet", "Yilmaz"),
    ("Oluwaseun", "Adeyemi"),
    ("Kwame", "Mensah"),
    ("Siosaia", "Tupou"),
    ("Aroha", "Ngata"),
    ("Dmitri", "Volkov"),
    ("Leila", "Haddad"),
]
PARTICLES = ["van der", "van", "de", "da", "dos", "von", "del", "de la", "di", "O'", "Mc", "Mac"]


class Person:
    def __init__(self, fakers: dict, rng: random.Random, lang: str) -> None:
        roll = rng.random()
        locale = rng.choice(NAME_LOCALES)
        if lang != "en" and rng.random() < 0.6:
            locale = {
                "fr": "fr_FR",
                "es": rng.choice(["es_ES", "es_MX"]),
                "de": "de_DE",
                "pt": rng.choice(["pt_BR", "pt_PT"]),
            }[lang]
        fake = fakers[locale]
        female = rng.random() < 0.5
        first = fake.first_name_female() if female else fake.first_name_male()
        last = fake.last_name()
        if roll < 0.18:
            first = rng.choice(WORD_FIRST)
        elif roll < 0.26:
            first, last = rng.choice(ROMANIZED)
        if rng.random() < 0.14:
            last = rng.choice(WORD_LAST)
        particle = rng.random()
        if particle < 0.08 and " " not in last:
            p = rng.choice(PARTICLES)
            last = f"{p}{last}" if p in {"O'", "Mc", "Mac"} else f"{p} {last}"
        elif particle < 0.14 and " " not in last:
            last = f"{last}-{fake.last_name()}"
        # Riders type on phones: accents often dropped, names often all lowercase.
        if lang == "en" or rng.random() < 0.4:
            first, last = ascii_fold(first), ascii_fold(last)
        self.first, self.last = first, last
        self.full = f"{first} {last}"
        self.lower = rng.random() < 0.12


# ---------------------------------------------------------------------------------------------------
# Operational text that must survive
# ---------------------------------------------------------------------------------------------------

CURRENCY = {
    "US": ["${a:.2f}", "USD {a:.2f}", "{a:.2f} dollars", "$ {a:.2f}"],
    "CA": ["CA${a:.2f}", "${a:.2f} CAD"],
    "GB": ["£{a:.2f}", "GBP {a:.2f}", "£{i}"],
    "IE": ["€{a:.2f}", "{a:.2f} EUR"],
    "AU": ["A${a:.2f}", "${a:.2f} AUD"],
    "NZ": ["NZ${a:.2f}"],
    "IN": ["₹{i}", "Rs. {i}", "INR {i}.00"],
    "PH": ["₱{i}", "PHP {i}.00"],
    "NG": ["₦{k}", "NGN {k}"],
    "KE": ["KSh {k}", "KES {i}"],
    "ZA": ["R{a:.2f}", "ZAR {a:.2f}"],
    "SG": ["S${a:.2f}", "SGD {a:.2f}"],
    "JP": ["¥{k}", "{k} yen", "JPY {k}"],
    "AE": ["AED {a:.2f}", "{a:.2f} dirhams"],
    "FR": ["{c} €", "{c}€", "€{c}", "{c} EUR"],
    "BE": ["{c} €", "€ {c}"],
    "CH": ["CHF {a:.2f}", "Fr. {a:.2f}", "{a:.2f} CHF"],
    "DE": ["{c} €", "{c} EUR", "€{c}"],
    "AT": ["€ {c}", "{c} EUR"],
    "NL": ["€ {c}", "€{c}"],
    "ES": ["{c} €", "{c}€", "{c} euros"],
    "PT": ["{c} €", "€{c}"],
    "IT": ["€ {c}", "{c} euro"],
    "MX": ["${a:.2f} MXN", "MXN {a:.2f}", "${i} pesos"],
    "AR": ["ARS {m}", "$ {m}"],
    "CO": ["COP {m}", "$ {m}"],
    "CL": ["CLP {m}", "$ {m}"],
    "BR": ["R$ {c}", "R${c}"],
    "SE": ["{c} kr", "SEK {a:.2f}"],
    "DK": ["{c} kr.", "DKK {c}"],
    "NO": ["kr {c}", "NOK {a:.2f}"],
    "PL": ["{c} zł", "{c} PLN"],
}


def amount(country: str, rng: random.Random) -> str:
    a = rng.randint(250, 15800) / 100
    big = rng.randint(2, 98) * 1000 + rng.choice([0, 500, 250])
    template = rng.choice(CURRENCY[country])
    return template.format(
        a=a,
        c=f"{a:.2f}".replace(".", ","),
        i=int(a * 10),
        k=f"{int(a * 100):,}",
        m=f"{big:,}".replace(",", "."),
    )


MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}


def date(lang: str, rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026])
    month = MONTHS[lang][m - 1]
    local = {
        "en": [f"{month} {d}", f"{d} {month}", f"{month[:3]} {d}, {y}", f"{m}/{d}/{y}", f"{d}/{m}/{y}"],
        "fr": [f"{d} {month}", f"{d} {month} {y}", f"{d:02d}/{m:02d}/{y}"],
        "es": [f"{d} de {month}", f"{d}/{m}/{y}", f"{d} de {month} de {y}"],
        "de": [f"{d}. {month}", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}."],
        "pt": [f"{d} de {month}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}"],
    }[lang]
    return rng.choice([*local, f"{y}-{m:02d}-{d:02d}"])


def clock(lang: str, rng: random.Random) -> str:
    h, m = rng.randint(0, 23), rng.choice(range(0, 60, 5))
    if lang == "en":
        return rng.choice(
            [
                f"{(h % 12) or 12}:{m:02d}{'am' if h < 12 else 'pm'}",
                f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}",
                f"{h:02d}:{m:02d}",
                f"{(h % 12) or 12}.{m:02d}{'am' if h < 12 else 'pm'}",
            ]
        )
    if lang == "fr":
        return rng.choice([f"{h}h{m:02d}", f"{h}h", f"{h:02d}:{m:02d}"])
    return rng.choice(
        [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h}h{m:02d}" if lang == "pt" else f"{h}.{m:02d}"]
    )


AIRLINES = [
    "BA",
    "AF",
    "LH",
    "IB",
    "TP",
    "UA",
    "DL",
    "AA",
    "KL",
    "LX",
    "OS",
    "EK",
    "QF",
    "NZ",
    "AC",
    "LA",
    "G3",
    "FR",
    "U2",
    "VY",
    "AZ",
    "SK",
    "EZY",
    "AM",
]


def flight(rng: random.Random) -> str:
    code = rng.choice(AIRLINES)
    return f"{code}{rng.choice(['', ' '])}{rng.randint(10, 9899)}"


def plate(country: str, rng: random.Random) -> str:
    L = lambda k: "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(k))  # noqa: E731
    D = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
    return {
        "GB": lambda: f"{L(2)}{D(2)} {L(3)}",
        "FR": lambda: f"{L(2)}-{D(3)}-{L(2)}",
        "BE": lambda: f"1-{L(3)}-{D(3)}",
        "DE": lambda: f"{rng.choice(['B', 'M', 'HH', 'K', 'F'])}-{L(2)} {D(4)}",
        "AT": lambda: f"W-{D(5)}{L(1)}",
        "CH": lambda: f"ZH {D(6)}",
        "NL": lambda: f"{D(2)}-{L(3)}-{D(1)}",
        "ES": lambda: f"{D(4)} {L(3)}",
        "PT": lambda: f"{L(2)}-{D(2)}-{L(2)}",
        "IT": lambda: f"{L(2)} {D(3)}{L(2)}",
        "BR": lambda: f"{L(3)}{D(1)}{L(1)}{D(2)}",
        "MX": lambda: f"{L(3)}-{D(3)}-{L(1)}",
        "AR": lambda: f"{L(2)} {D(3)} {L(2)}",
        "PL": lambda: f"W{L(1)} {D(5)}",
        "SE": lambda: f"{L(3)} {D(2)}{L(1)}",
        "DK": lambda: f"{L(2)} {D(2)} {D(3)}",
        "NO": lambda: f"{L(2)} {D(5)}",
    }.get(country, lambda: rng.choice([f"{D(1)}{L(3)}{D(3)}", f"{L(3)}-{D(4)}", f"{L(3)} {D(3)}"]))()


def booking(rng: random.Random) -> str:
    pnr = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    return rng.choice([pnr, f"RB-{rng.randint(100000, 999999)}", f"BK{rng.randint(10000000, 99999999)}"])


def order(rng: random.Random) -> str:
    return rng.choice(
        [
            f"#{rng.randint(100000, 9999999)}",
            f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}",
            f"ORD-{rng.randint(2025, 2026)}-{rng.randint(10000, 99999)}",
            f"A{rng.randint(10000000, 99999999)}",
        ]
    )


PLACES = {
    "en": [
        "Heathrow Terminal 5",
        "JFK Terminal 4",
        "Gatwick North Terminal",
        "King's Cross",
        "Penn Station",
        "Union Station",
        "Sydney Airport T1",
        "Dublin Airport",
        "Manchester Piccadilly",
        "Times Square",
        "Wembley Stadium",
        "the Sydney Opera House",
        "Central Park",
        "Changi Airport",
        "Toronto Pearson",
        "O'Hare",
        "the British Museum",
        "Waterloo station",
        "Lord's",
        "Golden Gate Park",
    ],
    "fr": [
        "Gare du Nord",
        "Gare de Lyon",
        "l'aéroport Charles de Gaulle",
        "Orly",
        "la tour Eiffel",
        "Montparnasse",
        "Part-Dieu",
        "Genève Cornavin",
        "Bruxelles-Midi",
        "la place Bellecour",
    ],
    "es": [
        "Barajas T4",
        "Atocha",
        "la Sagrada Familia",
        "El Prat",
        "la Plaza Mayor",
        "Sants",
        "el aeropuerto de Ezeiza",
        "el Zócalo",
        "Chamartín",
        "la Puerta del Sol",
    ],
    "de": [
        "Berlin Hauptbahnhof",
        "Flughafen BER",
        "Alexanderplatz",
        "Marienplatz",
        "München Hbf",
        "Frankfurt Flughafen Terminal 1",
        "Wien Westbahnhof",
        "Zürich HB",
        "Potsdamer Platz",
        "Köln Messe/Deutz",
    ],
    "pt": [
        "Aeroporto de Guarulhos",
        "Congonhas",
        "Estação da Luz",
        "Praça do Comércio",
        "Lisboa Oriente",
        "o aeroporto do Porto",
        "Copacabana",
        "Avenida Paulista",
        "Santa Apolónia",
        "o Cristo Redentor",
    ],
}


# ---------------------------------------------------------------------------------------------------
# Templates. {name} {first} {name2} {first2} {addr} {addr1} {phone} {phone2} {email} {email2} {ip} {ip2}
# {card} {iban} are PII; {trip} {amount} {time} {date} {flight} {plate} {booking} {order} {place} survive.
# A pool per corpus, so no template sentence of dev4 is in blind4.
# ---------------------------------------------------------------------------------------------------

PERSON_SLOTS = {"me", "mefirst", "name", "first", "name2", "first2"}
SLOTS = {
    "me": "PERSON",
    "mefirst": "PERSON",
    "meemail": "EMAIL",
    "name": "PERSON",
    "first": "PERSON",
    "name2": "PERSON",
    "first2": "PERSON",
    "addr": "ADDRESS",
    "addr1": "ADDRESS",
    "phone": "PHONE",
    "phone2": "PHONE",
    "email": "EMAIL",
    "email2": "EMAIL",
    "ip": "IP",
    "ip2": "IP",
    "card": "CARD",
    "iban": "IBAN",
}
KEEP_SLOTS = {
    "trip": "trip_id",
    "amount": "amount",
    "amount2": "amount",
    "time": "time",
    "date": "date",
    "flight": "flight_number",
    "plate": "licence_plate",
    "booking": "booking_reference",
    "order": "order_number",
    "place": "place",
}

POOLS: dict[str, dict[str, dict[str, list[str]]]] = {"dev4": {}, "blind4": {}}

POOLS["dev4"]["en"] = {
    "open": [
        "Hi,",
        "hey",
        "Hello,",
        "Hi there, this is {me}.",
        "this is {me} again",
        "Good morning, my name is {me}.",
        "hi its {mefirst} here",
        "Dear support team,",
        "Hello, {me} writing on behalf of my mum.",
    ],
    "body": [
        "My friend {name} left his bag in the car on trip {trip}, can the driver drop it at {addr1}?",
        "tell {first} I'll pay the {amount} myself, it was my booking not hers.",
        "I shared the ride with {name} and {name2} from {place} at {time} and we were each charged {amount}.",
        "The driver dropped me at the wrong door. The right address is:\n{addr}\nPlease pass it on for "
        "next time.",
        "Please call me on {phone} rather than the number on the account, I'm abroad until {date}.",
        "You can reach my husband {first} at {phone} if I don't pick up.",
        "The refund of {amount} for trip {trip} should go to my card {card}, not the wallet.",
        "Could you pay the {amount} back by transfer? IBAN {iban}, account in the name of {name}.",
        "I got a login alert from {ip} at {time} on {date}, that wasn't me.",
        "Your app says my account was used from {ip} and then {ip2}. I have never been there.",
        "Please send the receipt to {meemail}, my work address is not checked anymore.",
        "I was picked up at {place} for flight {flight} and the driver in {plate} took a detour, the "
        "fare was {amount}.",
        "Booked a ride for my dad {name}, he is waiting at\n{addr}\nhis mobile is {phone}.",
        "the car smelt of smoke. the driver, I think his name was {first}, said it was fine. trip {trip}.",
        "Lost my keys on the {time} ride, booking {booking}. Please return to {me}, {addr1}.",
        "my daughter {first} took trip {trip} on {date} and was charged twice ({amount} and {amount2}).",
        "I ordered a parcel delivery (order {order}) to {addr1} but the courier went somewhere else.",
        "Could someone get in touch with {name} on {phone} or {email}? She's handling this for me.",
        "Pickup was meant to be at {place} at {time} but the driver cancelled and charged {amount}.",
        "I'm staying with {name} this week so please use this address: {addr1}.",
        "card on file ends 4455 but the charge hit my other card {card}, trip {trip}.",
        "please update my number from {phone} to {phone2}",
        "The rider before me, {name}, left a phone in the back, the driver gave it to me by mistake.",
        "From {place} to {addr1} should be about {amount}, I was charged a lot more on {date}.",
        "Driver was rude to my colleague {first}. She had booked trip {trip} for {time}.",
        "If you need proof, my bank is happy to confirm, account {iban}.",
        "Please ask the driver to bring the stroller to {first} at {addr1}, he is home after {time}.",
    ],
    "close": [
        "Cheers, {mefirst}",
        "Thanks,\n{me}",
        "Best regards\n\n{me}\n{phone}",
        "--\n{me}\n{addr}\nTel: {phone}",
        "Sent from my iPhone",
        "thx {mefirst}",
        "Kind regards, {me}",
        "Thanks in advance!",
        "{me}\nMobile: {phone}",
        "Regards,\n{me} | {meemail} | {phone}",
        "",
    ],
    "forward": [
        "---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date} at "
        "{time}\nSubject: trip {trip}\n\n",
        "Begin forwarded message:\n\nFrom: {name} <{email}>\nTo: {name2} <{email2}>\nSubject: Fwd: "
        "refund\n\n",
    ],
}
POOLS["dev4"]["fr"] = {
    "open": ["Bonjour,", "Bonsoir,", "Bonjour, je suis {me}.", "Madame, Monsieur,", "salut c'est {mefirst}"],
    "body": [
        "Mon ami {name} a oublié son sac dans la voiture (course {trip}). Pouvez-vous le déposer au\n{addr}",
        "Le chauffeur m'a facturé {amount} pour un trajet depuis {place} le {date} à {time}.",
        "Merci de me rappeler au {phone}, je ne suis pas joignable sur l'ancien numéro.",
        "Remboursez-moi sur mon IBAN {iban}, titulaire {name}.",
        "J'ai réservé pour ma mère, {name}, qui attend au {addr1}. Son portable : {phone}.",
        "Une connexion depuis {ip} a eu lieu le {date}, ce n'était pas moi.",
        "Envoyez la facture à {meemail} s'il vous plaît, commande {order}.",
        "La carte {card} a été débitée deux fois pour la course {trip}.",
        "Le véhicule immatriculé {plate} est arrivé avec 20 minutes de retard pour le vol {flight}.",
    ],
    "close": [
        "Cordialement,\n{me}",
        "Merci d'avance, {mefirst}",
        "Bien à vous\n{me}\nTél. {phone}",
        "Envoyé de mon iPhone",
        "",
    ],
    "forward": [
        "-------- Message transféré --------\nDe : {name} <{email}>\nDate : {date}\nObjet : course {trip}\n\n"
    ],
}
POOLS["dev4"]["es"] = {
    "open": ["Hola,", "Buenas tardes,", "Hola, soy {me}.", "Estimados:", "buenas, les escribe {mefirst}"],
    "body": [
        "Mi amiga {name} se dejó el móvil en el coche (viaje {trip}). Vive en\n{addr}",
        "Me cobraron {amount} por un viaje desde {place} el {date} a las {time}.",
        "Pueden llamarme al {phone} o escribirme a {meemail}.",
        "Devuélvanme el dinero a la cuenta {iban}, a nombre de {name}.",
        "Reservé el viaje para mi padre {name}, que espera en {addr1}.",
        "Alguien entró en mi cuenta desde la IP {ip} a las {time}.",
        "Me cargaron dos veces en la tarjeta {card}, reserva {booking}.",
        "El conductor del coche {plate} fue muy amable, denle las gracias a {first} de mi parte.",
    ],
    "close": [
        "Saludos,\n{me}",
        "Un saludo, {mefirst}",
        "Atentamente\n{me}\nTel.: {phone}",
        "Enviado desde mi móvil",
        "",
    ],
    "forward": [
        "---------- Mensaje reenviado ---------\nDe: {name} <{email}>\nFecha: {date}\nAsunto: viaje "
        "{trip}\n\n"
    ],
}
POOLS["dev4"]["de"] = {
    "open": [
        "Hallo,",
        "Guten Tag,",
        "Sehr geehrte Damen und Herren,",
        "Hallo, hier ist {me}.",
        "hi, {mefirst} hier",
    ],
    "body": [
        "Mein Kollege {name} hat seinen Rucksack im Auto vergessen (Fahrt {trip}). Bitte an folgende "
        "Adresse:\n{addr}",
        "Mir wurden am {date} um {time} {amount} für die Fahrt ab {place} berechnet.",
        "Bitte rufen Sie mich unter {phone} zurück.",
        "Bitte überweisen Sie den Betrag auf mein Konto {iban}, Kontoinhaber {name}.",
        "Ich habe für meine Oma {name} gebucht, sie wartet in der {addr1}.",
        "Laut App wurde mein Konto von {ip} aus benutzt, das war ich nicht.",
        "Die Rechnung bitte an {meemail}, Bestellnummer {order}.",
        "Der Fahrer mit dem Kennzeichen {plate} hat mich nach Flug {flight} nicht gefunden.",
    ],
    "close": [
        "Mit freundlichen Grüßen\n{me}",
        "Viele Grüße, {mefirst}",
        "MfG\n{me}\nTel. {phone}",
        "Von meinem iPhone gesendet",
        "",
    ],
    "forward": [
        "-------- Weitergeleitete Nachricht --------\nVon: {name} <{email}>\nDatum: {date}\nBetreff: "
        "Fahrt {trip}\n\n"
    ],
}
POOLS["dev4"]["pt"] = {
    "open": ["Olá,", "Boa tarde,", "Olá, sou {me}.", "Prezados,", "oi, aqui é {mefirst}"],
    "body": [
        "Minha amiga {name} esqueceu a bolsa no carro (viagem {trip}). O endereço dela é\n{addr}",
        "Fui cobrado {amount} por uma viagem de {place} no dia {date} às {time}.",
        "Podem me ligar no {phone} ou mandar e-mail para {meemail}.",
        "Por favor devolvam o valor para o IBAN {iban}, titular {name}.",
        "Reservei para a minha mãe {name}, que está em {addr1}.",
        "Houve um acesso à minha conta a partir do IP {ip}.",
        "O cartão {card} foi cobrado duas vezes, pedido {order}.",
        "O motorista da placa {plate} não apareceu para o voo {flight}.",
    ],
    "close": [
        "Atenciosamente,\n{me}",
        "Obrigado, {mefirst}",
        "Cumprimentos\n{me}\nTel.: {phone}",
        "Enviado do meu iPhone",
        "",
    ],
    "forward": [
        "---------- Mensagem encaminhada ---------\nDe: {name} <{email}>\nData: {date}\nAssunto: viagem "
        "{trip}\n\n"
    ],
}

POOLS["blind4"]["en"] = {
    "open": [
        "Hiya,",
        "Hi team,",
        "Evening,",
        "hello, it's {me} here.",
        "{mefirst} here, hi.",
        "Hi, I'm writing for my brother.",
        "Hello there, this is {me} from the account ending 2291.",
        "ok so",
        "Dear Customer Care,",
        "Hi again, {mefirst} speaking.",
    ],
    "body": [
        "I left my charger in the car and {first} (the driver) said he'd keep it for me. Trip {trip}.",
        "My neighbour {name} booked this ride from my phone, please don't charge me for it.",
        "We were three in the car, me, {first} and {name2}, and the app split it wrong: {amount} each.",
        "Please send the driver back to\n{addr}\nmy son left his retainer on the seat.",
        "Text me at {phone} when the refund is done, I don't use the app much.",
        "It was my aunt {name} who took the ride, I only paid. Her number is {phone}.",
        "Please refund the {amount} to this card instead: {card}. The old one was cancelled.",
        "Account holder: {name}. IBAN: {iban}. Reference: trip {trip}.",
        "There is a login on my account from {ip} on {date} at {time} and I was asleep.",
        "Somebody used my profile from {ip}. Please log them out.",
        "Use {meemail} for anything about this claim, thanks.",
        "Driver picked me up at {place}, plate {plate}, and then took the motorway for no reason. Paid "
        "{amount}.",
        "My wife {first} needs a car from\n{addr}\nto {place} at {time}, can you book it for her?",
        "driver kept calling me love and asking where i live. his name was {first} i think. trip {trip}",
        "I'm sending the lost property request for {name}: {addr1}, they are home after {time}.",
        "Why was I charged {amount} and then {amount2} for one trip on {date}?",
        "The parcel for order {order} was left outside {addr1} in the rain.",
        "Please talk to my assistant {name} ({email}, {phone}), she has all the receipts.",
        "I booked with flight {flight} in mind, but the car came to {place} an hour late, {time}.",
        "Deliver the bag to my friend's place, {addr1}, ask for {first}.",
        "The charge on {card} for trip {trip} was never authorised by me.",
        "old number {phone}, new number {phone2}. please change it on my profile",
        "The guy who rode before me, {name}, dropped his wallet under the seat.",
        "I went from {place} to {addr1} and the meter said {amount}, which is double the estimate.",
        "My teenager {first} was left at the wrong corner by the driver of {plate}.",
        "Wire the money back to {iban} please, it's a joint account with {name}.",
        "Can you ask the driver to return the cake tin to {first} at {addr1} before {time}?",
        "Booking {booking} was for {name}, not for me, please move it to her account.",
    ],
    "close": [
        "Ta, {mefirst}",
        "Many thanks,\n{me}",
        "All the best\n\n{me}\n{phone}",
        "—\n{me}\n{addr}\nPhone: {phone}",
        "Sent from my Galaxy",
        "ty {mefirst}",
        "Warm regards, {me}",
        "Appreciate it.",
        "{me}\nCell: {phone}",
        "{me} · {meemail} · {phone}",
        "",
        "Rgds {me}",
    ],
    "forward": [
        "-----Original Message-----\nFrom: {name} [mailto:{email}]\nSent: {date} {time}\nSubject: Lost item, "
        "trip {trip}\n\n",
        "On {date} at {time}, {name} <{email}> wrote:\n> the driver kept my umbrella\n\n",
    ],
}
POOLS["blind4"]["fr"] = {
    "open": ["Coucou,", "Bonjour à vous,", "Bonjour, ici {me}.", "Messieurs,", "re-bonjour, c'est {mefirst}"],
    "body": [
        "Mon voisin {name} a laissé ses lunettes dans le taxi (course {trip}). Il habite\n{addr}",
        "On m'a prélevé {amount} pour une course partie de {place} le {date} vers {time}.",
        "Vous pouvez me joindre au {phone} en journée.",
        "Le remboursement doit aller sur le compte {iban} au nom de {name}, merci.",
        "Ma grand-mère {name} attend au {addr1}, son fixe est le {phone}.",
        "Quelqu'un s'est connecté à mon compte depuis {ip} à {time}.",
        "Écrivez-moi plutôt à {meemail} pour la commande {order}.",
        "Deux débits sur ma carte {card} pour la même course {trip}.",
        "Le chauffeur de la voiture {plate} est parti avant l'arrivée du vol {flight}.",
    ],
    "close": [
        "Salutations,\n{me}",
        "Bonne journée, {mefirst}",
        "Cordialement\n{me}\nPortable : {phone}",
        "Envoyé de mon Android",
        "",
    ],
    "forward": ["Le {date} à {time}, {name} <{email}> a écrit :\n> merci de rembourser la course {trip}\n\n"],
}
POOLS["blind4"]["es"] = {
    "open": ["Buenos días,", "Qué tal,", "Buenas, soy {me}.", "A quien corresponda:", "hola, aquí {mefirst}"],
    "body": [
        "Mi vecino {name} olvidó las llaves en el auto (viaje {trip}). Su dirección es\n{addr}",
        "Se me cobró {amount} por un trayecto desde {place} el {date} hacia las {time}.",
        "Mi teléfono es {phone}, llámenme por la tarde.",
        "Por favor hagan la devolución a {iban}, titular {name}.",
        "El coche era para mi abuela {name}, que está en {addr1}. Su teléfono: {phone}.",
        "Hubo un inicio de sesión desde {ip} que no reconozco.",
        "Mándenme la factura a {meemail}, pedido {order}.",
        "La tarjeta {card} aparece con dos cargos del viaje {trip}.",
        "El chofer de la placa {plate} no esperó al vuelo {flight}.",
    ],
    "close": [
        "Gracias,\n{me}",
        "Saludos cordiales, {mefirst}",
        "Un abrazo\n{me}\nCel.: {phone}",
        "Enviado desde mi iPhone",
        "",
    ],
    "forward": ["El {date} a las {time}, {name} <{email}> escribió:\n> el conductor tiene mi bolso\n\n"],
}
POOLS["blind4"]["de"] = {
    "open": [
        "Moin,",
        "Servus,",
        "Hallo, {me} hier.",
        "Liebes Support-Team,",
        "grüß dich, hier ist {mefirst}",
    ],
    "body": [
        "Meine Nachbarin {name} hat ihre Brille im Wagen liegen lassen (Fahrt {trip}). Sie wohnt "
        "hier:\n{addr}",
        "Für die Fahrt ab {place} am {date} gegen {time} wurden {amount} abgebucht.",
        "Erreichbar bin ich unter {phone}, am besten abends.",
        "Die Erstattung bitte auf das Konto {iban}, lautend auf {name}.",
        "Das Auto war für meinen Vater {name}, er steht vor der {addr1}. Handy: {phone}.",
        "Es gab eine Anmeldung von {ip}, die ich nicht kenne.",
        "Schreiben Sie mir bitte an {meemail} wegen Bestellung {order}.",
        "Auf meiner Karte {card} ist die Fahrt {trip} zweimal belastet.",
        "Der Wagen {plate} ist vor der Landung von Flug {flight} weggefahren.",
    ],
    "close": [
        "Beste Grüße\n{me}",
        "LG {mefirst}",
        "Freundliche Grüße\n{me}\nHandy: {phone}",
        "Gesendet von meinem Android",
        "",
    ],
    "forward": ["Am {date} um {time} schrieb {name} <{email}>:\n> Der Fahrer hat meinen Schirm\n\n"],
}
POOLS["blind4"]["pt"] = {
    "open": ["Oi,", "Bom dia,", "Olá, aqui é {me}.", "Caros senhores,", "e aí, {mefirst} aqui"],
    "body": [
        "Meu vizinho {name} deixou os óculos no carro (viagem {trip}). Ele mora em\n{addr}",
        "Cobraram-me {amount} por uma corrida a partir de {place} no dia {date} por volta das {time}.",
        "Meu telefone é {phone}, podem ligar à tarde.",
        "O reembolso deve ir para o IBAN {iban}, em nome de {name}.",
        "O carro era para o meu avô {name}, que está em {addr1}. Telemóvel: {phone}.",
        "Houve um login a partir de {ip} que não fui eu.",
        "Enviem a fatura para {meemail}, encomenda {order}.",
        "O cartão {card} foi debitado duas vezes pela viagem {trip}.",
        "O carro de matrícula {plate} foi embora antes do voo {flight} aterrar.",
    ],
    "close": [
        "Abraços,\n{me}",
        "Valeu, {mefirst}",
        "Com os melhores cumprimentos\n{me}\nCel.: {phone}",
        "Enviado do meu Android",
        "",
    ],
    "forward": ["Em {date} às {time}, {name} <{email}> escreveu:\n> o motorista ficou com a minha mala\n\n"],
}

# Operational messages: nothing personal, everything must survive.
OPS = {"dev4": {}, "blind4": {}}
OPS["dev4"] = {
    "en": [
        "Trip {trip} on {date}: charged {amount}, quoted {amount2}. Please review.",
        "Flight {flight} landed late, I waited at {place} from {time}. Booking {booking}.",
        "The car ({plate}) arrived at {time} instead of the time shown. Trip {trip}.",
        "Order {order} was delivered to {place} on {date}, not to the door.",
        "Refund for {trip} still pending since {date}, amount {amount}.",
        "Surge was {amount} at {time} from {place}, that can't be right.",
    ],
    "fr": [
        "Course {trip} du {date} : {amount} au lieu de {amount2}.",
        "Prise en charge à {place} à {time}, vol {flight}.",
    ],
    "es": [
        "Viaje {trip} del {date}: me cobraron {amount}.",
        "Recogida en {place} a las {time}, vuelo {flight}, reserva {booking}.",
    ],
    "de": [
        "Fahrt {trip} am {date}: {amount} statt {amount2}.",
        "Abholung am {place} um {time}, Kennzeichen {plate}.",
    ],
    "pt": [
        "Viagem {trip} em {date}: cobraram {amount}.",
        "Embarque em {place} às {time}, voo {flight}, pedido {order}.",
    ],
}

OPS["blind4"] = {
    "en": [
        "Fare for {trip} ({date}) was {amount}; estimate said {amount2}.",
        "Landed on {flight} at {time}, the car never came to {place}. Ref {booking}.",
        "Vehicle {plate} turned up at {time}, twenty minutes late, trip {trip}.",
        "Order {order} shows delivered at {place} on {date}.",
        "Still no refund of {amount} for trip {trip}, requested {date}.",
        "Paid {amount} at {time} leaving {place}, normally it's half that.",
        "Two charges for trip {trip}: {amount} and {amount2}.",
    ],
    "fr": [
        "Trajet {trip} le {date} : facturé {amount}, estimé {amount2}.",
        "Arrivée du vol {flight} à {time}, personne à {place}.",
    ],
    "es": [
        "El viaje {trip} del {date} costó {amount}, estimado {amount2}.",
        "Llegué en el vuelo {flight} a las {time} y nadie en {place}.",
    ],
    "de": [
        "Fahrt {trip} vom {date} kostete {amount}, geschätzt {amount2}.",
        "Landung mit {flight} um {time}, kein Auto am {place}.",
    ],
    "pt": [
        "A viagem {trip} de {date} custou {amount}, a estimativa era {amount2}.",
        "Cheguei no voo {flight} às {time} e ninguém em {place}.",
    ],
}

# Which countries a message in a language is set in, and how often each language appears.
LANG_COUNTRIES = {
    "en": [
        "US",
        "GB",
        "IE",
        "AU",
        "NZ",
        "CA",
        "IN",
        "PH",
        "NG",
        "KE",
        "ZA",
        "SG",
        "JP",
        "AE",
        "DE",
        "FR",
        "NL",
        "SE",
        "DK",
        "NO",
        "PL",
        "IT",
        "ES",
        "CH",
        "MX",
        "BR",
    ],
    "fr": ["FR", "BE", "CH", "CA"],
    "es": ["ES", "MX", "AR", "CO", "CL"],
    "de": ["DE", "AT", "CH"],
    "pt": ["PT", "BR"],
}
LANG_WEIGHTS = {"en": 0.52, "fr": 0.12, "es": 0.12, "de": 0.12, "pt": 0.12}


class Message:
    def __init__(self, fakers: dict, rng: random.Random, lang: str, country: str) -> None:
        self.fakers, self.rng, self.lang, self.country = fakers, rng, lang, country
        self.places = Places(fakers, country, rng)
        # people[0] writes the message (openers, sign-offs, {me}), people[1] and people[2] are named in it.
        self.people = [Person(fakers, rng, lang) for _ in range(3)]
        self.builder = kit.Builder()
        self.fake = fakers["en_US"]

    def person(self, slot: str) -> Person:
        return self.people[0 if slot.startswith("me") else 2 if slot.endswith("2") else 1]

    def name_value(self, slot: str) -> str:
        person = self.person(slot)
        value = person.first if slot in {"first", "first2", "mefirst"} else person.full
        return value.lower() if person.lower else value

    def value(self, slot: str) -> str:
        rng, c, lang = self.rng, self.country, self.lang
        if slot in PERSON_SLOTS:
            return self.name_value(slot)
        if slot in {"addr", "addr1"}:
            # One in five pasted addresses is from another country than the message's.
            places = (
                self.places if rng.random() < 0.8 else Places(self.fakers, rng.choice(list(COUNTRIES)), rng)
            )
            return address(places, rng, inline=slot == "addr1")
        if slot in {"phone", "phone2"}:
            region = c if rng.random() < 0.75 else rng.choice(PHONE_REGIONS)
            return phone(region, rng, lang)
        if slot in {"email", "email2", "meemail"}:
            person = self.person(slot)
            return email(person.first, person.last, rng, self.fake)
        if slot in {"ip", "ip2"}:
            return ip(rng)
        if slot == "card":
            return card(rng)
        if slot == "iban":
            country = c if c in IBAN_FORMATS else IBAN_COUNTRY_FOR[c]
            if rng.random() < 0.3:
                country = rng.choice(sorted(IBAN_FORMATS))
            return iban(country, rng, grouped=rng.random() < 0.6)
        if slot == "trip":
            return kit.trip_id(rng)
        if slot in {"amount", "amount2"}:
            return amount(c, rng)
        if slot == "time":
            return clock(lang, rng)
        if slot == "date":
            return date(lang, rng)
        if slot == "flight":
            return flight(rng)
        if slot == "plate":
            return plate(c, rng)
        if slot == "booking":
            return booking(rng)
        if slot == "order":
            return order(rng)
        if slot == "place":
            return rng.choice(PLACES[lang])
        raise KeyError(slot)

    def render(self, template: str) -> None:
        cache: dict[str, str] = {}
        for piece in re.split(r"(\{\w+\})", template):
            if piece.startswith("{") and piece.endswith("}"):
                slot = piece[1:-1]
                # A name or email met twice in one message is the same person's.
                if slot not in cache or slot not in PERSON_SLOTS | {"email", "email2", "meemail"}:
                    cache[slot] = self.value(slot)
                self.builder.add(cache[slot], label=SLOTS.get(slot), kind=KEEP_SLOTS.get(slot))
            elif piece:
                self.builder.add(piece)


def generated_part(corpus: str, fakers: dict, rng: random.Random, count: int) -> list[dict]:
    records = []
    langs = list(LANG_WEIGHTS)
    weights = [LANG_WEIGHTS[lang] for lang in langs]
    for _ in range(count):
        lang = rng.choices(langs, weights)[0]
        country = rng.choice(LANG_COUNTRIES[lang])
        pool = POOLS[corpus][lang]
        msg = Message(fakers, rng, lang, country)
        pieces = []
        if rng.random() < 0.12:
            pieces.append(rng.choice(pool["forward"]))
        opener = rng.choice(pool["open"]) if rng.random() < 0.7 else ""
        bodies = rng.sample(pool["body"], 2 if rng.random() < 0.35 else 1)
        closer = rng.choice(pool["close"])
        sep = rng.choice([" ", "\n", "\n\n"])
        text = ""
        # A pasted block ends its line: the next sentence starts on a new one.
        body = (
            bodies[0] + ("\n" if bodies[0].endswith("{addr}") else " ") + bodies[1]
            if len(bodies) == 2
            else bodies[0]
        )
        if opener:
            text += opener + sep
            if sep == " " and opener.endswith(",") and body[:1].isupper() and body[1:2].islower():
                body = body[0].lower() + body[1:]
        text += body
        if closer:
            # After a pasted block the sign-off starts on its own line, as it would in a real message.
            glue = (
                rng.choice(["\n\n", "\n"])
                if bodies[-1].endswith("{addr}")
                else rng.choice(["\n\n", "\n", " "])
            )
            text += glue + closer
        pieces.append(text)
        msg.render("".join(pieces))
        b = msg.builder
        records.append(
            {"locale": f"{lang}_{country}", "text": b.text, "spans": b.spans, "keep": b.keep, "way": "gen"}
        )
    return records


def ops_part(corpus: str, fakers: dict, rng: random.Random, count: int) -> list[dict]:
    records = []
    langs = list(LANG_WEIGHTS)
    weights = [LANG_WEIGHTS[lang] for lang in langs]
    for _ in range(count):
        lang = rng.choices(langs, weights)[0]
        country = rng.choice(LANG_COUNTRIES[lang])
        msg = Message(fakers, rng, lang, country)
        msg.render(" ".join(rng.sample(OPS[corpus][lang], min(2, len(OPS[corpus][lang])))))
        b = msg.builder
        records.append(
            {"locale": f"{lang}_{country}", "text": b.text, "spans": b.spans, "keep": b.keep, "way": "ops"}
        )
    return records


# ---------------------------------------------------------------------------------------------------
# Hand-written ({corpus}_handwritten.txt, read by pii_corpus_kit.read_handwritten); disjointness, counts
# ---------------------------------------------------------------------------------------------------

SENTENCE = re.compile(r"[^.!?\n]+")
STRUCTURED = {"PHONE", "EMAIL", "CARD", "IBAN", "IP"}


def sentences(record: dict) -> set[str]:
    """The message's own sentences (labelled values masked by their type, so two addresses that happen to
    share a line do not count), four words or more, lowercased: short ones ("Thanks,") may fairly repeat."""
    text = record["text"]
    items = sorted(
        [(s["start"], s["end"], s["type"]) for s in record["spans"]]
        + [(k["start"], k["end"], k["kind"]) for k in record["keep"]]
    )
    for start, end, tag in reversed(items):
        text = f"{text[:start]}<{tag}>{text[end:]}"
    return {s.strip().lower() for s in SENTENCE.findall(text) if len(s.split()) >= 4}


def check_disjoint(dev: list[dict], blind: list[dict]) -> None:
    """No sentence of one corpus is in the other (templates and hand-written messages differ), and no
    phone number, email, card, IBAN or IP address is in both."""
    dev_sentences = set().union(*(sentences(r) for r in dev))
    shared = [s for r in blind for s in sentences(r) if s in dev_sentences]
    assert not shared, f"{len(shared)} sentences in both corpora"
    dev_values = {s["value"] for r in dev for s in r["spans"] if s["type"] in STRUCTURED}
    shared = [s for r in blind for s in r["spans"] if s["type"] in STRUCTURED and s["value"] in dev_values]
    assert not shared, f"{len(shared)} structured values in both corpora"


def summary(records: list[dict]) -> str:
    lines = kit.count_lines(records, ("gen", "ops", "hand"), indent="  ")
    langs = Counter(r["locale"].split("_")[0] for r in records)
    lines.append(
        f"  languages: {dict(sorted(langs.items()))}; locales: {len({r['locale'] for r in records})}"
    )
    spans = [s for r in records for s in r["spans"]]
    lines.append(
        "  ADDRESS multi-line {}; PHONE international {}; IBAN countries {}; "
        "PERSON lowercase {}, one word {}".format(
            sum(1 for s in spans if s["type"] == "ADDRESS" and "\n" in s["value"]),
            sum(1 for s in spans if s["type"] == "PHONE" and s["value"].startswith(("+", "00"))),
            len({s["value"][:2] for s in spans if s["type"] == "IBAN"}),
            sum(1 for s in spans if s["type"] == "PERSON" and s["value"] == s["value"].lower()),
            sum(1 for s in spans if s["type"] == "PERSON" and " " not in s["value"]),
        )
    )
    return "\n".join(lines)


def make_fakers(seed: int) -> dict:
    locales = sorted(
        {loc for _, _, loc in COUNTRIES.values() if loc}
        | set(NAME_LOCALES)
        | {"fr_FR", "es_ES", "es_MX", "de_DE", "pt_BR", "pt_PT"}
    )
    return kit.seeded_fakers(locales, seed)


def build(corpus: str) -> list[dict]:
    config = CORPORA[corpus]
    rng = random.Random(config["seed"])
    fakers = make_fakers(config["seed"])
    records = generated_part(corpus, fakers, rng, config["gen"])
    records += ops_part(corpus, fakers, rng, config["ops"])
    records += kit.read_handwritten(OUT_DIR / f"{corpus}_handwritten.txt")
    return kit.finish(records, corpus=corpus, shuffle_seed=config["seed"] + 1)


def read(corpus: str) -> list[dict]:
    return kit.read_jsonl(OUT_DIR / f"{corpus}.jsonl")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", choices=sorted(CORPORA), help="build one corpus")
    parser.add_argument("--check", action="store_true", help="check the written corpora only")
    args = parser.parse_args()
    # Some Faker locales build their lists from sets.
    kit.pin_hash_seed()
    corpora = [args.only] if args.only else list(CORPORA)
    built = {}
    for corpus in corpora:
        if args.check:
            records = read(corpus)
        else:
            records = build(corpus)
            kit.check(records)
            kit.write_jsonl(OUT_DIR / f"{corpus}.jsonl", records)
        kit.check(records)
        built[corpus] = records
        print(f"{corpus}:\n{summary(records)}", file=sys.stderr)
    if all((OUT_DIR / f"{c}.jsonl").exists() for c in CORPORA):
        both = {c: built.get(c) or read(c) for c in CORPORA}
        check_disjoint(both["dev4"], both["blind4"])
        print("dev4 and blind4 share no sentence (4+ words) and no structured value", file=sys.stderr)


if __name__ == "__main__":
    main()
