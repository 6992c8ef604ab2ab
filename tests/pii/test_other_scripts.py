"""Names, addresses and kept items in scripts other than Latin (issue 20, `copilot/pii/scripts.py`, dev14).

Examples of our own, with other names, streets and towns than the corpus, and counter-examples: places
used as pickup points, dates, amounts, durations, plates, trip ids and times stay readable."""

from __future__ import annotations

import pytest

from copilot.pii import scripts
from tests.pii.spans import covered, untouched

# --- 1. Addresses in the scripts' layouts ---


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Cyrillic: town, street type, house and flat; a street without its type before its flat
        (
            "Водитель не приехал. Адрес: г. Казань, ул. Баумана, д. 19, кв. 7. Поездка 5d2e8a41.",
            "г. Казань, ул. Баумана, д. 19, кв. 7",
        ),
        (
            "Прошу повернути гроші, водій не знайшов вул. Сумська, 48, кв. 12, Харків. Поїздка 0b7c3e92.",
            "вул. Сумська, 48, кв. 12, Харків",
        ),
        (
            "Шофьорът ме остави далеч от бул. „Витоша“ 120, ет. 4, ап. 11, София. Курс 7a1b2c3d.",
            "бул. „Витоша“ 120, ет. 4, ап. 11, София",
        ),
        (
            "Возач није дошао до Булевар ослобођења 45, стан 9, Нови Сад и наплатио је. Вожња 1e2f3a4b.",
            "Булевар ослобођења 45, стан 9",
        ),
        # Greek: a street in the genitive, its number, a district or a postcode and town
        (
            "Ο οδηγός δεν ήρθε στο σπίτι μου Ερμού 52, Θησείο. Διαδρομή 3c4d5e6f.",
            "Ερμού 52, Θησείο",
        ),
        (
            "Παραλαβή από Σταδίου 17, 105 61 Αθήνα, παρακαλώ. Κράτηση 8f9e0d1c.",
            "Σταδίου 17, 105 61 Αθήνα",
        ),
        # Hebrew: the street's word (a glued preposition stays out), number, flat, town
        (
            "הנהג לא הגיע לרחוב ביאליק 12 דירה 3, רמת גן. נסיעה 6a7b8c9d.",
            "רחוב ביאליק 12 דירה 3, רמת גן",
        ),
        (
            "כתובת: שדרות בן גוריון 88, חולון\nטלפון אחר כך",
            "שדרות בן גוריון 88, חולון",
        ),
        # Persian and Arabic pieces
        (
            "مقصد من اصفهان، خیابان چهارباغ، کوچه گلستان، پلاک ۸ بود. سفر 2b3c4d5e.",
            "اصفهان، خیابان چهارباغ، کوچه گلستان، پلاک ۸",
        ),
        # Hindi, Bengali and Tamil: the house's word to the postcode
        (
            "मेरा पता मकान नं. 57, सेक्टर 9, रोहिणी, दिल्ली 110085 है। ट्रिप 4e5f6a7b",
            "मकान नं. 57, सेक्टर 9, रोहिणी, दिल्ली 110085",
        ),
        (
            "ঠিকানা বাসা ৩৪, রোড ১১, বনানী, ঢাকা ১২১৩। ট্রিপ 9c0d1e2f",
            "বাসা ৩৪, রোড ১১, বনানী, ঢাকা ১২১৩",
        ),
        (
            "முகவரி 7, காந்தி சாலை, அண்ணா நகர், மதுரை 625020. பயணம் 3a4b5c6d.",
            "7, காந்தி சாலை, அண்ணா நகர், மதுரை 625020",
        ),
        # Chinese: town, district, road, number, building, room
        (
            "我的地址是杭州市西湖区文三路478号华星时代广场A座1502室，谢谢。",
            "杭州市西湖区文三路478号华星时代广场A座1502室",
        ),
        (
            "收貨地址：高雄市前鎮區中山二路5號12樓之3\n電話稍後提供",
            "高雄市前鎮區中山二路5號12樓之3",
        ),
        # Japanese and Korean: the building and floor after the address
        (
            "住所は〒060-0005 北海道札幌市中央区北5条西2-5 JRタワー 8F です。",
            "〒060-0005 北海道札幌市中央区北5条西2-5 JRタワー 8F",
        ),
        (
            "[10:02] 나: 서울특별시 종로구 종로 33 그랑서울 1507호 앞이에요",
            "서울특별시 종로구 종로 33 그랑서울 1507호",
        ),
        # Georgian and Armenian
        (
            "მისამართი: ბათუმი, რუსთაველის ქ. 12, ბინა 4. მგზავრობა 5f6a7b8c.",
            "ბათუმი, რუსთაველის ქ. 12, ბინა 4",
        ),
        (
            "Հասցե՝ Գյումրի, Աբովյան փողոց 21, բն. 6։ Ուղևորություն 1a2b3c4d",
            "Գյումրի, Աբովյան փողոց 21, բն. 6",
        ),
    ],
)
def test_addresses_in_other_scripts(text, address):
    assert covered(text, address)


