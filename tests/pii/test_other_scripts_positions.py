"""Names and addresses in other scripts in positions and layouts beyond dev14 (issue 20, `scripts.py`).

Examples of our own (names and streets not of any corpus) and counter-examples: a role's word followed by
a verb, places glued to a preposition or named after a person, months and thanks stay readable."""

from __future__ import annotations

import pytest

from tests.pii.spans import covered, untouched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a role's word before a first name in a script without capitals, the clause going on after it
        ("ड्राइवर मनोज ने बहुत बदतमीजी की", "मनोज"),
        ("ড্রাইভার সুমন খুব দেরি করেছে", "সুমন"),
        ("ஓட்டுநர் கார்த்திக் மிகவும் தாமதமாக வந்தார்", "கார்த்திக்"),
        ("คนขับ ประยุทธ ขับเร็วมาก", "ประยุทธ"),
        ("მძღოლი გიორგი ძალიან უხეში იყო", "გიორგი"),
        ("הנהג אלון היה גס רוח", "אלון"),
        ("السائق ماجد كان وقحا معي", "ماجد"),
        ("راننده بهرام بی‌ادب بود", "بهرام"),
        # a name, then a place: the name ends where the place begins
        ("ஓட்டுநர் செல்வம் எழும்பூர் சென்ட்ரல் வரை வந்தார்", "செல்வம்"),
        # a phone number after the name does not make it a time
        ("ড্রাইভার রফিক ০১৭১১ ২৩৪৫৬৭ নম্বর থেকে ফোন করেছিল", "রফিক"),
        # Chinese: a role's word before a name of a common family name; two names joined by "and"
        ("司机周明辉态度很差，还绕路了", "周明辉"),
        ("司机 韩磊 很没礼貌", "韩磊"),
        ("杨帆和郑小雨在车上等了很久", "郑小雨"),
        # Japanese: a name before an honorific after a role's "の"
        ("ドライバーの松本さんが来ませんでした", "松本"),
        ("担当の小林 真理子様にお伝えください", "小林 真理子"),
        # "my name is" and "I am" in Hebrew, Persian and Georgian
        ("שמי נועה ברגר.", "נועה ברגר"),
        ("اسم من کاوه نادری است.", "کاوه نادری"),
        ("ჩემი სახელია ლევან ბერიძე.", "ლევან ბერიძე"),
    ],
)
def test_names_in_other_positions(text, name):
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a role's word followed by a verb and its object, a negation, a pronoun or a place
        ("السائق رفض الرحلة بدون سبب", "رفض"),
        ("הנהג לא הגיע בכלל", "לא"),
        ("ড্রাইভার আমাকে ভুল জায়গায় নামিয়েছে", "আমাকে"),
        ("ஓட்டுநர் என்னை அண்ணா பல்கலைக்கழகம் அருகில் இறக்கிவிட்டார்.", "என்னை"),
        ("চালক কমলাপুর রেলস্টেশনে ২০ মিনিট দেরি করেছে।", "কমলাপুর"),
        ("ड्राइवर बहुत देर से आया", "बहुत"),
        # a role's title before an honorific is no name
        ("運転手さんは親切でした", "運転手"),
        # places named after people, with their place word
        ("Таксі з аеропорту Бориспіль до Майдану Незалежності коштувало 650 грн.", "Майдану Незалежності"),
        ("Пътувах от летище Васил Левски до центъра.", "Васил Левски"),
        ("Шофьорът ме остави пред Народния театър Иван Вазов.", "Иван Вазов"),
        ("Η διαδρομή προς το Πανεπιστήμιο Αθηνών άργησε.", "Πανεπιστήμιο Αθηνών"),
        ("ผมเรียกรถจากมหาวิทยาลัยเกษตรศาสตร์", "มหาวิทยาลัยเกษตรศาสตร์"),
        # a time or a day after the role's word, or an area's number: not the role's name
        ("ড্রাইভার রাত ১০টায় এলেন, ভাড়া ৳৪৫০।", "রাত"),
        ("ড্রাইভার গুলশান ২ থেকে উঠালেন।", "গুলশান"),
        ("הנהג ביום שישי ב-22:00 לא הגיע.", "ביום שישי"),
        ("ஓட்டுநர் நேற்று மாலை ₹300 அதிகம் வசூலித்தார்.", "மாலை"),
        ("السائق مساء أمس طلب 40 درهم زيادة.", "مساء"),
        # a place's first word before its place word: a bus stand, a beach
        ("ஓட்டுநர் கோயம்பேடு பேருந்து நிலையத்தில் காத்திருந்தார்.", "கோயம்பேடு"),
        ("ஓட்டுநர் மெரினா கடற்கரை அருகே நிறுத்தினார்.", "மெரினா"),
        ("ড্রাইভার কক্সবাজার সৈকত পর্যন্ত গেলেন।", "কক্সবাজার"),
        # a month opening a sentence, thanks
        ("Մարտի 8-ին ես սպասում էի մոլի մոտ։", "Մարտի 8"),
        ("ขอบคุณมากครับ ได้รับเงินคืนแล้ว", "ขอบคุณ"),
        ("გმადლობთ, პრობლემა მოგვარდა.", "გმადლობთ"),
    ],
)
def test_no_names_in_other_positions(text, word):
    assert untouched(text, word)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Arabic: the town first, district, street and its number's word; pieces on their own lines
        ("أسكن في جدة، حي الصفا، شارع الأمير ماجد رقم 41", "جدة، حي الصفا، شارع الأمير ماجد رقم 41"),
        ("Address:\nشارع الجامعة\nحي الربوة\nعمّان\nThanks", "شارع الجامعة\nحي الربوة\nعمّان"),
        # Thai: house number, road, subdistrict, district, province and postcode by their abbreviations
        (
            "ที่อยู่ 88/12 ถ.สุขุมวิท ต.บางนา อ.เมือง จ.สมุทรปราการ 10270",
            "88/12 ถ.สุขุมวิท ต.บางนา อ.เมือง จ.สมุทรปราการ 10270",
        ),
        # Chinese: a lettered block and a postcode after; a Taiwanese postcode first, a town without its mark
        ("送到浙江省杭州市西湖文三路C座 310012", "浙江省杭州市西湖文三路C座 310012"),
        ("地址：300 新竹光復路二段101號5樓", "300 新竹光復路二段101號5樓"),
        # Japanese: the block's numbers to the house; Korean: a "…거리" road and its district in brackets
        ("住所：静岡県浜松市中区元城町12丁目3番8号", "静岡県浜松市中区元城町12丁目3番8号"),
        ("주소: 부산광역시 해운대구 센텀중앙로 79 (우동)", "부산광역시 해운대구 센텀중앙로 79 (우동)"),
        # Cyrillic: a village's mark without a dot, an alley, the postcode after
        ("Адрес: д. Липовка, алл. Садовая, д. 4, 142100", "д. Липовка, алл. Садовая, д. 4, 142100"),
        # Nepali: the street's name and word before the house's word
        ("मेरो ठेगाना: शान्ति मार्ग घर 12, ललितपुर, काठमाडौं 44600", "शान्ति मार्ग घर 12, ललितपुर, काठमाडौं 44600"),
    ],
)
def test_addresses_in_other_layouts(text, address):
    assert covered(text, address)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ركبت من ميدان التحرير إلى مطار القاهرة بمبلغ 250 جنيه.", "250 جنيه"),
        ("司机在中正纪念堂附近等了20分钟", "20分钟"),
        ("ค่าโดยสาร 350 บาท จากสนามบินสุวรรณภูมิ", "350 บาท"),
    ],
)
def test_kept_items_beside_new_finders(text, kept):
    assert untouched(text, kept)
