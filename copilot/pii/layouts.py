"""Layouts a message's PII sits in, read whole: web-form dumps, address blocks written in a country's own
layout, and names with particles (issue 20, the eighth round).

- Form fields: a line "Name: …" / "Nom :" / "Nombre y apellido:" / "Ad Soyad:" / "Imię i nazwisko:" whose
  value is a few words and nothing else is a PERSON; a line "Address:" / "Adresse :" / "Dirección:" /
  "Anschrift:" / "Adres:" / "Indirizzo di partenza:" whose value holds a number is an ADDRESS, and so is
  the block under a label that ends its line ("Company address:\\n<lines>"). An email, IP or web address
  label is none of these.
- Address layouts the street finders do not read: a unit-led address ("House No. 12, Oxford Street, Osu,
  Accra", "Villa 237, Sacré-Cœur 3, Dakar, Sénégal", "Building 1841, Al Malqa District, Riyadh 12071"),
  a Turkish one ("Bağdat Caddesi No: 79 Daire: 26, Kadıköy / İstanbul"), a Japanese one after its 〒
  postcode, a romanised Korean one ("Seoul, Gangnam-gu, Teheran-ro 152") and a Korean flat's line.
- After resolution (`amend`): two pieces of one name split by a particle join ("Camila| de los |Santos"),
  a name grows over the particle and surname after it ("chloé d'arcy", "Astrid S. ap Rhys"), and a UK
  address takes the inward half of its postcode, which reads as a duration ("OX4 1HR").

Each rule is gated on a substring or one precompiled search over the text, and returns (type, start, end,
score) tuples; the analyzer runs them through the same guards as every other finder, so ids, amounts,
dates, times and places stay.
"""

from __future__ import annotations

import unicodedata

import regex as re

from copilot.pii import kept as keep
from copilot.pii import languages, patterns


def _listed(words: str, sep: str | None = None) -> frozenset[str]:
    return frozenset(words.split(sep))


PERSON = "PERSON"
ADDRESS = "ADDRESS"
FORM_SCORE = 0.6

# ---------------------------------------------------------------------------------------------
# Form fields
# ---------------------------------------------------------------------------------------------

# A line's label, after an optional quote mark or bullet: "Name:", "> Nom :", "- Nombre y apellido:".
_LINE_HEAD = r"(?m:^)[ \t]{0,4}(?:>[ \t>]*)?(?:[-*•][ \t]{1,4})?"
_NAME_LABELS = (
    r"(?:full[ \t]|first[ \t]|last[ \t]|given[ \t]|family[ \t]|passenger(?:'s)?[ \t]|rider(?:'s)?[ \t]|"
    r"contact[ \t]|your[ \t]|customer[ \t])?name|surname|account[ \t]holder|card[ \t]?holder(?:[ \t]name)?|"
    r"nom(?:[ \t]complet|[ \t]et[ \t]prénom)?|prénom(?:[ \t]et[ \t]nom)?|nom[ \t]de[ \t]famille|titulaire|"
    r"nombre(?:[ \t]completo|[ \t]y[ \t]apellidos?)?|apellidos?|titular|"
    r"nome(?:[ \t]completo)?|sobrenome|cognome|nome[ \t]e[ \t]cognome|"
    r"vorname|nachname|vor-[ \t]und[ \t]nachname|kontoinhaber(?:in)?|"
    r"naam|voornaam|achternaam|volledige[ \t]naam|rekeninghouder|"
    r"imię(?:[ \t]i[ \t]nazwisko)?|nazwisko|"
    r"ad[ \t]soyad|adı[ \t]soyadı|ad|soyad|isim|"
    r"namn|förnamn|efternamn|fullständigt[ \t]namn|pura[ \t]naam"
)
_NAME_WORD = r"(?:\p{L}|['’]\p{L})[\p{L}\p{M}'’.\-]{0,40}+"
FORM_NAME_RE = re.compile(
    _LINE_HEAD
    + r"(?i:"
    + _NAME_LABELS
    + r")[ \t]{0,4}:[ \t]{0,4}("
    + _NAME_WORD
    + r"(?:[ \t]"
    + _NAME_WORD
    + r"){0,4})[ \t]{0,4}$",
    re.MULTILINE,
)
_NAME_LABEL_CUE_RE = re.compile(
    r"(?i:name|nom|naam|namn|imię|nazwisko|ad[ \t]soyad|adı|soyad|isim|apellido|titular|holder|inhaber)"
    r"[^\n:]{0,12}:"
)

_ADDRESS_STEM = (
    r"(?:addr|adres|adress|direcc|direcci|anschrift|indirizz|endere|morada|domicil|wohnort|pata\b)"
)
# Labels of what is no postal address: "Email address:", "adresse IP :", "Dirección de correo:".
_NOT_POSTAL_RE = re.compile(
    r"(?i:e-?mail|mail|\bip\b|\bmac\b|\bweb|url|wallet|correo|courriel|e-?posta|elektron|"
    r"posta[ \t]elettronica|site|homepage)"
)
FORM_ADDRESS_RE = re.compile(
    _LINE_HEAD
    + r"((?:[\p{L}\-'’]{1,30}[ \t]){0,3}?(?i:[\p{L}\-]{0,20}"
    + _ADDRESS_STEM
    + r"[\p{L}]{0,20})(?:[ \t][\p{L}\-'’]{1,30}){0,3}?)[ \t]{0,4}:[ \t]{0,4}([^\n]*)",
    re.MULTILINE,
)
# What is done to an address, not where one lives: "Address lookup: 200 OK in 34 ms" is a log's.
_ADDRESS_TASK_RE = re.compile(
    r"(?i:\b(?:lookups?|verification|verified|validation|validated|check|checks|issues?|errors?|mismatch|"
    r"changes?|changed|updates?|updated|search|resolution|book|bar|field|format|type|count|list|status|"
    r"cache|space|pool|range|family)\b)"
)
_ADDRESS_LABEL_CUE_RE = re.compile(r"(?i:" + _ADDRESS_STEM + r")[^\n:]{0,30}:")
_LABEL_LINE_RE = re.compile(r"[ \t]{0,4}(?:>[ \t>]*)?[\p{L}][\p{L}\-'’ \t]{0,30}:")
_DIGIT_RE = re.compile(r"\d")
_LETTER_RE = re.compile(r"\p{L}")
_UPPER_RE = re.compile(r"\p{Lu}")


def _form_names(text: str) -> list[tuple[int, int]]:
    found = []
    for m in FORM_NAME_RE.finditer(text):
        value = m.group(1)
        words = [w.strip(".’'-").lower() for w in value.split()]
        if not any(w and w not in _NOT_NAME_WORDS and w not in _PARTICLES for w in words):
            continue  # "Name: not given", "Nom : voir ci-dessus"
        if not _may_open_a_name(words[0]) or _names_a_body(words):
            continue  # "Name: Cache Warmup", "Name: Celery Beat"
        found.append((m.start(1), m.end(1)))
    return found


def _form_label_lines(text: str, cue_re) -> list:
    """FORM_ADDRESS_RE's matches, tried only at the start of the lines where `cue_re` found a label."""
    matches, last = [], -1
    for cue in cue_re.finditer(text):
        line_start = text.rfind("\n", 0, cue.start()) + 1
        if line_start == last:
            continue
        last = line_start
        m = FORM_ADDRESS_RE.match(text, line_start)
        if m:
            matches.append(m)
    return matches


def _form_addresses(text: str) -> list[tuple[str, int, int, float]]:
    found = []
    for m in _form_label_lines(text, _ADDRESS_LABEL_CUE_RE):
        if _NOT_POSTAL_RE.search(m.group(1)) or _ADDRESS_TASK_RE.search(m.group(1)):
            continue
        value = m.group(2).strip()
        if value:
            start = m.start(2) + (len(m.group(2)) - len(m.group(2).lstrip()))
            end = start + len(value)
        else:  # the label ends its line: the block under it, up to a blank line or the next label
            start = end = m.end()
            pos = m.end() + 1
            for _ in range(5):
                if pos >= len(text):
                    break
                line_end = text.find("\n", pos)
                line_end = len(text) if line_end < 0 else line_end
                line = text[pos:line_end]
                if not line.strip() or _LABEL_LINE_RE.match(line):
                    break
                if start == m.end():
                    start = pos + (len(line) - len(line.lstrip()))
                end = pos + len(line.rstrip())
                pos = line_end + 1
            value = text[start:end]
        if (
            not value
            or "@" in value
            or "://" in value
            or not _DIGIT_RE.search(value)
            or not _LETTER_RE.search(value)
            or (not _UPPER_RE.search(value) and len(value.split()) < 3)  # "Addresses: 2 saved"
        ):
            continue
        found.append((ADDRESS, start, end, FORM_SCORE))
    return found


# ---------------------------------------------------------------------------------------------
# Address layouts
# ---------------------------------------------------------------------------------------------

_SEGMENT_WORD = r"\p{Lu}[\p{L}\p{M}'’.\-]{0,30}+"
_SEGMENT = _SEGMENT_WORD + r"(?:[ \t]{1,4}(?:" + _SEGMENT_WORD + r"|\d{1,6}|de|du|des|la|el|al|da|do))*"
UNIT_LED_RE = re.compile(
    r"(?<![\p{L}\d])(?:House[ \t]No\.?|H\.[ \t]?No\.?|Plot(?:[ \t]No\.?)?|Villa|Building|Bldg\.?|Block|"
    r"Compound|Maison|Edificio|Immeuble|Gebäude|Casa|Lote|Bloco)[ \t]{0,4}\d{1,5}[A-Za-z]?"
    r"((?:[ \t]{0,4},[ \t]{0,4}" + _SEGMENT + r"){2,5})"
)
_UNIT_LED_CUE_RE = re.compile(
    r"(?:House|H\.|Plot|Villa|Building|Bldg|Block|Compound|Maison|Edificio|Immeuble|Gebäude|Casa|Lote|Bloco)"
    r"[ \t.Nno]*\d"
)

