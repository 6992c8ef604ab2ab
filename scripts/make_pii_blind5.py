# ruff: noqa: E501, SIM905 (templates, layouts and the name lists read best one to a line or as a block of words)
"""Build tests/data/pii_heldout/dev5.jsonl and blind5.jsonl: two disjoint PII corpora (issue 20).

dev5 may be read by whoever tunes the redactor; blind5 is never read while tuning (blind5.README.md).
Both come from the same generator with different seeds, plus different hand-written messages
(dev5_handwritten.txt, blind5_handwritten.txt). Person names, addresses and every other value come
from lists and layouts written for this script, never from Faker (the redactor's first-name list is
derived from Faker, so a Faker-made corpus would flatter it).

    .venv/bin/python scripts/make_pii_blind5.py            # writes both files, checks them, prints counts
    .venv/bin/python scripts/make_pii_blind5.py --check    # checks the written files only
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
SPLITS = {
    # name: (generator seed, generated messages, hand-written file)
    "dev5": (5101, 355, OUT_DIR / "dev5_handwritten.txt"),
    "blind5": (5907, 525, OUT_DIR / "blind5_handwritten.txt"),
}

# ---------------------------------------------------------------------------------------------------
# Names, written for this corpus (not Faker's)
# ---------------------------------------------------------------------------------------------------

GIVEN = """
Kwame Kofi Ama Akosua Yaw Abena Kwabena Efua Chidi Ngozi Chinedu Adaeze Obinna Chiamaka Emeka Ifeoma
Tunde Folake Yetunde Babatunde Oluwaseun Temitope Funmilayo Adebayo Aminata Moussa Fatoumata Mamadou
Ousmane Awa Seydou Khadija Ibrahima Mariama Sekou Binta Kadiatou Lamine Aissatou
Wanjiru Njeri Kamau Otieno Achieng Akinyi Baraka Zawadi Juma Neema Amani Imani Wairimu Tendai Chipo
Tatenda Rudo Nyasha Farai Abebe Tigist Selam Mekdes Dawit Hiwot Yohannes Mulugeta
Priya Arjun Ananya Rohan Kavya Vikram Deepika Rahul Sneha Aditya Lakshmi Suresh Meenakshi Karthik Divya
Nikhil Pooja Sanjay Anjali Harpreet Gurpreet Manpreet Jaswinder Farhan Ayesha Imran Sadia Tahmina Rafiq
Nusrat Chathura Dilani Nuwan Ishara Bishnu Sita Prakash
Thi Minh Linh Huong Tuan Duc Thao Quang Phuong Somchai Siriporn Nattapong Kanya Pim Arief Dewi Budi Sari
Wayan Putu Ketut Agus Rizal Maricel Jericho Rowena Jomar Lorna Dara Sokha Vannak Aung Thandar Zaw
Wei Jing Xiaoming Mei Hao Yan Jun Lei Xin Yuki Haruto Sakura Kenji Aiko Hiroshi Yui Takeshi Emi Ren
Minji Jiwoo Seojun Hyejin Dongho Soyeon Jae-won Eun-ji Min-ho Ji-hye
Ahmed Fatima Mohammed Layla Omar Noor Yousef Mariam Khalid Huda Hassan Rania Tariq Salma Zayd Amira
Karim Lina Samir Dalia Faisal Hanan Walid Yasmin Bilal Rasha
Dariush Shirin Kourosh Parisa Arash Niloufar Babak Golnaz Farhad Mahsa Reza Leili Siavash Roya Kaveh
Mehmet Ayşe Emre Zeynep Burak Elif Oğuz Gülşen Cem Selin Murat Deniz Serkan Büşra Kaan Ebru
Dmitri Olga Sergei Natalia Oleksandr Iryna Bohdan Kateryna Piotr Agnieszka Wojciech Małgorzata Tomasz
Zuzana Jiří Lenka Miroslav Dragana Nikola Milica Goran Jelena Ljubica Vesna Radek Bożena Stanisław
Sigrid Bjørn Astrid Leif Ingrid Magnus Solveig Torbjörn Freja Henrik Liv Anders Kari Åsa Eero Aino
Jukka Tuuli Gudrún Þóra Einar Håkon Ragnhild
Alejandro Valentina Santiago Camila Mateo Ximena Joaquín Guadalupe Thiago Luana João Gabriela Rodrigo
Itzel Catalina Facundo Milagros Renata Emiliano Josefina Agustín Florencia Héctor Rocío Inés Andrés
Lucía Tomás Raúl Fernanda Diego Paulina
Sione Mele Tevita Losana Manaia Aroha Tama Hemi Mere Wiremu Anahera Keoni Leilani Kalani Malia Sefa
Iosefa Fetu Moana Kailani
Tala Aiyana Ayasha Kiona Takoda Nayeli Chenoa Winona Jarrah Kirra Yindi Mingan Nizhoni Ahanu Kaya
Inti Killa Sisa
Rose Hunter Will Grace Summer Bill Frank Hope Faith June Ivy Joy Daisy Holly Dawn Amber Ruby Pearl
Crystal Heather Jasmine Lily Violet Iris Autumn April May Robin Sky Storm Rocky Buck Chase Mason Taylor
Cash Chip Gene Mark Pat Sue Art Drew Jack Jay Ray Rich Sandy Sunny Victor Carol Ginger Candy Cherry
Honey Harmony Melody Liberty Miles Lance Dean Wade Cole Brook Forest Glen Heath Rusty Dusty Patience
Tom Dan Ana Claire Siobhán Niamh Aoife Ciarán Oisín Dervla Eoghan Gwen Rhys Cerys Dafydd Ffion Iain
Mhairi Hamish Morag Finlay Chloé Anaïs Jérôme Benoît Hélène Amélie Gaël Loïc Maëlle Jean-Luc
Marie-Claire Jean-Baptiste Anne-Sophie Jürgen Günther Jörg Lotte Annika Friedrich Svenja Dörte
Matthias Benedikt Brigitte Hannelore Gonçalo Conceição Leonor Beatriz Afonso Graça Rui Begoña Íñigo
Nerea Ainhoa Jordi Montserrat Xabier Aitor Giulia Lorenzo Chiara Niccolò
""".split()

# "_" joins the words of one surname (particles, compound names).
SURNAMES = [
    s.replace("_", " ")
    for s in """
