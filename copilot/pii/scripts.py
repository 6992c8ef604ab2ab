"""Names, addresses and kept items written in scripts other than Latin (issue 20, dev14).

Each by the shape its script or language gives it, never by a list of the corpus's strings:

- addresses: Cyrillic "г. …, ул. …, д. 23, кв. 41" and "<street> 32, стан 5, <town>", Greek "<street in the
  genitive> 33, <district>", Hebrew "רחוב/שדרות … 45 דירה 8, <town>", Persian and Arabic lines of
  "خیابان، کوچه، پلاک", Hindi and Marathi "मकान नं. …, <town> <PIN>", Bengali "বাড়ি …", Tamil "<n>, …
  தெரு/வீதி, …, <town> <PIN>", Chinese 市/区/路/号/楼/室, the building after a Japanese or Korean address,
  Georgian and Armenian street lines;
- names after what introduces one ("меня зовут", "मेरा नाम", "আমার নাম", "我叫", "收件人", "ชื่อ", "אני",
  "أنا"), after a driver's word, before a Chinese phone's cue or an honorific, and as a message's last
  words (a signature);
- what is no name (greetings, thanks, labels, pronouns, roles: `words/script_not_names.txt`; a lowercase
  word of a cased script; a place beside its place word) and what must stay readable (dates with the
  months of these languages, amounts in their currencies' words, durations, ages, plates).

Every entry point first asks `has_other_script`: Latin-only text costs one `isascii` or one search.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

from copilot.pii import patterns
from copilot.pii.patterns import Span, word_list

_OTHER_LETTER_RE = re.compile(r"[^\P{L}\p{Latin}]")


@lru_cache(maxsize=16)
def has_other_script(text: str) -> bool:
    """Whether text holds a letter of a script other than Latin (the gate of everything here; asked
    several times of one message, hence the cache)."""
    return not text.isascii() and _OTHER_LETTER_RE.search(text) is not None


NOT_NAMES = word_list("script_not_names")

# ---------------------------------------------------------------------------------------------
# Addresses
# ---------------------------------------------------------------------------------------------

_D = r"\d"  # (the regex module's \d reads Devanagari, Bengali, Arabic-Indic and Persian digits too)
_NUM = _D + r"{1,5}(?:[/\-]" + _D + r"{1,5})?(?:\p{L}\p{M}?)?"
_CAP_CY = r"\p{Lu}[\p{Cyrillic}\p{M}'’\-]+"
# Cyrillic: a town's mark, a street's type before its name, the house, flat, floor and entrance.
_CY_TOWN = (
    r"(?:(?:г|м|гр|с|пгт|смт|қ|д|п|пос|дер|клх|снт|ст-ца|х|рп)\.?[ \t]+|(?:г|м|гр|с|пгт|смт|қ)\.[ \t]*)"
    + _CAP_CY
    + r"(?:[ \t]+"
    + _CAP_CY
    + r")?"
)
_CY_TYPE = (
    r"(?:ул|вул|бул|пр|просп|пр-т|пер|пров|пл|ш|наб|мкр|мкрн|бульв|ж\.к|жк|алл|туп)\.|"
    r"(?i:улица|вулиця|булевар|булевард|бульвар|проспект|переулок|провулок|шоссе|площадь|площа|набережная)"
)
_CY_UNIT = (
    r"(?:д|дом|буд|кв|ап|ет|эт|стан|под|вх|корп|к|стр|оф|офис|пом|кім|"
    r"під['’ʼ]?їзд|подъезд|корпус|квартира|этаж|поверх)\.?"
)
_CY_NAME = (
    r"[„«\"]?\p{Cyrillic}[\p{Cyrillic}\p{M}'’\-]+"
    r"(?:[ \t]+(?:\p{Cyrillic}[\p{Cyrillic}\p{M}'’\-]*|\d{1,2}-?\p{L}{0,3}))?[“»\"]?"
)
# (a town after the flat, ending the clause or before a lowercase word: "…, стан 5, Нови Сад и …")
_CY_TOWN_AFTER = (
    r"(?:,[ \t]*" + _CAP_CY + r"(?:[ \t]+" + _CAP_CY + r")?(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+\p{Ll}))?"
    r"(?:,[ \t]*\d{6}(?!\d))?"
)
_CY_UNITS = r"(?:,?[ \t]*" + _CY_UNIT + r"[ \t]*" + _NUM + r")"
CY_ADDRESS_RE = re.compile(
    # a housing complex first, its name quoted or not: "ЖК «…», корпус 3, кв. 211", "ЖК Лесной, корп. 3",
    # and the street and town on the next line
    r"(?<![\p{L}\p{M}])(?:ЖК|жк|Ж\.К\.|ж\.к\.)[ \t]*(?:[„«\"][^»“\"\n]{2,30}[»“\"]|"
    + _CAP_CY
    + r"(?:[ \t]+"
    + _CAP_CY
    + r"){0,2})"
    + _CY_UNITS
    + r"+(?:[ \t]*[,\n][ \t]*(?:"
    + _CY_TYPE
    + r")[ \t]*"
    + _CY_NAME
    + r"(?:,?[ \t]*"
    + _NUM
    + r")?)?"
    + _CY_TOWN_AFTER
    + r"|(?<![\p{L}\p{M}])(?:"
    + _CY_TOWN
    + r",[ \t]*)?(?:"
    + _CY_TYPE
    + r")[ \t]*"
    + _CY_NAME
    + r",?[ \t]*"
    r"(?:(?:д|дом|буд|№)\.?[ \t]*)?"
    + _NUM
    + _CY_UNITS
    + "*"
    + _CY_TOWN_AFTER
    # a street without its type: "Кнез Михаилова 32, стан 5, Београд" (a flat or floor must follow)
    + r"|(?<![\p{L}\p{M}])"
    + _CAP_CY
    + r"(?:[ \t]+"
    + _CAP_CY
    + r"){0,2}[ \t]+"
    + _NUM
    + _CY_UNITS
    + "+"
    + _CY_TOWN_AFTER
)
# Greek: a street named in the genitive, its number, then a district or a postcode and town.
_CAP_EL = r"\p{Lu}[\p{Greek}\p{M}]+"
EL_ADDRESS_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?:(?:Οδός|Οδος|Λεωφόρος|Λεωφ\.|Πλατεία|οδός|οδό)[ \t]+)?"
    r"(?:" + _CAP_EL + r"[ \t]+){0,2}\p{Lu}[\p{Greek}\p{M}]+(?:ος|ους|ου|ων|ας|ης|εως|ού|ών|άς|ής)"
    r"[ \t]+\d{1,4}\p{L}?(?![\d:.,]\d)"
    r"(?:,[ \t]*\d\p{L}{1,3}[ \t]+όροφος)?"
    r"(?:,[ \t]*(?:\d{3}[ \t]?\d{2}[ \t]+)?"
    + _CAP_EL
    + r"(?:[ \t]+"
    + _CAP_EL
    + r")?(?=[ \t]*(?:[.,;!?)\n]|$)))?"
)
# Hebrew: a street's word (a preposition glued before it stays out), the name, number, flat and town.
_HE_WORD = r"\p{Hebrew}[\p{Hebrew}'\"׳״\-]*"
HE_ADDRESS_RE = re.compile(
    r"(?<![\p{Hebrew}])[לבמה]?((?:רחוב|רח'|רח׳|שדרות|שד'|שד׳|דרך|סמטת|כיכר|שכונת)[ \t]+"
    r"(?:" + _HE_WORD + r"[ \t]+){1,3}\d{1,4}\p{Hebrew}?"
    # (the flat and floor, the town and its postcode may each go on a line of their own)
    r"(?:[ \t]*[,\n]?[ \t]*(?:דירה|קומה|כניסה|ד')[ \t]*\d{1,4})*"
    r"(?:[ \t]*[,\n][ \t]*" + _HE_WORD + r"(?:[ \t]+" + _HE_WORD + r")?(?:[ \t]+\d{7})?"
    r"(?=[ \t]*(?:[.,;!?)\n]|$)))?)"
)
# Persian and Arabic: comma-separated pieces of a street, lane, plot and unit, a town before them.
_FA_TYPE = r"(?:خیابان|خ\.|کوچه|بلوار|میدان|بزرگراه|پلاک|واحد|طبقه|شارع|طريق|حي|عمارة|شقة|مبنى|الدور|ساختمان)"
_AR_W = r"\p{Arabic}[\p{Arabic}\p{M}\u200c]*"
_FA_PIECE = (
    _FA_TYPE
    + r"[ \t]+(?:"
    + _D
    + r"{1,5}|"
    + _AR_W
    + r"(?:[ \t]+(?!"
    + _FA_TYPE
    + r"|رقم)"
    + _AR_W
    + r"){0,2}(?:[ \t]+"
    + _D
    + r"{1,5}(?![\d:.]))?)(?:[ \t]+رقم[ \t]*"
    + _D
    + r"{1,5})?"
)
# (a Persian piece placing the house by a street: "نرسیده به بلوار", "جنب کوچه …", "نبش میدان")
_FA_NEAR_WORD = r"(?:نرسیده[ \t]+به|بعد[ \t]+از|قبل[ \t]+از|جنب|روبروی|روبه‌روی|نبش|پشت|کنار)"
_FA_NEAR = _FA_NEAR_WORD + r"[ \t]+(?:" + _FA_PIECE + r"|" + _FA_TYPE + r"(?![\p{L}\p{M}]))"
FA_ADDRESS_RE = re.compile(
    r"(?<![\p{Arabic}])(?:"
    + _AR_W
    + r"[ \t]*[،,][ \t]*){0,2}"
    + _FA_PIECE
    + r"(?:[ \t]*[،,\n][ \t]*(?:"
    + _FA_NEAR
    + r"|"
    + _FA_PIECE
    + r"))+"
    # (the town after the pieces, ending its line or clause)
    + r"(?:[ \t]*[،,\n][ \t]*"
    + _AR_W
    + r"(?=[ \t]*(?:[.،,!؟\n]|$)))?"
)
# Hindi, Marathi, Bengali and Tamil: a house's word and number (or a number before a street's word), up
# to five comma-separated pieces, and the town with its postcode.
_IN_HEAD = (
    r"(?:\p{Devanagari}+[ \t]+(?:पथ|मार्ग|रोड|सड़क|गली|टोल)[ \t]+)?"
    r"(?:मकान|फ्लैट|फ्लॅट|फ़्लैट|घर|प्लॉट|हाउस|बंगला|রোড|বাড়ি|বাড়ি|বাসা|ফ্ল্যাট|হোল্ডিং)[ \t]*"
    r"(?:नं\.?|नंबर|क्र\.?|क्रमांक|নং\.?|নম্বর)?[ \t]*"
    + _NUM
    + r"|"
    + _NUM
    + r",[ \t]*[\p{Tamil}\p{Devanagari}\p{M}]+[ \t]+(?:தெரு|வீதி|சாலை|ரோடு|मार्ग|रोड)"
)
IN_ADDRESS_RE = re.compile(
    r"(?<![\p{L}\p{M}\d])"
    # (a tower or building named first: "রূপায়ণ টাওয়ার, ফ্ল্যাট ৭বি, বাড়ি ২৩, …")
    r"(?:[\p{Bengali}\p{Devanagari}\p{M}]+[ \t]+(?:টাওয়ার|ভবন|ম্যানশন|প্লাজা|टॉवर|भवन|अपार्टमेंट),[ \t]*)?"
    r"(?:" + _IN_HEAD + r")(?:(?:,[ \t]*[^,।\n]{1,30}?){0,5},[ \t]*"
    r"[\p{Devanagari}\p{Bengali}\p{Tamil}\p{M}]+[ \t]+" + _D + r"{2,3}[ \t]?" + _D + r"{0,3}(?![\d\p{L}])"
    # (without the postcode: a street's piece among them, the town ending the line or the sentence)
    r"|(?=[^\n।]*(?:मार्ग|रोड|सड़क|गली|पथ|রোড|সড়ক|লেন|தெரு|சாலை))(?:,[ \t]*[^,।\n]{1,30}?){1,5},[ \t]*"
    r"[\p{Devanagari}\p{Bengali}\p{Tamil}][\p{L}\p{M}\u200c\u200d]*(?=[ \t]*(?:[।.\n]|$)))"
)
# Tamil: a house number before a street's one or two words and its word, the area after it ("… மணிக்கு 14
# நேரு தெரு", "22 காமராஜர் சாலை, அடையார்")
TA_STREET_RE = re.compile(
    r"(?<![\p{L}\p{M}\d:.])" + _D + r"{1,4}(?:/" + _D + r"{1,4})?[ \t]+(?:[\p{Tamil}\p{M}]+[ \t]+){1,2}"
    r"(?:தெரு|சாலை|வீதி|ரோடு)(?![\p{L}\p{M}])(?:,[ \t]*[\p{Tamil}\p{M}]+(?:[ \t]+[\p{Tamil}\p{M}]+)?"
    r"(?:[ \t]+" + _D + r"{6})?(?=[ \t]*(?:[,.\n]|$)))?"
)
# Gujarati, Gurmukhi, Telugu, Kannada, Malayalam, Sinhala and Tamil: a house's or flat's word and its
# number (or the word for number alone: "ਮਕਾਨ ਨੰ. 1127", "නො. 45/2", "எண் 12"), pieces on one line or
# several, and the town with or without its postcode; a house's name ("… ഹൗസ്"), a flat's letter and number
# ("बी-204") or a bare number first only with the postcode.
_IN_LETTER = (
    r"[\p{Devanagari}\p{Bengali}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Gujarati}\p{Gurmukhi}"
    r"\p{Sinhala}]"
)
_IN_TOWN = _IN_LETTER + r"[\p{L}\p{M}\u200c\u200d]*"
_IN_PIECES = r"(?:[ \t]*[,\n][ \t]*[^,।\n]{1,30}?){0,5}[ \t]*[,\n][ \t]*"
_IN_PIN = _IN_TOWN + r"(?:[ \t]+" + _IN_TOWN + r")?[ \t]+" + _D + r"{3}[ \t]?" + _D + r"{3}(?![\d\p{L}])"
_IN_ON_LINE = r"(?:[ \t]*,[ \t]*[^,।\n]{1,30}?){0,5}[ \t]*,[ \t]*"
IN_HOUSE_ADDRESS_RE = re.compile(
    r"(?<![\p{L}\p{M}\d])(?:"
    r"(?:ఫ్లాట్|ఇంటి[ \t]+నం\.?|ਮਕਾਨ|ਫਲੈਟ|ਫ਼ਲੈਟ|ਘਰ|ഫ്ലാറ്റ്|വീട്|ફ્લેટ|મકાન|ಮನೆ|ಫ್ಲಾಟ್|නිවස)[ \t]*"
    r"(?:నం\.?|ਨੰ\.?|നം\.?|નં\.?|ನಂ\.?|අංක)?[ \t]*"
    + _NUM
    + r"|(?:எண்|නො\.|ನಂ\.|నం\.|ਨੰ\.|નં\.)[ \t]*"
    + _NUM
    + r")(?:"
    + _IN_PIECES
    + _IN_PIN
    # (without the postcode the pieces stay on one line, the town ending it or its sentence)
    + r"|"
    + _IN_ON_LINE
    + _IN_TOWN
    + r"(?:[ \t]+"
    + _IN_TOWN
    + r")?(?=[ \t]*(?:[।.\n]|$)))"
    + r"|(?<![\p{L}\p{M}\d])(?:\p{Malayalam}[\p{Malayalam}\p{M}]*[ \t]+(?:ഹൗസ്|ഭവൻ|ഭവനം)|"
    r"\p{Devanagari}[\p{M}]?-" + _D + r"{1,4}|" + _NUM + r"(?=,))" + _IN_PIECES + _IN_PIN
)
# Khmer: the house's number, street, commune, district and town; Ge'ez: the sub-city, woreda, kebele and
# house number, then the town; Mongolian: the district, khoroo, complex, building and flat.
KM_ADDRESS_RE = re.compile(
    r"(?:ផ្ទះលេខ|ផ្ទះ)[ \t]*" + _D + r"{1,5}\p{L}?"
    r"(?:[ \t]*,?[ \t]*(?:ផ្លូវ(?:លេខ)?[ \t]*(?:"
    + _D
    + r"{1,5}|\p{Khmer}+)|(?:ភូមិ|សង្កាត់|ឃុំ|ខណ្ឌ|ស្រុក|ខេត្ត|ក្រុង)[ \t]*[\p{Khmer}\p{M}]+))+"
    r"(?:[ \t]+[\p{Khmer}\p{M}]+(?=[ \t]*(?:[។.\n]|$)))?"
)
_ET_SEP = r"[ \t]*[፣,][ \t]*"
ET_ADDRESS_RE = re.compile(
    r"(?:\p{Ethiopic}+[ \t]+ክፍለ[ \t]+ከተማ" + _ET_SEP + r")?(?:ወረዳ|ቀበሌ)[ \t]*" + _D + r"{1,3}"
    r"(?:" + _ET_SEP + r"(?:ወረዳ|ቀበሌ|የቤት[ \t]+ቁጥር|ቤት[ \t]+ቁጥር)[ \t]*" + _D + r"{1,5})*"
    r"(?:" + _ET_SEP + r"\p{Ethiopic}+(?:[ \t]+\p{Ethiopic}+)?(?=[ \t]*(?:[።.\n]|$)))?"
)
_MN_NUM = r"\d{1,4}(?:-р|-р\b)?"
MN_ADDRESS_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?:\p{Lu}[\p{Cyrillic}\-]+[ \t]+(?:дүүрэг|сум|аймаг),[ \t]*)?"
    + _MN_NUM
    + r"[ \t]+хороо(?:,[ \t]*(?:\p{Lu}[\p{Cyrillic}\-]+[ \t]+(?:хотхон|гудамж|хороолол)|"
    + _MN_NUM
    + r"[ \t]+(?:байр|тоот|орц|давхар)))*"
)
# Chinese: town, district, road (and its section), number, building, floor and room.
_ZH_ADMIN = (
    r"(?:\p{Han}{2,4}(?:省|自治区|特别行政区))?(?:\p{Han}{1,4}(?:市|縣|县))?(?:\p{Han}{1,4}(?:区|區|县|縣))?"
)
ZH_ADDRESS_RE = re.compile(
    r"(?:(?<![\p{Han}\d])\d{3,6}[ \t]*"
    r"(?=\p{Han}{2,12}?(?:路|街|道|巷|弄)(?:\p{Han}{1,2}段)?\d{1,5}(?:号|號))|"
    r"(?:(?<![\p{Han}])|(?<=是|在|到|至|址|：))(?![是在到至])(?=\p{Han}{1,4}(?:省|市|区|區|特别行政区)))"
    + _ZH_ADMIN
    + r"\n?[\p{Han}A-Za-z\d\-]{1,16}?(?:路|街|道|大道|巷|弄|胡同)(?:\p{Han}{1,2}段)?"
    r"(?:[\dA-Za-z\-]{1,6}(?:号|號))?"
    r"(?:[\p{Han}A-Za-z\d\-]{0,12}?(?:栋|棟|座|楼|樓|层|層|室|单元|號|号|之\d{1,3})(?:\d{1,5}(?![\d\-]))?)*"
    r"(?:[ \t]*\d{6}(?!\d))?"
)
# The building, floor and room after a Japanese or Korean address ("渋谷ヒカリエ 12F",
# "센텀리더스마크 1203호").
_JA_TAIL_WORD = r"[\p{Katakana}\p{Han}A-Za-z\d・ー＆&\-‐−－]"
JA_TAIL_RE = re.compile(
    r"(?:[ \t　]*" + _JA_TAIL_WORD + r"+(?=[ \t　」』）)\n、。]|$|[\p{Hiragana}]))"
    r"(?:[ \t　]" + _JA_TAIL_WORD + r"{1,12}(?=[ \t　」』）)\n、。]|$|[\p{Hiragana}])){0,2}"
)
JA_REST_RE = re.compile(r"(?:[-‐−－]?\d{1,4}(?:番地?|号))+")
KO_ROAD_RE = re.compile(
    r"(?<![\p{Hangul}\d])(?:\p{Hangul}+(?:특별시|광역시|특별자치시|특별자치도|도)[ \t]+)?"
    r"\p{Hangul}+(?:시|군|구)(?:[ \t]+\p{Hangul}+(?:구|시|군|읍|면))?"
    r"[ \t]+[\p{Hangul}\d]+(?:거리|대로|로|길)[ \t]*\d{1,4}(?:-\d{1,4})?(?:[ \t]*\([\p{Hangul}\d, ]{2,20}\))?"
)
# Thai: the house's number, then soi, road, subdistrict, district and province, each by its word or
# abbreviation, and the postcode.
_TH_PIECE = (
    r"(?:หมู่(?:ที่)?[ \t]*\d{1,3}|ม\.[ \t]*\d{1,3}|"
    r"(?:ซอยถ\.|ซ\.ถ\.|ซ\.|ซอย|ถ\.|ถนน|ต\.|ตำบล|แขวง|อ\.|อำเภอ|เขต|จ\.|จังหวัด)[ \t]*\p{Thai}[\p{Thai}\d]*"
    r"(?:[ \t]+\d{1,3}(?![\d/]))?)"
)
TH_ADDRESS_RE = re.compile(
    r"(?:(?:คอนโด|อาคาร|หมู่บ้าน)\p{Thai}*(?:[ \t]+\p{Thai}+)?[ \t]+(?:ห้อง|เลขที่)[ \t]*|(?<![\d/]))"
    r"\d{1,5}(?:/\d{1,4})?(?:[ \t]+" + _TH_PIECE + r"){2,}"
    r"(?:[ \t]+(?:กรุงเทพฯ|กรุงเทพมหานคร|\p{Thai}+))?(?:[ \t]+\d{5}(?!\d))?"
    # (after the address's label, the pieces without a house's number: "ที่อยู่ ซอยถ.สุขุมวิท 22")
    r"|(?<=ที่อยู่[:：]?[ \t]*)(?=[^\n]*\d)" + _TH_PIECE + r"(?:[ \t]+" + _TH_PIECE + r")*"
)
KO_TAIL_RE = re.compile(r"[ \t]+\p{Hangul}[\p{Hangul}A-Za-z\d]*[ \t]*\d{1,5}(?:호|층)")
# Georgian and Armenian: a town, the street with its type and number, the flat.
KA_HY_ADDRESS_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?:[\p{Georgian}\p{Armenian}]+,[ \t]*){0,2}"
    r"[\p{Georgian}\p{Armenian}][\p{Georgian}\p{Armenian}\-]*"
    r"[ \t]+(?:ქ\.|ქუჩა|გამზ\.|გამზირი|ჩიხი|შესახვევი|ხეივანი|փողոց|պողոտա|փ\.|պող\.)[ \t]*\d{1,4}\p{L}?"
    r"(?:,[ \t]*(?:ბინა|ბ\.|სართ\.|კორპ\.|բն\.|բնակարան|շենք)[ \t]*\d{1,4})*"
)


# The same countries' addresses in Latin letters: the street's name before its type and number ("Dostyk
# Ave 180", "Abay ave 52, kv 8, Astana"), a type abbreviated before the name ("vul.", "ul."), a flat,
# entrance or office ("kv. 61", "vh. B", "office 512") and the town with its postcode; Korean districts,
# roads and lanes ("Jongno-gu Sejong-daero 23-gil 7, Seoul").
TRANSLIT_CUE_RE = re.compile(  # (plain word boundaries and cases spelt out: the cheaper search)
    r"\b(?:[kK]v|[vV]ul|[uU]l|[vV]h|[bB]ul|prosp|mkr)\.|\bkv\b|-(?:gu|ro|gil|daero)\b"
    r"|\b(?:Ave|ave|St|Str|Rd)\.?[ \t]+\d"
)
_TR_CAP = r"\p{Lu}[\p{Ll}\p{M}'’\-]+"
_TR_UNIT = (
    r"(?:,?[ \t]*(?i:kv|apt|ap|office|of|vh|et|fl|floor|korp|k)\.?"
    r"[ \t]*(?:\d{1,4}[A-Za-z]?|\p{Lu})(?![\p{L}\d]))"
)
_TR_TOWN = r"(?:,[ \t]*(?:\d{4,6}[ \t]+)?" + _TR_CAP + r"(?:[ \t]+\d{4,6}(?![\d]))?)?"
TRANSLIT_ADDRESS_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?:"
    + _TR_CAP
    + r"(?:[ \t]+"
    + _TR_CAP
    + r"){0,2}[ \t]+(?i:ave|avenue|st|str|street|rd|road|prospekt|ulitsa|köşesi|kuchasi|dangyly|blvd)\.?"
    r"|(?i:vul|ul|bul|prosp|pr|mkr)\.[ \t]*" + _TR_CAP + r"(?:[ \t]+" + _TR_CAP + r"){0,2})"
    r"[ \t]+\d{1,4}[A-Za-z]?(?:/\d{1,4})?"
    + _TR_UNIT
    + "*"
    + _TR_TOWN
    + r"|(?<![\p{L}\p{M}])\p{Lu}\p{Ll}+-gu[ \t]+\p{Lu}\p{Ll}+-(?:ro|gil|daero|dong)(?:[ \t]+\d{1,4}-gil)?"
    r"[ \t]+\d{1,4}(?:-\d{1,4})?" + _TR_TOWN
)

# Armenian: a town's or village's mark, the town (its region, postcode), the street and number, the flat
_HY_CAP = r"\p{Lu}[\p{Armenian}\-]+"
HY_TOWN_ADDRESS_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?:ք|գ)\.[ \t]*" + _HY_CAP + r"(?:,[ \t]*" + _HY_CAP + r"[ \t]+մարզ)?(?:,[ \t]*\d{4})?"
    r",[ \t]*"
    + _HY_CAP
    + r"(?:[ \t]+"
    + _HY_CAP
    + r"){0,2}[ \t]+\d{1,4}(?:,[ \t]*(?:բն\.|բնակարան)[ \t]*\d{1,4})?"
)


_STREET_PIECE_RE = re.compile(r"(?<![\p{L}\p{M}])(?:شارع|خیابان|کوچه|بلوار|طريق)[ \t]")
_AREA_PIECE_RE = re.compile(r"(?<![\p{L}\p{M}])(?:حي|محله|منطقة)[ \t]")


_NEAR_PIECE_RE = re.compile(r"(?<![\p{L}\p{M}])" + _FA_NEAR_WORD + r"[ \t]+" + _FA_TYPE)


def _two_pieces(value: str) -> bool:
    return bool(
        _STREET_PIECE_RE.search(value) and (_AREA_PIECE_RE.search(value) or _NEAR_PIECE_RE.search(value))
    )


# An address's label alone on its line, the address on the lines under it ("ঠিকানা:\nবাড়ি 17, … সড়ক\n
# মেহেরপুর", "地址：\n上海市\n浦东新区…100号"): up to four short lines with no sentence's end, one of
# them with a number (or an Arabic-script street's and area's pieces); a line with no number after the
# numbered one only when it is one to three words or, in Chinese and Japanese, holds an address's unit
_LABEL_BLOCK_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?:العنوان|عنواني|نشانی|آدرس|כתובת|पता|ठेगाना|ঠিকানা|முகவரி|ที่อยู่|地址|收货地址|收貨地址|"
    r"住所|주소|(?i:адрес|адреса|διεύθυνση)|მისამართი|Հասցե)[ \t]*[:：՝]?[ \t]*\n"
    r"((?:[ \t]*(?:[^\n.!?。！？]|\.(?=[ \t]*[^\s.])){2,40}(?:\n|$)){1,4})"
)
_BLOCK_UNIT_RE = re.compile(r"[市区區县縣镇鎮路街道巷号號楼樓室单元單元階丁目番地]")
_HAS_NUMBER_RE = re.compile(r"\d")
_HAN_KANA_RE = re.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def _label_block(text: str, m) -> Span | None:
    start = m.start(1)
    at, end, numbered = start, None, False
    for line in m.group(1).splitlines(keepends=True):
        body = line.strip()
        if not has_other_script(body) or any(w.lower().strip(".,:;") in NOT_NAMES for w in body.split()):
            break
        if _HAS_NUMBER_RE.search(body):
            numbered = True
        elif numbered and not (
            (len(body.split()) <= 3 and not _HAN_KANA_RE.search(body)) or _BLOCK_UNIT_RE.search(body)
        ):
            break
        end = at + len(line.rstrip())
        at += len(line)
    if end is not None and (numbered or _two_pieces(text[start:end])):
        return (start + len(text[start:end]) - len(text[start:end].lstrip()), end, 0.7)
    return None


@lru_cache(maxsize=16)
def _addresses(text: str) -> tuple[Span, ...]:
    out: list[Span] = []
    for m in _LABEL_BLOCK_RE.finditer(text):
        span = _label_block(text, m)
        if span:
            out.append(span)
    for pattern in (
        CY_ADDRESS_RE,
        EL_ADDRESS_RE,
        FA_ADDRESS_RE,
        IN_ADDRESS_RE,
        IN_HOUSE_ADDRESS_RE,
        KM_ADDRESS_RE,
        ET_ADDRESS_RE,
        MN_ADDRESS_RE,
        ZH_ADDRESS_RE,
        KA_HY_ADDRESS_RE,
        HY_TOWN_ADDRESS_RE,
        KO_ROAD_RE,
        TH_ADDRESS_RE,
        TA_STREET_RE,
    ):
        out += [
            (m.start(), m.end(), 0.7)
            for m in pattern.finditer(text)
            # (Arabic-script pieces need no number when there are two of them: "شارع …، حي …")
            if any(c.isdigit() for c in m.group()) or (pattern is FA_ADDRESS_RE and _two_pieces(m.group()))
        ]
    out += [(m.start(1), m.end(1), 0.7) for m in HE_ADDRESS_RE.finditer(text)]
    for m in patterns.JA_ADDRESS_RE.finditer(text):
        rest = JA_REST_RE.match(text, m.end())
        end = rest.end() if rest else m.end()
        tail = JA_TAIL_RE.match(text, end)
        if tail and tail.end() > end:
            out.append((m.start(), tail.end(), 0.7))
        elif end > m.end():
            out.append((m.start(), end, 0.7))
    for m in patterns.KO_ADDRESS_RE.finditer(text):
        tail = KO_TAIL_RE.match(text, m.end())
        if tail:
            out.append((m.start(), tail.end(), 0.7))
    return tuple(out)


def find_addresses(text: str) -> list[Span]:
    """Addresses in another script's layouts (the earlier finders' own, then these), and the same countries'
    addresses written in Latin letters."""
    out = patterns.find_other_script_addresses(text)
    # (the same countries' addresses in Latin letters: the older, narrower pattern, then the segment reader)
    if TRANSLIT_CUE_RE.search(text):
        out += [(m.start(), m.end(), 0.65) for m in TRANSLIT_ADDRESS_RE.finditer(text)]
    out += patterns.find_transliterated_addresses(text)
    if not has_other_script(text):
        return out
    return out + list(_addresses(text))


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

# What introduces a name, by script: who I am, a form's name label, a recipient, a relative.
_CUES = (
    r"меня[ \t]+зовут|мене[ \t]+звати|мене[ \t]+звуть|казвам[ \t]+се|зовем[ \t]+се|менің[ \t]+атым|"
    r"мое[ \t]+имя|моє[ \t]+ім'я|με[ \t]+λένε|ονομάζομαι|"
    r"मेरा[ \t]+नाम|मेरी[ \t]+नाम|माझे[ \t]+नाव|नाम[:：]?|नाव[:：]?|पति|पत्नी|"
    r"میرا[ \t]+نام|مرا[ \t]+نام|اسمم|"
    r"আমার[ \t]+নাম|নাম[:：]?|"
    r"என்[ \t]+பெயர்|பெயர்[:：]?|என்[ \t]+அம்மா|என்[ \t]+அப்பா|நான்|"
    r"(?:ผม|ดิฉัน|ฉัน)?ชื่อ(?:ผู้รับ|ผู้ส่ง)?[:：]?|ผู้จอง[:：]|ผู้ติดต่อ[:：]|به[ \t]+نام[:：]|"
    # the name's label of Gujarati, Gurmukhi, Telugu, Kannada, Malayalam, Sinhala, Khmer, Lao, Ge'ez,
    # Mongolian, and Arabic, Persian and Georgian forms
    r"નામ[:：]?|ਨਾਮ[:：]?|పేరు[:：]?|ಹೆಸರು[:：]?|പേര്[:：]?|නම[:：]?|ឈ្មោះ[៖:：]?|ຊື່[:：]?|ስም[፦:：]?|"
    r"الاسم[:：]|گیرنده[:：]|სახელი[:：]?|"
    r"שם[:：]|שמי|על[ \t]+שם|العميل[:：]|اسمي|اسم[ \t]+من|(?<=^[^\n]{0,20}[،,][ \t]*)معكم|"
    r"ჩემი[ \t]+სახელია|ჩემი[ \t]+სახელი|მე[ \t]+ვარ|"
    # a relative's word before a name in a cased script ("Мой сын Артём")
    r"(?i:сын|сына|дочь|дочка|муж|жена|син|сина|донька|доньку|чоловік|дружина|мама|мать|батько|отец|брат|"
    r"сестра|баба|бабушка|дедушка|внук|внучка|ο[ \t]+γιος[ \t]+μου|η[ \t]+κόρη[ \t]+μου)|ես"
)
# "I" + a name: only two to four words ending the clause ("אני רונית אברהם,", "أنا فاطمة الزهراء الشامسي."),
# not "I" + a verb ("אני מבקשת החזר", "انا طلعت من …")
_I_NAME_RE = re.compile(
    # (opening the message, or after its greeting: "שלום, אני …", "مرحبا، أنا …", "வணக்கம், நான் …")
    r"(?<=^[ \t]*|^[^\n.!?,،]{1,25}[,،!][ \t]*)(?:אני|أنا|انا|நான்|मी|আমি|ฉัน|ผม|ดิฉัน)[ \t]+"
    r"([^\P{L}\p{Latin}][\p{L}\p{M}\u200c]*(?:[ \t]+[^\P{L}\p{Latin}][\p{L}\p{M}\u200c]*){1,2})"
    r"(?=[ \t]*[,.،۔।!])"
)
# Chinese "I am" and two to four characters alone on a line, whatever the family name ("我是欧阳娜"); not a
# role, a kind of customer, a state or a verb ("我是乘客", "我是新用户", "我是学生", "我是来投诉")
_ZH_I_LINE_RE = re.compile(r"(?<=^|\n)[ \t]*我是(\p{Han}{2,4})[ \t。.!！]*(?=\n|$)")
_ZH_NOT_GIVEN_RE = re.compile(
    r"[客户戶人员員机機生者主师師的家方长長工手友]$|^[新老本第这這那谁誰哪来來想要在从從被不很真非刚剛已也都用]"
)
# "I" + one to three words alone on the first line or under a greeting's line ("היי\nאני רונית לוי\n…");
# a Hebrew first word opening with a preposition's or the article's letter is a place or state ("אני בשדה …")
_I_LINE_RE = re.compile(
    r"(?<=^[ \t]*|^[^\n\d]{1,25}\n[ \t]*)(?:אני|أنا|انا|நான்|मैं|म|আমি|ฉัน|ผม|ดิฉัน|Я)[ \t]+"
    r"((?![בלכהש])[^\P{L}\p{Latin}][\p{L}\p{M}\u200c]*(?:[ \t]+[^\P{L}\p{Latin}][\p{L}\p{M}\u200c]*){0,2})"
    r"(?=[ \t]*(?:\n|$))"
)
# Persian "I am <name>": two or three words between "من" and "هستم", opening the message or after its
# greeting ("سلام، من سارا احمدی هستم"); one word is as often a trait ("من مسافر هستم")
_FA_I_AM_RE = re.compile(
    r"(?<=^[ \t]*|^[^\n.!?,،]{1,25}[,،!][ \t]*)من[ \t]+(\p{Arabic}[\p{Arabic}\p{M}\u200c]*"
    r"(?:[ \t]+\p{Arabic}[\p{Arabic}\p{M}\u200c]*){1,2})[ \t]+هستم(?![\p{L}\p{M}])"
)
# (each language's word that ends a name's run: a copula, a postposition, the word for phone or e-mail)
_NAME_STOP = (
    r"है|हूँ|हूं|का|की|के|को|ने|से|में|पर|ईमेल|फोन|ہے|ہوں|کا|کی|است|هستم|هست|হয়|হই|আর|ஆவேன்|"
    r"เบอร์|โทร|อีเมล|ค่ะ|ครับ|הנהג|ו|و|من|في|الإيميل|جوالي|და"
)
_NAME_STOP_RE = re.compile(r"(?<![\p{L}\p{M}])(?:" + _NAME_STOP + r")(?![\p{L}\p{M}])")
_SCRIPT_WORD = (
    r"[^\P{L}\p{Latin}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}][^\P{L}\p{Latin}]*[\p{M}\u200c]*"
    r"(?:[\p{L}\p{M}\u200c]*)"
)
_CUED_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?:"
    + _CUES
    + r")[ \t]+((?:(?!(?:"
    + _NAME_STOP
    + r")(?![\p{L}\p{M}]))"
    + _SCRIPT_WORD
    + r"(?:[ \t]+(?=[^\P{L}\p{Latin}]))?){1,4})"
)
# A driver's or a helper's first name after the word for driver ("водій Богдан", "السائق فهد").
_DRIVER_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?i:водитель|водителя|водителю|водій|водія|возач|шофьор|шофьора|шофьорът|шофер|"
    r"жүргізуші|ҳайдовчи|хайдовчи|айдоочу|айдоочум|жолооч|жолоочийн|οδηγός|οδηγό|οδηγού)"
    r"[ \t]+(\p{Lu}[\p{Cyrillic}\p{Greek}\p{M}]+)(?![\p{L}\p{M}])"
    r"|(?<![\p{L}\p{M}])(?:վարորդ|վարորդը|վարորդին)[ \t]+(\p{Lu}\p{Armenian}+)"
)
# Chinese: after "I am called", a recipient's or contact's word, a name's label; before an honorific or a
# phone's cue; or the message's last words.
_ZH_FAMILY = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅高郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董潘袁蔡蒋蔣余于杜叶葉程"
    "魏苏蘇吕呂丁任卢盧姚沈钟鍾姜崔谭譚陆陸范汪廖石金贾賈韦韋夏付方邹鄒熊白孟秦邱侯江尹薛闫閻段雷龙龍黎史陶贺賀毛郝顾顧龚龔邵万萬钱錢严嚴"
    "洪武戴莫孔向常汤湯康易乔喬赖賴文施洗"
)
_ZH_NAME = r"[" + _ZH_FAMILY + r"]\p{Han}{1,2}"
_ZH_NAME_RE = re.compile(
    r"(?:我叫|我是|收件人|联系人|聯絡人|联络人|聯絡|联系|姓名|客户|客戶|乘客)[:：]?[ \t]*("
    + _ZH_NAME
    + r")(?!\p{Han}{2})"
    r"|(?<![\p{Han}])(" + _ZH_NAME + r")(?=[ \t]*(?:先生|女士|小姐|[，,][ \t]*(?:電話|电话|手機|手机)))"
    r"|(?<=^|[。！？!?\n][ \t]*)(" + _ZH_NAME + r")(?=[ \t]*$|[ \t]*\n)"
)
# Japanese: a label's name, or the last words of a message ("…。山本さくら", "田中 太郎").
_JA_PLACE_END = r"[駅口港店館寺園門前町区市]"  # (a station, an exit, a port, a shop: "新宿駅 東口まで")
_JA_NAME_RE = re.compile(
    r"(?:差出人|お名前|名前|氏名|宛名|送信者|予約者|利用者)[:：][ \t　]*"
    r"(\p{Han}{1,3}(?:[ \t　]?\p{Han}{1,3})?)"
    r"|(?<=[。！？\n][ \t　]*)(\p{Han}{1,3}(?:[ \t　]\p{Han}{1,3}|\p{Hiragana}{2,4}|\p{Katakana}{2,5}))"
    r"(?=[ \t　]*$)"
    # (a full name before "まで" or "宛")
    r"|(?<=の|は|、|^|[ \t　])(\p{Han}{1,3}(?<!"
    + _JA_PLACE_END
    + r")[ \t　]\p{Han}{1,3}(?<!"
    + _JA_PLACE_END
    + r"))"
    r"(?=まで|宛て?|あて)"
)
# Two first names joined by "and" opening a clause, before the words for "with me", "both" or "in the
# car" ("अमित और पूजा मेरे साथ थे", "সুমন আর তানিয়া গাড়িতে ছিল", "斌和玉华跟我一起坐车"), or after "with me"
# to the clause's end ("נסעו איתי נוי והילי"); "fare and tip both" is no pair of names ("किराया और टिप दोनों")
_PW = r"[^\P{L}\p{Latin}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}][\p{L}\p{M}\u200c]*"
_PAIR_START = r"(?<=^|[.!?।。！？\n][ \t]*)"
_PAIR_RE = re.compile(
    r"(?|" + _PAIR_START + r"(" + _PW + r")[ \t]+(?:और|एवं|र|আর|ও|மற்றும்|กับ|และ)[ \t]+(" + _PW + r")[ \t]+"
    r"(?=(?:दोनों[ \t]+|দুজনেই[ \t]+|দুজন[ \t]+|இருவரும்[ \t]+)?"
    r"(?:मेरे[ \t]+साथ|गाड़ी[ \t]+में|गाडी[ \t]+में|कार[ \t]+में|मसँग|गाडीमा|আমার[ \t]+(?:সাথে|সঙ্গে)|গাড়িতে|"
    r"என்னுடன்|காரில்|வண்டியில்|นั่ง|มาด้วย|อยู่ในรถ))"
    r"|" + _PAIR_START + r"(\p{Han}{1,2})(?:和|跟|与|與)(\p{Han}{1,2})"
    r"(?=(?:跟我|和我|与我|與我)?一起(?:坐|搭|乘|打车|叫车|叫車))"
    r"|" + _PAIR_START + r"(\p{Han}{1,3}(?:\p{Hiragana}{1,2})?)と(\p{Han}{1,3}(?:\p{Hiragana}{1,2})?)"
    r"(?=が同乗|が一緒|と一緒|も同乗)"
    r"|" + _PAIR_START + r"(\p{Hangul}{2,3})(?:,[ \t]*|[ \t]+)(\p{Hangul}{2,3})[ \t]+(?=두[ \t]*명|둘이)"
    r"|(?<![\p{L}\p{M}])(?:איתי|עמי|معي|معاي|با[ \t]+من)[ \t]+(" + _PW + r")[ \t]+(?:ו|و[ \t]*)(" + _PW + r")"
    r"(?=[ \t]*(?:[.,!?،]|\n|$)|[ \t]+(?:في|فى|در|ברכב|במונית))"
    # (a cased script's or Georgian "with me" and a verb before the pair: "Со мной ехали Анна и Олег")
    r"|(?<![\p{L}\p{M}])(?i:со[ \t]+мной|с[ \t]+мной|зі[ \t]+мною|з[ \t]+мною|с[ \t]+мен|μαζί[ \t]+μου)"
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,2}[ \t]+(\p{Lu}[\p{L}\p{M}]+)[ \t]+(?:и|і|й|та|και(?:[ \t]+(?:ο|η))?)"
    r"[ \t]+(\p{Lu}[\p{L}\p{M}]+)(?=[ \t]*(?:[.,!?]|\n|$))"
    r"|(?<![\p{L}\p{M}])(?:(?i:ինձ[ \t]+հետ)[ \t]+(?:էին|էր)|"
    r"ჩემთან[ \t]+ერთად[ \t]+(?:იყვნენ|მგზავრობდნენ|ისხდნენ))[ \t]+([\p{L}\p{M}]+)[ \t]+(?:և|եւ|და)"
    r"[ \t]+([\p{L}\p{M}]+)(?=[ \t]*(?:[.,!?։]|\n|$))"
    r")"
)
# Japanese: a name before "です" right after the greeting's stop ("お世話になっております。佐藤です。");
# a request's, a matter's, a role's or a place's noun there is none ("こんにちは。返金希望です。")
_JA_GREETING_NAME_RE = re.compile(
    r"(?<=(?:こんにちは|こんばんは|おはようございます|お世話になっております|お世話になります|お疲れ様です|"
    r"はじめまして|初めまして|失礼します)[。、！][ \t　\n]*)"
    r"(\p{Han}{1,4}(?:[ \t　]?\p{Han}{1,3}|\p{Hiragana}{2,3}|\p{Katakana}{2,5})?)"
    r"(?=と申します|です[。、！\n]|です$)"
)
_JA_NOT_NAME_RE = re.compile(
    r"希望|件|予約|返金|問題|確認|連絡|担当|質問|相談|依頼|注文|利用|会員|乗客|客|学生|社員|主婦|運転手|"
    + _JA_PLACE_END
    + r"$"
)
# Japanese: the name's reading in katakana after a label's name ("氏名：… （…）")
_JA_READING_RE = re.compile(
    r"(?:差出人|お名前|名前|氏名|宛名|送信者)[:：][^\n（(]{1,12}[（(]"
    r"(\p{Katakana}{2,6}(?:[ \t　]\p{Katakana}{2,6})?)[）)]"
)
# Korean: a name alone on a message's last line after a blank one, of a common family name and two
# syllables, the last no verb's ending
_KO_FAMILY = (
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함"
    "변염여추도소석선설마길연위표명기반왕"
)
_KO_SIGNATURE_RE = re.compile(
    r"(?<=\n[ \t]*\n[ \t]*)([" + _KO_FAMILY + r"]\p{Hangul}(?![요다워해죠네까])\p{Hangul})(?=[ \t]*$)"
)
# Hebrew and Arabic: a name, then the role's word in apposition ("תודה ל…, הנהג ש…")
_APPOSITION_RE = re.compile(
    r"(?<![\p{L}\p{M}])([\p{Hebrew}\p{Arabic}][\p{Hebrew}\p{Arabic}\p{M}]{1,11})[ \t]*[,،][ \t]*"
    r"(?:הנהג|הנהגת|השליח|السائق|الكابتن|المندوب)(?![\p{L}\p{M}])"
)
# Cyrillic: first names listed before "and I" ("Ахмед, Лейла и я", "Оксана та я")
_CY_AND_I_RE = re.compile(
    r"(?<![\p{L}\p{M}])(\p{Lu}\p{Ll}[\p{Cyrillic}\p{M}]+)(?:,[ \t]*(\p{Lu}\p{Ll}[\p{Cyrillic}\p{M}]+))?"
    r"[ \t]+(?:и|і|та|й)[ \t]+я(?![\p{L}\p{M}])"
)
# First names listed after the word for passengers, guests or participants and a colon, to the line's end
# ("Пассажиры: Марина, Петр", "乘客：淑卿、秀琴", "탑승자: 영수, 지우")
_LIST_LABEL = (
    r"(?i:пассажиры|пасажири|пътници|путници|επιβάτες|συμμετέχοντες|участники|учасники|гости|гості)|"
    r"الركاب|المسافرون|مسافران|مسافرین|נוסעים|यात्री|यात्रु|যাত্রী|பயணிகள்|ผู้โดยสาร|მგზავრები|"
    r"Ուղևորներ|乘客|乗客|同行者|탑승자|승객|"
    # companions
    r"همراهان|المرافقون|מלווים|साथी|সঙ্গী|(?i:попутчики|спутники)|同行人|동행자"
)
_LIST_ITEM = r"[^\P{L}\p{Latin}][\p{L}\p{M}\u200c'’\-]*(?:[ \t]+[^\P{L}\p{Latin}][\p{L}\p{M}\u200c'’\-]*)?"
_NAME_LIST_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?:" + _LIST_LABEL + r")[ \t]*[:：՝][ \t]*"
    r"("
    + _LIST_ITEM
    + r"(?:(?:[ \t]*[,،、，][ \t]*|[ \t]+و[ \t]*)"
    + _LIST_ITEM
    + r")+)[ \t]*[,،、，.]?[ \t]*(?=\n|$)"
)
# (Persian and Arabic join the last, or each, with "و": "مسافران: مریم و حسین")
_LIST_SPLIT_RE = re.compile(r"[ \t]*[,،、，][ \t]*|[ \t]+و[ \t]*")
# Korean: a name after a booking's or a contact's label ("예약자: 김민지")
_KO_LABEL_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?:예약자|이름|성명|연락처[ \t]*이름|받는[ \t]*분)[ \t]*[:：][ \t]*"
    r"(\p{Hangul}{2,4})(?![\p{L}\p{M}])"
)
# Korean: a first name between the driver's word and the honorific "씨" or "님" ("기사님 영수 씨가")
_KO_ROLE_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?:기사님|기사|드라이버|배달원)[ \t]+(\p{Hangul}{2,3})[ \t]*(?:씨|님)"
    r"(?=[이가는을께의도]|[ \t,.!]|$)"
)
# Korean: a full name of a common family name alone on the line after the thanks
_KO_THANKS_NAME_RE = re.compile(
    r"(?<=(?:감사합니다|고맙습니다|감사해요)[.!]?[ \t]*\n[ \t]*)(["
    + _KO_FAMILY
    + r"]\p{Hangul}{1,2})(?=[ \t]*(?:\n|$))"
)
# The last words of a message in a script written with blanks: one to three words, no digit, after a
# sentence's end, a number or " - " (a signature), or before " - <phone>".
_SIGN_WORD = r"[^\P{L}\p{Latin}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}][\p{L}\p{M}\u200c\u200d'’\-]*"
_SIGNATURE_RE = re.compile(
    r"(?:^|[.!?।。\n]|\d|[ \t]-)[ \t]*(" + _SIGN_WORD + r"(?:[ \t]+" + _SIGN_WORD + r"){0,2})"
    r"(?=[ \t]*$|[ \t]+[-–][ \t]+\+?\d[\d \t\-]{6,}$)"
)
_CASED_RE = re.compile(r"[\p{Cyrillic}\p{Greek}\p{Armenian}]")

# A role's word before a first name in a script without capitals, and what shows the name has ended:
# a postposition or "and" in Hindi and Marathi ("ड्राइवर कमला ने …"); in the others a name of one or two
# words ending where a clause goes on, not a verb, adverb or preposition ("السائق رفض الرحلة", "הנהג לא
# הגיע"), nor a word with the article before another (an object, "الرحلة").
_ROLE_UNCASED = (
    r"ड्राइवर|ड्रायव्हर|चालक|कैप्टन|डिलीवरी[ \t]+बॉय|ড্রাইভার|চালক|রাইডার|ஓட்டுநர்|ஓட்டுனர்|டிரைவர்|"
    r"คนขับ|ไรเดอร์|พี่วิน|მძღოლი|კურიერი|הנהג|השליח|נהג|راننده|پیک|السائق|السواق|الكابتن|كابتن|المندوب|"
    r"ڈرائیور|رائیڈر|"
    # Gujarati, Gurmukhi, Telugu, Kannada, Malayalam, Sinhala, Burmese, Khmer, Lao, Ge'ez, Yiddish,
    # Moroccan Arabic
    r"ડ્રાઇવર|ડ્રાઈવર|ચાલક|ਡਰਾਈਵਰ|ਡਰਾਇਵਰ|ਚਾਲਕ|డ్రైవర్|చోదకుడు|ಚಾಲಕ|ಡ್ರೈವರ್|ഡ്രൈവർ|ഡ്രൈവര്|"
    r"රියදුරු|රියැදුරු|ယာဉ်မောင်း|ဒရိုင်ဘာ|អ្នកបើកបរ|ឡានតាក់ស៊ី|ຄົນຂັບ|ຄົນຂັບລົດ|ሹፌሩ|ሹፌር|ሾፌሩ|"
    r"דרייווער|שאָפֿער|שאפער|الشيفور|الشيفور|الطاكسيست"
)
_UNCASED_WORD = (
    r"[^\P{L}\p{Latin}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Cyrillic}\p{Greek}\p{Armenian}]"
    r"[\p{L}\p{M}\u200c\u200d]*"
)
_ROLE_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?:" + _ROLE_UNCASED + r")(?:[ \t]+(?:का|की)[ \t]+नाम)?(?:[ \t]*[:：][ \t]*|[ \t]+)"
    r"(" + _UNCASED_WORD + r"(?:[ \t]+" + _UNCASED_WORD + r")?)"
    r"(?:(?=[ \t]*[,.،!?।:]|[ \t]*$)|[ \t]+(" + _UNCASED_WORD + r"))?"
)
_NUMBER_AFTER_RE = re.compile(r"[ \t]*[-–]?\d[\d \t:.\-]*")
_ONE_WORD_NAME_RE = re.compile(
    r"[\p{Tamil}\p{Bengali}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Gujarati}\p{Gurmukhi}\p{Sinhala}\p{Myanmar}"
    r"\p{Khmer}\p{Lao}\p{Ethiopic}]"
)
# (yet a second word that is a common family name or a Sikh's second name stays: "ഡ്രൈവർ അനിൽ കുമാർ …")
_SECOND_NAME_RE = re.compile(
    r"ਸਿੰਘ|ਕੌਰ|ਸਿੱਧੂ|ਗਿੱਲ|കുമാർ|നായർ|മേനോൻ|പിള്ള|కుమార్|రెడ్డి|రావు|నాయుడు|ಕುಮಾರ್|ಗೌಡ|ರಾವ್|ಶೆಟ್ಟಿ|"
    r"કુમાર|પટેલ|શાહ|દેસાઈ|மோகன்|குமார்|কুমার|পেরেরা|පෙරේරා|සිල්වා|ප්‍රනාන්දු"
)
_HINDI_AFTER_RE = re.compile(
    r"ने|का|की|के|को|से|है|था|थी|थे|और|जी|भैया|ले|लाई|नी|ना|चा|ची|चे|हे|होता|होती|यांनी|यांना|यांचा|यांची|यांचे"
)
_HINDI_NOT_RE = re.compile(r"नहीं|नही|न|ना|नाही")
# A name before "named" and a role's word ("राजेश नाम के ड्राइवर ने"), a Thai name between the honorific
# and a role's word glued to it ("คุณสมชายคนขับ")
_NAMED_ROLE_RE = re.compile(
    r"(?<![\p{L}\p{M}])(\p{Devanagari}[\p{Devanagari}\p{M}]*)[ \t]+(?:नाम|नावाचा|नावाच्या)[ \t]+"
    r"(?:(?:के|का|की)[ \t]+)?(?:ड्राइवर|ड्रायव्हर|चालक|कैप्टन)"
    r"|(?<![\p{Thai}])คุณ(\p{Thai}{2,12}?)(?=คนขับ|ไรเดอร์|พี่วิน)"
)
# (a word that leads no name here: verbs, adverbs, negations, prepositions of these languages)
_ROLE_NOT_NAME = word_list("script_role_not_names")
_ARTICLE_RE = re.compile(r"(?:ال|بال|لل|وال)\p{L}")
_THAI_RE = re.compile(r"\p{Thai}")
# (Thai is written without blanks between words: a run holding a polite particle, thanks or a place's
# word is a clause or a place, not a name)
_THAI_NOT_NAME_RE = re.compile(r"ขอบคุณ|สวัสดี|มหาวิทยาลัย|สถานี|สนามบิน|ห้าง|โรงแรม|โรงพยาบาล|ตลาด")
_THAI_CLAUSE_RE = re.compile(r"ครับ|ค่ะ|ไม่|ขับ|มาก|แล้ว|ได้|ให้")
# (a place's word inside or glued to a word: "কমলাপুর রেলস্টেশনে", "สนามบินดอนเมือง")
_PLACE_IN_WORD_RE = re.compile(
    r"স্টেশন|বিমানবন্দর|মলে|ஸ்டேஷன்|நிலைய|விமான|สถานี|สนามบิน|ห้าง|สยาม|სადგურ|აეროპორტ|მეტრო|תחנ|מלון|קניון|"
    r"محطة|مطار|فندق|مول|ایستگاه|فرودگاه|هتل|स्टेशन|हवाई|मॉल|होटल|"
    r"பேருந்து|கடற்கரை|கோயில்|சந்தை|மருத்துவமனை|கல்லூரி|பல்கலைக்கழக|বাস|সৈকত|মন্দির|বাজার|হাসপাতাল|কলেজ|"
    r"বিশ্ববিদ্যালয়|बस|मंदिर|बाज़ार|बाजार|अस्पताल|कॉलेज|विश्वविद्यालय|चौक|مسجد|سوق|مستشفى|جامعة|شاطئ|"
    r"بازار|بیمارستان|دانشگاه|میدان|שוק|אוניברסיט|חוף|בית[ \t]+חולים|საავადმყოფო|ბაზარ|უნივერსიტეტ|วัด|หาด|"
    # (English place words as these scripts spell them: "Central", "Junction")
    r"சென்ட்ரல்|ஜங்ஷன்|सेंट्रल|जंक्शन|সেন্ট্রাল|জংশন"
)
# Chinese: a role's word before a name of a common family name, the name ending where a common word of
# the clause begins ("司机孙丹丹态度很差", "司机 张岩 很没礼貌"), or two such names joined by "and".
_ZH_ROLE = r"(?:司机|司機|师傅|師傅|骑手|騎手|快递员|快遞員|外卖员|外賣員|配送员|配送員|客服|乘客|车主|車主)"
_ZH_NEXT = (
    r"(?:[ \t，,。！？!?：:]|$|态度|態度|很|不|没|沒|一直|把|让|讓|说|說|和|跟|在|是|也|都|"
    r"给|給|对|對|就|又|还|還|好|唔|冇|幫|帮|"
    r"已经|已經|拒绝|拒絕|取消|迟到|遲到|先生|女士|小姐|师傅|師傅|打|骂|罵|开|開|绕|繞|要|故意|非常|特别|特別|竟然|居然)"
)
_ZH_ROLE_NAME_RE = re.compile(
    _ZH_ROLE
    + r"[ \t]*(?:是|叫)?[ \t]*(?=("
    + _ZH_NAME
    + r"))(?:(\p{Han}{2})(?="
    + _ZH_NEXT
    + r")|(\p{Han}{3})(?="
    + _ZH_NEXT
    + r"))"
)
# Chinese: a given name of two characters alone after a role's word, before a verb or an adverb of the
# clause ("司機志明沒有來", "司机建国态度很差"); not a word of the clause or a time ("司机一直在", "司机师傅",
# "司机早上没来")
_ZH_GIVEN_RE = re.compile(
    r"(?:司机|司機)[ \t]*(?![一不没沒很也都就又还還已在是把让讓说說给給对對态態师師先女小开開打要非特"
    r"竟居故帮幫我你他她们們的了这這那说來来去到把被早晚今昨明前后後刚剛上下中半每当當突再总總从從])(\p{Han}{2})"
    r"(?=没|沒|不|态度|態度|一直|迟到|遲到|拒绝|拒絕|取消|已经|已經|很|把|故意|竟然|居然|绕|繞|骂|罵|说|說)"
)
_ZH_AND_RE = re.compile(
    r"(?<=^|[ \t，,。！？!?：:\n]|我|跟|和|请|請|联系|聯絡)("
    + _ZH_NAME
    + r")(?:和|与|與|跟)("
    + _ZH_NAME
    + r")"
    r"(?=[ \t，,。！？!?]|$|在|都|一起|也|是|说|說)"
)
# Japanese: a name before an honorific after a role's or a label's "の" ("運転手の山田 さゆりさん",
# "担当の鈴木様").
_JA_HONORIFIC_RE = re.compile(
    r"(?<=の|は|、|^|[ \t　])(\p{Han}{1,3}(?:[ \t　]?(?:\p{Han}{1,3}|\p{Hiragana}{2,4}|\p{Katakana}{2,5}))?)"
    r"(?=さん|様|さま|氏|くん|君|ちゃん)"
)
_OBJECT_RE = re.compile(
    r"في|على|إلى|الى|من|عن|مع|لي|لنا|معي|علي|عليّ|بي|את|לי|אותי|לנו|אותנו|עליי|אליי|אלי|עם|על|אל|"
    r"را|به|از|با|که|مرا|منو|مجھے|کو|سے|আমাকে|আমার|আমাদের|என்னை|எனக்கு|ผม|ฉัน|หนู|მე|ჩემთან|ჩემს"
)


def _role_names(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _ROLE_NAME_RE.finditer(text):
        if m.group(1) is None:
            continue
        words, after = m.group(1).split(), m.group(2)
        if re.match(r"\p{Devanagari}", words[0]):
            # (Hindi and Marathi: only before a postposition or a negation, which may be the second word:
            # "ड्राइवर असीम नहीं आया")
            if len(words) == 2 and (_HINDI_AFTER_RE.fullmatch(words[1]) or _HINDI_NOT_RE.fullmatch(words[1])):
                words = words[:1]
            elif not (after and (_HINDI_AFTER_RE.fullmatch(after) or _HINDI_NOT_RE.fullmatch(after))):
                continue
        else:
            if len(words) == 2 and (
                # a name ends where a place's name begins ("ஓட்டுநர் முருகன் சென்னை சென்ட்ரல் …"); in the
                # scripts of _ONE_WORD_NAME_RE a driver is named by one word while the clause goes on, unless
                # the second is a family name
                (
                    after is not None
                    and (_PLACE_IN_WORD_RE.search(after) or _ONE_WORD_NAME_RE.match(words[0]))
                    and not _SECOND_NAME_RE.fullmatch(words[1])
                )
                # or the second word is a clause's: a Thai verb or particle, a verb, an object
                or (_THAI_RE.match(words[0]) and (len(words[1]) > 10 or _THAI_CLAUSE_RE.search(words[1])))
                or words[1].lower() in _ROLE_NOT_NAME
                or words[1].lower() in NOT_NAMES
                or (_ARTICLE_RE.match(words[1]) and after is not None and _ARTICLE_RE.match(after))
            ):
                after, words = words[1], words[:1]
            if (
                after is not None
                and len(words) == 1
                and (_ARTICLE_RE.match(after) or _OBJECT_RE.fullmatch(after))
            ):
                continue  # a verb and its object: "السائق رفض الرحلة", "הנהג צעק עליי"
            if len(words) == 2 and _OBJECT_RE.fullmatch(words[1]):
                continue  # (likewise ending the clause: "הנהג שחיכה לי")
        if (
            any(w.lower() in _ROLE_NOT_NAME or w.lower() in NOT_NAMES for w in words)
            or _ARTICLE_RE.match(words[0])
            or len(words[0]) > 14
            or _PLACE_IN_WORD_RE.search(m.group(1))
        ):
            continue
        value = " ".join(words)
        number = _NUMBER_AFTER_RE.match(text, m.start(1) + len(value))
        if number and len(re.sub(r"\D", "", number.group())) < 7:
            continue  # a time, a day or an area's number follows, not a phone: "রাত ১০টায়", "গুলশান ২"
        out.append((m.start(1), m.start(1) + len(value), 0.55))
    return out


def _name_ok(value: str) -> bool:
    words = value.split()
    if _THAI_NOT_NAME_RE.search(value):
        return False
    if not words or any(w.lower().strip(".,:;!?'’-") in NOT_NAMES for w in words):
        return False
    return not (_CASED_RE.search(value) and not all(w[:1].isupper() for w in words))


@lru_cache(maxsize=16)
def _names(text: str) -> tuple[Span, ...]:
    out: list[Span] = []
    for m in _CUED_NAME_RE.finditer(text):
        value = m.group(1).rstrip()
        words = value.split()
        if _CASED_RE.match(value):  # (a cased script's name ends at its first lowercase word)
            cut = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
            words = words[:cut]
        while words and words[-1].lower() in NOT_NAMES:
            words.pop()
        value = " ".join(words)
        if value and _name_ok(value):
            out.append((m.start(1), m.start(1) + len(value), 0.6))
    for m in _FA_I_AM_RE.finditer(text):
        if _name_ok(m.group(1)):
            out.append((m.start(1), m.end(1), 0.6))
    for m in _I_LINE_RE.finditer(text):
        if _name_ok(m.group(1)) and not _NAME_STOP_RE.search(m.group(1)):
            out.append((m.start(1), m.end(1), 0.55))
    for m in _I_NAME_RE.finditer(text):
        if _name_ok(m.group(1)):
            out.append((m.start(1), m.end(1), 0.6))
    out += _role_names(text)
    for m in _NAMED_ROLE_RE.finditer(text):
        group = 1 if m.group(1) else 2
        if _name_ok(m.group(group)):
            out.append((m.start(group), m.end(group), 0.55))
    for m in _DRIVER_RE.finditer(text):
        group = 1 if m.group(1) else 2
        if _name_ok(m.group(group)):
            out.append((m.start(group), m.end(group), 0.6))
    for m in _ZH_ROLE_NAME_RE.finditer(text):
        group = 2 if m.group(2) else 3
        out.append((m.start(group), m.end(group), 0.55))
    for m in _ZH_GIVEN_RE.finditer(text):
        if m.group(1) not in NOT_NAMES and m.group(1) not in _ROLE_NOT_NAME:
            out.append((m.start(1), m.end(1), 0.55))
    for m in _ZH_AND_RE.finditer(text):
        out += [(m.start(1), m.end(1), 0.55), (m.start(2), m.end(2), 0.55)]
    for m in _JA_HONORIFIC_RE.finditer(text):
        if m.group(1) not in NOT_NAMES and m.group(1) not in _ROLE_NOT_NAME:
            out.append((m.start(1), m.end(1), 0.55))
    for m in _PAIR_RE.finditer(text):
        if not any(_ARTICLE_RE.match(m.group(g)) for g in (1, 2)):  # ("معي الشنطة والهاتف": things)
            out += [(m.start(g), m.end(g), 0.55) for g in (1, 2) if _name_ok(m.group(g))]
    for m in _JA_GREETING_NAME_RE.finditer(text):
        if m.group(1) not in NOT_NAMES and not _JA_NOT_NAME_RE.search(m.group(1)):
            out.append((m.start(1), m.end(1), 0.55))
    for pattern in (_ZH_NAME_RE, _JA_NAME_RE):
        for m in pattern.finditer(text):
            group = next(i for i in range(1, pattern.groups + 1) if m.group(i))
            if m.group(group).strip() not in NOT_NAMES:
                out.append((m.start(group), m.end(group), 0.6))
    for m in _NAME_LIST_RE.finditer(text):
        at = m.start(1)
        for item in _LIST_SPLIT_RE.split(m.group(1)):
            at = text.index(item, at)
            if _name_ok(item):
                out.append((at, at + len(item), 0.55))
            at += len(item)
    for pattern in (_KO_ROLE_NAME_RE, _KO_THANKS_NAME_RE, _KO_LABEL_NAME_RE):
        out += [(m.start(1), m.end(1), 0.55) for m in pattern.finditer(text) if m.group(1) not in NOT_NAMES]
    for m in _CY_AND_I_RE.finditer(text):
        out += [(m.start(g), m.end(g), 0.55) for g in (1, 2) if m.group(g) and _name_ok(m.group(g))]
    for m in _ZH_I_LINE_RE.finditer(text):
        if m.group(1) not in NOT_NAMES and not _ZH_NOT_GIVEN_RE.search(m.group(1)):
            out.append((m.start(1), m.end(1), 0.55))
    for pattern in (_KO_SIGNATURE_RE, _APPOSITION_RE, _JA_READING_RE):
        for m in pattern.finditer(text.rstrip()):
            if _name_ok(m.group(1)):
                out.append((m.start(1), m.end(1), 0.55))
    m = _SIGNATURE_RE.search(text.rstrip())
    if (
        m
        and _name_ok(m.group(1))
        and len(m.group(1)) <= 40
        and (not text[m.start()].isdigit() or _CASED_RE.match(m.group(1)))
    ):
        out.append((m.start(1), m.end(1), 0.55))
    return tuple(out)


def find_names(text: str) -> list[Span]:
    """Names in other scripts (the earlier finders' own, then these)."""
    out = patterns.find_other_script_names(text)
    if not has_other_script(text):
        return out
    return out + list(_names(text))


# ---------------------------------------------------------------------------------------------
# What is no name: a greeting, label, pronoun or role; lowercase words of a cased script; a place
# ---------------------------------------------------------------------------------------------

_WORD_RE = re.compile(r"[\p{L}\p{M}\u200c'’\-]+")
_PLACE_STEMS = (
    r"аэропорт|аеропорт|аеродром|вокзал|станц|метро|гостиниц|готел|отел|хотел|хостел|"
    r"площад|площ|парк|театр|театър|музе|сауда|орталы|мега|летищ|майдан|университет|університет|"
    r"αεροδρόμι|σταθμ|μετρό|λιμάνι|ξενοδοχεί|πλατεία|πανεπιστήμι|"
    r"მოლ|აეროპორტ|სადგურ|მეტრო|სასტუმრო|თეატრ|օդանավակայան|կայարան|հրապարակ|"
    # Uzbek, Kyrgyz and Mongolian squares, avenues, bazaars; a Greek hall
    r"хиёбон|майдон|бозор|аянт|базар|талбай|μέγαρ"
)
_PLACE_BEFORE_RE = re.compile(r"(?i:(?:" + _PLACE_STEMS + r")\p{L}{0,5})[ \t]+[„«\"]?$")
_PLACE_AFTER_RE = re.compile(r"^[»“\"]?[ \t]+(?i:(?:" + _PLACE_STEMS + r")\p{L}{0,6})(?![\p{L}])")
_PLACE_WITHIN_RE = re.compile(r"(?<![\p{L}])(?i:(?:" + _PLACE_STEMS + r")\p{L}{0,5})(?![\p{L}])")
_LATIN_RE = re.compile(r"\p{Latin}")
# Places in uncased scripts, a Hebrew preposition glued before the word ("בקניון", "לתחנת")
_UNCASED_PLACE_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?:[בלמה]?(?:קניון|תחנת|תחנה|מלון|נמל|כיכר|שדה[ \t]+התעופה)|"
    r"(?:ال|بال|لل)?(?:مول|بارك|مطار|محطة|فندق|برج|"
    r"مترو|ميدان|صالة)|(?:مال|ایئرپورٹ|اسٹیشن|فرودگاه|ایستگاه|هتل)|(?:स्टेशन|हवाई|मॉल|होटल|স্টেশন|মল|হোটেল|ரயில்|விமான|"
    r"สนามบิน|สถานี|โรงแรม|ห้าง))(?![\p{L}\p{M}])"
)
_UNCASED_PLACE_BEFORE_RE = re.compile(_UNCASED_PLACE_RE.pattern + r"[ \t]+$")
# A route's ends: "από X στη …", "от X до …", "від X до …" (a place named after a person)
_FROM_BEFORE_RE = re.compile(r"(?<![\p{L}])(?i:от|од|від|из|από|μέχρι|προς)[ \t]+$")
_TO_AFTER_RE = re.compile(r"^[ \t]+(?i:до|στη|στο|στην|μέχρι|προς|σε|и|и до)(?![\p{L}])")