_UNIT_WORD_RE = re.compile(
    patterns.word_trie(
        [
            "House",
            "H.",
            "Plot",
            "Villa",
            "Build",
            "Bldg",
            "Block",
            "Compound",
            "Maison",
            "Edificio",
            "Immeuble",
            "Gebäude",
            "Casa",
            "Lote",
            "Bloco",
        ]
    )
)

_TR_STREET = r"(?:Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sok\.|Sk\.|Bulvarı|Blv\.|Mahallesi|Mah\.|Yolu)"
TR_ADDRESS_RE = re.compile(
    r"(?:\p{Lu}[\p{L}\p{M}'’.\-]{0,30}+[ \t]{1,4}){1,3}"
    + _TR_STREET
    + r"(?:[ \t]{0,4},)?[ \t]{1,4}No[ \t]{0,4}[:.]?[ \t]{0,4}\d{1,5}[A-Za-z]?"
    r"(?:[ \t]{0,4}/[ \t]{0,4}\d{1,4})?"
    r"(?:[ \t]{0,4},?[ \t]{0,4}(?:Daire|D\.?|Kat|K\.?)[ \t]{0,4}[:.]?[ \t]{0,4}\d{1,4})*"
    r"(?:[ \t]{0,4},[ \t]{0,4}\p{Lu}[\p{L}\p{M}\-]*(?:[ \t]{0,4}/[ \t]{0,4}\p{Lu}[\p{L}\p{M}\-]*)?)?"
    r"(?:[ \t]{0,4},[ \t]{0,4}(?:Türkiye|Turkey|Turquie|Türkei|Turquía))?"
)
_TR_CUE_RE = re.compile(_TR_STREET + r"(?:[ \t]{0,4},)?[ \t]{1,4}No")

JP_ADDRESS_RE = re.compile(
    r"〒[ \t]?\d{3}-\d{4}"
    r"(?:[ \t]{0,4}[\p{Han}\p{Hiragana}\p{Katakana}\dー－\-]+"
    r"|(?:[ \t]{0,4},?[ \t]{0,4}(?:\p{Lu}[\p{L}\-]*|\d{1,4}(?:-\d{1,4}){0,3}(?![:.\d])))+)"
)

KR_ROMAN_RE = re.compile(
    r"(?:\p{Lu}[\p{L}\-]{0,30}[ \t]{0,4},?[ \t]{0,4})?\p{Lu}\p{L}{0,30}-(?:gu|gun|si)[ \t]{0,4},?[ \t]{0,4}"
    r"\p{Lu}\p{L}{0,30}(?:-\d)?-(?:ro|gil|daero|dong)(?:[ \t]{0,4}\d{1,4}(?:-\d{1,4})?)?"
)
_KR_ROMAN_CUE_RE = re.compile(r"-(?:gu|gun|si)\b")
KR_FLAT_RE = re.compile(
    r"(?:아파트|빌라|오피스텔|맨션)[ \t]{0,4}\d{1,4}(?:-\d{1,4})?(?:동|호)?(?:[ \t]{0,4}\d{1,4}(?:동|호))*"
)


# A post-office box in the desk's languages ("Postbox 135", "Apartado 2250", "Caixa Postal 118", "BP 512"),
# with the postcode and town or the town that follow it ("Postfach 12 34, 10115 Berlin", "BP 512, Dakar").
PO_BOX_RE = re.compile(
    r"(?<![\p{L}\d])(?:(?i:p\.?[ \t]?o\.?[ \t]?box|post[ \t]?office[ \t]box|post[ \t]?box|postbus|postfach|"
    r"postboks|apartado(?:[ \t]de[ \t]correos|[ \t]postal)?|caixa[ \t]postal|"
    r"casilla[ \t](?:de[ \t]correos?|postal)|"
    r"bo[iî]te[ \t]postale|casella[ \t]postale|skrytka[ \t]pocztowa|posta[ \t]kutusu|"
    r"s\.[ \t]?l\.[ \t]?p\.?|sanduku[ \t]la[ \t]posta|kotak[ \t]pos|tromol[ \t]pos|postafiók)|B\.?P\.?|Pf\.)"
    # (the box's number and, in Kenya, the postcode after a dash: "S.L.P. 40122-80100, Mombasa")
    r"[ \t]{0,2}(?:(?i:n[oº°]\.?|#)[ \t]?)?(\d{2,6}(?:[ \t]\d{2,4}|-\d{5})?)(?![\w.,]\d)"
    r"(?:(,?[ \t]{1,2}(?:[A-Z]{1,2}-)?\d{4,5}(?:[ \t]?[A-Z]{2})?[ \t]{1,2}"
    r"\p{Lu}[\p{L}\-]+(?:[ \t]\p{Lu}[\p{L}\-]+)?)"
    r"|,?[ \t]{1,2}(\p{Lu}[\p{L}\-]+(?:[ \t]\p{Lu}[\p{L}\-]+)?))?"
)
_PO_BOX_CUE_RE = re.compile(
    r"(?i:box|bus|fach|boks|apartado|postal|casilla|kutusu|pocztowa|s\.[ \t]?l\.[ \t]?p|sanduku|pos\b|"
    r"postafiók)|B\.?P|Pf\."
)


def _po_boxes(text: str) -> list[tuple[str, int, int, float]]:
    found = []
    for m in PO_BOX_RE.finditer(text):
        end = m.end(1)
        if m.group(2):
            end = m.end(2)
        elif m.group(3) and _is_place(m.group(3)):
            end = m.end(3)
        found.append((ADDRESS, m.start(), end, FORM_SCORE))
    return found


def _layout_addresses(text: str) -> list[tuple[str, int, int, float]]:
    found = []
    if _UNIT_WORD_RE.search(text) and _UNIT_LED_CUE_RE.search(text):
        for m in UNIT_LED_RE.finditer(text):
            segments = [s.strip() for s in m.group(1).split(",") if s.strip()]
            if any(_is_place(s) for s in segments):  # a town or country among the pieces: "…, Accra"
                found.append((ADDRESS, m.start(), m.end(), FORM_SCORE))
    if _TR_CUE_RE.search(text):
        found += [(ADDRESS, *m.span(), FORM_SCORE) for m in TR_ADDRESS_RE.finditer(text)]
    if "〒" in text:
        found += [(ADDRESS, *m.span(), FORM_SCORE) for m in JP_ADDRESS_RE.finditer(text)]
    if _KR_ROMAN_CUE_RE.search(text):
        found += [(ADDRESS, *m.span(), FORM_SCORE) for m in KR_ROMAN_RE.finditer(text)]
    if "아파트" in text or "빌라" in text or "오피스텔" in text or "맨션" in text:
        found += [(ADDRESS, *m.span(), FORM_SCORE) for m in KR_FLAT_RE.finditer(text)]
    if _PO_BOX_CUE_RE.search(text):
        found += _po_boxes(text)
    return found


_PLACE_TAIL_RE = re.compile(r"[ \t]{1,4}\d{3,6}$")


def _is_place(segment: str) -> bool:
    """A segment of a unit-led address that names a town or country, or holds a postcode."""
    if _PLACE_TAIL_RE.search(segment):
        return True  # "Riyadh 12071"
    low = segment.lower()
    return low in patterns.CITIES or low in patterns.COUNTRY_NAMES or low in _MORE_PLACES


# Capitals and large towns of the regions the desk serves that the city list (kept for stations and
# landmarks) does not hold, with the countries' own spellings.
_MORE_PLACES = _listed(
    "accra|kumasi|tema|lagos|abuja|ibadan|nairobi|mombasa|kisumu|dakar|abidjan|kampala|kigali|dar es salaam|"
    "riyadh|jeddah|dammam|doha|manama|muscat|kuwait city|amman|cairo|giza|alexandria|casablanca|rabat|"
    "marrakech|tunis|algiers|karachi|lahore|islamabad|dhaka|colombo|kathmandu|manila|quezon city|cebu|"
    "kuala lumpur|jakarta|bangkok|hanoi|ho chi minh city|seoul|busan|tokyo|osaka|"
    "sénégal|ghana|nigeria|kenya|côte d'ivoire|maroc|ksa|saudi arabia|uae|"
    "bengaluru|bangalore|chennai|hyderabad|kolkata|pune|ahmedabad|jaipur|lucknow|new delhi|delhi|noida|"
    "gurugram|gurgaon|thane|navi mumbai|rawalpindi|peshawar|faisalabad|multan|petaling jaya|shah alam|"
    "subang jaya|puchong|johor bahru|george town|ipoh|kota kinabalu|kuching|surabaya|bandung|yogyakarta|"
    "medan|semarang|denpasar|makati|pasig|taguig|davao|guadalajara|monterrey|puebla|cuernavaca|"
    "naucalpan|querétaro|tijuana|arusha|dodoma|zanzibar|mwanza|entebbe|kano|port harcourt|enugu|thiès|"
    "giza|heliopolis|nasr city|medellín|cali|barranquilla|ciudad de méxico",
    "|",
)

# ---------------------------------------------------------------------------------------------
# Names as documents write them (issue 20, the tenth round): a surname in capitals before or after the
# given names ("KOWALCZYK, Marta Anna", "MOREAU Julien", "Julien MOREAU"), a name all in capitals
# ("PRIYA NAIR", "NADIA K."), a surname in capitals with initials ("LIM K. W."), initials before a surname
# ("R. Venkatesh", "A. K. Osei"), a nickname in quotes inside a name ("Tomás 'Tommy' Ferreira").
# ---------------------------------------------------------------------------------------------

