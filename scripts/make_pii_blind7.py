"""Build two labelled PII corpora for issue 20: dev7 (for tuners) and blind7 (never read while tuning).

    .venv/bin/python scripts/make_pii_blind7.py               # writes both files, checks them, prints counts
    .venv/bin/python scripts/make_pii_blind7.py --only dev7   # one of them
    .venv/bin/python scripts/make_pii_blind7.py --check       # checks the written files only

Written by a helper who never read the redactor (copilot/pii/), its training scripts or the earlier
generators, and never scored either corpus; see tests/data/pii_heldout/blind7.README.md. Deterministic:
fixed seeds, no Faker, no set ordering, so a rebuild writes byte-identical files. Every name, street,
town and template below was written for this script.
"""

# Names, streets and templates read best as whole lines of text: long literal lines and split strings.
# ruff: noqa: E501, SIM905

from __future__ import annotations

import argparse
import ipaddress
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from random import Random

import phonenumbers
import pii_corpus_kit as kit

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "pii_heldout"

CORPORA = {
    # name: (seed, generated messages, address-pass messages)
    "dev7": (7207, 300, 44),
    "blind7": (7793, 430, 70),
}

# ----------------------------------------------------------------------------------------------------
# Names, written from scratch, grouped by culture so a person's given and family name usually match.

CULTURES: dict[str, tuple[list[str], list[str]]] = {
    "west_africa": (
        "Adebayo Chiamaka Kwabena Efua Ngozi Ifeoma Oluwaseun Tunde Yaw Akosua Mamadou Fatoumata Aminata "
        "Seydou Kofi Abena Emeka Chidi Funmilayo Babajide Olamide Yetunde Kwame Ama Ousmane Awa Bintou "
        "Ikechukwu Nnamdi Temitope".split(),
        "Okonkwo Adeyemi Mensah Boateng Diallo Traoré Keïta Ouédraogo Nwachukwu Balogun Asante Owusu "
        "Okafor Eze Adewale Sow Ndiaye Coulibaly Ansah Oyelaran Adjei Fofana Kamara".split(),
    ),
    "east_africa": (
        "Wanjiru Kamau Achieng Otieno Nyokabi Baraka Zawadi Amani Mwangi Njeri Wairimu Kiprotich Chebet "
        "Akinyi Juma Neema Selam Dawit Hiwot Tesfaye Abdirahman Hodan Liya Yonas Faduma".split(),
        "Kiplagat Wambui Odhiambo Mutua Kariuki Njoroge Ochieng Rotich Haile Tadesse Girma Warsame Abdi "
        "Mekonnen Bekele Nyambura Wekesa".split(),
    ),
    "southern_africa": (
        "Thandiwe Sipho Lerato Thabo Nomvula Kagiso Tendai Rudo Palesa Bongani Zanele Tafadzwa Lindiwe "
        "Mpho Kgomotso".split(),
        "Nkosi Dlamini Mokoena Moyo Chikwanha Ndlovu Khumalo Mahlangu Sithole Mabaso Mutasa Molefe".split(),
    ),
    "arab": (
        "Youssef Khadija Omar Layla Rania Tariq Nour Samir Yasmina Karim Hamza Zineb Mehdi Salma Abdelkader "
        "Imane Mariam Khalid Huda Faisal Reem Walid Dalia Anas Noura Bilal Hiba Ziad".split(),
        "Benali Bouazza Haddad Khalil Mansour Farouk Saleh Nasser Obeidat Hamdan Chraibi Tazi Bennani "
        "Masri Qasim Shehadeh Zoubi Mahfouz Sabbagh".split(),
    ),
    "iran_turkey": (
        "Dariush Shirin Parisa Kaveh Roya Arash Niloufar Babak Emre Elif Burak Zeynep Mert Ayşe Çağla Oğuz "
        "Gökhan Defne Yiğit Özlem".split(),
        "Rahimi Tehrani Karimi Hosseini Moradi Yılmaz Öztürk Demir Şahin Çelik Aydın Kaya Doğan Arslan "
        "Koç".split(),
    ),
    "south_asia": (
        "Aarav Priyanka Rohan Ananya Vikram Lakshmi Sanjay Deepika Harpreet Gurpreet Arjun Meenakshi "
        "Ayesha Tahmina Rafiq Nimal Chathurika Kavya Siddharth Shreya Rajesh Pooja Ishaan Anjali Manpreet "
        "Venkatesh Sunita Imran Nusrat Tharindu".split(),
        "Patel Iyer Chatterjee Reddy Nair Banerjee Sandhu Gill Qureshi Chaudhry Rahman Hossain Perera "
        "Jayasuriya Deshpande Kulkarni Menon Pillai Bhattacharya Sharma Agarwal Siddiqui Fernando "
        "Mukherjee Rao Ghosh".split(),
    ),
    "southeast_asia": (
        "Thảo Minh Linh Tuấn Hương Somchai Niran Ploy Siti Budi Dewi Agus Putri Nurul Hafiz Maricel "
        "Jericho Rowena Jomar Lovely Princess Arnel Rizal Kanya Thanh".split(),
        "Nguyễn Trần Phạm Lê Hoàng Vũ Wongsawat Srisuk Chaiyaporn Santoso Wijaya Hidayat Setiawan Reyes "
        "Dela Cruz Macaraeg Bautista Villanueva Mendoza Abdullah Ismail".split(),
    ),
    "china": (
        "Wei Jiayi Xiaoming Haoran Mei Zihan Yutong Jun Lihua Xin Ruoxi Zhiwei".split(),
        "Wang Zhang Liu Chen Huang Zhao Zhou Wu Xu Sun Lin Guo".split(),
    ),
    "japan": (
        "Yuki Haruto Sakura Ren Aoi Kenji Hinata Sota Yui Takumi Misaki Daichi Naoko Hiroshi".split(),
        "Sato Takahashi Watanabe Kobayashi Nakamura Yamamoto Ito Inoue Matsumoto Kimura Shimizu Fujita".split(),
    ),
    "korea": (
        "Minjun Seoyeon Jiwoo Hyun-woo Ji-eun Dong-hyun Soo-ah Yejin Jaehyun Haneul Eun-ji Sungmin".split(),
        "Kim Park Choi Jeong Kang Yoon Jang Lim Han Shin Seo Kwon".split(),
    ),
    "slavic": (
        "Tomasz Agnieszka Katarzyna Bartłomiej Dmitri Olena Bohdan Milena Zoran Jelena Goran Vesna Radek "
        "Zuzana Ondřej Miroslav Wojciech Małgorzata Grzegorz Oksana Taras Svetlana Nikola Dragana".split(),
        "Kowalczyk Wiśniewska Nowak Zieliński Petrov Shevchenko Kovalenko Popović Jovanović Horvat Dvořák "
        "Novotná Lewandowski Wójcik Mazur Bondarenko Ivanova Kuznetsov Marković Babić".split(),
    ),
    "nordic": (
        "Sigrid Bjørn Astrid Leif Ingrid Magnus Sølvi Eero Aino Jussi Freja Oskar Linnea Halvard Åsa "
        "Tuuli".split(),
        "Lindqvist Johansson Haugen Sørensen Virtanen Korhonen Andersson Nyström Bakke Halvorsen Mäkinen "
        "Lund Dahl Eriksen".split(),
    ),
    "celtic": (
        "Siobhán Niamh Oisín Cathal Aoife Dylan Rhiannon Iestyn Eilidh Ruaridh Caoimhe Tadhg Gwenllian "
        "Seren Padraig Ciarán".split(),
        "Murphy Gallagher Llewellyn Pritchard MacLeod Fraser Kavanagh Doherty Morgan Evans Buchanan "
        "Flanagan Quinn".split(),
    ),
    "french": (
        "Étienne Clémence Benoît Gaëlle Jean-Baptiste Marie-Claire Anne-Sophie Loïc Maëlle Thibault "
        "Solène Hervé Margaux Yannick Océane Aurélien Ghislaine".split(),
        "Dubois Lefèvre Girard Morel Fontaine Rousseau Mercier Chevalier Garnier Lemaire Barbier Perrin "
        "Fauré Lacroix".split(),
    ),
    "german_dutch": (
        "Jürgen Friederike Lukas Henrike Wolfgang Annelie Jörg Joost Femke Sander Maartje Bram Lieke "
        "Wouter Katrin Matthias Anneke Hendrik Griet Dieter Sabine Tobias".split(),
        "Schmidt Müller Becker Hoffmann Weiß Janssen Bakker Visser Peeters Schröder Krüger Vogel Brouwer "
        "Mulder Dekker Claes Hartmann Zimmermann".split(),
    ),
    "iberian": (
        "Íñigo Itziar Begoña Joaquín Rocío Xosé Montserrat Jordi Nuria João Gonçalo Inês Conceição Maite "
        "Álvaro Leire Marta Rui Tiago Beatriz".split(),
        "García Fernández Etxeberria Ruiz Castillo Gonçalves Ferreira Oliveira Pereira Martins Sánchez "
        "Moreno Navarro Rodrigues Carvalho Vidal Puig Aguirre".split(),
    ),
    "italian": (
        "Giuseppe Chiara Lorenzo Federica Gianluca Raffaella Matteo Giulia Salvatore Carmela Andrea "
        "Ilaria Vincenzo".split(),
        "Rossi Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Galli Conti Fontana Caruso".split(),
    ),
    "latin_america": (
        "Ximena Guadalupe Santiago Valentina Yesenia Brayan Maikol Dayana Wilmer Yuliana Camila Mateo "
        "Luciana Thiago Maria Eduarda Jhon Fredy Yamile Jefferson Karen Aurelio Rosario Nayeli".split(),
        "Quispe Mamani Huanca Ramírez Guzmán Cárdenas Gutiérrez Rojas Vargas Herrera Salazar Mejía "
        "Restrepo Londoño Souza Lima Barbosa Cavalcanti Alves Nascimento Medina Ortega Chávez".split(),
    ),
    "pacific_indigenous": (
        "Aroha Tama Mere Wiremu Sione Losana Mele Tevita Nizhoni Ahanu Jarrah Kirra Marlee Tallulah "
        "Keanu Leilani Kalani".split(),
        "Tuilagi Fifita Ngata Parata Tupou Vaifale Begay Yazzie Tsosie Nakai Watson Kahananui Akana".split(),
    ),
    "anglo": (
        "Margaret Nigel Gwendolyn Trevor Harriet Clive Beverly Duncan DeShawn LaToya Tyrone Imani Jamal "
        "Keisha Darnell Jaylen Aaliyah Bethany Kyle Courtney Brandon Shannon Derek Tanisha Malik Crystal "
        "Travis Denise Colin Fiona".split(),
        "Washington Jefferson Freeman Jackson Thompson Whitfield Harrington Coleman Brooks Bennett "
        "Hughes Pemberton Caldwell Mitchell Henderson Ellison Baxter Fletcher Sutton Holloway".split(),
    ),
}

# Given names that are also common English words: the emphasis of issue 20 (a name no cue word announces).
WORD_GIVEN = (
    "Will Rose Hunter Grace Summer Bill Frank Mark Faith Sky Jade Chase Hope Joy Dawn Ivy Pat Art Ray "
    "Miles River Robin Drew Guy Autumn Amber Rusty Sunny Holly Destiny Brook Cliff Dusty Penny Skip Bud "
    "Gene Lily Iris Hazel Pearl Ruby Victor Sterling Royal Precious Honor Journey Stone Reed Wade Sage "
    "Lane Page Cash Forest Crystal Norman Harmony Glen".split()
)
# Family names that are common words too.
WORD_FAMILY = (
    "Baker Fisher Stone Wood Bush Hill Brown Green Young King Rich Small Long Short Friend Bird Lamb Fox "
    "Cook Bell Marsh Wolf Church Price Rice Moody Hart Swift".split()
)
# Family names with particles, prefixes and hyphens.
PARTICLE_FAMILY = [
    "van der Berg",
    "van den Heuvel",
    "van 't Hoff",
    "de Vries",
    "von Hohenstein",
    "zu Lindau",
    "de la Fuente",
    "de los Santos",
    "del Río",
    "dos Santos",
    "da Silva",
    "das Neves",
    "do Carmo",
    "di Stefano",
    "De Luca",
    "Lo Bianco",
    "bin Abdullah",
    "bint Saleh",
    "ibn Rashid",
    "al-Hashimi",
    "Al Nuaimi",
    "El Khoury",
    "ap Rhys",
    "Ní Bhriain",
    "Ó Súilleabháin",
    "Mac an tSaoir",
    "O'Sullivan",
    "McAllister",
    "D'Angelo",
    "Le Goff",
    "Saint-Aubin",
    "St. Clair",
    "Abu Zaid",
    "Ould Ahmed",
    "Ben Youssef",
    "van Beek",
    "ter Horst",
    "Della Valle",
    "Dalla Costa",
    "de Souza",
    "Mac Giolla Phádraig",
    "Al-Mutairi",
    "d'Almeida",
    "van Dijk",
    "von der Heide",
    "de Oliveira",
    "El Idrissi",
]
HYPHEN_FAMILY = [
    "Müller-Lüdenscheidt",
    "Kowalska-Nowak",
    "Smith-Okafor",
    "Haddad-Laurent",
    "Brandt-Sørensen",
    "Ortiz-Quispe",
    "Moreau-Diallo",
    "Jones-Mbatha",
    "Novak-Horvat",
    "Pereira-Lima",
    "Hughes-Tupou",
    "Lindgren-Abebe",
]
EAST_ASIAN = {"china", "japan", "korea"}
CULTURE_NAMES = list(CULTURES)

