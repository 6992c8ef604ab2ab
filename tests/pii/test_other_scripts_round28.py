"""Names and addresses of other scripts in positions the earlier rounds missed (issue 20, round 28).

Examples of our own (names, streets and towns not of any corpus) and counter-examples: two first names
joined by "and" before "with me" or "in the car" (or after it), Persian lists joined by "و", "I" and a
name alone on a line under the greeting, a Chinese given name alone after the driver's word, a Japanese
name before "です" after the greeting, a booking's label before a name, an address under its label over
several lines, a Persian piece placing the house by a boulevard; things, fares, times, traits and places
in the same positions stay readable."""

from __future__ import annotations

import pytest

from tests.pii.spans import covered, untouched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # two first names joined by "and" before "with me" / "in the car", or after "with me"
        ("कविता और रोहन दोनों गाड़ी में थे", "रोहन"),
        ("নাসরিন আর জাহিদ আমার সাথে ছিল", "নাসরিন"),
        ("செல்வி மற்றும் முருகன் என்னுடன் இருந்தனர்", "முருகன்"),
        ("มาลี กับ ประยุทธ นั่งมาด้วย", "มาลี"),
        ("秀兰和海涛跟我一起坐车", "海涛"),
        ("真理子と健太が同乗しました", "健太"),
        ("נסעו איתי שירה ואלון", "אלון"),
        ("كان معي ليلى وكريم في السيارة", "ليلى"),
        ("Со мной ехали Дарина и Глеб", "Глеб"),
        ("Μαζί μου ήταν η Δέσποινα και ο Στάθης", "Δέσποινα"),
        ("ჩემთან ერთად იყვნენ თამარი და ლევანი", "ლევანი"),
        # Persian lists joined by "و"
        ("مسافران: شیرین و بهرام", "بهرام"),
        # "I" and a name alone on a line under the greeting
        ("היי\nאני תמר שלו\nשכחתי מטריה ברכב", "תמר שלו"),
        ("নমস্কার\nআমি দীপা বসু\nরসিদ পাইনি", "দীপা বসু"),
        # a Chinese given name alone after the driver's word
        ("司機家豪沒有來", "家豪"),
        ("司机秀英态度很差", "秀英"),
        # a Japanese name before "です" after the greeting's stop
        ("お世話になっております。高橋です。領収書の件です。", "高橋"),
        # a booking's or a contact's label
        ("예약자: 박서준", "박서준"),
        ("予約者：中村恵", "中村恵"),
        ("ผู้จอง: วิไล มั่นคง", "วิไล มั่นคง"),
        ("به نام: پریسا کامرانی", "پریسا کامرانی"),
    ],
)
def test_names_in_new_positions(text, name):
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("किराया और टिप दोनों कट गए", "किराया"),
        ("दिल्ली और मुंबई के बीच की यात्रा", "मुंबई"),
        ("ভাড়া আর টিপস দুটোই কেটেছে", "টিপস"),
        ("东西和行李跟我一起", "行李"),
        ("كان معي الشنطة والهاتف في السيارة", "الشنطة"),
        ("Со мной были сумка и Телефон", "сумка"),
        ("ჩემთან ერთად იყო ჩემოდანი და ჩანთა", "ჩემოდანი"),
        ("אני בשדה התעופה\nאיפה הנהג?", "בשדה התעופה"),
        ("אני מאוד כועס\nהנהג לא הגיע", "כועס"),
        ("司机一直在打电话", "一直"),
        ("司机师傅态度很好", "师傅"),
        ("司机早上没来", "早上"),
        ("司机突然不开了", "突然"),
        ("こんにちは。返金希望です。", "返金希望"),
        ("こんにちは。東京駅です。", "東京駅"),
        ("はじめまして。学生です。", "学生"),
        ("이름: 없음", "없음"),
        ("از خیابان ولیعصر رفتیم و نرسیده به بلوار پیاده شدم", "خیابان ولیعصر"),
    ],
)
def test_no_names_in_new_positions(text, word):
    assert untouched(text, word)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # an address under its label, over several lines
        ("पता:\n57, गोविंद मार्ग\nभिवंडी", "57, गोविंद मार्ग\nभिवंडी"),
        ("ঠিকানা:\nবাড়ি 23, কলেজ সড়ক\nনাটোর", "বাড়ি 23, কলেজ সড়ক\nনাটোর"),
        ("முகவரி:\n18, பாரதி சாலை\nவேலூர்", "18, பாரதி சாலை\nவேலூர்"),
        ("ที่อยู่\n45 ซอยสุขใจ\nเขตบางเขน", "45 ซอยสุขใจ\nเขตบางเขน"),
        ("地址：\n杭州市\n西湖区文三路88号\n2单元301", "杭州市\n西湖区文三路88号\n2单元301"),
        ("주소:\n수원시\n매탄로 41\n705호", "수원시\n매탄로 41\n705호"),
        ("მისამართი:\nნინოშვილის ქ. 12\nქუთაისი", "ნინოშვილის ქ. 12\nქუთაისი"),
        ("نشانی:\nخیابان لاله\nمحله شهرک غرب", "خیابان لاله\nمحله شهرک غرب"),
        # a Persian piece placing the house by a boulevard
        ("آدرس: خیابان فردوسی، نرسیده به بلوار\nشیراز", "خیابان فردوسی، نرسیده به بلوار"),
        ("نشانی: کوچه نسترن، جنب بلوار", "کوچه نسترن، جنب بلوار"),
    ],
)
def test_addresses_in_new_positions(text, address):
    assert covered(text, address)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("收货地址：\n上海市\n浦东新区世纪大道100号\n请尽快处理", "请尽快处理"),
        ("Адрес:\nне помню точно", "не помню точно"),
        ("3月5日晚上7点从首都机场出发，车费85元", "85元"),
        ("ساعت ۹ شب از میدان آزادی سوار شدم", "میدان آزادی"),
    ],
)
def test_kept_in_new_positions(text, kept):
    assert untouched(text, kept)
