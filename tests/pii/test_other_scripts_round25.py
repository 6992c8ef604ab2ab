"""Names, addresses and kept items in the scripts dev14 did not hold (issue 20, dev15, `scripts.py`).

Examples of our own (names, streets and towns not of any corpus) and counter-examples: Gujarati, Gurmukhi,
Telugu, Kannada, Malayalam, Sinhala, Burmese, Khmer, Lao, Ge'ez, Mongolian, Uzbek and Kyrgyz Cyrillic,
Yiddish; a role's word before a verb or a place, a place's word, a relative day and an amount stay
readable."""

from __future__ import annotations

import pytest

from tests.pii.spans import covered, untouched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a driver's word before a first name, the clause going on after it
        ("ડ્રાઇવર કિરીટભાઈ એ મોડું કર્યું, ભાડું ₹૨૪૦.", "કિરીટભાઈ"),
        ("డ్రైవర్ వెంకటేష్ ఆలస్యంగా వచ్చాడు.", "వెంకటేష్"),
        ("ಚಾಲಕ ಪ್ರಕಾಶ್ ತುಂಬಾ ಒಳ್ಳೆಯವರು.", "ಪ್ರಕಾಶ್"),
        ("රියදුරු සුනිල් හොඳට වාහනය පැදෙව්වා.", "සුනිල්"),
        ("ຄົນຂັບ ບຸນມີ ຂັບໄວຫຼາຍ.", "ບຸນມີ"),
        ("អ្នកបើកបរ វិចិត្រ បើកលឿនពេក។", "វិចិត្រ"),
        ("ሹፌሩ ተመስገን በጣም ዘገየ።", "ተመስገን"),
        ("דער דרייווער שמערל איז געווען שפּעט.", "שמערל"),
        # a Sikh's second name or a common family name stays with the first name
        ("ਡਰਾਈਵਰ ਹਰਜੀਤ ਸਿੰਘ ਦੇਰ ਨਾਲ ਆਇਆ।", "ਹਰਜੀਤ ਸਿੰਘ"),
        ("ഡ്രൈവർ സുരേഷ് കുമാർ വൈകി വന്നു.", "സുരേഷ് കുമാർ"),
        # Marathi: the honorific plural after the name; Hindi: a name before "named" and the role
        ("ड्रायव्हर प्रमोद यांनी जास्त पैसे घेतले.", "प्रमोद"),
        ("विनोद नाम के ड्राइवर ने गलत रास्ता लिया।", "विनोद"),
        # Thai: the honorific, the name and the role's word glued together
        ("คุณวิชัยคนขับช่วยผมมาก", "วิชัย"),
        # Cantonese: a driver's name before "very"
        ("司機黎國強好有禮貌。", "黎國強"),
        # a Kyrgyz or Uzbek driver's word, a place named after people following
        ("Айдоочу Бакыт Эркиндик бульварынан алып кетти.", "Бакыт"),
        # a Korean name of a common family name alone on the last line; a Chinese one alone on its line
        ("택시에 우산을 두고 내렸어요.\n\n박지훈", "박지훈"),
        ("收件資料\n郭美玲\n高雄市", "郭美玲"),
        # Japanese: a full name before "まで"; a label's name and its reading in katakana
        ("受け取りは小野 真一までお願いします。", "小野 真一"),
        ("氏名：石井 彩（イシイ アヤ）", "イシイ アヤ"),
        # Cyrillic first names listed before "and I"
        ("В машине были Тимур, Алина и я.", "Алина"),
        ("Їхали Остап та я до вокзалу.", "Остап"),
        # Hebrew: a name in apposition to the driver's word
        ("תודה רבה לדני, הנהג שעזר לי עם המזוודות.", "דני"),
        # a form's name label in these scripts
        ("નામ: ભાવિન મહેતા\nમોબાઇલ: 98765 43210", "ભાવિન મહેતા"),
        ("പേര്: രമ്യ ഗോപാൽ\nഫോൺ: 94470 12345", "രമ്യ ഗോപാൽ"),
        ("නම: දිනේෂ් ගුණසේකර\nදුරකථන: 071 234 5678", "දිනේෂ් ගුණසේකර"),
        ("ឈ្មោះ៖ សុភ័ក្ត្រ ពៅ\nទូរស័ព្ទ៖ 099 888 777", "សុភ័ក្ត្រ ពៅ"),
        ("ስም፦ መሰረት በቀለ\nስልክ፦ 0922 111 222", "መሰረት በቀለ"),
        ("الاسم: خالد العتيبي. شكرا", "خالد العتيبي"),
        ("گیرنده: نرگس کریمی\nتلفن: ۰۹۳۵ ۱۱۱ ۲۲۲۲", "نرگس کریمی"),
    ],
)
def test_names_in_new_scripts(text, name):
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the driver's word before a place: one word of the name, the place stays
        ("డ్రైవర్ రాము గోల్కొండ కోట దగ్గర దింపేశాడు.", "గోల్కొండ"),
        ("රියදුරු කමල් කොටුව දුම්රිය ස්ථානයේ නැවැත්තුවා.", "කොටුව"),
        # a role's word before a verb and an object pronoun: no name
        ("הנהג שצעק עליי לא התנצל.", "שצעק"),
        # a lowercase word before "and I"
        ("Потом мы с водителем и я вышли.", "водителем"),
        # a Korean word of thanks on the last line, a Japanese place before "まで"
        ("감사합니다.\n\n고마워", "고마워"),
        ("新宿駅 東口まで乗りました。", "東口"),
        # labels, the words for phone and address, a relative day: no names
        ("ලිපිනය නැහැ, දුරකථන අංකය පමණයි.", "දුරකථන"),
        ("ನಿನ್ನೆ ರಾತ್ರಿ ಕಾರಿನಲ್ಲಿ ನನ್ನ ಬ್ಯಾಗ್ ಉಳಿದಿದೆ.", "ನಿನ್ನೆ"),
        ("Хаяг буруу байсан, жолооч хүлээсэнгүй.", "Хаяг"),
        # places with their word: a square, an avenue, a theatre
        ("Ҳайдовчи мени Мустақиллик майдони ёнида қолдирди.", "Мустақиллик майдони"),
        ("ტაქსიმ მარჯანიშვილის თეატრი-სთან დამტოვა.", "მარჯანიშვილის თეატრი"),
    ],
)
def test_no_names_in_new_scripts(text, word):
    assert untouched(text, word)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a house's or flat's word and number, the pieces, the town and its postcode
        (
            "పికప్: ఫ్లాట్ 12, సాయి నిలయం, కూకట్‌పల్లి, హైదరాబాద్ 500072\nధన్యవాదాలు",
            "ఫ్లాట్ 12, సాయి నిలయం, కూకట్‌పల్లి, హైదరాబాద్ 500072",
        ),
        ("ਪਤਾ: ਮਕਾਨ ਨੰ. 88, ਮਾਡਲ ਟਾਊਨ, ਲੁਧਿਆਣਾ। ਧੰਨਵਾਦ", "ਮਕਾਨ ਨੰ. 88, ਮਾਡਲ ਟਾਊਨ, ਲੁਧਿਆਣਾ"),
        ("ලිපිනය: නො. 12/4, කැන්ඩි පාර, කඩවත\nස්තූතියි", "නො. 12/4, කැන්ඩි පාර, කඩවත"),
        (
            "સરનામું: ૭, ગોકુલ પાર્ક, કાલાવડ રોડ, રાજકોટ ૩૬૦૦૦૫",
            "૭, ગોકુલ પાર્ક, કાલાવડ રોડ, રાજકોટ ૩૬૦૦૦૫",
        ),
        ("വിലാസം: പുത്തൻവീട് ഹൗസ്, കടവന്ത്ര\nകൊച്ചി 682020", "പുത്തൻവീട് ഹൗസ്, കടവന്ത്ര\nകൊച്ചി 682020"),
        ("முகவரி:\nஎண் 7, காந்தி தெரு\nதி. நகர்\nசென்னை 600017", "எண் 7, காந்தி தெரு\nதி. நகர்\nசென்னை 600017"),
        ("पता - सी-12, आदर्श सोसाइटी\nस्टेशन रोड\nनागपुर 440001", "सी-12, आदर्श सोसाइटी\nस्टेशन रोड\nनागपुर 440001"),
        (
            "ঠিকানা: মেঘনা টাওয়ার, ফ্ল্যাট ৩এ, বাড়ি ৯, রোড ৪, ধানমন্ডি, ঢাকা ১২০৫",
            "মেঘনা টাওয়ার, ফ্ল্যাট ৩এ, বাড়ি ৯, রোড ৪, ধানমন্ডি, ঢাকা ১২০৫",
        ),
        # Khmer, Ge'ez, Mongolian by their pieces' words
        ("អាសយដ្ឋាន៖ ផ្ទះលេខ ៤៥ ផ្លូវ ៦៣ សង្កាត់បឹងកេងកង ភ្នំពេញ", "ផ្ទះលេខ ៤៥ ផ្លូវ ៦៣ សង្កាត់បឹងកេងកង ភ្នំពេញ"),
        ("አድራሻ፦ ወረዳ 05፣ የቤት ቁጥር 778፣ ባሕር ዳር", "ወረዳ 05፣ የቤት ቁጥር 778፣ ባሕር ዳር"),
        (
            "Хаяг: Баянзүрх дүүрэг, 3-р хороо, 12-р байр, 56 тоот",
            "Баянзүрх дүүрэг, 3-р хороо, 12-р байр, 56 тоот",
        ),
        # a housing complex first; a town and a district before the street; a flat's entrance's word
        (
            "ЖК «Северная звезда», корпус 2, кв. 40\nул. Лесная, Тверь",
            "ЖК «Северная звезда», корпус 2, кв. 40\nул. Лесная, Тверь",
        ),
        (
            "м. Львів, вул. Городоцька, 15, під'їзд 2, кв. 9",
            "м. Львів, вул. Городоцька, 15, під'їзд 2, кв. 9",
        ),
        ("Հասցե՝ Գյումրի, Կումայրի, Աբովյան փ. 12, բն. 3", "Գյումրի, Կումայրի, Աբովյան փ. 12, բն. 3"),
        ("مشهد، احمدآباد، خیابان پاستور، پلاک ۹", "مشهد، احمدآباد، خیابان پاستور، پلاک ۹"),
        # Hebrew: the street, the flat and floor, the town and its postcode on lines of their own
        (
            "כתובת:\nרחוב הרצל 12\nדירה 5, קומה 2\nחולון 5811201\nתודה",
            "רחוב הרצל 12\nדירה 5, קומה 2\nחולון 5811201",
        ),
        # Chinese: the district, then the road on the next line; Thai: a condominium and its room first
        ("收件地址\n高雄市前鎮區\n中山二路55號7樓\n謝謝", "高雄市前鎮區\n中山二路55號7樓"),
        (
            "คอนโดศุภาลัย ห้อง 405 ซอยลาดพร้าว 15 แขวงจอมพล เขตจตุจักร กรุงเทพฯ 10900",
            "คอนโดศุภาลัย ห้อง 405 ซอยลาดพร้าว 15 แขวงจอมพล เขตจตุจักร กรุงเทพฯ 10900",
        ),
    ],
)
def test_addresses_in_new_scripts(text, address):
    assert covered(text, address)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a house's word and number in a sentence, no pieces nor town after
        ("ਮਕਾਨ ਨੰ. 5 ਵਿੱਚ ਕੋਈ ਨਹੀਂ ਸੀ, ਡਰਾਈਵਰ ਚਲਾ ਗਿਆ", "ਮਕਾਨ ਨੰ. 5"),
        ("ఫ్లాట్ 3 లో ఎవరూ లేరు, డ్రైవర్ వెళ్ళిపోయాడు", "ఫ్లాట్ 3"),
        # amounts in these currencies and a thousand's word; relative days
        ("Нархи 35 000 сўм эди.", "35 000 сўм"),
        ("ຄ່າໂດຍສານ 30,000 ກີບ ແພງເກີນ", "30,000 ກີບ"),
        ("ចំណាយ ១២,០០០ រៀល", "១២,០០០ រៀល"),
        ("مبلغ ۱۵۰ هزار تومان پرداخت شد.", "۱۵۰ هزار تومان"),
        ("ਕੱਲ੍ਹ ਸ਼ਾਮ ਨੂੰ ਸਫ਼ਰ ਕੀਤਾ", "ਕੱਲ੍ਹ"),
        ("ትናንት ማታ ተሳፈርኩ", "ትናንት"),
        # dates, an hour, a car's and a flight's number, an airport, a full-width amount
        ("Χρέωση 14,00 € στις 3/9 για τη διαδρομή", "3/9"),
        ("Счёт за ноябрь, всего 9 400 ₽", "ноябрь"),
        ("ご用件：6月21日の領収書\n金額：３，２００円", "３，２００円"),
        ("ご用件：6月21日の領収書\n金額：３，２００円", "6月21日"),
        ("أرجو الوصول قبل الساعة ٧ مساءً، شكرا", "الساعة ٧ مساءً"),
        ('הנהג גבה 90 ש"ח. מספר רכב 12-345-67.', "12-345-67"),
        ("נסעתי לנמל התעופה רמון, טיסה IZ 212", "נמל התעופה רמון"),
        ("נסעתי לנמל התעופה רמון, טיסה IZ 212", "IZ 212"),
    ],
)
def test_kept_in_new_scripts(text, kept):
    assert untouched(text, kept)
