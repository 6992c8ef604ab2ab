"""Addresses written in Latin letters in the layouts of Russia and the CIS, Iran, Japan, Thailand and the
Gulf; where an address stops before an id, an amount or a time; amounts in francs CFA, dinars and dong
(issue 20, round 24).

Examples of our own, in other words, cities and countries than the corpora, and counter-examples."""

from __future__ import annotations

import pytest

from tests.pii.spans import covered, untouched

# --- 1. Transliterated addresses: a street, house, flat, alley or ward word and a number ---


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Courier please: ul. Sovetskaya d. 41 kv. 7, Voronezh 394036, after lunch.",
            "ul. Sovetskaya d. 41 kv. 7, Voronezh 394036",
        ),
        (
            "My flat is pr. Lenina 88/3, Chelyabinsk and the driver went to the station.",
            "pr. Lenina 88/3, Chelyabinsk",
        ),
        ("Please update: g. Barnaul, ul. Popova 12, kv. 90", "g. Barnaul, ul. Popova 12, kv. 90"),
        ("New address mkr. Aksay-4, d. 17, kv. 33, Almaty. Thanks", "mkr. Aksay-4, d. 17, kv. 33, Almaty"),
        (
            "Send it to vul. Bandery, bud. 21, kv. 4, m. Ternopil 46001 please",
            "vul. Bandery, bud. 21, kv. 4, m. Ternopil 46001",
        ),
        (
            "I am at Kh. Ferdowsi, Koocheh Atlasi, Pelak 31, Kerman now",
            "Kh. Ferdowsi, Koocheh Atlasi, Pelak 31, Kerman",
        ),
        (
            "Address: Khiaban-e Hafez, Kuche-ye Shabnam, Pelak-e 8, Vahed 3, Qom",
            "Khiaban-e Hafez, Kuche-ye Shabnam, Pelak-e 8, Vahed 3, Qom",
        ),
        (
            "Drop the bag at Sakae 4-chome 12-8, Naka-ku, Nagoya tomorrow",
            "Sakae 4-chome 12-8, Naka-ku, Nagoya",
        ),
        ("pickup: Chikusa-ku Imaike 2-14-5, Nagoya | time 8:15", "Chikusa-ku Imaike 2-14-5, Nagoya"),
        (
            "Stay: 45/7 Soi Ekkamai 12, Khlong Tan Nuea, Watthana, Bangkok 10110",
            "45/7 Soi Ekkamai 12, Khlong Tan Nuea, Watthana, Bangkok 10110",
        ),
        (
            "I live on Sderot Ben Gurion 12, dira 5, Herzliya with my wife",
            "Sderot Ben Gurion 12, dira 5, Herzliya",
        ),
        (
            "Office: Mustaqillik shoh ko'chasi 59, Samarkand 140100",
            "Mustaqillik shoh ko'chasi 59, Samarkand 140100",
        ),
        (
            "Home is Villa 7, Street 22, Al Mizhar 1, Dubai, gate is white",
            "Villa 7, Street 22, Al Mizhar 1, Dubai",
        ),
        (
            "Send the driver to Way 2417, Building 88, Al Ghubra, Muscat",
            "Way 2417, Building 88, Al Ghubra, Muscat",
        ),
    ],
)
def test_a_transliterated_address_is_hidden_whole(text, address):
    assert covered(text, address)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Soi Cowboy was busy, trip 4c5d6e7f cost 350 THB.", "trip 4c5d6e7f"),
        ("No Way 2 days late again, trip 6d7e8f9a.", "No Way 2"),
        ("Booked Villa 3 at the resort, trip 1a2b3c4d.", "Villa 3"),
        ("Thanks, Kiyoshi. Meet at Gate 12 at 7:30.", "7:30"),
        ("Sakae 4-chome station exit 5 at 8:15, fare 1,200 JPY", "1,200 JPY"),
    ],
)
def test_what_is_no_transliterated_address_stays(text, kept):
    assert untouched(text, kept)