# ----------------------------------------------------------------------------------------------------
# Regions by language: (phone/address region, weight).

LANG_REGIONS = {
    "en": "US US US GB GB IE CA AU NZ IN IN SG PH ZA NG KE AE AE SA QA EG JO KR JP MY GH".split(),
    "fr": "FR FR FR BE CH CA MA SN".split(),
    "es": "ES ES MX MX CO CO AR CL PE".split(),
    "de": "DE DE DE AT CH".split(),
    "pt": "PT PT BR BR BR".split(),
    "it": "IT IT IT CH".split(),
    "nl": "NL NL NL BE".split(),
}
ALL_PHONE_REGIONS = (
    "US CA GB IE AU NZ IN SG PH ZA NG KE GH AE SA QA EG JO MA SN FR BE CH DE AT NL ES PT IT BR MX CO AR "
    "CL PE KR JP PL SE NO DK FI TR CN HK ID VN TH MY CZ RO GR IL UA".split()
)
EXTENSION_LABEL = {
    "US": [" x", " ext. ", " ext "],
    "CA": [" x", " ext. ", " poste "],
    "GB": [" ext. ", " x"],
    "AU": [" ext "],
    "IN": [" extn. ", " ext "],
    "DE": [" Durchwahl ", "-"],
    "AT": [" DW "],
    "CH": [" intern "],
    "FR": [" poste "],
    "BE": [" poste ", " toestel "],
    "NL": [" toestel "],
    "ES": [" ext. "],
    "MX": [" ext. "],
    "CO": [" ext. "],
    "AR": [" int. "],
    "BR": [" ramal "],
    "PT": [" ext. "],
    "IT": [" int. "],
    "SG": [" ext "],
    "JP": [" 内線"],
    "ZA": [" ext "],
}

# ----------------------------------------------------------------------------------------------------
# Addresses: a function a region, drawing lines.


def _n(rng: Random, lo: int, hi: int) -> int:
    return rng.randint(lo, hi)


def _c(rng: Random, seq):
    return seq[rng.randrange(len(seq))]


def addr_us(rng):
    street = _c(
        rng,
        [
            "Juniper Hollow Rd",
            "Cedar Ridge Dr",
            "Old Mill Ln",
            "Harbor View Ave",
            "Sycamore St",
            "Lakeshore Blvd",
            "Pawnee Trail",
            "Wexford Ct",
            "N Fremont Ave",
            "Briar Patch Way",
            "E 38th St",
            "Magnolia Ter",
        ],
    )
    town = _c(
        rng,
        [
            ("Tacoma", "WA", "984"),
            ("Dayton", "OH", "454"),
            ("Boise", "ID", "837"),
            ("Chattanooga", "TN", "374"),
            ("Fresno", "CA", "937"),
            ("Albany", "NY", "122"),
            ("Tucson", "AZ", "857"),
            ("Raleigh", "NC", "276"),
            ("Omaha", "NE", "681"),
            ("Savannah", "GA", "314"),
            ("Minneapolis", "MN", "554"),
        ],
    )
    unit = _c(
        rng,
        ["", "", f"Apt {_n(rng, 1, 40)}{_c(rng, 'ABCD')}", f"Unit {_n(rng, 100, 950)}", f"#{_n(rng, 2, 30)}"],
    )
    lines = [f"{_n(rng, 12, 9850)} {street}"]
    if unit and rng.random() < 0.5:
        lines[0] += f" {unit}"
    elif unit:
        lines.append(unit)
    lines.append(f"{town[0]}, {town[1]} {town[2]}{_n(rng, 10, 99)}")
    if rng.random() < 0.2:
        lines = [f"PO Box {_n(rng, 100, 9999)}", lines[-1]]
    return lines


def addr_ca(rng):
    if rng.random() < 0.5:
        return [
            f"{_n(rng, 101, 2405)}-{_n(rng, 12, 980)} {_c(rng, ['Bloor St W', 'Queen St E', 'Dundas St W', 'Robson St', 'Jasper Ave'])}",
            f"{_c(rng, ['Toronto ON', 'Vancouver BC', 'Edmonton AB'])} {_c(rng, 'MTVK')}{_n(rng, 1, 9)}{_c(rng, 'ABCEGHJ')} {_n(rng, 1, 9)}{_c(rng, 'KLMNPRS')}{_n(rng, 1, 9)}",
        ]
    return [
        f"{_n(rng, 1000, 7999)}, rue {_c(rng, ['Saint-Denis', 'des Érables', 'Beaubien Est', 'de la Roche'])}, app. {_n(rng, 1, 12)}",
        f"Montréal (Québec) H{_n(rng, 1, 4)}{_c(rng, 'JKLT')} {_n(rng, 1, 9)}{_c(rng, 'ABCE')}{_n(rng, 1, 9)}",
    ]


def addr_gb(rng):
    lines = []
    if rng.random() < 0.4:
        lines.append(f"Flat {_n(rng, 1, 24)}")
    lines.append(
        f"{_n(rng, 1, 220)} {_c(rng, ['Hawthorn Road', 'Brackenbury Gardens', 'Millstone Lane', 'Albion Terrace', 'Cawdor Crescent', 'Ferndale Close'])}"
    )
    town, pc = _c(
        rng,
        [
            ("Leeds", "LS6"),
            ("Bristol", "BS3"),
            ("Norwich", "NR2"),
            ("Glasgow", "G12"),
            ("Cardiff", "CF24"),
            ("London", "SE15"),
            ("Sheffield", "S11"),
        ],
    )
    lines.append(town)
    lines.append(f"{pc} {_n(rng, 1, 9)}{_c(rng, 'ABDEFGHJLNPQRSTUWXYZ')}{_c(rng, 'ABDEFGHJLNPQRSTUWXYZ')}")
    return lines


def addr_ie(rng):
    return [
        f"{_n(rng, 1, 90)} {_c(rng, ['Ashgrove Lawn', 'Sallyglen Road', 'Cypress Downs', 'Ballymun Road'])}",
        _c(rng, ["Ballincollig, Co. Cork", "Templeogue, Dublin 6W", "Knocknacarra, Galway"]),
        f"{_c(rng, ['P31', 'D6W', 'H91'])} {_c(rng, 'XKTR')}{_n(rng, 1, 9)}{_c(rng, 'YHPW')}{_n(rng, 1, 9)}",
    ]


def addr_au(rng):
    return [
        f"Unit {_n(rng, 1, 12)}/{_n(rng, 2, 180)} {_c(rng, ['Banksia St', 'Wattle Ave', 'Coogee Bay Rd', 'Grevillea Cres'])}",
        f"{_c(rng, ['Marrickville NSW 2204', 'Brunswick VIC 3056', 'Fremantle WA 6160', 'Paddington QLD 4064'])}",
    ]


def addr_nz(rng):
    return [
        f"{_n(rng, 1, 88)} {_c(rng, ['Kowhai Lane', 'Tui Street', 'Rimu Road', 'Matai Crescent'])}",
        _c(rng, ["Ponsonby", "Karori", "Riccarton"]),
        _c(rng, ["Auckland 1011", "Wellington 6012", "Christchurch 8011"]),
    ]


def addr_za(rng):
    return [
        f"{_n(rng, 1, 99)} {_c(rng, ['Jacaranda Ave', 'Protea Rd', 'Umhlanga Rocks Dr', 'Kloof St'])}",
        _c(rng, ["Sandton", "Observatory", "Morningside"]),
        _c(rng, ["Johannesburg, 2196", "Cape Town, 7925", "Durban, 4001"]),
    ]


def addr_ng(rng):
    return [
        f"Plot {_n(rng, 2, 60)}, {_c(rng, ['Adeola Hopewell Street', 'Ogunlana Drive', 'Agodi Crescent'])}",
        _c(rng, ["Victoria Island, Lagos", "Surulere, Lagos", "Wuse II, Abuja"]),
    ]


def addr_ke(rng):
    return [
        f"Apt {_n(rng, 1, 30)}, {_c(rng, ['Riverside Drive', 'Ngong Road', 'Lenana Road'])}",
        _c(rng, ["Westlands, Nairobi", "Kilimani, Nairobi"]),
        f"P.O. Box {_n(rng, 1000, 99999)}-00100",
    ]


def addr_gh(rng):
    return [
        f"House No. {_n(rng, 2, 90)}, {_c(rng, ['Kofi Annan Street', 'Lagos Avenue', 'Nii Noi Road'])}",
        _c(rng, ["East Legon, Accra", "Airport Residential Area, Accra"]),
    ]


def addr_sg(rng):
    blk = _n(rng, 101, 899)
    return [
        f"Blk {blk} {_c(rng, ['Tampines St 21', 'Jurong West Ave 1', 'Ang Mo Kio Ave 3', 'Bedok North Rd'])}",
        f"#{_n(rng, 2, 20):02d}-{_n(rng, 10, 450)}",
        f"Singapore {_n(rng, 310000, 650999)}",
    ]


def addr_my(rng):
    return [
        f"No. {_n(rng, 1, 60)}, Jalan {_c(rng, ['SS 2/24', 'Bukit Bintang', 'Ampang Hilir'])}",
        f"{_c(rng, ['47300 Petaling Jaya', '55100 Kuala Lumpur', '50450 Kuala Lumpur'])}",
        "Selangor",
    ]


def addr_ph(rng):
    return [
        f"Unit {_n(rng, 2, 40)}{_c(rng, 'ABCDEF')}, {_c(rng, ['Kalayaan Ave', 'Aguirre St', 'Katipunan Ave'])}",
        f"Brgy. {_c(rng, ['Pinyahan', 'BF Homes', 'Loyola Heights'])}, {_c(rng, ['Quezon City', 'Parañaque City'])} {_n(rng, 1100, 1740)}",
    ]


def addr_in(rng):
    kind = rng.randrange(4)
    if kind == 0:
        return [
            f"Flat {_n(rng, 101, 1204)}, {_c(rng, ['Sai Krupa Apartments', 'Shanti Niketan CHS', 'Green Meadows Society'])}",
            f"{_c(rng, ['Near', 'Opp.', 'Behind'])} {_c(rng, ['Hanuman Mandir', 'KBR Park', 'Apollo Pharmacy', 'Reliance Fresh'])}",
            f"{_c(rng, ['Baner', 'Kothrud', 'Banjara Hills', 'Andheri East'])}, {_c(rng, ['Pune 411045', 'Hyderabad 500034', 'Mumbai 400069'])}",
        ]
    if kind == 1:
        return [
            f"H.No. {_n(rng, 1, 12)}-{_n(rng, 1, 9)}-{_n(rng, 100, 999)}/{_c(rng, 'ABC')}",
            f"Road No. {_n(rng, 1, 14)}, {_c(rng, ['Jubilee Hills', 'Madhapur', 'Kondapur'])}",
            f"Hyderabad, Telangana {_n(rng, 500001, 500090)}",
        ]
    if kind == 2:
        return [
            f"Plot No. {_n(rng, 2, 260)}, Sector {_n(rng, 4, 62)}",
            f"Opp. {_c(rng, ['DLF Mall', 'Metro Pillar 112', 'Gurudwara'])}",
            f"{_c(rng, ['Noida, Uttar Pradesh 201301', 'Gurugram, Haryana 122002'])}",
        ]
    return [
        f"{_n(rng, 12, 99)}, {_c(rng, ['2nd Cross', '5th Main', '11th Cross'])}, {_c(rng, ['Indiranagar', 'Jayanagar 4th Block', 'HSR Layout'])}",
        f"Near {_c(rng, ['Ganesha Temple', 'BDA Complex', 'Cafe Coffee Day'])}",
        f"Bengaluru {_n(rng, 560001, 560102)}",
    ]


def addr_in_deva(rng):
    return [
        f"मकान नं. {_n(rng, 1, 99)}, {_c(rng, ['गांधी नगर', 'शास्त्री नगर', 'राजेंद्र नगर'])}",
        f"{_c(rng, ['हनुमान मंदिर के पास', 'बस स्टैंड के सामने'])}",
        f"{_c(rng, ['जयपुर', 'लखनऊ', 'भोपाल'])} {_n(rng, 226001, 462099)}",
    ]


