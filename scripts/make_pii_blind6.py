# ruff: noqa: E501, SIM905 (layouts, templates and the name lists read best one to a line or as a block of words)
"""Build two PII corpora for issue 20: ``dev6`` (for tuning) and ``blind6`` (never read while tuning).

    .venv/bin/python scripts/make_pii_blind6.py               # writes both files, checks them, prints counts
    .venv/bin/python scripts/make_pii_blind6.py --only dev6   # one of them
    .venv/bin/python scripts/make_pii_blind6.py --check       # checks the written files only

Written by a helper who never read the redactor; see tests/data/pii_heldout/blind6.README.md. Names,
address layouts and templates are this script's own lists (no Faker). Deterministic: fixed seeds,
no set ordering, so two builds give byte-identical files.
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

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "pii_heldout"
sys.path.insert(0, str(ROOT / "scripts"))

import pii_corpus_kit as kit  # noqa: E402

SEEDS = {"dev6": 6113, "blind6": 6971}
GENERATED = {"dev6": 340, "blind6": 460}

# ---------------------------------------------------------------------------------------------
# Names: this script's own lists, many cultures; common-word names kept apart so templates can
# put them where the word reading is tempting.
# ---------------------------------------------------------------------------------------------

GIVEN = """
Adaeze Chiamaka Obinna Emeka Ngozi Oluwaseun Babatunde Funmilayo Yetunde Chidi Ifeoma Tobenna
Kwabena Akosua Yaw Efua Kofi Abena Kwame Adjoa Mensah Nana Ama Esi Kojo
Wanjiru Njeri Kamau Otieno Achieng Wambui Mwangi Auma Kiprono Chebet Jelagat
Tendai Farai Tatenda Rutendo Thabo Lerato Sipho Nomvula Zanele Bongani Ayanda Lindiwe Themba
Fatoumata Moussa Aminata Ousmane Mariama Bakary Awa Seydou Kadiatou Cheikh Ndeye Modou
Tigist Dawit Selam Yonas Hiwot Abebe Meron Tesfaye Liya Mekdes
Hamza Youssef Khadija Zainab Omar Layla Nour Samir Rania Tariq Yasmin Karim Salma Bilal Hiba
Mariam Ahmad Rashid Dalia Faisal Noura Jamal Huda Walid Amal Imane Reda Soukaina Anouar
Dariush Shirin Parisa Kaveh Roya Babak Niloufar Arash Golnaz Farhad Maryam Behrouz
Elif Emre Zeynep Burak Ayşe Mert Özlem Çağla Tolga Gökhan İlkay Şebnem Berk Ece
Priya Ananya Rohan Arjun Lakshmi Vikram Deepika Harpreet Gurpreet Sanjay Kavitha Meenakshi
Aditya Shreya Rajesh Pooja Ishaan Nandini Venkatesh Subramaniam Divya Karthik Anjali Sunil
Tanvir Farzana Nusrat Rafiq Shapla Sadia Ashfaq Imran Ayesha Bilqis Zubair
Nimali Chaminda Thilini Ruwan Dilani Kasun Sanduni
Nguyen Thao Minh Linh Huong Duc Quang Trang Phuong Tuan Hanh Bao
Somchai Siriporn Kittisak Nattaya Anong Chaiwat Malee
Rizky Putri Dewi Agus Ayu Wayan Made Ketut Bayu Siti Indah
Maria Jose Mayumi Rowena Jericho Marites Bongbong Lourdes Rodel Analyn
Haruto Yui Sota Aoi Ren Hina Kenji Sakura Takumi Misaki Daisuke Ayaka Shun Naoko
Jiwoo Minjun Seoyeon Hyunwoo Jiyeon Dohyun Soyeon Taeyang Eunji Seungmin Hana Yerin
Wei Jing Xiaoming Lihua Zhiwei Yuting Haoran Meiling Jun Xinyi Qiang Fang
Aleksandr Olga Dmitri Svetlana Nikolai Tatiana Yevgeny Anastasia Oksana Bohdan Mykola Halyna
Katarzyna Małgorzata Wojciech Paweł Agnieszka Krzysztof Zofia Jędrzej Łucja Szymon
Jiří Tereza Petr Lenka Ondřej Zuzana Marek Veronika Miloš Jovana Dragan Ivana Goran Ana
Björn Sigrid Astrid Lars Ingrid Solveig Henrik Åsa Eirik Ragnhild Jussi Aino Mikko Päivi
Niamh Siobhán Oisín Aoife Cian Caoimhe Tadhg Saoirse Ciarán Gráinne Pádraig Róisín
Rhys Angharad Cerys Dafydd Gwenllian Iolo Bethan Huw Eluned
Ailsa Callum Mhairi Fraser Isla Ewan Kirsty
Amélie Théo Léa Benoît Gaëlle Jérôme Solène Aurélien Maëlle Clément Noémie Loïc
Jean-Baptiste Marie-Claire Anne-Sophie Jean-Luc Pierre-Yves Marie-Hélène
Lukas Annika Jürgen Henrike Maximilian Friederike Jörg Gudrun Torsten Wiebke Kai-Uwe
Sanne Joost Femke Bram Lieke Thijs Marieke Ruud Anouk Jeroen Floor Wouter
Iñaki Ainhoa Begoña Joaquín Lucía Álvaro Nerea Xabier Itziar Rocío Íñigo Maite
João Conceição Gonçalo Inês Rui Filipa Tiago Leonor Thiago Luíza Caio Graça
Giulia Matteo Chiara Lorenzo Federica Niccolò Beatrice Gianluca Ilaria Pasquale
Camila Mateo Valentina Santiago Ximena Emiliano Guadalupe Alejandro Renata Joaquina Catalina
Wiremu Aroha Tane Moana Hemi Ngaire Sione Losa Mele Tavita Lupe Malakai
Tayanita Nayeli Citlali Ayelen Nahuel Wayra Inti Killa Yarran Jarrah Kirra Tallulah
Dakota Cheyenne Kaya Winona Aponi
Sean Bethany Keisha Darnell Tyrone Shanice DeShawn Latoya Jamal Brianna
Connor Madison Tyler Kayleigh Brody Courtney
"""

# Given names that are also ordinary English words.
WORD_NAMES = """
Will Rose Hunter Grace Summer Bill Frank Mark Faith Sky Jade Chase Bob Hope Joy Dawn Ivy Pat Art Ray
Sunny Hazel Amber Penny Autumn River Reed Cliff Dale Gene Honey Melody Rich Miles Jack Jewel Lily
Violet Robin Holly Crystal Destiny Harmony Sandy Rusty Wade Forrest Heath Glen Drew Guy
""".split()

SURNAMES = """
Okonkwo Adeyemi Eze Nwosu Balogun Ogunleye Abubakar Okafor Adebayo Uchenna Chukwuma Afolabi Asante
Boateng Owusu Mensah Appiah Agyeman Ofori Quaye Darko Kariuki Odhiambo Njoroge Wafula Mutua Chege
Kiplagat Ochieng Kimani Wekesa Dlamini Nkosi Mokoena Khumalo Ndlovu Mahlangu Zulu Mthembu Sithole
Moyo Chikwanha Diallo Traoré Coulibaly Keïta Sow Ndiaye Diop Camara Touré Cissé Sangaré Sylla Bekele
Haile Tadesse Gebremedhin Alemu Wolde Girma Haddad Mansour Khoury Nasser Saleh Aziz Hamdan Farouk
Qureshi Rahman Suleiman Mahfouz Touzani Benali Bouazza Chraibi El-Amrani Benjelloun Ait-Taleb Zahra
Bakr Ismail Hosseini Tehrani Karimi Rostami Moradi Jafari Ahmadi Sadeghi Farahani Yılmaz Kaya Demir
Şahin Çelik Öztürk Aydın Arslan Doğan Kılıç Aslan Güneş Sharma Patel Iyer Reddy Nair Menon
Chatterjee Banerjee Gupta Krishnamurthy Venkataraman Deshpande Kulkarni Pillai Subramanian Mukherjee
Chaudhary Sandhu Gill Dhillon Bhattacharya Hossain Chowdhury Ahmed Islam Sarkar Talukder Perera
Fernando Wickramasinghe Jayasuriya Bandara Tran Pham Le Hoang Vu Dang Bui Do Ngo Srisuk Chaiyaporn
Wongsawat Rattanakorn Santoso Wijaya Hartono Kusuma Setiawan Pratama Nugroho Dela-Cruz Bautista
Mendoza Villanueva Ramos Aquino Macaraeg Dimaculangan Sato Suzuki Takahashi Tanaka Watanabe Ito
Yamamoto Nakamura Kobayashi Yoshida Yamaguchi Matsumoto Kim Lee Park Choi Jung Kang Cho Yoon Jang
Lim Han Shin Seo Kwon Hwang Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin
Ivanov Petrova Smirnov Kuznetsova Sokolov Popova Volkov Lebedeva Shevchenko Kovalenko Bondarenko
Tkachenko Kravchuk Melnyk Kowalski Nowak Wiśniewska Wójcik Kamiński Lewandowska Zieliński Szymańska
Dąbrowski Woźniak Novák Svobodová Dvořák Černý Procházková Horváth Nagy Kovačević Petrović Jovanović
Popescu Andersson Johansson Lindqvist Bergström Nilsson Haugen Solberg Bakken Halvorsen Virtanen
Korhonen Mäkinen Nieminen Jensen Kristensen Sørensen Gunnarsdóttir Sigurðsson Murphy Kelly Byrne
Gallagher Doherty Kavanagh Brennan Donnelly Fitzgerald Moynihan Jones Griffiths Llewellyn Pritchard
Vaughan Morgan MacLeod Sinclair Campbell Fraser Dubois Lefèvre Moreau Girard Bonnet Faure Rousseau
Mercier Lambert Fontaine Chevalier Gauthier Müller Schmidt Schneider Fischer Weber Meyer Wagner
Becker Hoffmann Schäfer Koch Krüger Böhm Jansen Bakker Visser Smit Mulder Bos Vos Peeters Claes
Wouters Maes García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Ruiz Jiménez
Etxeberria Goikoetxea Zubizarreta Castellanos Echeverría Quispe Mamani Huamán Condori Ccori Silva
Santos Oliveira Souza Pereira Costa Carvalho Almeida Ribeiro Gonçalves Araújo Magalhães Rossi Russo
Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Hernández Ramírez
Torres Flores Rivera Vargas Castillo Ortega Guzmán Chávez Salazar Rojas Te-Rangi Ngata Parata
Tuilagi Fonoti Taufa Havili Fifita Vaipulu Tsosie Begay Yazzie Blackfeather Whitehorse Runningwater
Watson-Brown Yunupingu Wunungmurra Hunter Stone Brook Frost Bush Fox Wolf Bird Hill Rivers Lane
Marsh Wood Field Winter Price Washington Jefferson Robinson Jackson Harris Thompson Walker Coleman
Brooks Henderson
""".split()

PARTICLE_SURNAMES = [
    "van der Berg",
    "van den Heuvel",
    "van Dijk",
    "de Vries",
    "de Jong",
    "ter Haar",
    "van 't Hek",
    "von Bismarck-Lehndorff",
    "von Trotha",
    "zu Stolberg",
    "de la Cruz",
    "de los Santos",
    "del Río",
    "de la Fuente",
    "dos Santos",
    "da Silva",
    "das Neves",
    "do Carmo",
    "di Stefano",
    "De Luca",
    "Lo Bianco",
    "bin Rashid",
    "bint Khalid",
    "ibn Saud",
    "al-Masri",
    "Al Mansoori",
    "El Idrissi",
    "ap Gruffudd",
    "Ní Bhriain",
    "Ó Súilleabháin",
    "Mac an tSaoi",
    "Mac Giolla Phádraig",
    "O'Connor",
    "O'Sullivan",
    "McAllister",
    "MacDonald",
    "D'Angelo",
    "D'Souza",
    "Le Goff",
    "Saint-Pierre",
    "St. Clair",
    "Abu Bakr",
    "Ould Mohamed",
    "Ben Youssef",
]

EAST_ASIAN_FAMILY = set(
    """
Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Yoshida Yamaguchi Matsumoto
Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Wang Li Zhang Liu Chen Yang
Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin Tran Pham Le Hoang Vu Dang Bui Do Ngo
""".split()
)
GIVEN_LIST = GIVEN.split()
TITLES = ["Mr", "Mrs", "Ms", "Dr.", "Mx", "Mr.", "Ms."]


def fold(text: str) -> str:
    """ASCII-fold for e-mail local parts."""
    out = unicodedata.normalize("NFKD", text)
    out = "".join(ch for ch in out if not unicodedata.combining(ch))
    table = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ð": "d", "þ": "th", "ı": "i", "đ": "d"}
    return "".join(table.get(ch, ch) for ch in out)


class Person:
    def __init__(self, given: str, surname: str, shown: str) -> None:
        self.given = given
        self.surname = surname
        self.shown = shown


def person(rng: random.Random, style: str = "any") -> Person:
    given = rng.choice(GIVEN_LIST) if rng.random() > 0.18 else rng.choice(WORD_NAMES)
    if style == "word":
        given = rng.choice(WORD_NAMES)
    roll = rng.random()
    surname = rng.choice(PARTICLE_SURNAMES) if roll < 0.16 else rng.choice(SURNAMES)
    if style in ("given", "word", "lower"):
        shown = given
    elif style == "surname":
        shown = surname
    else:
        pick = rng.random()
        if surname in EAST_ASIAN_FAMILY and pick < 0.5:
            shown = f"{surname} {given}"
        elif pick < 0.12:
            shown = f"{given[0]}. {surname}"
        elif pick < 0.24:
            shown = f"{given} {rng.choice(GIVEN_LIST)} {surname}"
        elif pick < 0.30:
            shown = f"{given} {surname}-{rng.choice(SURNAMES)}"
        elif pick < 0.36:
            shown = given
        else:
            shown = f"{given} {surname}"
    if style == "lower" or (style == "any" and rng.random() < 0.12):
        shown = shown.lower()
    return Person(given, surname, shown)


# ---------------------------------------------------------------------------------------------
# Addresses: each layout gives a list of lines; inline joins them with commas.
# ---------------------------------------------------------------------------------------------


def _n(rng: random.Random, lo: int, hi: int) -> int:
    return rng.randint(lo, hi)


def addr_kr(rng):
    roads = [
        "Teheran-ro",
        "Olympic-ro",
        "Gangnam-daero",
        "Sejong-daero",
        "Dosan-daero",
        "Hakdong-ro",
        "Yanghwa-ro",
        "Wausan-ro",
        "Haeundaehaebyeon-ro",
        "Jungang-daero",
        "Dongil-ro",
    ]
    gus = [
        ("Gangnam-gu", "Seoul"),
        ("Mapo-gu", "Seoul"),
        ("Songpa-gu", "Seoul"),
        ("Jongno-gu", "Seoul"),
        ("Haeundae-gu", "Busan"),
        ("Suseong-gu", "Daegu"),
        ("Yuseong-gu", "Daejeon"),
        ("Bundang-gu", "Seongnam-si"),
    ]
    dongs = [
        "Yeoksam-dong",
        "Seogyo-dong",
        "Jamsil-dong",
        "Samseong-dong",
        "U-dong",
        "Sinsa-dong",
        "Jung-dong",
        "Mangwon-dong",
        "Bongeunsa-dong",
    ]
    gu, city = rng.choice(gus)
    post = f"{_n(rng, 1, 63):02d}{_n(rng, 0, 999):03d}"
    k = rng.random()
    if k < 0.35:
        road = rng.choice(roads)
        if rng.random() < 0.5:
            road = f"{road} {_n(rng, 2, 88)}-gil"
        lines = [f"{_n(rng, 1, 400)} {road}", f"{gu}, {city} {post}"]
        if rng.random() < 0.6:
            lines.insert(0, f"Apt {_n(rng, 101, 115)}-{_n(rng, 1, 25)}{_n(rng, 1, 4):02d}")
        return lines, False
    if k < 0.55:
        return [
            f"{rng.choice(dongs)} {_n(rng, 10, 999)}-{_n(rng, 1, 60)}",
            f"{gu}, {city}",
            "South Korea",
        ], False
    natives = [
        ("서울특별시", "강남구", "테헤란로"),
        ("서울특별시", "마포구", "양화로"),
        ("부산광역시", "해운대구", "해운대해변로"),
        ("서울특별시", "송파구", "올림픽로"),
        ("대구광역시", "수성구", "동대구로"),
    ]
    si, gu_k, ro = rng.choice(natives)
    if k < 0.8:
        line = f"{si} {gu_k} {ro} {_n(rng, 1, 300)}"
        if rng.random() < 0.6:
            line += f", {_n(rng, 101, 112)}동 {_n(rng, 1, 22)}{_n(rng, 1, 4):02d}호"
        return [line], True
    dong_k = rng.choice(["역삼동", "서교동", "잠실동", "우동", "신사동"])
    return [f"{si} {gu_k} {dong_k} {_n(rng, 100, 999)}-{_n(rng, 1, 40)}"], True


def addr_jp(rng):
    areas = [
        ("Jingumae", "Shibuya-ku", "Tokyo", "150-0001"),
        ("Nishi-Shinjuku", "Shinjuku-ku", "Tokyo", "160-0023"),
        ("Roppongi", "Minato-ku", "Tokyo", "106-0032"),
        ("Umeda", "Kita-ku", "Osaka", "530-0001"),
        ("Sakae", "Naka-ku", "Nagoya", "460-0008"),
        ("Gion-machi", "Higashiyama-ku", "Kyoto", "605-0073"),
        ("Tenjin", "Chuo-ku", "Fukuoka", "810-0001"),
        ("Kita 3-jo Nishi", "Chuo-ku", "Sapporo", "060-0003"),
    ]
    buildings = [
        "Sunrise Mansion",
        "Maison Aoyama",
        "Heights Nakano",
        "Corpo Sakura",
        "Park Court",
        "Belle Face",
        "Lions Plaza",
        "Grand Maison",
    ]
    area, ward, city, post = rng.choice(areas)
    cbg = f"{_n(rng, 1, 6)}-{_n(rng, 1, 25)}-{_n(rng, 1, 18)}"
    k = rng.random()
    if k < 0.55:
        lines = [f"{cbg} {area}", f"{ward}, {city} {post}"]
        if rng.random() < 0.6:
            lines.insert(0, f"{rng.choice(buildings)} {_n(rng, 1, 12)}0{_n(rng, 1, 9)}")
        if rng.random() < 0.4:
            lines.append("Japan")
        return lines, False
    natives = [
        ("東京都", "渋谷区", "神宮前", "150-0001"),
        ("東京都", "新宿区", "西新宿", "160-0023"),
        ("大阪府", "大阪市北区", "梅田", "530-0001"),
        ("京都府", "京都市東山区", "祇園町", "605-0073"),
        ("神奈川県", "横浜市中区", "山下町", "231-0023"),
        ("福岡県", "福岡市中央区", "天神", "810-0001"),
    ]
    pref, city_k, town, post = rng.choice(natives)
    bld = rng.choice(["コーポ青山", "メゾン桜", "パークハイツ", "グランドメゾン"])
    if rng.random() < 0.5:
        line = f"〒{post} {pref}{city_k}{town}{_n(rng, 1, 6)}丁目{_n(rng, 1, 25)}-{_n(rng, 1, 18)}"
    else:
        line = f"〒{post} {pref}{city_k}{town}{cbg}"
    if rng.random() < 0.6:
        line += f" {bld}{_n(rng, 1, 9)}0{_n(rng, 1, 9)}号室"
    return [line], True


def addr_in(rng):
    marks = [
        "Opp. Big Bazaar",
        "Near Hanuman Temple",
        "Behind Railway Station",
        "Opp. SBI Bank",
        "Near Gurudwara",
        "Behind Ganesh Mandir",
        "Opp. Lakshmi Theatre",
        "Near Bus Stand",
        "Behind Apollo Pharmacy",
        "Near Jain Mandir",
    ]
    towns = [
        ("MG Road", "Pune", "Maharashtra", "411001"),
        ("Ameerpet", "Hyderabad", "Telangana", "500016"),
        ("Koramangala 5th Block", "Bengaluru", "Karnataka", "560095"),
        ("Salt Lake Sector V", "Kolkata", "West Bengal", "700091"),
        ("T. Nagar", "Chennai", "Tamil Nadu", "600017"),
        ("Lajpat Nagar II", "New Delhi", "Delhi", "110024"),
        ("Navrangpura", "Ahmedabad", "Gujarat", "380009"),
        ("Andheri East", "Mumbai", "Maharashtra", "400069"),
    ]
    locality, city, state, pin = rng.choice(towns)
    flats = [
        "Sai Krupa Apartments",
        "Shanti Niketan",
        "Green Park Residency",
        "Lotus Enclave",
        "Sri Balaji Towers",
        "Gokul Dham Society",
    ]
    first = rng.choice(
        [
            f"Flat {_n(rng, 101, 904)}, {rng.choice(flats)}",
            f"H.No. {_n(rng, 1, 20)}-{_n(rng, 1, 9)}-{_n(rng, 10, 99)}",
            f"{_n(rng, 1, 250)}/{_n(rng, 1, 12)}, {_n(rng, 1, 9)}th Cross",
            f"Plot No. {_n(rng, 10, 600)}",
        ]
    )
    lines = [first, rng.choice(marks), locality, f"{city}, {state} {pin}"]
    if rng.random() < 0.4:
        lines[3] = f"{city} - {pin}"
    return lines, False


def addr_latam(rng):
    k = rng.choice(["CO", "CO", "MX", "MX", "AR", "BR", "BR", "CL", "PE"])
    if k == "CO":
        via = rng.choice(["Calle", "Cra.", "Carrera", "Cl.", "Av. Calle", "Diagonal", "Transversal"])
        lines = [f"{via} {_n(rng, 1, 150)} # {_n(rng, 1, 99)}-{_n(rng, 1, 99)}"]
        if rng.random() < 0.5:
            lines.append(
                rng.choice(
                    [
                        f"Apto {_n(rng, 101, 1204)}",
                        f"Torre {rng.choice('ABC')} Apto {_n(rng, 201, 905)}",
                        "Casa 14",
                    ]
                )
            )
        lines.append(
            rng.choice(["Chapinero, Bogotá", "El Poblado, Medellín", "Usaquén, Bogotá D.C.", "Granada, Cali"])
        )
        return lines, False
    if k == "MX":
        st = rng.choice(
            ["Av. Insurgentes Sur", "Calle Durango", "Av. Álvaro Obregón", "Calle Tonalá", "Av. Revolución"]
        )
        col = rng.choice(
            ["Col. Roma Norte", "Col. Condesa", "Col. Del Valle", "Col. Narvarte", "Col. Americana"]
        )
        city = rng.choice(
            [
                "Cuauhtémoc, 06700 Ciudad de México, CDMX",
                "Benito Juárez, 03100 CDMX",
                "44160 Guadalajara, Jal.",
            ]
        )
        num = f"{_n(rng, 10, 1999)}"
        if rng.random() < 0.4:
            num += f" Int. {_n(rng, 1, 12)}"
        return [f"{st} {num}", col, city], False
    if k == "AR":
        st = rng.choice(["Av. Corrientes", "Av. Santa Fe", "Thames", "Gorriti", "Av. Rivadavia"])
        return [
            f"{st} {_n(rng, 100, 5999)}, Piso {_n(rng, 1, 14)} Dto. {rng.choice('ABCD')}",
            rng.choice(["C1043 CABA", "Palermo, C1414 Buenos Aires", "X5000 Córdoba"]),
        ], False
    if k == "BR":
        st = rng.choice(
            [
                "Rua Augusta",
                "Av. Paulista",
                "Rua da Consolação",
                "Rua Voluntários da Pátria",
                "Av. Sete de Setembro",
            ]
        )
        return [
            f"{st}, {_n(rng, 10, 2500)}, apto {_n(rng, 11, 184)}",
            rng.choice(
                [
                    "Consolação, São Paulo - SP",
                    "Botafogo, Rio de Janeiro - RJ",
                    "Savassi, Belo Horizonte - MG",
                ]
            ),
            f"{_n(rng, 10000, 99999)}-{_n(rng, 0, 999):03d}",
        ], False
    if k == "CL":
        return [
            f"Av. Providencia {_n(rng, 100, 2999)}, depto {_n(rng, 11, 1802)}",
            "Providencia, Santiago",
        ], False
    return [
        f"Jr. Huallaga {_n(rng, 100, 999)}, dpto. {_n(rng, 101, 504)}",
        "Cercado de Lima, Lima 15001",
    ], False


def addr_arab(rng):
    k = rng.choice(["AE", "AE", "SA", "QA", "EG", "JO", "OM", "NATIVE"])
    if k == "AE":
        lines = [
            f"Office {_n(rng, 101, 3904)}, {rng.choice(['Al Attar Tower', 'Marina Plaza', 'Churchill Tower', 'Al Shafar Building'])}",
            rng.choice(
                ["Sheikh Zayed Road, Al Barsha", "Al Wasl Road, Jumeirah 1", "Khalifa Street, Al Markaziyah"]
            ),
            f"P.O. Box {_n(rng, 1000, 99999)}, {rng.choice(['Dubai', 'Abu Dhabi', 'Sharjah'])}",
        ]
        if rng.random() < 0.4:
            lines.append("United Arab Emirates")
        return lines, False
    if k == "SA":
        return [
            f"Building {_n(rng, 1000, 9999)}, {rng.choice(['King Fahd Road', 'Prince Sultan Street', 'Tahlia Street'])}",
            f"{rng.choice(['Al Olaya', 'Al Malqa', 'Al Rawdah'])} District",
            f"{rng.choice(['Riyadh', 'Jeddah'])} {_n(rng, 11000, 23999)}",
        ], False
    if k == "QA":
        return [
            f"Villa {_n(rng, 1, 90)}, Street {_n(rng, 800, 990)}, Zone {_n(rng, 30, 70)}",
            f"P.O. Box {_n(rng, 100, 30000)}, Doha",
        ], False
    if k == "EG":
        return [
            f"{_n(rng, 1, 80)} {rng.choice(['Tahrir Street', 'Mosadak Street', 'Shehab Street'])}, Apt {_n(rng, 1, 30)}",
            rng.choice(["Dokki, Giza", "Mohandessin, Giza", "Zamalek, Cairo"]),
        ], False
    if k == "JO":
        return [
            f"Building {_n(rng, 1, 60)}, {rng.choice(['Rainbow Street', 'Mecca Street', 'Wasfi Al-Tal Street'])}",
            f"{rng.choice(['Jabal Amman', 'Sweifieh', 'Abdoun'])}, Amman {_n(rng, 11100, 11199)}",
        ], False
    if k == "OM":
        return [
            f"Way {_n(rng, 2000, 4999)}, Building {_n(rng, 100, 999)}",
            f"P.O. Box {_n(rng, 100, 999)}, PC 112, Ruwi, Muscat",
        ], False
    return [
        rng.choice(
            [
                f"شارع الملك فهد، حي العليا، الرياض {_n(rng, 11000, 12999)}",
                f"ص.ب {_n(rng, 1000, 9999)}، دبي، الإمارات العربية المتحدة",
                f"مبنى {_n(rng, 10, 99)}، شارع التحرير، الدقي، الجيزة",
            ]
        )
    ], True


def addr_eu(rng):
    k = rng.choice(["DE", "FR", "ES", "IT", "NL", "PT", "BE", "AT", "CH", "GB", "IE", "PL", "SE"])
    return EU_LAYOUTS[k](rng), False


EU_LAYOUTS = {
    "DE": lambda r: [
        f"{r.choice(['Lindenstraße', 'Kastanienallee', 'Bergmannstr.', 'Schönhauser Allee', 'Am Weinberg'])} {_n(r, 1, 140)}{r.choice(['', '', 'a', 'b'])}",
        *(
            [r.choice(["Hinterhaus, 3. OG", "c/o Hausverwaltung Brandt", "2. Stock links"])]
            if r.random() < 0.3
            else []
        ),
        f"{r.choice(['10999 Berlin', '80331 München', '50667 Köln', '20357 Hamburg', '04109 Leipzig'])}",
    ],
    "FR": lambda r: [
        *([r.choice(["Bât. B, esc. 2", "Résidence Les Tilleuls", "Appt 34"])] if r.random() < 0.35 else []),
        f"{_n(r, 1, 120)}{r.choice(['', '', ' bis', ' ter'])} {r.choice(['rue des Lilas', 'avenue Jean Moulin', 'boulevard Voltaire', 'rue de la Roquette', 'impasse des Acacias'])}",
        r.choice(["75011 Paris", "69003 Lyon", "13006 Marseille", "33000 Bordeaux", "59800 Lille"]),
    ],
    "ES": lambda r: [
        f"{r.choice(['C/ Mayor', 'Calle de Alcalá', 'Avda. Diagonal', 'C/ Sierpes', 'Paseo de Gracia'])} {_n(r, 1, 300)}, {_n(r, 1, 9)}º {r.choice(['izq.', 'dcha.', 'B', '2ª'])}",
        r.choice(["28013 Madrid", "08008 Barcelona", "41004 Sevilla", "46002 València", "48001 Bilbao"]),
    ],
    "IT": lambda r: [
        f"{r.choice(['Via Garibaldi', 'Corso Buenos Aires', 'Via dei Mille', 'Piazza Navona', 'Viale Monza'])} {_n(r, 1, 200)}{r.choice(['', '/B', ', int. 4', ', scala C'])}",
        r.choice(
            ["20121 Milano MI", "00186 Roma RM", "80132 Napoli NA", "10123 Torino TO", "50122 Firenze FI"]
        ),
    ],
    "NL": lambda r: [
        f"{r.choice(['Keizersgracht', 'Oudegracht', 'Witte de Withstraat', 'Lange Voorhout', 'Biltstraat'])} {_n(r, 1, 600)}{r.choice(['', '-III', ' bis', 'A', '-2hg'])}",
        r.choice(["1015 CJ Amsterdam", "3511 AB Utrecht", "3012 KM Rotterdam", "2514 EA Den Haag"]),
    ],
    "PT": lambda r: [
        f"{r.choice(['Rua do Almada', 'Av. da Liberdade', 'Rua Garrett', 'Travessa do Carmo'])} {_n(r, 1, 300)}, {_n(r, 1, 6)}.º {r.choice(['Esq.', 'Dto.', 'Frente'])}",
        r.choice(["4050-032 Porto", "1250-096 Lisboa", "3000-141 Coimbra"]),
    ],
    "BE": lambda r: [
        f"{r.choice(['Rue de la Loi', 'Chaussée de Wavre', 'Meir', 'Kortrijksesteenweg'])} {_n(r, 1, 400)}{r.choice(['', ' bte 3', ' bus 12'])}",
        r.choice(["1040 Etterbeek", "1050 Ixelles", "2000 Antwerpen", "9000 Gent"]),
    ],
    "AT": lambda r: [
        f"{r.choice(['Mariahilfer Straße', 'Praterstraße', 'Getreidegasse'])} {_n(r, 1, 120)}/{_n(r, 1, 9)}/{_n(r, 1, 30)}",
        r.choice(["1060 Wien", "1020 Wien", "5020 Salzburg"]),
    ],
    "CH": lambda r: [
        f"{r.choice(['Bahnhofstrasse', 'Rue du Rhône', 'Spalenberg'])} {_n(r, 1, 90)}",
        r.choice(["8001 Zürich", "1204 Genève", "4051 Basel"]),
        *(["Switzerland"] if r.random() < 0.3 else []),
    ],
    "GB": lambda r: [
        *([f"Flat {_n(r, 1, 40)}"] if r.random() < 0.4 else []),
        f"{_n(r, 1, 220)} {r.choice(['Marlowe Road', 'Chapel Street', 'Hawthorn Close', 'Albert Terrace', 'Kingsway'])}",
        r.choice(
            ["Leeds LS6 2AB", "Bristol BS3 4QT", "Glasgow G12 8QQ", "Cardiff CF24 3AA", "London E8 3RL"]
        ),
    ],
    "IE": lambda r: [
        f"Apt {_n(r, 1, 60)}, {_n(r, 1, 90)} {r.choice(['Ranelagh Road', 'Griffith Avenue', 'Sundays Well Road'])}",
        r.choice(["Dublin 6, D06 X2Y4", "Cork, T23 K2W9", "Dublin 9, D09 F3C6"]),
    ],
    "PL": lambda r: [
        f"ul. {r.choice(['Marszałkowska', 'Piotrkowska', 'Długa', 'Świętokrzyska'])} {_n(r, 1, 150)}{r.choice(['', '/92'])} m. {_n(r, 1, 60)}",
        r.choice(["00-514 Warszawa", "90-102 Łódź", "80-831 Gdańsk", "31-042 Kraków"]),
    ],
    "SE": lambda r: [
        f"{r.choice(['Storgatan', 'Götgatan', 'Drottninggatan', 'Kungsgatan'])} {_n(r, 1, 90)} lgh {_n(r, 1001, 1604)}",
        r.choice(["114 55 Stockholm", "411 38 Göteborg", "211 22 Malmö"]),
    ],
}


def addr_na(rng):
    if rng.random() < 0.65:
        if rng.random() < 0.15:
            return [
                f"PO Box {_n(rng, 10, 9999)}",
                rng.choice(["Bend, OR 97709", "Taos, NM 87571", "Juneau, AK 99801"]),
            ], False
        st = rng.choice(
            [
                "Maple Ave",
                "N Halsted St",
                "Peachtree St NE",
                "W 34th St",
                "Mission St",
                "Elm Street",
                "Cedar Lane",
                "SE Division St",
                "Old Post Rd",
            ]
        )
        lines = [f"{_n(rng, 10, 9899)} {st}"]
        if rng.random() < 0.45:
            lines[0] += (
                f" {rng.choice(['Apt', 'Unit', 'Ste', '#'])} {_n(rng, 1, 40)}{rng.choice(['', 'B', 'C'])}"
            )
        lines.append(
            rng.choice(
                [
                    "Columbus, OH 43215",
                    "Chicago, IL 60614",
                    "Atlanta, GA 30308",
                    "Portland, OR 97214",
                    "San Francisco, CA 94110",
                    "Austin TX 78704",
                    "Brooklyn, NY 11215",
                ]
            )
        )
        return lines, False
    st = rng.choice(["Rue Saint-Denis", "Queen St W", "Robson St", "Jasper Ave NW", "Barrington St"])
    num = f"{_n(rng, 10, 2999)}"
    if rng.random() < 0.5:
        num = f"{_n(rng, 101, 2408)}-{num}"
    return [
        f"{num} {st}",
        rng.choice(
            [
                "Montréal QC H2X 3K1",
                "Toronto, ON M5H 2N2",
                "Vancouver, BC V6E 1B3",
                "Edmonton AB T5J 1N7",
                "Halifax, NS B3J 1V2",
            ]
        ),
    ], False


ADDRESS_REGIONS = {
    "KR": addr_kr,
    "JP": addr_jp,
    "IN": addr_in,
    "LATAM": addr_latam,
    "ARAB": addr_arab,
    "EU": addr_eu,
    "NA": addr_na,
}
ADDRESS_WEIGHTS = [("KR", 3), ("JP", 3), ("IN", 3), ("LATAM", 3), ("ARAB", 3), ("EU", 4), ("NA", 2)]
LANG_ADDRESS = {
    "fr": [
        lambda r: (EU_LAYOUTS["FR"](r), False),
        lambda r: (EU_LAYOUTS["BE"](r), False),
        lambda r: (EU_LAYOUTS["CH"](r), False),
        addr_na,
        addr_arab,
    ],
    "es": [lambda r: (EU_LAYOUTS["ES"](r), False), addr_latam, addr_latam],
    "de": [
        lambda r: (EU_LAYOUTS["DE"](r), False),
        lambda r: (EU_LAYOUTS["AT"](r), False),
        lambda r: (EU_LAYOUTS["CH"](r), False),
    ],
    "pt": [lambda r: (EU_LAYOUTS["PT"](r), False), addr_latam],
    "it": [lambda r: (EU_LAYOUTS["IT"](r), False)],
    "nl": [lambda r: (EU_LAYOUTS["NL"](r), False), lambda r: (EU_LAYOUTS["BE"](r), False)],
}


# Set by the address pass to force one layout; empty in the main pass (which then draws exactly as before).
FORCED_LAYOUT: list = []


def address(rng: random.Random, lang: str, multiline: bool) -> str:
    if FORCED_LAYOUT:
        lines, native = FORCED_LAYOUT[0](rng)
    elif lang in LANG_ADDRESS and rng.random() < 0.75:
        lines, native = rng.choice(LANG_ADDRESS[lang])(rng)
    else:
        region = rng.choices([k for k, _ in ADDRESS_WEIGHTS], weights=[w for _, w in ADDRESS_WEIGHTS])[0]
        lines, native = ADDRESS_REGIONS[region](rng)
    if native or len(lines) == 1:
        return lines[0] if len(lines) == 1 else " ".join(lines)
    return "\n".join(lines) if multiline else ", ".join(lines)


# ---------------------------------------------------------------------------------------------
# Phones, IBANs, cards, IPs, e-mails.
# ---------------------------------------------------------------------------------------------

PHONE_REGIONS = [
    "US",
    "CA",
    "GB",
    "IE",
    "FR",
    "DE",
    "ES",
    "IT",
    "PT",
    "NL",
    "BE",
    "CH",
    "AT",
    "PL",
    "SE",
    "NO",
    "DK",
    "BR",
    "MX",
    "AR",
    "CO",
    "CL",
    "PE",
    "IN",
    "JP",
    "KR",
    "CN",
    "SG",
    "PH",
    "ID",
    "VN",
    "TH",
    "AE",
    "SA",
    "EG",
    "NG",
    "KE",
    "ZA",
    "TR",
    "AU",
    "NZ",
    "MA",
    "GH",
    "PK",
]
PHONE_LABELS = [
    "mobile: ",
    "Tel. ",
    "tel: ",
    "cell ",
    "ph ",
    "WhatsApp ",
    "fax: ",
    "Office: ",
    "phone ",
    "M: ",
    "",
    "",
    "",
    "call me on ",
    "my number is ",
]
EXTENSION_BY_REGION = {
    "US": [" x{}", " ext. {}", " #{}"],
    "CA": [" x{}", " poste {}", " ext {}"],
    "GB": [" ext. {}", " x{}"],
    "FR": [" poste {}"],
    "BE": [" poste {}", " toestel {}"],
    "CH": [" Durchwahl {}", " interne {}"],
    "DE": [" Durchwahl {}", " App. {}", " -{}"],
    "AT": [" Durchwahl {}", " DW {}"],
    "NL": [" toestel {}", " tst. {}"],
    "BR": [" ramal {}"],
    "PT": [" ext. {}", " extensão {}"],
    "IT": [" int. {}", " interno {}"],
    "ES": [" ext. {}", " extensión {}"],
    "MX": [" ext. {}"],
    "CO": [" ext. {}"],
    "AR": [" int. {}"],
}


def phone(rng: random.Random) -> tuple[str, str]:
    region = rng.choice(PHONE_REGIONS)
    kind = rng.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    digits = str(example.national_number)
    for _ in range(200):
        keep = max(2, len(digits) - 5)
        candidate = digits[:keep] + "".join(str(rng.randint(0, 9)) for _ in range(len(digits) - keep))
        number = phonenumbers.parse(f"+{example.country_code}{candidate}")
        if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region:
            break
    else:
        number = example
    roll = rng.random()
    if roll < 0.35:
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    elif roll < 0.7:
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    elif roll < 0.82:
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    elif roll < 0.92:
        text = "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)[1:]
    else:
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        text = text.replace(" ", rng.choice([".", "-"]))
    if rng.random() < 0.15:
        ext = EXTENSION_BY_REGION.get(region, [" ext. {}", " x{}", " ext {}"])
        text += rng.choice(ext).format(rng.randint(2, 9999))
    return text, region


# (country, BBAN layout): n digits, a capitals, c alphanumerics.
IBAN_LAYOUTS = [
    ("DE", "18n"),
    ("FR", "10n11c2n"),
    ("ES", "20n"),
    ("IT", "1a10n12c"),
    ("NL", "4a10n"),
    ("BE", "12n"),
    ("PT", "21n"),
    ("AT", "16n"),
    ("CH", "5n12c"),
    ("GB", "4a14n"),
    ("IE", "4a14n"),
    ("PL", "24n"),
    ("SE", "20n"),
    ("NO", "11n"),
    ("DK", "14n"),
    ("FI", "14n"),
    ("LU", "3n13c"),
    ("GR", "7n16c"),
    ("CZ", "20n"),
    ("HU", "24n"),
    ("RO", "4a16c"),
    ("HR", "17n"),
    ("SI", "15n"),
    ("SK", "20n"),
    ("TR", "5n1n16c"),
    ("SA", "2n18c"),
    ("AE", "3n16n"),
    ("QA", "4a21c"),
    ("BR", "8n5n10n1a1c"),
    ("EE", "16n"),
    ("LT", "16n"),
    ("IL", "19n"),
    ("JO", "4a4n18c"),
    ("EG", "25n"),
    ("TN", "20n"),
    ("BG", "4a6n8c"),
]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def iban(rng: random.Random) -> tuple[str, str]:
    country, layout = rng.choice(IBAN_LAYOUTS)
    bban = ""
    for count, kind in re.findall(r"(\d+)([nac])", layout):
        pool = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": ALNUM}[kind]
        bban += "".join(rng.choice(pool) for _ in range(int(count)))
    if country == "TR":
        bban = bban[:5] + "0" + bban[6:]
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(numeric) % 97
    compact = f"{country}{check:02d}{bban}"
    groups = [compact[i : i + 4] for i in range(0, len(compact), 4)]
    style = rng.random()
    if style < 0.35:
        text = " ".join(groups)
    elif style < 0.5:
        text = compact
    elif style < 0.62:
        text = ".".join(groups)
    elif style < 0.75:
        seps = [rng.choice([" ", " ", "  "]) for _ in groups[1:]]
        text = groups[0] + "".join(s + g for s, g in zip(seps, groups[1:], strict=True))
    elif style < 0.87:
        text = " ".join(groups).lower()
    else:
        text = compact[:4] + " " + compact[4:]
    return text, country


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "diners", "discover", "jcb", "unionpay"])
    prefix, length, groups = {
        "visa": ("4", 16, [4, 4, 4, 4]),
        "mc": (str(rng.randint(51, 55)), 16, [4, 4, 4, 4]),
        "mc2": (str(rng.randint(2221, 2720)), 16, [4, 4, 4, 4]),
        "amex": (rng.choice(["34", "37"]), 15, [4, 6, 5]),
        "diners": ("36", 14, [4, 6, 4]),
        "discover": ("6011", 16, [4, 4, 4, 4]),
        "jcb": ("35" + str(rng.randint(28, 89)), 16, [4, 4, 4, 4]),
        "unionpay": ("62", 16, [4, 4, 4, 4]),
    }[kind]
    number = luhn_complete(prefix, length, rng)
    sep = rng.choice([" ", " ", "-", ""])
    out, i = [], 0
    for g in groups:
        out.append(number[i : i + g])
        i += g
    return sep.join(out)


def ip(rng: random.Random, version: int | None = None) -> str:
    version = version or rng.choice([4, 4, 6])
    while True:
        if version == 4:
            addr = ipaddress.IPv4Address(rng.getrandbits(32))
        else:
            prefix = rng.choice(
                [0x2001_4860, 0x2A00_1450, 0x2606_4700, 0x2A02_0C7F, 0x2400_CB00, 0x2803_9800, 0x2C0F_F248]
            )
            addr = ipaddress.IPv6Address((prefix << 96) | rng.getrandbits(96 - rng.choice([0, 32, 64])))
        if addr.is_global:
            break
    if version == 6 and rng.random() < 0.3:
        return addr.exploded
    return str(addr)


DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.jp",
    "naver.com",
    "web.de",
    "orange.fr",
    "libero.it",
    "uol.com.br",
    "hotmail.es",
    "proton.me",
    "icloud.com",
    "gmx.at",
    "ziggo.nl",
    "rediffmail.com",
    "mail.ru",
    "qq.com",
    "sapo.pt",
    "telenet.be",
    "bigpond.com",
    "yandex.com",
    "acme-logistics.co.uk",
    "lumen-studio.io",
]


def email(rng: random.Random, who: Person | None) -> str:
    if who is None:
        who = person(rng, "full")
    g = re.sub(r"[^a-z]", "", fold(who.given).lower()) or "user"
    s = re.sub(r"[^a-z]", "", fold(who.surname).lower()) or "mail"
    local = rng.choice(
        [
            f"{g}.{s}",
            f"{g}{s}",
            f"{g[0]}{s}",
            f"{g}_{s}{rng.randint(1, 99)}",
            f"{s}.{g}",
            f"{g}{rng.randint(70, 2009)}",
        ]
    )
    if rng.random() < 0.1:
        local = local.capitalize()
    return f"{local}@{rng.choice(DOMAINS)}"


# ---------------------------------------------------------------------------------------------
# Kept items.
# ---------------------------------------------------------------------------------------------

PLACES = [
    "Charles de Gaulle airport",
    "John Lennon Airport",
    "Martin Luther King Jr Blvd",
    "Gare Saint-Lazare",
    "Kennedy station",
    "JFK",
    "Indira Gandhi International",
    "Jorge Chávez airport",
    "Benito Juárez airport",
    "Leonardo da Vinci airport",
    "Marco Polo airport",
    "Ben Gurion airport",
    "George Bush Intercontinental",
    "Ronald Reagan National",
    "Chhatrapati Shivaji Maharaj airport",
    "Kempegowda airport",
    "Willy Brandt airport",
    "Humberto Delgado airport",
    "Adolfo Suárez Madrid-Barajas",
    "Josep Tarradellas airport",
    "Václav Havel Airport",
    "Galileo Galilei airport",
    "Sabiha Gökçen",
    "Queen Alia airport",
    "King Khalid airport",
    "Nelson Mandela Square",
    "Place Charles-de-Gaulle",
    "Avenue Jean-Jaurès",
    "Karl-Marx-Allee",
    "Washington Square",
    "Lincoln Center",
    "Gare Saint-Charles",
    "Cais do Sodré",
    "Santa Apolónia",
    "Atocha station",
    "Roma Termini",
    "Piazza Garibaldi",
    "Amsterdam Centraal",
    "Paddington",
    "King's Cross",
    "St Pancras",
    "Victoria station",
    "Jomo Kenyatta airport",
    "Murtala Muhammed airport",
    "Kotoka airport",
    "O. R. Tambo airport",
    "Incheon airport",
    "Gimpo",
    "Haneda",
    "Narita Terminal 2",
    "Seoul Station",
    "Shinjuku station",
    "Dam Square",
    "Plaza San Martín",
    "Avenida Paulista",
    "Rue Victor Hugo",
    "Boulevard Haussmann",
    "Simón Bolívar park",
    "Rizal Park",
    "Sheikh Zayed Road",
    "Gandhi Maidan",
    "Jinnah airport",
    "Frederick Douglass Blvd",
    "Cristiano Ronaldo airport",
    "Kingsford Smith airport",
]
CURRENCIES = [
    "${:.2f}",
    "€{:.2f}",
    "{:.2f} €",
    "£{:.2f}",
    "R$ {:.2f}",
    "¥{:,.0f}",
    "₹{:.0f}",
    "₩{:,.0f}",
    "KES {:,.0f}",
    "AED {:.2f}",
    "{:.2f} EUR",
    "CHF {:.2f}",
    "MXN {:.0f}",
    "COP {:,.0f}",
    "{:.2f} zł",
    "SAR {:.2f}",
    "US$ {:.2f}",
    "{:.0f} kr",
    "CA$ {:.2f}",
    "A${:.2f}",
    "₦{:,.0f}",
    "TRY {:.2f}",
    "€ {:.2f}",
]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "December"]
AIRLINES = [
    "AF",
    "BA",
    "LH",
    "KE",
    "JL",
    "NH",
    "IB",
    "TP",
    "AZ",
    "KL",
    "EK",
    "QR",
    "TK",
    "AI",
    "LA",
    "AV",
    "AM",
    "ET",
    "KQ",
    "UA",
    "DL",
    "AC",
]


def kept(kind: str, rng: random.Random, lang: str) -> str:
    if kind == "t":
        return f"{rng.getrandbits(32):08x}"
    if kind == "a":
        value = rng.choice([rng.uniform(3, 90), rng.uniform(90, 900)])
        fmt = rng.choice(CURRENCIES)
        if fmt.startswith(("¥", "₩", "COP", "₦")):
            value *= 100
        text = fmt.format(value)
        if lang in ("fr", "de", "es", "pt", "it", "nl") and "." in text and "," not in text:
            text = text.replace(".", ",")
        return text
    if kind == "h":
        h, m = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
        return rng.choice(
            [
                f"{h:02d}:{m:02d}",
                f"{(h % 12) or 12}:{m:02d}{'pm' if h >= 12 else 'am'}",
                f"{h}h{m:02d}",
                f"{(h % 12) or 12}.{m:02d}",
                f"{(h % 12) or 12} {'PM' if h >= 12 else 'AM'}",
            ]
        )
    if kind == "d":
        d, mo = rng.randint(1, 28), rng.randint(1, 12)
        return rng.choice(
            [
                f"{d} {MONTHS[mo - 1]}",
                f"{MONTHS[mo - 1]} {d}",
                f"{d:02d}/{mo:02d}",
                f"2026-{mo:02d}-{d:02d}",
                f"{d:02d}.{mo:02d}.2026",
                f"{mo}/{d}/26",
                f"{d}/{mo}",
            ]
        )
    if kind == "f":
        return f"{rng.choice(AIRLINES)}{rng.choice(['', ' '])}{rng.randint(10, 9899)}"
    if kind == "p":
        L = "ABCDEFGHJKLMNPRSTVWXYZ"
        c = lambda n: "".join(rng.choice(L) for _ in range(n))  # noqa: E731
        d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
        return rng.choice(
            [
                f"{c(2)}-{d(3)}-{c(2)}",
                f"{c(1)}-{c(2)} {d(4)}",
                f"{d(4)} {c(3)}",
                f"{c(2)}{d(2)} {c(3)}",
                f"{d(2)}가 {d(4)}",
                f"MH {d(2)} {c(2)} {d(4)}",
                f"{c(3)}-{d(1)}{c(1)}{d(2)}",
                f"{d(1)}{c(3)}{d(3)}",
                f"{c(2)}-{d(2)}-{c(2)}",
                f"{c(3)} {d(4)}",
            ]
        )
    if kind == "b":
        return rng.choice(
            [
                f"{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))}",
                f"BK-{rng.randint(10000, 99999)}",
                f"RSV{rng.randint(100000, 999999)}",
                f"HB-{rng.randint(1000, 9999)}-{rng.choice('ABCDEFGH')}",
            ]
        )
    if kind == "o":
        return rng.choice(
            [
                f"#{rng.randint(100000, 999999)}",
                f"A-{rng.randint(10000, 99999)}",
                f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}",
                f"ORD{rng.randint(1000000, 9999999)}",
            ]
        )
    if kind == "l":
        return rng.choice(PLACES)
    raise ValueError(kind)


KEEP_KINDS = kit.KEEP_CODES

# ---------------------------------------------------------------------------------------------
# Templates: {P} a person in any style, {G} a given name, {g} a lowercase given name, {W} a
# name that is also a word, {S} a surname (title outside), {F} a full name; {E} an e-mail (of the
# last person), {A} an inline address, {AM} a multi-line one, {T} phone, {C} card, {I} IBAN, {IP}.
# Kept: {t} trip id, {a} amount, {h} time, {d} date, {f} flight, {p} plate, {b} booking, {o} order, {l} place.
# ---------------------------------------------------------------------------------------------

TEMPLATES: dict[str, list[str]] = {
    "en": [
        "Could {W} call me back? It's about trip {t}, I was charged {a} twice.",
        "{G} said the driver was fine, it was the app that kept cancelling on us near {l}.",
        "so {G} and I split it but the card got charged {a} in full, trip {t}",
        "me and {g} were in the back and the driver took {l} instead of the highway",
        "ask {G} about it, she booked the ride from {l} at {h}",
        "{W} left her scarf in the car (plate {p}). Can someone contact the driver?",
        "{W} and {W} both got charged for the same trip {t} on {d}.",
        "Hi, {P} here. My new address is {A}, please update it before {d}.",
        "Please send the receipt for trip {t} to {P}, {A}.",
        "Ship the lost phone to:\n{P}\n{AM}\nTel {T}",
        "{G} wasn't feeling well so {G} rode with me to {l}. Charged {a} — too much?",
        "will {g} get the refund or do I? we paid half each ({a})",
        "I'm writing for {P}, who doesn't use email. Her number is {T}.",
        "The driver dropped {G} at {A} instead of {l}.",
        "Refund to IBAN {I} please, account holder {P}.",
        "Card {C} was charged {a} at {h} for trip {t}, I never took it.",
        "Login from {IP} at {h} on {d} wasn't me. Lock the account? — {G}",
        "{P}\n{AM}\n{T}\n{E}",
        "Thanks {W}, that fixed it. Booking {b} is fine now.",
        "Rode along {l} with no problem, but then the driver went past {l} and charged {a}.",
        "Will you refund me for trip {t}? The fare was {a} but I was quoted less.",
        "My son {G} took a ride with plate {p} on {d}; he says the driver was rude. Reach me at {T}.",
        "{S} is my colleague; {G} paid with card {C} by mistake, please move it to mine.",
        "Can you email the invoice to {E}? It's for {P}, trip {t}.",
        "{G} never got the receipt, her address is {E} (not the one on file).",
        "cc {E} please, {g} handles our company rides",
        "Reply to {P} at {E} or on {T}, whichever is faster.",
        "Hey it's {g}. Same issue as {g} had last week, order {o} never arrived.",
        "Pickup was {A}. Drop-off {l}. The driver called himself {G}.",
        "Hi {G},\n\nThe bag is still missing. I flew out on {f} at {h}.\n\nCheers,\n{P}\n{T}",
        "From: {P} <{E}>\nSubject: trip {t}\n\n{G} and {G} rode together, charged {a} each.",
        "Grace period for the cancellation fee? {W} cancelled at {h}, fee {a}.",
        "Mark the trip {t} as disputed. {W} was charged {a} after we got out at {l}.",
        "I waited at {l} from {h}. Flight {f}. {W} tried calling me on {T} but the app hid the number.",
        "Driver {G} was great. Tell {G} thanks from {G} and me.",
        "The billing address on file should be {A} (not the old one).",
        "IP {IP} keeps getting blocked, I'm {P}, email {E}.",
        "Bank details for the refund: {P}, IBAN {I}, ref trip {t}.",
        "Our office manager {P} ({T}) will collect the umbrella at {l} on {d}.",
        "My phone: {T}. My email: {E}. Name: {P}. Address: {A}.",
        "Trip {t} on {d}, {a}, from {l} to {l}. No PII here, just a wrong fare.",
        "Booking {b} and order {o}: both charged {a}. Flight {f} was at {h}.",
        "The driver of {p} rode down {l} at {h} and refused to stop.",
        "{F} here — the charge of {a} on {d} is wrong.",
        "Frank answer please: why was I charged {a} for trip {t}?",
        "{W} told {G} the driver had a dashcam. Can you check trip {t}?",
        "Sorry, this is {g} again, I can't find the refund of {a} for order {o}",
        "{G}, {G} and me shared a car from {l} to {A}.",
        "Tried logging in from {IP} and {IP}, both refused.",
        "Please call {G} back on {T} regarding booking {b}.",
        "Contact sheet:\n{P}\n{TL}\n{TL}\n{E}",
        "Which card was it? I have {C} and {C}, trip {t}.",
        "Someone at {IP} changed my password at {h}. I'm {G}.",
        "Sign-in alerts: {IP} ({d}), {IP} ({d}). Please lock it, {g}",
        "{G} can be reached on {T}, I'm on {T} if she doesn't pick up.",
        "Please charge {C} for the {a} instead of the card on file. {P}",
        "{P} | {TL} | {E}",
        "Regards,\n{P}\nOperations, {A}\n{TL}",
    ],
    "fr": [
        "Bonjour, je suis {P}. Le chauffeur m'a déposé au {A} au lieu de {l}.",
        "{G} et moi avons payé {a} chacun pour la course {t} du {d}.",
        "Pouvez-vous rappeler {G} au {T} ? C'est pour la réservation {b}.",
        "Remboursement sur l'IBAN {I} au nom de {P}, merci.",
        "Adresse de facturation :\n{P}\n{AM}",
        "demandez à {g}, c'est elle qui a commandé la course vers {l} à {h}",
        "Ma carte {C} a été débitée de {a} à {h}. Course {t}.",
        "Connexion depuis {IP} le {d}, ce n'était pas moi. {P}, {E}",
        "Écrivez plutôt à {E}, c'est l'adresse de {P}.",
        "Débit de {a} sur la carte {C} le {d}, course {t}.",
        "Joignable {TL}, demandez {G}.",
    ],
    "es": [
        "Hola, soy {P}. Mi dirección nueva es {A}.",
        "{G} y yo compartimos el viaje {t} y nos cobraron {a} dos veces.",
        "¿Puede {G} llamarme al {T}? Es por el pedido {o}.",
        "Reembolso a la cuenta {I}, titular {P}.",
        "Envíen la mochila a:\n{P}\n{AM}\nCel. {T}",
        "pregúntale a {g}, ella pidió el coche en {l} a las {h}",
        "Me cobraron {a} en la tarjeta {C} por el viaje {t} del {d}.",
        "El conductor dejó a {G} en {A} y no en {l}.",
        "Mi correo es {E}, el de {G} es {E}.",
        "Intentaron entrar a mi cuenta desde {IP} a las {h}. Soy {P}.",
        "Cobro de {a} en la tarjeta {C}, {g} no reconoce el viaje {t}",
    ],
    "de": [
        "Hallo, hier ist {P}. Bitte schicken Sie die Quittung an {A}.",
        "{G} und ich sind am {d} zusammen gefahren, Fahrt {t}, {a} doppelt abgebucht.",
        "Können Sie {G} unter {T} zurückrufen? Buchung {b}.",
        "Erstattung bitte auf IBAN {I}, Kontoinhaber {P}.",
        "Lieferadresse:\n{P}\n{AM}",
        "frag {g}, sie hat die Fahrt ab {l} um {h} gebucht",
        "Anmeldung von {IP} um {h}, das war ich nicht. Gruß, {G}",
        "Bitte an {E} schreiben, nicht an {P}.",
        "Die Karte {C} wurde am {d} mit {a} belastet, Fahrt {t}.",
    ],
    "pt": [
        "Olá, sou {P}. O motorista me deixou na {A}, não em {l}.",
        "{G} e eu dividimos a corrida {t}, mas cobraram {a} de cada um.",
        "A {G} pode me ligar no {T}? É sobre o pedido {o}.",
        "Reembolso para o IBAN {I}, titular {P}.",
        "Endereço:\n{P}\n{AM}",
        "pergunta pra {g}, foi ela que chamou o carro em {l} às {h}",
        "Cobraram {a} no cartão {C} na corrida {t}.",
        "Acesso estranho de {IP} às {h}. {P}, {TL}",
    ],
    "it": [
        "Buongiorno, sono {P}. Il nuovo indirizzo è {A}.",
        "{G} e io abbiamo pagato {a} per la corsa {t} del {d}.",
        "Può richiamare {G} al {T}? Prenotazione {b}.",
        "Accesso da {IP} alle {h}, non ero io. {P}",
        "Rimborso sull'IBAN {I}, intestato a {P}.",
    ],
    "nl": [
        "Hoi, met {P}. Mijn nieuwe adres is {A}.",
        "{G} en ik deelden rit {t}, maar er is twee keer {a} afgeschreven.",
        "Kan {G} me terugbellen op {T}? Het gaat om boeking {b}.",
        "Mijn kaart {C} is op {d} belast voor {a}. Groet, {G}",
        "Terugbetaling naar IBAN {I} t.n.v. {P} graag.",
    ],
}
LANG_WEIGHTS = [("en", 56), ("fr", 10), ("es", 10), ("de", 8), ("pt", 7), ("it", 5), ("nl", 4)]
LANG_LOCALE = {
    "en": ["en-US", "en-GB", "en-IN", "en-AU", "en-CA", "en-NG", "en-PH", "en-SG"],
    "fr": ["fr-FR", "fr-BE", "fr-CA"],
    "es": ["es-ES", "es-MX", "es-CO", "es-AR"],
    "de": ["de-DE", "de-AT", "de-CH"],
    "pt": ["pt-BR", "pt-PT"],
    "it": ["it-IT"],
    "nl": ["nl-NL", "nl-BE"],
}

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def render(template: str, lang: str, rng: random.Random) -> tuple[str, list[dict], list[dict]]:
    text, spans, keeps = "", [], []
    last: Person | None = None
    pos = 0
    for match in PLACEHOLDER.finditer(template):
        text += template[pos : match.start()]
        pos = match.end()
        code = match.group(1)
        kind = None
        if code in ("P", "G", "g", "W", "S", "F"):
            style = {"P": "any", "G": "given", "g": "lower", "W": "word", "S": "surname", "F": "full"}[code]
            if code == "F":
                who = person(rng, "word")
                who = Person(who.given, who.surname, f"{who.given} {who.surname}")
            else:
                who = person(rng, style)
            if code == "S":
                text += rng.choice(TITLES) + " "
            if code == "G" and rng.random() < 0.1:
                who.shown = who.shown.lower()
            last, value, kind = who, who.shown, "PERSON"
        elif code == "E":
            value, kind = email(rng, last), "EMAIL"
        elif code in ("A", "AM"):
            value, kind = address(rng, lang, code == "AM" or rng.random() < 0.08), "ADDRESS"
        elif code == "T":
            value, kind = phone(rng)[0], "PHONE"
        elif code == "TL":
            value, kind = phone(rng)[0], "PHONE"
            if rng.random() < 0.25:
                suffix = rng.choice(["-Office", " (mobile)", " (work)", " -cell", " (WhatsApp)", " fax"])
            else:
                text += rng.choice(PHONE_LABELS)
                suffix = ""
        elif code == "C":
            value, kind = card(rng), "CARD"
        elif code == "I":
            value, kind = iban(rng)[0], "IBAN"
        elif code == "IP":
            value, kind = ip(rng), "IP"
        if kind is not None:
            spans.append({"type": kind, "start": len(text), "end": len(text) + len(value), "value": value})
            if code == "TL":
                value += suffix
        else:
            value = kept(code, rng, lang)
            keeps.append(
                {"kind": KEEP_KINDS[code], "start": len(text), "end": len(text) + len(value), "value": value}
            )
        text += value
    text += template[pos:]
    return text, spans, keeps


def generate(name: str, count: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    records, seen = [], set()
    langs = [k for k, _ in LANG_WEIGHTS]
    weights = [w for _, w in LANG_WEIGHTS]
    while len(records) < count:
        lang = rng.choices(langs, weights=weights)[0]
        template = rng.choice(TEMPLATES[lang])
        text, spans, keeps = render(template, lang, rng)
        if text in seen:
            continue
        seen.add(text)
        records.append(
            {
                "locale": rng.choice(LANG_LOCALE[lang]),
                "text": text,
                "spans": spans,
                "keep": keeps,
                "way": "gen",
            }
        )
    return records


# ---------------------------------------------------------------------------------------------
# Hand-written messages (dev6_handwritten.txt, blind6_handwritten.txt), read by the kit: blocks
# separated by "=====", each starting "# locale"; «P:…» PERSON, «A:…» ADDRESS, «T:…» PHONE, «E:…» EMAIL, «C:…» CARD, «I:…» IBAN, «IP:…» IP; ‹t:…› trip_id,
# ‹a:…› amount, ‹h:…› time, ‹d:…› date, ‹f:…› flight, ‹p:…› plate, ‹b:…› booking, ‹o:…› order,
# ‹l:…› place.
# ---------------------------------------------------------------------------------------------


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?。])\s+|\n+", text) if len(s.strip()) > 25]


def _eu(*codes: str):
    return lambda r: (EU_LAYOUTS[r.choice(codes)](r), False)


# The address pass: the main pass draws a layout by language and weight, which leaves some
# regions thin; this pass walks the layouts in turn so each region asked for gets its share.
ADDRESS_FOCUS = [
    ("en", addr_kr),
    ("en", addr_jp),
    ("en", addr_in),
    ("es", addr_latam),
    ("en", addr_arab),
    ("en", addr_in),
    ("pt", addr_latam),
    ("en", addr_na),
    ("fr", _eu("FR", "BE")),
    ("de", _eu("DE", "AT", "CH")),
    ("en", addr_kr),
    ("en", addr_jp),
    ("en", addr_arab),
    ("it", _eu("IT")),
    ("nl", _eu("NL", "BE")),
    ("en", _eu("GB", "IE", "PL", "SE")),
    ("es", _eu("ES")),
    ("en", addr_latam),
]
ADDRESS_TEMPLATES = {
    "en": [
        "Please send it to {A}.",
        "Deliver to:\n{P}\n{AM}",
        "My address is {A}. {P}",
        "Pick-up was {A}, drop-off {l}, trip {t}.",
        "{P}\n{AM}\n{T}",
        "{G} lives at {A}, that's where the bag should go.",
        "Wrong drop-off: I asked for {A} and ended up at {l}.",
        "Billing address:\n{AM}",
    ],
    "fr": ["Envoyez-le à {A}, merci. {P}", "Adresse :\n{P}\n{AM}", "J'habite {A}, pas à {l}."],
    "es": [
        "Mándenlo a {A}, por favor. {P}",
        "Dirección:\n{P}\n{AM}",
        "Vivo en {A}. El viaje {t} terminó en {l}.",
    ],
    "pt": [
        "Mandem para {A}, por favor. {P}",
        "Endereço de entrega:\n{AM}",
        "Moro na {A}, a corrida {t} acabou em {l}.",
    ],
    "de": ["Bitte an {A} schicken. {P}", "Anschrift:\n{P}\n{AM}", "Ich wohne in der {A}, nicht am {l}."],
    "it": ["Spedite a {A}, grazie. {P}", "Indirizzo:\n{P}\n{AM}"],
    "nl": ["Stuur het naar {A}, bedankt. {P}", "Adres:\n{P}\n{AM}"],
}
ADDRESS_LOCALE = {
    "en": "en",
    "fr": "fr-FR",
    "es": "es",
    "pt": "pt",
    "de": "de-DE",
    "it": "it-IT",
    "nl": "nl-NL",
}
ADDRESS_PASS = {"dev6": 40, "blind6": 60}


def generate_addresses(count: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for i in range(count):
        lang, layout = ADDRESS_FOCUS[i % len(ADDRESS_FOCUS)]
        FORCED_LAYOUT[:] = [layout]
        try:
            text, spans, keeps = render(rng.choice(ADDRESS_TEMPLATES[lang]), lang, rng)
        finally:
            FORCED_LAYOUT.clear()
        locale = ADDRESS_LOCALE[lang] if "-" in ADDRESS_LOCALE[lang] else rng.choice(LANG_LOCALE[lang])
        records.append({"locale": locale, "text": text, "spans": spans, "keep": keeps, "way": "addr"})
    return records


def build(name: str) -> list[dict]:
    """The main pass and the hand-written messages, shuffled together, then the address pass after them
    (appended, so dev6's first 404 records stayed as first delivered when the pass was added)."""
    seed = SEEDS[name]
    hand = kit.read_handwritten(OUT / f"{name}_handwritten.txt")
    main = kit.finish(generate(name, GENERATED[name], seed) + hand, corpus=name, shuffle_seed=seed + 1)
    extra = kit.finish(generate_addresses(ADDRESS_PASS[name], seed + 7), corpus=name, shuffle_seed=seed + 8)
    return main + extra


def counts(name: str, records: list[dict]) -> None:
    by_way: dict[str, Counter] = {}
    for r in records:
        way = r["id"].split("-")[1]
        c = by_way.setdefault(way, Counter())
        c["messages"] += 1
        c["no PII"] += not r["spans"]
        for s in r["spans"]:
            c[s["type"]] += 1
        for k in r["keep"]:
            c["keep:" + k["kind"]] += 1
    for way, c in sorted(by_way.items()):
        print(f"{name} {way}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    langs = Counter(r["locale"].split("-")[0] for r in records)
    print(f"{name} languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))


def cross_check(dev: list[dict], blind: list[dict]) -> None:
    texts = {r["text"] for r in dev}
    shared = [r["id"] for r in blind if r["text"] in texts]
    if shared:
        raise SystemExit(f"{len(shared)} message texts are in both dev6 and blind6")
    dev_sent = {s for r in dev if "-hand-" in r["id"] for s in sentences(r["text"])}
    both = [s for r in blind if "-hand-" in r["id"] for s in sentences(r["text"]) if s in dev_sent]
    if both:
        raise SystemExit(f"{len(both)} hand-written sentences are in both dev6 and blind6")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", choices=sorted(SEEDS))
    parser.add_argument("--check", action="store_true", help="check the written files only")
    args = parser.parse_args()
    names = [args.only] if args.only else ["dev6", "blind6"]
    built: dict[str, list[dict]] = {}
    for name in names:
        path = OUT / f"{name}.jsonl"
        if args.check:
            records = kit.read_jsonl(path)
        else:
            records = build(name)
            kit.check(records)
            kit.write_jsonl(path, records)
        kit.check(records)
        built[name] = records
        counts(name, records)
    if len(built) == 2 or args.check:
        for name in ("dev6", "blind6"):
            if name not in built and (OUT / f"{name}.jsonl").exists():
                built[name] = kit.read_jsonl(OUT / f"{name}.jsonl")
        if len(built) == 2:
            cross_check(built["dev6"], built["blind6"])
            print("dev6 and blind6 share no message and no hand-written sentence")


if __name__ == "__main__":
    main()
