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


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Driver did not come to Arat Kilo, Kebele 05, House 318, Addis Ababa at all.",
            "Arat Kilo, Kebele 05, House 318, Addis Ababa",
        ),
        ("Courier went to Buxoro sh., Kogon tumani, 11-uy instead.", "Buxoro sh., Kogon tumani, 11-uy"),
    ],
)
def test_the_town_or_area_before_the_district_is_part_of_it(text, address):
    assert covered(text, address)


def test_a_greeting_before_a_kebele_is_no_part_of_it():
    assert untouched("Hello, Kebele 03, House 9, Jimma is my address.", "Hello")


# --- A role's word and when the driver came: no address, whatever the NER reads there ---


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("ஓட்டுநர் காலை 7 மணிக்கு வந்தார், நான் காத்திருந்தேன்.", "ஓட்டுநர் காலை 7 மணிக்கு"),
        ("ڈرائیور صبح 9 بجے آیا، بہت دیر ہو گئی۔", "ڈرائیور صبح 9 بجے"),
        ("المندوب يوم السبت الساعة 8 لم يصل.", "المندوب يوم السبت الساعة 8"),
        ("მძღოლი მოვიდა 6 საათზე, ძალიან გვიან.", "6 საათზე"),
    ],
)
def test_a_role_and_an_hour_stay_readable(text, when):
    assert untouched(text, when)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ஓட்டுநர் இரவு 10 மணிக்கு 12 காந்தி தெரு வந்தார்.", "12"),
        (
            "السائق يوم الأحد الساعة 9 جاء إلى شارع الأمير سلطان 17، حي الروضة.",
            "شارع الأمير سلطان",
        ),
    ],
)
def test_an_address_after_the_hour_is_still_hidden(text, address):
    assert covered(text, address)


# --- A Vietnamese place's kind before its name: no title before a person ---


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tài xế bỏ tôi ở Sân bay Liên Khương lúc 9 giờ.", "Sân bay Liên Khương"),
        ("Tôi đợi ở Bến xe Giáp Bát nhưng không thấy xe.", "Bến xe Giáp Bát"),
    ],
)
def test_a_vietnamese_place_after_its_kind_stays(text, place):
    assert untouched(text, place)


def test_a_vietnamese_name_beside_an_airport_is_still_hidden():
    assert covered("Tài xế Phạm Quốc Huy đón tôi ở Sân bay Cát Bi.", "Phạm Quốc Huy")


# --- An Azerbaijani postcode after its town: no flight's number there ---


def test_an_azerbaijani_postcode_is_part_of_the_address():
    text = "Courier, please bring it to Sumqayıt AZ5011, Sülh küç. 7, mənzil 19."
    assert covered(text, "Sumqayıt AZ5011, Sülh küç. 7, mənzil 19")


@pytest.mark.parametrize(
    "text",
    [
        "Flying to Baku on AZ1180 tomorrow, please pick me up at 9.",
        "My Baku flight, Alitalia AZ1180, landed late; trip 3f4e5d6c.",
    ],
)
def test_a_flight_to_baku_stays(text):
    assert untouched(text, "AZ1180")