# --- 2. Names after what introduces them, in signatures, after a driver's word ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("नमस्ते, मेरा नाम सुरेश यादव है। ड्राइवर देर से आया। ट्रिप 2d3e4f5a", "सुरेश यादव"),
        ("আমার নাম রফিকুল ইসলাম। ড্রাইভার ভাড়া বেশি নিয়েছে। ট্রিপ 6b7c8d9e", "রফিকুল ইসলাম"),
        ("میرا نام عائشہ صدیقی ہے۔ سفر 0f1a2b3c میں بیگ رہ گیا۔", "عائشہ صدیقی"),
        ("שלום, אני מיכל שטרן, הנהג לא הגיע. נסיעה 4c5d6e7f.", "מיכל שטרן"),
        ("مرحبا، أنا نورة القاسمي. أريد فاتورة للرحلة 8a9b0c1d.", "نورة القاسمي"),
        ("வணக்கம், நான் பிரியா ராஜேந்திரன். பயணம் 2e3f4a5b ரத்து ஆனது.", "பிரியா ராஜேந்திரன்"),
        ("ข้อมูลผู้โดยสาร ชื่อ สมชาย ใจดี เบอร์ 081 234 5678", "สมชาย ใจดี"),
        ("我叫赵志刚，我的行程6c7d8e9f多收了钱。", "赵志刚"),
        ("請把收據寄給我，謝謝。吳美玲", "吳美玲"),
        ("包裹收件人：孫立偉 先生\n地址稍後補上", "孫立偉"),
        ("差出人：中村 俊介\n件名：忘れ物について", "中村 俊介"),
        ("忘れ物をしました。傘です。小林ゆうこ", "小林ゆうこ"),
        ("Благодарю водителя Тимура за помощь с чемоданами! Поездка 0a1b2c3d.", "Тимура"),
        ("Мой сын Матвей забыл в машине рюкзак, поездка 4e5f6a7b.", "Матвей"),
        ("Забыла зонт, поездка 8c9d0e1f, тел. +7 912 345-67-89 Ксения", "Ксения"),
        ("Շնորհակալություն վարորդ Տիգրանին, ամեն ինչ լավ էր։", "Տիգրան"),
    ],
)
def test_names_in_other_scripts(text, name):
    assert covered(text, name)


# --- 3. What is no name: greetings, thanks, labels, pronouns, roles, places beside their word ---


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Здравствуйте, поездка 5a6b7c8d стоила 640 ₽. Спасибо!", "Здравствуйте"),
        ("Дякую! Поїздка 9e0f1a2b була чудова.", "Дякую"),
        ("Ευχαριστώ πολύ, διαδρομή 3c4d5e6f.", "Ευχαριστώ"),
        ("[08:01] Водитель: я у подъезда\n[08:02] Я: иду", "Водитель"),
        ("אני מחכה כבר רבע שעה. נסיעה 7a8b9c0d.", "מחכה"),
        ("انا واصل عند البوابة الحين. الرحلة 1e2f3a4b", "واصل"),
        ("Жүргізуші мені Мега Силк Уэй сауда орталығына апарды. Сапар 5c6d7e8f.", "Мега Силк Уэй"),
        ("Оставил телефон в такси от аэропорта Внуково до дома, поездка 9a0b1c2d.", "Внуково"),
        ("Ο οδηγός με άφησε στο ξενοδοχείο Μεγάλη Βρεταννία. Διαδρομή 3e4f5a6b.", "Μεγάλη Βρεταννία"),
        ("Таксі чекало біля ТРЦ Гулівер, поїздка 7c8d9e0f.", "Гулівер"),
    ],
)
def test_no_names_in_other_scripts(text, word):
    assert untouched(text, word)