def addr_kr(rng):
    if rng.random() < 0.5:
        return [
            f"Apt {_n(rng, 101, 115)}-{_n(rng, 1, 25)}{_n(rng, 1, 4):02d}, {_n(rng, 2, 90)} {_c(rng, ['Teheran-ro 8-gil', 'Banpo-daero', 'Olympic-ro 35-gil', 'Haeundae-ro'])}",
            f"{_c(rng, ['Gangnam-gu', 'Seocho-gu', 'Songpa-gu', 'Haeundae-gu'])}, {_c(rng, ['Seoul', 'Busan'])} {_n(rng, 6000, 48999):05d}",
        ]
    return [
        f"{_c(rng, ['Yeoksam-dong', 'Jamsil-dong', 'Sinsa-dong'])} {_n(rng, 100, 899)}-{_n(rng, 1, 40)}, {_c(rng, ['Gangnam-gu', 'Songpa-gu'])}, Seoul"
    ]


def addr_kr_hangul(rng):
    return [
        f"{_c(rng, ['서울특별시 강남구 테헤란로', '서울특별시 송파구 올림픽로', '부산광역시 해운대구 해운대로'])} {_n(rng, 2, 400)}",
        f"{_n(rng, 101, 115)}동 {_n(rng, 1, 25)}{_n(rng, 1, 4):02d}호",
    ]


def addr_jp(rng):
    return [
        f"{_c(rng, ['Maison Aoyama', 'Sunny Court', 'Palace Heights'])} {_n(rng, 1, 9)}0{_n(rng, 1, 9)}",
        f"{_n(rng, 1, 6)}-{_n(rng, 1, 30)}-{_n(rng, 1, 20)} {_c(rng, ['Jingumae', 'Ebisu-minami', 'Nishi-Shinjuku', 'Tenjin'])}",
        f"{_c(rng, ['Shibuya-ku, Tokyo', 'Shinjuku-ku, Tokyo', 'Chuo-ku, Fukuoka'])} {_n(rng, 100, 899)}-{_n(rng, 0, 9999):04d}",
    ]


def addr_jp_kanji(rng):
    return [
        f"〒{_n(rng, 100, 899)}-{_n(rng, 0, 9999):04d}",
        f"{_c(rng, ['東京都渋谷区神宮前', '東京都新宿区西新宿', '大阪府大阪市北区梅田'])}{_n(rng, 1, 6)}丁目{_n(rng, 1, 30)}-{_n(rng, 1, 20)}",
        f"{_c(rng, ['メゾン青山', 'サニーコート', 'グランハイツ'])}{_n(rng, 1, 9)}0{_n(rng, 1, 9)}号室",
    ]


def addr_ae(rng):
    return [
        f"Office {_n(rng, 101, 3405)}, {_c(rng, ['Al Saqr Tower', 'Marina Plaza', 'Al Ghurair Centre'])}",
        f"{_c(rng, ['Sheikh Zayed Road', 'Al Rigga Road', 'Corniche Road'])}",
        f"P.O. Box {_n(rng, 1000, 99999)}",
        _c(rng, ["Dubai", "Abu Dhabi", "Dubai, UAE"]),
    ]


def addr_sa(rng):
    return [
        f"Building {_n(rng, 1000, 9999)}, {_c(rng, ['Al Olaya', 'Al Malqa', 'Al Rawdah'])} District",
        f"{_c(rng, ['Riyadh', 'Jeddah'])} {_n(rng, 11000, 23999)}",
    ]


def addr_qa(rng):
    return [
        f"Zone {_n(rng, 20, 70)}, Street {_n(rng, 200, 980)}, Building {_n(rng, 1, 60)}",
        f"P.O. Box {_n(rng, 1000, 39999)}, Doha",
    ]


def addr_eg(rng):
    return [
        f"{_n(rng, 1, 60)} {_c(rng, ['Shagaret El Dor St', 'Mohamed Mazhar St', 'Gamal Salem St'])}",
        f"{_c(rng, ['Zamalek', 'Dokki', 'Heliopolis'])}, Cairo",
    ]


def addr_jo(rng):
    return [
        f"Building {_n(rng, 2, 90)}, {_c(rng, ['Mecca Street', 'Wasfi Al-Tal Street', 'Rainbow Street'])}",
        f"P.O. Box {_n(rng, 1000, 950000)}",
        f"Amman {_n(rng, 11100, 11999)}",
    ]


def addr_ma(rng):
    return [
        f"{_n(rng, 2, 180)}, {_c(rng, ['Rue Ibn Batouta', 'Boulevard Zerktouni', 'Avenue Hassan II'])}, Appt {_n(rng, 1, 20)}",
        f"{_n(rng, 20000, 20500)} Casablanca",
    ]


def addr_sn(rng):
    return [f"Villa {_n(rng, 1, 300)}, Cité {_c(rng, ['Keur Gorgui', 'Mermoz', 'Sacré-Cœur 3'])}", "Dakar"]


def addr_arabic(rng):
    return [
        f"{_c(rng, ['شارع الملك فهد', 'شارع الجامعة', 'شارع الشيخ زايد'])}، مبنى {_n(rng, 1, 90)}",
        f"ص.ب {_n(rng, 1000, 99999)}، {_c(rng, ['دبي', 'الرياض', 'عمّان', 'الدوحة'])}",
    ]


def addr_fr(rng):
    lines = [
        f"{_n(rng, 1, 140)}{_c(rng, ['', '', ' bis', ' ter'])} {_c(rng, ['rue des Tanneurs', 'avenue de la Libération', 'impasse des Lilas', 'rue du Faubourg Saint-Antoine', 'chemin des Vignes'])}"
    ]
    if rng.random() < 0.4:
        lines.append(f"Bât. {_c(rng, 'ABC')}, {_n(rng, 1, 7)}e étage")
    lines.append(
        f"{_c(rng, ['69003 Lyon', '31000 Toulouse', '44000 Nantes', '75011 Paris', '13006 Marseille', '67000 Strasbourg'])}"
    )
    return lines


def addr_be(rng):
    if rng.random() < 0.5:
        return [
            f"Rue {_c(rng, ['de la Station', 'du Marché', 'des Alliés'])} {_n(rng, 1, 120)} bte {_n(rng, 1, 9)}",
            _c(rng, ["1300 Wavre", "4000 Liège", "1060 Saint-Gilles"]),
        ]
    return [
        f"{_c(rng, ['Kerkstraat', 'Veldstraat', 'Brugsesteenweg'])} {_n(rng, 1, 220)} bus {_n(rng, 1, 12)}",
        _c(rng, ["9000 Gent", "2018 Antwerpen", "3000 Leuven"]),
    ]


def addr_ch(rng):
    return [
        f"{_c(rng, ['Bahnhofstrasse', 'Seefeldstrasse', 'Chemin des Vignes', 'Via Nassa'])} {_n(rng, 1, 90)}",
        _c(rng, ["8001 Zürich", "8008 Zürich", "1260 Nyon", "6900 Lugano", "3011 Bern"]),
    ]


def addr_de(rng):
    lines = [
        f"{_c(rng, ['Lindenallee', 'Am Mühlbach', 'Schillerstraße', 'Kastanienweg', 'Bergmannstr.'])} {_n(rng, 1, 120)}{_c(rng, ['', '', 'a', 'b'])}"
    ]
    if rng.random() < 0.35:
        lines.append(f"{_n(rng, 1, 5)}. OG {_c(rng, ['links', 'rechts'])}")
    if rng.random() < 0.2:
        lines.insert(0, f"c/o {_c(rng, ['Hausverwaltung Brenner', 'Praxis Dr. Adler'])}")
    lines.append(_c(rng, ["50858 Köln", "10961 Berlin", "80469 München", "04109 Leipzig", "22765 Hamburg"]))
    return lines


def addr_at(rng):
    return [
        f"{_c(rng, ['Gumpendorfer Straße', 'Praterstraße', 'Herrengasse'])} {_n(rng, 1, 150)}/{_n(rng, 1, 5)}/{_n(rng, 1, 30)}",
        _c(rng, ["1060 Wien", "1020 Wien", "8010 Graz"]),
    ]


def addr_nl(rng):
    return [
        f"{_c(rng, ['Prinsengracht', 'Oudegracht', 'Witte de Withstraat', 'Vondelstraat', 'Zeestraat'])} {_n(rng, 1, 300)}{_c(rng, ['', '-II', '-hs', ' A', '-3'])}",
        f"{_n(rng, 1011, 3599)} {_c(rng, 'ABCEGHJKLMNPRSTVWX')}{_c(rng, 'ABCEGHJKLMNPRSTVWX')} {_c(rng, ['Amsterdam', 'Utrecht', 'Rotterdam', 'Den Haag'])}",
    ]


def addr_es(rng):
    return [
        f"C/ {_c(rng, ['Mayor', 'del Olmo', 'Sant Joan', 'de la Paz'])}, {_n(rng, 1, 90)}, {_n(rng, 1, 8)}º {_c(rng, ['izq.', 'dcha.', 'B', '2ª'])}",
        _c(rng, ["28013 Madrid", "08012 Barcelona", "46004 Valencia", "41003 Sevilla", "48005 Bilbao"]),
    ]


def addr_it(rng):
    return [
        f"{_c(rng, ['Via dei Mille', 'Via del Pratello', 'Corso Magenta', 'Viale Monza'])} {_n(rng, 1, 200)}, int. {_n(rng, 1, 20)}",
        _c(rng, ["10122 Torino (TO)", "40122 Bologna", "20123 Milano MI", "00153 Roma"]),
    ]


def addr_pt(rng):
    return [
        f"Rua {_c(rng, ['das Flores', 'do Almada', 'da Boavista', 'dos Fanqueiros'])}, {_n(rng, 1, 400)}, {_n(rng, 1, 6)}.º {_c(rng, ['Esq.', 'Dto.', 'Frente'])}",
        _c(rng, ["4050-262 Porto", "1100-482 Lisboa", "3000-143 Coimbra"]),
    ]


def addr_br(rng):
    return [
        f"Rua {_c(rng, ['Harmonia', 'Aspicuelta', 'Voluntários da Pátria', 'Padre Chagas'])}, {_n(rng, 10, 2200)}, apto {_n(rng, 11, 184)}",
        f"{_c(rng, ['Vila Madalena, São Paulo - SP', 'Botafogo, Rio de Janeiro - RJ', 'Moinhos de Vento, Porto Alegre - RS'])}",
        f"CEP {_n(rng, 10000, 99999)}-{_n(rng, 0, 999):03d}",
    ]


def addr_mx(rng):
    return [
        f"Av. {_c(rng, ['Insurgentes Sur', 'Revolución', 'Cuauhtémoc'])} {_n(rng, 100, 3000)}, Int. {_n(rng, 1, 40)}",
        f"Col. {_c(rng, ['Del Valle', 'Roma Norte', 'Narvarte Poniente'])}, {_n(rng, 3000, 6900):05d} Ciudad de México, CDMX",
    ]


def addr_co(rng):
    return [
        f"{_c(rng, ['Calle', 'Cra.', 'Carrera', 'Cl.'])} {_n(rng, 5, 140)} # {_n(rng, 3, 90)}-{_n(rng, 2, 99)}",
        f"{_c(rng, ['Apto', 'Apartamento'])} {_n(rng, 201, 1504)}, Torre {_n(rng, 1, 6)}",
        _c(rng, ["Bogotá", "Medellín", "Cali"]),
    ]


def addr_ar(rng):
    return [
        f"Av. {_c(rng, ['Corrientes', 'Santa Fe', 'Cabildo'])} {_n(rng, 100, 5000)}, Piso {_n(rng, 1, 14)}, Dto. {_c(rng, 'ABCDEF')}",
        f"C{_n(rng, 1000, 1499)}{_c(rng, ['AAF', 'ABG', 'ACD'])} CABA",
    ]


def addr_cl(rng):
    return [
        f"Av. {_c(rng, ['Providencia', 'Irarrázaval', 'Apoquindo'])} {_n(rng, 100, 6000)}, Depto {_n(rng, 11, 1808)}",
        f"{_c(rng, ['Providencia', 'Ñuñoa', 'Las Condes'])}, Santiago",
    ]


def addr_pe(rng):
    return [
        f"Jr. {_c(rng, ['Junín', 'Huallaga', 'Ica'])} {_n(rng, 100, 999)}, Dpto. {_n(rng, 101, 902)}",
        f"{_c(rng, ['Cercado de Lima', 'Breña', 'Jesús María'])}, Lima {_n(rng, 15001, 15099)}",
    ]


def addr_pl(rng):
    return [
        f"ul. {_c(rng, ['Długa', 'Piotrkowska', 'Kwiatowa'])} {_n(rng, 1, 200)} m. {_n(rng, 1, 40)}",
        _c(rng, ["80-827 Gdańsk", "90-410 Łódź", "02-495 Warszawa"]),
    ]


def addr_se(rng):
    return [
        f"{_c(rng, ['Storgatan', 'Kungsgatan', 'Vasavägen'])} {_n(rng, 1, 90)} lgh {_n(rng, 1001, 1604)}",
        _c(rng, ["752 21 Uppsala", "411 38 Göteborg", "113 51 Stockholm"]),
    ]