_CAPS = r"\p{Lu}[\p{Lu}\p{M}'’\-]{1,30}+"
_TITLE_CASE = r"\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]{0,30}+(?:-\p{L}[\p{Ll}\p{M}'’]{0,30}+)?"
_NOT_BEFORE = r"(?<![\p{L}\p{M}'’\-.\d])"
_NOT_AFTER = r"(?![\p{L}\p{M}\d])"
_INITIAL = r"\p{Lu}\.(?:[ \t]?\p{Lu}\.){0,2}"
DOCUMENT_NAME_RE = re.compile(
    _NOT_BEFORE
    + r"(?:"
    # SURNAME, Given [Given] / SURNAME Given: two capitals at least in the surname, the given names after
    + r"(?P<sg>(?P<s1>"
    + _CAPS
    + r"(?:[ \t]"
    + _CAPS
    + r")?),?[ \t]{1,2}(?P<g1>"
    + _TITLE_CASE
    + r")(?:[ \t]"
    + _TITLE_CASE
    + r"){0,2})"
    # SURNAME I. I.
    + r"|(?P<si>(?P<s3>"
    + _CAPS
    + r")[ \t]\p{Lu}\.[ \t]?\p{Lu}\.)"
    # Given SURNAME / GIVEN SURNAME / GIVEN I.
    + r"|(?P<gs>(?P<g2>"
    + _TITLE_CASE
    + r"|"
    + _CAPS
    + r")[ \t](?P<s2>"
    + _CAPS
    + r"(?:[ \t]"
    + _CAPS
    + r")?|\p{Lu}\.))"
    # I. Surname / I. I. Surname
    + r"|(?P<is>"
    + _INITIAL
    + r"[ \t](?P<s4>"
    + _TITLE_CASE
    + r"))"
    # Given 'Nick' Surname
    + r"|(?P<nick>(?P<g5>"
    + _TITLE_CASE
    + r")(?:[ \t]"
    + _TITLE_CASE
    + r")?[ \t]['‘\"“](?P<n5>\p{Lu}\p{Ll}[\p{Ll}\p{M}\-]{0,30}+)['’\"”][ \t](?P<s5>"
    + _TITLE_CASE
    + r"))"
    + r")"
    + _NOT_AFTER
)
# A name after a title the NER does not know ("Chief (Mrs) Funmi Adeyemi", "Col. (Retd.) Harpreet Gill",
# "Alhaji Musa Danjuma", "Bi. Mwanaidi Salim", "Smt. Kamala Iyer", "Pak Budi Santoso")
TITLED_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?:(?:Chief|Alhaji|Alhaja|Hajia|Mallam|Datuk|Dato['’]?|Shri|Smt|Kum|Engr|Bi|Bw|Mzee|"
    r"Ustaz|Puan|Encik|Bapak|Pak|Ibu)\.?(?:[ \t]{1,2}\((?:Mrs|Mr|Ms|Dr|Retd|Rtd|Rev)\.?\))?"
    r"|(?:Col|Capt|Maj|Lt|Gen|Brig|Sqn[ \t]Ldr|Wg[ \t]Cdr|Cdr)\.?[ \t]{1,2}\((?:Retd|Rtd|retd)\.?\)"
    # (titles stacked, the second in brackets: "Dr. (Mrs.) Lakshmi Rao", "Prof. (Dr.) Anil Mehta")
    r"|(?:Dr|Prof|Mr|Mrs|Ms|Adv|Er)\.?[ \t]{1,2}\((?:Mrs|Mr|Ms|Miss|Dr|Prof|Smt|Retd|Rtd)\.?\))"
    r"[ \t]{1,2}((?:\p{Lu}\.[ \t]?){0,3}\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]{0,30}+"
    r"(?:[ \t]\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]{0,30}+){0,3})"
)
# substrings one of which such a title holds, tried with `in` before the pattern runs
_TITLED_CUES = (
    *("Chief", "Alhaj", "Hajia", "Mallam", "Datuk", "Dato'", "Dato ", "Shri", "Smt", "Kum.", "Engr"),
    "Bi.",
    "Bi ",
    *("Bw.", "Bw ", "Mzee", "Ustaz", "Puan", "Encik", "Bapak", "Pak ", "Ibu ", "Retd", "Rtd"),
    *("(Mrs", "(Mr", "(Ms", "(Miss", "(Dr", "(Prof", "(Smt"),
)
_NAME_WORD_RE = re.compile(r"\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]*")


def _titled_names(text: str) -> list[tuple[str, int, int, float]]:
    found = []
    for m in TITLED_NAME_RE.finditer(text):
        words = _NAME_WORD_RE.findall(m.group(1))
        if (
            words
            and (_given(words[0]) or _surname_word(words[0]))
            and not _before_a_place(text, m.end())
            and not any(
                w.lower() in patterns.PLACE_WORDS or w.lower() in patterns.COUNTRY_NAMES for w in words
            )
        ):
            found.append((PERSON, m.start(1), m.end(1), FORM_SCORE))
    return found


_DOCUMENT_CUE_RE = re.compile(r"\p{Lu}[\p{Lu}.'’\-]|['‘\"“]\p{Lu}")
_NAME_CHARS = frozenset("'’-")


def _word_before(text: str, at: int) -> int:
    """The start of the word one or two blanks before `at`, or -1."""
    i = at
    while i > 0 and at - i < 2 and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and i - j < 32 and (text[j - 1].isalpha() or text[j - 1] in _NAME_CHARS):
        j -= 1
    return j if i < at and j < i else -1


def _document_name_starts(text: str) -> list[int]:
    """Where DOCUMENT_NAME_RE may match: at a word in capitals, an initial or a
    nickname's quote, and at the one or two words before it (the pattern tried everywhere costs more)."""
    starts = set()
    for cue in _DOCUMENT_CUE_RE.finditer(text):
        at = cue.start()
        if text[at].isupper():
            starts.add(at)
        before = _word_before(text, at)  # before a quote: "Rohit |'Monty' …"
        if before >= 0:
            starts.add(before)
            before = _word_before(text, before)
            if before >= 0:
                starts.add(before)
    return sorted(starts)


def _given(word: str) -> bool:
    """A listed given name, or one of a hyphenated pair ("Yann-Erwan", "Marie-Laure")."""
    low = word.lower()
    return low in patterns.FIRST_NAMES_LOWER or any(
        part in patterns.FIRST_NAMES_LOWER for part in low.split("-") if len(part) > 2
    )


# Currency codes before an amount or a name: "12 EUR Ida paid", "INR Kavya"
_CURRENCY_CODES = _listed(
    "eur usd gbp chf inr mxn brl ars clp cop pen jpy cny krw sgd myr idr php thb vnd aed sar qar kwd egp "
    "mad ngn ghs kes tzs ugx zar try pln czk huf sek nok dkk ron bgn rsd uah rub aud nzd cad hkd twd pkr "
    "bdt lkr npr ksh tsh rm rs"
)


def _surname_word(word: str) -> bool:
    """No common word of any language the desk knows, no place, title, function word or currency."""
    low = word.lower().strip("'’-")
    return (
        len(low) >= 2
        and low not in _CURRENCY_CODES
        and not _ROMAN_NUMERAL_RE.fullmatch(word)
        and low not in _NOT_ECHOED
        and low not in languages.ELSEWHERE_WORDS
        and low not in languages.TITLE_WORDS
        and low not in keep.COMPANY_SUFFIXES
    )


_LIST_GAP_RE = re.compile(r"[ \t]{0,2}(?:[,;/]|\n|[ \t](?:and|et|y|e|und|en|i|na|at|dan)[ \t])[ \t]{0,2}")


_ROMAN_NUMERAL_RE = re.compile(r"[IVXLC]{1,5}")
_CAPS_BEFORE_RE = re.compile(r"(?<![\p{L}\p{M}])[\p{Lu}\d]{2,}[ \t/]+$")
_CAPS_AFTER_RE = re.compile(r"[ \t/]+[\p{Lu}\d]{2,}")
_INITIAL_BEFORE_RE = re.compile(r"(?<![\p{L}\p{M}])\p{Lu}\.[ \t]?$")
_CAPITAL_AFTER_RE = re.compile(r"[ \t]{1,2}\p{Lu}(?=\p{L})")
_NEXT_WORDS_RE = re.compile(
    r"(?:[ \t]{1,2}(?:\p{Lu}\.|[IVX]{1,4}(?![\p{L}])|\p{Lu}[\p{L}\p{M}'’\-]{0,30}+)){1,3}"
)


_LETTERS_RE = re.compile(r"[\p{L}\p{M}]+")


def _before_a_place(text: str, end: int) -> bool:
    """A place's word in the three capitalised words after: "O. R. Tambo International", "John F. Kennedy
    Airport"."""
    m = _NEXT_WORDS_RE.match(text, end)
    return bool(m) and any(keep._is_place_word(w.lower()) for w in _LETTERS_RE.findall(m.group()))


def _document_names(text: str) -> list[tuple[str, int, int, float]]:
    found, unsure = [], []
    covered = -1
    for at in _document_name_starts(text):
        m = DOCUMENT_NAME_RE.match(text, at) if at >= covered else None  # not inside a name found
        if m is None:
            continue
        if m.group("sg"):
            surname, given = m.group("s1").split(), m.group("g1")
            words = surname
            if not any(len(w) > 2 for w in surname):
                continue
            if not _given(given):
                if all(
                    _surname_word(w) for w in [*surname, given] if w.lower() not in languages.NAME_PARTICLES
                ) and not _before_a_place(text, m.end()):
                    unsure.append((PERSON, m.start(), m.end(), FORM_SCORE))
                continue
        elif m.group("gs"):
            given, surname = m.group("g2"), m.group("s2")
            words = surname.split()
            if not _given(given) or (given.isupper() and surname.endswith(".") and len(given) < 4):
                continue
            if given.isupper() and (
                _CAPS_BEFORE_RE.search(text, max(0, m.start() - 32), m.start())
                or _CAPS_AFTER_RE.match(text, m.end())
            ):
                continue  # a run of capitals goes on around it: a heading, a ticker ("ETFS BRENT OIL 1YR")
            if surname.endswith("."):
                after = _CAPITAL_AFTER_RE.match(text, m.end())
                if after and (not given.isupper() or text[after.end() : after.end() + 1].isupper()):
                    continue  # "John F. Kennedy": a middle initial, the name goes on
                words = []  # "NADIA K.": the initial is no word
        elif m.group("si"):
            word = m.group("s3").lower()
            if word in patterns.PLACE_WORDS or word in languages.TITLE_WORDS or word in patterns.CITIES:
                continue  # two initials after a word in capitals: "TAN M. L.", whatever else "tan" is
            words = []
        elif m.group("is"):
            words = [m.group("s4")]
        else:
            words = [m.group("n5"), m.group("s5")]
            if not _given(m.group("g5")) and not _surname_word(m.group("g5")):
                continue
        words = [w for w in words if w.lower() not in languages.NAME_PARTICLES] if len(words) > 1 else words
        if not all(_surname_word(w) for w in words) or any(w.lower() in patterns.CITIES for w in words):
            continue
        if _INITIAL_BEFORE_RE.search(text, max(0, m.start() - 3), m.start()) or _before_a_place(
            text, m.end()
        ):
            continue  # "O. |R. Tambo", a place's name
        found.append((PERSON, m.start(), m.end(), FORM_SCORE))
        covered = m.end()
    # a list of them: "MOREAU Julien, N'DIAYE Aïssatou": an unlisted given name next to a listed one's
    grew = bool(found)
    while unsure and grew:
        grew = False
        for det in list(unsure):
            if any(
                _LIST_GAP_RE.fullmatch(text, e, det[1]) or _LIST_GAP_RE.fullmatch(text, det[2], s)
                for _, s, e, _ in found
            ):
                found.append(det)
                unsure.remove(det)
                grew = True
    return found


# ---------------------------------------------------------------------------------------------
# Address lines as people say where they live (issue 20, the tenth round): comma-separated pieces led by a
# house, plot, flat, ward, villa or door number ("Flat 4C", "Ward no. 9", "villa n° 12", "nyumba namba 7",
# "número 31", "#27", "D-12/4") or a street word ("Jalan", "Privada", "Mtaa wa"), with landmarks ("near
# the water tank", "opp. City Mall", "en face de la mosquée", "karibu na soko", "Hanuman Mandir ke paas",
# "después del Oxxo", "dekat masjid"), and a town or a postcode among the pieces or a landmark:
# "Flat 4C, Green Acres, near Ganesh Temple, Indiranagar, Bengaluru 560038".
# ---------------------------------------------------------------------------------------------

_UNIT_NUMBER = (
    r"[ \t]{0,2}[:#]?[ \t]{0,2}(?:[A-Z]-?)?\d{1,5}[A-Za-z]?(?:[-/][A-Za-z\d]{1,5}){0,3}(?![\p{L}\d])"
)
_UNIT_WORDS = _listed(
    "house h. plot flat ward villa door no. n° nº número numero num. nyumba namba emaret imarat blok blk "
    "block lot apt apt. apartment unit gali sector khasra kothi maison casa lote manzana mz mz."
)
_OLD_NEW_NO = r"(?:old|new)[ \t]no\."
_STREET_ANCHORS = _listed(
    "Jalan Jln. Lorong Privada Cerrada Callejón Pangsapuri Taman Kampung Kg. Residency Colonia Fracc. "
    "Fraccionamiento Sharea sharea Sharia sharia Sharie sharie"
)
ADDRESS_ANCHOR_RE = re.compile(
    r"(?<![\p{L}\d.])(?:"
    r"(?i:"
    + _OLD_NEW_NO
    + r"|"
    + patterns.word_trie(_UNIT_WORDS)
    + r")(?:[ \t](?i:no\.?|n[°ºo]\.?|namba))?"
    + _UNIT_NUMBER
    + r"|\#[ \t]?\d{1,5}[A-Za-z]?(?![\p{L}\d])"
    r"|\p{Lu}-\d{1,4}(?:/\d{1,4})?(?=[ \t]?,)"
    r"|(?:Mtaa[ \t]wa|Barabara[ \t]ya|" + patterns.word_trie(_STREET_ANCHORS) + r")[ \t]\p{Lu}"
    r")"
)
# Where an anchor may start, found with `str.find` (a pattern tried at every position of every message
# costs more than the rest of this layout): a unit's or a street's word in lowercase, a "#", or the
# capital before a dash ("D-12/4").
_ANCHOR_WORD_CUES = _listed(
    "house plot flat ward villa door número numero nyumba namba emaret imarat blok blk block lot apt "
    "apartment unit gali sector khasra kothi maison casa lote manzana mz old jalan lorong privada cerrada "
    "callejón "
    "pangsapuri taman kampung residency colonia fracc fraccionamiento mtaa barabara sharea sharia sharie"
)
_ANCHOR_MARK_CUES = ("no.", "n°", "nº", "h.", "num.", "kg.", "jln.", "mz.", "fracc.", "apt.")


def _anchor_starts(text: str) -> list[int]:
    """Positions where ADDRESS_ANCHOR_RE may match, in order, with repeats."""
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowercases to two characters: offsets would move
        return [m.start() for m in ADDRESS_ANCHOR_RE.finditer(text)]
    cues = [cue for cue in _ANCHOR_MARK_CUES if cue in lowered]
    cues += _ANCHOR_WORD_CUES.intersection(lowered.split())  # the word before its number stands alone
    starts = []
    for cue in cues:
        at = lowered.find(cue)
        while at >= 0:
            starts.append(at)
            at = lowered.find(cue, at + 1)
    at = text.find("#")
    while at >= 0:
        starts.append(at)
        at = text.find("#", at + 1)
    at = text.find("-", 1)
    while at >= 0:
        if text[at - 1].isupper() and text[at + 1 : at + 2].isdigit():
            starts.append(at - 1)
        at = text.find("-", at + 1)
    starts.sort()
    return starts


_LANDMARK = (
    r"(?i:near(?:by)?|nr\.|opp\.?|opposite(?:[ \t]to)?|behind|beside|next[ \t]to|in[ \t]front[ \t]of|"
    r"across(?:[ \t]from)?|c/o|en[ \t]face[ \t](?:de|du|des)|près[ \t](?:de|du|des)|derrière|"
    r"à[ \t]côté[ \t](?:de|du|des)|karibu[ \t]na|mbele[ \t]ya|nyuma[ \t]ya|jirani[ \t]na|"
    r"después[ \t](?:de|del)|antes[ \t](?:de|del)|frente[ \t]a|enfrente[ \t](?:de|del)|cerca[ \t](?:de|del)|"
    r"detrás[ \t](?:de|del)|atrás[ \t](?:de|do|da)|perto[ \t](?:de|do|da)|dekat|depan|belakang|sebelah|"
    r"seberang|berhampiran|malapit[ \t]sa|tapat[ \t]ng|likod[ \t]ng|katabi[ \t]ng|"
    r"bjanb|ganb|amam|wara)"
)
_LANDMARK_SEGMENT_RE = re.compile(
    _LANDMARK + r"[ \t]{1,3}[^\s,;!?()\[\]{}<>\"]{1,30}+(?:[ \t]{1,2}[^\s,;!?()\[\]{}<>\"]{1,30}+){0,7}"
)
# After a place's name, a postposition makes it a landmark: "Shiv Mandir ke peeche", "masjid ke paas".
_POSTPOSITION_RE = re.compile(
    r"[ \t]{1,2}(?:ke|kay|ki)[ \t](?:peeche|pichhe|piche|paas|pas|saamne|samne|aage|bagal[ \t]mein)"
    r"|[ \t]{1,2}wali[ \t]gali"
)
_CHAIN_TOKEN_RE = re.compile(
    r"(?:\p{Lu}{1,2}-\d[\d/\-]*+|\p{Lu}[\p{L}\p{M}'’\-]*+\.?|\d[\p{L}\d/\-]*+|\#\d[\p{L}\d/\-]*+|"
    r"n[°º][ \t]?\d+|"
    r"(?:de|del|la|las|los|el|al|es|wa|ya|na|the|of|e|do|da|dos|das|di|du|des|le|van|von|bin|binti|no\.|"
    r"gali|namba|emaret|emara|imarat|nyumba|villa|flat|house|plot|ward|door|dor|block|lot|apt\.?|unit|sharea|"
    r"shari[ea])"
    r"(?![\p{L}\p{M}\d]))"
)
_CHAIN_GAP_RE = re.compile(r"[ \t]{1,2}")
_SEPARATOR_RE = re.compile(r"[ \t]{0,2},[ \t]{0,3}")
_ABBREVIATIONS = _listed(
    "no nr col fracc edo méx mex mor st rd ave av blvd jln opp dist distt teh tal apt bldg sec ph mz "
    "lt int ext esq km cd cad sok mah sk kg jl gpo po gen dr mt ft tn"
)
_KEPT_PLACE_WORDS = _listed(
    "airport aeroporto aeropuerto aéroport aeroport flughafen lufthavn flygplats lotnisko letiště station "
    "stazione estación estacion estação estacao gare bahnhof hauptbahnhof terminal hotel hostel inn stasiun "
    "stesen"
)
_POSTCODE_FIRST_RE = re.compile(r"\d{4,6}[ \t]\p{Lu}|\d{3}[ \t]\d{3}$")
_BUILDING_WORDS = _listed(
    "pangsapuri apartment apartments residency residence residences heights towers tower tower flats court "
    "mansion mansions villas enclave complex society colony nagar layout block blok taman kampung "
    "mtaa jalan privada cerrada calle colonia fracc fraccionamiento sicap cité quartier hlm lotissement "
    "sharea barangay brgy subdivision village compound estate"
)


# lowercase words that may open an address piece: "gali no. 4", "nyumba namba 7", "flat 3B"
_LOWER_OPENERS = _listed(
    "gali namba emaret emara imarat nyumba villa flat house plot ward door dor block lot apt apt. unit "
    "sharea sharia sharie"
)


_LAST_LOWER_WORD_RE = re.compile(r"(\p{Ll}[\p{Ll}\p{M}\d]{1,12})[ \t]{0,2},")
_ARTICLE_OPENER_RE = re.compile(r"[ \t]{1,2}(\p{Ll}+)(?![\p{L}\p{M}])")


def _plain_segment(text: str, pos: int, limit: int) -> int:
    """The end of the address piece of capitalised words, numbers and particles at `pos` (its tokens,
    a short abbreviation's dot and a postposition), or `pos` when none starts there."""
    end, count = pos, 0
    while count < 9:
        m = _CHAIN_TOKEN_RE.match(text, end, limit)
        if not m:
            break
        token = m.group()
        if count == 0 and token[0].islower() and token.lower() not in _LOWER_OPENERS:
            opener = _ARTICLE_OPENER_RE.match(text, m.end(), limit)
            if not (token in ("el", "al") and opener and opener.group(1).lower() in _LOWER_OPENERS):
                break  # (Arabic in Latin letters puts the article first: "el door el talet", "al emara 5")
        if (
            token.endswith(".")
            and len(token) > 2
            and (token[:-1].lower() not in _ABBREVIATIONS or token[:-1].lower() in _REGIONS)
        ):
            end = m.end() - 1  # "Dakar." ends the sentence and the address, and so does "…, Mor."
            count += 1
            break
        end = m.end()
        count += 1
        gap = _CHAIN_GAP_RE.match(text, end, limit)
        if not gap:
            break
        post = _POSTPOSITION_RE.match(text, end, limit)
        if post:
            return post.end()
        end_before_gap = end
        if not _CHAIN_TOKEN_RE.match(text, gap.end(), limit):
            last = _LAST_LOWER_WORD_RE.match(text, gap.end(), limit)
            if last and text[pos].islower():
                return last.end(1)  # "emaret 4, el door el talet, Maadi": an ordinal ends a floor's piece
            return end_before_gap
        end = gap.end()
    return pos + len(text[pos:end].rstrip(" \t"))


_STOP_RE = re.compile(r"([\p{L}\p{M}]*)[.!?](?=[ \t]|$)")


def _sentence_end(text: str, pos: int, end: int) -> int:
    """Where the first sentence in text[pos:end] ends, past abbreviations' dots ("opp. City Mall")."""
    for m in _STOP_RE.finditer(text, pos, end):
        word = m.group(1).lower()
        if len(word) > 1 and word not in _ABBREVIATIONS:
            return m.end(1)
    return end


# States and provinces as addresses abbreviate them ("Edo. Méx.", "Pue.", "Jal.", "N.L.", "KPK", "UP")
_REGIONS = _listed(
    "edo. méx|méx|edomex|cdmx|pue|mor|jal|gto|qro|n.l|b.c|ver|oax|chis|yuc|q. roo|chih|coah|tamps|hgo|"
    "tlax|mich|gro|dgo|zac|slp|ags|nay|selangor|johor|perak|sabah|sarawak|kedah|penang|pahang|melaka|"
    "punjab|sindh|kpk|maharashtra|karnataka|tamil nadu|telangana|kerala|gujarat|haryana|bihar|"
    "uttar pradesh|west bengal|rajasthan|antioquia|cundinamarca|valle del cauca|lagos state|fct|"
    "rivers state|kano state|greater accra|ashanti",
    "|",
)


def _segment_is_place(segment: str) -> bool:
    segment = segment.strip(" \t.")
    if _is_place(segment) or _POSTCODE_FIRST_RE.match(segment) or segment.lower() in _REGIONS:
        return True
    low = segment.lower()
    words = low.split()
    return bool(words) and (
        words[-1] in patterns.CITIES or words[-1] in _MORE_PLACES or " ".join(words[-2:]) in _MORE_PLACES
    )


_PIECE_START_RE = re.compile(r"(?<![\p{L}\p{M}\d'’])(?=[\p{Lu}\d])")


def _chain_back(text: str, start: int) -> int:
    """The start of the piece before an anchor's, when it is a building, an estate or a street ("Sicap
    Liberté 6, villa n° 12", "Mtaa wa Samora, nyumba namba 7"); else `start`."""
    sep = text.rfind(",", max(0, start - 4), start)
    if sep < 0 or text[sep + 1 : start].strip():
        return start
    head = max(text.rfind("\n", 0, sep) + 1, sep - 60)
    piece = text[head:sep]
    # the longest run of the piece's tail made of address tokens, opened by a capital or a number
    best = None
    for m in _PIECE_START_RE.finditer(piece):
        pos = head + m.start()
        if _plain_segment(text, pos, sep) == sep:
            best = pos
            break
    if best is None:
        return start
    words = text[best:sep].lower().split()
    if _DIGIT_RE.search(text, best, sep) or any(w in _BUILDING_WORDS for w in words):
        return best
    return start


_NUMBER_BEFORE_RE = re.compile(r"(?<![\p{L}\d])\d{1,5}[A-Za-z]?[ \t]{1,2}$")
_last_chains: tuple = (None, [])


def _address_chains(text: str) -> list[tuple[str, int, int, float]]:
    """The address lines of `text` (the last text's kept, one tuple swapped whole: `detections` and
    `amend` both ask)."""
    global _last_chains
    cached = _last_chains
    if cached[0] is text:
        return cached[1]
    found = _find_address_chains(text)
    _last_chains = (text, found)
    return found


def _find_address_chains(text: str) -> list[tuple[str, int, int, float]]:
    found = []
    last_end = -1
    for at in _anchor_starts(text):
        if at < last_end:
            continue
        m = ADDRESS_ANCHOR_RE.match(text, at)
        if not m:
            continue
        start = m.start()
        line_end = text.find("\n", start, start + 400)
        limit = line_end if line_end >= 0 else min(len(text), start + 400)
        before = text[max(0, start - 8) : start]
        number = _NUMBER_BEFORE_RE.search(before)
        if number:
            start -= len(number.group())  # "12 sharea El Nasr"
        end = _plain_segment(text, m.start(), limit)
        end = max(end, m.end())
        pieces, places, landmarks = 1, 0, 0
        while pieces < 10:
            sep = _SEPARATOR_RE.match(text, end, limit)
            if not sep:
                break
            pos = sep.end()
            lm = _LANDMARK_SEGMENT_RE.match(text, pos, limit)
            if lm:
                end = _sentence_end(text, pos, lm.end())
                landmarks += 1
            else:
                seg_end = _plain_segment(text, pos, limit)
                if seg_end <= pos or any(w in _KEPT_PLACE_WORDS for w in text[pos:seg_end].lower().split()):
                    break  # an airport, a station or a hotel is where one goes, no part of the address
                places += _segment_is_place(text[pos:seg_end])
                end = seg_end
            pieces += 1
        if pieces < 3 or not (places or landmarks):
            if pieces >= 3:
                last_end = end  # an anchor further on ends where this one's pieces did: no better
            continue
        start = _chain_back(text, start)
        found.append((ADDRESS, start, end, FORM_SCORE))
        last_end = end
    return found


# ---------------------------------------------------------------------------------------------
# Entry points
# ---------------------------------------------------------------------------------------------

_CHEAP_CUE_RE = re.compile(r":|〒|-(?:gu|gun|si)\b|아파트|빌라|오피스텔|맨션|\d")


# A web form that writes an address over labelled fields, one part a line ("Unit / house no.: 3/41",
# "Street: Beach Road", "Suburb: Coogee", "State / postcode: NSW 2034"; "Straße:", "Ort:", "Bairro:",
# "Colonia:", "Kelurahan:", "Miasto:"): each part's value is the address's, when three or more such
# lines stand together (within one blank-free block) and one holds a number. A town alone after "City:"
# in a form of one line is no address.
_ADDRESS_PART_LABELS = (
    r"street(?:[ \t]address)?|address[ \t]line[ \t]?\d|house[ \t]?(?:no\.?|number)|unit|flat|apartment|"
    r"apt\.?|"
    r"suburb|city|town|locality|district|neighbou?rhood|state|province|region|county|post[ \t]?code|"
    r"zip(?:[ \t]?code)?|postal[ \t]code|stra(?:ß|ss)e|hausnummer|hausnr\.?|plz|ort|stadt|ortsteil|rue|ville|"
    r"code[ \t]postal|calle|n[uú]mero|ciudad|barrio|colonia|municipio|rua|cidade|bairro|cep|via|città|cap|"
    r"ulica|miasto|kod[ \t]pocztowy|straat|huisnummer|plaats|postcode|kelurahan|kecamatan|kota|kabupaten|"
    r"mahalle|sokak|ilçe|il|barangay|mtaa"
)
_ADDRESS_PART_LINE_RE = re.compile(
    _LINE_HEAD
    + r"(?i:"
    + _ADDRESS_PART_LABELS
    + r")(?:[ \t]{0,2}/[ \t]{0,2}(?i:"
    + _ADDRESS_PART_LABELS
    + r"))?[ \t]{0,4}:[ \t]{0,4}([^\n:@]{1,60}?)[ \t]*$",
    re.MULTILINE,
)


def _form_address_fields(text: str) -> list[tuple[str, int, int, float]]:
    lines = [
        m
        for m in _ADDRESS_PART_LINE_RE.finditer(text)
        if _LETTER_RE.search(m.group(1)) or _DIGIT_RE.search(m.group(1))
    ]
    found: list[tuple[str, int, int, float]] = []
    block: list = []
    for m in [*lines, None]:
        if block and (
            m is None
            or "\n\n" in text[block[-1].end() : m.start()]
            or text.count("\n", block[-1].end(), m.start()) > 2
        ):
            if len(block) >= 3 and any(_DIGIT_RE.search(b.group(1)) for b in block):
                found += [(ADDRESS, b.start(1), b.end(1), FORM_SCORE) for b in block]
            block = []
        if m is not None:
            block.append(m)
    return found


def detections(text: str) -> list[tuple[str, int, int, float]]:
    """What the layouts above find in `text`, before resolution."""
    found = _document_names(text) if _DOCUMENT_CUE_RE.search(text) else []
    if any(cue in text for cue in _TITLED_CUES):
        found += _titled_names(text)
    if not _CHEAP_CUE_RE.search(text):
        return found
    if ":" in text and _ADDRESS_LABEL_CUE_RE.search(text):
        found += _form_addresses(text)
    found += _layout_addresses(text)
    if text.count(":") >= 3 and text.count("\n") >= 2:
        found += _form_address_fields(text)
    if text.count(",") >= 2:
        found += _address_chains(text)
    return found


_PARTICLES = _listed(
    "de del della di da das do dos du des la las los le van von der den ter ten 't ap ab bin binti ibn al el "
    "lo dalla dela st st. saint"
)
_NOT_NAME_WORDS = keep.NOT_NAME_WORDS
_PARTICLE_RUN = (
    r"(?:(?:de|van|von)[ \t]{1,4}(?:la|las|los|der|den|dem|de|'t|’t)|"
    r"de|del|della|di|da|das|do|dos|du|des|van|von|ter|ten|ap|ab|bin|binti|ibn|al|el|dalla|dela|le|lo)"
)
# After a name: a particle and a surname ("d'arcy", "de la Tour", "ap Rhys", "van 't Hof").
_PARTICLE_SURNAME_AFTER_RE = re.compile(
    r"(?:[ \t]{1,4}(?i:"
    + _PARTICLE_RUN
    + r")[ \t]{1,4}|[ \t]{1,4}(?i:d|l|o)['’])(\p{L}[\p{L}\p{M}'’\-]+)(?![\p{L}\p{M}])"
)
_TRAILING_PARTICLE_RE = re.compile(r"[ \t]{1,4}(?i:" + _PARTICLE_RUN + r")$")
_PARTICLE_GAP_RE = re.compile(r"[ \t]{1,4}(?i:" + _PARTICLE_RUN + r")[ \t]{1,4}")
_INWARD_AFTER_RE = re.compile(r"[ \t]\d[A-Z]{2}(?![\w])")
_OUTWARD_END_RE = re.compile(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]?$")


def amend(text: str, found: list, make) -> list:
    """Resolved detections mended where a layout says more: people named after a cue the other finders
    read as a place or a word (`_cued_people`), particles inside and after names, a UK postcode's inward
    half. `make(type, start, end, score)` builds a detection."""
    cued = _cued_people(text) + _signed_names(text)
    if ":" in text and _NAME_LABEL_CUE_RE.search(text):
        # added after resolution, as the other cued names are: the place guards would drop a labelled
        # name that opens with a town ("Name: Paris Hilton", "Nome: Dallas Young")
        cued += _form_names(text)
    if "@" in text:
        cued += _names_before_emails(text)
        if "<" in text:
            cued += _names_before_bracketed_emails(text)
    if found:
        cued += _names_after_and(text, found)
        cued += _names_corrected(text, found)
    if _CHAT_CUE_RE.search(text):
        cued += _chat_speakers(text)
    if found:
        cued += _echoes(text, found)
    if not found and not cued:
        return found
    out = list(found)
    changed = False
    # new where nothing was found; or a name found in part ("Jonas| Berg <…> wrote:") grown whole
    cued = [
        (s, e)
        for s, e in cued
        if not any(d.start <= s and e <= d.end for d in found)
        and all(d.type == PERSON for d in found if d.start < e and s < d.end)
    ]
    if cued:
        guard = patterns.protected_spans(text) + keep.kept_spans(text)
        for start, end in cued:
            if any(s < end and start < e for s, e in guard):
                continue
            inside = [d for d in out if d.start < end and start < d.end]
            if any(d.type != PERSON for d in inside):
                continue
            out = [d for d in out if d not in inside]
            low = min([start] + [d.start for d in inside])
            high = max([end] + [d.end for d in inside])
            out.append(make(PERSON, low, high, patterns.STRONG_CUE_SCORE))
            changed = True
        out.sort(key=lambda d: (d.start, -d.end))
    i = 0
    while i < len(out):
        det = out[i]
        if det.type == PERSON:
            nxt = out[i + 1] if i + 1 < len(out) else None
            if (
                nxt is not None
                and nxt.type == PERSON
                and _PARTICLE_GAP_RE.fullmatch(text, det.end, nxt.start)
            ):
                out[i] = make(PERSON, det.start, nxt.end, max(det.score, nxt.score))
                del out[i + 1]
                changed = True
                continue
            m = _PARTICLE_SURNAME_AFTER_RE.match(text, det.end)
            if not m and (last := _TRAILING_PARTICLE_RE.search(text, det.start, det.end)):
                m = _PARTICLE_SURNAME_AFTER_RE.match(text, last.start())  # the NER stopped at "anna van"
            if m and _surname_ok(text, det, m.group(1)) and (nxt is None or m.end() <= nxt.start):
                out[i] = make(PERSON, det.start, m.end(), det.score)
                changed = True
        elif det.type == ADDRESS and _OUTWARD_END_RE.search(text, det.start, det.end):
            m = _INWARD_AFTER_RE.match(text, det.end)
            nxt = out[i + 1] if i + 1 < len(out) else None
            if m and (nxt is None or m.end() <= nxt.start):
                out[i] = make(ADDRESS, det.start, m.end(), det.score)
                changed = True
        i += 1
    if any(d.type == ADDRESS for d in out):
        mended = _mend_addresses(text, out, make)
        if mended is not out:
            out, changed = mended, True
    return out if changed else found


# A flat's or a sector's number, which the id guard keeps whole elsewhere ("C-4/118", "Blok C-12-3",
# "F-7/2", "B-702")
_UNIT_TOKEN_RE = re.compile(r"\p{Lu}{1,2}-?\d{1,4}(?:[-/]\d{1,4}){0,2}")
# A house's name before the street an address finder found: "Rose Cottage, Mill Lane, …"
_HOUSE_NAME_RE = re.compile(
    r"(?:(?<=[:,(]|^)|(?<=\n)|(?<=[ \t](?i:at|is|from|to|residence|address|home)[ \t]))[ \t]{0,2}"
    r"((?:The[ \t])?(?:\p{Lu}[\p{L}\p{M}'’\-]{1,20}[ \t]){0,3}"
    r"(?:Rectory|Vicarage|Cottage|Cottages|House|Farm|Farmhouse|Lodge|Barn|Mill|Grange|Manor|Hall|Croft|"
    r"Bungalow|Coach[ \t]House|Stables|Orchard|Granary|Chalet|Haus|Hof|Mas|Bastide|Quinta|Finca|Casale|"
    r"Villa[ \t]\p{Lu}[\p{L}\p{M}]+))[ \t]{0,2},[ \t]{0,2}$",
    re.MULTILINE,
)


def _mend_addresses(text: str, out: list, make) -> list:
    """Address lines the guards cut at a flat's number, made whole; a house's name taken before its
    street. Returns `out` itself when nothing changed."""
    result = out
    if text.count(",") >= 2 and _UNIT_TOKEN_RE.search(text):
        guard = None
        for _, s, e, _ in _address_chains(text):
            inside = [d for d in result if d.start < e and s < d.end]
            if not inside or any(d.type != ADDRESS for d in inside):
                continue
            low, high = min([s] + [d.start for d in inside]), max([e] + [d.end for d in inside])
            if len(inside) == 1 and (inside[0].start, inside[0].end) == (low, high):
                continue  # whole already
            if guard is None:
                guard = patterns.protected_spans(text) + keep.kept_spans(text)
            cuts = [(gs, ge) for gs, ge in guard if gs < high and low < ge]
            if not cuts or not all(_UNIT_TOKEN_RE.fullmatch(text, gs, ge) for gs, ge in cuts):
                continue
            result = [d for d in result if d not in inside] + [
                make(ADDRESS, low, high, max(d.score for d in inside))
            ]
            result.sort(key=lambda d: (d.start, -d.end))
    for i, det in enumerate(result):
        if det.type != ADDRESS:
            continue
        m = _HOUSE_NAME_RE.search(text, max(0, det.start - 60), det.start)
        if not m or m.end() != det.start:
            continue
        before = result[i - 1] if i else None
        if before is None or before.end <= m.start(1):
            if result is out:
                result = list(out)
            result[i] = make(ADDRESS, m.start(1), det.end, det.score)
        elif before.type == PERSON and m.start(1) <= before.start:
            # "Holly Cottage" read as a person: the house's name, with its street
            result = [d for d in result if d is not before]
            result[i - 1] = make(ADDRESS, m.start(1), det.end, det.score)
            break
    return result


_ECHO_WORD_RE = re.compile(r"\p{Lu}[\p{L}\p{M}'’\-]{2,30}+")
_POSSESSIVE_END_RE = re.compile(r"['’]s$")
_NAME_CHAR_BEFORE_RE = re.compile(r"[\p{L}\p{M}\d'’\-]")


def _echoes(text: str, found: list) -> list[tuple[int, int]]:
    """A name found once is a name wherever else it stands whole: "Simone Faubert's tales … early Faubert",
    "Ahmed Khanzada was rude. Then Khanzada shouted". Words of a found person's name, written as there; not
    common words, places or all capitals, which stand for other things as often ("Will", "Paris", "LILLE")."""
    words = set()
    for det in found:
        if det.type == PERSON:
            for m in _ECHO_WORD_RE.finditer(text, det.start, det.end):
                word = _POSSESSIVE_END_RE.sub("", m.group())
                if len(word) > 2 and not word.isupper() and word.lower().strip("'’-") not in _NOT_ECHOED:
                    words.add(word)
    if not words:
        return []
    # where the word stands for a place or a company ("it's Chelsea! … went to Chelsea Road"), it is one
    spans = []
    for m in _ECHO_WORD_RE.finditer(text):
        start, word = m.start(), _POSSESSIVE_END_RE.sub("", m.group())
        end = start + len(word)
        if (
            word in words
            and (start == 0 or not _NAME_CHAR_BEFORE_RE.match(text[start - 1]))
            and not any(d.start <= start and end <= d.end for d in found)
            and not patterns.names_a_place(text, start, end)
            and not keep.not_a_person(text, start, end)
        ):
            spans.append((start, end))
    return spans


def _surname_ok(text: str, det, surname: str) -> bool:
    """A surname after a particle: capitalised, or lowercase after a lowercase name; never a common word
    ("Maria de la mañana")."""
    low = surname.lower()
    if low in _NOT_NAME_WORDS or low in patterns.CITIES or low in patterns.PLACE_WORDS:
        return False
    if surname[0].isupper():
        return True
    return text[det.start : det.end].islower()


# ---------------------------------------------------------------------------------------------
# People after a cue, whose names are places or words ("I'm Dallas Young", "soy Paris Martínez"), or in a
# language the cue finder does not read ("ik ben", "merhaba, ben", "meri beti", "mój syn")
# ---------------------------------------------------------------------------------------------

# The common words of every language the desk knows: the base of the word sets that follow, each of which
# says what it adds or takes away.
_COMMON_WORDS = keep.NEVER | languages.OTHER_COMMON
# what a name after a cue may not be, unless it is also a first name ("I'm Will", "soy Rosa")
_LOWER_COMMON = _COMMON_WORDS - (patterns.FIRST_NAMES_LOWER | patterns.WORD_NAMES)
# what a word of a found name does not stand for elsewhere in the message (common words, places, companies)
_NOT_ECHOED = _COMMON_WORDS | patterns.WORD_NAMES | keep.PLACE_OR_COMPANY_WORDS
_INTROS = _listed(
    (
        "i'm|i’m|i am|my name is|ik ben|mijn naam is|soy|me llamo|je suis|je m'appelle|je m’appelle|ich bin|"
        "ich heiße|ich heisse|mein name ist|sono|mi chiamo|eu sou|me chamo|jestem|nazywam się|merhaba ben|"
        "merhaba, ben|selam ben|selam, ben|benim adım|adım|mera naam|jag heter|jag är"
    ),
    "|",
)
_POSSESSIVES = _listed(
    "my mi mis mon ma mes mein meine meinen unser unsere unseren mijn onze meu minha mio mia mój moja moje "
    "mojego benim meri mera mere min mitt"
)
_KIN_WORDS = _listed(
    "son daughter kid child mother mom mum father dad brother sister wife husband grandma grandpa "
    "grandmother grandfather niece nephew friend colleague coworker boss "
    "hijo hija madre padre hermano hermana esposa esposo amigo amiga abuela abuelo "
    "fils fille mère père frère sœur soeur femme mari "
    "sohn tochter mutter vater bruder schwester frau mann oma opa "
    "zoon dochter moeder vader broer zus vrouw "
    "filho filha mãe pai irmão irmã avó avô vó vô "
    "figlio figlia fratello sorella moglie marito nonna nonno "
    "syn córka córkę mama mamę tata brat siostra żona mąż babcia "
    "oğlum kızım annem babam "
    "beti beta bhai behen didi maa papa dost "
    "dotter mamma pappa bror syster fru sambo"
)
_JOBS = frozenset({"driver", "chauffeur", "conductor", "fahrer", "motorista", "autista", "kierowca"})
_VERB_ENDING_RE = re.compile(r"(?:ed|ing|te|ten|ung|ait|ado|ada|ido|ida|ou|eu|ó|ł|ła|dı|di|tı|ti)$")
_CUE_NAME_WORD = r"\p{L}[\p{L}\p{M}'’\-]{1,30}+"
# Read over the lowercased text (one pass, the cue words factored letter by letter); the case of the name
# words is read from the text itself.
_PEOPLE_CUE_RE = re.compile(
    r"\b(" + patterns.word_trie(sorted(_INTROS | _KIN_WORDS | _JOBS)) + r")"
    r"[ \t]{1,4}(" + _CUE_NAME_WORD + r")(?:[ \t]{1,4}(" + _CUE_NAME_WORD + r"))?"
)
_PEOPLE_CUE_ANY_CASE_RE = re.compile(_PEOPLE_CUE_RE.pattern, re.IGNORECASE)
_WORD_BEFORE_RE = re.compile(r"(\p{L}{1,20})[ \t]{1,4}$")


def _cued_people(text: str) -> list[tuple[int, int]]:
    lowered = text.lower()
    if len(lowered) == len(text):
        matches = _PEOPLE_CUE_RE.finditer(lowered)
    else:  # "İ" lowercases to two characters: offsets would move
        matches = _PEOPLE_CUE_ANY_CASE_RE.finditer(text)
    spans = []
    for m in matches:
        cue = m.group(1).lower()
        first, second = text[m.start(2) : m.end(2)], text[m.start(3) : m.end(3)] if m.group(3) else ""
        intro = cue in _INTROS
        job = cue in _JOBS
        if not intro and not job:
            before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
            if not before or before.group(1).lower() not in _POSSESSIVES:
                continue  # a kin word needs its possessive: "mój syn", "meri beti", not "son" alone
        if not first[-1].isalpha() or (second and not second[-1].isalpha()):
            continue  # "Driver D-756389": an id
        low = first.lower()
        if first[0].isupper():
            if (low in _LOWER_COMMON or low in languages.TITLE_WORDS) and low not in patterns.CITIES:
                continue  # "I'm Very Sorry", "my boss Chief (Mrs) …"
            if (
                low not in patterns.FIRST_NAMES_LOWER
                and low not in patterns.WORD_NAMES
                and low not in patterns.CITIES
                and _VERB_ENDING_RE.search(low)
            ):
                continue  # "I'm Going Home"
            end = m.end(2)
            tail = _PARTICLE_SURNAME_AFTER_RE.match(text, m.end(2)) if second and second.islower() else None
            if tail and tail.group(1)[0].isupper() and tail.group(1).lower() not in patterns.PLACE_WORDS:
                end = tail.end()  # "ik ben Jordan de Wit"
            elif second and second[0].isupper() and second.lower() not in patterns.PLACE_WORDS:
                end = m.end(3)
            elif intro or low in patterns.CITIES or low in patterns.WORD_NAMES or low in patterns.PLACE_WORDS:
                continue  # a self-introduction's one word is the cue finder's; "my son Paris" too unsure
            if keep.place_word_after(text, end):
                continue  # "ben Ankara Şehir Hastanesinden …": where one was, not who one is
        else:
            if job or not first.islower() or "'" in first or "’" in first or len(first) < 3:
                continue  # "the driver wouldnt let", "le chauffeur m'a déposée"
            if low in _LOWER_COMMON or low in patterns.CITIES:
                continue
            if low not in patterns.FIRST_NAMES_LOWER and _VERB_ENDING_RE.search(low):
                continue  # "my father retired", "mein sohn wollte", "mi hijo llegó"
            end = m.end(2)
            # a particle is no second word: amend grows the name over it and its surname
            # ("ik ben jordan de wit")
            two = bool(
                second
                and second.islower()
                and second not in _LOWER_COMMON
                and second not in patterns.CITIES
                and second not in _PARTICLES
            )
            if two:
                end = m.end(3)
            if intro and not two and low not in patterns.FIRST_NAMES_LOWER:
                continue
        spans.append((m.start(2), end))
    return spans


# ---------------------------------------------------------------------------------------------
# Signatures: a name after a sign-off ("Cordialement, Gaëlle de la Tour"), a name after a slash or a dash
# that ends the message ("/Ingrid Lindqvist"), a name before the email that spells it ("Paris Fisher,
# paris_fisher49@…"); and a name joined by "and" to one found ("Rose and Paris")
# ---------------------------------------------------------------------------------------------

_CAP_WORD = r"\p{Lu}[\p{L}\p{M}'’\-]{1,30}+"
_SIGNED_NAME = (
    r"(" + _CAP_WORD + r"(?:[ \t]{1,4}(?:(?i:" + _PARTICLE_RUN + r")[ \t]{1,4})?" + _CAP_WORD + r"){0,3})"
)
# A sign-off ending the text before the name, and a name ending the message.
_SIGN_OFF_END_RE = re.compile(
    r"(?<![\p{L}])(?i:" + patterns.SIGN_OFFS + r")[ \t]{0,4}[,!.]?[ \t]{0,4}\n?[ \t]{0,4}$"
)
_NAME_AT_END_RE = re.compile(r"(?<![\p{L}\p{M}'’\-])" + _SIGNED_NAME + r"[ \t.!]*$")
# "… refund. /Name" anywhere; a dash only where it opens a line ("\n— Name", "-- Name"): "Buyer — Lumen SRL"
# is a title and a company
_SLASH_END_RE = re.compile(r"(?:^|[ \t\n.!?])/[ \t]{0,4}$|(?:^|\n)[ \t]{0,4}(?:--|[—–-])[ \t]{0,4}$")


def _name_like(words: list[str]) -> bool:
    """Capitalised words that may be a name: the first no common word (unless also a given name), none a
    place's word, save a surname after a particle ("Gaëlle de la Tour")."""
    first = words[0].lower()
    if (
        first in _NOT_NAME_WORDS
        and first not in patterns.WORD_NAMES
        and first not in patterns.FIRST_NAMES_LOWER
    ):
        return False
    after_particle = False
    for word in words:
        if word.lower() in _PARTICLES or word.lower() in ("'t", "’t"):
            after_particle = True
            continue
        if word.lower() in patterns.PLACE_WORDS and not after_particle:
            return False
        after_particle = False
    return True


def _signed_names(text: str) -> list[tuple[int, int]]:
    """The name that ends a message after a sign-off or a slash: "Cordialement, Gaëlle de la Tour",
    "Thanks,\nPark Minjun", "/Ingrid Lindqvist"."""
    tail = text.rstrip()
    pos = max(0, len(tail) - 80)
    for _ in range(4):
        m = _NAME_AT_END_RE.search(tail, pos)
        if not m:
            return []
        start = m.start(1)
        before = tail[max(0, start - 40) : start]
        words = m.group(1).split()
        if (
            (_SIGN_OFF_END_RE.search(before) or _SLASH_END_RE.search(before))
            and _name_like(words)
            and not _names_a_body(words)
        ):
            return [m.span(1)]
        space = tail.find(" ", start)  # "Thanks Anna Berg": try again from the next word
        if space < 0:
            return []
        pos = space + 1
    return []


_EMAIL_LOCAL_RE = re.compile(r"(?<![\w.+\-])([\w.+\-]{3,64})@[\w\-]+\.[\w.\-]+")
_NAME_BEFORE_EMAIL_RE = re.compile(
    r"(" + _CAP_WORD + r"(?:[ \t]{1,4}" + _CAP_WORD + r"){1,2})[ \t]{0,4}[,:<(|\-–—]?[ \t]{0,4}$"
)


def _folded(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if ch.isalnum())


def _names_before_emails(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _EMAIL_LOCAL_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = _NAME_BEFORE_EMAIL_RE.search(text, max(line_start, m.start() - 60), m.start())
        if not before:
            continue
        local = _folded(m.group(1))
        words = before.group(1).split()
        start = before.start(1)
        while words:  # "Contact Dallas Young, dallas.young@…": the words the address spells
            if all(len(_folded(w)) >= 3 and _folded(w) in local for w in words) and _name_like(words):
                spans.append((start, before.end(1)))
                break
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else before.end(1)
            words = words[1:]
    return spans


_AND_NAME_AFTER_RE = re.compile(
    r"[ \t]{1,4}(?:and|y|et|und|en|e|i|ve|och|og|&)[ \t]{1,4}(\p{L}[\p{L}\p{M}'’\-]{1,30}+)"
    r"(?:[ \t]{1,4}(\p{L}{1,30}))?"
)


# A name the writer corrects into another found name: the short form before it ("G'day, Bazza — sorry,
# Barry Cunningham", "sono Fra cioè Francesca Lo Russo", "soy Pepe, digo, José Ruiz", "ich bin Steffi,
# also Stefanie Brandt", "Kasia, czyli Katarzyna Nowak").
_CORRECTION_BEFORE_RE = re.compile(
    r"(?<![\p{L}\p{M}'’\-])(\p{Lu}\p{Ll}[\p{Ll}\p{M}]{1,14}|\p{Ll}[\p{Ll}\p{M}]{2,14})[ \t]*[,—–\-]?[ \t]*"
    r"(?i:sorry|i[ \t]+mean|cioè|cioe|ossia|ovvero|digo|quiero[ \t]+decir|o[ \t]+sea|je[ \t]+veux[ \t]+dire|"
    r"enfin|ich[ \t]+meine|also|bzw\.|quer[ \t]+dizer|ou[ \t]+seja|czyli|to[ \t]+jest|yani|maksudnya|"
    r"i\.e\.|officially|formally)[ \t]*[,:]?[ \t]*$"
)


def _names_corrected(text: str, found: list) -> list[tuple[int, int]]:
    spans = []
    for det in found:
        if det.type != PERSON or len(text[det.start : det.end].split()) < 2:
            continue  # (the full name the short form is corrected into: given name and surname)
        m = _CORRECTION_BEFORE_RE.search(text, max(0, det.start - 40), det.start)
        if not m:
            continue
        word = m.group(1)
        if word[0].isupper() != text[det.start].isupper() or not patterns.name_word_ok(word):
            continue
        if keep.not_a_person(text, m.start(1), m.end(1)) or patterns.names_a_place(
            text, m.start(1), m.end(1)
        ):
            continue
        spans.append(m.span(1))
    return spans


def _names_after_and(text: str, found: list) -> list[tuple[int, int]]:
    """ "Rose and Paris", "rose and paris": a given name that is also a place or a word, joined to a
    person found, in the same case."""
    spans = []
    for det in found:
        if det.type != PERSON:
            continue
        m = _AND_NAME_AFTER_RE.match(text, det.end)
        if not m:
            continue
        name, nxt = m.group(1), m.group(2)
        low = name.lower()
        if (
            low not in patterns.CITIES
            and low not in patterns.WORD_NAMES
            and low not in patterns.FIRST_NAMES_LOWER
        ):
            continue
        if name[0].isupper() != text[det.start].isupper() or (not name[0].isupper() and not name.islower()):
            continue
        if nxt and nxt.lower() in patterns.PLACE_WORDS:
            continue  # "Anna and Lincoln Center"
        spans.append(m.span(1))
    return spans


# ---------------------------------------------------------------------------------------------
# Pasted chats and quoted mail: the speaker of a chat line ("[21:04] Kwame: …", WhatsApp's
# "12/03/2026, 21:04 - Thabo Nkosi: …", "[2026/03/07 06:41] Sipho +27 82 555 0147: …"), the name before a
# bracketed email ("Jonas Berg <…> wrote:", "From: Ana Ruiz <…>")
# ---------------------------------------------------------------------------------------------

_AMPM = r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_CHAT_DATE = r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}),?[ \t]{1,2}"
_CHAT_STAMP = (
    r"(?:\[[ \t]{0,2}(?:" + _CHAT_DATE + r")?\d{1,2}:\d{2}(?::\d{2})?" + _AMPM + r"[ \t]{0,2}\]"
    r"|" + _CHAT_DATE + r"\d{1,2}:\d{2}(?::\d{2})?" + _AMPM + r"[ \t]{1,2}[-–]"
    r"|\d{1,2}:\d{2}[ \t]{1,2}[-–])"
)
_CHAT_CUE_RE = re.compile(r"(?m:^)[ \t]{0,4}(?:>[ \t>]{0,4})?" + _CHAT_STAMP)
CHAT_SPEAKER_RE = re.compile(
    r"(?m:^)[ \t]{0,4}(?:>[ \t>]{0,4})?" + _CHAT_STAMP + r"[ \t]{0,4}"
    r"(\p{L}[\p{L}\p{M}'’.\-]{0,30}+(?:[ \t]{1,2}\p{L}[\p{L}\p{M}'’.\-]{0,30}+){0,3})"
    # (the sender's number after the name, as exports write an unsaved contact: "Sipho +27 82 555 0147:")
    r"(?:[ \t]{1,2}\+?\d[\d \-()]{5,20}+(?<=\d))?[ \t]{0,2}:"
)
# Who speaks in a chat without being a person named: roles, the writer, the app.
_CHAT_ROLES = _listed(
    "me|you|i|driver|rider|passenger|agent|support|customer|system|bot|app|admin|dispatcher|operator|"
    "moi|vous|chauffeur|conducteur|yo|tú|conductor|ich|fahrer|fahrerin|eu|motorista|io|autista|ik|"
    "ja|kierowca|ben|şoför|jag|förare|team|service|helpdesk|assistant|virtual assistant",
    "|",
)


