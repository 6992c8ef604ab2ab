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
    ],
)
def test_a_transliterated_address_is_hidden_whole(text, address):
    assert covered(text, address)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Soi Cowboy was busy, trip 4c5d6e7f cost 350 THB.", "trip 4c5d6e7f"),
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