# --- 2. An address stopped by an id, a time or an amount leaves that item's lead-in ---


@pytest.mark.parametrize(
    ("text", "lead_in"),
    [
        ("Bring it to 9 Kenyatta Avenue, Westlands, Nairobi. Ride 5a6b7c8d was late.", "Ride"),
        ("Nos vemos en Calle Mayor 14, 2º B, Alcalá de Henares. Viaje 7d8e9f0a pagado.", "Viaje"),
        ("Adresse: 3 rue Kléber, Mulhouse. Commande 3e4f5a6b", "Commande"),
        ("Wait at Block 6, Garden Heights Tower 3 at 6pm please", " at 6pm"),
        ("Come to Flat 2, Elm Court, Harlow on 14 March", " on 14 March"),
    ],
)
def test_a_kept_item_s_lead_in_stays_readable(text, lead_in):
    assert untouched(text, lead_in.strip())


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Bring it to 9 Kenyatta Avenue, Westlands, Nairobi. Ride 5a6b7c8d was late.",
            "9 Kenyatta Avenue, Westlands, Nairobi",
        ),
        ("Wait at Block 6, Garden Heights Tower 3 at 6pm please", "Block 6, Garden Heights Tower 3"),
    ],
)
def test_the_address_before_the_lead_in_is_still_hidden(text, address):
    assert covered(text, address)


# --- 3. Amounts in francs CFA, Algerian dinars and dong stay ---


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("La course m'a coûté 3 500 FCFA au lieu de 2 000.", "3 500 FCFA"),
        ("Le chauffeur a demandé 1 500 DA de plus.", "1 500 DA"),
        ("Tài xế lấy 45.000đ phí chờ.", "45.000đ"),
        ("Paid 7 250 XOF at 22 Rue Carnot, Dakar.", "7 250 XOF"),
    ],
)
def test_amounts_in_more_currencies_stay(text, amount):
    assert untouched(text, amount)


def test_a_dutch_postcode_with_da_is_still_an_address():
    assert covered("Bezorgen op Kerkstraat 12, 2150 DA Nieuw-Vennep", "2150 DA Nieuw-Vennep")


# --- 4. Places: set against another place, on a route of another language, a case without apostrophe ---


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Saya minta dijemput di Terminal Kampung Rambutan, bukan Ragunan. Pesanan 9f8e7d6c.", "Ragunan"),
        ("Dropped at Leeds Station not Kirkstall Forge, trip 1a2b3c4d.", "Kirkstall Forge"),
        ("Kierowca czekał przy Dworcu Zachodnim, nie Arkadia. Kurs 5b6c7d8e.", "Arkadia"),
        ("Đặt xe từ Sân bay Đà Nẵng về Cầu Rồng lúc 9h, chuyến 3c4d5e6f.", "Cầu Rồng"),
        ("Nilikuwa nasafiri kutoka Stendi ya Ubungo hadi Mlimani City jana.", "Mlimani City"),
        ("Odbiór ze Złotych Tarasów o 20:15, kurs 7e8f9a0b.", "Złotych Tarasów"),
        (
            "merhaba ben Kadıköy Devlet Hastanesinden yazıyorum, yolculuk 2d3e4f5a.",
            "Kadıköy Devlet Hastanesinden",
        ),
        ("Charged $88.10 for a trip to Midway Plaisance.", "Midway Plaisance"),
    ],
)
def test_a_place_stays(text, place):
    assert untouched(text, place)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The driver was not Ahmed Khalil, it was someone else.", "Ahmed Khalil"),
        ("I went to the station, not Maria Lopez.", "Maria Lopez"),
        ("Taras Bulba called from the hotel.", "Taras Bulba"),
        ("merhaba ben Elif Şahin, yolculuk 2d3e4f5a hakkında yazıyorum.", "Elif Şahin"),
        ("I booked a trip to Sarah Jones's house.", "Sarah Jones"),
    ],
)
def test_a_person_beside_such_words_is_still_hidden(text, name):
    assert covered(text, name)