# --- 4. Kept items in these languages ---


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Поездка 1a2b3c4d, 17 марта, списали 560 ₽. Водитель: Павел Орлов, ул. Ленина, д. 4", "17 марта"),
        ("Поїздка 5e6f7a8b, 3 жовтня, 210 грн. Адреса: вул. Франка, 9, кв. 2, Львів", "3 жовтня"),
        ("سفر 9c0d1e2f، ۲۴ مهر، مبلغ ۱۲۰٬۰۰۰ تومان. خیابان آزادی، پلاک ۴", "۱۲۰٬۰۰۰ تومان"),
        ("سفر 9c0d1e2f، ۲۴ مهر، مبلغ ۱۲۰٬۰۰۰ تومان. خیابان آزادی، پلاک ۴", "۲۴ مهر"),
        ("ट्रिप 3a4b5c6d, २६ जनवरी, ₹३२०। मकान नं. 8, गली नं. 3, करोल बाग, दिल्ली 110005", "२६ जनवरी"),
        ("Ждал 25 минут у подъезда, поездка 7e8f9a0b, г. Самара, ул. Гагарина, д. 12", "25 минут"),
        ("[19:40] Водитель: машина В 731 ОР 116, жду у ТЦ", "В 731 ОР 116"),
        ("ไปจากสนามบิน เมื่อวาน ค่าโดยสาร 350 บาท ชื่อ มานี มีสุข", "เมื่อวาน"),
        ("ไปจากสนามบิน เมื่อวาน ค่าโดยสาร 350 บาท ชื่อ มานี มีสุข", "350 บาท"),
        ("მგზავრობა 2c3d4e5f, 15 ლარი. თბილისი, ჭავჭავაძის გამზ. 10, ბინა 5", "15 ლარი"),
        ("Διαδρομή 6a7b8c9d στις 18:20, 12 Μαΐου, 14 €. Οδός Πανεπιστημίου 30, Αθήνα", "12 Μαΐου"),
        ("行程0e1f2a3b，12月8日，共¥56。地址是成都市锦江区春熙路12号", "12月8日"),
    ],
)
def test_kept_items_in_other_scripts(text, kept):
    assert untouched(text, kept)


def test_latin_only_text_skips_the_other_script_work():
    assert not scripts.has_other_script("Driver Müller dropped me at Gare du Nord, trip 4a5b6c7d, 18,40 €.")
    assert scripts.kept_spans("Trip 4a5b6c7d on 5 December, 12 minutes late") == ()
    assert scripts.has_other_script("Водитель опоздал")


# --- 5. The same countries' addresses in Latin letters ---


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Receipt for trip 3d4e5f6a to Aigerim Bekova, company Tole Bi St 59, office 214, Almaty 050000.",
            "Tole Bi St 59, office 214, Almaty 050000",
        ),
        (
            "I was waiting at Zhibek Zholy ave 135, kv 12, Almaty from 7:10, trip 7b8c9d0e.",
            "Zhibek Zholy ave 135, kv 12",
        ),
        (
            "Invoice please: Ivan Petrov, ul. Vitosha 15, vh. A, ap. 3, 1000 Sofia, BGN 18.20, ride 1f2a3b4c.",
            "ul. Vitosha 15, vh. A, ap. 3, 1000 Sofia",
        ),
        (
            "Pick up my mother at Jongno-gu Sejong-daero 23-gil 7, Seoul at 9 am, trip 5c6d7e8f.",
            "Jongno-gu Sejong-daero 23-gil 7, Seoul",
        ),
    ],
)
def test_transliterated_addresses(text, address):
    assert covered(text, address)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Meet me on 5th Ave 12 minutes from now, trip 9a0b1c2d.", "12 minutes"),
        ("Dropped at Almaty-1 station instead, trip 3e4f5a6b, 2 400 KZT.", "Almaty-1 station"),
    ],
)
def test_transliterated_counter_examples(text, kept):
    assert untouched(text, kept)


# --- 6. Streets named like places or anniversaries stay addresses; a lowercase honorific stays with its name ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Адрес: г. Тула, ул. 50 лет Победы, д. 3, кв. 8. Поездка 6d7e8f9a.",
            "ул. 50 лет Победы, д. 3, кв. 8",
        ),
        (
            "Моя адреса: площа Свободи, буд. 7, кв. 2, Полтава, 36000.",
            "площа Свободи, буд. 7, кв. 2, Полтава",
        ),
        ("Μένω στην Πλατεία Αγίας Σοφίας 14, 546 22 Θεσσαλονίκη.", "Πλατεία Αγίας Σοφίας 14"),
        ("Հասցե՝ ք. Գորիս, Մաշտոցի 12, բն. 4։", "ք. Գորիս, Մաշտոցի 12, բն. 4"),
        ("Shipping to: пані Олена Кравець, trip 0c1d2e3f.", "Олена Кравець"),
    ],
)
def test_streets_named_like_places_and_honorifics(text, value):
    assert covered(text, value)
