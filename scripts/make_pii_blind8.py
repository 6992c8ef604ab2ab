# ruff: noqa: E501  (name lists, address layouts and message templates read best one to a line)
"""Write dev8 and blind8, two labelled PII corpora for the redactor (issue 20); see
tests/data/pii_heldout/blind8.README.md. Deterministic (fixed seeds, random.Random only, no Faker).

    .venv/bin/python scripts/make_pii_blind8.py               # both files, checked, aggregate counts
    .venv/bin/python scripts/make_pii_blind8.py --only dev8   # one of them
    .venv/bin/python scripts/make_pii_blind8.py --check       # check the written files only

Prints aggregate figures only, never an item, so running it shows nothing of blind8.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import phonenumbers as pn
import pii_corpus_kit as kit
from phonenumbers import PhoneNumberFormat as PNF

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "pii_heldout"
# corpus -> (seed, generated messages)
CORPORA = {"dev8": (8208, 145), "blind8": (8819, 240)}

# ---------------------------------------------------------------- names (written for this script)
NAMES = {
    "west_africa": (
        "Adaeze Chinedu Oluwaseun Folake Kwabena Ama Yaw Efua Ngozi Tunde Aminata Moussa Fatou Ibrahima Kofi Abena",
        "Okonkwo Adeyemi Mensah Boateng Diallo Ndiaye Sow Eze Oyelaran Asante Traoré Balogun Ogunleye",
    ),
    "east_africa": (
        "Wanjiru Otieno Achieng Kamau Njeri Baraka Zawadi Amani Tigist Dawit Selam Mekdes Abdi Halima",
        "Mwangi Ochieng Kariuki Wambui Odhiambo Kiprono Haile Tesfaye Bekele Mohamud Nyambura",
    ),
    "arab": (
        "Youssef Fatima Omar Layla Khalid Noura Hamza Salma Tariq Rania Karim Yasmine Bilal Mariam",
        "Haddad Al-Mansouri El Amrani Benali Khoury Nasser bin Rashid Al Hashimi Saleh Bouzid Farouk",
    ),
    "turk_iran": (
        "Emre Elif Mehmet Zeynep Burak Ayşe Cem Deniz Babak Shirin Reza Parisa Dariush Nilufar",
        "Yılmaz Kaya Demir Şahin Öztürk Çelik Arslan Tehrani Rahimi Karimi Moradi Hosseini",
    ),
    "south_asia": (
        "Aarav Priya Rohan Ananya Vikram Deepika Arjun Kavya Sanjay Meera Imran Ayesha Harpreet Gurpreet Lakshmi Nikhil",
        "Sharma Patel Iyer Reddy Nair Gupta Chowdhury Singh Banerjee Khan Menon Deshpande Kulkarni",
    ),
    "se_asia": (
        "Nguyen Linh Minh Thao Siti Budi Dewi Ayu Rizal Maria Jose Mark Angelica Somchai Nattaya",
        "Tran Pham Le Santoso Wijaya Hartono Reyes Dela Cruz Bautista Mendoza Srisuk Abdullah Rahman",
    ),
    "east_asia": (
        "Wei Jing Hao Xiaoyu Mei Jun Haruto Yui Sota Aoi Minjun Jiwoo Seoyeon Hyun-woo",
        "Wang Li Zhang Chen Liu Tanaka Sato Suzuki Watanabe Kim Park Choi Jung Lee",
    ),
    "slavic": (
        "Tomasz Agnieszka Katarzyna Piotr Magdalena Dmitri Olena Ivana Milan Zofia Bartosz Kasia",
        "Kowalski Nowak Wiśniewska Zieliński Petrov Kovalenko Horvat Novák Dąbrowski Lewandowska",
    ),
    "nordic_celtic": (
        "Astrid Lars Ingrid Sven Freya Oskar Siobhán Niamh Ciarán Aoife Seren Rhys Eilidh Callum",
        "Lindqvist Johansson Haugen Nielsen Ó Briain Ní Mhurchú MacLeod Kavanagh Jones ap Rhys McAllister",
    ),
    "french": (
        "Étienne Maëlle Juliette Théo Camille Hugo Chloé Léa Baptiste Océane Gaëlle Benoît",
        "Dubois Lefèvre Moreau Girard Roussel Fontaine de la Tour Saint-Clair Le Goff Mercier d'Arcy",
    ),
    "german_dutch": (
        "Lukas Johanna Felix Greta Jannik Sanne Daan Femke Joris Anouk Matthias Lieselotte",
        "Müller Schröder Becker Hoffmann von Arnim van der Berg de Vries Janssen van 't Hof Bakker Vogel",
    ),
    "iberian_latam": (
        "Ximena Alejandro Lucía Mateo Valentina Santiago Camila Joaquín Inês João Beatriz Rodrigo Guadalupe Thiago",
        "García López Fernández Martínez de los Santos Rodríguez Pereira Costa dos Santos Oliveira Gonçalves Herrera Quispe",
    ),
    "italian": (
        "Giulia Lorenzo Chiara Alessandro Francesca Matteo Federica Giovanni Sofia Davide",
        "Rossi Bianchi Esposito Romano Colombo Ricci Di Stefano De Luca Lo Russo Dalla Costa",
    ),
    "english": (
        "Emily James Olivia Jack Hannah Tyler Brianna DeShawn Latoya Connor Madison Ethan",
        "Smith Johnson Williams Thompson Harris Walker Robinson Clarke Turner Jackson Edwards",
    ),
}
# given names that are also common words or places; labelled only where they name someone
WORD_NAMES = [
    "Rose",
    "Paris",
    "Jordan",
    "Summer",
    "Lincoln",
    "Florence",
    "Will",
    "Grace",
    "Hope",
    "Joy",
    "Faith",
    "Dawn",
    "Ivy",
    "Hunter",
    "Chase",
    "Sky",
    "River",
    "Robin",
    "Miles",
    "Ray",
    "Mark",
    "Frank",
    "Bill",
    "Amber",
    "Ruby",
    "Pearl",
    "Holly",
    "Sunny",
    "Sage",
    "Austin",
    "Dallas",
    "Sydney",
    "Victoria",
    "Georgia",
    "Chelsea",
    "Brooklyn",
    "Carolina",
    "Eugene",
    "Camden",
    "Adelaide",
    "Valencia",
    "Lourdes",
    "India",
    "Asia",
]
WORD_FAMILY = [
    "Baker",
    "Fisher",
    "Stone",
    "King",
    "Young",
    "Long",
    "Fox",
    "Swift",
    "Rich",
    "Brown",
    "Green",
    "Hill",
]
GROUPS = sorted(NAMES)


def split_names(s: str) -> list[str]:
    # family names with particles are written with spaces; join the known particles back on
    words = s.split()
    out, i = [], 0
    particles = {
        "El",
        "Al",
        "bin",
        "de",
        "la",
        "los",
        "dos",
        "van",
        "der",
        "'t",
        "Ó",
        "Ní",
        "ap",
        "Di",
        "De",
        "Lo",
        "Dalla",
        "Dela",
        "von",
        "d'Arcy",
        "Le",
        "Saint-Clair",
    }
    while i < len(words):
        j = i
        while words[j] in particles - {"d'Arcy", "Saint-Clair"} and j + 1 < len(words):
            j += 1
        out.append(" ".join(words[i : j + 1]))
        i = j + 1
    return out


GIVEN = {g: NAMES[g][0].split() for g in GROUPS}
FAMILY = {g: split_names(NAMES[g][1]) for g in GROUPS}


class Person:
    def __init__(self, rng: random.Random, group: str | None = None) -> None:
        self.group = group or rng.choice(GROUPS)
        self.given = rng.choice(WORD_NAMES) if rng.random() < 0.2 else rng.choice(GIVEN[self.group])
        self.family = rng.choice(WORD_FAMILY) if rng.random() < 0.06 else rng.choice(FAMILY[self.group])
        self.east_first = self.group == "east_asia" and rng.random() < 0.5
        self.lower = rng.random() < 0.08
        self.middle = rng.choice(GIVEN[self.group])[0] + "." if rng.random() < 0.08 else ""

    def full(self) -> str:
        if self.east_first:
            s = f"{self.family} {self.given}"
        else:
            s = " ".join(x for x in (self.given, self.middle, self.family) if x)
        return s.lower() if self.lower else s

    def first(self) -> str:
        return self.given.lower() if self.lower else self.given

    def email(self, rng: random.Random) -> str:
        def fold(x: str) -> str:
            x = unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode()
            return re.sub(r"[^a-z]", "", x.lower())

        g, f = fold(self.given), fold(self.family)
        user = rng.choice(
            [f"{g}.{f}", f"{g}{f[:1]}", f"{g[:1]}{f}", f"{g}_{f}{rng.randint(1, 99)}", f"{f}.{g}"]
        )
        dom = rng.choice(
            [
                "gmail.com",
                "outlook.com",
                "yahoo.co.uk",
                "proton.me",
                "icloud.com",
                "web.de",
                "orange.fr",
                "libero.it",
                "hotmail.es",
                "uol.com.br",
                "wp.pl",
                "ziggo.nl",
                "acme-logistics.com",
                "northwind.io",
                "rediffmail.com",
                "gmx.at",
            ]
        )
        return f"{user}@{dom}"


# ---------------------------------------------------------------- regions
def _street(rng, names):
    return rng.choice(names)


def addr_lines(region: str, rng: random.Random) -> list[str]:
    n = rng.randint
    c = rng.choice
    if region == "US":
        return [
            f"{n(10, 9899)} {c(['Maple Ave', 'W 34th St', 'Grand Blvd', 'Elm Street', 'Sunset Dr'])}",
            c([f"Apt {n(1, 40)}{c('ABCD')}", f"Unit {n(100, 999)}", f"#{n(2, 30)}"]),
            f"{c(['Columbus, OH 43215', 'Austin, TX 78704', 'Oakland, CA 94607', 'Newark, NJ 07102'])}",
        ]
    if region == "CA":
        return [
            f"{n(100, 2400)}-{n(10, 999)} {c(['Rue Sherbrooke Ouest', 'Bloor St W', 'Jasper Ave'])}",
            c(["Montréal QC H3A 1B9", "Toronto ON M5S 1A1", "Edmonton AB T5J 0N3"]),
        ]
    if region == "GB":
        return [
            f"Flat {n(1, 30)}",
            f"{c(['Harrow Court', 'Wellington House', 'The Maltings'])}",
            f"{n(1, 220)} {c(['Cowley Road', 'Stockport Road', 'Gloucester Place'])}",
            c(["Oxford OX4 1HR", "Manchester M19 3AB", "London NW1 6XE"]),
        ]
    if region == "IE":
        return [
            f"{n(1, 90)} {c(['Seaview Park', 'Ashgrove Lawn', 'Main Street'])}",
            c(["Ballincollig", "Salthill"]),
            c(["Co. Cork P31 X2Y4", "Co. Galway H91 E2K3"]),
        ]
    if region == "AU":
        return [
            f"Unit {n(1, 20)}/{n(2, 200)} {c(['Smith Street', 'Beach Road', 'Anzac Parade'])}",
            c(["Fitzroy VIC 3065", "Kensington NSW 2033", "Scarborough WA 6019"]),
        ]
    if region == "NZ":
        return [
            f"{n(1, 300)}{c(['', 'A', 'B'])} {c(['Ponsonby Road', 'Riccarton Road'])}",
            c(["Grey Lynn", "Riccarton"]),
            c(["Auckland 1021", "Christchurch 8011"]),
        ]
    if region == "ZA":
        return [
            f"{n(1, 60)} {c(['Jan Smuts Avenue', 'Long Street', 'Florida Road'])}",
            c(["Rosebank", "Morningside"]),
            c(["Johannesburg 2196", "Durban 4001"]),
        ]
    if region == "NG":
        return [
            f"Plot {n(1, 400)}, {c(['Adeola Odeku Street', 'Aminu Kano Crescent'])}",
            c(["Victoria Island, Lagos", "Wuse II, Abuja"]),
        ]
    if region == "KE":
        return [
            f"{c(['Kilimani Heights', 'Riverside Court'])}, Apt {c('ABC')}{n(1, 20)}",
            f"{c(['Argwings Kodhek Road', 'Riverside Drive'])}",
            f"P.O. Box {n(1000, 90000)}-00100, Nairobi",
        ]
    if region == "IN":
        return [
            f"Flat {n(101, 1404)}, {c(['Tower B', 'Wing C', 'Block 4'])}, {c(['Prestige Lakeside', 'Lodha Splendora', 'DLF Phase 3'])}",
            f"{c(['Near Shiv Mandir', 'Opp. Forum Mall', 'Behind HDFC Bank'])}, {c(['Whitefield', 'Andheri East', 'Sector 24'])}",
            c(["Bengaluru 560066", "Mumbai 400069", "Gurugram 122002"]),
        ]
    if region == "SG":
        return [
            f"Blk {n(100, 999)} {c(['Tampines St 81', 'Jurong West Ave 1', 'Ang Mo Kio Ave 3'])}",
            f"#{n(2, 20):02d}-{n(10, 400)}",
            f"Singapore {n(310000, 680999)}",
        ]
    if region == "PH":
        return [
            f"Unit {n(200, 3500)} {c(['One Serendra', 'Avida Towers'])}",
            f"{c(['Brgy. Fort Bonifacio', 'Brgy. Poblacion'])}",
            c(["Taguig City 1634", "Makati City 1210"]),
        ]
    if region == "MY":
        return [
            f"No. {n(1, 80)}, Jalan {c(['SS 2/24', 'Bukit Bintang', 'Ampang'])}",
            c(["47300 Petaling Jaya, Selangor", "50200 Kuala Lumpur"]),
        ]
    if region == "JP":
        return [
            f"〒{n(100, 180)}-{n(1, 9999):04d}",
            f"Tokyo-to, {c(['Minato-ku', 'Setagaya-ku', 'Shibuya-ku'])} {c(['Azabu-Juban', 'Sangenjaya', 'Ebisu'])} {n(1, 4)}-{n(1, 20)}-{n(1, 15)}",
            f"{c(['Sunny Heights', 'Maison Ebisu', 'Park Court'])} {n(2, 12)}0{n(1, 9)}",
        ]
    if region == "KR":
        return [
            f"{c(['서울특별시 강남구 테헤란로', '서울특별시 마포구 월드컵북로', 'Seoul, Gangnam-gu, Teheran-ro', 'Seoul, Mapo-gu, World Cup buk-ro'])} {n(10, 500)}",
            f"{c(['Apt', '아파트'])} {n(101, 120)}-{n(101, 2504)}",
        ]
    if region == "AE":
        return [
            f"Apartment {n(101, 4508)}, {c(['Marina Heights Tower', 'Al Seef Tower 2', 'Burj Views B'])}",
            f"{c(['Al Sufouh Road', 'Sheikh Zayed Road'])}, {c(['Dubai Marina', 'Downtown Dubai'])}",
            "Dubai, UAE",
        ]
    if region == "SA":
        return [
            f"Building {n(1000, 9999)}, {c(['Al Olaya District', 'Al Malqa District'])}",
            f"Riyadh {n(11000, 13999)}, Saudi Arabia",
        ]
    if region == "EG":
        return [
            f"{n(1, 90)} {c(['Shehab Street', 'El Nasr Road'])}, Floor {n(1, 12)}, Apt {n(1, 40)}",
            c(["Mohandessin, Giza", "Nasr City, Cairo"]),
        ]
    if region == "MA":
        return [
            f"{n(1, 200)}, {c(['Boulevard Zerktouni', 'Rue Ibn Batouta'])}, Appt {n(1, 30)}, Étage {n(1, 8)}",
            c(["20250 Casablanca", "10000 Rabat"]),
        ]
    if region == "SN":
        return [f"Villa {n(1, 400)}, {c(['Cité Keur Gorgui', 'Sacré-Cœur 3'])}", "Dakar, Sénégal"]
    if region == "FR":
        return [
            f"{n(1, 140)}{c(['', ' bis', ' ter'])} {c(['rue des Martyrs', 'avenue de Saxe', 'rue Paradis'])}",
            c([f"Bât. {c('ABC')}, {n(1, 7)}e étage", f"Appt {n(1, 60)}", "Escalier 2"]),
            c(["75009 Paris", "69006 Lyon", "13006 Marseille"]),
        ]
    if region == "BE":
        return [
            f"{c(['Rue de la Loi', 'Meir', 'Chaussée de Wavre'])} {n(1, 200)} {c(['bte', 'bus'])} {n(1, 12)}",
            c(["1040 Etterbeek", "2000 Antwerpen"]),
        ]
    if region == "CH":
        return [
            f"{c(['Bahnhofstrasse', 'Rue du Rhône', 'Via Nassa'])} {n(1, 90)}",
            c(["8001 Zürich", "1204 Genève", "6900 Lugano"]),
        ]
    if region == "DE":
        return [
            c(["", f"c/o {c(['Fam. Becker', 'Hoffmann'])}"]),
            f"{c(['Schönhauser Allee', 'Bergmannstraße', 'Ehrenfeldgürtel'])} {n(1, 180)}{c(['', 'a'])}",
            c([f"{n(1, 5)}. OG links", f"Hinterhaus, {n(1, 4)}. Stock", ""]),
            c(["10437 Berlin", "10961 Berlin", "50823 Köln"]),
        ]
    if region == "AT":
        return [
            f"{c(['Mariahilfer Straße', 'Praterstraße'])} {n(1, 120)}/{n(1, 9)}/{n(1, 30)}",
            c(["1060 Wien", "1020 Wien"]),
        ]
    if region == "NL":
        return [
            f"{c(['Prinsengracht', 'Witte de Withstraat', 'Oudegracht'])} {n(1, 800)}-{c(['II', 'III', 'hs', 'bis'])}",
            c(["1016 HT Amsterdam", "3012 BN Rotterdam", "3511 AZ Utrecht"]),
        ]
    if region == "ES":
        return [
            f"{c(['Calle de Alcalá', 'Carrer de Mallorca', 'Calle Sierpes'])}, {n(1, 300)}, {n(1, 8)}º {c(['izq.', 'dcha.', 'B'])}",
            c(["28014 Madrid", "08013 Barcelona", "41004 Sevilla"]),
        ]
    if region == "PT":
        return [
            f"{c(['Rua Augusta', 'Avenida da Boavista', 'Rua do Alecrim'])}, {n(1, 300)}, {n(1, 6)}.º {c(['Esq.', 'Dto.'])}",
            c(["1100-048 Lisboa", "4100-128 Porto"]),
        ]
    if region == "IT":
        return [
            f"{c(['Via Roma', 'Corso Buenos Aires', 'Via dei Serpenti'])} {n(1, 200)}, {c(['int.', 'scala B, int.'])} {n(1, 30)}",
            c(["20124 Milano (MI)", "00184 Roma (RM)", "80134 Napoli (NA)"]),
        ]
    if region == "PL":
        return [
            f"ul. {c(['Marszałkowska', 'Długa', 'Piotrkowska'])} {n(1, 150)} m. {n(1, 80)}",
            c(["00-624 Warszawa", "80-831 Gdańsk", "90-001 Łódź"]),
        ]
    if region == "TR":
        return [
            f"{c(['Bağdat Caddesi', 'İstiklal Caddesi', 'Atatürk Bulvarı'])} No: {n(1, 300)} Daire: {n(1, 30)}",
            c(["Kadıköy / İstanbul", "Beyoğlu / İstanbul", "Çankaya / Ankara"]),
        ]
    if region == "BR":
        return [
            f"{c(['Rua Oscar Freire', 'Av. Atlântica', 'Rua da Consolação'])}, {n(10, 3000)}, apto {n(11, 1804)}",
            c(["Jardins, São Paulo - SP", "Copacabana, Rio de Janeiro - RJ"]),
            f"CEP {n(1000, 29999):05d}-{n(0, 999):03d}",
        ]
    if region == "MX":
        return [
            f"Av. {c(['Insurgentes Sur', 'Álvaro Obregón', 'Vallarta'])} {n(10, 2000)}, Int. {n(1, 30)}",
            f"Col. {c(['Roma Norte', 'Del Valle', 'Americana'])}",
            c(["06700 Ciudad de México, CDMX", "44160 Guadalajara, Jal."]),
        ]
    if region == "CO":
        return [
            f"Calle {n(10, 150)} # {n(1, 90)}-{n(1, 99)}",
            f"Torre {n(1, 5)}, Apto {n(101, 1802)}",
            c(["Bogotá", "Medellín, Antioquia"]),
        ]
    if region == "AR":
        return [
            f"{c(['Av. Santa Fe', 'Gorriti', 'Av. Corrientes'])} {n(100, 5000)}, Piso {n(1, 15)}, Dto. {c('ABCD')}",
            c(["C1425 CABA", "X5000 Córdoba"]),
        ]
    if region == "CL":
        return [
            f"{c(['Av. Providencia', 'Los Leones'])} {n(100, 3000)}, Depto {n(101, 2104)}",
            c(["Providencia, Santiago", "Las Condes, Santiago"]),
        ]
    if region == "PE":
        return [
            f"{c(['Jr. de la Unión', 'Av. Larco'])} {n(100, 1500)}, Dpto. {n(101, 902)}",
            c(["Miraflores, Lima 15074", "Cercado de Lima 15001"]),
        ]
    if region == "GH":
        return [
            f"House No. {n(1, 60)}, {c(['Oxford Street', 'Ring Road East'])}",
            c(["Osu, Accra", "Kaneshie, Accra"]),
            f"GA-{n(100, 999)}-{n(1000, 9999)}",
        ]
    if region == "SE":
        return [
            f"{c(['Götgatan', 'Storgatan'])} {n(1, 90)}, lgh {n(1001, 1504)}",
            c(["118 46 Stockholm", "411 38 Göteborg"]),
        ]
    raise KeyError(region)


ADDR_REGIONS = [
    "US",
    "CA",
    "GB",
    "IE",
    "AU",
    "NZ",
    "ZA",
    "NG",
    "KE",
    "IN",
    "SG",
    "PH",
    "MY",
    "JP",
    "KR",
    "AE",
    "SA",
    "EG",
    "MA",
    "SN",
    "FR",
    "BE",
    "CH",
    "DE",
    "AT",
    "NL",
    "ES",
    "PT",
    "IT",
    "PL",
    "TR",
    "BR",
    "MX",
    "CO",
    "AR",
    "CL",
    "PE",
    "GH",
    "SE",
]
COUNTRY = {
    "US": "USA",
    "CA": "Canada",
    "GB": "United Kingdom",
    "IE": "Ireland",
    "AU": "Australia",
    "ZA": "South Africa",
    "FR": "France",
    "DE": "Deutschland",
    "IT": "Italia",
    "ES": "España",
    "BR": "Brasil",
    "MX": "México",
    "NL": "Nederland",
    "PL": "Polska",
    "TR": "Türkiye",
    "KR": "South Korea",
    "JP": "Japan",
    "IN": "India",
}


def address(region: str, rng: random.Random, multi: bool) -> str:
    lines = [x for x in addr_lines(region, rng) if x]
    if region in COUNTRY and rng.random() < 0.3:
        lines.append(COUNTRY[region])
    return "\n".join(lines) if multi else ", ".join(lines)


PHONE_REGIONS = [
    "GB",
    "US",
    "CA",
    "FR",
    "ES",
    "DE",
    "PT",
    "IT",
    "NL",
    "PL",
    "TR",
    "IN",
    "BR",
    "MX",
    "AR",
    "CO",
    "CL",
    "PE",
    "AU",
    "NZ",
    "ZA",
    "NG",
    "KE",
    "GH",
    "AE",
    "SA",
    "EG",
    "MA",
    "SN",
    "JP",
    "KR",
    "SG",
    "PH",
    "MY",
    "ID",
    "IE",
    "BE",
    "CH",
    "AT",
    "SE",
    "NO",
    "DK",
]
EXT_WORD = {
    "US": "x",
    "CA": "ext.",
    "GB": "ext.",
    "FR": "poste",
    "BE": "poste",
    "DE": "Durchwahl",
    "AT": "DW",
    "NL": "toestel",
    "IT": "int.",
    "ES": "ext.",
    "BR": "ramal",
    "PT": "ext.",
    "JP": "内線",
    "IN": "extn.",
    "AU": "ext",
    "PL": "wew.",
}


def phone(region: str, rng: random.Random, home: bool = True) -> str:
    types = [pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE]
    ex = pn.example_number_for_type(region, rng.choice(types)) or pn.example_number(region)
    s = str(ex.national_number)
    for _ in range(500):
        cand = s[:2] + "".join(rng.choice("0123456789") for _ in s[2:])
        num = pn.parse(f"+{ex.country_code}{cand}")
        if pn.is_valid_number_for_region(num, region):
            break
    else:
        num = ex
    style = rng.random() if home else rng.uniform(0.45, 1)
    if style < 0.45:
        out = pn.format_number(num, PNF.NATIONAL)
    elif style < 0.75:
        out = pn.format_number(num, PNF.INTERNATIONAL)
    elif style < 0.85:
        out = pn.format_number(num, PNF.E164)
    elif style < 0.93:
        out = "00" + pn.format_number(num, PNF.INTERNATIONAL)[1:]
    else:
        out = pn.format_number(num, PNF.INTERNATIONAL).replace(" ", ".").replace("-", ".")
    if rng.random() < 0.12:
        out += f" {EXT_WORD.get(region, 'ext.')} {rng.randint(10, 9999)}"
    return out


IBAN_LEN = {
    "DE": "n18",
    "FR": "n10a11n2",
    "ES": "n20",
    "IT": "a1n10c12",
    "NL": "a4n10",
    "PT": "n21",
    "PL": "n24",
    "TR": "n5c17",
    "BE": "n12",
    "GB": "a4n14",
    "IE": "a4n14",
    "AT": "n16",
    "CH": "n17",
    "SA": "n2c18",
    "AE": "n19",
    "BR": "n23a1c1",
    "LU": "n3c13",
    "SE": "n20",
    "DK": "n14",
    "NO": "n11",
    "FI": "n14",
    "GR": "n7c16",
    "RO": "a4c16",
    "HU": "n24",
    "CZ": "n20",
    "HR": "n17",
    "QA": "a4c21",
    "MA": "n24",
    "JO": "a4n4c18",
    "EG": "n25",
}


def iban(cc: str, rng: random.Random) -> str:
    bban = ""
    for kind, count in re.findall(r"([nac])(\d+)", IBAN_LEN[cc]):
        pool = {
            "n": "0123456789",
            "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "c": "0123456789ABCDEFGHJKLMNPRSTUVWXYZ",
        }[kind]
        bban += "".join(rng.choice(pool) for _ in range(int(count)))
    num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    code = f"{cc}{98 - num % 97:02d}{bban}"
    style = rng.random()
    if style < 0.6:
        return " ".join(code[i : i + 4] for i in range(0, len(code), 4))
    if style < 0.8:
        return code
    if style < 0.9:
        return code[:4] + " " + code[4:]
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4)).lower()


CARD_PREFIX = [
    ("4", 16),
    ("4", 16),
    ("4", 13),
    ("51", 16),
    ("54", 16),
    ("2221", 16),
    ("2720", 16),
    ("34", 15),
    ("37", 15),
    ("36", 14),
    ("6011", 16),
    ("65", 16),
    ("35", 16),
    ("62", 16),
]


def card(rng: random.Random) -> str:
    prefix, length = rng.choice(CARD_PREFIX)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if kit.luhn_ok(body + d):
            body += d
            break
    if length == 15 or length == 14:
        groups = [body[:4], body[4:10], body[10:]]
    else:
        groups = [body[i : i + 4] for i in range(0, length, 4)]
    return rng.choice([" ", "-", ""]).join(groups)


def ip(rng: random.Random) -> str:
    import ipaddress

    while True:
        if rng.random() < 0.6:
            a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
            if a.is_global:
                return str(a)
        else:
            words = [0x2000 + rng.randint(0, 0x0FFF)] + [rng.randint(0, 0xFFFF) for _ in range(3)]
            words += [0, 0, rng.randint(0, 0xFFFF), rng.randint(1, 0xFFFF)]
            a = ipaddress.IPv6Address(":".join(f"{w:x}" for w in words))
            if a.is_global:
                return str(a) if rng.random() < 0.8 else a.exploded


CURRENCY = {
    "US": "${:.2f}",
    "CA": "CA${:.2f}",
    "GB": "£{:.2f}",
    "IE": "€{:.2f}",
    "AU": "A${:.2f}",
    "NZ": "NZ${:.2f}",
    "ZA": "R{:.2f}",
    "NG": "₦{:,.0f}",
    "KE": "KSh {:,.0f}",
    "GH": "GH₵{:.2f}",
    "IN": "₹{:,.0f}",
    "SG": "S${:.2f}",
    "PH": "₱{:,.0f}",
    "MY": "RM{:.2f}",
    "JP": "¥{:,.0f}",
    "KR": "₩{:,.0f}",
    "AE": "AED {:.2f}",
    "SA": "SAR {:.0f}",
    "EG": "EGP {:.0f}",
    "MA": "{:.0f} DH",
    "SN": "{:,.0f} FCFA",
    "FR": "{:.2f} €",
    "BE": "€ {:.2f}",
    "CH": "CHF {:.2f}",
    "DE": "{:.2f} €",
    "AT": "€ {:.2f}",
    "NL": "€ {:.2f}",
    "ES": "{:.2f} €",
    "PT": "{:.2f} €",
    "IT": "€ {:.2f}",
    "PL": "{:.2f} zł",
    "TR": "{:.2f} TL",
    "BR": "R$ {:.2f}",
    "MX": "MX${:.2f}",
    "CO": "COP {:,.0f}",
    "AR": "ARS {:,.0f}",
    "CL": "CLP {:,.0f}",
    "PE": "S/ {:.2f}",
    "SE": "{:.0f} kr",
}
COMMA_DECIMAL = set(["FR", "BE", "DE", "AT", "NL", "ES", "PT", "IT", "PL", "TR", "BR", "CH", "SE"])
BIG = {
    "NG": 400,
    "KE": 60,
    "IN": 40,
    "PH": 25,
    "JP": 60,
    "KR": 700,
    "SN": 300,
    "CO": 2000,
    "AR": 500,
    "CL": 500,
    "EG": 15,
    "MA": 4,
}


def amount(region: str, rng: random.Random) -> str:
    value = round(rng.uniform(4, 95) * BIG.get(region, 1), 2)
    s = CURRENCY.get(region, "${:.2f}").format(value)
    if region in COMMA_DECIMAL:
        s = s.replace(".", ",")
    elif region in ("CO", "AR", "CL"):
        s = s.replace(",", ".")
    return s


PLACES = {
    "US": [
        "Lincoln Center",
        "JFK Terminal 4",
        "Ronald Reagan National",
        "Union Station",
        "Martin Luther King Jr Blvd",
        "Harvey Milk Plaza",
        "O'Hare",
    ],
    "CA": [
        "Montréal-Trudeau",
        "Union Station",
        "Billy Bishop Airport",
        "King George station",
        "Lester B. Pearson",
    ],
    "GB": [
        "King's Cross",
        "Heathrow Terminal 5",
        "Victoria Coach Station",
        "Piccadilly Gardens",
        "Lime Street",
    ],
    "IE": ["Heuston Station", "Dublin Airport T2"],
    "AU": ["Central Station", "Flinders Street", "Sydney Airport T1"],
    "NZ": ["Britomart", "Auckland Airport"],
    "ZA": ["O. R. Tambo", "Nelson Mandela Square", "V&A Waterfront"],
    "NG": ["Murtala Muhammed Airport", "Nnamdi Azikiwe Airport", "Lekki Toll Gate"],
    "KE": ["Jomo Kenyatta", "Sarit Centre", "Kenyatta Avenue"],
    "GH": ["Kotoka", "Kwame Nkrumah Circle"],
    "IN": [
        "Indira Gandhi International",
        "Chhatrapati Shivaji Terminus",
        "Rajiv Gandhi International",
        "Connaught Place",
    ],
    "SG": ["Changi T3", "Raffles Place", "Marina Bay Sands"],
    "PH": ["NAIA Terminal 3", "Ayala Triangle"],
    "MY": ["KL Sentral", "KLIA2"],
    "JP": ["Shinagawa Station", "Haneda Terminal 3", "Shibuya Crossing"],
    "KR": ["Incheon T2", "Seoul Station", "Gangnam Station"],
    "AE": ["Dubai Mall", "DXB Terminal 3", "Sheikh Zayed Road"],
    "SA": ["King Khalid International", "King Fahd Road"],
    "EG": ["Cairo International", "Tahrir Square"],
    "MA": ["Casa-Port", "Mohammed V airport"],
    "SN": ["Blaise-Diagne", "Place de l'Indépendance"],
    "FR": [
        "Gare de Lyon",
        "Charles de Gaulle",
        "Gare Montparnasse",
        "place de la République",
        "avenue Jean-Jaurès",
    ],
    "BE": ["Bruxelles-Midi", "Place Flagey"],
    "CH": ["Zürich HB", "Genève Cornavin"],
    "DE": ["Berlin Hbf", "Willy-Brandt-Platz", "Flughafen BER", "Konrad-Adenauer-Ufer"],
    "AT": ["Wien Hauptbahnhof", "Schwedenplatz"],
    "NL": ["Amsterdam Centraal", "Schiphol Plaza", "Johan Cruijff ArenA"],
    "ES": ["Atocha", "Adolfo Suárez Madrid-Barajas", "Sants Estació", "Plaza de Colón"],
    "PT": ["Santa Apolónia", "Humberto Delgado", "Marquês de Pombal"],
    "IT": ["Roma Termini", "Leonardo da Vinci", "Milano Centrale", "piazza Garibaldi"],
    "PL": ["Warszawa Centralna", "Lotnisko Chopina", "rondo Dmowskiego"],
    "TR": ["İstanbul Havalimanı", "Sabiha Gökçen", "Taksim Meydanı"],
    "BR": ["Santos Dumont", "Guarulhos", "Avenida Getúlio Vargas", "Estação da Luz"],
    "MX": ["Avenida Benito Juárez", "AICM Terminal 1", "Ángel de la Independencia"],
    "CO": ["El Dorado", "Parque de la 93", "Avenida Simón Bolívar"],
    "AR": ["Aeroparque Jorge Newbery", "Retiro", "Obelisco"],
    "CL": ["Arturo Merino Benítez", "Estación Mapocho"],
    "PE": ["Jorge Chávez", "Parque Kennedy"],
    "SE": ["Stockholm Central", "Arlanda"],
}
LANG_REGIONS = {
    "en": [
        "US",
        "GB",
        "CA",
        "AU",
        "NZ",
        "ZA",
        "NG",
        "KE",
        "GH",
        "IE",
        "IN",
        "SG",
        "PH",
        "MY",
        "JP",
        "KR",
        "AE",
        "SA",
        "EG",
    ],
    "fr": ["FR", "BE", "CH", "MA", "SN", "CA"],
    "es": ["ES", "MX", "AR", "CO", "CL", "PE"],
    "de": ["DE", "AT", "CH"],
    "pt": ["PT", "BR"],
    "it": ["IT", "CH"],
    "nl": ["NL", "BE"],
    "pl": ["PL"],
    "tr": ["TR"],
    "hi": ["IN"],
}
LANG_WEIGHTS = {"en": 50, "fr": 9, "es": 9, "de": 7, "pt": 6, "it": 5, "nl": 4, "pl": 3, "tr": 3, "hi": 4}
REGION_GROUP = {
    "NG": "west_africa",
    "GH": "west_africa",
    "SN": "west_africa",
    "KE": "east_africa",
    "AE": "arab",
    "SA": "arab",
    "EG": "arab",
    "MA": "arab",
    "TR": "turk_iran",
    "IN": "south_asia",
    "PH": "se_asia",
    "MY": "se_asia",
    "SG": "east_asia",
    "JP": "east_asia",
    "KR": "east_asia",
    "PL": "slavic",
    "SE": "nordic_celtic",
    "IE": "nordic_celtic",
    "FR": "french",
    "BE": "french",
    "DE": "german_dutch",
    "AT": "german_dutch",
    "NL": "german_dutch",
    "CH": "german_dutch",
    "ES": "iberian_latam",
    "PT": "iberian_latam",
    "BR": "iberian_latam",
    "MX": "iberian_latam",
    "CO": "iberian_latam",
    "AR": "iberian_latam",
    "CL": "iberian_latam",
    "PE": "iberian_latam",
    "IT": "italian",
}
LOCALE_LANG = {"hi": "hi"}


def date(lang: str, rng: random.Random) -> str:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    en = [
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
    ]
    return rng.choice(
        {
            "en": [f"{d}/{m:02d}/2026", f"{en[m - 1]} {d}", f"{d} {en[m - 1][:3]}", f"2026-{m:02d}-{d:02d}"],
            "fr": [
                f"{d}/{m:02d}/2026",
                f"{d} {['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][m - 1]}",
            ],
            "es": [
                f"{d}/{m}/2026",
                f"{d} de {['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][m - 1]}",
            ],
            "de": [
                f"{d}.{m}.2026",
                f"{d}. {['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'][m - 1]}",
            ],
            "pt": [
                f"{d:02d}/{m:02d}/2026",
                f"{d} de {['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'][m - 1]}",
            ],
            "it": [
                f"{d}/{m}/2026",
                f"{d} {['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'][m - 1]}",
            ],
            "nl": [
                f"{d}-{m}-2026",
                f"{d} {['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][m - 1]}",
            ],
            "pl": [
                f"{d}.{m:02d}.2026",
                f"{d} {['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'][m - 1]}",
            ],
            "tr": [
                f"{d}.{m:02d}.2026",
                f"{d} {['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'][m - 1]}",
            ],
            "hi": [f"{d}/{m}/2026", f"{d} {en[m - 1]}"],
        }[lang]
    )


def time_(lang: str, rng: random.Random) -> str:
    h, mi = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
    if lang == "en":
        return rng.choice(
            [
                f"{(h % 12) or 12}:{mi:02d} {'am' if h < 12 else 'pm'}",
                f"{h:02d}:{mi:02d}",
                f"{(h % 12) or 12}.{mi:02d}{'am' if h < 12 else 'pm'}",
            ]
        )
    if lang == "fr":
        return rng.choice([f"{h}h{mi:02d}", f"{h}:{mi:02d}"])
    if lang == "de":
        return rng.choice([f"{h}:{mi:02d} Uhr", f"{h}.{mi:02d}"])
    if lang == "hi":
        return f"{(h % 12) or 12} baje"
    return f"{h}:{mi:02d}"


def plate(region: str, rng: random.Random) -> str:
    L, D = "ABCDEFGHJKLMNPRSTVWXYZ", "0123456789"
    c = lambda pool, k: "".join(rng.choice(pool) for _ in range(k))  # noqa: E731
    return {
        "GB": f"{c(L, 2)}{c(D, 2)} {c(L, 3)}",
        "DE": f"{rng.choice(['B', 'K', 'M', 'HH'])}-{c(L, 2)} {rng.randint(1, 9999)}",
        "FR": f"{c(L, 2)}-{c(D, 3)}-{c(L, 2)}",
        "ES": f"{c(D, 4)} {c('BCDFGHJKLMNPRSTVWXYZ', 3)}",
        "BR": f"{c(L, 3)}{c(D, 1)}{c(L, 1)}{c(D, 2)}",
        "IN": f"{rng.choice(['MH', 'KA', 'DL', 'TS'])} {c(D, 2)} {c(L, 2)} {c(D, 4)}",
        "KR": f"{rng.randint(10, 399)}가 {c(D, 4)}",
        "NL": f"{c(L, 2)}-{c(D, 3)}-{c(L, 1)}",
        "KE": f"K{c(L, 2)} {c(D, 3)}{c(L, 1)}",
        "IT": f"{c(L, 2)} {c(D, 3)}{c(L, 2)}",
        "PL": f"W{c(L, 1)} {c(D, 5)}",
        "TR": f"34 {c(L, 2)} {c(D, 3)}",
        "MX": f"{c(L, 3)}-{c(D, 3)}-{c(L, 1)}",
    }.get(region, f"{c(L, 3)} {c(D, 4)}")


def flight(rng: random.Random) -> str:
    return f"{rng.choice(['BA', 'AF', 'LH', 'EK', 'KL', 'IB', 'TP', 'AZ', 'LO', 'TK', 'AI', '6E', 'QR', 'NH', 'KE', 'LA', 'AV', 'ET', 'KQ', 'DL', 'UA'])}{rng.choice(['', ' '])}{rng.randint(12, 2999)}"


def booking(rng: random.Random) -> str:
    return rng.choice(
        [
            f"BK-{rng.randint(100000, 999999)}",
            "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
            f"RES{rng.randint(10000, 99999)}",
        ]
    )


def order(rng: random.Random) -> str:
    return rng.choice(
        [
            f"#{rng.randint(100000, 9999999)}",
            f"ORD-{rng.randint(2026000, 2026999)}-{rng.randint(10, 99)}",
            f"order {rng.randint(30000000, 39999999)}",
        ][:2]
    )


# ---------------------------------------------------------------- templates (marked inline, {slots} filled below)
TEMPLATES = {
    "en": [
        "Hi, this is {P}. Trip {trip} on {date} charged me {amt} instead of {amt2}. Call me on {T} if you need anything.",
        "Chat transcript, pasted:\n[{time}] Driver: I'm at {place}\n[{time2}] Me: which door?\n[{time3}] Driver: cancelling, you're not here\nI was there. Refund the {amt} please. – {G}",
        "> On {date}, {P2} <{E2}> wrote:\n> Your refund of {amt} is on its way.\n\nIt never arrived. Trip {trip}. {P}",
        "Name: {P}\nPhone: {T}\nEmail: {E}\nPickup address: {A}\nDrop-off: {place}\nDescription: driver never showed, charged {amt}",
        "my son {G2} took a ride from {place} at {time} and left his backpack in the car plate {plate} can someone call me {T}",
        "i booked for my daughter {P2} she is 15 so she used my account, trip {trip}, the driver was rude to her. {G}",
        "{G2} and {G3} were with me when the driver shouted at us near {place}. ask {G2}, she has it on video",
        "Best regards,\n{P}\n{title}, {company}\nM: {T}\n{E}",
        "Please send the invoice for trip {trip} ({amt}) to {E}. Company address:\n{AM}",
        "I changed my bank, new IBAN {I}, account holder {P}. The refund for order {order} should go there.",
        "someone used my card {C} for 3 rides on {date} that i never took. last one from {place} to {place2}. my name is {P}",
        "Your app says my IP {IP} was blocked after too many logins. I'm {P}, email {E}. Please unblock.",
        "Login alert from {IP} at {time} was not me!! {G} here, I changed the password, what else?",
        "My flight {flight} lands at {place} at {time}. Booking {book}. The driver should ask for {P} at arrivals, phone {T}.",
        "Driver {G2} was amazing, drove me from {place} to {place2} in the rain, please thank him. Trip {trip}.",
        "Will someone answer? I've written three times about trip {trip}. {amt} charged, I was never picked up. {P}, {T}",
        "Grace period for cancelling is a joke. I cancelled at {time} and was charged {amt}. Regards, {P}",
        "the driver left me at {place} not at my home {A} and i had to walk. {G}",
        "Hello, I am writing on behalf of my mother, {P2}. She lost her phone in a car on {date}, plate {plate}. Her address is {A}. You can call me, {G}, on {T}.",
        "From: {P} <{E}>\nSent: {date} {time}\nTo: support\nSubject: double charge\n\nTrip {trip} was billed twice ({amt} each).",
        "Sorry to bother you, my card ending in the number below was charged: {C}. Please check trip {trip}. {P}",
        "Hi team, I'm {G}, the driver was {G2} (plate {plate}). He was smoking the whole way to {place}. Not acceptable.",
        "Can you update my home address to {A}? And my number is now {T}. thanks, {P}",
        "Hope you can help. The ride on {date} from {place} cost {amt}; the estimate was {amt2}. Receipt to {E} please.",
        "Pickup: {A}\nPassenger: {P}\nContact: {T}\nFlight: {flight}\nRef: {book}",
        "We were four: me, {G2}, {G3} and {G4}. Driver kicked us out at {place} at {time}. Trip {trip}.",
        "The driver called me from {T} at {time} and was very aggressive. My name's {P}.",
        "Order {order} never arrived at {A}. Who do I talk to? {G}",
        "Just wanted to say the trip to {place} on {date} was great. No complaint! Trip {trip}.",
        "Why was I charged {amt} for waiting at {place}? The driver arrived at {time}, I got in at {time2}.",
        "Regards\n\n{P}\n{title}\n{company}\nTel {T}\nMob {T2}",
        "The error page says: request from {IP} denied (code 403). I'm trying to pay for trip {trip}. {P}",
        "Security check: was it you? New sign-in from {IP} near {place} at {time}. No, it was not me. {G}, {E}",
        "my ip is {IP} if that helps, the app keeps logging me out. account {E}",
        "Someone at {IP} changed my email to a strange one on {date}. My real one is {E}. Name {P}, phone {T}.",
        "I lost my wallet in the car (trip {trip}). Please have the driver drop it at\n{AM}\nor call {T}. {G}",
    ],
    "fr": [
        "Bonjour, je suis {P}. La course {trip} du {date} m'a coûté {amt} au lieu de {amt2}. Mon numéro : {T}.",
        "Nom : {P}\nTél. : {T}\nE-mail : {E}\nAdresse de prise en charge : {A}\nDestination : {place}",
        "Mon fils {G2} a oublié son sac dans la voiture ({plate}) à {time} près de {place}. Merci de me rappeler au {T}.",
        "Le chauffeur m'a déposée à {place} et non chez moi, {A}. Cordialement, {P}",
        "Veuillez rembourser sur mon IBAN {I} (titulaire {P}). Commande {order}.",
        "demande à {G2}, elle a tout vu. le chauffeur roulait trop vite vers {place}",
        "Connexion suspecte depuis l'adresse {IP} le {date}. Ce n'était pas moi. {P}, {E}",
    ],
    "es": [
        "Hola, soy {P}. El viaje {trip} del {date} me cobró {amt}. Mi teléfono es {T}.",
        "Nombre: {P}\nTeléfono: {T}\nCorreo: {E}\nDirección de recogida: {A}",
        "Reservé para mi hija {G2}, tiene 12 años. El conductor la dejó en {place} a las {time}. Llámenme al {T}. {G}",
        "Me cobraron dos veces en la tarjeta {C}. Viaje {trip}, {amt}. Saludos, {P}",
        "pregúntale a {G2} y a {G3}, íbamos juntos desde {place}",
        "Por favor envíen la factura a {E}. Dirección fiscal:\n{AM}",
        "Me aparece un error con la IP {IP} al pagar el viaje {trip}. {P}",
    ],
    "de": [
        "Guten Tag, mein Name ist {P}. Die Fahrt {trip} am {date} kostete {amt}. Rückruf bitte unter {T}.",
        "Name: {P}\nTelefon: {T}\nE-Mail: {E}\nAbholadresse: {A}",
        "Bitte die Erstattung auf mein Konto: IBAN {I}, Kontoinhaber {P}.",
        "Anmeldung von {IP} um {time}? Das war ich nicht. {P}, {E}",
        "Meine Tochter {G2} hat ihr Handy im Auto ({plate}) am {place} vergessen, um {time}. Gruß, {G}",
        "Mit freundlichen Grüßen\n{P}\n{title}, {company}\nMobil: {T}\n{E}",
    ],
    "pt": [
        "Olá, sou {P}. A viagem {trip} de {date} custou {amt}. Meu celular: {T}.",
        "Nome: {P}\nTelefone: {T}\nEndereço de embarque: {A}\nDestino: {place}",
        "Minha filha {G2} esqueceu a mochila no carro placa {plate}. Por favor liguem para {T}. {G}",
        "Reembolso para o IBAN {I}, titular {P}, por favor.",
    ],
    "it": [
        "Buongiorno, sono {P}. La corsa {trip} del {date} è costata {amt}. Il mio numero è {T}.",
        "Nome: {P}\nTelefono: {T}\nIndirizzo di partenza: {A}",
        "chiedi a {G2}, era con me quando l'autista ci ha lasciati a {place} alle {time}",
        "Cordiali saluti\n{P}\n{title}, {company}\nCell. {T}",
    ],
    "nl": [
        "Hallo, ik ben {P}. Rit {trip} op {date} kostte {amt}. Bel me op {T}.",
        "Naam: {P}\nTelefoon: {T}\nOphaaladres: {A}",
        "Mijn zoon {G2} is zijn jas vergeten in de auto ({plate}) bij {place}. Groet, {G}",
    ],
    "pl": [
        "Dzień dobry, nazywam się {P}. Przejazd {trip} z dnia {date} kosztował {amt}. Mój numer: {T}.",
        "Imię i nazwisko: {P}\nTelefon: {T}\nAdres odbioru: {A}",
        "Proszę o zwrot na konto {I}, {P}.",
    ],
    "tr": [
        "Merhaba, ben {P}. {date} tarihli {trip} yolculuğu için {amt} ödedim. Telefonum {T}.",
        "Ad Soyad: {P}\nTelefon: {T}\nAdres: {A}",
        "Kızım {G2} telefonunu arabada unuttu, plaka {plate}. {place} civarında, saat {time}. {G}",
    ],
    "hi": [
        "namaste, main {P} bol raha hoon. trip {trip} mein {amt} kaat liye, mera number {T} hai.",
        "meri beti {G2} ka bag gaadi mein reh gaya, {place} se {time} ko pickup tha. please call karo {T}",
        "driver ne {place} par chhod diya, ghar ka address {A} hai. {G}",
    ],
}
TITLES = [
    "Head of Procurement",
    "Regional Sales Director",
    "Senior Consultant",
    "Travel Coordinator",
    "CFO",
    "Operations Manager",
    "Account Executive",
    "Partner",
]
COMPANIES = [
    "Norbridge Capital",
    "Helix Pharma GmbH",
    "Alvarado & Sons",
    "Kestrel Logistics Ltd",
    "Sunwave Energy",
    "Orbis Consulting",
    "Vantage Analytics BV",
    "Lumen Studio SRL",
]


def make_message(rng: random.Random) -> dict:
    lang = rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
    region = rng.choice(LANG_REGIONS[lang])
    template = rng.choice(TEMPLATES[lang])
    group = REGION_GROUP.get(region)
    people = [Person(rng, group if rng.random() < 0.7 else None) for _ in range(4)]
    phone_region = region if rng.random() < 0.8 else rng.choice(PHONE_REGIONS)
    addr_region = region if region in ADDR_REGIONS else rng.choice(ADDR_REGIONS)
    place_region = region if rng.random() < 0.85 else rng.choice(sorted(PLACES))
    if addr_region not in ADDR_REGIONS:
        addr_region = "US"
    slots = {
        "P": lambda: ("P", people[0].full()),
        "G": lambda: ("P", people[0].first()),
        "P2": lambda: ("P", people[1].full()),
        "G2": lambda: ("P", people[1].first()),
        "G3": lambda: ("P", people[2].first()),
        "G4": lambda: ("P", people[3].first()),
        "E": lambda: ("E", people[0].email(rng)),
        "E2": lambda: ("E", people[1].email(rng)),
        "T": lambda: ("T", phone(phone_region, rng, phone_region == region)),
        "T2": lambda: ("T", phone(phone_region, rng, phone_region == region)),
        "A": lambda: ("A", address(addr_region, rng, False)),
        "AM": lambda: ("A", address(addr_region, rng, True)),
        "C": lambda: ("C", card(rng)),
        "I": lambda: (
            "I",
            iban(
                rng.choice(sorted(IBAN_LEN))
                if rng.random() < 0.4
                else (region if region in IBAN_LEN else "DE"),
                rng,
            ),
        ),
        "IP": lambda: ("IP", ip(rng)),
        "trip": lambda: ("t", kit.trip_id(rng)),
        "amt": lambda: ("a", amount(region, rng)),
        "amt2": lambda: ("a", amount(region, rng)),
        "time": lambda: ("h", time_(lang, rng)),
        "time2": lambda: ("h", time_(lang, rng)),
        "time3": lambda: ("h", time_(lang, rng)),
        "date": lambda: ("d", date(lang, rng)),
        "flight": lambda: ("f", flight(rng)),
        "plate": lambda: ("p", plate(region, rng)),
        "book": lambda: ("b", booking(rng)),
        "order": lambda: ("o", order(rng)),
        "place": lambda: ("l", rng.choice(PLACES[place_region])),
        "place2": lambda: ("l", rng.choice(PLACES[place_region])),
        "title": lambda: (None, rng.choice(TITLES)),
        "company": lambda: (None, rng.choice(COMPANIES)),
    }

    def fill(m: re.Match) -> str:
        code, value = slots[m.group(1)]()
        if code is None:
            return value
        opener, closer = ("«", "»") if code.isupper() else ("‹", "›")
        return f"{opener}{code}:{value}{closer}"

    marked = re.sub(r"\{(\w+)\}", fill, template)
    text, spans, keep = kit.parse_marked(marked)
    return {"locale": f"{lang}_{region}", "text": text, "spans": spans, "keep": keep, "way": "gen"}


# ---------------------------------------------------------------- build and check
def check_phones(records: list[dict]) -> int:
    """Count hand-written phones that phonenumbers cannot parse as a valid number for the locale's region."""
    bad = 0
    for r in records:
        region = r["locale"].split("_")[-1]
        for s in r["spans"]:
            if s["type"] != "PHONE":
                continue
            raw = re.split(
                r"\s+(?:x|ext\.?|extn\.?|poste|Durchwahl|DW|toestel|ramal|int\.|wew\.|内線)\s*\d+$",
                s["value"],
            )[0]
            try:
                num = pn.parse(raw, region)
                ok = pn.is_valid_number(num)
            except pn.NumberParseException:
                ok = False
            bad += not ok
    return bad