ADDRESSES = {
    "US": addr_us,
    "CA": addr_ca,
    "GB": addr_gb,
    "IE": addr_ie,
    "AU": addr_au,
    "NZ": addr_nz,
    "ZA": addr_za,
    "NG": addr_ng,
    "KE": addr_ke,
    "GH": addr_gh,
    "SG": addr_sg,
    "MY": addr_my,
    "PH": addr_ph,
    "IN": addr_in,
    "KR": addr_kr,
    "JP": addr_jp,
    "AE": addr_ae,
    "SA": addr_sa,
    "QA": addr_qa,
    "EG": addr_eg,
    "JO": addr_jo,
    "MA": addr_ma,
    "SN": addr_sn,
    "FR": addr_fr,
    "BE": addr_be,
    "CH": addr_ch,
    "DE": addr_de,
    "AT": addr_at,
    "NL": addr_nl,
    "ES": addr_es,
    "IT": addr_it,
    "PT": addr_pt,
    "BR": addr_br,
    "MX": addr_mx,
    "CO": addr_co,
    "AR": addr_ar,
    "CL": addr_cl,
    "PE": addr_pe,
    "PL": addr_pl,
    "SE": addr_se,
}
NATIVE_ADDRESSES = {
    "KR": addr_kr_hangul,
    "JP": addr_jp_kanji,
    "IN": addr_in_deva,
    "AE": addr_arabic,
    "SA": addr_arabic,
    "QA": addr_arabic,
    "JO": addr_arabic,
}

# ----------------------------------------------------------------------------------------------------
# IBAN layouts (BBAN: n digit, a letter, c letter or digit) and cards.

IBAN_BBAN = {
    "DE": "n" * 18,
    "AT": "n" * 16,
    "CH": "n" * 5 + "c" * 12,
    "NL": "aaaa" + "n" * 10,
    "BE": "n" * 12,
    "FR": "n" * 10 + "c" * 11 + "nn",
    "ES": "n" * 20,
    "PT": "n" * 21,
    "IT": "a" + "n" * 10 + "c" * 12,
    "IE": "aaaa" + "n" * 14,
    "GB": "aaaa" + "n" * 14,
    "PL": "n" * 24,
    "SE": "n" * 20,
    "DK": "n" * 14,
    "NO": "n" * 11,
    "FI": "n" * 14,
    "LU": "nnn" + "c" * 13,
    "CZ": "n" * 20,
    "SK": "n" * 20,
    "HU": "n" * 24,
    "RO": "aaaa" + "c" * 16,
    "HR": "n" * 17,
    "SI": "n" * 15,
    "GR": "n" * 7 + "c" * 16,
    "TR": "n" * 6 + "c" * 16,
    "AE": "n" * 19,
    "SA": "nn" + "c" * 18,
    "QA": "aaaa" + "c" * 21,
    "IL": "n" * 19,
    "JO": "aaaa" + "n" * 4 + "c" * 18,
    "EG": "n" * 25,
    "TN": "n" * 20,
    "BR": "n" * 23 + "ac",
    "MT": "aaaa" + "n" * 5 + "c" * 18,
    "CY": "n" * 8 + "c" * 16,
    "LT": "n" * 16,
    "LV": "aaaa" + "c" * 13,
    "EE": "n" * 16,
    "BG": "aaaa" + "n" * 6 + "c" * 8,
}
LANG_IBAN = {
    "en": ["GB", "IE", "AE", "SA", "QA", "IL", "JO", "EG", "MT", "CY", "DE", "NL", "PL", "TR"],
    "fr": ["FR", "BE", "LU", "CH", "TN", "FR"],
    "es": ["ES", "ES", "PT", "FR"],
    "de": ["DE", "AT", "CH", "DE", "LU"],
    "pt": ["PT", "BR", "PT", "BR"],
    "it": ["IT", "IT", "CH", "MT"],
    "nl": ["NL", "BE", "NL"],
}

CARD_KINDS = [
    # (prefixes, length, grouping)
    (["4"], 16, (4, 4, 4, 4)),
    (["51", "52", "53", "54", "55"], 16, (4, 4, 4, 4)),
    ([str(p) for p in range(2221, 2721, 37)], 16, (4, 4, 4, 4)),
    (["34", "37"], 15, (4, 6, 5)),
    (["36", "38"], 14, (4, 6, 4)),
    (["6011", "65"], 16, (4, 4, 4, 4)),
    (["3528", "3566", "3589"], 16, (4, 4, 4, 4)),
    (["62"], 16, (4, 4, 4, 4)),
    (["4"], 13, (4, 4, 5)),
]

# ----------------------------------------------------------------------------------------------------
# Kept items.

AMOUNTS = {
    "en": [
        "${:d}.{:02d}",
        "£{:d}.{:02d}",
        "USD {:d}.{:02d}",
        "A${:d}.{:02d}",
        "CA$ {:d}.{:02d}",
        "₹{:d}",
        "AED {:d}",
        "R{:d}.{:02d}",
        "₦{:d},{:03d}",
        "KSh {:d}",
        "S${:d}.{:02d}",
        "SAR {:d}",
        "€{:d}.{:02d}",
        "{:d}.{:02d} GBP",
        "₩{:d},000",
        "¥{:d},{:03d}",
        "QAR {:d}",
        "$ {:d}",
    ],
    "fr": ["{:d},{:02d} €", "{:d},{:02d}€", "{:d} euros", "{:d} €"],
    "es": ["{:d},{:02d} €", "{:d},{:02d}€", "{:d} euros", "€{:d},{:02d}"],
    "de": ["{:d},{:02d} €", "€ {:d},{:02d}", "{:d},{:02d} EUR", "{:d} Euro"],
    "pt": ["{:d},{:02d} €", "€{:d},{:02d}", "{:d} euros"],
    "it": ["{:d},{:02d} €", "€ {:d},{:02d}", "{:d} euro"],
    "nl": ["€ {:d},{:02d}", "€{:d},{:02d}", "{:d},{:02d} euro", "EUR {:d},{:02d}"],
}
# A region's own currency styles (a message keeps to its region's money most of the time).
REGION_AMOUNTS = {
    "US": ["${:d}.{:02d}", "$ {:d}", "USD {:d}.{:02d}", "${:d}"],
    "CA": ["CA$ {:d}.{:02d}", "${:d}.{:02d}", "{:d},{:02d} $"],
    "GB": ["£{:d}.{:02d}", "{:d}.{:02d} GBP", "£{:d}"],
    "IE": ["€{:d}.{:02d}", "€{:d}", "EUR {:d}.{:02d}"],
    "AU": ["A${:d}.{:02d}", "${:d}.{:02d}"],
    "NZ": ["NZ${:d}.{:02d}", "${:d}.{:02d}"],
    "IN": ["₹{:d}", "Rs. {:d}", "INR {:d}"],
    "SG": ["S${:d}.{:02d}", "SGD {:d}.{:02d}"],
    "PH": ["₱{:d}", "PHP {:d}.{:02d}"],
    "ZA": ["R{:d}.{:02d}", "ZAR {:d}"],
    "NG": ["₦{:d},{:03d}", "NGN {:d},{:03d}"],
    "KE": ["KSh {:d}", "KES {:d}"],
    "GH": ["GH₵{:d}.{:02d}"],
    "AE": ["AED {:d}", "{:d} AED", "AED {:d}.{:02d}"],
    "SA": ["SAR {:d}", "{:d} SAR"],
    "QA": ["QAR {:d}", "{:d} QR"],
    "EG": ["EGP {:d}", "{:d} EGP"],
    "JO": ["JOD {:d}.{:02d}", "{:d} JD"],
    "KR": ["₩{:d},000", "{:d},000 won"],
    "JP": ["¥{:d},{:03d}", "{:d},{:03d} yen"],
    "MY": ["RM{:d}.{:02d}", "RM {:d}"],
    "MA": ["{:d} MAD", "{:d} DH"],
    "SN": ["{:d} 000 FCFA"],
    "CH": ["CHF {:d}.{:02d}", "Fr. {:d}.{:02d}", "{:d}.{:02d} CHF"],
    "MX": ["MX${:d}", "${:d} MXN", "${:d}.{:02d}"],
    "CO": ["COP {:d}.{:03d}", "${:d}.{:03d}"],
    "AR": ["ARS {:d}.{:03d}", "${:d}.{:03d}"],
    "CL": ["CLP {:d}.{:03d}", "${:d}.{:03d}"],
    "PE": ["S/ {:d}.{:02d}", "S/{:d}"],
    "BR": ["R$ {:d},{:02d}", "R${:d},{:02d}", "{:d} reais"],
    "PL": ["{:d},{:02d} zł", "PLN {:d}"],
    "SE": ["{:d} kr", "SEK {:d}"],
}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
}
FLIGHT_CODES = (
    "BA LH AF IB TP KL EK QR AA LA AV 6E UA DL SQ TK LX OS AZ VY FR U2 ET KQ MS RJ SV NH KE".split()
)
PLATES = [
    lambda r: (
        f"{_c(r, 'ABDEFGLMNRSVWY')}{_c(r, 'ABCDEFGHJKLMNOPRSTUVWXY')}{_n(r, 51, 74)} {''.join(_c(r, 'ABCDEFGHJKLMNOPRSTUVWXYZ') for _ in range(3))}"
    ),
    lambda r: (
        f"{_c(r, ['B', 'M', 'K', 'HH', 'F'])}-{''.join(_c(r, 'ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))} {_n(r, 10, 9999)}"
    ),
    lambda r: (
        f"{''.join(_c(r, 'ABCDEFGHJKLMNPQRSTVWXYZ') for _ in range(2))}-{_n(r, 100, 999)}-{''.join(_c(r, 'ABCDEFGHJKLMNPQRSTVWXYZ') for _ in range(2))}"
    ),
    lambda r: f"{_n(r, 1000, 9999)} {''.join(_c(r, 'BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}",
    lambda r: (
        f"{''.join(_c(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(3))}{_n(r, 1, 9)}{_c(r, 'ABCDEFGHIJ')}{_n(r, 10, 99)}"
    ),
    lambda r: (
        f"{_c(r, ['MH', 'KA', 'DL', 'TN'])} {_n(r, 1, 50):02d} {_c(r, ['AB', 'CZ', 'EQ', 'MK'])} {_n(r, 1000, 9999)}"
    ),
    lambda r: f"{_n(r, 10, 399)}{_c(r, '가나다라마거너더러머버서어저고노도로모')} {_n(r, 1000, 9999)}",
    lambda r: f"{_n(r, 1, 9)}{''.join(_c(r, 'ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{_n(r, 100, 999)}",
    lambda r: (
        f"{_c(r, 'GHJKNPRSTVXZ')}{_c(r, 'GHJKNPRSTVXZ')}-{_n(r, 10, 99)}-{_c(r, 'BDFGHJKLNPRSTVXZ')}{_c(r, 'BDFGHJKLNPRSTVXZ')}"
    ),
    lambda r: f"{_c(r, ['KAA', 'KCB', 'KDG'])} {_n(r, 100, 999)}{_c(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}",
]
PLACES = {
    "en": [
        "JFK",
        "John F. Kennedy International",
        "Heathrow Terminal 5",
        "King's Cross",
        "Union Station",
        "Central Park",
        "Hyde Park Corner",
        "Martin Luther King Jr Blvd",
        "Ronald Reagan National",
        "George Bush Intercontinental",
        "Lincoln Park",
        "Victoria Station",
        "Waterloo",
        "Penn Station",
        "Grand Central",
        "Queen Elizabeth Olympic Park",
        "Nelson Mandela Square",
        "Indira Gandhi International",
        "Chhatrapati Shivaji Maharaj Terminus",
        "Kempegowda Airport",
        "O. R. Tambo",
        "Murtala Muhammed Airport",
        "Jomo Kenyatta International",
        "Pearson",
        "Logan Airport",
        "Harvey Milk Plaza",
        "Cesar Chavez Street",
        "Rosa Parks Boulevard",
        "Malcolm X Boulevard",
        "Marine Drive",
        "Oxford Street",
        "Bondi Junction",
        "Changi Terminal 3",
        "Orchard Road",
        "Paddington",
        "Euston",
        "Edinburgh Waverley",
        "Dubai Mall",
        "Hamad International",
        "Queen Alia Airport",
        "Liverpool Street",
        "Harriet Tubman Park",
        "Kotoka International",
        "King Fahd Road",
        "Sheikh Zayed Road",
        "Abraham Lincoln Way",
    ],
    "fr": [
        "Gare de Lyon",
        "gare Montparnasse",
        "aéroport Charles-de-Gaulle",
        "Orly",
        "place de la République",
        "boulevard Haussmann",
        "avenue Jean-Jaurès",
        "rue Émile-Zola",
        "parc de la Tête d'Or",
        "gare Lille-Flandres",
        "aéroport de Marseille Provence",
        "pont Mirabeau",
        "avenue Foch",
        "Montréal-Trudeau",
        "gare de Bruxelles-Central",
        "Cornavin",
        "place Bellecour",
        "quai Victor-Augagneur",
        "avenue Mohammed V",
        "gare du Nord",
        "Blaise-Diagne",
    ],
    "es": [
        "Atocha",
        "aeropuerto Adolfo Suárez Madrid-Barajas",
        "Paseo de la Castellana",
        "Plaza de Cataluña",
        "Parque del Retiro",
        "aeropuerto El Dorado",
        "Avenida Simón Bolívar",
        "Terminal del Norte",
        "aeropuerto Jorge Chávez",
        "Avenida 9 de Julio",
        "Ezeiza",
        "Paseo de la Reforma",
        "Chamartín",
        "Parque Kennedy",
        "Avenida Benito Juárez",
        "Sants",
        "Arturo Merino Benítez",
        "Avenida Javier Prado",
        "Plaza de Mayo",
        "Gran Vía",
    ],
    "de": [
        "Hauptbahnhof",
        "Flughafen BER",
        "Willy-Brandt-Platz",
        "Kurfürstendamm",
        "Alexanderplatz",
        "Konrad-Adenauer-Ufer",
        "Englischer Garten",
        "Flughafen Franz Josef Strauß",
        "Karl-Marx-Allee",
        "Wien Hauptbahnhof",
        "Zürich HB",
        "Ostbahnhof",
        "Theodor-Heuss-Platz",
        "Schwechat",
        "Messe Süd",
        "Berliner Tor",
    ],
    "pt": [
        "aeroporto Humberto Delgado",
        "Avenida da Liberdade",
        "estação do Oriente",
        "Avenida Paulista",
        "Rodoviária do Tietê",
        "aeroporto de Guarulhos",
        "Marquês de Pombal",
        "Ponte Vasco da Gama",
        "aeroporto Santos Dumont",
        "Parque Ibirapuera",
        "Avenida Getúlio Vargas",
        "Campanhã",
        "Avenida Afonso Pena",
        "Praça Tiradentes",
        "Cais do Sodré",
    ],
    "it": [
        "stazione Termini",
        "aeroporto Leonardo da Vinci",
        "Milano Centrale",
        "piazza Garibaldi",
        "corso Vittorio Emanuele II",
        "Malpensa",
        "via Nazionale",
        "Santa Maria Novella",
        "Porta Nuova",
        "aeroporto Marco Polo",
        "Linate",
    ],
    "nl": [
        "Schiphol",
        "Amsterdam Centraal",
        "Rotterdam Centraal",
        "Vondelpark",
        "Coolsingel",
        "de Dam",
        "Utrecht Centraal",
        "Museumplein",
        "Brussel-Zuid",
        "Johan Cruijff ArenA",
        "Erasmusbrug",
        "Den Haag Centraal",
    ],
}