Mensah Boateng Owusu Asante Agyeman Osei Adjei Okonkwo Eze Nwosu Okafor Obi Adeyemi Balogun Okoro
Oyelaran Akande Diallo Traoré Keïta Coulibaly Ndiaye Sow Diop Camara Touré Bah Sylla Konaté
Kiprop Wanjiku Odhiambo Mutua Ochieng Kariuki Njoroge Mwangi Kimani Mugisha Habimana Uwase Nkurunziza
Tesfaye Bekele Gebremedhin Haile Alemu Girma Moyo Ncube Dube Mlambo Chikwanha
Sharma Iyer Reddy Patel Nair Menon Krishnamurthy Venkataraman Chatterjee Banerjee Mukherjee Gupta Joshi
Deshpande Kulkarni Singh Kaur Gill Sandhu Dhillon Chowdhury Rahman Hossain Siddiqui Qureshi Malik
Perera Fernando Jayawardena Wickramasinghe Bandara Shrestha Thapa Gurung Pillai Subramanian
Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Nguyen Tran Srisuk Wongsakul Chaiyaporn Rattanakorn Santoso
Wijaya Hidayat Kusuma Setiawan Nugroho dela_Cruz Santos Reyes Bautista Mendoza Villanueva Macaraeg
Sok Chea Naing Thein
Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Zhu Guo Lin Gao Luo Tanaka Suzuki Takahashi Watanabe
Itō Yamamoto Nakamura Kobayashi Saitō Matsumoto Inoue Kimura Hayashi Kim Park Choi Jung Kang Cho Yoon
Jang Lim Han Seo
Al-Hashimi Al-Farsi El-Sayed Haddad Khoury Nasser Mansour Saleh Aziz Hamdan Qasim Abdullah bin_Rashid
Barakat Sabbagh Touma Bakr Darwish Ibrahim Youssef Abboud Shammas Jaber Othman al-Masri Benali Bouzid
Ait_Ahmed bint_Hamad ibn_Saud
Hosseini Rezaei Mohammadi Karimi Tehrani Ahmadi Jafari Rahimi Moradi Sadeghi Farahani Esfahani Kazemi
Ghorbani Shirazi
Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aslan Çetin Koç Kurt Özdemir Güneş
Ivanov Petrova Smirnov Kuznetsova Popov Sokolov Lebedeva Kozlov Novak Kowalski Wiśniewska Wójcik
Kamińska Lewandowski Zieliński Szymańska Dvořák Černý Procházková Horváth Kovačević Petrović Jovanović
Nikolić Marković Đorđević Babić Shevchenko Bondarenko Kovalenko Tkachenko Melnyk Hrytsenko
Andersson Johansson Karlsson Nilsson Eriksson Lindqvist Bergström Sjöberg Hansen Johansen Olsen Larsen
Pedersen Sørensen Kristiansen Jensen Nielsen Mikkelsen Virtanen Korhonen Mäkinen Nieminen Hämäläinen
Laine Jónsdóttir Sigurðsson Guðmundsdóttir Halvorsen Østergaard Åberg
González Rodríguez Hernández López Martínez Pérez Ramírez Flores Gómez Díaz Vásquez Castillo Morales
Ortiz Gutiérrez Chávez Ruiz Herrera Medina Aguilar Quispe Mamani Huamán Condori Silva Oliveira Souza
Carvalho Pereira Ferreira Almeida Costa Rocha Barbosa Cardoso Nascimento dos_Santos da_Silva de_Souza
de_la_Cruz del_Río Villalobos Echeverría Iturralde
Tupou Fifita Vaipulu Taufa Fonua Ngata Parata Tipene Tamihana Kahananui Kealoha Makoa Leota Tuilagi
Faleolo Sapolu Tuiasosopo Ravuvu Nadolo
Yazzie Begay Tsosie Benally Nez Whitehorse Littlewolf Runningwater Blackfeather Manuelito Two_Bulls
Sixkiller Yunupingu Mundine Namatjira Wanganeen Huanca Yupanqui Apaza
Hunter Rose Baker Cook Smith Fisher Mason Stone Brook Wood Bird Fox Bell Young King Price Rich Strong
Little Long Moon Frost Snow Winter Summers Rivers Hill Field Marsh Lane Church Chambers Page Day Love
Sweet Best Good Golden Banks Booth Carpenter Miller Shepherd Parsons Salt Lamb Will
Becker Murphy O'Brien Ó_Súilleabháin McCarthy Ní_Bhriain Fitzgerald Kennedy MacLeod Campbell Fraser
Jones ap_Rhys Llewellyn Dubois Lefèvre Moreau Girard Fontaine Rousseau Gauthier Lemaire-Dupont Müller
Schröder Weiß Groß Hoffmann Schäfer Krüger Köhler Meyer-Landrut von_Bülow von_der_Heide van_der_Berg
van_den_Broek de_Vries van_Dijk ter_Horst Van_de_Velde De_Smet Vermeulen Rossi Esposito Bianchi
D'Angelo Di_Stefano De_Luca Lo_Russo Ferrari García-Márquez Fernández_de_Córdoba Sáenz_de_Ugarte
Etxeberria Gonçalves Magalhães Lopes_de_Almeida Fonseca Meireles Okafor-Bright Nakamura-Smith
Al-Amin Abu_Bakr Ben_Youssef Le_Gall Mac_an_tSaoir
""".split()
]
GIVEN = list(dict.fromkeys(GIVEN))
SURNAMES = list(dict.fromkeys(SURNAMES))
EAST_ASIAN_FAMILY = {
    "Wang",
    "Zhang",
    "Liu",
    "Chen",
    "Yang",
    "Huang",
    "Zhao",
    "Zhou",
    "Xu",
    "Sun",
    "Zhu",
    "Guo",
    "Lin",
    "Gao",
    "Luo",
    "Kim",
    "Park",
    "Choi",
    "Jung",
    "Kang",
    "Cho",
    "Yoon",
    "Jang",
    "Lim",
    "Han",
    "Seo",
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Vũ",
    "Đặng",
    "Bùi",
    "Nguyen",
    "Tran",
}


def ascii_fold(name: str) -> str:
    """Email handles are ASCII: Bùi becomes bui, Þóra thora."""
    name = (
        name.lower()
        .replace("ø", "o")
        .replace("đ", "d")
        .replace("ß", "ss")
        .replace("þ", "th")
        .replace("ł", "l")
    )
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


class Person:
    def __init__(self, rng: random.Random) -> None:
        self.first = rng.choice(GIVEN)
        self.last = rng.choice(SURNAMES)
        roll = rng.random()
        if self.last in EAST_ASIAN_FAMILY and rng.random() < 0.5:
            self.full = f"{self.last} {self.first}"
        elif roll < 0.08:
            self.full = f"{self.first} {rng.choice(GIVEN)} {self.last}"  # a middle name
        elif roll < 0.12:
            self.full = f"{self.first[0]}. {self.last}"
        else:
            self.full = f"{self.first} {self.last}"
        if rng.random() < 0.12:
            # riders type names in lowercase
            self.full, self.first = self.full.lower(), self.first.lower()

    def handle(self, rng: random.Random) -> str:
        base = re.sub(r"[^a-z0-9]", "", ascii_fold(self.first))
        last = re.sub(r"[^a-z0-9]", "", ascii_fold(self.last))
        return (
            rng.choice(
                [
                    f"{base}.{last}",
                    f"{base}{rng.randint(1, 99)}",
                    f"{base[:1]}{last}",
                    f"{last}_{base}",
                    f"{base}-{last}{rng.randint(70, 99)}",
                ]
            )
            or "rider"
        )


# ---------------------------------------------------------------------------------------------------
# Addresses: layouts written for this corpus, 28 countries
# ---------------------------------------------------------------------------------------------------


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def letters(rng: random.Random, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(pool) for _ in range(n))


C = random.Random.choice


def addr_us(r):
    pick = r.random()
    street = f"{r.randint(12, 9870)} {C(r, ['Maple', 'Juniper', 'Cypress', 'Lakeview', 'Harrison', 'Delancey', 'Magnolia', 'Pinecrest'])} {C(r, ['St', 'Ave', 'Blvd', 'Dr', 'Rd', 'Lane', 'Court', 'Pkwy'])}"
    town = C(
        r,
        [
            ("Tucson", "AZ"),
            ("Dayton", "OH"),
            ("Boise", "ID"),
            ("Tacoma", "WA"),
            ("Savannah", "GA"),
            ("Albany", "NY"),
            ("Fresno", "CA"),
        ],
    )
    last = f"{town[0]}, {town[1]} {digits(r, 5)}" + (f"-{digits(r, 4)}" if r.random() < 0.2 else "")
    if pick < 0.15:
        return [f"PO Box {r.randint(10, 9999)}", last]
    lines = [street]
    if r.random() < 0.5:
        lines.append(
            C(r, ["Apt", "Apt.", "Unit", "Suite", "#"]) + f" {r.randint(1, 40)}{C(r, ['', 'B', 'C'])}"
        )
    return lines + [last] + (["USA"] if r.random() < 0.3 else [])


def addr_uk(r):
    lines = []
    if r.random() < 0.5:
        lines.append(
            f"Flat {r.randint(1, 60)}, {C(r, ['Wharf House', 'Albion Court', 'The Maltings', 'Kestrel Mews', 'Ashby Lodge'])}"
        )
    lines.append(
        f"{r.randint(1, 240)} {C(r, ['Coldharbour Lane', 'Gloucester Road', 'Mill Street', 'Bexley Rise', 'Hanover Crescent', 'Station Approach'])}"
    )
    lines.append(C(r, ["Bristol", "Leeds", "Norwich", "Cardiff", "Glasgow", "Brighton"]))
    lines.append(
        f"{letters(r, 2)}{r.randint(1, 20)} {r.randint(1, 9)}{letters(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    )
    return lines


def addr_ie(r):
    return [
        f"Apt {r.randint(1, 90)}, {C(r, ['Riverside Hall', 'Bóthar na Trá House', 'Spencer Dock'])}",
        f"{r.randint(1, 80)} {C(r, ['Clonliffe Road', 'Sráid an Mhuilinn', 'Grove Park', 'Ardee Street'])}",
        C(r, ["Drumcondra, Dublin 9", "Ballincollig, Co. Cork", "Salthill, Galway"]),
        f"{C(r, ['D09', 'P31', 'H91', 'T12'])} {letters(r, 1)}{digits(r, 1)}{letters(r, 1)}{digits(r, 1)}",
    ]


def addr_ca(r):
    if r.random() < 0.25:
        return [
            f"PO Box {r.randint(100, 9999)} Stn Main",
            f"{C(r, ['Halifax NS', 'Regina SK', 'Kelowna BC'])}  {letters(r, 1, 'BKVRST')}{r.randint(0, 9)}{letters(r, 1)} {r.randint(0, 9)}{letters(r, 1)}{r.randint(0, 9)}",
        ]
    return [
        f"{r.randint(1, 2400)}-{r.randint(10, 999)} {C(r, ['rue Saint-Denis', 'Bloor St W', 'Jasper Avenue', 'boul. René-Lévesque'])}",
        f"{C(r, ['Montréal QC', 'Toronto ON', 'Edmonton AB'])}  {letters(r, 1, 'HMT')}{r.randint(0, 9)}{letters(r, 1)} {r.randint(0, 9)}{letters(r, 1)}{r.randint(0, 9)}",
    ]


def addr_au(r):
    if r.random() < 0.2:
        return [
            f"PO Box {r.randint(10, 999)}",
            f"{C(r, ['Fremantle WA', 'Cairns QLD', 'Hobart TAS'])} {digits(r, 4)}",
        ]
    return [
        f"Unit {r.randint(1, 40)}/{r.randint(1, 300)} {C(r, ['Wattle Street', 'Bungarra Cres', 'Parramatta Rd', 'Koala Way'])}",
        f"{C(r, ['Newtown NSW', 'Fitzroy VIC', 'Kangaroo Point QLD', 'Glenelg SA'])} {digits(r, 4)}",
    ]


def addr_nz(r):
    return [
        f"{r.randint(1, 300)}{C(r, ['', 'A', 'B'])} {C(r, ['Karangahape Road', 'Tui Street', 'Ponsonby Rd', 'Rimu Grove'])}",
        C(r, ["Grey Lynn", "Te Aro", "Riccarton", "Frankton"]),
        f"{C(r, ['Auckland', 'Wellington', 'Christchurch', 'Queenstown'])} {digits(r, 4)}",
    ]


def addr_de(r):
    lines = [
        f"{C(r, ['Lindenstraße', 'Am Hopfengarten', 'Kastanienallee', 'Wörthstr.', 'Große Bleichen'])} {r.randint(1, 140)}{C(r, ['', 'a', 'b'])}"
    ]
    if r.random() < 0.4:
        lines.append(C(r, ["Hinterhaus, 3. OG", "2. Stock links", "c/o Praxis Dr. Weber", "Aufgang B"]))
    lines.append(f"{digits(r, 5)} {C(r, ['Leipzig', 'Mannheim', 'Lübeck', 'Freiburg im Breisgau', 'Köln'])}")
    return lines + (["Deutschland"] if r.random() < 0.3 else [])


def addr_at(r):
    return [
        f"{C(r, ['Neubaugasse', 'Mariahilfer Straße', 'Hauptplatz', 'Schönbrunner Str.'])} {r.randint(1, 90)}/{r.randint(1, 4)}/{r.randint(1, 30)}",
        f"{digits(r, 4)} {C(r, ['Wien', 'Graz', 'Linz', 'Innsbruck'])}",
    ]


def addr_ch(r):
    return [
        f"{C(r, ['Bahnhofstrasse', 'Rue du Rhône', 'Via Nassa', 'Spalenberg'])} {r.randint(1, 90)}",
        f"CH-{digits(r, 4)} {C(r, ['Zürich', 'Genève', 'Lugano', 'Basel'])}",
    ]


def addr_fr(r):
    lines = []
    if r.random() < 0.5:
        lines.append(
            C(
                r,
                [
                    f"Bât. {letters(r, 1, 'ABCD')}, {r.randint(1, 9)}e étage",
                    f"Résidence Les Tilleuls, appt {r.randint(1, 90)}",
                    "Escalier 2, porte gauche",
                ],
            )
        )
    lines.append(
        f"{r.randint(1, 180)}{C(r, ['', ' bis', ' ter'])} {C(r, ['rue des Rosiers', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'impasse du Moulin', 'quai de la Fosse'])}"
    )
    lines.append(f"{digits(r, 5)} {C(r, ['Lyon', 'NANTES', 'Marseille', 'Villeurbanne', 'Saint-Étienne'])}")
    return lines + (["France"] if r.random() < 0.3 else [])


def addr_be(r):
    return [
        f"{C(r, ['Rue de la Loi', 'Meir', 'Chaussée de Waterloo', 'Korenmarkt'])} {r.randint(1, 200)} bus {r.randint(1, 20)}",
        f"{digits(r, 4)} {C(r, ['Bruxelles', 'Antwerpen', 'Gent', 'Namur'])}",
    ]


def addr_nl(r):
    return [
        f"{C(r, ['Prinsengracht', 'Oudegracht', 'Witte de Withstraat', 'Laan van Meerdervoort'])} {r.randint(1, 400)}-{C(r, ['II', 'hs', '3', 'A'])}",
        f"{digits(r, 4)} {letters(r, 2)} {C(r, ['Amsterdam', 'Utrecht', 'Rotterdam', 'Den Haag'])}",
    ]


def addr_es(r):
    return [
        f"C/ {C(r, ['de Alcalá', 'Mayor', 'Sant Pere Més Baix', 'Gran Vía', 'del Pez'])}, {r.randint(1, 200)}, {r.randint(1, 9)}º {letters(r, 1, 'ABCD')}",
        f"{digits(r, 5)} {C(r, ['Madrid', 'Barcelona', 'Sevilla', 'Bilbao', 'Valencia'])}",
    ] + (["(España)"] if r.random() < 0.2 else [])


def addr_pt(r):
    return [
        f"{C(r, ['Rua da Prata', 'Avenida da Liberdade', 'Travessa do Carmo', 'Rua de Santa Catarina'])}, {r.randint(1, 300)}, {r.randint(1, 8)}º {C(r, ['Esq.', 'Dto.', 'Frente'])}",
        f"{digits(r, 4)}-{digits(r, 3)} {C(r, ['Lisboa', 'Porto', 'Braga', 'Coimbra'])}",
    ]


def addr_it(r):
    return [
        f"{C(r, ['Via dei Mille', 'Corso Garibaldi', 'Piazza Santo Spirito', 'Viale Monza'])} {r.randint(1, 200)}",
        C(r, [f"scala {letters(r, 1, 'ABC')}, interno {r.randint(1, 30)}", f"piano {r.randint(1, 7)}"]),
        f"{digits(r, 5)} {C(r, ['Milano (MI)', 'Napoli (NA)', 'Firenze (FI)', 'Torino (TO)'])}",
    ]


def addr_br(r):
    return [
        f"{C(r, ['Av. Paulista', 'Rua Oscar Freire', 'Rua das Laranjeiras', 'Av. Sete de Setembro'])}, {r.randint(10, 3000)}, apto {r.randint(11, 180)}",
        C(r, ["Bela Vista", "Jardins", "Laranjeiras", "Barra"]),
        f"{C(r, ['São Paulo - SP', 'Rio de Janeiro - RJ', 'Salvador - BA'])}",
        f"{digits(r, 5)}-{digits(r, 3)}",
    ]


def addr_mx(r):
    return [
        f"Calle {C(r, ['Tonalá', 'Hidalgo', 'Amsterdam', 'Zacatecas'])} #{r.randint(1, 400)} Int. {r.randint(1, 20)}",
        f"Col. {C(r, ['Roma Norte', 'Condesa', 'Del Valle', 'Chapultepec'])}",
        f"{digits(r, 5)} {C(r, ['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.'])}",
    ]


def addr_ar(r):
    return [
        f"Av. {C(r, ['Corrientes', 'Santa Fe', 'Rivadavia', 'Córdoba'])} {r.randint(100, 6000)}, piso {r.randint(1, 14)} depto {letters(r, 1, 'ABCD')}",
        f"C{digits(r, 4)}{letters(r, 3)} {C(r, ['CABA', 'Buenos Aires'])}",
    ]


def addr_co(r):
    return [
        f"{C(r, ['Carrera', 'Calle', 'Transversal'])} {r.randint(1, 120)} # {r.randint(1, 99)}-{r.randint(1, 99)}, apto {r.randint(101, 1204)}",
        C(r, ["Chapinero, Bogotá", "El Poblado, Medellín", "Granada, Cali"]),
    ]


def addr_in(r):
    lines = [
        f"Flat {r.randint(1, 9)}0{r.randint(1, 9)}, {C(r, ['Sai Krupa Apartments', 'Prestige Lakeside', 'Shanti Niketan Society', 'Green Glen Layout Block C'])}",
        f"{r.randint(1, 18)}th Cross, {C(r, ['Indiranagar', 'Koramangala 5th Block', 'Andheri West', 'Salt Lake Sector V'])}",
    ]
    if r.random() < 0.6:
        lines.append(
            f"{C(r, ['Opp.', 'Near', 'Behind'])} {C(r, ['City Mall', 'Hanuman Temple', 'SBI ATM', 'Forum Mall'])}"
        )
    lines.append(f"{C(r, ['Bengaluru', 'Mumbai', 'Kolkata', 'Pune'])} - {digits(r, 6)}")
    return lines


def addr_ph(r):
    return [
        f"Unit {r.randint(1, 40)}{r.randint(0, 9)}{r.randint(1, 9)}, {r.randint(2, 40)}F {C(r, ['Avida Towers', 'The Residences at Greenbelt', 'SM Light Residences'])}",
        f"{r.randint(1, 900)} {C(r, ['Kalayaan Ave.', 'Shaw Blvd.', 'Mabini St.'])}, Brgy. {C(r, ['Poblacion', 'San Antonio', 'Bel-Air'])}",
        f"{C(r, ['Makati City', 'Pasig City', 'Quezon City'])}, {digits(r, 4)} Metro Manila",
    ]


def addr_sg(r):
    return [
        f"Blk {r.randint(1, 999)}{C(r, ['', 'A'])} {C(r, ['Tampines St 21', 'Jurong West Ave 1', 'Toa Payoh Lor 4'])}",
        f"#{r.randint(2, 25):02d}-{r.randint(1, 500):03d}",
        f"Singapore {digits(r, 6)}",
    ]


def addr_jp(r):
    if r.random() < 0.5:
        return [
            f"〒{digits(r, 3)}-{digits(r, 4)}",
            f"{C(r, ['東京都世田谷区', '大阪府大阪市北区', '京都府京都市左京区'])}{C(r, ['三軒茶屋', '梅田', '下鴨'])}{r.randint(1, 5)}丁目{r.randint(1, 30)}番{r.randint(1, 20)}号",
            f"{C(r, ['メゾン', 'コーポ', 'ハイツ'])}{C(r, ['青葉', 'さくら', '日向'])}{r.randint(1, 9)}0{r.randint(1, 9)}号室",
        ]
    return [
        f"{C(r, ['Sunny Heights', 'Corpo Aoba', 'Maison Sakura'])} {r.randint(1, 9)}0{r.randint(1, 9)}",
        f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {C(r, ['Kitazawa', 'Nishi-Shinjuku', 'Tenjin'])}",
        f"{C(r, ['Setagaya-ku, Tokyo', 'Shinjuku-ku, Tokyo', 'Chuo-ku, Fukuoka'])} {digits(r, 3)}-{digits(r, 4)}",
    ]


def addr_kr(r):
    if r.random() < 0.5:
        return [
            f"{C(r, ['서울특별시 마포구 월드컵북로', '부산광역시 해운대구 해운대로', '서울특별시 강남구 테헤란로'])} {r.randint(1, 500)}",
            f"{r.randint(1, 30)}{r.randint(0, 9)}동 {r.randint(1, 20)}0{r.randint(1, 9)}호",
            f"({digits(r, 5)})",
        ]
    return [
        f"Apt {r.randint(101, 120)}-{r.randint(1, 20)}0{r.randint(1, 6)}, {C(r, ['Raemian', 'Hillstate', 'Xi'])} Apartments",
        f"{r.randint(1, 300)} {C(r, ['Teheran-ro', 'Wangsimni-ro', 'Haeundae-ro'])}, {C(r, ['Gangnam-gu', 'Seongdong-gu', 'Haeundae-gu'])}",
        f"{C(r, ['Seoul', 'Busan'])} {digits(r, 5)}",
    ]


def addr_cn(r):
    return [
        f"Room {r.randint(1, 30)}0{r.randint(1, 9)}, Building {r.randint(1, 12)}, {C(r, ['Jinqiao Garden', 'Wanke City Flower', 'Lujiazui Residence'])}",
        f"{r.randint(1, 900)} {C(r, ['Zhangyang Road', 'Jianguo Road', 'Tianhe North Road'])}, {C(r, ['Pudong New District', 'Chaoyang District', 'Tianhe District'])}",
        f"{C(r, ['Shanghai', 'Beijing', 'Guangzhou'])} {digits(r, 6)}",
    ]


def addr_za(r):
    return [
        f"{r.randint(1, 200)} {C(r, ['Jan Smuts Avenue', 'Long Street', 'Florida Road', 'Voortrekker Road'])}",
        C(r, ["Parktown North", "Observatory", "Morningside", "Bellville"]),
        C(r, ["Johannesburg", "Cape Town", "Durban"]),
        digits(r, 4),
    ]


def addr_ng(r):
    return [
        f"Plot {r.randint(1, 400)}, {C(r, ['Adeola Odeku Street', 'Admiralty Way', 'Aminu Kano Crescent'])}",
        f"off {C(r, ['Ozumba Mbadiwe Road', 'Lekki-Epe Expressway', 'Wuse II Market'])}",
        f"{C(r, ['Victoria Island, Lagos', 'Lekki Phase 1, Lagos', 'Wuse 2, Abuja'])}",
    ]


def addr_ke(r):
    if r.random() < 0.5:
        return [
            f"P.O. Box {r.randint(100, 99999)}-00{r.randint(100, 625)}",
            C(r, ["Nairobi", "Mombasa", "Kisumu"]),
        ]
    return [
        f"{C(r, ['Kilimani Heights', 'Westgate Towers', 'Riverside Court'])}, {r.randint(1, 12)}th Floor",
        f"{C(r, ['Argwings Kodhek Road', 'Ngong Road', 'Riverside Drive'])}, {C(r, ['Kilimani', 'Westlands'])}, Nairobi",
    ]


def addr_ae(r):
    return [
        f"Apartment {r.randint(1, 40)}0{r.randint(1, 9)}, {C(r, ['Al Fattan Tower', 'Marina Crown', 'Burj Views B'])}",
        f"{C(r, ['Al Wasl Road', 'Sheikh Zayed Road', 'Street 14'])}, {C(r, ['Jumeirah 1', 'Dubai Marina', 'Al Barsha'])}",
        f"near {C(r, ['Mall of the Emirates', 'Union Metro Station', 'Spinneys'])}",
        f"P.O. Box {r.randint(1000, 99999)}, {C(r, ['Dubai', 'Abu Dhabi'])}, UAE",
    ]


def addr_tr(r):
    return [
        f"{C(r, ['Caferağa', 'Moda', 'Kızılay', 'Alsancak'])} Mah. {C(r, ['Güneşli Bahçe', 'Bahariye', 'Mimar Sinan'])} Sok. No:{r.randint(1, 90)} D:{r.randint(1, 20)}",
        f"{digits(r, 5)} {C(r, ['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir'])}",
    ]


def addr_pl(r):
    return [
        f"ul. {C(r, ['Marszałkowska', 'Piotrkowska', 'Długa', 'Świętojańska'])} {r.randint(1, 200)}/{r.randint(1, 60)}",
        f"{digits(r, 2)}-{digits(r, 3)} {C(r, ['Warszawa', 'Łódź', 'Gdańsk', 'Kraków'])}",
    ]


def addr_se(r):
    return [
        f"{C(r, ['Götgatan', 'Kungsgatan', 'Södra Förstadsgatan', 'Vasagatan'])} {r.randint(1, 120)}, lgh {r.randint(1, 19)}0{r.randint(1, 9)}",
        f"{digits(r, 3)} {digits(r, 2)} {C(r, ['Stockholm', 'Malmö', 'Göteborg', 'Uppsala'])}",
    ]


def addr_no(r):
    return [
        f"{C(r, ['Thorvald Meyers gate', 'Bryggen', 'Storgata', 'Møllergata'])} {r.randint(1, 90)}{C(r, ['', 'B', 'C'])}",
        f"{digits(r, 4)} {C(r, ['OSLO', 'BERGEN', 'TROMSØ'])}",
    ]


ADDRESSES = {
    "US": addr_us,
    "GB": addr_uk,
    "IE": addr_ie,
    "CA": addr_ca,
    "AU": addr_au,
    "NZ": addr_nz,
    "DE": addr_de,
    "AT": addr_at,
    "CH": addr_ch,
    "FR": addr_fr,
    "BE": addr_be,
    "NL": addr_nl,
    "ES": addr_es,
    "PT": addr_pt,
    "IT": addr_it,
    "BR": addr_br,
    "MX": addr_mx,
    "AR": addr_ar,
    "CO": addr_co,
    "IN": addr_in,
    "PH": addr_ph,
    "SG": addr_sg,
    "JP": addr_jp,
    "KR": addr_kr,
    "CN": addr_cn,
    "ZA": addr_za,
    "NG": addr_ng,
    "KE": addr_ke,
    "AE": addr_ae,
    "TR": addr_tr,
    "PL": addr_pl,
    "SE": addr_se,
    "NO": addr_no,
}

# ---------------------------------------------------------------------------------------------------
# Phones (phonenumbers' metadata decides validity), IBANs, cards, IPs, emails
# ---------------------------------------------------------------------------------------------------

PHONE_REGIONS = [
    "US",
    "GB",
    "IE",
    "CA",
    "AU",
    "NZ",
    "DE",
    "AT",
    "CH",
    "FR",
    "BE",
    "NL",
    "ES",
    "PT",
    "IT",
    "BR",
    "MX",
    "AR",
    "CO",
    "IN",
    "PH",
    "SG",
    "JP",
    "KR",
    "ZA",
    "NG",
    "KE",
    "AE",
    "TR",
    "PL",
    "SE",
    "NO",
    "CN",
]


def phone(region: str, rng: random.Random) -> str:
    kind = rng.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    national = str(example.national_number)
    for _ in range(200):
        keep = max(2, len(national) - 6)
        candidate = national[:keep] + "".join(rng.choice("0123456789") for _ in range(len(national) - keep))
        number = phonenumbers.PhoneNumber(
            country_code=example.country_code,
            national_number=int(candidate),
            italian_leading_zero=example.italian_leading_zero,
        )
        if phonenumbers.is_valid_number(number):
            break
    else:
        number = example
    style = rng.random()
    if style < 0.45:
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    elif style < 0.8:
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    elif style < 0.9:
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    else:
        intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        text = "00" + intl[1:].replace(" ", rng.choice([" ", ".", "-"]))
    if rng.random() < 0.12:
        text += rng.choice(
            [" x{e}", " ext. {e}", " ext {e}", " poste {e}", " Durchwahl {e}", " (ramal {e})"]
        ).format(e=digits(rng, rng.choice([2, 3, 4])))
    return text


IBAN_BBAN = {  # country: BBAN pattern, n digit, a upper letter, c alphanumeric
    "DE": "n" * 18,
    "FR": "n" * 10 + "c" * 11 + "nn",
    "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "c" * 12,
    "NL": "aaaa" + "n" * 10,
    "BE": "n" * 12,
    "AT": "n" * 16,
    "CH": "n" * 5 + "c" * 12,
    "PT": "n" * 21,
    "PL": "n" * 24,
    "SE": "n" * 20,
    "NO": "n" * 11,
    "DK": "n" * 14,
    "FI": "n" * 14,
    "IE": "aaaa" + "n" * 14,
    "GB": "aaaa" + "n" * 14,
    "LU": "nnn" + "c" * 13,
    "GR": "n" * 7 + "c" * 16,
    "CZ": "n" * 20,
    "TR": "n" * 5 + "0" + "c" * 16,
    "SA": "nn" + "c" * 18,
    "AE": "n" * 19,
    "BR": "n" * 23 + "ac",
}


def iban(country: str, rng: random.Random) -> str:
    pools = {
        "n": "0123456789",
        "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "c": "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ",
        "0": "0",
    }
    bban = "".join(rng.choice(pools[p]) for p in IBAN_BBAN[country])
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if kit.luhn_ok(body + d):
            return body + d
    raise AssertionError


def card(rng: random.Random) -> str:
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "discover", "jcb", "diners"])
    if brand == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        groups = [n[:4], n[4:10], n[10:]]
    elif brand == "diners":
        n = luhn_complete("36", 14, rng)
        groups = [n[:4], n[4:10], n[10:]]
    else:
        prefix = {
            "visa": "4",
            "mc": str(rng.randint(51, 55)),
            "mc2": str(rng.randint(2221, 2720)),
            "discover": "6011",
            "jcb": "35" + str(rng.randint(28, 89)),
        }[brand]
        n = luhn_complete(prefix, 16, rng)
        groups = [n[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ", "-", "", " "]).join(groups)


def ip(rng: random.Random) -> str:
    while True:
        if rng.random() < 0.6:
            value = ".".join(str(rng.randint(1, 223) if i == 0 else rng.randint(0, 255)) for i in range(4))
        else:
            head = rng.choice(["2a01", "2a02", "2001:4860", "2600:1f18", "2a00:1450", "2c0f", "2406", "2804"])
            parts = head.split(":") + [f"{rng.randint(0, 65535):x}" for _ in range(8 - len(head.split(":")))]
            value = str(ipaddress.ip_address(":".join(parts))) if rng.random() < 0.7 else ":".join(parts)
        parsed = ipaddress.ip_address(value)
        if parsed.is_global and not parsed.is_multicast:
            return value


DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "orange.fr",
    "hotmail.es",
    "uol.com.br",
    "icloud.com",
    "proton.me",
    "gmx.at",
    "naver.com",
    "yahoo.co.jp",
    "rediffmail.com",
    "mail.ru",
]

# ---------------------------------------------------------------------------------------------------
# Operational values that must survive redaction
# ---------------------------------------------------------------------------------------------------

# trip_id comes from pii_corpus_kit.


def amount(rng):
    a = rng.randint(250, 18000) / 100
    comma = f"{a:.2f}".replace(".", ",")
    return rng.choice(
        [
            f"${a:.2f}",
            f"£{a:.2f}",
            f"€{comma}",
            f"{comma} €",
            f"{a:.2f} EUR",
            f"USD {a:.2f}",
            f"R$ {comma}",
            f"CHF {a:.2f}",
            f"{int(a * 100)} JPY",
            f"¥{int(a * 100):,}",
            f"₹{int(a * 80):,}",
            f"{comma} zł",
            f"{int(a * 10)} kr",
            f"A${a:.2f}",
            f"MX${a:.2f}",
            f"KES {int(a * 130):,}",
            f"₦{int(a * 1500):,}",
            f"AED {a:.2f}",
            f"{a:.2f} TL",
            f"S${a:.2f}",
        ]
    )


def clock(rng):
    h, m = rng.randint(0, 23), rng.choice(range(0, 60, 5))
    return rng.choice(
        [
            f"{(h % 12) or 12}:{m:02d}{'am' if h < 12 else 'pm'}",
            f"{h:02d}:{m:02d}",
            f"{h}h{m:02d}",
            f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}",
            f"{h}.{m:02d}",
        ]
    )


MONTHS = [
    "January",
    "Feb",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug",
    "Sept",
    "October",
    "Nov",
    "December",
]


SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}


def day(rng):
    d, mo = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice(
        [
            f"{d} {MONTHS[mo - 1]}",
            f"{MONTHS[mo - 1]} {d}",
            f"{d:02d}/{mo:02d}",
            f"2026-{mo:02d}-{d:02d}",
            f"{d:02d}.{mo:02d}.2026",
            f"{mo}/{d}/26",
            f"{d}{SUFFIX.get(d, 'th')} of {MONTHS[mo - 1]}",
        ]
    )


def flight(rng):
    return f"{rng.choice(['BA', 'LH', 'AF', 'IB', 'TP', 'EK', 'QF', 'NZ', 'AA', 'UA', 'LA', 'AV', 'SQ', 'JL', 'KE', 'ET', 'KQ', 'TK', 'FR', 'U2'])}{rng.choice(['', ' '])}{rng.randint(10, 2999)}"


def plate(rng):
    return rng.choice(
        [
            f"{letters(rng, 2)}{rng.randint(10, 75)} {letters(rng, 3)}",
            f"{rng.randint(1, 9)}{letters(rng, 3)}{digits(rng, 3)}",
            f"{letters(rng, 1)}-{letters(rng, 2)} {rng.randint(100, 9999)}",
            f"{letters(rng, 2)}-{digits(rng, 3)}-{letters(rng, 2)}",
            f"{letters(rng, 3)} {digits(rng, 3)}",
            f"{letters(rng, 3)}{rng.randint(0, 9)}{letters(rng, 1)}{digits(rng, 2)}",
        ]
    )


def booking(rng):
    return rng.choice(
        [letters(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), f"BK-{digits(rng, 7)}", f"HX{digits(rng, 6)}"]
    )


def order(rng):
    return rng.choice(
        [
            f"#{digits(rng, 6)}",
            f"ORD-{digits(rng, 8)}",
            f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}",
            f"A{digits(rng, 9)}",
        ]
    )


PLACES = [
    "Heathrow Terminal 5",
    "Gare de Lyon",
    "JFK Terminal 4",
    "Schiphol Plaza",
    "Atocha station",
    "Berlin Hauptbahnhof",
    "Charles de Gaulle T2E",
    "Sydney Opera House",
    "the Eiffel Tower",
    "Lisbon Oriente",
    "Changi T3",
    "Narita T1",
    "Union Station",
    "Jomo Kenyatta Airport",
    "Murtala Muhammed Airport",
    "Dubai Mall",
    "Plaza Mayor",
    "Estação da Luz",
    "Munich Airport",
    "Zürich HB",
    "Galata Tower",
    "Gardermoen",
    "King's Cross",
    "Ezeiza",
]

# ---------------------------------------------------------------------------------------------------
# Templates, written for this corpus. Slots: {name} {name2} {first} {addr} (multi-line) {addr1} (one line)
# {phone} {email} {card} {iban} {ip} are PII; {trip} {amount} {time} {date} {flight} {plate} {booking}
# {order} {place} must survive. Literal marks «…» / ‹…› are added by fill().
# ---------------------------------------------------------------------------------------------------

TEMPLATES = {
    "en": [
        "my friend {name} left his bag in the car on trip {trip}, can the driver ({plate}) drop it at {addr1}?",
        "tell {first} I'll pay the {amount}, it was my booking {booking}",
        "hi this is {name}, the driver charged me {amount} for {trip} but the app said less",
        "Booked a ride for {name} from {place} at {time}, her flight {flight} lands {date}. Her number is {phone}.",
        "Can you send the receipt to {email}? Trip {trip}, {date}. Cheers, {first}",
        "Lost my phone in the car. Please call my partner {first} on {phone} or email {email}.",
        "Refund the {amount} to this card please: {card}\nThanks\n{name}",
        "I was logged out and someone logged in from {ip} on {date} at {time}. That wasn't me. - {name}",
        "Please pay the refund into {iban} (account holder {name}). Trip ref {trip}.",
        "Pickup address was wrong, it should have been:\n{addr}\nnot {place}. Trip {trip}.",
        "The driver went to {place} instead of my place at {addr1}. I waited until {time}.",
        "---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date}\nSubject: trip {trip}\nTo: support\n\nCould you look at the {amount} charge?",
        "Hello, I am writing on behalf of {name}, who does not use email. Her phone is {phone}, she lives at\n{addr}",
        "{first} and {name2} shared the ride ({trip}) and were both charged {amount}.",
        "Item left behind: black umbrella. Order {order}. Contact: {name}, {phone}, {email}",
        "The driver kept talking to someone called {first} on speaker the whole way from {place}.",
        "Me and {name2} were dropped at the wrong entrance of {place}. Booking {booking}.",
        "Best regards,\n{name}\n{addr}\nMobile: {phone}",
        "we went with {first} to {place} at {time} on {date} and paid {amount}. this is {name}",
        "Please update my home address to {addr1} and my number to {phone}. Thanks, {first}",
        "Sent to {name} at {email} on {date}: your trip {trip} cost {amount}.",
        "Account email changed to {email} from IP {ip} - I didn't do this! {phone}",
        "{name}\n{phone}\n{email}",
        "Hey, {first} here. Surge charge of {amount} at {time}? Order {order}",
        "{first} and I waited 20 minutes at {place}. Plate {plate}. Call me on {phone}. {name}",
        "{first}, {name2} and me shared one car from {place}; why three charges of {amount}?",
        "Hi {first},\nas discussed on the phone, the refund for {trip} is {amount}.\nKind regards\n{name2}",
        "Driver {plate} dropped me at {place} at {time} on {date}, not where I asked. Booking {booking}.",
        "Trip {trip} was charged {amount} twice on {date}. Order {order}.",
        "Flight {flight} was late, I rebooked for {time}, booking {booking}, but the old ride {trip} still charged {amount}.",
        "Can someone explain the {amount} fee on {trip}? I cancelled at {time}, well within the window.",
        "2FA code went to a number I don't know. Last logins: {ip} and {ip}. Mine is {phone}. {name}",
        "The ride was for {name}, not for me. Please move it to her account ({email}).",
        "I gave my phone to {first} to book, so the request came from {ip}. Trip {trip} is legit.",
        "Signed,\n{name}\n{email} | {phone}",
        "driver said {first} from your team told him to charge {amount} cash. is that right?? plate {plate}",
    ],
    "fr": [
        "Bonjour, je m'appelle {name}. Le chauffeur ({plate}) m'a facturé {amount} pour la course {trip}.",
        "Merci de rembourser sur mon IBAN {iban}. Cordialement, {name}",
        "J'ai oublié mon sac dans la voiture le {date} vers {time}. Mon adresse :\n{addr}\nTél. {phone}",
        "Mon amie {first} a réservé pour moi depuis {place}, réservation {booking}. Écrivez-lui à {email}.",
        "Connexion suspecte depuis {ip} à {time}. Bien à vous, {first}",
        "La course était pour {name}, qui habite {addr1}. Son portable : {phone}.",
    ],
    "es": [
        "Hola, soy {name}. El conductor me cobró {amount} en el viaje {trip}.",
        "Por favor devuelvan el dinero a la tarjeta {card}. Gracias, {first}",
        "Dejé mi mochila en el coche. Mi dirección es {addr1}, teléfono {phone}.",
        "Reservé para mi madre {name} desde {place} a las {time}, vuelo {flight}. Su correo: {email}",
        "Saludos,\n{name}\n{addr}\nMóvil: {phone}",
        "Alguien entró a mi cuenta desde {ip} el {date}. Mi correo es {email}. {first}",
        "Transferencia a {iban} a nombre de {name}, por favor.",
    ],
    "de": [
        "Hallo, hier ist {name}. Der Fahrer hat mir für die Fahrt {trip} {amount} berechnet.",
        "Bitte überweisen Sie die Erstattung auf {iban}. Mit freundlichen Grüßen\n{name}",
        "Ich habe am {date} um {time} meinen Schlüssel im Auto vergessen. Adresse:\n{addr}\nTel.: {phone}",
        "Meine Kollegin {first} hat die Fahrt ab {place} gebucht (Buchung {booking}). E-Mail: {email}",
        "Anmeldung von {ip} am {date}, das war nicht ich. Gruß, {first}",
        "Die Fahrt war für {name}, wohnhaft {addr1}. Rückruf bitte unter {phone}.",
    ],
    "pt": [
        "Olá, sou {name}. O motorista cobrou {amount} na viagem {trip}.",
        "Por favor reembolsem no cartão {card}. Obrigado, {first}",
        "Esqueci a carteira no carro no dia {date}. Moro em:\n{addr}\nCelular: {phone}",
        "O meu colega {first} chamou o carro em {place} às {time}, pedido {order}. E-mail: {email}",
        "Transferência para o IBAN {iban}, titular {name}. Abraço",
        "Alguém acessou minha conta pelo IP {ip} às {time}. Fui eu não! {name}",
    ],
}
LANG_COUNTRIES = {
    "en": [
        "US",
        "GB",
        "IE",
        "CA",
        "AU",
        "NZ",
        "IN",
        "PH",
        "SG",
        "ZA",
        "NG",
        "KE",
        "AE",
        "JP",
        "KR",
        "CN",
        "TR",
    ],
    "fr": ["FR", "BE", "CH", "CA"],
    "es": ["ES", "MX", "AR", "CO"],
    "de": ["DE", "AT", "CH"],
    "pt": ["PT", "BR"],
}
LANG_WEIGHTS = {"en": 0.55, "fr": 0.11, "es": 0.12, "de": 0.11, "pt": 0.11}
PII_SLOTS = {
    "name": "P",
    "name2": "P",
    "first": "P",
    "addr": "A",
    "addr1": "A",
    "phone": "T",
    "email": "E",
    "card": "C",
    "iban": "I",
    "ip": "IP",
}
KEEP_SLOTS = {
    "trip": "t",
    "amount": "a",
    "time": "h",
    "date": "d",
    "flight": "f",
    "plate": "p",
    "booking": "b",
    "order": "o",
    "place": "l",
}


def fill(template: str, country: str, rng: random.Random) -> str:
    people = [Person(rng), Person(rng)]
    iban_country = country if country in IBAN_BBAN else rng.choice(sorted(IBAN_BBAN))

    def value(slot: str) -> str:
        if slot == "name":
            return people[0].full
        if slot == "name2":
            return people[1].full
        if slot == "first":
            return people[0].first
        if slot in ("addr", "addr1"):
            lines = ADDRESSES[country](rng)
            return "\n".join(lines) if slot == "addr" else ", ".join(lines)
        if slot == "phone":
            return phone(country if country in PHONE_REGIONS else rng.choice(PHONE_REGIONS), rng)
        if slot == "email":
            return f"{people[0].handle(rng)}@{rng.choice(DOMAINS)}"
        if slot == "iban":
            return iban(iban_country, rng)
        if slot == "place":
            return rng.choice(PLACES)
        makers = {
            "card": card,
            "ip": ip,
            "trip": kit.trip_id,
            "amount": amount,
            "time": clock,
            "date": day,
            "flight": flight,
            "plate": plate,
            "booking": booking,
            "order": order,
        }
        return makers[slot](rng)

    def mark(m: re.Match) -> str:
        slot = m.group(1)
        v = value(slot)
        if slot in PII_SLOTS:
            return f"«{PII_SLOTS[slot]}:{v}»"
        return f"‹{KEEP_SLOTS[slot]}:{v}›"

    return re.sub(r"\{(\w+)\}", mark, template)


def generated_part(seed: int, count: int) -> list[dict]:
    rng = random.Random(seed)
    records = []
    langs = sorted(LANG_WEIGHTS)
    for _ in range(count):
        lang = rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]
        country = rng.choice(LANG_COUNTRIES[lang])
        marked = fill(rng.choice(TEMPLATES[lang]), country, rng)
        text, spans, keep = kit.parse_marked(marked)
        records.append(
            {"locale": f"{lang}_{country}", "text": text, "spans": spans, "keep": keep, "way": "gen"}
        )
    return records


# ---------------------------------------------------------------------------------------------------
# Hand-written messages (dev5_handwritten.txt, blind5_handwritten.txt), marked inline as pii_corpus_kit's
# docstring says; disjointness and counts
# ---------------------------------------------------------------------------------------------------


def sentences(text: str) -> set[str]:
    return {s.strip().lower() for s in re.split(r"[.!?\n]+", text) if len(s.strip()) > 25}


def check_disjoint(dev: list[dict], blind: list[dict]) -> None:
    """No message of one corpus in the other; no hand-written sentence of one in the other."""
    assert not {r["text"] for r in dev} & {r["text"] for r in blind}
    hand_dev = set().union(*(sentences(r["text"]) for r in dev if "-hand-" in r["id"]))
    hand_blind = set().union(*(sentences(r["text"]) for r in blind if "-hand-" in r["id"]))
    assert not hand_dev & hand_blind, sorted(hand_dev & hand_blind)[:3]


def summary(name: str, records: list[dict]) -> str:
    lines = [f"== {name}", *kit.count_lines(records, ("gen", "hand"))]
    locales = Counter(r["locale"] for r in records)
    lines.append(f"locales ({len(locales)}): {dict(sorted(locales.items()))}")
    multi = sum(1 for r in records for s in r["spans"] if s["type"] == "ADDRESS" and "\n" in s["value"])
    lower = sum(
        1 for r in records for s in r["spans"] if s["type"] == "PERSON" and s["value"] == s["value"].lower()
    )
    lines.append(f"multi-line ADDRESS {multi}, lowercase PERSON {lower}")
    return "\n".join(lines)


def build(name: str) -> list[dict]:
    seed, count, hand = SPLITS[name]
    records = generated_part(seed, count) + kit.read_handwritten(hand)
    # A short template can repeat itself: a text already taken is dropped.
    return kit.finish(records, corpus=name, shuffle_seed=seed + 1, drop_repeats=True)


def write(name: str, records: list[dict]) -> None:
    kit.write_jsonl(OUT_DIR / f"{name}.jsonl", records)


def read(name: str) -> list[dict]:
    return kit.read_jsonl(OUT_DIR / f"{name}.jsonl")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="check the written corpora only")
    parser.add_argument("--only", choices=sorted(SPLITS), help="build one corpus only")
    args = parser.parse_args()
    names = [args.only] if args.only else list(SPLITS)
    built = {}
    for name in names:
        records = read(name) if args.check else build(name)
        kit.check(records)
        if not args.check:
            write(name, records)
        built[name] = records
        # blind5's items are never printed: counts only.
        print(summary(name, records), file=sys.stderr)
    if len(built) == 2:
        check_disjoint(built["dev5"], built["blind5"])
        print("dev5 and blind5 are disjoint", file=sys.stderr)


if __name__ == "__main__":
    main()
