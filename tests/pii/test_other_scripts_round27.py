"""Names and addresses of other scripts in positions the earlier rounds missed (issue 20, round 27).

Examples of our own (names, streets and towns not of any corpus) and counter-examples: first names listed
after the word for passengers, a Korean name before its honorific or after the thanks, Persian "I am …",
Thai "my name is" glued to its pronoun, an Arabic street with its number and district, Hindi, Nepali and
Bengali house lines without a postcode, a Tamil street after an hour; a trait after "I am", a lowercase
list, an hour, a street's amount and a trip's count stay readable."""

from __future__ import annotations

import pytest

from tests.pii.spans import covered, untouched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # first names listed after the word for passengers and a colon, to the line's end
        ("Пассажиры: Ульяна, Тимур\nМашина приехала поздно.", "Тимур"),
        ("Пасажири: Ярина, Остап", "Ярина"),
        ("Επιβάτες: Ευτυχία, Σωκράτης", "Σωκράτης"),
        ("乘客：晓燕、志强", "晓燕"),
        ("탑승자: 다은, 준호", "준호"),
        ("ผู้โดยสาร: กาญจนา, ธีรพงษ์", "กาญจนา"),
        ("الركاب: ريم، ياسر", "ياسر"),
        ("Ուղևորներ՝ Անահիտ, Սամվել", "Անահիտ"),
        # Korean: a first name between the driver's word and "씨"; a full name after the thanks' line
        ("기사님 동훈 씨가 너무 친절했어요", "동훈"),
        ("우산을 두고 내렸어요. 감사합니다\n최서연", "최서연"),
        # Persian "I am <name>", opening the message or after its greeting
        ("سلام، من نگار رضایی هستم و گوشیم در ماشین ماند", "نگار رضایی"),
        # Thai "my name is" glued to its pronoun
        ("สวัสดีค่ะ ดิฉันชื่อ วรรณา ศรีสุข", "วรรณา ศรีสุข"),
        # Arabic "with you is <name>" after the greeting
        ("مساء الخير، معكم هشام القحطاني، أريد استرداد المبلغ", "هشام القحطاني"),
    ],
)
def test_names_in_new_positions(text, name):
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a trait or a role after "I am", not a name
        ("سلام، من خیلی ناراحت هستم", "ناراحت"),
        ("من مسافر هستم", "مسافر"),
        # a list of lowercase words in a cased script, a count after the label
        ("Пассажиры: двое, с багажом", "двое"),
        # the driver's word and a praise, no honorific: no name
        ("기사님 정말 친절했어요", "정말"),
        # a part of the day after "I" in Tamil
        ("நான் காலை 9 மணிக்கு காத்திருந்தேன்", "காலை"),
    ],
)
def test_no_names_in_new_positions(text, word):
    assert untouched(text, word)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Arabic: the street's words, its number, the district and the town
        ("أسكن في شارع الملك فهد 28، حي النخيل، الرياض", "شارع الملك فهد 28، حي النخيل، الرياض"),
        ("العنوان شارع بورسعيد 9، حي السيدة زينب", "شارع بورسعيد 9، حي السيدة زينب"),
        # Hindi, Nepali and Bengali: the house's word, a street's piece and the town ending the line
        ("पता: मकान नं. 41, तिलक मार्ग, इंदौर", "मकान नं. 41, तिलक मार्ग, इंदौर"),
        ("ठेगाना: घर नं. 12, लाजिम्पाट मार्ग, काठमाडौं", "घर नं. 12, लाजिम्पाट मार्ग, काठमाडौं"),
        ("ঠিকানা:\nবাড়ি নং ৭, শান্তিনগর রোড, সিলেট", "বাড়ি নং ৭, শান্তিনগর রোড, সিলেট"),
        # Tamil: a house number and a street after an hour
        ("ஓட்டுநர் மாலை 6 மணிக்கு 31 பாரதி தெரு வரவில்லை", "31 பாரதி தெரு"),
        ("நான் காலை 9 மணிக்கு 8 அண்ணா சாலை, மயிலாப்பூர்.", "8 அண்ணா சாலை, மயிலாப்பூர்"),
    ],
)
def test_addresses_in_new_positions(text, address):
    assert covered(text, address)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the hour before a Tamil street stays
        ("ஓட்டுநர் மாலை 6 மணிக்கு 31 பாரதி தெரு வரவில்லை", "6 மணிக்கு"),
        ("நான் காலை 9 மணிக்கு 8 அண்ணா சாலை, மயிலாப்பூர்.", "காலை 9 மணிக்கு"),
        # a street's name with an amount or an hour after it is no house number
        ("دفعت 45 ريال من شارع التحلية", "45 ريال"),
        ("انتظرت في شارع العليا الساعة 10:30", "10:30"),
        # a Hindi line with a house's word but no street: no address without the postcode
        ("मकान नं. 5 के सामने गाड़ी खड़ी थी, किराया ₹300", "₹300"),
        # a street's word in a Tamil sentence with no house number
        ("அண்ணா சாலை வழியாக 45 நிமிடம் ஆனது", "45 நிமிடம்"),
    ],
)
def test_kept_in_new_positions(text, kept):
    assert untouched(text, kept)