# A region's own places, drawn most of the time when the message's region has some.
REGION_PLACES = {
    "US": [
        "JFK",
        "LaGuardia",
        "Penn Station",
        "Grand Central",
        "Union Station",
        "Martin Luther King Jr Blvd",
        "Ronald Reagan National",
        "George Bush Intercontinental",
        "Harvey Milk Plaza",
        "Cesar Chavez Street",
        "Rosa Parks Boulevard",
        "Malcolm X Boulevard",
        "Logan Airport",
        "Lincoln Park",
        "Golden Gate Park",
        "Frederick Douglass Blvd",
        "Dolores Park",
        "Sea-Tac",
    ],
    "GB": [
        "Heathrow Terminal 5",
        "King's Cross",
        "Victoria Station",
        "Waterloo",
        "Paddington",
        "Euston",
        "Hyde Park Corner",
        "Oxford Street",
        "Liverpool Street",
        "Edinburgh Waverley",
        "John Lennon Airport",
        "Queen Elizabeth Olympic Park",
        "Manchester Piccadilly",
        "Gatwick North Terminal",
    ],
    "IE": [
        "Dublin Airport",
        "Heuston",
        "Connolly Station",
        "O'Connell Street",
        "St Stephen's Green",
        "Grafton Street",
    ],
    "CA": [
        "Pearson",
        "Union Station",
        "Montréal-Trudeau",
        "Yonge Street",
        "Stanley Park",
        "Billy Bishop Airport",
    ],
    "AU": [
        "Bondi Junction",
        "Central Station",
        "Kingsford Smith Airport",
        "Flinders Street",
        "George Street",
    ],
    "NZ": ["Auckland Airport", "Queen Street", "Britomart", "Lambton Quay"],
    "IN": [
        "Indira Gandhi International",
        "Chhatrapati Shivaji Maharaj Terminus",
        "Kempegowda Airport",
        "Marine Drive",
        "Connaught Place",
        "MG Road",
        "Rajiv Gandhi International",
        "Howrah Station",
    ],
    "SG": ["Changi Terminal 3", "Orchard Road", "Marina Bay Sands", "Raffles Place", "Jurong East MRT"],
    "MY": ["KLIA2", "KL Sentral", "Jalan Tun Razak", "Pavilion KL"],
    "PH": ["NAIA Terminal 3", "EDSA", "Ayala Avenue", "SM Megamall"],
    "ZA": ["O. R. Tambo", "Nelson Mandela Square", "Sandton Gautrain", "V&A Waterfront"],
    "NG": ["Murtala Muhammed Airport", "Third Mainland Bridge", "Lekki toll gate", "Nnamdi Azikiwe Airport"],
    "KE": ["Jomo Kenyatta International", "Moi Avenue", "Uhuru Highway", "Kenyatta Avenue", "Sarit Centre"],
    "GH": ["Kotoka International", "Kwame Nkrumah Circle", "Oxford Street Osu"],
    "AE": ["Dubai Mall", "Sheikh Zayed Road", "DXB Terminal 3", "Dubai Marina", "Zayed International"],
    "SA": ["King Fahd Road", "King Khalid International", "Kingdom Centre", "King Abdulaziz Airport"],
    "QA": ["Hamad International", "the Corniche", "Souq Waqif", "West Bay"],
    "EG": ["Cairo International", "Tahrir Square", "Ramses Station"],
    "JO": ["Queen Alia Airport", "Rainbow Street", "Abdali Boulevard"],
    "KR": ["Incheon Airport", "Gangnam Station", "Seoul Station", "Gimpo Airport", "Myeongdong"],
    "JP": ["Haneda", "Narita Terminal 1", "Shinjuku Station", "Tokyo Station", "Kyoto Station", "Omotesando"],
    "FR": [
        "Gare de Lyon",
        "gare Montparnasse",
        "aéroport Charles-de-Gaulle",
        "Orly",
        "place de la République",
        "boulevard Haussmann",
        "avenue Jean-Jaurès",
        "rue Émile-Zola",
        "gare du Nord",
        "place Bellecour",
        "quai Victor-Augagneur",
        "aéroport de Marseille Provence",
    ],
    "BE": ["Bruxelles-Central", "Brussel-Zuid", "Zaventem", "place Flagey", "Antwerpen-Centraal", "Meir"],
    "CH": ["Zürich HB", "Cornavin", "Flughafen Zürich", "Bahnhofplatz", "Paradeplatz"],
    "MA": ["aéroport Mohammed V", "avenue Mohammed V", "Casa-Port", "boulevard Zerktouni"],
    "SN": ["aéroport Blaise-Diagne", "place de l'Indépendance", "corniche Ouest"],
    "DE": [
        "Hauptbahnhof",
        "Flughafen BER",
        "Willy-Brandt-Platz",
        "Kurfürstendamm",
        "Alexanderplatz",
        "Konrad-Adenauer-Ufer",
        "Englischer Garten",
        "Flughafen Franz Josef Strauß",
        "Karl-Marx-Allee",
        "Ostbahnhof",
        "Theodor-Heuss-Platz",
    ],
    "AT": ["Wien Hauptbahnhof", "Schwechat", "Westbahnhof", "Mariahilfer Straße", "Schwedenplatz"],
    "ES": [
        "Atocha",
        "aeropuerto Adolfo Suárez Madrid-Barajas",
        "Paseo de la Castellana",
        "Plaza de Cataluña",
        "Parque del Retiro",
        "Chamartín",
        "Sants",
        "Gran Vía",
        "Nuevos Ministerios",
    ],
    "MX": [
        "Paseo de la Reforma",
        "Avenida Benito Juárez",
        "aeropuerto Benito Juárez",
        "Terminal del Norte",
        "Ángel de la Independencia",
    ],
    "CO": [
        "aeropuerto El Dorado",
        "Avenida Simón Bolívar",
        "Parque de la 93",
        "Terminal del Sur",
        "Avenida Boyacá",
    ],
    "AR": ["Ezeiza", "Avenida 9 de Julio", "Plaza de Mayo", "Aeroparque Jorge Newbery", "Retiro"],
    "CL": ["Arturo Merino Benítez", "Plaza Italia", "Costanera Center", "Estación Central"],
    "PE": ["aeropuerto Jorge Chávez", "Avenida Javier Prado", "Parque Kennedy", "Plaza San Martín"],
    "PT": [
        "aeroporto Humberto Delgado",
        "Avenida da Liberdade",
        "estação do Oriente",
        "Marquês de Pombal",
        "Ponte Vasco da Gama",
        "Campanhã",
        "Cais do Sodré",
    ],
    "BR": [
        "Avenida Paulista",
        "Rodoviária do Tietê",
        "aeroporto de Guarulhos",
        "aeroporto Santos Dumont",
        "Parque Ibirapuera",
        "Avenida Getúlio Vargas",
        "Avenida Afonso Pena",
        "Praça Tiradentes",
    ],
    "IT": [
        "stazione Termini",
        "aeroporto Leonardo da Vinci",
        "Milano Centrale",
        "piazza Garibaldi",
        "corso Vittorio Emanuele II",
        "Malpensa",
        "via Nazionale",
        "Santa Maria Novella",
        "Linate",
    ],
    "NL": [
        "Schiphol",
        "Amsterdam Centraal",
        "Rotterdam Centraal",
        "Vondelpark",
        "Coolsingel",
        "de Dam",
        "Utrecht Centraal",
        "Museumplein",
        "Johan Cruijff ArenA",
        "Erasmusbrug",
    ],
}

# ----------------------------------------------------------------------------------------------------
# The per-message filler.


def ascii_fold(text: str) -> str:
    text = text.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    text = text.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class Person:
    def __init__(self, rng: Random) -> None:
        culture = _c(rng, CULTURE_NAMES)
        givens, families = CULTURES[culture]
        roll = rng.random()
        self.given = _c(rng, WORD_GIVEN) if roll < 0.2 else _c(rng, givens)
        roll = rng.random()
        if roll < 0.1:
            self.family = _c(rng, PARTICLE_FAMILY)
        elif roll < 0.15:
            self.family = _c(rng, HYPHEN_FAMILY)
        elif roll < 0.22:
            self.family = _c(rng, WORD_FAMILY)
        elif roll < 0.3:
            self.family = _c(rng, CULTURES[_c(rng, CULTURE_NAMES)][1])
        else:
            self.family = _c(rng, families)
        self.family_first = culture in EAST_ASIAN and self.given in givens and rng.random() < 0.5
        self.middle = ""
        if not self.family_first and rng.random() < 0.12:
            self.middle = _c(rng, [f"{_c(rng, 'ABCDEFGHJKLMNPRST')}.", _c(rng, CULTURES[culture][0])])
        self.lower = rng.random() < 0.1

    def full(self, rng: Random) -> str:
        if self.family_first:
            name = f"{self.family} {self.given}"
        elif rng.random() < 0.08:
            name = f"{self.given[0]}. {self.family}"
        else:
            name = " ".join(p for p in (self.given, self.middle, self.family) if p)
        if name[0].islower():
            name = name[0].upper() + name[1:]
        return name.lower() if self.lower else name

    def first(self) -> str:
        return self.given.lower() if self.lower else self.given

    def email(self, rng: Random, lang: str) -> str:
        g = re.sub(r"[^a-z]", "", ascii_fold(self.given).lower())
        f = re.sub(r"[^a-z]", "", ascii_fold(self.family).lower())
        local = _c(
            rng,
            [
                f"{g}.{f}",
                f"{g[0]}{f}",
                f"{g}_{f}{_n(rng, 1, 99)}",
                f"{f}.{g}",
                f"{g}{_n(rng, 70, 2009)}",
                f"{g}.{f[0]}",
                f"{f}{g[0]}",
                f"{g}-{f}",
            ],
        )
        domain = _c(
            rng,
            {
                "en": [
                    "gmail.com",
                    "outlook.com",
                    "yahoo.co.uk",
                    "icloud.com",
                    "proton.me",
                    "hotmail.com",
                    "brightlane-logistics.com",
                    "uni-mail.ac.uk",
                    "kestrelhealth.org",
                    "rediffmail.com",
                ],
                "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "atelier-moreau.fr", "bluewin.ch"],
                "es": ["gmail.com", "hotmail.es", "yahoo.com.mx", "outlook.es", "constructora-andina.co"],
                "de": ["web.de", "gmx.de", "gmx.at", "t-online.de", "posteo.de", "bluewin.ch"],
                "pt": ["gmail.com", "uol.com.br", "sapo.pt", "hotmail.com", "bol.com.br"],
                "it": ["libero.it", "gmail.com", "tiscali.it", "alice.it"],
                "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "telenet.be", "hetnet.nl"],
            }[lang],
        )
        return f"{local}@{domain}"


