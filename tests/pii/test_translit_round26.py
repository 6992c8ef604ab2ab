"""Addresses in Latin letters of Uzbekistan, Azerbaijan, Greece, Sri Lanka, Ethiopia, Nepal and Morocco:
their street, district, house and flat words (issue 20, round 26).

Examples of our own, in other streets, towns and sentences than the corpora, and counter-examples."""

from __future__ import annotations

import pytest

from tests.pii.spans import covered, untouched


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "The courier left it at Andijon sh., Bobur tumani, 7-mavze, 31-uy, 12-xonadon by mistake.",
            "Andijon sh., Bobur tumani, 7-mavze, 31-uy, 12-xonadon",
        ),
        (
            "Please come to Qo'qon shahri, Turkiston ko'chasi, 8-uy, 44-xonadon after work.",
            "Qo'qon shahri, Turkiston ko'chasi, 8-uy, 44-xonadon",
        ),
        ("I waited at Bog'bon mahallasi, 19-uy, Navoiy for an hour.", "Bog'bon mahallasi, 19-uy, Navoiy"),
        (
            "He dropped me at Xəqani küç. 48, mənzil 6 instead of the hotel.",
            "Xəqani küç. 48, mənzil 6",
        ),
        ("New home: Cəfər Cabbarlı küçəsi 9, m. 21, Gəncə. Thanks!", "Cəfər Cabbarlı küçəsi 9, m. 21, Gəncə"),
        (
            "The bag is at Leoforos Dimokratias 112, Alexandroupoli 681 00 now.",
            "Leoforos Dimokratias 112, Alexandroupoli 681 00",
        ),
        ("I was left at Odos Venizelou 17, Chania, not the port.", "Odos Venizelou 17, Chania"),
        (
            "Deliver to No. 58, Kynsey Mawatha, Colombo 08 before noon.",
            "No. 58, Kynsey Mawatha, Colombo 08",
        ),
        (
            "The driver could not find Lideta Sub City, Woreda 09, House 77 yesterday.",
            "Lideta Sub City, Woreda 09, House 77",
        ),
        (
            "Please pick up at Kebele 14, House 405, Dire Dawa, gate is blue.",
            "Kebele 14, House 405, Dire Dawa",
        ),
        (
            "Drop was Naxal Marg, House 52, Kathmandu 44605 and he went elsewhere.",
            "Naxal Marg, House 52, Kathmandu 44605",
        ),
        (
            "Le chauffeur m'a laissé loin de Derb Lalla Zeina 9, Kasbah, Tanger.",
            "Derb Lalla Zeina 9, Kasbah, Tanger",
        ),
    ],
)
def test_a_transliterated_address_is_hidden_whole(text, address):
    assert covered(text, address)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Colombo 2 days trip was great, ride 8a7b6c5d.", "Colombo 2"),
        ("We met in Colombo, 3 of us, trip 1b2c3d4e.", "Colombo, 3"),
        ("I bought odos 2 and waited, order 5543.", "odos 2"),
        ("The plateia had 4 buses at 9:30.", "plateia had 4"),
        ("Marg 5 stars for the driver!", "Marg 5"),
        ("Derb 3 was not in the app, trip 9c8d7e6f.", "trip 9c8d7e6f"),
    ],
)
def test_what_is_no_transliterated_address_stays(text, kept):
    assert untouched(text, kept)