def build(corpus: str) -> list[dict]:
    seed, n_gen = CORPORA[corpus]
    rng = random.Random(seed)
    raw = [make_message(rng) for _ in range(n_gen)]
    hand = kit.read_handwritten(OUT / f"{corpus}_handwritten.txt")
    bad = check_phones(hand)
    assert bad == 0, f"{corpus}: {bad} hand-written phones not valid for their region"
    records = kit.finish(raw + hand, corpus=corpus, shuffle_seed=seed + 1, drop_repeats=True)
    kit.check(records)
    return records


def full_check(records: list[dict]) -> None:
    kit.check(records)
    for r in records:
        for item in r["spans"] + r["keep"]:
            assert r["text"][item["start"] : item["end"]] == item["value"], r["id"]


def cross_check() -> None:
    texts = {}
    sentences = {}
    for corpus in CORPORA:
        path = OUT / f"{corpus}.jsonl"
        if not path.exists():
            return
        recs = kit.read_jsonl(path)
        texts[corpus] = {r["text"] for r in recs}
        hand = kit.read_handwritten(OUT / f"{corpus}_handwritten.txt")
        sentences[corpus] = {
            s.strip() for r in hand for s in re.split(r"(?<=[.!?\n])", r["text"]) if len(s.strip()) > 25
        }
    a, b = list(CORPORA)
    assert not texts[a] & texts[b], "a message is in both corpora"
    assert not sentences[a] & sentences[b], "a hand-written sentence is in both corpora"


def report(corpus: str, records: list[dict]) -> None:
    hand = sum(1 for r in records if "-hand-" in r["id"])
    print(f"{corpus}: {len(records)} messages, {hand} hand-written ({100 * hand / len(records):.0f}%)")
    for line in kit.count_lines(records, ("gen", "hand"), indent="  "):
        print(line)
    langs = Counter(r["locale"].split("_")[0] for r in records)
    print("  languages", dict(langs.most_common()))
    print("  regions", len({r["locale"].split("_")[-1] for r in records}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=sorted(CORPORA))
    ap.add_argument("--check", action="store_true", help="check the written files only")
    args = ap.parse_args()
    names = [args.only] if args.only else list(CORPORA)
    for corpus in names:
        path = OUT / f"{corpus}.jsonl"
        if args.check:
            records = kit.read_jsonl(path)
            full_check(records)
        else:
            records = build(corpus)
            full_check(records)
            kit.write_jsonl(path, records)
        report(corpus, records)
    cross_check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