class Filler:
    """Fills one template's placeholders, marking PII and kept items the kit's inline way."""

    def __init__(self, rng: Random, lang: str, region: str | None = None) -> None:
        self.rng = rng
        self.lang = lang
        self.region = region or _c(rng, LANG_REGIONS[lang])
        self.people: dict[str, Person] = {}

    def person(self, key: str) -> Person:
        if key not in self.people:
            self.people[key] = Person(self.rng)
        return self.people[key]

    # PII -------------------------------------------------------------------------------------------
    def phone(self, region: str | None = None, international: bool | None = None) -> str:
        rng = self.rng
        region = region or (self.region if rng.random() < 0.75 else _c(rng, ALL_PHONE_REGIONS))
        kind = (
            phonenumbers.PhoneNumberType.MOBILE
            if rng.random() < 0.6
            else phonenumbers.PhoneNumberType.FIXED_LINE
        )
        example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        digits = str(example.national_number)
        # Keep the example's leading digit or two (a valid range), draw the rest until the number is valid.
        keep = _c(rng, [1, 2]) if len(digits) >= 8 else min(3, len(digits) - 4)
        number = example
        for _ in range(300):
            candidate = digits[:keep] + "".join(str(rng.randrange(10)) for _ in range(len(digits) - keep))
            parsed = phonenumbers.parse("+" + str(example.country_code) + candidate, None)
            if phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region:
                number = parsed
                break
        if international is None:
            international = region != self.region or rng.random() < 0.45
        style = rng.random()
        if not international:
            text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        elif style < 0.55:
            text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        elif style < 0.75:
            text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        elif style < 0.9:
            text = "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)[1:]
        else:
            text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            text = re.sub(r"\s+", _c(rng, [".", "-"]), text)
        if region in EXTENSION_LABEL and rng.random() < 0.14:
            text += f"{_c(rng, EXTENSION_LABEL[region])}{_n(rng, 2, 4999)}"
        return text

    def address(self, multiline: bool | None = None, region: str | None = None, native: bool = False) -> str:
        rng = self.rng
        region = region or self.region
        make = NATIVE_ADDRESSES.get(region) if native else None
        lines = (make or ADDRESSES.get(region, addr_us))(rng)
        if multiline is None:
            multiline = rng.random() < 0.45
        joint = ", "
        if make is addr_arabic:
            joint = "، "
        elif make and region in ("JP", "KR"):
            joint = " "
        return "\n".join(lines) if multiline and len(lines) > 1 else joint.join(lines)

    def iban(self, country: str | None = None) -> str:
        rng = self.rng
        country = country or (
            _c(rng, LANG_IBAN[self.lang]) if rng.random() < 0.7 else _c(rng, sorted(IBAN_BBAN))
        )
        bban = "".join(
            str(rng.randrange(10))
            if ch == "n"
            else _c(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            if ch == "a"
            else (_c(rng, "ABCDEFGHJKLMNPRSTUVWXYZ") if rng.random() < 0.2 else str(rng.randrange(10)))
            for ch in IBAN_BBAN[country]
        )
        moved = bban + country + "00"
        check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
        compact = f"{country}{check:02d}{bban}"
        groups = [compact[i : i + 4] for i in range(0, len(compact), 4)]
        style = rng.random()
        if style < 0.45:
            text = " ".join(groups)
        elif style < 0.6:
            text = compact
        elif style < 0.7:
            text = ".".join(groups)
        elif style < 0.8:
            text = "  ".join(groups)
        elif style < 0.88:
            text = " ".join(groups).lower()
        elif style < 0.95:
            text = compact[:4] + " " + compact[4:]
        else:
            text = " ".join(compact[i : i + 5] for i in range(0, len(compact), 5))
        assert kit.iban_ok(text)
        return text

    def card(self) -> str:
        rng = self.rng
        prefixes, length, grouping = _c(rng, CARD_KINDS)
        body = _c(rng, prefixes)
        body += "".join(str(rng.randrange(10)) for _ in range(length - len(body) - 1))
        for last in "0123456789":
            if kit.luhn_ok(body + last):
                body += last
                break
        sep = _c(rng, [" ", " ", " ", "-", ""])
        parts, pos = [], 0
        for size in grouping:
            parts.append(body[pos : pos + size])
            pos += size
        return sep.join(parts)

    def ip(self) -> str:
        rng = self.rng
        for _ in range(100):
            if rng.random() < 0.6:
                value = ".".join(
                    str(x) for x in (_n(rng, 1, 223), _n(rng, 0, 255), _n(rng, 0, 255), _n(rng, 1, 254))
                )
            else:
                words = [_c(rng, ["2a02", "2a01", "2001", "2603", "2804", "2406", "2c0f", "2a00"])] + [
                    f"{rng.randrange(0, 65536):x}" for _ in range(7)
                ]
                if rng.random() < 0.6:
                    cut = _n(rng, 3, 6)
                    value = ":".join(words[:cut]) + "::" + words[-1]
                else:
                    value = ":".join(words)
            addr = ipaddress.ip_address(value)
            if addr.is_global and not (addr.version == 6 and value.startswith("2001:db8")):
                return value
        raise RuntimeError("no global address drawn")

    # kept ------------------------------------------------------------------------------------------
    def amount(self) -> str:
        rng = self.rng
        own = REGION_AMOUNTS.get(self.region)
        fmt = _c(rng, own if own and rng.random() < 0.85 else AMOUNTS[self.lang])
        slots = fmt.count("{")
        values = (
            [_n(rng, 3, 180), _n(rng, 0, 99)] if "{:03d}" not in fmt else [_n(rng, 3, 90), _n(rng, 0, 999)]
        )
        return fmt.format(*values[:slots])

    def time(self) -> str:
        rng = self.rng
        h, m = _n(rng, 0, 23), _c(rng, [0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 47, 50, 55])
        if self.lang == "en" and rng.random() < 0.6:
            return f"{(h % 12) or 12}{_c(rng, [':', '.'])}{m:02d}{_c(rng, [' pm', 'pm', ' PM', ' am', 'am'])}"
        if self.lang == "fr" and rng.random() < 0.5:
            return f"{h}h{m:02d}"
        if self.lang == "de" and rng.random() < 0.3:
            return f"{h}:{m:02d} Uhr"
        return f"{h:02d}:{m:02d}"

    def date(self) -> str:
        rng = self.rng
        d, mo = _n(rng, 1, 28), _n(rng, 1, 12)
        name = MONTHS[self.lang][mo - 1]
        style = rng.random()
        if style < 0.3:
            return f"{d:02d}/{mo:02d}" + (f"/{_c(rng, [2024, 2025, 2026])}" if rng.random() < 0.5 else "")
        if style < 0.4 and self.lang in ("de", "nl"):
            return f"{d}.{mo}.{_c(rng, [2025, 2026])}"
        if self.lang == "en":
            return _c(
                rng,
                [
                    f"{name} {d}",
                    f"{d} {name}",
                    f"{name[:3]} {d}",
                    f"{d}{'st' if d in (1, 21) else 'nd' if d in (2, 22) else 'rd' if d in (3, 23) else 'th'} of {name}",
                ],
            )
        if self.lang in ("es", "pt"):
            return f"{d} de {name}"
        if self.lang == "de":
            return f"{d}. {name}"
        return f"{d} {name}"

    def flight(self) -> str:
        return f"{_c(self.rng, FLIGHT_CODES)}{_c(self.rng, ['', ' '])}{_n(self.rng, 2, 2999)}"

    def plate(self) -> str:
        return _c(self.rng, PLATES)(self.rng)

    def booking(self) -> str:
        rng = self.rng
        code = "".join(_c(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        return _c(rng, [code, f"BK-{code}", f"RES{_n(rng, 10000, 99999)}", f"HX{_n(rng, 100000, 999999)}"])

    def order(self) -> str:
        rng = self.rng
        return _c(
            rng,
            [
                f"#{_n(rng, 1000000, 99999999)}",
                f"{_n(rng, 100, 999)}-{_n(rng, 1000000, 9999999)}",
                f"ORD-{_n(rng, 10000, 999999)}",
                f"{_n(rng, 10000000, 99999999)}",
            ],
        )

    def place(self) -> str:
        own = REGION_PLACES.get(self.region)
        return _c(self.rng, own if own and self.rng.random() < 0.8 else PLACES[self.lang])

    # ---------------------------------------------------------------------------------------------
    def fill(self, template: str) -> str:
        def repl(m: re.Match) -> str:
            key = m.group(1)
            base, _, who = key.partition("_")
            who = who or "1"
            p = lambda: self.person(who)  # noqa: E731
            if base == "P":
                return f"«P:{p().full(self.rng)}»"
            if base == "G":
                return f"«P:{p().first()}»"
            if base == "g":
                return f"«P:{p().given.lower()}»"
            if base == "Gc":  # the given name capitalised, at a sentence start
                return f"«P:{p().given}»"
            if base == "E":
                return f"«E:{p().email(self.rng, self.lang)}»"
            if base == "T":
                return f"«T:{self.phone()}»"
            if base == "Ti":
                return f"«T:{self.phone(international=True)}»"
            if base == "A":
                return f"«A:{self.address(False)}»"
            if base == "AM":
                return f"«A:{self.address(True)}»"
            if base == "Ax":
                return f"«A:{self.address()}»"
            if base == "C":
                return f"«C:{self.card()}»"
            if base == "I":
                return f"«I:{self.iban()}»"
            if base == "IP":
                return f"«IP:{self.ip()}»"
            kept = {
                "trip": ("t", lambda: kit.trip_id(self.rng)),
                "amt": ("a", self.amount),
                "time": ("h", self.time),
                "date": ("d", self.date),
                "flight": ("f", self.flight),
                "plate": ("p", self.plate),
                "book": ("b", self.booking),
                "order": ("o", self.order),
                "place": ("l", self.place),
            }
            if base in kept:
                code, make = kept[base]
                return f"‹{code}:{make()}›"
            raise KeyError(key)

        return re.sub(r"\{(\w+)\}", repl, template)


# ----------------------------------------------------------------------------------------------------
# Templates. {P} full name, {G} given name (lowercase when the person writes so), {g} lowercase given name,
# {Gc} given name capitalised; suffix _2, _3 for other people. PII: {E} {T} {Ti} {A} {AM} {Ax} {C} {I} {IP}.
# Kept: {trip} {amt} {time} {date} {flight} {plate} {book} {order} {place}.

TEMPLATES: dict[str, list[str]] = {
    "en": [
        "Hi, the driver took a huge detour on trip {trip} from {place} and I was charged {amt} instead of {amt}. Please refund the difference.\n\nThanks,\n{P}\n{T}",
        "I was charged twice for trip {trip} on {date} ({amt} each). Card ending in the last four, full number {C} if you need it. {P}",
        "hey its {g}, left my black backpack in the car this morning around {time}, plate was {plate}. my number is {T} pls call",
        "Could {Gc} call me back? She booked the ride for me on {date} and the cancellation fee of {amt} is wrong.",
        "me and {g_2} were in the back seat, the driver kept yelling at us the whole way down {place}. trip {trip}. not ok",
        "ask {Gc_2} about it, she was there too. I just want the {amt} back for trip {trip}.",
        "{Gc} here. My flight {flight} landed at {time} and the driver never showed. Booking {book}. Reach me on {Ti}.",
        "{Gc} and {Gc_2} shared the ride from {place} to {place}, but both of us got charged {amt}. Trip {trip}.",
        "Will you refund me for trip {trip}? I waited 25 minutes at {place}. Regards, {P}",
        "Please update my billing details. New IBAN: {I}, account holder {P}. Address for invoices:\n{AM}",
        "Pickup address was wrong on the app, it should have been {A}. The driver went to the old one and I paid {amt} for nothing.",
        "---------- Forwarded message ---------\nFrom: {P} <{E}>\nDate: {date}\nSubject: receipt for trip {trip}\n\nCan you check why the receipt shows {amt}?",
        "From: {P} <{E}>\nSent: {date} {time}\nTo: support\n\nMy son left his tablet in the car (plate {plate}). Please send it to:\n{AM}",
        "The driver was rude and said he'd leave me on {place} if I didn't pay cash. Trip {trip}, {date}, {time}. My name is {P}, phone {T}.",
        "Lost item: a rose gold phone case with cards in it. Ride on {date} at {time}, trip {trip}. Contact {E} or {T}.",
        "Grace period for the cancellation? I cancelled at {time}, a minute after booking, and got charged {amt}. Thanks, {G}",
        "I'll be frank: this is the third detour this month. Trip {trip}, {amt}. {P}, {T}",
        "Mark the trip {trip} as disputed please. The route went along {place} for no reason. – {P}",
        "so {g} and I split it, {amt} each, but the app charged me the full {amt}. order {order}",
        "{Gc} said the driver was fine, it's the app that billed us for trip {trip} twice. Can someone look?",
        "Hi, I am writing for my mother {P}, she doesn't use email. Her phone is {T} and she lives at {A}. She was overcharged {amt} on {date}.",
        "Refund please: trip {trip} ({amt}). The car smelled of smoke and the driver, {G_2}, refused to open the window.\n\n{P}\nMobile: {T}\n{E}",
        "Driver didn't follow the map, went via {place} instead of {place}. Fare {amt}, estimate was {amt}.",
        "Hi there, no personal info needed, just asking why trip {trip} on {date} shows {amt} when the quote was {amt}.",
        "My account was used from an IP I don't recognise ({IP}) at {time} on {date}. Someone booked trip {trip}. I'm {P}.",
        "Logins from {IP} and {IP} aren't mine. Please lock the account of {E}.",
        "Can you send the invoice for booking {book} to {E}? Company address:\n{AM}\nVAT on {amt}.",
        "i think i left my keys in the car?? trip {trip} around {time}. plate {plate}. text me {T} - {g}",
        "{Gc} and I were dropped at the wrong terminal for flight {flight}. We missed check-in. {Gc}'s number is {T}.",
        "{Gc_2} was my driver on {date}, he was great actually, please pass it on! Trip {trip}.",
        "Hi {Gc}, thanks for the quick reply. I still haven't got the {amt}. Best, {P}",
        "Dear support,\n\nOn {date} I booked a ride from {place} to the address below:\n{AM}\n\nThe driver cancelled after 20 minutes and I was charged {amt}.\n\nKind regards\n{P}\nTel. {T}",
        "Charge of {amt} on card {C} for a trip I never took ({trip}). Please reverse it. {P}",
        "Wrong card was charged. Please use {C} from now on and not the old one. Order {order}.",
        "My daughter {G_2} was in the car alone and the driver stopped at {place} to buy cigarettes. Trip {trip}. Call me: {T}. {P}",
        "Could you ask {P_2}'s driver to return the umbrella? It was a shared ride, trip {trip}.",
        "we were 4: me, {g_2}, {g_3} and {g}. driver charged an extra {amt} for the 4th person. trip {trip}",
        "Sorry, to chase this up again: trip {trip}, refund of {amt} promised on {date}. {P} ({E})",
        "Joy ride it was not. Driver on {place} at 90 km/h. {P}, {T}-mobile",
        "Pick me up at {A} tomorrow at {time}? Flight {flight}. Can I book that here? {G}",
        "Dropped off at {place} instead of my home at {A}. Paid {amt}. Not happy.",
        "Hello, I changed banks. Account: {I} ({P}). Please pay the refund of {amt} there.",
        "{P}\n{AM}\n{T}\n\nRe: trip {trip} - I never received the receipt.",
        "Billing address: {A}. Card: {C}. Name on card: {P}. Just the receipt for {order} please.",
        "The driver asked for my WhatsApp ({T}) and has been texting me since {date}. That is not ok. Trip {trip}. - {G}",
        "Why was I charged a cleaning fee of {amt}?? Nobody was sick in the car. Trip {trip}, {date}.",
        "Sterling service from your driver on {date}, 5 stars. Trip {trip}.",
        "Please call {Gc} on {T} after 6pm, she's the account owner. Booking {book}.",
        "Ticket about trip {trip}: rider {P}, email {E}, phone {T}, pickup {place}, drop-off {A}.",
        "Hi! {Gc_2} told me to write here. The driver overcharged me {amt} on the way to {place}. Thanks, {G}",
        "{Gc}, {Gc_2} and I got out at {place}, the app kept the meter running until {time}. {amt} for nothing. trip {trip}",
        "is {g_2} allowed to use my card for her rides? she's my sister. card on file {C}. i'm {g}",
        "Hope this reaches someone. The driver on trip {trip} shouted at {Gc_2} because she asked him to slow down. {P}, {T}",
        "I'm the office manager; {P_2} and {P_3} ride on our company account. Please send their receipts for {order} to {E}.",
        "Miles driven: 4. Miles charged: 11. Trip {trip}, {amt}. Explain please. {G}",
        "Amber light, red light, he ran both on {place}. Plate {plate}. I'm {P} and I'll testify if needed.",
        "lol {g} here again, still no refund for {trip}. {amt}. {T}",
        "{P}\nSenior Buyer\nT: {T}\nM: {Ti}\n{E}\n{AM}",
        "Thanks,\n{G}\n\nSent from my phone",
        "Our guest {P} lands on {flight} at {time} on {date}. Please send a car to {place} and then to {A}. Bill booking {book}.",
        "fax: {T} (yes we still have one). Attn {P}. Invoice for order {order}, total {amt}.",
        "WhatsApp {Ti} - thats the fastest way to reach me. Lost item on trip {trip}: a grey scarf. {G}",
        "No PII here, promise :) Trip {trip} on {date} at {time}, charged {amt}, expected {amt}.",
        "Your app logged me out and now there's a login from {IP} I don't know. Account {E}, name {P}.",
        "Login alert for {IP} at {time} - not me! Locking my card {C} with the bank now. {G}",
        "Hunter green was the car colour, not black like the app said, so I waited at {place} for 15 min. Cancel fee {amt} should be refunded. {P}",
        "Happy to pay the {amt}, just want the receipt in the name of {P} and at {A}. Thanks!",
        "Driver {G_2} (plate {plate}) was wonderful with my dad {G_3}, who uses a walker. Please thank them. Trip {trip}.",
        "please please refund, i'm a student. {amt} is a lot. {g} {T}",
        "{P_2}? is that your driver's name? because my app shows someone else. trip {trip}, plate {plate}",
        "Hi, this is {P}'s assistant. She left a laptop bag in the car after {flight} landed at {place}. Call me on {T}.",
        "The receipt for {trip} lists {amt} twice. Route: {place} - {place}. Thank you, {P}",
        "{Gc} and I are flatmates at {A}; we each got charged for the same shared ride. {G_2} has the receipt.",
        "My new mailing address:\n{AM}\nEffective {date}. {P}",
        "Sent from {IP}. Account holder {P}, {E}. Why is trip {trip} charged in the wrong currency ({amt})?",
        "Trip {trip} ({date}, {time}) went along {place} and {place}. No complaint, just need a VAT invoice. Thanks.",
        "Refund to my bank account please: {I}. It's under {P}. Trip {trip}, {amt}.",
        "Hi, I'm a driver-partner, my payout bank changed. New IBAN {I}\nName: {P}\nPhone: {T}",
        "{G} again. The IBAN I gave you had a typo, the right one is {I}. Refund of {amt} for {trip}.",
        "Please stop charging my card and use bank transfer instead. IBAN: {I} / {P} / {E}",
        "Call me ({T}, mobile) or at work ({Ti}, office) about the {amt} charged on {date}. {P}",
        "My husband {G_2} and I both have accounts; his got charged for my ride {trip}. Mine is {E}.",
    ],
    "fr": [
        "Bonjour, le chauffeur a fait un détour par {place} pour la course {trip} et j'ai payé {amt} au lieu de {amt}. Merci de me rembourser.\n\nCordialement,\n{P}\n{T}",
        "J'ai été débité deux fois le {date} ({amt}). Course {trip}. Mon IBAN pour le remboursement : {I}. {P}",
        "bonjour c'est {g}, j'ai oublié mon sac dans la voiture immatriculée {plate} vers {time}. mon numéro : {T}",
        "Le chauffeur était très impoli avec {Gc_2} et moi. Course {trip} du {date}. Adresse de prise en charge : {A}.",
        "Pouvez-vous rappeler {Gc} au {T} ? Elle a réservé la course {trip} pour moi.",
        "De : {P} <{E}>\nDate : {date}\nObjet : facture {order}\n\nBonjour, merci d'envoyer la facture à l'adresse suivante :\n{AM}",
        "Vol {flight} atterri à {time}, chauffeur absent à {place}. Réservation {book}. {P}, {Ti}",
        "Frais d'annulation de {amt} injustifiés, j'ai annulé à {time}. Merci. {G}",
        "Objet perdu : lunettes de soleil, course {trip}, {date}. Me contacter à {E}.",
        "Connexion suspecte depuis {IP} sur mon compte le {date}. Je suis {P}.",
        "Bonjour, aucune donnée perso ici : pourquoi la course {trip} est-elle passée de {amt} à {amt} ?",
        "{Gc} et {Gc_2} étaient avec moi, le chauffeur nous a déposés à {place} au lieu de {A}. {amt}.",
        "Carte débitée deux fois : {C}. Course {trip}, {date}. Merci, {P} ({E})",
        "Voici mon RIB pour le remboursement de {amt} : {I}, titulaire {P}.",
        "Cordialement,\n{P}\nTél. : {T}\n{AM}",
        "demande {Gc_2}, elle a tout vu. moi je veux juste mes {amt}. course {trip}",
    ],
    "es": [
        "Hola, el conductor dio una vuelta enorme por {place} en el viaje {trip} y me cobraron {amt} en vez de {amt}.\n\nSaludos,\n{P}\n{T}",
        "Me cobraron dos veces el {date}, {amt} cada vez. Tarjeta {C}. {P}",
        "hola soy {g}, deje mi celular en el carro placa {plate} como a las {time}. mi numero es {T}",
        "¿Puede {Gc} llamarme? Ella hizo la reserva {book} y el cargo de {amt} está mal.",
        "{Gc} y {Gc_2} compartimos el viaje desde {place}, pero a los dos nos cobraron {amt}. Viaje {trip}.",
        "De: {P} <{E}>\nFecha: {date}\nAsunto: viaje {trip}\n\nPor favor envíen el recibo a esta dirección:\n{AM}",
        "El conductor fue muy grosero conmigo y con {g_2}. Viaje {trip}, {date}, {time}. Dirección de recogida: {A}.",
        "Mi vuelo {flight} llegó a las {time} y nadie vino a {place}. Escríbanme a {E} o al {Ti}.",
        "Cambié de banco, nuevo IBAN: {I}. Titular: {P}. Reembolso de {amt}, por favor.",
        "Datos para la devolución de {amt}: IBAN {I}, a nombre de {P}. Gracias.",
        "Acceso desde la IP {IP} que no reconozco, {date}. Cuenta de {E}.",
        "Sin datos personales: solo quiero saber por qué el viaje {trip} costó {amt} si la tarifa era {amt}.",
        "pregúntale a {g_2}, ella iba adelante. yo pagué {amt} por un viaje de {amt}. {g}",
        "Atentamente,\n{P}\nCel. {T}\n{AM}",
        "{Gc}, {Gc_2} y yo salimos de {place} a las {time}. El conductor no paraba de hablar por teléfono. Viaje {trip}.",
        "Ingreso sospechoso desde {IP}. Mi tarjeta {C} fue usada para el viaje {trip}. {P}",
    ],
    "de": [
        "Hallo, der Fahrer ist bei Fahrt {trip} einen riesigen Umweg über {place} gefahren, berechnet wurden {amt} statt {amt}.\n\nMit freundlichen Grüßen\n{P}\n{T}",
        "Doppelte Abbuchung am {date} ({amt}). Bitte auf dieses Konto erstatten: {I}, Kontoinhaber {P}.",
        "hi, hier ist {g}. hab meine jacke im auto liegen lassen, kennzeichen {plate}, so um {time}. handy: {T}",
        "Könnte {Gc} mich zurückrufen? Sie hat die Buchung {book} für mich gemacht.",
        "Von: {P} <{E}>\nGesendet: {date}\nBetreff: Rechnung {order}\n\nBitte die Rechnung an folgende Adresse:\n{AM}",
        "Der Fahrer war unfreundlich zu {Gc_2} und mir, Fahrt {trip} am {date}. Abholadresse: {A}.",
        "Flug {flight} um {time} gelandet, kein Fahrer am {place}. Erreichbar unter {Ti}. {P}",
        "Login von {IP}, das war nicht ich. Konto: {E}.",
        "Ohne persönliche Daten: warum kostet Fahrt {trip} {amt}, wenn {amt} angezeigt wurden?",
        "Mit freundlichen Grüßen\n{P}\nMobil: {T}\n{AM}",
        "{Gc} und {Gc_2} saßen hinten, der Fahrer hat am {place} einfach gewendet. {amt} zu viel. Fahrt {trip}",
        "Karte {C} wurde zweimal belastet ({amt}, {date}). Bitte um Erstattung. {P}",
    ],
    "pt": [
        "Olá, o motorista fez um desvio enorme pela {place} na viagem {trip} e cobrou {amt} em vez de {amt}.\n\nObrigado,\n{P}\n{T}",
        "Fui cobrada duas vezes no dia {date} ({amt}). Cartão {C}. {P}",
        "oi aqui é a {g}, esqueci minha bolsa no carro placa {plate} umas {time}. meu número {T}",
        "A {Gc} pode me ligar? Ela fez a reserva {book} pra mim.",
        "De: {P} <{E}>\nData: {date}\nAssunto: viagem {trip}\n\nPor favor enviem o recibo para:\n{AM}",
        "Novo IBAN para o reembolso de {amt}: {I} (titular {P}).",
        "Reembolso de {amt} para a conta {I}, por favor. Viagem {trip}. {G}",
        "Eu e {g_2} fomos deixados no {place} em vez do endereço {A}. Viagem {trip}.",
        "Acesso pelo IP {IP} que não é meu, dia {date}. Conta {E}.",
        "Atenciosamente,\n{P}\nCel: {T}\n{AM}",
        "{Gc} e {Gc_2} estavam comigo, o motorista passou pela {place} duas vezes. {amt}. Viagem {trip}",
        "Cobrança em dobro no cartão {C}, viagem {trip} de {date}. {P}",
    ],
    "it": [
        "Buongiorno, l'autista ha fatto una deviazione per {place} nella corsa {trip}: pagato {amt} invece di {amt}.\n\nCordiali saluti,\n{P}\n{T}",
        "Addebito doppio il {date} ({amt}). IBAN per il rimborso: {I}. {P}",
        "buongiorno, sono {g}, la corsa {trip} è stata addebitata due volte. il mio IBAN è {I}",
        "Ho dimenticato la giacca, corsa {trip} del {date}. Potete chiamare {Gc_2} al {T}? Grazie, {P}",
        "ciao sono {g}, ho lasciato l'ombrello in macchina targa {plate} verso le {time}. numero {T}",
        "Può richiamarmi {Gc}? Ha prenotato lei la corsa {trip}. Indirizzo: {A}.",
        "Volo {flight} atterrato alle {time}, nessun autista a {place}. Prenotazione {book}. {P}, {E}",
        "Cordiali saluti\n{P}\ncell. {T}\n{AM}",
        "{Gc} e {Gc_2} erano con me, l'autista ci ha lasciati in {place}. Corsa {trip}, {amt}.",
    ],
    "nl": [
        "Hallo, de chauffeur reed om via {place} bij rit {trip} en ik betaalde {amt} in plaats van {amt}.\n\nGroeten,\n{P}\n{T}",
        "Twee keer afgeschreven op {date} ({amt}). IBAN voor terugbetaling: {I}, t.n.v. {P}.",
        "hoi met {g}, jas laten liggen in de auto met kenteken {plate} rond {time}. bel me op {T}",
        "Kunnen jullie {Gc_2} even bellen op {T}? Zij zat in de auto bij rit {trip}. Groet, {P}",
        "Terugbetaling van {amt} graag naar {I} t.n.v. {P}. Rit {trip} van {date}.",
        "Kan {Gc} mij terugbellen? Zij heeft boeking {book} gemaakt. Ophaaladres: {A}.",
        "Van: {P} <{E}>\nDatum: {date}\nOnderwerp: rit {trip}\n\nGraag de factuur naar:\n{AM}",
        "Met vriendelijke groet,\n{P}\nMobiel: {T}\n{AM}",
        "{Gc} en {Gc_2} zaten achterin, de chauffeur reed via {place}. {amt} te veel. Rit {trip}",
        "Inlog vanaf {IP} die ik niet ken. Mijn kaart {C} is gebruikt voor rit {trip}. {P}",
    ],
}
LANG_WEIGHTS = [("en", 58), ("fr", 10), ("es", 10), ("de", 7), ("pt", 6), ("it", 5), ("nl", 4)]

# The address pass: (language, region, native script?) walked in turn through short templates.
ADDRESS_LAYOUTS = [
    ("en", "KR", False),
    ("en", "KR", True),
    ("en", "JP", False),
    ("en", "JP", True),
    ("en", "IN", False),
    ("en", "IN", True),
    ("en", "AE", False),
    ("en", "AE", True),
    ("en", "SA", False),
    ("en", "QA", False),
    ("en", "JO", False),
    ("en", "EG", False),
    ("en", "SG", False),
    ("en", "NG", False),
    ("en", "KE", False),
    ("es", "CO", False),
    ("es", "MX", False),
    ("es", "AR", False),
    ("es", "PE", False),
    ("es", "CL", False),
    ("pt", "BR", False),
    ("en", "US", False),
    ("en", "CA", False),
    ("fr", "FR", False),
    ("fr", "BE", False),
    ("fr", "MA", False),
    ("de", "DE", False),
    ("de", "AT", False),
    ("it", "IT", False),
    ("nl", "NL", False),
    ("en", "GB", False),
    ("en", "IE", False),
    ("en", "AU", False),
    ("en", "PL", False),
    ("en", "SE", False),
]
ADDRESS_TEMPLATES = {
    "en": [
        "Please drop the lost bag at:\n{ADDR}\nTrip {trip}.",
        "new home address {ADDR} - update my profile pls",
        "Send the receipt for {amt} by post to {ADDR}, thanks. {G}",
        "The pickup pin was off. Correct pickup:\n{ADDR}",
        "Driver went to {place} instead of {ADDR}. Trip {trip}.",
        "{P}\n{ADDR}\n\nCan you mail the invoice for {order}?",
    ],
    "es": [
        "Por favor envíen el objeto perdido a:\n{ADDR}\nViaje {trip}.",
        "Mi dirección nueva es {ADDR}. {G}",
        "El conductor fue a {place} y no a {ADDR}. Pagué {amt}.",
    ],
    "pt": ["Por favor mandem a mochila para:\n{ADDR}\nViagem {trip}.", "Meu endereço: {ADDR}. {G}"],
    "fr": ["Merci de renvoyer l'objet à :\n{ADDR}\nCourse {trip}.", "Nouvelle adresse : {ADDR}. {G}"],
    "de": ["Bitte die Tasche schicken an:\n{ADDR}\nFahrt {trip}.", "Neue Adresse: {ADDR}. Gruß {G}"],
    "it": ["Per favore spedite lo zaino a:\n{ADDR}\nCorsa {trip}.", "Nuovo indirizzo: {ADDR}. {G}"],
    "nl": ["Graag de tas opsturen naar:\n{ADDR}\nRit {trip}.", "Nieuw adres: {ADDR}. Groet, {G}"],
}
LOCALE_OF = {"en": "en", "fr": "fr", "es": "es", "de": "de", "pt": "pt", "it": "it", "nl": "nl"}


def raw_from_marked(marked: str, locale: str, way: str) -> dict:
    text, spans, keep = kit.parse_marked(marked)
    return {"locale": locale, "text": text, "spans": spans, "keep": keep, "way": way}


def generate(seed: int, count: int) -> list[dict]:
    rng = Random(seed)
    langs = [lang for lang, weight in LANG_WEIGHTS for _ in range(weight)]
    out = []
    for _ in range(count):
        lang = _c(rng, langs)
        filler = Filler(rng, lang)
        marked = filler.fill(_c(rng, TEMPLATES[lang]))
        out.append(raw_from_marked(marked, f"{lang}_{filler.region}", "gen"))
    return out


def generate_addresses(seed: int, count: int) -> list[dict]:
    rng = Random(seed)
    out = []
    for i in range(count):
        lang, region, native = ADDRESS_LAYOUTS[i % len(ADDRESS_LAYOUTS)]
        filler = Filler(rng, lang, region)
        template = _c(rng, ADDRESS_TEMPLATES[lang])
        address = filler.address(rng.random() < 0.5, region, native)
        marked = filler.fill(template.replace("{ADDR}", "\u0000")).replace("\u0000", f"«A:{address}»")
        out.append(raw_from_marked(marked, f"{lang}_{region}", "addr"))
    return out


def build(name: str) -> list[dict]:
    seed, gen_count, addr_count = CORPORA[name]
    hand = kit.read_handwritten(DATA / f"{name}_handwritten.txt")
    gen = kit.finish(generate(seed, gen_count) + hand, corpus=name, shuffle_seed=seed + 1, drop_repeats=True)
    # The address pass comes after the rest, numbered on from it.
    addr = kit.finish(
        generate_addresses(seed + 7, addr_count), corpus=name, shuffle_seed=seed + 8, drop_repeats=True
    )
    for offset, record in enumerate(addr):
        record["id"] = f"{name}-addr-{len(gen) + offset}"
    records = gen + addr
    kit.check(records)
    return records


SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def sentences(text: str) -> set[str]:
    return {s.strip() for s in SENTENCE.findall(text) if len(s.strip()) > 25}


def check_disjoint() -> None:
    dev = kit.read_jsonl(DATA / "dev7.jsonl")
    blind = kit.read_jsonl(DATA / "blind7.jsonl")
    assert not {r["text"] for r in dev} & {r["text"] for r in blind}, "a message is in both corpora"
    dev_hand = set().union(
        *(sentences(r["text"]) for r in kit.read_handwritten(DATA / "dev7_handwritten.txt"))
    )
    blind_hand = set().union(
        *(sentences(r["text"]) for r in kit.read_handwritten(DATA / "blind7_handwritten.txt"))
    )
    shared = dev_hand & blind_hand
    assert not shared, f"{len(shared)} hand-written sentences are in both"


def summary(name: str, records: list[dict]) -> list[str]:
    """Aggregate figures only (safe for blind7)."""
    lines = kit.count_lines(records, ("gen", "hand", "addr"), indent="  ")
    langs = Counter(r["locale"].split("_")[0] for r in records)
    lines.append(f"  languages {dict(langs.most_common())}")
    persons = [s["value"] for r in records for s in r["spans"] if s["type"] == "PERSON"]
    lines.append(
        f"  PERSON: {sum(v == v.lower() for v in persons)} lowercase, {sum(' ' not in v for v in persons)} one word, "
        f"{sum(any(ord(c) > 127 for c in v) for v in persons)} non-ASCII, "
        f"{sum(v.split()[0].capitalize() in WORD_GIVEN for v in persons)} word-given; "
        f"{sum(1 for r in records if sum(s['type'] == 'PERSON' for s in r['spans']) >= 2)} messages with 2+ people"
    )
    particles = [p.split()[0] for p in PARTICLE_FAMILY] + ["O'", "Mc", "D'", "d'", "al-", "Al-"]
    lines.append(
        f"  PERSON: {sum(any(f' {p}' in f' {v}' for p in particles) for v in persons)} with a particle, "
        f"{sum('-' in v for v in persons)} hyphenated, "
        f"{sum(1 for r in records if r['spans'] and r['spans'][0]['type'] == 'PERSON' and r['spans'][0]['start'] == 0)}"
        " messages start with a name"
    )
    regions, international, extension = Counter(), 0, 0
    for r in records:
        for s in r["spans"]:
            if s["type"] != "PHONE":
                continue
            value = s["value"]
            international += value.startswith(("+", "00"))
            extension += bool(
                re.search(
                    r"(x|ext|poste|Durchwahl|DW|intern|toestel|ramal|int\.|extn|内線)\s*\.?\s*\d+$", value
                )
            )
            number = re.sub(
                r"\s*(x|ext\.?|extn\.|poste|Durchwahl|DW|intern|toestel|ramal|int\.|内線)\s*\d+$", "", value
            )
            number = "+" + number[2:] if number.startswith("00") else number
            try:
                parsed = phonenumbers.parse(number, r["locale"].split("_")[1])
                regions[phonenumbers.region_code_for_number(parsed)] += 1
            except phonenumbers.NumberParseException:
                regions["?"] += 1
    lines.append(
        f"  PHONE: {len(regions)} regions, {international} international, {extension} with an extension"
    )
    ibans = [s["value"] for r in records for s in r["spans"] if s["type"] == "IBAN"]
    lines.append(
        f"  IBAN: {len({v[:2].upper() for v in ibans})} countries, {sum(' ' not in v and '.' not in v for v in ibans)} compact, "
        f"{sum('.' in v for v in ibans)} dotted, {sum('  ' in v for v in ibans)} double-blank, "
        f"{sum(v[:2].islower() for v in ibans)} lowercase"
    )
    ips = [s["value"] for r in records for s in r["spans"] if s["type"] == "IP"]
    lines.append(f"  IP: {sum(':' not in v for v in ips)} IPv4, {sum(':' in v for v in ips)} IPv6")
    addrs = [s["value"] for r in records for s in r["spans"] if s["type"] == "ADDRESS"]
    lines.append(
        f"  ADDRESS: {sum(chr(10) in v for v in addrs)} multi-line, "
        f"{sum(any(ord(c) > 0x24F for c in v) for v in addrs)} non-Latin script"
    )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", choices=sorted(CORPORA))
    parser.add_argument("--check", action="store_true", help="check the written files only")
    args = parser.parse_args()
    names = [args.only] if args.only else list(CORPORA)
    for name in names:
        path = DATA / f"{name}.jsonl"
        if args.check:
            records = kit.read_jsonl(path)
            kit.check(records)
        else:
            records = build(name)
            kit.write_jsonl(path, records)
        print(f"{name}: {len(records)} records")
        print("\n".join(summary(name, records)))
    if all((DATA / f"{n}.jsonl").exists() for n in CORPORA) and not args.only:
        check_disjoint()
        print("dev7 and blind7: no shared message, no shared hand-written sentence")


if __name__ == "__main__":
    sys.exit(main())