def _chat_speakers(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in CHAT_SPEAKER_RE.finditer(text):
        words = m.group(1).split()
        if m.group(1).lower() in _CHAT_ROLES or all(
            w.lower() in keep.DOCUMENT_WORDS and w.lower() not in patterns.FIRST_NAMES_LOWER for w in words
        ):
            continue  # "Dispatch:", "Soporte:": a role or a system, no one named
        if words[0].lower() in _CHAT_ROLES:  # "Agent Sarah:", "Driver Kofi:": the name after the role
            if len(words) == 1:
                continue
            start = m.start(1) + m.group(1).index(words[1], len(words[0]))
            words = words[1:]
        else:
            start = m.start(1)
        if not _may_open_a_name(words[0]) or _names_a_body(words):
            continue  # "Update:", "Note to self:", a log's "[10:02:11] Task Runner:"
        if any(_COMPONENT_MARK_RE.search(w) for w in words):
            continue  # "celery.beat:", "worker_2:"
        spans.append((start, m.end(1)))
    return spans


_BRACKETED_EMAIL_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}'’\-])(\p{L}[\p{L}\p{M}'’.\-]{0,30}+(?:[ \t]{1,2}\p{L}[\p{L}\p{M}'’.\-]{0,30}+){0,3})"
    r"[ \t]{0,2}[<\[(][^\s<>@]{1,64}@[^\s<>]{1,80}[>\])]"
)
_HEADER_WORDS = _listed(
    "from|to|cc|bcc|de|von|van|da|od|kimden|från|para|à|an|aan|a|per|do|kime|till|sent|by|wrote|on|le|el|em|am|"
    "il|op|at|um|às|reply|mail|email|e-mail|pm|a.m.|p.m.",
    "|",
)


def _names_before_bracketed_emails(text: str) -> list[tuple[int, int]]:
    """ "Jonas Berg <jonas.b@…> wrote:", "From: Ana Ruiz <ana@…>": the words before the bracket, after the
    header's own words and any time or date."""
    spans = []
    for m in _BRACKETED_EMAIL_NAME_RE.finditer(text):
        words = m.group(1).split()
        start = m.start(1)
        while words and (words[0].lower().rstrip(":,") in _HEADER_WORDS or not words[0][0].isalpha()):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end(1)
            words = words[1:]
        if not words or any(w.lower() in _LOWER_COMMON and not w[0].isupper() for w in words):
            continue
        if not all(w[0].isupper() for w in words) and not all(w.islower() for w in words):
            continue
        if words[0].lower() in _NOT_NAME_WORDS and words[0].lower() not in patterns.FIRST_NAMES_LOWER:
            continue
        spans.append((start, m.end(1)))
    return spans


# The last word of a team's, a company's or a program's name: a sign-off, a form or a chat line signed so
# names no person ("Best,\nPayments Team", "Name: Celery Beat", "[10:02] Task Runner:").
_BODY_WORDS = _listed(
    "team|teams|ops|desk|safety|support|service|services|care|crew|squad|group|department|dept|office|"
    "centre|center|express|airline|airlines|airways|hotel|hotels|bank|company|ltd|inc|llc|gmbh|srl|sarl|"
    "credit|beat|runner|worker|scheduler|server|cache|queue|pool|bot|system|monitor|daemon|warmup|warm-up|job|"
    "jobs|task|tasks|cron|sync|backup|deploy|build|pipeline|"
    "équipe|equipo|equipa|kundenservice|servicio|serviço|servizio",
    "|",
)
# A dot, an underscore or a digit inside a word: a program's component, not a person ("celery.beat").
_COMPONENT_MARK_RE = re.compile(r"[._]\w|\d")


def _names_a_body(words: list[str]) -> bool:
    return words[-1].lower().strip(".,") in _BODY_WORDS


def _may_open_a_name(word: str) -> bool:
    """A name's first word is a given name, a word or place that is one too, or no common word."""
    low = word.lower().strip(".’'-")
    return (
        low in patterns.FIRST_NAMES_LOWER
        or low in patterns.WORD_NAMES
        or low in patterns.CITIES
        or low not in _LOWER_COMMON
    )
