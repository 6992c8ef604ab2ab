"""Other scripts, round 29 (issue 20): names and addresses left by round 28.

Examples of our own (names, streets and complexes not of any corpus) and counter-examples: a Hindi role's word,
a name and a negation; Chinese "I am" and a name alone on a line whatever the family name; companions' labels before a list; a Russian housing complex named without
quotes; a Thai soi glued to the road's abbreviation after the address's label."""

from __future__ import annotations

import pytest

from tests.pii.spans import covered, untouched


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # adverbs between a Hindi role's word and a negation
        ("ड्राइवर बिल्कुल नहीं आया", "बिल्कुल"),
        ("ड्राइवर कभी नहीं आता", "कभी"),
        # Chinese "I am" and a role, a kind of customer or a verb
        ("您好\n我是乘客\n订单有问题", "乘客"),
        ("您好\n我是新用户\n订单有问题", "新用户"),
        ("您好\n我是来投诉\n订单有问题", "来投诉"),
        # the address's label glued to a Thai clause, a housing complex without a unit
        ("ที่อยู่ไม่ถูกต้อง 2 ครั้ง", "2 ครั้ง"),
        ("ЖК Лесной мне понравился", "Лесной"),
        ("สวัสดีครับ\nคนขับมาช้า", "สวัสดีครับ"),
    ],
)
def test_kept_round29(text, kept):
    assert untouched(text, kept)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name signed under the complaint is still a name
        ("سلام\nراننده خیلی دیر آمد.\nنگار توکلی", "نگار توکلی"),
        ("নমস্কার\nগাড়ি আসেনি।\nতানিয়া রহমান", "তানিয়া রহমান"),
        ("வணக்கம்\nஓட்டுநர் வரவில்லை.\nமுருகன் செல்வம்", "முருகன் செல்வம்"),
        ("مرحبا\nالسائق تأخر.\nفاطمة الزهراء", "فاطمة الزهراء"),
        ("नमस्ते\nगाडी ढिलो आयो।\nअम्बिका श्रेष्‍ठ", "अम्बिका श्रेष्‍ठ"),
        ("নমস্কার\nগাড়ি আসেনি।\nড্রাইভার রহিম আসেনি", "রহিম"),
        # a Hindi role's word, a name and a negation
        ("सलाम\nड्राइवर असीम नहीं आया", "असीम"),
        ("ड्राइवर असीम कुमार नहीं आया", "असीम कुमार"),
        # Chinese "I am" and a name alone on a line, the family name outside the list
        ("你好\n我是欧阳娜娜", "欧阳娜娜"),
        ("您好\n我是诸葛明\n订单没到", "诸葛明"),
        # companions' labels
        ("سلام\nهمراهان: نگار و امید", "امید"),
        ("Попутчики: Злата, Тимур", "Злата"),
    ],
)
def test_names_round29(text, name):
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Адрес: ЖК Солнечный, корп. 3", "ЖК Солнечный, корп. 3"),
        ("Мы живём в ЖК Лесной, корп. 3, кв. 41", "Лесной, корп. 3, кв. 41"),
        ("ที่อยู่ ซอยถ.สุขุมวิท 22", "สุขุมวิท 22"),
        ("ที่อยู่: ถนนพระราม 4 แขวงคลองเตย", "ถนนพระราม 4"),
    ],
)
def test_addresses_round29(text, address):
    assert covered(text, address)