def kept_person(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A PERSON span wholly in another script, trimmed of greetings, labels and roles at its edges
    ("Возач Милан" -> "Милан"); None where nothing of a name is left, where it is lowercase in a cased
    script ("дякую", "τα γυαλιά μου στο") or a place beside its place word ("Аеродрома Никола Тесла",
    "Нұрлы Жол вокзалы", "хотел Маринела")."""
    value = text[start:end]
    if _LATIN_RE.search(value) or not _OTHER_LETTER_RE.search(value):
        return start, end
    words = list(_WORD_RE.finditer(text, start, end))
    while words and words[0].group().lower() in NOT_NAMES:
        words.pop(0)
    while words and words[-1].group().lower() in NOT_NAMES:
        words.pop()
    if not words:
        return None
    start, end = words[0].start(), words[-1].end()
    if _THAI_RE.match(value.strip()) and _THAI_NOT_NAME_RE.search(text, start, end):
        return None
    if _CASED_RE.search(value) and not any(w.group()[:1].isupper() for w in words):
        return None  # (a lowercase honorific before a name stays with it: "пан Ростислав Гузь")
    if (
        _PLACE_WITHIN_RE.search(text, start, end)
        or _PLACE_BEFORE_RE.search(text[max(0, start - 25) : start])
        or _PLACE_AFTER_RE.match(text[end : end + 30])
        or _UNCASED_PLACE_RE.search(text, start, end)
        or _UNCASED_PLACE_BEFORE_RE.search(text[max(0, start - 25) : start])
        or _UNCASED_PLACE_RE.match(text, end + 1 if text[end : end + 1] == " " else end)
    ):
        return None
    if _FROM_BEFORE_RE.search(text[max(0, start - 8) : start]) and _TO_AFTER_RE.match(text[end : end + 8]):
        return None
    return start, end


def people_kept(text: str, found: list, make) -> list:
    """The resolved detections with `kept_person` applied to the names the layouts added after resolution
    (a chat's speaker "Водитель", "나")."""
    out = []
    for det in found:
        if det.type == "PERSON":
            span = kept_person(text, det.start, det.end)
            if span is None:
                continue
            if span != (det.start, det.end):
                det = make(det.type, span[0], span[1], det.score)
        out.append(det)
    return out


# ---------------------------------------------------------------------------------------------
# Kept items in these languages: dates, amounts, durations, ages, plates
# ---------------------------------------------------------------------------------------------

_MONTHS = (
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
    r"януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември|"
    r"јануар|фебруар|мај|јун|јул|септембар|октобар|новембар|децембар|"
    r"қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|"
    r"Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|"
    r"Νοεμβρίου|Δεκεμβρίου|"
    r"जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|"
    r"जानेवारी|फेब्रुवारी|एप्रिल|ऑगस्ट|सप्टेंबर|ऑक्टोबर|नोव्हेंबर|डिसेंबर|"
    r"জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর|"
    r"ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|மே|ஜூன்|ஜூலை|ஆகஸ்ட்|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்|"
    r"يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|"
    r"كانون[ \t]+الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|"
    r"تشرين[ \t]+الأول|تشرين[ \t]+الثاني|كانون[ \t]+الأول|"
    r"فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|"
    r"ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר|"
    r"იანვარი|თებერვალი|მარტი|აპრილი|მაისი|ივნისი|ივლისი|აგვისტო|სექტემბერი|ოქტომბერი|ნოემბერი|დეკემბერი|"
    r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\."
)
_HY_MONTHS = (
    r"(?i:հունվարի|փետրվարի|մարտի|ապրիլի|մայիսի|հունիսի|հուլիսի|օգոստոսի|սեպտեմբերի|հոկտեմբերի|նոյեմբերի|"
    r"դեկտեմբերի)"
)
_CURRENCY_WORDS = (
    r"тенге|руб\.?|рублей|рубля|грн\.?|гривень|гривні|лв\.?|лева|дин\.?|динара|сом|драм|ლარი|ლარ|"
    r"تومان|ریال|ريال|ر\.س\.?|د\.إ\.?|د\.ك\.?|دينار|درهم|جنيه|روپے|روپیہ|روپیے|টাকা|রুপি|रुपये|रुपए|रु\.?|"
    r"ரூபாய்|บาท|元|円|원|₪|₽|₴|₸|₾|֏|৳|﷼|₹|¥|₩|฿|\p{Sc}|"
    r"евро|євро|ευρώ|יורו|ש\"ח|שקל|שקלים|DA|DZD|сўм|сум|₮|төгрөг|ብር|ကျပ်|រៀល|ກີບ|රු\.?|રૂ\.?"
)
_AMOUNT = (
    _D
    + r"{1,3}(?:[٬,，. \u00a0\u202f]"
    + _D
    + r"{3})*(?:[.,٫]"
    + _D
    + r"{1,2})?|"
    + _D
    + r"+(?:[.,٫]"
    + _D
    + r"{1,2})?"
)
_UNITS = (
    r"минут|минуты|минуту|мин|хвилин|хв|часа|часов|час|годин|секунд|лет|года|год|років|рік|роки|години|"
    r"λεπτά|λεπτό|ώρες|ώρα|χρονών|ετών|دقيقة|دقائق|دقیقه|ساعة|ساعت|سنوات|سال|דקות|שעות|שנים|"
    r"मिनट|घंटे|घंटा|साल|वर्ष|মিনিট|ঘণ্টা|বছর|நிமிடம்|நிமிடங்கள்|மணி|வயது|นาที|ชั่วโมง|ปี|"
    r"分钟|分鐘|分|小时|小時|岁|歲|歳|時間|분|시간|살|წუთი|საათი|საათზე|წლის|րոպե|ժամ|տարեկան"
)
_NO_HOUSE = r"(?![ \t]*,?[ \t\n]*(?:(?i:буд|д|дом|№|αρ)\.?[ \t]*)?\d)"
KEPT_RE = re.compile(
    # a day and a month
    r"(?<![\p{L}\p{M}\d])" + _D + r"{1,2}[ \t]+(?:" + _MONTHS + r")(?![\p{L}\p{M}])(?:[ \t]+" + _D + r"{4})?"
    r"|(?<![\p{L}\p{M}])(?:" + _HY_MONTHS + r")[ \t]+" + _D + r"{1,2}(?!\d)"
    # a numeric date after the word for date
    r"|(?<=(?:תאריך|מתאריך|تاريخ|بتاريخ|تاریخ|дата|датум|ημερομηνία|तारीख|তারিখ)[ \t:]*)"
    + _D
    + r"{1,2}[./]"
    + _D
    + r"{1,2}(?:[./]"
    + _D
    + r"{2,4})?(?!\d)"
    # an amount before or after its currency's sign or word
    r"|(?<![\p{L}\p{M}\d])(?:"
    + _AMOUNT
    + r")[ \t\u00a0]?(?:(?:هزار|میلیون|ألف|الف|مليون|हज़ार|हजार|হাজার)[ \t]+)?"
    r"(?:" + _CURRENCY_WORDS + r")(?![\p{L}\p{M}])"
    r"|(?<![\p{L}\p{M}])(?:" + _CURRENCY_WORDS + r")[ \t\u00a0]?(?:" + _AMOUNT + r")(?!\d)"
    # a numeric date after a Greek article or "on" ("της 12/11", "στις 3/4"); a Chinese or Japanese month
    # and day; a month named alone for a billing period ("за октябрь", "за жовтень")
    r"|(?<=(?<![\p{L}\p{M}])(?:της|στις|την)[ \t]+)"
    + _D
    + r"{1,2}/"
    + _D
    + r"{1,2}(?:/"
    + _D
    + r"{2,4})?(?!\d)"
    r"|(?<![\d])" + _D + r"{1,2}月" + _D + r"{1,2}日"
    r"|(?<=(?<![\p{L}\p{M}])(?i:за|в|у)[ \t]+)(?i:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|"
    r"октябрь|ноябрь|декабрь|січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|"
    r"листопад|грудень)(?![\p{L}\p{M}])"
    # an hour after the word for hour, with the part of the day ("الساعة ٩ مساءً", "ساعت ۸ صبح")
    r"|(?<![\p{L}\p{M}])(?:الساعة|ساعة|ساعت)[ \t]+" + _D + r"{1,2}(?:[:٫.]" + _D + r"{2})?"
    r"(?:[ \t]+(?:صباحًا|صباحا|صباح|مساءً|مساء|ظهرًا|ظهرا|ليلًا|ليلا|صبح|عصر|شب))?"
    # a Tamil hour ("காலை 9 மணிக்கு")
    r"|(?<![\p{L}\p{M}\d])(?:(?:காலை|மாலை|இரவு|மதியம்)[ \t]+)?"
    + _D
    + r"{1,2}(?:[:.]"
    + _D
    + r"{2})?[ \t]*மணிக்கு"
    # a car's number after its label ("מספר רכב 47-219-83")
    r"|(?<=(?:מספר[ \t]+רכב|מס'[ \t]+רכב|لوحة|اللوحة|رقم[ \t]+السيارة|پلاک[ \t]+ماشین|номер[ \t]+машины|"
    r"госномер)[ \t:]*)\d{2,3}-\d{2,3}-\d{2,3}(?!\d)"
    # a flight's number after the word for flight ("טיסה LY 315", "рейс SU 1234")
    r"|(?<=(?<![\p{L}\p{M}])(?:טיסה|טיסת|رحلة|الرحلة|پرواز|рейс|рейсом|πτήση|πτήσης|航班)[ \t:]*)"
    r"(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])[ \t]?\d{2,4}(?![\d\p{L}])"
    # an airport in Hebrew with its name ("נמל התעופה …")
    r"|(?<=(?:^|[^\p{L}\p{M}])[לבמה]?)(?:נמל|שדה)[ \t]+התעופה(?:[ \t]+(?!טיסה)\p{Hebrew}[\p{Hebrew}'׳]*){1,2}"
    # a relative day
    r"|(?<![\p{L}\p{M}])(?i:вчера|вчора|сегодня|сьогодні|завтра|днес|утре|данас|јуче|сутра|кеше|бүгін|χθες|σήμερα|αύριο|"
    r"أمس|امس|اليوم|غدا|دیروز|امروز|فردا|کل|אתמול|היום|מחר|कल|आज|परसों|কাল|আজ|গতকাল|நேற்று|இன்று|நாளை|"
    r"เมื่อวาน|วันนี้|พรุ่งนี้|გუშინ|დღეს|ხვალ|երեկ|այսօր|վաղը|"
    r"ગઈકાલે|આજે|ਕੱਲ੍ਹ|ਅੱਜ|నిన్న|ఈరోజు|రేపు|ನಿನ್ನೆ|ಇಂದು|ನಾಳೆ|ഇന്നലെ|ഇന്ന്|നാളെ|ඊයේ|අද|හෙට|"
    r"ትናንት|ትላንት|ዛሬ|ነገ|မနေ့က|ဒီနေ့|မနက်ဖြန်|ម្សិលមិញ|ថ្ងៃនេះ|ស្អែក|ມື້ວານ|ມື້ນີ້|ມື້ອື່ນ|"
    r"өчигдөр|өнөөдөр|маргааш|кеча|бугун|эртага|кечээ|бүгүн|эртең|נעכטן|היינט)(?![\p{L}\p{M}])"
    r"|(?:昨日|今日|明日|昨天|今天|明天|어제|오늘|내일)"
    # a duration or an age, not a street named after an anniversary ("ул. 40 лет Октября")
    r"|(?<![\p{L}\p{M}\d])" + _D + r"{1,3}[ \t]?(?:" + _UNITS + r")(?![\p{L}\p{M}]|[ \t]+\p{Lu})"
    # a car's plate: letters, digits, letters and a region's digits, in Cyrillic or Latin capitals
    r"|(?<![\p{L}\p{M}\d])\p{Lu}{1,2}[ \t]?\d{3,4}[ \t]?\p{Lu}{2,3}(?:[ \t]?\d{2,3})?(?![\p{L}\p{M}\d])"
    r"|(?<![\p{L}\p{M}\d])\d{3}[ \t]?\p{Lu}{2,3}[ \t]?\d{2}(?![\p{L}\p{M}\d])"
    # a place with its place word before or after it, not a street so named before its house number
    # ("парк Кримський, буд. 118", "Πλατεία Κορωνησίας 88")
    # (atomic: the name is not shortened by a letter to dodge the house number)
    r"|(?<![\p{L}\p{M}])(?>(?i:(?:" + _PLACE_STEMS + r")\p{L}{0,5})[ \t]+[„«\"]?\p{Lu}[\p{L}\p{M}\-]+"
    r"(?:[ \t]+\p{Lu}[\p{L}\p{M}\-]+){0,2}[»“\"]?)"
    + _NO_HOUSE
    + r"|(?<![\p{L}\p{M}])(?>\p{Lu}[\p{L}\p{M}\-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}\-]+){0,2}[ \t]+(?i:(?:"
    + _PLACE_STEMS
    + r")\p{L}{0,6})(?![\p{L}\p{M}]))"
    + _NO_HOUSE
    + r"|(?<![\p{L}\p{M}])[\p{Georgian}]+[ \t]+(?:მოლ|აეროპორტ|სადგურ|მეტრო|სასტუმრო)\p{Georgian}{0,4}"
)


# A role's word and when the driver or courier came, by the time of day, the day and the hour ("ஓட்டுநர் இரவு
# 10 மணிக்கு", "السائق يوم الجمعة الساعة 10", "ڈرائیور رات 11 بجے"): no place, whatever the NER reads in it.
_WHEN_WORDS = (
    r"இரவு|காலை|மாலை|மதியம்|மணிக்கு|மணி|\p{Tamil}+கிழமை|"
    r"يوم|الساعة|ساعة|مساء|مساءً|صباحا|صباحاً|ليلا|ليلاً|ظهرا|ظهراً|الجمعة|السبت|الأحد|الاثنين|الإثنين|"
    r"الثلاثاء|الأربعاء|الخميس|"
    r"رات|صبح|شام|دوپہر|بجے|بجکر|جمعہ|ہفتہ|اتوار|پیر|منگل|بدھ|جمعرات|"
    r"ساعت|شب|عصر|ظهر|روز|جمعه|\p{Arabic}*شنبه|"
    r"रात|सुबह|शाम|दोपहर|बजे|\p{Devanagari}+वार|"
    r"রাত|সকাল|বিকেল|সন্ধ্যা|দুপুর|\p{Bengali}+বার|"
    r"בשעה|בלילה|בבוקר|בערב|ביום|בצהריים|"
    r"ตอน|โมง|ทุ่ม|เช้า|เย็น|บ่าย|กลางคืน"
)
_WHEN = (
    r"(?:(?:"
    + _WHEN_WORDS
    + r")(?![\p{L}\p{M}])|"
    + _D
    + r"{1,2}(?:[:.]"
    + _D
    + r"{2})?(?:টায়|টার)?(?![\p{L}\p{M}\d]))"
)
ROLE_WHEN_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?:" + _ROLE_UNCASED + r")(?:[ \t]+" + _WHEN + r"){1,5}+(?![ \t]*\d)"
)
# (a number last is an hour only after the word for the hour: "الساعة 10", not "… 10 மணிக்கு 12 காந்தி தெரு")
_HOUR_LAST_RE = re.compile(
    r"(?:(?<![\p{L}\p{M}])(?:الساعة|ساعة|ساعت|בשעה|ตอน)[ \t]+"
    + _D
    + r"{1,2}(?:[:.]"
    + _D
    + r"{2})?|\p{L}\p{M}*)$"
)


def _role_when(text: str) -> list[tuple[int, int]]:
    # (an hour's number or a day's name among the words: "السائق يوم" alone tells no time)
    return [
        m.span()
        for m in ROLE_WHEN_RE.finditer(text)
        if (any(c.isdigit() for c in m.group()) or _DAY_RE.search(m.group()))
        and _HOUR_LAST_RE.search(m.group())
    ]


_DAY_RE = re.compile(
    r"الجمعة|السبت|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|جمعہ|ہفتہ|اتوار|پیر|منگل|بدھ|جمعرات|"
    r"جمعه|شنبه|கிழமை|वार|বার"
)


@lru_cache(maxsize=16)
def kept_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Dates, amounts, durations, ages, plates and places of these languages, and when a driver came, which
    must stay readable."""
    if not has_other_script(text):
        return ()
    out = _role_when(text)
    for m in KEPT_RE.finditer(text):
        # (a place's capitalised words may begin with a driver's word and name: "Айдоочу Нурлан Ала-Тоо
        # аянтынан"; the place begins after the name)
        driver = _DRIVER_RE.match(text, m.start(), m.end())
        out.append((driver.end(), m.end()) if driver else m.span())
    return tuple(out)
