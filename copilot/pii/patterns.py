"""Pure-regex finders for the PII that Presidio's defaults miss, and for what must never be redacted.

Each `find_*` function takes the text and returns `(start, end, score)` triples; `protected_spans`
returns the `(start, end)` of ids, amounts, dates and times the copilot needs to see. Nothing here
loads a model or touches Presidio (only spaCy's English stop-word list is borrowed), so the finders run
on their own too: `analyzer.py` falls back on them when it is re-entered; `recognizers.py` wraps them as
Presidio recognizers.
"""

from __future__ import annotations

import ipaddress
import itertools
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import phonenumbers
import regex as re
from phonenumbers import PhoneNumber
from spacy.lang.en.stop_words import STOP_WORDS

from copilot.pii import languages

WORDS = Path(__file__).resolve().parent / "words"


def word_list(name: str) -> frozenset[str]:
    """A word list of copilot/pii/words/: one word or phrase per line; # starts a comment."""
    lines = (WORDS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


Span = tuple[int, int, float]


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = ord(ch) - 48
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


# ---------------------------------------------------------------------------------------------
# Protected: never redacted (ids, money, dates, times, placeholders)
# ---------------------------------------------------------------------------------------------

_WEEKDAYS = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_MONTHS = (
    r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|april|may|june|july|"
    r"august|september|october|november|december"
)
# The months of the desk's other languages, for dates written with a number ("5. Dezember", "12 grudnia
# 2026", "3 décembre"); after the day only, so a street named after one stays ("aleja Maja 56/36").
_MONTHS_OTHER = (
    r"januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|"
    r"janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"januari|februari|maart|mei|augustus|"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"
    r"ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|"
    r"januari|mars|maj|augusti|oktober|desember|"
    r"tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|"
    r"lokakuuta|marraskuuta|joulukuuta|"
    r"január|február|március|április|május|június|július|augusztus|szeptember|október|"
    r"ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
    r"ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
)
_TIME = r"\d{1,2}(?::\d{2}(?::\d{2})?\s?(?:[ap]\.?m\.?)?|\s?[ap]\.?m\.?|h\d{2})(?![\w])"
# Currencies of the desk's countries, written after the number ("14 228 Kč", "3500 Ft", "45 zł") or
# before it ("CHF 32.50", "kr 250", "R$ 45,90"): an amount in any of them is never a postcode or a phone.
_CURRENCY_CODES = (
    r"eur|usd|gbp|chf|sek|nok|dkk|isk|pln|czk|huf|ron|bgn|rsd|try|aud|cad|nzd|jpy|cny|rmb|hkd|sgd|inr|"
    r"pkr|krw|aed|sar|qar|ils|zar|brl|mxn|ars|clp|cop|pen|php|idr|myr|thb|vnd|uah|rub|kzt|gel|egp|ngn|kes|"
    r"ksh|ugx|tzs|ghs|mad|tnd|dzd|lkr|bdt|npr"
)
_CURRENCY_WORDS = (
    # the short words in their own spelling only: "G0D 4ZL" is a postcode, "2150 KR" a Dutch one
    r"(?:€|£|\$|¥|₹|₩|₺|₴|₽|₱|฿|₪|₦|лв|руб|грн|(?-i:kč|Kč|ft|Ft|kr|Kr|zł|Zł|lei|Lei|TL|Rs\.?|rs\.?)|"
    + _CURRENCY_CODES
    + r"|euros?|dollars?|pounds?|bucks|cents?|francs?|kronor|kroner|krona|krone|złoty|zloty|forint|"
    r"koruna|korun|lira|liras|rupees?|yen|yuan|won|pesos?|reais|rand|dirhams?|riyals?|baht|shekels?|"
    r"hryvnias?|rubles?|roubles?|lev|leva|ringgit|rupiah|dong)"
)
_CURRENCY_BEFORE = r"(?:[$€£¥₹₩₺₴₽₱฿₪₦]|\b(?:A|C|NZ|MX|R|HK|S|US)\$)"
# A currency's code before the number ("CHF 32.50", "kr 250"), read from the number back (group 1 is the
# code): the engine tries the codes only where a number starts, not at every word.
# (The cheap tests first: where no number starts, the codes' look-behind is not tried; the three
# assertions hold at the same place, so their order changes nothing but the cost, half of it.)
# (not "Cad." before a house number: a Turkish street's type, Caddesi, "Atatürk Cad. 12")
CODE_BEFORE_AMOUNT_RE = re.compile(
    r"(?<![\d.,])(?=\d)(?<=(?<![\w])(?!(?-i:Cad\.))((?i:"
    + _CURRENCY_CODES
    + r"|kr|rs|rp|zł|(?-i:Fr|fr|SFr)))\.?\s?)"
    r"(?:\d{1,3}(?:[,.\u202f ]\d{3})+|\d+)(?:[.,]\d{1,2}|,-)?(?!\d)"
)
_AMOUNT_NUMBER = r"(?:\d{1,3}(?:[,.\u202f ]\d{3})+|\d+)(?:[.,]\d{1,2}|,-)?"
# An amount written any way the desk meets (issue 20): thousands grouped with , . ' ’ and blanks of every
# width ("79 263.50", "70'820.20"), in lakhs ("1,25,000"), with a "k" ("€1.2k"), a range ("€10–15") or a
# sign ("-€12"); never a number starting with 0 nor one a further group of digits follows (a phone's start).
_AMOUNT_WIDE = (
    r"(?!0\d)(?:\d{1,3}(?:[,.\u202f\u2009\u00a0 '’]\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)"
    r"(?:[.,]\d{1,2}|,-|\.[–-])?"
    r"(?:k(?![\w]))?(?:[ \t]?[–-][ \t]?\p{Sc}?\d+(?:[.,]\d{1,2})?k?)?(?![\d]|[ \t\u00a0]\d{2})"
)
_CURRENCY_MORE = (
    r"(?:\p{Sc}|"
    + _CURRENCY_WORDS[3:-1]
    + r"|mad|dh|dhs|shillings?|naira|dólares?|dolares?|cedis?|kwacha|birr|"
    r"soles|bolivianos?|quetzales?|guaraníes|fcfa|cfa|xof|xaf|vnđ|"
    # (a dinar's and a dong's short words in their own spelling: "1 200 DA", "15.000đ")
    r"(?-i:Sh|KSh|Ksh|Rs|RM|Rp|CHF|SFr|Fr|kr|Kr|zł|TL|DH|Dhs|DA|đ))"
)
_ZONES = (
    r"(?-i:UTC|GMT|CET|CEST|EET|EEST|WET|WEST|BST|IST|EAT|WAT|CAT|SAST|WIB|WITA|WIT|MYT|SGT|PHT|HKT|JST|KST|"
    r"TRT|BRT|ART|COT|PET|CLT|MEZ|MESZ|EST|EDT|CST|CDT|MST|MDT|PST|PDT|GST|PKT|AEST|AEDT|NZST|NZDT)"
    r"(?:[+-]\d{1,2}(?::?\d{2})?)?"
)
# Months and weekdays of the desk's languages not read by _MONTHS and _MONTHS_OTHER: the short forms
# ("avr.", "dic.", "3. Jun."), Malay and Swahili ("13 Disember", "tarehe 23 Aprili").
_MONTHS_MORE = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|fevr|avr|juil|aoû|aou|déc|ene|abr|ago|dic|jän|mär|"
    r"mrz|okt|dez|gen|mag|giu|lug|set|ott|fev|out|mrt|mei|oca|şub|nis|haz|tem|ağu|eyl|eki|kas|ara|"
    r"mac|julai|ogos|disember|maret|agustus|machi|aprili|agosti|septemba|oktoba|novemba|desemba|januari|februari|juni|julai|"
    r"jun|mei|jui|juin|mai|ene|" + _MONTHS + "|" + _MONTHS_OTHER
)
# Written in lower case in their languages (a capital "Domingo" may be a name: not these);
# German, Turkish, Malay and Swahili ones after a word that makes them a day ("am Samstag", "geçen Cuma").
_WEEKDAYS_LOWER = (
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|"
    r"sábado|sabado|domingo|segunda|terça|terca|quarta|quinta|sexta|"
    r"(?:segunda|terça|terca|quarta|quinta|sexta)-feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|somvaar|mangalvaar|budhvaar|guruvaar|"
    r"shukravaar|shanivaar|ravivaar"
)
_WEEKDAYS_CUED = (
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|pazartesi|salı|çarşamba|"
    r"perşembe|cuma|cumartesi|pazar|isnin|selasa|rabu|khamis|jumaat|sabtu|ahad|minggu|senin|kamis|jumat|"
    r"jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|" + _WEEKDAYS_LOWER
)
_DAY_CUES = (
    r"am|vom|bis|ab|seit|letzten|nächsten|naechsten|vergangenen|diesen|jeden|kommenden|geçen|gelecek|bu|"
    r"hari|pada|siku|ya|tarehe|on|last|next|this|le|el|la|o|na|no|il|op|vorige|afgelopen|volgende|"
    r"dernier|prochain|pasado|passado|passada|scorso|prossimo|próximo|proximo|del|du|dal|do|da|vom|zum|van|tarehe|tanggal|"
    # (a trip's word: "Perjalanan Sabtu", "Safari Jumamosi", "yolculuk cumartesi", "Fahrt Samstag")
    r"perjalanan|safari|yolculuk|yolculuğu|yolculugu|sefer|fahrt|rit|viaje|viagem|corsa|przejazd|kurs"
)
# Months in a date of airlines and receipts ("23JUN25")
_MONTHS_CAPS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
# Units of distance and duration after a number ("20 minutos", "25 Minuten")
_UNITS = (
    r"km|kms|kilometers|kilometres|mi|miles|min|mins|minutes|secs?|seconds|"
    r"hrs?|hours|minuten|minuti|minutos|minuto|minuut|minuten|dakika|stunden|stunde|horas|heures|uur|saat"
)
# "Yesterday" in the desk's languages, in lower case
_YESTERDAYS = (
    r"ayer|anteayer|ontem|anteontem|ieri|gisteren|gestern|vorgestern|dün|semalam|kemarin|"
    r"hier[ \t]+soir|avant-hier"
)
# Months written before their day: Tagalog, Hungarian short (with their dot) and whole (in lower case)
_MONTHS_TAGALOG = r"enero|pebrero|marso|abril|mayo|hunyo|hulyo|agosto|setyembre|oktubre|nobyembre|disyembre"
_MONTHS_HUNGARIAN_SHORT = r"jan|febr?|márc|ápr|máj|jún|júl|aug|szept|okt|nov|dec"
_MONTHS_HUNGARIAN = (
    r"január|február|március|április|május|június|július|augusztus|szeptember|október|november|december"
)
# Prefixes of the desk's own ids and of its customers' orders, invoices and tickets ("ORD231126",
# "REF-HU7J2X", "TCK-689900", "BK9BM2D"), in capitals.
_ID_PREFIXES = (
    r"ORD|ORDER|INV|INVC|TCK|TKT|TIX|BK|BKG|BOOK|REF|RCPT|RCT|REC|CS|CASE|TX|TXN|TRX|PAY|PMT|FAC|FAT|FACT|"
    r"RES|RSV|PNR|CLM|CLAIM|EVT|RID|TRIP|RIDE|CNF|CONF|VCH|SR|INC|REQ|CMD|PED|BST|RG|RE|NF|BL|AWB|DO|SO|PO"
)
# Airlines' codes for a flight number written without its word ("BA 2490", "6E-2134", "EZY8341"); not
# the letters of a country before a postcode ("DK 2100 København": a town follows, or five digits).
_AIRLINES = (
    r"BA|LH|U2|6E|EK|AF|TK|FR|W6|W3|G3|QR|KL|IB|TP|AZ|VY|KQ|MH|AK|ET|LA|AA|DL|UA|SQ|ZH|QF|DY|AC|WN|B6|NK|F9|"
    r"EY|SV|MS|RJ|PK|AI|SG|9W|CX|CZ|MU|NH|JL|KE|OZ|TG|VN|PR|5J|GA|JT|QZ|OD|3K|FD|SK|AY|LX|OS|SN|LO|A3|JU|"
    r"PC|XQ|HV|LS|EW|4U|X3|HA|NZ|VA|JQ|WY|GF|KU|WB|TU|AT|AH|FZ|G9|J9|XY|UX|VS|EI|BT|TO|V7|WF|D8|IX|I5|QP|"
    r"EZY|RYR|BAW|DLH|THY|AFR|KLM|UAE|QTR|EJU|WZZ|VLG|TVF|EZS|IGO"
)
# A terminal, gate or platform's word in the desk's languages (porte, puerta, uscita, kapı: a gate)
_GATE_WORDS = (
    r"terminal|gate|platform|pier|concourse|quai|gleis|andén|plataforma|porte|puerta|portão|portao|uscita|"
    r"binario|spoor|perron|bahnsteig|kapı|kapi|peron|bramka|pintu|gerbang"
)
_ID_CUES = (
    r"(?:trip|ride|journey|order|booking|receipt|invoice|ref|reference|ticket|case|charge|refund|transaction|"
    r"payment|confirmation|request|voucher|"
    # the same in the desk's other languages
    r"viaje|viagem|corrida|course|trajet|fahrt|reise|pedido|encomenda|commande|bestellung|bestellnummer|"
    r"buchung|buchungsnummer|reserva|réservation|reservation|prenotazione|factura|fatura|facture|rechnung|"
    r"recibo|reçu|quittung|referencia|referência|référence|referenz|dossier|vorgang|viaggio|ordine|rit|"
    r"boeking|bestelling|"
    # (issue 20: more of the desk's languages, Latin-script Hindi, Swahili and Malay among them)
    r"ricevuta|pratica|fattura|bestelnummer|factuur|reservering|sipariş|siparis|fiş|fis|rezervasyon|dosya|"
    r"bilet|billet|biglietto|bilhete|billete|tiket|tiketi|oda|risiti|pesanan|invois|resit|tempahan|bill|"
    r"claim|file|localizador|kurs|resa|résa|bokning|zamówienie|zamowienie|objednávka|rendelés|comanda|"
    r"kesi|rit|safari|perjalanan|yolculuk|yolculuğu|ticket|"
    # (a trip, an order, an invoice, a claim in more of them, and compounds ending in their number word)
    r"przejazd|przejazdu|kursu|zamówienia|zamowienia|faktura|faktury|transakcja|transakcji|zgłoszenie|"
    r"zgłoszenia|zgloszenie|reklamacja|reklamacji|corsa|trajeto|trayecto|recorrido|fahrtnummer|auftrag|"
    r"auftragsnummer|rechnungsnummer|rechnungsnr|bestellnr|auftragsnr|factuurnummer|ordernummer|boekingsnummer|"
    r"reserveringsnummer|dossiernummer|kenmerk|referentie|sefer|seferi|talep|talebi|utazás|"
    r"fuvar|rendelésszám|számla|biyahe|resibo|safar|faktur|transaksi|transacción|transação|transazione|"
    r"reclamação|reclamacao|réclamation|reclamación|reclamo|caso|rezerwacja|rezerwacji|rezerwację|rezervace|"
    r"rezervare|rezervarea|pemesanan|reservasi|dekont|kontoauszug)"
)


def fold(text: str) -> str:
    """`text` in the case the protected patterns' words are looked up in: whatever the regex engine's
    IGNORECASE holds equal to a letter of theirs folds to the same ("İ", "ı" and "I" to "i", "ſ" to "s")."""
    return text.casefold().replace("i\u0307", "i").replace("ı", "i")


_LETTERS_RE = re.compile(r"\p{L}+")
_CURRENCY_SIGN_RE = re.compile(r"\p{Sc}")
_GROUPING_RE = re.compile(r"\(\?-i:|\(\?:|\)|\\\.\?")


def _first_words(alternation: str) -> frozenset[str]:
    """The first run of letters of each alternative of a flat alternation of words ("rupees?|Rs\\.?|
    (?-i:kr|Kr)" gives rupee, rupees, rs, kr), folded. A pattern that bounds its word by non-letters on
    both sides matches only where that run is a word of the text. Alternatives that start with a symbol
    are left to the currency test."""
    words = set()
    for alternative in _GROUPING_RE.sub("", alternation).split("|"):
        optional = alternative.endswith("?") and alternative[-2].isalpha()
        for form in (alternative[:-1], alternative[:-2]) if optional else (alternative,):
            run = _LETTERS_RE.match(form)
            if run:
                words.add(fold(run.group()))
    return frozenset(words)


_WEEKDAY_WORDS = _first_words(_WEEKDAYS.replace("(?:day)?", "")) | {
    day + "day" for day in _first_words(_WEEKDAYS.split(")")[0])
}


@dataclass(frozen=True)
class _Needs:
    """What a protected pattern cannot match without, any one of them: a substring of the folded text, a
    word of it (a month, a weekday, a currency, a unit, a zone), a currency sign. A set lookup costs less
    than a scan; `tests/pii/test_patterns.py` checks every gate against its pattern run ungated.
    `at_word`: a match starts at the first letter of one of `words`, a whole word of the text, so the
    pattern is tried only there (`_matches_at_words`)."""

    substrings: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()
    currency_sign: bool = False
    at_word: bool = False

    def met(self, folded: str, words: frozenset[str], currency_sign: bool) -> bool:
        return (
            (self.currency_sign and currency_sign)
            or not words.isdisjoint(self.words)
            or any(part in folded for part in self.substrings)
        )


# (a pattern, run on every text, or a pattern and its _Needs)
_PROTECTED: list[tuple[re.Pattern, _Needs | None]] = [
    (re.compile(entry[0], re.IGNORECASE), entry[1])
    if isinstance(entry, tuple)
    else (re.compile(entry, re.IGNORECASE), None)
    for entry in [
        # our own placeholders (model output is scanned with find_pii)
        r"<[A-Z]+_\d+>",
        # trip UUIDs, full and as a prefix ("0b6f...", "0b6f12ab-…")
        r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b",
        # (not the last group of a phone number trailing off: "+1 (646) 382-0187...")
        (
            r"\b(?=[0-9a-f]{4})(?<!\d[\-. \t])[0-9a-f]{4,}(?:-[0-9a-f]{1,12}){0,4}(?:…|\.\.\.)",
            _Needs(substrings=("…", "...")),
        ),
        # (not an Argentine postcode in capitals, "C1006ACD", which is hexadecimal too)
        # ((?=[0-9a-f]{8}\b), which the match needs anyway, first: most words fail it at once)
        r"\b(?=[0-9a-f]{8}\b)(?!(?-i:[A-Z]\d{4}[A-Z]{3})\b)(?=[0-9a-f]{0,7}[a-f])(?=[0-9a-f]{0,7}\d)[0-9a-f]{8}\b",
        # rider, driver and other prefixed ids: R-123, D-4521, RF-2291
        # (not a postcode before its town: "H-3259 Melléknémeti", "CH-8001 Zürich"; not a house before
        # its sector or landmark: "C-14, Sector 62")
        r"\b(?![A-Z]{1,2}-\d{4,5}[ \t]+\p{Lu}\p{Ll})[A-Z]{1,3}-\d{1,12}\b"
        r"(?![ \t]*,[ \t]*(?:sector|block|phase|pocket|near|opp\.|opposite|behind)[ \t])",
        # money: $18.40, £12 (AMOUNT_AFTER_SIGN_RE), 18,40 €, 18.40 EUR (AMOUNT_BEFORE_CURRENCY_RE), USD 30
        # times: 18:04, 6pm, 6:30 p.m., 18h30
        r"(?<![\w:])" + _TIME,
        # (one pattern, so the text is scanned once; each alternative starts with a digit or "#")
        # a number after "#" ("commande #9803699"): an order or a ticket, never a phone;
        # "14.30", "20.01 Uhr", "9 Uhr", "18h": a clock written with a dot or a word (a decimal is no PII
        # either), not inside a longer run of numbers ("06.12.34.56", "10.1.2.3");
        # 2026/12/05, 2026.12.05
        # ((?<!\w), which every alternative holds, first: a digit inside a number fails at once)
        r"(?=[#\d])(?<!\w)(?:(?<![\w&])#[ \t]?\d{4,}\b"
        r"|(?<![\w.,:])(?:[01]?\d|2[0-4])[.:][0-5]\d(?:[ \t]?(?:uhr|h|hrs|heures|horas|óra|klo))?"
        r"(?![\w]|[.,:]\d)"
        r"|(?<![\w.,:])(?:[01]?\d|2[0-4])[ \t]?(?:uhr|h)(?![\w])"  # not "Flat 68h"
        r"|\b[12]\d{3}[/.]\d{1,2}[/.]\d{1,2}\b(?![/.]\d))",
        # a day and a month of the desk's other languages ("3 de septiembre de 2026", "5. Dezember")
        (
            r"\b\d{1,2}\.?\s(?:de\s)?(?:" + _MONTHS_OTHER + r")(?:,?\s(?:de\s)?\d{4})?(?![\w])",
            _Needs(words=_first_words(_MONTHS_OTHER)),
        ),
        # dates: ISO (with an optional time), 3/11, 03/11/2026, 3.11.2026, Nov 3, 3 November 2026
        r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b",
        (
            r"\b(?:" + _MONTHS + r")\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s\d{4})?\b",
            _Needs(words=_first_words(_MONTHS), at_word=True),
        ),
        (
            r"\b\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?(?:" + _MONTHS + r")(?:,?\s\d{4})?\b",
            _Needs(words=_first_words(_MONTHS)),
        ),
        # (not a Vietnamese given name after the middle name: "Nguyễn Thị Thu Hà", "tran van thu")
        (
            r"\b(?:" + _WEEKDAYS + r")\b(?<!(?<![\p{L}])(?:thị|thi|văn)[ \t]\p{L}+\.?)",
            _Needs(words=_WEEKDAY_WORDS, at_word=True),
        ),
        (
            r"\b(?:yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|"
            r"last (?:night|week))\b",
            _Needs(
                words=frozenset({"yesterday", "today", "tonight", "tomorrow", "this", "last"}), at_word=True
            ),
        ),
        # an airport's terminal, a gate, a platform: "Heathrow Terminal 5", "Gate B12" (no house number)
        (
            r"\b(?:" + _GATE_WORDS + r")\s[A-Z]?\d{1,2}[A-Z]?\b",
            _Needs(words=_first_words(_GATE_WORDS), at_word=True),
        ),
        # a clock of four digits after a flight's or a ride's arrival or departure ("landed 2315", "ETA 0740")
        (
            r"\b(?:landed|landing|lands|arrived|arrives|arriving|arrival|departed|departs|departure|eta|etd|"
            r"boarding|touched[ \t]+down)(?:[ \t]+at)?[ \t]+\K(?:[01]\d|2[0-3])[0-5]\d"
            r"(?![\w.,:/-]|[ \t]+(?-i:\p{Lu}\p{Ll}))",
            _Needs(
                words=_first_words(
                    "landed|landing|lands|arrived|arrives|arriving|arrival|departed|departs|"
                    "departure|eta|etd|boarding|touched"
                ),
                at_word=True,
            ),
        ),
        # distances, durations (in the desk's languages too: "20 minutos", "25 Minuten") and percentages
        (
            r"\b\d+(?:[.,]\d+)?\s?(?:(?=\p{L})(?:" + _UNITS + r")\b|%)",
            _Needs(substrings=("%",), words=_first_words(_UNITS)),
        ),
        # an app's version after its word ("version 14", "Version 4.18.0", "build 2210")
        (
            r"\b(?:version|versión|versão|versione|versie|sürüm|build)[ \t]+v?\d+(?:\.\d+){0,3}\b",
            _Needs(words=_first_words("version|versión|versão|versione|versie|sürüm|build"), at_word=True),
        ),
        (
            r"(?<![\w.,])[-−]\p{Sc}[ \t]?\d",
            _Needs(substrings=("-", "−")),
        ),
        # a clock in a zone, with a blank around its "h", in hours and minutes as one number
        (
            r"(?<![\w:.])(?:\d{1,2}(?:[:.h]\d{2}(?::\d{2})?)?(?:[ \t]?[ap]\.?m\.?)?|\d{4}[ \t]?hrs?)[ \t]"
            + _ZONES
            + r"(?![\w])",
            _Needs(words=_first_words(_ZONES.split(")")[0])),
        ),
        (
            r"(?<![\w:.,])(?:[01]?\d|2[0-3])(?:[ \t]h[ \t]?[0-5]\d|h[0-5]\d[ \t]?min|[ \t]h(?![\w]))(?![\w])",
            _Needs(words=frozenset({"h"})),
        ),
        (
            r"(?<![\w:.,])(?:[01]\d|2[0-3])[0-5]\d[ \t]?(?:hrs?|hours|h|uhr)(?![\w])",
            _Needs(words=frozenset({"hr", "hrs", "hours", "h", "uhr"})),
        ),
        # a date with its month written short or in another language ("03-Nov-2026", "23JUN25", "3 avr. 2026",
        # "3. Jun. 2026", "13 Disember"), a weekday of the desk's languages, "yesterday" in them
        # (with its article or preposition of dates, which an address cut before the date would keep:
        # "ligne 4, le 6 mars")
        (
            r"\b(?=\d|tarehe|tanggal|le[ \t]\d|el[ \t]\d|il[ \t]\d|am[ \t]\d)"
            r"(?:(?:tarehe|tanggal|le|el|il|am)[ \t])?\d{1,2}(?:st|nd|rd|th|\.)?"
            r"(?:[ \t](?:de[ \t]|of[ \t])?|-)(?=\p{L})(?:" + _MONTHS_MORE + r")\.?"
            r"(?![\p{L}])(?:(?:,?[ \t](?:de[ \t])?|-)(?:\d{4}|\d{2}(?![\d:.])))?",
            _Needs(words=_first_words(_MONTHS_MORE)),
        ),
        (
            r"\b\d{1,2}(?-i:" + _MONTHS_CAPS + r")\d{2,4}\b",
            _Needs(words=_first_words(_MONTHS_CAPS)),
        ),
        (
            r"(?-i:\b(?:"
            + _WEEKDAYS_LOWER
            + r")\b(?:[ \t](?:dernier|prochain|passé|pasado|próximo|passado|passada|"
            r"scorso|prossimo|scorsa|prossima|pasada)\b)?)",
            _Needs(words=_first_words(_WEEKDAYS_LOWER), at_word=True),
        ),
        # a day and a month after a word of dates ("a viagem do 3/6", "the ride on 3/6")
        (
            r"(?<=\b(?i:on|du|do|del|dal|vom|am|le|el|dia|día|since|until|till|den|op|pada|tanggal|tarehe)"
            r"[ \t])\d{1,2}/\d{1,2}(?![\w/.-])",
            _Needs(substrings=("/",)),
        ),
        (
            r"\b(?:"
            + _DAY_CUES
            + r")[ \t]+(?:"
            + _WEEKDAYS_CUED
            + r")(?:[ \t]+(?:dernier|passé|pasado|passado|passada|"
            r"scorso|günü|lalu|iliyopita))?\b",
            _Needs(words=_first_words(_WEEKDAYS_CUED)),
        ),
        # a weekday before a clock ("Salı 9:30'da", "Jumamosi saa 10:00", "Sabtu jam 08.15")
        (
            r"\b(?:"
            + _WEEKDAYS_CUED
            + r")(?=,?[ \t]+(?:(?:saa|um|at|à|às|alle|jam|pukul|saat|om|a[ \t]las|o)[ \t]+)?"
            r"\d{1,2}[:.h]\d{2}(?!\d))",
            _Needs(words=_first_words(_WEEKDAYS_CUED)),
        ),
        (
            r"(?-i:\b(?:" + _YESTERDAYS + r")\b)",
            _Needs(words=_first_words(_YESTERDAYS), at_word=True),
        ),
        # ids: a year inside ("ORD-2026-00412", "INV/2026/0412", "2026/1184", "EVT-2026-044"), a known prefix
        # ("REF-HU7J2X", "BK7Q2X9", "CLM-7730-22"), an order of three groups ("123-4567890-1234567"),
        # "№ 16816" (five digits or six, not a phone's), "PNR ABC12D", "Ref: 7Q2-X9A"
        # (without letters, a slash or five digits after the year: "(11) 2024-5678" is a phone of Brazil)
        (
            r"\b(?=(?-i:[A-Z]{2,5})[/-][12]|[12]\d{3}[/-])(?<![\w+/.-]|\d[ \t]|\)[ \t]?)"
            r"(?:(?-i:[A-Z]{2,5}[/-])(?:19\d{2}|20[0-4]\d)[/-]\d{2,6}|"
            r"(?:19\d{2}|20[0-4]\d)(?:/\d{3,6}|-\d{5,6}))(?:[/-][0-9A-Z]{1,6})?(?![\w/-])",
            _Needs(substrings=("/", "-")),
        ),
        r"(?-i:\b(?=[A-Z]{2})(?:"
        + _ID_PREFIXES
        + r")[-#/]?(?=[A-Z0-9]*\d)[A-Z0-9]{3,12}(?:-[A-Z0-9]{1,8}){0,2})(?![\w-])",
        (
            r"\b\d{3}-\d{7}-\d{7}\b",
            _Needs(substrings=("-",)),
        ),
        (
            r"(?<![\w])(?:№|n°|nº|(?-i:Nr)\.?)[ \t]?[1-9]\d{4,5}(?![\d]|[ \t]\d)",
            _Needs(substrings=("№", "n°", "nº", "nr")),
        ),
        # (not a national phone number, its trunk 0 and 9-12 digits: "Ref 0612 3456 78")
        r"(?-i:\b(?:PNR|Ref|REF|ref)\.?[ \t]*[:#]?[ \t]*(?!0(?:[ \t.-]?\d){8,11}(?![\d]))"
        r"(?=[A-Z0-9-]*\d)[A-Z0-9]{2,8}(?:-[A-Z0-9]{2,8})?)"
        r"(?![\w-])",
        # a booking code of six to eight capitals and digits, not a postcode's shape ("SW1A1AA", "K1A0B1",
        # "1234AB", "C1006ACD", an Irish Eircode "X84CE1R")
        # (nor a piece of an address: after a number, before a comma and a number: "89482 PJS70U",
        # "PJU46R, 39057 Medan")
        r"(?<!\d[ \t]|\d,[ \t])(?-i:\b(?=[A-Z0-9]{6,8}\b)(?=[A-Z]*\d)(?=\d*[A-Z]\d*[A-Z])"
        r"(?![A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}\b|[A-Z]\d[A-Z]\d[A-Z]\d\b|\d{4}[A-Z]{2}\b|[A-Z]\d{4}[A-Z]{3}\b|"
        r"[A-Z]{2,3}\d{4}\b|\d+[A-Z]\b|[A-Z]\d[\dW][A-Z\d]{4}\b)[A-Z0-9]{6,8})\b(?![ \t]*,[ \t]*\d)",
        # a flight number without its word (an airline's code), not a country's letters before a postcode
        # ("M5V 3K1": the end of a Canadian postcode; "ZH 2717 TL": a Dutch one after a province's letters)
        # (the look-ahead, which every code and its number hold, first: two capitals or a digit and a capital,
        # a third capital, a blank or "-", a digit; most words and numbers fail it at once)
        r"(?-i:\b(?=(?:[A-Z][A-Z\d]|\d[A-Z])[A-Z]?[ \t-]?\d))(?<!(?-i:\b[A-Z]\d[A-Z])[ \t])(?-i:(?:"
        + _AIRLINES
        + r")(?:[ \t]|-)?\d{2,4}[A-Z]?)"
        # (a route of airport codes after it is no postcode's town: "UA 1187 EWR→SFO")
        r"(?![\w]|(?-i:[ \t]+\p{Lu}(?![A-Z]{2}[ \t]?[→>–\-/][ \t]?[A-Z]{3}(?![\w])))|[ \t]*\d)",
        # licence plates of shapes no postcode, phone or name has (upper case)
        r"(?-i:\b(?=[A-Z\d][A-Z\d]?[A-Z\d \-])(?:[A-Z]{2}\d{2}[ ]?[A-Z]{3}|[A-Z]{2}-\d{3}-[A-Z]{2}|"
        r"[A-Z]{2}[ ]\d{3}[ ][A-Z]{2}|"
        r"[A-Z]{2}\d{3}[A-Z]{2}|"
        r"\d{1,2}-[A-Z]{3}-\d{1,2}|[A-Z]{2}-\d{2,3}-[A-Z]{1,2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]-\d{3}-[A-Z]{2}|"
        r"\d-[A-Z]{3}-\d{3}|[A-Z]{3}\d[A-Z]\d{2}|[A-Z]{3}-\d{4}|"
        r"[A-Z]{2}[ -]?\d{1,2}(?:[ -]?[A-Z]{1,3}){1,2}[ -]?\d{4}|"
        r"K[A-Z]{2}[ ]?\d{3}[A-Z]|[A-Z]{3}[ -]\d{3}[ -][A-Z]{2}|[A-Z]{3}-\d{2,3}-[A-Z\d]{1,2}|"
        r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ ]\d{1,4}[EH]?|\d{4}[ -][B-DF-HJ-NP-TV-Z]{3}|\d[A-Z]{3}\d{3}|"
        r"\d{2,3}-[A-Z]{1,2}-\d{1,6})\b)(?![\w-])",
        # (not Turkey's "34 ABC 123" without its cue word: an address cut there from the name after it had
        # left the name bare on a never-read corpus; after "plaka" PLATE_AFTER_CUE_RE keeps it)
        # (not a house number and its floor in Roman numerals: "Prinsengracht 412-III")
        (
            r"(?-i:\b(?=[A-Z0-9]{3}-[A-Z0-9]{3}(?![\w-]))(?!\d{3}-[IVX]{1,3}(?![\w-]))(?=[A-Z-]{0,6}\d)(?=[0-9-]{0,6}[A-Z][0-9-]{0,6}[A-Z])"
            r"[A-Z0-9]{3}-[A-Z0-9]{3})(?![\w-])",
            _Needs(substrings=("-",)),
        ),
        # a month before its day: Tagalog ("Abril 2", "Marso 14, 2026"; not a street "de Mayo 55") and
        # Hungarian ("ápr. 9.", "március 8.", "április 2-i")
        (
            r"(?<![\p{L}])(?<!(?i:\bde|\bdel|\bof)[ \t])(?:"
            + _MONTHS_TAGALOG
            + r")[ \t]+(?:[12]\d|3[01]|[1-9])"
            r"(?:,?[ \t]+[12]\d{3})?(?![\w/.-])"
            r"|(?<![\p{L}])(?:" + _MONTHS_HUNGARIAN_SHORT + r")\.[ \t]?(?:[12]\d|3[01]|[1-9])\.(?!\d)"
            r"|(?-i:(?<![\p{L}])(?:" + _MONTHS_HUNGARIAN + r")[ \t](?:[12]\d|3[01]|[1-9])"
            r"(?:\.(?!\d)|-(?:i|én|án|ig|tól|től)(?![\p{L}])))",
            _Needs(
                words=_first_words(f"{_MONTHS_TAGALOG}|{_MONTHS_HUNGARIAN_SHORT}|{_MONTHS_HUNGARIAN}"),
                at_word=True,
            ),
        ),
    ]
]
# money after its sign: $18.40, £12, HK$ 200
AMOUNT_AFTER_SIGN_RE = re.compile(_CURRENCY_BEFORE + r"\s?" + _AMOUNT_NUMBER + r"(?!\d)", re.IGNORECASE)
# money before its currency: 18,40 €, 18.40 EUR
# (the look-ahead, which every currency satisfies, spares the long list after most numbers)
AMOUNT_BEFORE_CURRENCY_RE = re.compile(
    r"(?<![\w.,])" + _AMOUNT_NUMBER + r"\s?(?=[$€£¥₹₩₺₴₽₱฿₪₦\p{L}])" + _CURRENCY_WORDS + r"(?![\w])",
    re.IGNORECASE,
)
# (issue 20) an amount in every format, its currency after it, with or without a blank (before it:
# AMOUNT_AFTER_CODE_RE)
# (not a Dutch postcode, four digits and two capitals: "5886 RM Heijningen", "2717 TL")
WIDE_AMOUNT_BEFORE_CURRENCY_RE = re.compile(
    r"(?<![\w.,])[-−]?(?=\d)(?!\d{4}[ \t]?(?-i:[A-Z]{2})(?![\w]))(?>" + _AMOUNT_WIDE + r")[ \t\u00a0\u202f]?"
    r"(?=[\p{Sc}\p{L}])" + _CURRENCY_MORE + r"(?![\w])",
    re.IGNORECASE,
)
PROTECTED_RES = [pattern for pattern, _ in _PROTECTED] + [
    AMOUNT_AFTER_SIGN_RE,
    AMOUNT_BEFORE_CURRENCY_RE,
    WIDE_AMOUNT_BEFORE_CURRENCY_RE,
]
# (issue 20) An amount in every format after its currency's symbol or code ("₹79 263.50", "CHF 70'820.20",
# "KSh 1,200", "$3k", "€10–15"), read from the number back (group 1 is the currency); not a UK postcode's
# start ("RM5E 2TJ", "DH1 3LE").
_RAND_GROUPS = r"\d{1,3}(?:[,. \u2009\u202f\u00a0'’]\d{3})+"
AMOUNT_AFTER_CODE_RE = re.compile(
    r"(?<![\d,]|\d\.)(?=\d)(?<=(?<![\w.,])-?(\p{Sc}|(?-i:US\$|R\$|NZ\$|MX\$|HK\$|Rs\.?|KSh|Ksh|Sh|RM|Rp|CHF|SFr|Fr\.|"
    # (rand with cents or thousands only: "R412.00", "R 1,200"; "R12" is a road of Ireland or South Africa)
    r"R(?=[ \t]?(?:" + _RAND_GROUPS + r"|\d+)[.,]\d{2}(?!\d)|[ \t]?" + _RAND_GROUPS + r"(?![\d.,]))|"
    r"kr|Kr|zł|TL|DH)|(?<![\w])(?:" + _CURRENCY_CODES + r"|mad))[ \t\u00a0\u202f]?-?)(?>" + _AMOUNT_WIDE + ")"
    r"(?![\p{L}]|[ \t](?-i:\d[A-Z]{2})(?![\w]))",
    re.IGNORECASE,
)
# A flight number after its cue ("flight BA 2490", "on flight U2 8341", "Flug LH438") and a car's plate
# after its cue ("plate AB12 CDE", "car (reg YW-745-MC)", "Kennzeichen B-MW 1234"), group 1: the company's
# cars and the customers' flights, never PII.
FLIGHT_AFTER_CUE_RE = re.compile(
    r"(?i:\b(?:flight|flights|flt|flug|vuelo|vol|volo|voo|lot|flyg|fly|vlucht|uçuş|uçuşu|uçak|uçağı|penerbangan|"
    r"ndege|hawai[ \t]+jahaz)\b\.?"
    r"(?:[ \t]+(?:no\.?|number|nr\.?|#))?[ \t]*[:#]?[ \t]*)"
    r"((?:[A-Z]{2,3}|[A-Z]\d|\d[A-Z])[ \t]?\d{1,4}[A-Z]?)(?![\w])"
)
PLATE_AFTER_CUE_RE = re.compile(
    r"(?i:\b(?:plates?|reg|rego|registration|registered|car|cars|cab|taxi|vehicle|van|kennzeichen|"
    r"nummernschild|immatriculation|immatricul[ée]e?|plaque|placa|matr[ií]cula|targa|kenteken|rejestracja|"
    r"spz|rendszám|plaka|coche|carro|voiture|wagen|auto|veículo|vehículo|véhicule|fahrzeug|"
    r"plat|nombor[ \t]+plat|gari|gaadi|nambari|kereta|mobil|motokaa|number[ \t]+plate|licen[cs]e[ \t]+plate|"
    # (a car's word of Turkish, Polish and Tagalog: "Araç 06 BK 4418", "samochód flotowy WX 7241C",
    # "numer rejestracyjny WA 41827", "kotse NEX 4182")
    r"araç|aracı|aracım|aracımız|plakası|plakam|samochód|samochod|samochodu|"
    r"(?:samochód|samochod)[ \t]+(?:flotowy|służbowy|sluzbowy|firmowy)|rejestracyjny|kotse|sasakyan|"
    r"driver(?:[ \t]+in)?)\b\.?"
    r"(?:[ \t]+(?:no\.?|number|nr\.?|#|plate|is|was|de|da|do))?[ \t]*[:#(]?[ \t]*)"
    r"((?=[A-Z\d][A-Z\d \-]{2,12}(?<=\S)(?![\w]))(?=[A-Z \-]*\d)(?=[\d \-]*[A-Z])"
    r"[A-Z\d]{1,8}(?:[ \-][A-Z\d]{1,7}){0,3})(?![\w]|-\w)"
)

# A Turkish plate before its word ("35 ACK 418 plakalı şirket aracımız"), group 1
PLATE_BEFORE_CUE_RE = re.compile(
    r"(?<![\w])(\d{2}[ \t](?-i:[A-Z]{1,3})[ \t]\d{2,4})[ \t]+"
    r"(?i:plakal[ıi]|plakas[ıi]|numaral[ıi])(?![\p{L}])"
)

# ids right after a cue: "trip 4821930571", "order #AB-12", "booking ref: 7Q2X9" (group 1)
# (not the French "prise en charge : 2741, rue …", a pick-up's address, nor the block below a label ending
# its line: "Invoice address for my company ride:\n1250 boul. René-Lévesque O")
ID_AFTER_CUE_RE = re.compile(
    r"\b(?<!\ben[ \t])" + _ID_CUES + r"s?\b\.?"
    r"(?:(?:\s|-)?(?:id|no\.?|number|num|nr\.?|#|code|ref|№|n°|nº|n\.|numéro|número|numero|nummer|numarası|kodu))?"
    # (a verb between: "trip id is 48213907", for an id of six or more that no capitalised word follows, as
    # a street would: "the booking was 221B Baker Street")
    r"(?:[ \t]+(?:is|was|are|were)(?=[ \t]*#?[A-Za-z0-9][\w-]{5,}(?![\w-])(?![ \t]+(?-i:\p{Lu}))))?"
    r"(?:\s?[:#(]?[ \t]?|\s)"
    # (not a national phone number, its trunk 0 first: "invoice, call 0612345678" is a phone)
    r"(#?(?=[\w-]*\d)(?!0\d{8,11}(?![\w-]))[A-Za-z0-9][\w-]{3,}(?:/[\w-]+)*)",
    re.IGNORECASE,
)

# An order's, ticket's or claim's number right after its cue, written in blank-separated groups like a phone
# of the writer's country ("Bestellnr. 030 2291 4470", "ordine n. 02 4471 9030", "sipariş no 0212 447 19 03",
# "namba ya oda 0722 447 190", "Ticket 0812 4471 903"), 8 to 12 digits (group 1): the id the cue names, the
# writer's phone coming after a word of its own. Run together or with dots or dashes a trunk-0 number after
# a cue stays a phone, as before ("invoice, call 0612345678").
ID_GROUPS_AFTER_CUE_RE = re.compile(
    r"\b(?<!\ben[ \t])" + _ID_CUES + r"s?\b\.?"
    r"(?:(?:\s|-)?(?:id|no\.?|number|num|nr\.?|#|code|ref|№|n°|nº|n\.|numéro|número|numero|nummer|numarası|kodu))?"
    r"(?:[ \t]+(?:is|was|est|ist|è|es|é|wynosi|ni))?[ \t]*[:#]?[ \t]*"
    r"(\d{2,5}(?:[ \t\u00a0]\d{2,5}){1,4})(?![\w]|[.,:/-]\d|[ \t\u00a0]\d)",
    re.IGNORECASE,
)


# (without a number's word, "Invoice 0612 345 678 is wrong" and "Ref 0612 3456 78" stay phones, security
# first; an order's, ticket's, claim's or case's own word names its number: "Ticket 0812 4471 903")
_ORDER_CUE_WORDS = frozenset(
    (
        *(
            "order",
            "orders",
            "ticket",
            "tickets",
            "claim",
            "case",
            "complaint",
            "commande",
            "pedido",
            "encomenda",
        ),
        *("bestellung", "bestellnr", "bestellnummer", "bestelling", "bestelnummer", "ordernummer", "ordine"),
        *("zamówienie", "zamowienie", "zamówienia", "zgłoszenie", "zgłoszenia", "reklamacja", "sipariş"),
        *("siparis", "pesanan", "oda", "tiket", "tiketi", "kesi", "reclamação", "réclamation", "reclamación"),
        *("reclamo", "caso", "dossier", "vorgang", "auftrag", "auftragsnummer", "auftragsnr", "talep"),
    )
)
_NUMBER_WORD_RE = re.compile(
    r"(?i:(?:\s|-)(?:id|no\.?|number|num|nr\.?|#|№|n°|nº|n\.|numéro|número|numero|nummer|numarası)"
    r"|nr\.?|nummer|#)[ \t]*[:#]?[ \t]*$"
)


def _id_digit_groups(m: re.Match) -> bool:
    if not 8 <= sum(c.isdigit() for c in m.group(1)) <= 12:
        return False
    cue = m.group()[: m.start(1) - m.start()]
    return bool(_NUMBER_WORD_RE.search(cue)) or fold(cue.split()[0].rstrip(".:")) in _ORDER_CUE_WORDS


# The rest of an id written in groups of digits ("Numéro de commande : 4471 2039 88"), up to twelve digits
# in all; none of it when the whole has a phone's own shape ("invoice 0612 345 678": security first).
_DIGIT_GROUPS_RE = re.compile(r"(?:[ \t\u00a0]\d{2,4}){1,3}(?![\w]|[ \t\u00a0]?\d|[.,]\d)")


_PHONE_GROUPS_RE = re.compile(r"(?:[ \t\u00a0.-]\d{2,8}){1,4}(?![\w])")


def _with_digit_groups(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    start, end = span
    if not text[start:end].isdigit():
        return span
    rest = _PHONE_GROUPS_RE.match(text, end) if text[start] == "0" else None
    if rest and 9 <= len(text[start:end]) + sum(c.isdigit() for c in rest.group()) <= 12:
        return None
    more = _DIGIT_GROUPS_RE.match(text, end)
    if more is None:
        return span
    digits = len(text[start:end]) + sum(c.isdigit() for c in more.group())
    # (a bank's reference in fours runs to sixteen: "Kenmerk 0000 4471 2026 0307"; a card so written is
    # still a card, its checksum read by its own finder)
    fours = end - start == 4 and all(len(group) == 4 for group in more.group().split())
    return span if digits > (16 if fours else 12) else (start, more.end())


# The ids listed after the first one its cue names ("trips 48213907, 59120384 and 77120931"): each of
# the first one's length and kind (digits, or letters and digits).
_LISTED_NEXT_RE = re.compile(
    r"(?:,|[ \t]*(?:/|&|\+)|[ \t]+(?i:and|or|et|ou|y|o|und|oder|e|ed|en|of|ve|veya|dan|atau|i|lub|og|och|at))"
    r"[ \t]+#?([A-Za-z0-9][\w-]*)(?![\w])"
)


def _listed_after(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    first = text[span[0] : span[1]].lstrip("#")
    # (one written in groups of digits, "Order 1120 4471 and 1120 4478": each next one in the same groups)
    groups = first.split()
    if len(groups) > 1 and all(group.isdigit() for group in groups):
        first = groups[0]
        rest = re.compile("".join(rf"[ \t\u00a0]\d{{{len(group)}}}" for group in groups[1:]) + r"(?![\w])")
    else:
        rest = None
    digits_only = first.isdigit()
    out = []
    end = span[1]
    while (m := _LISTED_NEXT_RE.match(text, end)) and len(m.group(1)) == len(first):
        if m.group(1).isdigit() != digits_only or not any(c.isdigit() for c in m.group(1)):
            break
        if rest is None:
            out.append(m.span(1))
            end = m.end()
        elif more := rest.match(text, m.end()):
            out.append((m.start(1), more.end()))
            end = more.end()
        else:
            break
    return out


# Numeric dates (3/11, 03-11-2026, 3.11.26): protected from phone and name finders, but not from a street
# match, where "Hartmannweg 9/4" is a house number.
# (Not before two more pairs of digits: "08-26 01 81" is a Stockholm number.)
NUMERIC_DATE_RE = re.compile(
    # (nor right after a country's calling code: "+687 20.12.34" is a number of New Caledonia)
    r"(?<![\w./-]|\+\d{1,4}[ \t\u00a0])\d{1,2}([./-])\d{1,2}(?:\1(?:\d{4}|\d{2}))?(?![\w./-]*\d)"
    r"(?![ \t]\d{2}[ \t]\d{2}(?!\d))"
)


_DATE_SEP_RE = re.compile(r"[./-]")


def numeric_date_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in NUMERIC_DATE_RE.finditer(text):
        a, b = (int(x) for x in _DATE_SEP_RE.split(m.group())[:2])
        if 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12):
            out.append(m.span())
    return out


_WORD_BEFORE_RE = re.compile(r"(\p{L}[\p{L}\p{M}'’.\-]*)[ \t]+$")


_COMMA_BEFORE_RE = re.compile(r",[ \t]*$")


def _after_an_id(text: str, start: int) -> bool:
    """A comma and a blank before `start`, and before them an id, an amount or a time (a kept item)."""
    m = _COMMA_BEFORE_RE.search(text, max(0, start - 4), start)
    return bool(m) and any(end == m.start() for _, end in _protected(text))


# what may stand between a day and month and the amount or time after it ("18/06 ore 10.30", "10/03 R$")
_GAP_BEFORE_KEPT_RE = re.compile(
    r"[ \t]{1,2}(?:(?i:ore|at|um|om|à|às|alle|saat|jam|o|a[ \t]las|a[ \t]la|kl\.?|klo)[ \t]{1,2})?"
)


def _before_a_kept_item(text: str, end: int) -> bool:
    """A time or an amount right after `end`, at most a word of hours between ("ore", "at", "um")."""
    m = _GAP_BEFORE_KEPT_RE.match(text, end)
    return bool(m) and any(start == m.end() for start, _ in _protected(text))


def _lower_non_street(word: str) -> bool:
    low = word.lower().rstrip(".")
    return (
        word[:1].islower()
        and low not in _NAMED_STREET_TYPES
        and not _STREET_WORD_END_RE.search(low)
        and not _HOUSE_NO_CUE_RE.search(low)
    )


_ZERO_PADDED_DAY_MONTH_RE = re.compile(r"(?:0\d[./-]\d{2}|\d{2}[./-]0\d)")


def dates_beside_addresses(text: str) -> list[tuple[int, int]]:
    """The numeric dates an address may not take either: a whole date ("26/8/2026"), a day and month
    after a date's preposition ("on 06/10") or alone in brackets ("114.101.15.116 (11/07)"), not a house
    number ("Hartmannweg 9/4", "Calle 3ª # 9-1")."""
    out = []
    for start, end in numeric_date_spans(text):
        m = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
        if len(_DATE_SEP_RE.findall(text, start, end)) < 2:
            if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
                pass
            elif _after_an_id(text, start):
                pass  # "Yolculuk 8aa0541d, 15/02": a trip's date, no house number
            elif _ZERO_PADDED_DAY_MONTH_RE.fullmatch(text, start, end):
                pass  # "09/03 PRLV RIDEAPP": nobody writes a house number "09/03"
            elif (not m or _lower_non_street(m.group(1))) and _before_a_kept_item(text, end):
                pass  # "10/03 R$ 78,90", "ritiro 18/06 ore 10.30": a day before its amount or time
                # (not "Hartmannweg 9/4 at 10:30", a house after its street)
            elif not m or m.group(1).lower() not in _DATE_CUES:
                continue  # "д. 55 к. 6/8", "Calle 3ª # 9-1": a house number
        elif m and "/" in text[start:end] and _STREET_WORD_END_RE.search(m.group(1)):
            continue  # "Neubaugasse 12/2/30": house, stair and door after a street
        elif m and _HOUSE_NO_CUE_RE.search(m.group(1)):
            continue  # "H.No. 10-4-87", "Plot No. 3/7/26": a house number after its cue
        out.append((start, end))
    return out


# What ends one address in a sentence: the place the rider got instead, a second stop's label ("… 30308 au
# lieu de Plaza San Martín", "… 94110, drop-off Lincoln Center"), a route's next leg ("… and then to X",
# "towards X"), in the desk's languages ("… 53082 yerine X Havalimanı", "… 693171 ki jagah X Stadium", "X
# Square badala ya 7089 …", "di X bukan di Jalan …"); an address found across one is cut there.
ADDRESS_CUT_RE = re.compile(
    # Every cut opens where no letter precedes, or on a blank: tested first, it spares the scan inside words.
    r"(?:(?<![\p{L}])|(?=[ \t]))(?:"
    r"(?i:(?<![\p{L}])(?:instead[ \t]+of|rather[ \t]+than|au[ \t]+lieu[ \t]+d(?:u|es?)?|"
    r"à[ \t]+la[ \t]+place[ \t]+d(?:u|es?)?|et[ \t]+non|pas[ \t]+à|en[ \t]+(?:lugar|vez)[ \t]+del?|"
    r"y[ \t]+no[ \t]+(?:en|a)|em[ \t]+vez[ \t]+d[eoa]s?|(?:e[ \t]+)?não[ \t]+(?:em|n[ao])|"
    r"invece[ \t]+(?:che|d(?:i|el|ell[aoe]|egli|ai|alla))|anziché|"
    r"in[ \t]+plaats[ \t]+van|en[ \t]+niet|(?:an)?statt|nicht[ \t]+(?:in|an|am|zum|zur)|"
    r"i[ \t]*stället[ \t]+för|i[ \t]+stedet[ \t]+for|i[ \t]+staden[ \t]+for|zamiast|helyett|"
    r"(?:and[ \t]+)?ended[ \t]+up|drop-?off|drop[ \t]+off|pick-?up|pick[ \t]+up|destination|"
    r"not[ \t]+(?:at|to|in|on))(?![\p{L}]))"
    # in lowercase only (some are names or towns too: "Bukan", "Kisha", "Sonra"): the place got instead in
    # tr, hi, sw, id, and a route's next leg or heading in the desk's languages
    r"|(?<![\p{L}])(?:yerine|k[ie][ \t]+(?:jagah|bajaa?y[ea]?)|badala[ \t]+ya|"
    r"bukan(?:nya)?(?:[ \t]+(?:di|ke))?|alih-alih|(?:and[ \t]+)?then[ \t]+(?:to|on[ \t]+to|onto)|"
    r"and[ \t]+then|towards?|(?:et[ \t]+)?puis|ensuite|(?:y[ \t]+)?luego|e[ \t]+depois|"
    # ("depois da porteira": after a landmark, part of the address)
    r"depois(?![ \t]+d[aoe]s?(?![\p{L}]))|und[ \t]+dann|"
    r"e[ \t]+poi|en[ \t]+daarna|(?:dan[ \t]+)?(?:lalu|kemudian)|kisha|phir|sonra|vers|hacia|rumbo[ \t]+a|"
    r"em[ \t]+direção[ \t]+(?:a|ao|à)|verso|richting|in[ \t]+Richtung|menuju|kuelekea|ki[ \t]+taraf|"
    # a route's other end: "… 400615 to Phoenix Marketcity", "van Brussels Airport naar huis, …", "ke X
    # dari rumah …" (not "next to", "close to": a landmark that is part of the address)
    r"(?<!-|(?i:next|close|opposite|adjacent|near|due|up|down|right|left|ocean)[ \t]{1,2})to|"
    r"(?<!-)(?:naar|dari|ke(?=[ \t]+\p{Lu}))"  # (Hindi's "ke peeche" is in the address)
    r")(?![\p{L}])"
    r"|(?<![\p{L}\-])(?i:not)(?=[ \t]+[\p{Lu}\d])|[ \t]→[ \t]|[ \t]->[ \t]"
    # a route's "via" after a postcode or a number (not Italian's "Via Roma")
    r"|(?<=\d,?[ \t]{1,2})via(?=[ \t])"
    r")"
)


_ADDRESS_CUT_KEYS = (
    *("instead", "rather", "lieu", "place", "non", "pas ", "lugar", "vez", "no ", "não", "invece"),
    *("anziché", "plaats", "niet", "statt", "nicht", "ended", "drop", "pick", "destination", "not "),
    *("yerine", "jagah", "baja", "badala", "bukan", "alih", "then", "toward", "puis", "ensuite", "luego"),
    *("depois", "dann", "poi", "daarna", "lalu", "kemudian", "kisha", "phir", "sonra", "vers", "hacia"),
    *("rumbo", "direção", "richt", "menuju", "kuelekea", "taraf", "via", "to ", "naar", "dari", "ke "),
    *("→", "->", "stället", "stedet", "staden", "zamiast", "helyett"),
)
# The first word of each of ADDRESS_CUT_RE's cuts, folded: a cut opens where a run of letters starts, or on
# the blank before an arrow.
_ADDRESS_CUT_WORDS = frozenset(
    (
        *("instead", "rather", "au", "à", "et", "pas", "en", "y", "em", "e", "não", "invece", "anziché"),
        *("in", "anstatt", "statt", "nicht", "i", "istället", "zamiast", "helyett", "and", "ended", "drop"),
        *("dropoff", "pick", "pickup", "destination", "not", "yerine", "ki", "ke", "badala", "bukan"),
        *("bukannya", "alih", "then", "toward", "towards", "puis", "ensuite", "luego", "depois", "und"),
        *("dan", "lalu", "kemudian", "kisha", "phir", "sonra", "vers", "hacia", "rumbo", "verso"),
        *("richting", "menuju", "kuelekea", "to", "naar", "dari", "via"),
    )
)


def _arrow_starts(text: str, low: str, runs: dict[str, list[int]]) -> list[int]:
    return [at - 1 for arrow in ("→", "->") for at in _places(text, arrow) if at and text[at - 1] in " \t"]


@lru_cache(maxsize=16)
def _address_cuts(text: str) -> tuple[tuple[int, int], ...]:
    low = text.lower()
    # (a substring test per key, in C, costs a quarter of one search for the alternation of them all)
    if not any(key in low for key in _ADDRESS_CUT_KEYS):
        return ()
    # (and the alternation tried only where a cut's first word starts costs a quarter of that search)
    return tuple(m.span() for m in _matches_at_runs(ADDRESS_CUT_RE, text, _ADDRESS_CUT_WORDS, _arrow_starts))


def address_cuts(text: str) -> list[tuple[int, int]]:
    return list(_address_cuts(text))


_HOUSE_NO_CUE_RE = re.compile(r"(?i:(?:^|\.)no\.?|^(?:nr|nº|n°)\.?)$")
_STREET_WORD_END_RE = re.compile(
    r"(?i:(?:gasse|straße|strasse|str\.|weg|platz|allee|ring|markt|zeile|graben|kai|lände|steig|promenade))$"
)
_DATE_CUE_WORDS = (
    "on from until till by since before after dated date due between and to of the am vom bis le du au el "
    "del il dal al op dia día jour den "
    # (a bank statement's value date: "valeur 10/03", "valuta 08/03")
    "valeur valuta val value wertstellung data fecha tarih tanggal datum"
)
_DATE_CUES = frozenset(_DATE_CUE_WORDS.split())


# Things that merely *look* like an IBAN: a phone or address finder must not pick their digits apart,
# whether or not the checksum holds (an invalid IBAN is left alone, not half-redacted).
IBAN_SHAPE_RE = re.compile(
    r"\b[A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]{4}){2,7}(?:[ \-]?[A-Z0-9]{1,4})?\b", re.IGNORECASE
)


def _folded_in_place(text: str) -> str | None:
    """`text` case-folded letter for letter, each letter where it stood: whatever the regex engine's
    IGNORECASE holds equal to a cue's letter becomes that letter ("İ" and "ı" "i", "ſ" "s", the Kelvin sign
    "K" "k"); "ß", which no cue holds, becomes "s". None if a letter folds to more than one (a ligature: the
    places would shift)."""
    low = text.casefold()
    if len(low) != len(text):
        low = text.replace("İ", "i").replace("ß", "s").replace("ẞ", "s").casefold()
        if len(low) != len(text):
            return None
    return low.replace("ı", "i") if "ı" in low else low


@dataclass(frozen=True)
class _Cued:
    """A pattern that matches only from the first letter of one of its cue words, a whole word of the text
    (a boundary before it and after it: "trip 4821930571", "plate AB12 CDE"). Its matches are those of
    `finditer`, found by trying the pattern only where a cue word of the text starts: a few set and substring
    look-ups cost less than the engine's step at every place."""

    pattern: re.Pattern
    cues: frozenset[str]  # folded, as `fold` and `_folded_in_place` fold them

    def finditer(self, text: str, low: str | None, words: frozenset[str]) -> list[re.Match]:
        return _matches_at_words(self.pattern, text, low, self.cues.intersection(words))


def _matches_at_words(
    pattern: re.Pattern, text: str, low: str | None, present: frozenset[str]
) -> list[re.Match]:
    """`pattern.finditer(text)` for a pattern whose matches start at one of `present`, words of the text
    (folded): tried only where they stand in `low`, the text folded in place."""
    if not present:
        return []
    if low is None:
        return list(pattern.finditer(text))
    return _matches_from(pattern, text, {at for word in present for at in _places(low, word)})


def _places(text: str, part: str) -> Iterable[int]:
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


def _matches_from(pattern: re.Pattern, text: str, starts: Iterable[int]) -> list[re.Match]:
    """`pattern.finditer(text)`, tried only at `starts`, which hold every place a match of it can start."""
    found = []
    end = 0  # (as finditer: the next match starts where the last one ended, or after it)
    for at in sorted(starts):
        if at >= end and (m := pattern.match(text, at)):
            found.append(m)
            end = m.end()
    return found


@lru_cache(maxsize=16)
def _letter_runs(text: str) -> tuple[str, dict[str, list[int]]] | None:
    """`text` folded in place (`_folded_in_place`) and where each of its runs of letters starts, by the run;
    None where a letter folds to more than one."""
    low = _folded_in_place(text)
    if low is None:
        return None
    runs: dict[str, list[int]] = {}
    for m in _LETTERS_RE.finditer(low):
        runs.setdefault(m.group(), []).append(m.start())
    return low, runs


def _run_keys(words: str) -> frozenset[str]:
    """`words` (a pattern's first words, as written) as they stand in the text folded in place: the runs of
    letters they are in `_letter_runs`."""
    return frozenset(_folded_in_place(word) for word in words.split())


def _blank_runs_before(text: str, runs: dict[str, list[int]], words: frozenset[str]) -> list[int]:
    """The first blank of each run of blanks (" ", tab) that ends right before one of `words`."""
    starts = []
    for word in words.intersection(runs):
        for at in runs[word]:
            start = at
            while start and text[start - 1] in " \t":
                start -= 1
            if start < at:
                starts.append(start)
    return starts


def _matches_at_runs(
    pattern: re.Pattern,
    text: str,
    words: frozenset[str],
    more: Callable[[str, str, dict[str, list[int]]], Iterable[int]] | None = None,
) -> list[re.Match]:
    """`pattern.finditer(text)` for a pattern whose matches start at the first letter of a whole run of
    letters of the text that is one of `words` (as `_run_keys` gives them), or at a place `more` (given the
    text, the text folded in place and its runs) gives."""
    found = _letter_runs(text)
    if found is None:
        return list(pattern.finditer(text))
    low, runs = found
    starts = {at for word in words.intersection(runs) for at in runs[word]}
    if more is not None:
        starts.update(more(text, low, runs))
    return _matches_from(pattern, text, starts)


@dataclass(frozen=True)
class _NearCurrency:
    """A pattern that matches only from a place a few characters from the end of a currency: of a sign
    (`\\p{Sc}`) or of one of `codes`, a whole word of the text ("EUR 30", "Rs. 500", "$18.40"). `exact`
    codes are looked for as written (the pattern spells them in one case only: "R" for the rand, which
    "r" in any case would find too often); the others in the text folded in place. `digit_first`: the
    match starts at a digit, so an ASCII character other than a digit is no start."""

    pattern: re.Pattern
    offsets: range  # from a currency's end to where a match may start
    codes: frozenset[str] = frozenset()
    exact: tuple[str, ...] = ()
    digit_first: bool = False

    def finditer(
        self, text: str, low: str | None, words: frozenset[str], sign_ends: list[int]
    ) -> list[re.Match]:
        ends = list(sign_ends)
        for code in self.codes.intersection(words):
            if low is None:
                return list(self.pattern.finditer(text))
            ends += [at + len(code) for at in _places(low, code)]
        for code in self.exact:
            if fold(code) in words:
                ends += [at + len(code) for at in _places(text, code)]
        size = len(text)
        starts = {end + offset for end in ends for offset in self.offsets}
        return _matches_from(
            self.pattern,
            text,
            (
                at
                for at in starts
                if 0 <= at < size and not (self.digit_first and text[at].isascii() and not text[at].isdigit())
            ),
        )


@dataclass(frozen=True)
class _BeforeCurrency:
    """A pattern whose match is an amount and its currency after it ("18,40 €", "58.58 EUR", "1.2k kr"):
    a sign, or one of `codes`, a whole word of the text. Tried only from the places of the stretch before a
    currency that holds no letter but `letters` (the "k" of "1.2k"): the amount and the blanks after it lie
    there. `first`: the ASCII characters other than digits a match may start with; none starts after an
    ASCII letter, digit, "_", "." or ","."""

    pattern: re.Pattern
    codes: frozenset[str]
    letters: str = ""
    first: str = ""

    def finditer(
        self, text: str, low: str | None, words: frozenset[str], sign_ends: list[int]
    ) -> list[re.Match]:
        currencies = {end - 1 for end in sign_ends}
        for code in self.codes.intersection(words):
            if low is None:
                return list(self.pattern.finditer(text))
            currencies.update(_places(low, code))
        starts = []
        floor = 0  # (a stretch reaching back to the last currency goes on as that one's did)
        for currency in sorted(currencies):
            at = currency
            while at > floor and (not text[at - 1].isalpha() or text[at - 1] in self.letters):
                at -= 1
            starts += [
                place
                for place in range(at, currency)
                if not (text[place].isascii() and not text[place].isdigit() and text[place] not in self.first)
                and not (
                    place
                    and text[place - 1].isascii()
                    and (text[place - 1].isalnum() or text[place - 1] in "_.,")
                )
            ]
            floor = currency
        return _matches_from(self.pattern, text, starts)


_AMOUNT_BEFORE_CURRENCY = _BeforeCurrency(AMOUNT_BEFORE_CURRENCY_RE, _first_words(_CURRENCY_WORDS))
_WIDE_AMOUNT_BEFORE_CURRENCY = _BeforeCurrency(
    WIDE_AMOUNT_BEFORE_CURRENCY_RE, _first_words(_CURRENCY_MORE), letters="kK\u212a", first="-"
)
_CODES = _first_words(_CURRENCY_CODES)
# (the sign, or two letters before a dollar's: "HK$ 200")
_AMOUNT_AFTER_SIGN = _NearCurrency(AMOUNT_AFTER_SIGN_RE, range(-3, 0))
# (a code's dot, a blank and a minus between: "Rs. -500")
_AMOUNT_AFTER_CODE = _NearCurrency(
    AMOUNT_AFTER_CODE_RE,
    range(4),
    _CODES | {"mad", "rs", "ksh", "sh", "rm", "rp", "chf", "sfr", "fr", "kr", "zł", "tl", "dh"},
    ("R",),
    digit_first=True,
)
_CODE_BEFORE_AMOUNT = _NearCurrency(
    CODE_BEFORE_AMOUNT_RE, range(3), _CODES | {"kr", "rs", "rp", "zł", "fr", "sfr"}, digit_first=True
)


_ID_AFTER_CUE = _Cued(ID_AFTER_CUE_RE, _first_words(_ID_CUES) | {w + "s" for w in _first_words(_ID_CUES)})
_ID_GROUPS_AFTER_CUE = _Cued(ID_GROUPS_AFTER_CUE_RE, _ID_AFTER_CUE.cues)


def _cue_words(words: str) -> frozenset[str]:
    return frozenset(fold(word) for word in words.split())


_FLIGHT_AFTER_CUE = _Cued(
    FLIGHT_AFTER_CUE_RE,
    _cue_words(
        "flight flights flt flug vuelo vol volo voo lot flyg fly vlucht uçuş uçuşu uçak uçağı penerbangan "
        "ndege hawai"
    ),
)
# (the first word of "number plate", "licence plate", "nombor plat", "samochód flotowy", "driver in")
_PLATE_AFTER_CUE = _Cued(
    PLATE_AFTER_CUE_RE,
    _cue_words(
        "plate plates reg rego registration registered car cars cab taxi vehicle van kennzeichen "
        "nummernschild immatriculation immatricule immatriculé immatriculee immatriculée plaque placa "
        "matricula matrícula targa kenteken rejestracja spz rendszám plaka coche carro voiture wagen auto "
        "veículo vehículo véhicule fahrzeug plat nombor gari gaadi nambari kereta mobil motokaa number "
        "licence license araç aracı aracım aracımız plakası plakam samochód samochod samochodu "
        "rejestracyjny kotse sasakyan driver"
    ),
)


@lru_cache(maxsize=16)
def _protected(text: str) -> tuple[tuple[int, int], ...]:
    folded = fold(text)
    words = frozenset(_LETTERS_RE.findall(folded))
    sign_ends = [m.end() for m in _CURRENCY_SIGN_RE.finditer(text)]
    currency_sign = bool(sign_ends)
    low = _folded_in_place(text)
    spans = []
    for pattern, needs in _PROTECTED:
        if needs is None or (not needs.at_word and needs.met(folded, words, currency_sign)):
            spans += [m.span() for m in pattern.finditer(text)]
        elif needs.at_word:
            spans += [
                m.span() for m in _matches_at_words(pattern, text, low, needs.words.intersection(words))
            ]
    for m in _ID_AFTER_CUE.finditer(text, low, words):
        span = _with_digit_groups(text, m.span(1))
        if span:
            spans += [span, *_listed_after(text, span)]
    for m in _ID_GROUPS_AFTER_CUE.finditer(text, low, words):
        if _id_digit_groups(m):
            spans += [m.span(1), *_listed_after(text, m.span(1))]
    spans += [m.span() for m in _AMOUNT_AFTER_SIGN.finditer(text, low, words, sign_ends)]
    spans += [m.span() for m in _AMOUNT_BEFORE_CURRENCY.finditer(text, low, words, sign_ends)]
    spans += [m.span() for m in _WIDE_AMOUNT_BEFORE_CURRENCY.finditer(text, low, words, sign_ends)]
    spans += [(m.start(1), m.end()) for m in _CODE_BEFORE_AMOUNT.finditer(text, low, words, [])]
    spans += [(m.start(1), m.end()) for m in _AMOUNT_AFTER_CODE.finditer(text, low, words, sign_ends)]
    spans += [m.span(1) for m in _FLIGHT_AFTER_CUE.finditer(text, low, words)]
    spans += [m.span(1) for m in _PLATE_AFTER_CUE.finditer(text, low, words) if _plate_shaped(m.group(1))]
    if "plaka" in folded or "numaral" in folded:
        spans += [m.span(1) for m in PLATE_BEFORE_CUE_RE.finditer(text)]
    if any(key in folded for key in _CODE_CUE_KEYS):
        spans += [m.span(1) for m in CODE_AFTER_CUE_RE.finditer(text)]
    if any(key in folded for key in _TAX_ID_KEYS):
        spans += [m.span(1) for m in TAX_ID_AFTER_CUE_RE.finditer(text)]
    if " T" in text:
        spans += [m.span() for m in TERMINAL_CODE_RE.finditer(text)]
    if "," in text or "." in text:
        spans += [m.span() for m in BARE_AMOUNT_RE.finditer(text)]
    if "*" in text or "ending" in folded:
        spans += [m.span() for m in LAST_FOUR_RE.finditer(text)]
    if "\n" in text and any(word in DOCUMENT_WORDS for word in words):
        spans += [m.span(2) for m in RECEIPT_LINE_AMOUNT_RE.finditer(text) if _opens_with_document_word(m)]
    if "RF" in text:
        spans += [m.span() for m in CREDITOR_REFERENCE_RE.finditer(text)]
    if "nolu" in folded or "numaral" in folded or "no'lu" in folded:
        spans += [m.span(1) for m in ID_BEFORE_CUE_RE.finditer(text)]
    if not text.isascii():
        spans += [m.span() for m in KO_PLATE_RE.finditer(text)]
    if "AZ" in text and any(key in folded for key in _AZ_ADDRESS_KEYS):
        spans = [span for span in spans if not _AZ_POSTCODE_RE.fullmatch(text, *span)]
    return tuple(sorted(spans))


# An Azerbaijani postcode after its town, in a text with a street or flat of that country ("Baku AZ1058,
# Nizami küç. 25"): no flight's number (Alitalia's "AZ" and four digits)
_AZ_ADDRESS_KEYS = ("küç", "mənzil", "prospekti", "r-nu", "rayonu", "baku", "bakı")
# (where an address's segment ends: "Alitalia AZ1180 landed" is a flight)
_AZ_POSTCODE_RE = re.compile(r"(?<=\p{Lu}[\p{Ll}\p{M}]+[ \t])AZ[ \t]?\d{4}(?=[ \t]*(?:[,.\n]|$))")


# An amount with its cents and no currency, as receipts and statements print them ("VAT 20%  4.63",
# "-23,90", "1.204,50"): not a piece of a run of digit groups (a phone "06.12.34.56.78", "06 12 34 56,78",
# "+972.50-234-5678", "08.12 34 56"; an IP address), and no group of it opens with a trunk zero.
BARE_AMOUNT_RE = re.compile(
    r"(?<![\w.,'/:+(]|[.,]-|(?<!%\d{0,2})\d[ \t])[-−]?(?:0|[1-9]\d{0,2})"
    r"(?:([.,\u00a0\u202f ])\d{3}(?:\1\d{3})*)?[.,]\d{2}"
    r"(?![\w%]|[.,:/]?\d|[ \t/-]\d|[-)])"
)
# Words printed on what customers paste (receipts, statements, security notices, mail headers, chat logs).
DOCUMENT_WORDS = word_list("document_words")
# A receipt's line ending in an amount in thousands with no currency ("Subtotal 45.000", "PPN 11% 4.950",
# "Propina 2.500"): its first word one a receipt prints, group 2 the amount, which opens with no trunk zero
# ("Support 021 555 000" is a phone).
RECEIPT_LINE_AMOUNT_RE = re.compile(
    r"(?m:^)[ \t]*(\p{L}[\p{L}\-]*)(?:[ \t]+\p{L}[\p{L}\-]*){0,2}[ \t]+"
    r"(?:%?\d{1,2}(?:[.,]\d+)?[ \t]?%?[ \t]+)?"
    r"([1-9]\d{0,2}(?:[. \u00a0]\d{3})+(?:,\d{2})?|[1-9]\d{0,2}(?:,\d{3})+(?:\.\d{2})?)[ \t]*(?m:$)"
)


def _opens_with_document_word(m: re.Match) -> bool:
    return fold(m.group(1)) in DOCUMENT_WORDS


# A creditor reference on a bank statement ("Referenz RF18 5390 0754 7034", ISO 11649): a payment's.
CREDITOR_REFERENCE_RE = re.compile(r"(?<![\w])RF\d{2}(?:[ ]?[A-Z0-9]{1,4}){1,6}(?![\w])")
# A card's last four digits alone ("**** 4471", "Card ending 8820"): no card number, and no address.
LAST_FOUR_RE = re.compile(r"\*{2,}[ \t]?\d{4}(?!\d)|(?<=\b(?i:ending)(?:[ \t]+in)?[ \t]+)\d{4}(?!\d)")
# An id before the word that says so in Turkish ("FTR2026000318 numaralı fatura", "BL-2026-0147 nolu
# sipariş"), group 1.
ID_BEFORE_CUE_RE = re.compile(
    r"(?<![\w-])((?=[\w/-]*\d)[A-Za-z0-9][\w/-]{3,})[ \t]+(?i:numaral[ıi]|nolu|no'lu)(?![\p{L}])"
)

_CODE_CUE_KEYS = (
    "ref",
    "booking",
    "confirmation",
    "pnr",
    "locator",
    "reserv",
    "buchung",
    "code",
    "référence",
)
# A company's tax or registry number and an internal cost centre after their cue: a business's, no person's,
# and never a phone ("P.IVA 01234567890", "NIP 526-104-08-28", "NPWP 01.234.567.8-901.000", "GSTIN
# 27AAPFU0939F1ZV", "VKN 1234567890", "KvK 12345678", "USt-IdNr. DE123456789", "cost center 4471-903").
TAX_ID_AFTER_CUE_RE = re.compile(
    r"(?<![\w.])(?:(?-i:P\.?[ \t]?IVA|NIP|NPWP|GSTIN|GST|VKN|KvK|KVK|RFC|CNPJ|CIF|SIRET|SIREN|ABN|UEN|BTW|"
    r"TVA|VAT|USt-?IdNr\.?|UID|NUIT|KRA[ \t]PIN)|(?i:partita[ \t]iva|vat[ \t](?:no|number|id|reg)\.?|"
    r"n[º°o]?[ \t]?tva|btw-?nummer|vergi[ \t]no|cost[ \t]cent(?:er|re)|kostenstelle|"
    r"centro[ \t]de[ \t]custos?|centre[ \t]de[ \t]co[uû]ts?|centro[ \t]di[ \t]costo|kostenplaats|mpk))"
    r"(?:[ \t]*[:#]|[ \t]+(?i:no\.?|nr\.?|number))?[ \t]*"
    r"((?=[A-Z0-9.\- ]{0,24}\d)[A-Z0-9](?:[A-Z0-9]|[.\-/][A-Z0-9]|[ \t](?=\d)){3,24})(?![\w])"
)
_TAX_ID_KEYS = (
    "iva",
    "nip",
    "npwp",
    "gst",
    "vkn",
    "kvk",
    "rfc",
    "cnpj",
    "cif",
    "siret",
    "siren",
    "abn",
    "uen",
    "btw",
    "tva",
    "vat",
    "ust",
    "uid",
    "nuit",
    "kra",
    "vergi",
    "cost",
    "kosten",
    "custo",
    "coût",
    "cout",
    "costo",
    "mpk",
)
# A Korean plate: two or three digits, a syllable, four digits ("139마 4937")
KO_PLATE_RE = re.compile(r"(?<![\w])\d{2,3}\p{Hangul}[ \t]?\d{4}(?![\w])")
# A booking code of capitals alone after its cue ("Ref: HQNFRB", "PNR QMEKRN"): no name.
CODE_AFTER_CUE_RE = re.compile(
    r"\b(?i:ref|reference|booking|confirmation|pnr|locator|reservation|réservation|reserva|buchung|"
    r"buchungsnummer|code|référence|referencia|referência)\b\.?(?:[ \t]+(?i:no\.?|number|code|ref))?"
    r"[ \t]*[:#]?[ \t]*([A-Z0-9]{5,8})(?![\w])"
)
# An airport's terminal written short after its name ("Changi T2", "Barajas T4", "Charles de Gaulle T2E"),
# not a flat's type after its word ("Appartement T3").
TERMINAL_CODE_RE = re.compile(
    r"(?<=\p{Lu}\p{Ll}[\p{L}\p{M}]*[ \t])(?<!(?i:appartement|apartment|appart|flat|logement|apt)[ \t])"
    r"T[1-9][A-Z]?(?![\w]|[ \t]\d[A-Z]\d)"
)


def _plate_shaped(value: str) -> bool:
    """Letters and digits both, at most ten of them: a plate, not a postcode-free number or a word."""
    compact = value.replace(" ", "").replace("-", "")
    return 4 <= len(compact) <= 10 and any(c.isdigit() for c in compact) and any(c.isalpha() for c in compact)


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Ids, amounts, dates, times and placeholders: never redacted (cached: several finders ask)."""
    return list(_protected(text))


_DIGIT_RE = re.compile(r"\d")


@lru_cache(maxsize=16)
def free_digits(text: str) -> int:
    """How many digits lie outside protected spans (addresses and phones need some)."""
    count = 0
    cursor = 0
    for start, end in _protected(text):  # sorted by start; spans may overlap
        if start > cursor:
            count += len(_DIGIT_RE.findall(text, cursor, start))
        cursor = max(cursor, end)
    return count + len(_DIGIT_RE.findall(text, cursor))


# ---------------------------------------------------------------------------------------------
# Email
# ---------------------------------------------------------------------------------------------

# (an apostrophe between letters of the local part, "o'brien@…"; a quoted local part, "\"jean dupont\"@…";
# a domain in any script or in its ASCII form, "xn--mnchen-3ya.de")
EMAIL_RE = re.compile(
    r"(?:\"[^\"\n@]{1,64}\"|(?<![\w.+\-'])(?:[\w.+\-]|'(?=\w))*\w)"
    r"@[\w\-]+(?:\.[\w\-]+)*\.(?:\p{L}{2,24}|xn--[\w\-]{2,59})(?![\w\-])",
)


def find_emails(text: str) -> list[Span]:
    if "@" not in text:
        return []
    return [(m.start(), m.end(), 1.0) for m in EMAIL_RE.finditer(text)]


# ---------------------------------------------------------------------------------------------
# Payment cards: every brand, Mastercard 2-series included; Luhn-checked; spaces or dashes
# ---------------------------------------------------------------------------------------------

# Not after "+": "+43 662 59846 609" is an Austrian phone number whose 13 digits pass the Luhn check.
CARD_RE = re.compile(r"(?<![\w\-.+])(?:\d[ \-]?){11,18}\d(?![\w]|[\-.]\d)")


def card_brand(digits: str) -> str | None:
    n = len(digits)
    p1, p2, p3, p4, p6 = digits[0], int(digits[:2]), int(digits[:3]), int(digits[:4]), int(digits[:6])
    if p1 == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "mastercard"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if 2200 <= p4 <= 2204 and 16 <= n <= 19:
        return "mir"
    if (p4 == 6011 or p2 == 65 or 644 <= p3 <= 649 or 622126 <= p6 <= 622925) and 16 <= n <= 19:
        return "discover"
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return "jcb"
    if p4 in (2131, 1800) and n == 15:
        return "jcb"
    if (300 <= p3 <= 305 or p2 in (36, 38, 39) or p4 == 3095) and 14 <= n <= 19:
        return "diners"
    if p2 == 62 and 16 <= n <= 19:
        return "unionpay"
    if (p2 in (50, 56, 57, 58) or p1 == "6") and 12 <= n <= 19:
        return "maestro"
    if p1 == "1" and n == 15:
        return "uatp"
    return None


def find_cards(text: str) -> list[Span]:
    out = []
    for m in CARD_RE.finditer(text):
        raw = m.group()
        digits = raw.replace(" ", "").replace("-", "")
        if not 12 <= len(digits) <= 19 or not _luhn_ok(digits):
            continue
        # separators, when present, must be consistent groups (no "12 3456-7 8...")
        if card_brand(digits) or len(digits) == 16:
            out.append((m.start(), m.end(), 1.0))
    return out


# ---------------------------------------------------------------------------------------------
# IBAN: country length + ISO 7064 mod-97 checksum
# ---------------------------------------------------------------------------------------------

IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
    "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
    "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
    "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    # joined the registry since 2020
    "BI": 27, "DJ": 27, "FK": 18, "HN": 28, "LY": 25, "MN": 20, "NI": 28, "OM": 23, "RU": 33, "SD": 18,
    "SO": 23, "YE": 30,
}  # fmt: skip
# Countries with national IBAN-like account numbers outside the registry (the partners' own formats):
# only a checksum that holds counts for them.
IBAN_LIKE_LENGTH = 34

# (the country code may stand apart from its check digits, "DE 89 3704 …", when written in capitals)
IBAN_START_RE = re.compile(r"(?<![\w])([A-Z]{2})(?:(?<=(?-i:[A-Z]{2}))[ \u00a0])?(\d{2})", re.IGNORECASE)
_IBAN_BLANKS = frozenset(" \u00a0\u2007\u2009\u202f")
# The shortest IBAN-like number outside the registry (Thailand's, as Faker writes it, has 14 characters).
IBAN_LIKE_MIN = 14


def iban_valid(compact: str) -> bool:
    """The mod-97 checksum holds. The registry's length for the country is not required: a mistyped or
    foreign-format account number (a 21-character "GB" one) is still someone's account."""
    compact = compact.upper()
    if not IBAN_LIKE_MIN <= len(compact) <= 34 or not compact.isalnum() or not compact[2:4].isdigit():
        return False
    return int((compact[4:] + compact[:4]).translate(_IBAN_DIGITS)) % 97 == 1


_IBAN_DIGITS = str.maketrans({ch: str(int(ch, 36)) for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})


# The separators between an IBAN's groups: a blank of any width, a dash, a dot or a line break, or two of
# them ("DE89  3704", "DE89.3704", "DE89 3704\n0044"); never two marks, nor a dot and a blank, which end
# a sentence.
_B = "[ \u00a0\u2007\u2009\u202f]"
_IBAN_GAP = r"(?:" + _B + r"{1,2}|[\-.\n]|" + _B + r"[\-\n]|[\-\n]" + _B + r")"
_IBAN_GROUPS_RE = re.compile(r"[A-Za-z0-9]+(?:" + _IBAN_GAP + r"[A-Za-z0-9]+)*")
_IBAN_TAIL_RE = re.compile(_IBAN_GAP + r"?[A-Za-z0-9]+(?:" + _IBAN_GAP + r"[A-Za-z0-9]+)*")
_ALNUM_RUN_RE = re.compile(r"[A-Za-z0-9]+")


def _iban_run(text: str, m, limit: int) -> tuple[str, int]:
    """The IBAN's characters from its country code on, up to `limit`, separators allowed between groups
    (`_IBAN_GAP`); (characters, end offset)."""
    chars, need, pos = [m.group(1), m.group(2)], limit - 4, m.end()
    run = _IBAN_TAIL_RE.match(text, pos, min(len(text), pos + 3 * need)) if need else None
    if run:
        for group in _ALNUM_RUN_RE.finditer(text, pos, run.end()):
            size = min(need, group.end() - group.start())
            chars.append(text[group.start() : group.start() + size])
            need -= size
            pos = group.start() + size
            if not need:
                break
    return "".join(chars), pos


def find_ibans(text: str) -> list[Span]:
    out = []
    for m in IBAN_START_RE.finditer(text):
        if m.group(1) == "RF":
            continue  # a creditor reference (ISO 11649: the same checksum), a payment's, no account
        length = IBAN_LENGTHS.get(m.group(1).upper())
        if not length:
            # A country the registry does not list (yet): the checksum alone, over at least 16
            # characters of groups ("AR52 DVBX 9731 ..."); one random code in 97 passes it, so a short
            # reference does not.
            if end := _checksum_run_end(text, m.start(), IBAN_LIKE_LENGTH, need=_long_enough):
                out.append((m.start(), end, 0.85))
            continue
        compact, pos = _iban_run(text, m, length)
        if len(compact) == length and not (pos < len(text) and text[pos].isalnum()) and iban_valid(compact):
            out.append((m.start(), pos, 1.0))
            continue
        # Not the registry's length: the longest run up to a group's end whose checksum holds (a
        # mistyped or foreign-format account number).
        if end := _checksum_run_end(text, m.start(), 34):
            out.append((m.start(), end, 0.9))
    return out


def _checksum_run_end(text: str, start: int, limit: int, need=None) -> int | None:
    """The end of the longest run of groups from `start` (up to a group's end) that `need` accepts,
    whose checksum holds and which looks like an account number; None when there is none."""
    ends = _group_ends(text, start, limit)
    if not ends:
        return None
    full = _NOT_ALNUM_RE.sub("", text[start : ends[-1][0]])
    # (no run past a group of other than four characters, nor past one before a group without a digit,
    # can look like an account: `_shaped_like_an_account` would refuse it, so its checksum is not computed)
    previous, fours, digits = 0, len(ends), len(ends)
    for i, (end, count) in enumerate(ends):
        size, previous = count - previous, count
        if i < 2:  # (the first groups may be a country code standing apart: "TH 37 …")
            continue
        if size != 4:
            fours = min(fours, i + 1)
        if not any(ch.isdigit() for ch in text[end - size : end]):
            digits = min(digits, i)
        if i >= max(fours, digits):
            break
    ends = ends[: max(fours, digits)]
    for end, count in reversed(ends):
        compact = full[:count]
        if count < IBAN_LIKE_MIN:
            break
        if (
            (need is None or need(compact))
            and iban_valid(compact)
            and _shaped_like_an_account(text[start:end], compact)
        ):
            return end
    return None


_NOT_ALNUM_RE = re.compile(r"[^A-Za-z0-9]+")


def _shaped_like_an_account(run: str, compact: str) -> bool:
    """An account number's look, for a run the registry's length does not vouch for: its characters
    (`_account_like`) in one group, in groups of four or in groups that each hold a digit ("ed18658a from
    the 28013" is a trip id and words, whatever its checksum); or groups of four in any case. (A country
    code standing apart, "TH 37 9145 …", opens the first group.)"""
    if run[2:3] in _IBAN_BLANKS and run[3:4].isdigit():
        run = run[:2] + run[3:]
    if _in_fours(run):
        return True
    if not _account_like(compact):
        return False
    groups = _NOT_ALNUM_RE.split(run)
    return all(any(ch.isdigit() for ch in g) for g in groups)


def _in_fours(run: str) -> bool:
    """Written in groups of four, the last shorter, mostly digits, whatever the case ("gB07 tCyI 5856 …")."""
    groups = _NOT_ALNUM_RE.split(run)
    return (
        len(groups) >= 4
        and all(len(g) == 4 for g in groups[:-1])
        and sum(ch.isdigit() for ch in run) * 2 >= sum(len(g) for g in groups)
    )


def _long_enough(compact: str) -> bool:
    """Sixteen characters or more; fourteen or fifteen when all but the country code are digits."""
    return len(compact) >= 16 or (len(compact) >= IBAN_LIKE_MIN and compact[2:].isdigit())


def _account_like(compact: str) -> bool:
    """An account number's characters: letters of one case (the first may be a capital, opening a
    sentence: "Ph05 …"), and mostly digits ("CH51 2LU at 9am. Can" is a postcode and a sentence,
    whatever its checksum)."""
    letters = [ch for ch in compact[1:] if ch.isalpha()]
    same_case = all(ch.isupper() for ch in letters) or all(ch.islower() for ch in letters)
    return same_case and sum(ch.isdigit() for ch in compact) * 2 >= len(compact)


def _group_ends(text: str, start: int, limit: int) -> list[tuple[int, int]]:
    """Offsets where a run of groups (alphanumerics, blanks, dashes or dots between) may end, each with
    the count of alphanumerics up to it, `limit` alphanumerics at most."""
    stop = min(len(text), start + 3 * limit)  # (a character and a separator of two, at most, each)
    m = _IBAN_GROUPS_RE.match(text, start, stop)
    if not m:
        return []
    ends, count = [], 0
    for group in _ALNUM_RUN_RE.finditer(text, start, m.end()):
        count += group.end() - group.start()
        if count > limit or (
            group.end() == stop < len(text) and text[stop].isascii() and text[stop].isalnum()
        ):
            break
        ends.append((group.end(), count))
    return ends


# ---------------------------------------------------------------------------------------------
# Phone numbers: E.164 and the national formats of US, GB, DE, FR, ES (phonenumbers decides)
# ---------------------------------------------------------------------------------------------

PHONE_REGIONS = ("US", "GB", "DE", "FR", "ES")
# Blanks of other widths and the dashes of Unicode, which word processors put between a number's groups
# ("+352 27 12 34 56", "+1 800–212–3456"): read as a blank and a hyphen.
_PHONE_GAPS = "\u00a0\u2007\u2009\u202f\u2010-\u2015\u2212"
_PHONE_GAP_TABLE = str.maketrans(
    {
        **{ch: " " for ch in "\u00a0\u2007\u2009\u202f"},
        **{ch: "-" for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"},
    }
)
# (a number written against the letters of Chinese, Japanese or Korean, which use no blanks, is one:
# "電話は090-4412-7783です")
_WORD_NOT_CJK = r"[^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
# An extension's word in the desk's languages: "ext. 204", "poste 12", "wew. 14" (Polish), "mellék 3"
# (Hungarian), "dahili 31" (Turkish), "toestel 12" (Dutch), "ankn. 5" (Swedish), "linka 20" (Czech).
_EXTENSION_WORDS = (
    r"x|ext\.?|extension|int\.?|poste|ramal|durchwahl|dw\.?|wew\.?|wewn\.?|mellék|dahili|toestel|tst\.?|"
    r"ankn\.?|anknytning|linka|lokal"
)
PHONE_CANDIDATE_RE = re.compile(
    # (after a comma only where it follows a word: "Adebayo-Okafor,0817 342 9981", not "1,5")
    r"(?<!" + _WORD_NOT_CJK + r"|[@+./\-:]|[\d\p{P}\p{S}],|^,)"
    r"(?:\+|\b00)?(?:\(\s?\+?\d{1,5}(?:[\s\-]\d{1,4})?\s?\)|\d)"
    # (a full stop and a blank end a sentence, not a group: "at 14.30. 001-617-396-9967")
    r"(?:\d|(?!\.[ \t])[ \t.\-/" + _PHONE_GAPS + r"]{1,2}(?=[\d(])|\(\d{1,5}\)|\s?\(0\)\s?)*"
    r"(?:\s?\(?(?:" + _EXTENSION_WORDS + r")\s?\d{1,6}\)?)?"
    r"(?!" + _WORD_NOT_CJK + r"|[.,\-/]\d)",
    re.IGNORECASE,
)
IPV4_RE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_EXT_RE = re.compile(r"\s?\(?(?:" + _EXTENSION_WORDS + r")\s?\d{1,6}\)?$", re.IGNORECASE)


def _phone_plausible(candidate: str, regions: tuple[str, ...] = ()) -> bool:
    """A number some region's plan allows: international ones by their code; national ones of seven
    digits or more in the default regions; of six when valid in a region the message names (`regions`)."""
    core = _EXT_RE.sub("", candidate.translate(_PHONE_GAP_TABLE))
    if core.startswith(("+", "00")):
        core = core.replace("(0)", "")  # the trunk prefix kept in brackets is dialled at home only
    digits = "".join(ch for ch in core if ch.isdigit())
    if core.startswith("00"):  # the international prefix is no digit of the number
        digits = digits[2:]
    if not 6 <= len(digits) <= 15:
        return False
    if core.count("(") != core.count(")"):
        return False
    if core.startswith("+") or core.startswith("00"):
        # a short number of a small country ("+290 8999", "+31 14020") when its region's plan has it
        return len(digits) >= 8 or _valid_international(core)
    if len(digits) < 7:
        return len(digits) == 6 and not core.isdigit() and _valid_in(core, regions)
    return _reads_in(core, PHONE_REGIONS, phonenumbers.is_possible_number)


def _valid_in(core: str, regions: tuple[str, ...]) -> bool:
    return _reads_in(core, regions, phonenumbers.is_valid_number)


def _reads_in(core: str, regions: Iterable[str], check: Callable[[PhoneNumber], bool]) -> bool:
    """Whether `core`, read as a national number of one of `regions`, passes `check`."""
    for region in regions:
        try:
            number = phonenumbers.parse(core, region)
        except phonenumbers.NumberParseException:
            continue
        if check(number):
            return True
    return False


# The countries a message names ("I'm in Luxembourg", "Greenland 3910"), in the languages of phonenumbers'
# region names (en, de, fr, es, pt, it, nl): a national number is read with their plans. The names come from
# words/region_names.tsv, which scripts/make_region_names.py writes from phonenumbers' table of every
# language (about 100 MiB once imported, which no redacting process should carry).
@lru_cache(maxsize=1)
def _country_names_by_words() -> dict[tuple[str, ...], str]:
    names: dict[tuple[str, ...], str] = {}
    for line in (WORDS / "region_names.tsv").read_text(encoding="utf-8").splitlines():
        words, region = line.split("\t")
        names[tuple(words.split(" "))] = region
    return names


_NAME_WORD_RE = re.compile(r"[\p{L}\p{M}]+")


def regions_named(text: str) -> tuple[str, ...]:
    """The regions whose country a message names (one to four words), in the order they are written."""
    names = _country_names_by_words()
    words = _NAME_WORD_RE.findall(text.casefold())
    found = []
    for i in range(len(words)):
        for size in (4, 3, 2, 1):
            region = names.get(tuple(words[i : i + size]))
            if region:
                found.append(region)
                break
    return tuple(dict.fromkeys(found))


def _valid_international(core: str) -> bool:
    try:
        number = phonenumbers.parse("+" + core[2:] if core.startswith("00") else core, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


# A short local number (six or eight digits in pairs, as in Denmark, Norway or Iceland) counts only
# after a cue that says it is one: "call me at 33 66 18", "Phone:\n94 20 56".
SHORT_CUED_PHONE_RE = re.compile(
    # (the number's look-ahead first: the cue behind is read only where such a number starts)
    r"(?=\d{1,4}[ .\-]\d)(?<!\d[ .\-]?)"
    r"(?<=\b(?i:call|ring|text|phone|tel|telephone|mobile|cell|whatsapp|reach|dial|fax|landline|answering|"
    r"desk|sms|(?:messages?|texts?|sms)[ \t]+(?:to|from)|"
    r"handy|mobil|m[óo]vil|celular|cellulare|mobiel|portable|t[ée]l[ée]?fon[eo]?|"
    r"(?:mich|uns)[ \t]+unter|(?:moi|nous)[ \t]+au|(?:me|nos|mi|ci)[ \t]+al|me[ \t]+op|"
    r"(?:my|meine?|mi|mon|meu|mijn|il[ \t]+mio)[ \t]+(?:new[ \t]+)?(?:number|nummer|n[úu]mero|num[ée]ro)"
    r"(?:[ \t]+(?:is|ist|es|est|é|è|le))*|"
    r"(?:phone|mobile|cell|contact|telephone)[ \t]+(?:number|no\.?)|registered)"
    r"(?:[ \t]+(?i:me|us|you|him|her))?(?:[ \t]+(?i:at|on))?[ \t]*[:.]?\s*)"
    # (in pairs or other groups, "4 551 47": six to eight digits, which find_phones counts)
    r"\d{1,4}(?:[ .\-]\d{1,4}){1,3}(?![\w,:/\-]|\.\w|[ \t]?\d)"
    # (and its extension: "92 58 21 ext. 12")
    r"(?:[ \t]?\(?(?i:x|ext\.?|extension|poste|durchwahl|wew\.?|wewn\.?|mellék|dahili|toestel|tst\.?|"
    r"ankn\.?|anknytning|linka|lokal)[ \t]?\d{1,6}\)?(?![\w]))?"
    # or a signature's line labelled after the number ("81 76 58 office", "22 19 16 (home)",
    # "81 76 58-Office\\,81 76 58-Fax")
    r"|(?<=(?:(?m:^)|[,;/\\])[ \t>]*)\d{2}[ .\-]\d{2}[ .\-]\d{2}(?:[ .\-]\d{2})?"
    r"(?=(?:[ \t]+|[ \t]?-[ \t]?)\(?(?i:office|home|work|mobile|cell|fax|landline|tel)\)?[ \t]*"
    r"(?:(?m:$)|[,;/\\]))"
)


# An id's cue right before a number ("order 4471 2039", "Bestellung Nr. 0815 4711"): the number is the
# order's, never a phone (the id finder protects its first group only), unless it has a phone's own shape:
# international ("order +44 7700 900123") or national with its trunk zero and 9-12 digits ("invoice
# 0612345678"), where security comes first.
_ID_CUE_BEFORE_RE = re.compile(
    r"(?<![\w])" + _ID_CUES + r"s?\.?(?:[ \t]?(?:id|no\.?|number|num|nr\.?|#|code|ref))?[ \t]*[:#]?[ \t]*$",
    re.IGNORECASE,
)


_PHONE_OWN_SHAPE_RE = re.compile(r"\(?(?:\+|00)|0(?=(?:[^\d]*\d){9,12}[^\d]*$)")


# Six to eight digits in the groups of an amount or a date are no short phone number, even after "reach" or
# "text": "reach 1 234 567 riders", "text 2026 11 02", "call 02.11.2026".
_AMOUNT_OR_DATE_SHAPE_RE = re.compile(
    r"\d{1,3}([ .])\d{3}(?:\1\d{3})*(?!\d)|(?:19|20)\d{2}([ .\-])\d{1,2}\2\d{1,2}(?!\d)"
    r"|\d{1,2}([ .\-])\d{1,2}\3(?:19|20)\d{2}(?!\d)"
)


def find_phones(text: str) -> list[Span]:
    if free_digits(text) < 6:
        return []
    out = [
        (m.start(), m.end(), 0.7)
        for m in SHORT_CUED_PHONE_RE.finditer(text)
        if 6 <= sum(ch.isdigit() for ch in _EXT_RE.sub("", m.group())) <= 8
        and not _AMOUNT_OR_DATE_SHAPE_RE.fullmatch(_EXT_RE.sub("", m.group()))
        and not _ID_CUE_BEFORE_RE.search(text, max(0, m.start() - 24), m.start())
    ]
    local: list[tuple[int, int, str]] = []  # six digits in groups: read once the message's regions are known
    for m in PHONE_CANDIDATE_RE.finditer(text):
        start, end = m.span()
        candidate = m.group().rstrip(" .-/" + _PHONE_GAPS)
        end = start + len(candidate)
        digits = sum(ch.isdigit() for ch in candidate)
        if digits < 6:
            continue
        # (an address of four numbers is one when it is valid; "078.123.45.67" is not, and a number)
        if IPV4_RE.fullmatch(candidate) and _personal_ip(candidate):
            continue
        if _ID_CUE_BEFORE_RE.search(text, max(0, start - 24), start) and not _PHONE_OWN_SHAPE_RE.match(
            candidate
        ):
            continue
        if digits == 6 and candidate[0] not in "+0":
            local.append((start, end, candidate))
        elif _phone_plausible(candidate):
            out.append((start, end, 0.8))
    if local:
        # the regions of the countries the message names and of its international numbers
        # ("home +352 25 74 47 / work 22 56 24": the second is a number of Luxembourg too)
        regions = regions_named(text) + tuple(
            region
            for start, end, _ in out
            if text[start] == "+" or text.startswith("00", start)
            for region in [_region_of(text[start:end])]
            if region
        )
        out += [(start, end, 0.8) for start, end, candidate in local if _phone_plausible(candidate, regions)]
    return out


def _region_of(number: str) -> str | None:
    core = _EXT_RE.sub("", number.translate(_PHONE_GAP_TABLE)).replace("(0)", "")
    try:
        parsed = phonenumbers.parse("+" + core[2:] if core.startswith("00") else core, None)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.region_code_for_number(parsed)


# ---------------------------------------------------------------------------------------------
# IP addresses, v4 and v6: they point at a device, and often at a person (GDPR recital 30)
# ---------------------------------------------------------------------------------------------

IPV4_CANDIDATE_RE = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
IPV6_CANDIDATE_RE = re.compile(
    r"(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:|:){1,7}(?::|[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})(?:%\w+)?(?![\w:])"
)


def _personal_ip(candidate: str) -> bool:
    """A valid address that can point at someone (not loopback, unspecified or link-local)."""
    try:
        address = ipaddress.ip_address(candidate.split("%", 1)[0])
    except ValueError:
        return False
    return not (address.is_loopback or address.is_unspecified or address.is_link_local)


# An app's, firmware's or build's version written with four numbers ("App-Version 4.12.0.3", "versão
# 6.2.0.4", "toleo la app 3.8.0.2", "wersja aplikacji 4.0.2.118") right after its word in the desk's
# languages; not when an address's word stands between ("app, IP 81.2.69.160").
VERSION_BEFORE_RE = re.compile(
    r"(?i:(?<![\w])(?:v(?:er)?\.?|version|versi[oó]n|vers[aã]o|versione|versie|versi|wersj[aiię]|"
    r"s[uü]r[uü]m[uü]?|toleo|build|firmware|release|app|apk|aplikasi|aplikacji|uygulama)"
    r"(?:[ \t]*[-:][ \t]*|[ \t]+)(?:(?:is|es|est|ist|è|é|era|was|jest)[ \t]+)?)$"
)
_NOT_A_VERSION_RE = re.compile(
    r"(?i:\b(?:ip|ipv4|address|adres\w*|adresse|direcci[oó]n|endere[cç]o|indirizzo)\b)"
)
# A private address (10.x, 192.168.x, …) points at a device only inside its own network: with a version's
# or build's word in its sentence after it ("the crash log mentions 10.6.14.2, which I guess is the version")
# it is that version; "I could not log in from 192.168.1.20" stays an address.
VERSION_AFTER_RE = re.compile(
    r"(?i:[^.!?\n]{0,40}?\b(?:version|versi[oó]n|vers[aã]o|versione|versie|wersj\w|s[uü]r[uü]m\w*|build|firmware)\b)"
)

# (where a login or a connection came from: "Anmeldung von 10.4.2.8, App-Version 2.0" is an address)
_CONNECTION_BEFORE_RE = re.compile(
    r"(?i:\b(?:ip|from|von|vom|van|de|desde|dari|kutoka|z|da|dall|login|log[ \t]?in|logged|anmeldung|"
    r"connexion|accesso|acesso|acceso|giri[sş]|address|adresse|dirección|endereço|indirizzo)\b)"
)


def _a_version(text: str, start: int, end: int, candidate: str) -> bool:
    before = text[max(0, start - 40) : start]
    m = VERSION_BEFORE_RE.search(before)
    if m and not _NOT_A_VERSION_RE.search(before[-20:]) and not _CONNECTION_BEFORE_RE.search(m.group()):
        return True
    if ipaddress.ip_address(candidate).is_private and not _CONNECTION_BEFORE_RE.search(before[-30:]):
        return bool(VERSION_AFTER_RE.match(text, end, min(len(text), end + 60)))
    return False


def find_ips(text: str) -> list[Span]:
    out = []
    if text.count(".") >= 3:
        out += [
            (m.start(), m.end(), 0.95)
            for m in IPV4_CANDIDATE_RE.finditer(text)
            if _personal_ip(m.group()) and not _a_version(text, m.start(), m.end(), m.group())
        ]
    if text.count(":") >= 2:
        for m in IPV6_CANDIDATE_RE.finditer(text):
            # A clock ("10:45:30") has too few groups and no "::"; ipaddress decides the rest.
            if (m.group().count(":") >= 3 or "::" in m.group()) and _personal_ip(m.group()):
                out.append((m.start(), m.end(), 0.95))
    return out


# ---------------------------------------------------------------------------------------------
# Web addresses a customer gives (their site, a photo, a profile) and the numbers of identity
# documents after their cue (driving licence, passport, national id, social security)
# ---------------------------------------------------------------------------------------------

URL_RE = re.compile(r"(?i:\b(?:https?://|www\.))[^\s<>\"'`\[\]{}|\\^]+")
_LOCAL_HOST_RE = re.compile(
    r"(?i:^(?:https?://)?(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[?::1\]?)(?:[:/]|$))"
)


def find_urls(text: str) -> list[Span]:
    out = []
    for m in URL_RE.finditer(text):
        value = m.group().rstrip(".,;:!?)'\"")
        if len(value) > 8 and not _LOCAL_HOST_RE.match(value):
            out.append((m.start(), m.start() + len(value), 0.8))
    return out


DOCUMENT_RE = re.compile(
    # (the look-ahead first, which the number needs anyway: the cue behind is read only where one starts)
    r"(?=[A-Za-z]{0,3}\d)"
    r"(?<=\b(?i:(?:driver'?s'?[ \t]+|driving[ \t]+)?licen[cs]e(?![ \t]+plate)|passport|national[ \t]+id|"
    r"id[ \t]+card|identity[ \t]+card|social[ \t]+security|ssn|tax[ \t]+id|dl)"
    r"(?:[ \t]+(?i:number|no\.?|num|#))?(?:[ \t]+(?i:is))?[ \t]*[:#\-]?[ \t]*)"
    r"[A-Za-z]{0,3}\d[A-Za-z\d\-]{3,18}(?![\w])"
)


# The cue words alone: the full pattern reads its cue behind every position, so it runs only where one is.
_DOCUMENT_CUE_RE = re.compile(r"(?i:licen[cs]e|passport|\bid\b|identity|security|\bssn|\btax|\bdl\b)")


def find_documents(text: str) -> list[Span]:
    if not _DOCUMENT_CUE_RE.search(text):
        return []
    return [
        (m.start(), m.end(), 0.85)
        for m in DOCUMENT_RE.finditer(text)
        if sum(ch.isdigit() for ch in m.group()) >= 5
    ]


# ---------------------------------------------------------------------------------------------
# Street addresses and postcodes (US, UK, EU)
# ---------------------------------------------------------------------------------------------

# USPS street suffixes (C1) and their common abbreviations, plus British ones.
EN_SUFFIXES = (
    "alley|allee|aly|avenue|ave|av|bend|bluffs?|bottom|boulevard|blvd|branch|bridge|brooks?|burgs?|bypass|"
    "byway|camp|canyon|cape|causeway|center|centre|centers|circles?|cir|cliffs?|close|club|common|commons|"
    "corners?|course|courts?|ct|coves?|creek|crescent|cres|crest|crossing|crossroads?|curve|dale|dam|divide|"
    "drives?|dr|embankment|estates?|expressway|expy|extensions?|falls?|ferry|fields?|flats?|fords?|forest|"
    "forges?|forks?|fort|freeway|fwy|gardens?|gdns|gate|gateway|glens?|greens?|groves?|gr|harbou?rs?|haven|"
    "heights|hts|highway|hwy|hills?|hollow|inlet|islands?|isle|junctions?|keys?|knolls?|lakes?|land|landing|"
    "lane|ln|lights?|loaf|locks?|lodge|loop|mall|manors?|meadows?|mews|mills?|mission|motorway|mount|"
    "mountains?|neck|orchard|oval|overpass|parade|parks?|parkways?|pkwy|pass|passage|path|pike|pines?|"
    "place|pl|plains?|plaza|points?|ports?|prairie|promenade|quay|radial|ramp|ranch|rapids?|rest|ridges?|"
    "rise|river|road|rd|roads|route|row|run|shoals?|shores?|skyway|springs?|spurs?|squares?|sq|stations?|"
    "stravenue|stream|streets?|st|summit|terrace|terr|throughway|trace|track|trafficway|trail|trl|tunnel|"
    "turnpike|underpass|unions?|vale|valleys?|viaduct|views?|villages?|ville|vista|walks?|wall|way|ways|"
    "wells?|wharf|yard|via"
)
FR_TYPES = (
    "rue|avenue|av\\.|bd|bld|boulevard|boul\\.|chemin|place|pl\\.|impasse|all[ée]e|quai|route|cours|passage|square|"
    "faubourg|fbg|voie|sentier|rond-point|promenade|esplanade|parvis|villa|cit[ée]|hameau|r[ée]sidence|"
    "mont[ée]e|traverse|carrer|avinguda|passeig|pla[çc]a"
)
ES_IT_PT_TYPES = (
    "calle|c/|c\\.|avenida|avda\\.?|av\\.|paseo|p[º°]\\.?|po\\.|plaza|pza\\.?|pl\\.|camino|ronda|traves[íi]a|"
    "carretera|ctra\\.?|glorieta|callej[óo]n|rambla|v[íi]a|vial|viale|piazza|p\\.za|corso|largo|vicolo|rua|"
    "pra[çc]a|travessa|estrada|urbanizaci[óo]n|urb\\.|pasaje|psje\\.?|alameda|cuesta|ca[ñn]ada|acceso|"
    "pasadizo|senda|bajada|subida|plazuela|carrera|costanilla|traversa|ronda|"
    # Italian, Romanian, Polish, Indonesian and Malay streets named after their type
    "canale|contrada|borgo|rotonda|stretto|piazzale|incrocio|strada|aleea|intrarea|calea|bulevardul|"
    "splaiul|[șşs]oseaua|drumul|pia[țţt]a|ulica|ul\\.|aleja|al\\.|osiedle|os\\.|plac|rynek|jalan|jl\\.|"
    "gg\\.|gang|lorong|persiaran|lebuh"
)
# Street types written after the name as a word of their own ("Ligetvári utca 235.", "Bağdat caddesi 12",
# "Brīvības iela 21", "Vilniaus g. 5"): the name, the type, the house number.
SEPARATE_TYPES = (
    r"utca|u\.|út|útja|tér|tere|körút|krt\.|köz|sor|fasor|sétány|rakpart|ulica|ulice|náměstí|nám\.|"
    r"třída|tř\.|cesta|trg|iela|gatvė|g\.|tänav|mnt\.?|sokak|sokağı|sk\.|sok\.|caddesi|cad\.|cd\.|bulvarı|blv\.|"
    r"bulv\.|bulevar|"
    r"küçəsi|prospekti|vej|gade|gata|gatan|vägen|veien|katu|tie|straat|laan"
)
DE_NL_SUFFIX = (
    "straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|graben|stieg|"
    "kamp|wall|hof|berg|tor|brücke|anger|zeile|straat|laan|plein|gracht|kade|dijk|singel|steeg|vej|gade|"
    "pad|dreef|baan|plantsoen|"
    "gata|gatan|vägen|veien|veg|gate|katu|tie|utca|ulica|cesta|enparantza|kalea|bidea"
)
DE_NL_DISTINCT = "straße|strasse|str\\.|allee|gasse|platz|straat|laan|gracht|chaussee|damm|ufer|plein|kalea"
DE_SEPARATE = "straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|markt"
PARTICLES = (
    r"(?:de|del|de la|de las|de los|la|las|los|le|les|du|des|d'|l'|di|da|do|dos|della|van|von|der|den|am|an|"
    r"of|y|e|et|sur|aux|à)"
)
# English function words, which never make up a street or city name (a few that do are left out).
_STREET_WORDS_IN_STOP_LIST = {
    "first",
    "last",
    "side",
    "top",
    "front",
    "back",
    "bottom",
    "well",
    "may",
    "will",
}
# ... and words that follow an address in a sentence ("… 75001 paris instead").
_AFTER_ADDRESS_WORDS = {
    "instead",
    "asap",
    "thanks",
    "thank",
    "please",
    "tomorrow",
    "today",
    "tonight",
    "yesterday",
}

# (made once: the union costs more than a look-up)
_STOP_OR_AFTER_ADDRESS = frozenset(STOP_WORDS | _AFTER_ADDRESS_WORDS)

_STOP_ALT = "|".join(
    sorted(
        (w for w in STOP_WORDS | _AFTER_ADDRESS_WORDS if w.isalpha() and w not in _STREET_WORDS_IN_STOP_LIST),
        key=len,
        reverse=True,
    )
)


def word_trie(words) -> str:
    """An alternation of `words` (letters only) factored by their prefixes: "a(?:bout|gain)?|…", which
    matches the same strings as "about|again|a|…" but is tried a letter at a time instead of a word at a
    time. Where only whether one of them matches counts (a lookahead followed by a word boundary), the
    two are interchangeable."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alternatives = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = "(?:" + "|".join(alternatives) + ")"
        return body + "?" if "" in node else body

    return build(trie)


# (a lookahead over some 300 words before every capitalised word of a street or town: the factored form
# costs a third of the plain one in most patterns; in the three that use _NOT_STOP_PLAIN, measured, the
# plain one is cheaper)
_NOT_STOP = r"(?!(?i:" + word_trie(_STOP_ALT.split("|")) + r")\b)"
_NOT_STOP_PLAIN = r"(?!(?i:" + _STOP_ALT + r")\b)"
_CAP = r"\p{Lu}[\p{L}\p{M}'’\-]*"
# A city: up to six capitalised words (not English function words), with the particles of European place
# names between them ("Neustadt an der Weinstraße", "Espinosa de los Monteros", "Sainte-Foy-lès-Lyon").
CITY = (
    r"(?:St\.?\s|Ste\.?\s|The\s)?"
    + _NOT_STOP
    + _CAP
    + r"(?:[ \-](?:(?i:"
    + PARTICLES
    + r")[ \-])?"
    + _NOT_STOP
    + _CAP
    + r"){0,5}"
)
_CITY_PLAIN = CITY.replace(_NOT_STOP, _NOT_STOP_PLAIN)
_SEP = r"[ \t]*,?[ \t]*\n?[ \t]*"

_HOUSE = r"\d{1,5}(?:\s?[A-Za-z](?![\p{L}]))?(?:[\-/]\d{1,4}[A-Za-z]?){0,2}"
_EN_NAME_WORD = _NOT_STOP + r"[\p{L}][\p{L}\p{M}'’.\-]*"

SEPARATE_TYPE_CUE_RE = re.compile(r"[ \t](?i:" + SEPARATE_TYPES + r")[ \t]+\d")
SEPARATE_TYPE_STREET_RE = re.compile(
    r"(?<![\p{L}\p{M}\d])"
    + _NOT_STOP
    + r"\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \t]+"
    + _NOT_STOP
    + r"\p{Lu}[\p{L}\p{M}'’\-]*){0,2}[ \t]+(?i:"
    + SEPARATE_TYPES
    + r")[ \t]+\d{1,4}[A-Za-z]?(?:[/\-]\d{1,4}[A-Za-z]?)?\.?(?![\w])"
)

EN_STREET_RE = re.compile(
    r"(?<![\w.,$€£:/])" + _HOUSE + r",?\s+(?:" + _EN_NAME_WORD + r"\s+){0,3}" + _EN_NAME_WORD + r"\s+"
    r"(?i:" + EN_SUFFIXES + r")\b\.?"
)
FR_STREET_RE = re.compile(
    r"(?<![\w.,$€£:/])\d{1,4}(?:\s?(?i:bis|ter|[a-d]))?,?\s+(?i:" + FR_TYPES + r")\s+"
    r"(?:(?i:" + PARTICLES + r")\s*)?[\p{L}][\p{L}\p{M}'’\-]*"
    r"(?:\s+(?:(?i:" + PARTICLES + r")\s*)?\p{Lu}[\p{L}\p{M}'’\-]*){0,4}"
)
ES_STREET_RE = re.compile(
    r"\b(?i:" + ES_IT_PT_TYPES + r")\s*(?:(?i:" + PARTICLES + r")\s+)?[\p{L}\d][\p{L}\p{M}'’.\-]*"
    r"(?:\s+(?:(?i:" + PARTICLES + r")\s+)?[\p{L}][\p{L}\p{M}'’.\-]*){0,4}?"
    r",?\s*(?i:n[ºo°]\.?\s*|num\.?\s*|número\s*|nr\.?\s*)?\d{1,4}[A-Za-z]?(?:[\-/]\d{1,4})?\b"
)
DE_STREET_RE = re.compile(
    # (the lookaheads only let the engine try the suffixes on words that a house number follows)
    r"\b(?:\p{Lu}\p{Ll}+\s(?=\p{Lu}\p{L}*-))?(?=\p{Lu}[\p{L}\-]*\.?\s*\d)\p{Lu}[\p{L}\-]*(?i:"
    + DE_NL_SUFFIX
    + r")\s*\d{1,4}\s?[a-zA-Z]?(?:[\-/]\d{1,4}[a-z]?){0,2}\b"
    r"|\b(?=[\p{L}\-]+\.?\s*\d)[\p{L}][\p{L}\-]*(?i:"
    + DE_NL_DISTINCT
    + r")\s*\d{1,4}\s?[a-zA-Z]?(?:[\-/]\d{1,4}[a-z]?){0,2}\b"
    r"|\b(?=\p{Lu}[\p{L}\-]*\s+[\p{L}.]+\s+\d)\p{Lu}[\p{L}\-]*\s+(?i:"
    + DE_SEPARATE
    + r")\s+\d{1,4}\s?[a-zA-Z]?(?:[\-/]\d{1,4}[a-z]?){0,2}\b"
    r"|\b(?:Am|An (?i:der|den)|Auf (?i:der|dem)|Im|In (?i:der)|Unter (?i:den)|Zum|Zur|Hinter (?i:der|dem)"
    r"|Alt)"
    r"\s+\p{Lu}[\p{L}\-]+\s+\d{1,4}\s?[a-z]?\b"
)
_UNIT_WORDS = (
    r"apt|apartment|unit|suite|ste|flat|floor|room|rm|bldg|building|studio|box|piso|puerta|pta|escalera|esc|"
    r"[ée]tage|b[âa]t(?:iment)?|wohnung|whg|appartement|bl|sc|ap|lok|lokal|int|depto|dpto|apto|stiege|m"
)
UNIT_RE = re.compile(
    r"(?<![\w])(?i:" + _UNIT_WORDS + r")\.?\s*#?\s*\d{1,5}\s?[A-Za-z]?(?![\w])"
    r"|(?<![\w])#\s?\d{1,5}(?:-\d{1,5})?[A-Za-z]?(?![\w])"
    # a block or stair named by a capital ("bl. A2", "sc. B", "Block C3", "Torre B")
    r"|(?<![\w])(?i:bl|bloc|blok|block|sc|scara|torre|tower|edificio|edif)\.?[ \t]?(?-i:[A-Z])\d{0,3}(?![\w])"
    # a floor and a door: "r/c Esq.", "9. th.", "3. OG links"
    r"|(?<![\w])r/c(?:[ \t]*(?i:dto|esq|dt|e|d)\.?)?"
    r"|(?<![\w])\d{1,2}\.[ \t]?(?i:th|tv|mf|sal|og|stock|etg)\.?(?:[ \t]+(?i:links|rechts|mitte))?"
    r"|(?<![\w])\d{1,2}\s?[ºª°]\s?[A-Za-z0-9]{0,3}(?:\s?(?i:izq(?:da|uierda)?|dcha|der(?:echa)?|izqda)\.?)?"
    # a Hungarian, Czech or Turkish floor and its door: "3. em. 12.", "II. emelet 5. ajtó", "fsz. 2",
    # "2. patro", "Kat: 3 Daire: 7"
    r"|(?<![\w])(?:\d{1,2}|[IVX]{1,4})\.[ \t]?(?i:em|emelet|patro)\.?"
    r"(?:[ \t]?\d{1,3}\.?(?:[ \t]?(?i:ajtó))?)?"
    r"|(?<![\w])(?i:fsz|földszint)\.?(?:[ \t]?\d{1,3}\.?(?:[ \t]?(?i:ajtó))?)?"
    r"|(?<![\w])(?i:kat|daire)[ \t]?:?[ \t]?\d{1,3}(?![\w])"
)
# A unit on its own counts only when it reads as one: "Apt 4B", "Suite 300", "Flat 2" (not "a flat 10% fee").
STANDALONE_UNIT_RE = re.compile(
    r"(?<![\w])(?:(?i:apt|apartment|suite)|Unit|Flat|Studio|Floor|Piso|Puerta|Wohnung)\.?\s*#?\s*\d{1,5}\s?[A-Za-z]?(?![\w])"
)
UK_POSTCODE_STRICT_RE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
EU_POSTCODE_CITY_RE = re.compile(r"(?<![\w$€£.,:/\-])(?<!\d[ \-])\d{5}\s+" + _CITY_PLAIN + r"(?![\w])")
NL_PT_POSTCODE_RE = re.compile(r"\b\d{4}\s?[A-Z]{2}\b(?=\s+\p{Lu})|\b\d{4}-\d{3}\b")
_US_STATES = (
    r"AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|"
    r"NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|AS|FM|GU|MH|MP|PW|VI|AA|AE|AP"
)
US_STATE_ZIP_RE = re.compile(r"\b(?:" + _US_STATES + r")\s+\d{5}(?:-\d{4})?\b")
_BLANK_FIVE_DIGITS_RE = re.compile(r"\s\d{5}")
ZIP_CUE_RE = re.compile(  # the postcode is group 1
    r"(?:\b(?i:zip|zipcode|zip code|postcode|post code|postal code|plz|code postal|c[óo]digo postal|cp|cep)\b"
    r"|\b(?i:c\.p\.))"
    r"\s?(?i:is|:|-)?\s?((?i:\d{5}-\d{3}|\d{5}(?:-\d{4})?|\d{4}\s?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b)",
)
# An address introduced by a cue, even without a street-type word: "I live at Escuadro 26".
_ADDRESS_CUE = (
    r"(?:address(?:\s+is)?|addr\.?|live[sd]?\s+(?:at|on)|living\s+at|moved\s+to|located\s+at|"
    r"pick(?:ed)?\s+(?:me\s+|us\s+)?up\s+(?:at|from)|pickup\s+(?:at|from|was|is|address)|"
    r"drop(?:ped)?\s+(?:me\s+|us\s+)?(?:off\s+)?at|drop-?off\s+(?:at|was|is|address)|sent\s+to|"
    r"send\s+(?:it\s+|them\s+)?to|deliver(?:ed)?\s+to|return(?:ed)?\s+(?:it\s+)?to|meet\s+(?:me\s+|you\s+)?at|"
    # the word in the desk's other languages, mid-sentence too ("… 20 lei cash. Adresa mea: Str. Mihai …")
    r"(?:adres(?:s?e|a|i|im)?|direcci[óo]n|endere[çc]o|indirizzo|alamat|anschrift)"
    r"(?:\s+(?:mea|mi|ma|meine|mijn|mój|moj|saya|minha|mia|jest|est|es|ist|é|è))?)"
)
_ADDRESS_CUE_KEYS = ("addr", "live", "living", "moved", "located", "pick", "drop", "sent", "send", "deliver")
_ADDRESS_CUE_KEYS += ("return", "meet", "adres", "direcci", "endere", "indirizzo", "alamat", "anschrift")
CUED_ADDRESS_RE = re.compile(
    r"(?<=\b(?i:" + _ADDRESS_CUE + r")\s?:?\s+)"
    r"(?:\d{1,5}[A-Za-z]?,?\s+(?:" + _NOT_STOP_PLAIN + r"\p{Lu}[\p{L}\p{M}'’.\-]*[ \t]?){1,4}"
    r"|"
    + _NOT_STOP_PLAIN
    + r"\p{Lu}[\p{L}\p{M}'’.\-]*\s+(?:(?:(?i:"
    + PARTICLES
    + r")\s+)?"
    + _NOT_STOP_PLAIN
    + r"[\p{L}][\p{L}\p{M}'’.\-]*\s+){0,3}"
    r"\d{1,4}[A-Za-z]?(?:[\-/]\d{1,4})?\b)"
)

_POSTCODE_CUE = r"(?:CEP|C\.P\.|CP|PIN|Pin(?:[ \t]?code)?|Zip|ZIP|PLZ|Postcode)"
# A postcode written like a phone number ("CEP 02947-119", "2999-829 Setúbal"): no phone (group 1).
POSTCODE_NOT_PHONE_RE = re.compile(
    r"(?:\b" + _POSTCODE_CUE + r"[ \t]*:?[ \t]*(\d{3,6}(?:-\d{3,4})?)(?![\w])"
    r"|(?<![\w\-+.])(\d{4,5}-\d{3})(?=[ \t]+\p{Lu}\p{Ll}))"
)


def postcodes_not_phones(text: str) -> list[tuple[int, int]]:
    return [m.span(1) if m.group(1) else m.span(2) for m in POSTCODE_NOT_PHONE_RE.finditer(text)]


# What may follow a street (and belongs to the same address): unit, postcode and city, state and ZIP.
COUNTRY_NAMES = word_list("country_names")
_COUNTRY = (
    r"(?i:(?<![\p{L}])(?:"
    + "|".join(
        re.escape(name).replace("\\ ", r"\s+") for name in sorted(COUNTRY_NAMES, key=len, reverse=True)
    )
    + r")(?![\p{L}]))"
)
_CONTINUATIONS = [
    # An address's last lines: a town before its country, the country, a postcode after it.
    re.compile(_SEP + CITY + r"(?=" + _SEP + _COUNTRY + r")"),
    re.compile(_SEP + _COUNTRY + r"(?:[ \t]+\d{4,6}(?![\w]))?"),
    re.compile(_SEP + r"[A-Z]{2}" + _SEP + r"\d{4,6}(?![\w])"),  # "Jyderup, SJ 44345", "\n, NSW\n 2000"
    re.compile(_SEP + r"(?:" + UNIT_RE.pattern + r")"),
    re.compile(_SEP + r"\d{5}(?:-\d{3})?\s+" + CITY + r"(?![\w])"),
    # a postcode after its cue ("CEP 02947-119", "C.P. 99263", "PIN 560001"), a Portuguese one before its
    # town ("2999-829 Setúbal"), a district ("Col. Centro", "Brgy. San Antonio")
    re.compile(_SEP + _POSTCODE_CUE + r"[ \t]*:?[ \t]*\d{3,6}(?:-\d{3,4})?(?![\w])"),
    re.compile(_SEP + r"\d{4}-\d{3}\s+" + CITY + r"(?![\w])"),
    re.compile(_SEP + r"(?i:col\.|colonia|brgy\.|barangay|bairro|opp\.)[ \t]+" + CITY + r"(?![\w])"),
    re.compile(_SEP + r"\d{4,6}[ \t]*,[ \t]*" + CITY + r"(?:[ \t]*\([A-Z]{2}\))?"),
    re.compile(
        _SEP + CITY + r"(?=" + _SEP + r"(?i:(?:" + _US_STATES + r")\s+\d{5}|\d{5}\b|\d{4}\s?[A-Z]{2}\b"
        r"|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b))"
    ),
    re.compile(_SEP + r"(?i:(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[A-Z]{2}\b)"),
    re.compile(_SEP + r"(?i:\b(?:" + _US_STATES + r")\s+\d{5}(?:-\d{4})?\b)"),
    re.compile(_SEP + r"\d{5}(?:-\d{4})?\b"),
    re.compile(_SEP + r"\d{4}\s?[A-Z]{2}\b"),
    # a town before a region code and a postcode ("Port Nicole, SA, 2920", "South Michael, NU E2J 2L2",
    # "Comanesti, 898247"), the region and a Canadian postcode, a postcode before its town
    # ("1841, Petegem-aan-de-Leie", "66020, Villalfonsina (CH)")
    re.compile(
        _SEP
        + CITY
        + r"(?="
        + _SEP
        + r"(?:"
        + CITY
        + _SEP
        + r")?(?:[A-Z]{2,3}"
        + _SEP
        + r")?(?:\d{4,6}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?![\w]))"
    ),
    re.compile(_SEP + r"(?:[A-Z]{2,3}" + _SEP + r")?[A-Z]\d[A-Z][ \t]?\d[A-Z]\d(?![\w])"),
    re.compile(_SEP + r"\d{4,6}(?![\w]|[.,]\d)"),
    re.compile(r"[ \t]*,[ \t]*" + CITY + r"(?=[ \t]*(?:[.!?;)\n]|$|,\s*(?i:and|or|but|please|thanks)\b))"),
    re.compile(r"[ \t]*\n[ \t]*" + CITY + r"[ \t]*(?=\n|$)"),
    # the town after a six-digit postcode just taken ("…, ap. 12, 010512 București"; five digits: above)
    re.compile(r"(?<=(?<![\w.,])\d{6})[ \t]+" + _CITY_PLAIN + r"(?![\w])"),
]
_TAIL = r"(?:" + _SEP + r"(?:" + UNIT_RE.pattern + r"))?" + _SEP + r"(?:" + CITY + _SEP + r")?$"
# What may precede a postcode (or a unit) and belongs to it: a street, perhaps without a number.
_BACKWARD = [
    re.compile(
        r"(?:(?<![\w])\d{1,4}[A-Za-z]?,?[ \t]+)?" + _NOT_STOP + r"\p{Lu}[\p{L}\p{M}'’\-]*"
        r"(?:[ \t]+(?:(?i:" + PARTICLES + r")[ \t]+)?" + _NOT_STOP + r"[\p{L}][\p{L}\p{M}'’\-]*){0,3}[ \t]+"
        r"\d{1,4}[A-Za-z]?(?:[\-/]\d{1,4}[a-z]?)?" + _TAIL
    ),
    re.compile(
        r"(?:(?<![\w])\d{1,5}[A-Za-z]?,?[ \t]+)?(?:"
        + _NOT_STOP
        + r"\p{Lu}[\p{L}\p{M}'’\-]*[ \t]+){1,3}(?i:"
        + EN_SUFFIXES
        + r")\b\.?"
        + _TAIL
    ),
    re.compile(
        r"(?:(?<![\w])\d{1,4},?[ \t]+)?(?i:" + FR_TYPES + r")[ \t]+(?:(?i:" + PARTICLES + r")[ \t]*)?"
        r"[\p{L}][\p{L}\p{M}'’\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’\-]*){0,3}" + _TAIL
    ),
]
_STREET_TYPE_RE = re.compile(r"(?i:" + FR_TYPES + "|" + ES_IT_PT_TYPES + r")")
_UNIT_BEFORE = re.compile(r"(?:" + UNIT_RE.pattern + r")" + _SEP + r"$")


# Which continuations can match, known from the first character after the separator (cheap tests in
# front of dear patterns; they never change what matches): every continuation opens with a letter, a
# digit or "#"; a town (CITY) with a capital; the two that name a country only where one may be.
_SEP_RE = re.compile(_SEP)
_CAPITAL_RE = re.compile(r"\p{Lu}")
_TOWN_FIRST = frozenset({0, 9, 14, 17, 18, 19})
# (and those that open with a digit, or with a letter: after a number no region code is tried, and after a
# word no postcode)
_DIGIT_FIRST = frozenset({4, 6, 8, 12, 13, 16})
_LETTER_FIRST = frozenset({2, 5, 7, 10, 11, 15})
assert all(_CONTINUATIONS[i].pattern.startswith(_SEP + r"\d") for i in _DIGIT_FIRST)  # (if the list moves)
assert all(
    _CONTINUATIONS[i].pattern[len(_SEP) :].startswith(("[A-Z]", "(?:[A-Z]", "(?:CEP", "(?i:"))
    for i in _LETTER_FIRST
)
_COUNTRY_NAMED = frozenset({0, 1})
_LETTER_RUN_RE = re.compile(r"\p{L}+")
# (each country's longest word: "the Netherlands" is in a text only if "netherlands" is a word of it)
_COUNTRY_KEY_WORDS = frozenset(
    max(reversed(_LETTER_RUN_RE.findall(name.lower())), key=len) for name in COUNTRY_NAMES
)


@lru_cache(maxsize=16)
def may_name_a_country(text: str) -> bool:
    """False when no country of COUNTRY_NAMES can be in `text`: none of the text's words is the longest
    word of one (a set look-up per word; the country alternation costs a scan of the text per try; cached:
    each address found asks again)."""
    return not _COUNTRY_KEY_WORDS.isdisjoint(_LETTER_RUN_RE.findall(text.lower().replace("ſ", "s")))


def _extend_forward(text: str, end: int) -> int:
    country = None
    for _ in range(8):
        after = _SEP_RE.match(text, end).end()
        first = text[after : after + 1]
        if not (first.isalnum() or first == "#"):
            break
        capital = _CAPITAL_RE.match(first) is not None
        digit, letter = first.isdigit(), first.isalpha()  # (every \d is a digit, every letter alphabetic)
        for i, pattern in enumerate(_CONTINUATIONS):
            if i in _TOWN_FIRST and not capital:
                continue
            if (i in _DIGIT_FIRST and not digit) or (i in _LETTER_FIRST and not letter):
                continue
            if i in _COUNTRY_NAMED:
                if country is None:
                    country = may_name_a_country(text)
                if not country:
                    continue
            m = pattern.match(text, end)
            if m and m.end() > end:
                end = m.end()
                break
        else:
            break
    return end


_LEADING_WORD_RE = re.compile(r"([\p{L}'’\-]+)[ \t,]+")


def _trim_leading_words(text: str, start: int, limit: int) -> int:
    """Drop sentence words a backward match may have taken in ("I live at", "Also")."""
    while start < limit:
        w = _LEADING_WORD_RE.match(text, start, limit)
        if not w:
            break
        word = w.group(1)
        if _STREET_TYPE_RE.fullmatch(word):
            break
        if word.lower() in STOP_WORDS or word.lower() in NOT_NAMES or word[0].islower():
            start = w.end()
        else:
            break
    return start


def _extend_backward(text: str, start: int, *, street: bool = True) -> int:
    window_start = max(0, start - 90)
    window = text[window_start:start]
    best = start
    if street:
        for pattern in _BACKWARD:
            m = pattern.search(window)
            if m and window_start + m.start() < best:
                best = window_start + m.start()
    if best < start:
        best = _trim_leading_words(text, best, start)
    before = text[max(0, best - 30) : best]
    if any(ch.isdigit() for ch in before):
        m = _UNIT_BEFORE.search(before)
        if m:
            best = max(0, best - 30) + m.start()
    return best


_LOWER_RUN_RE = re.compile(r"[^\p{Lu}]{20,}")
_WORD_START_RE = re.compile(r"(?<![\p{L}\p{M}'’])\p{Ll}")


def _capitalised_view(text: str) -> str:
    """Stretches of 20+ characters without a capital letter (someone who writes all in lowercase) with each
    word capitalised, so street and city patterns see them; same length and offsets as `text`."""
    chars = None
    for run in _LOWER_RUN_RE.finditer(text):
        for m in _WORD_START_RE.finditer(text, run.start(), run.end()):
            up = m.group().upper()
            if len(up) == 1:
                if chars is None:
                    chars = list(text)
                chars[m.start()] = up
    return text if chars is None else "".join(chars)


# A postal block as people paste it, in any country's order: a street line (words and a house
# number, either way round) directly above a line holding a postcode, with or without the town
# ("6620 Stäfa", "Port Mary, 2919", "H-2244 Oroszszékfalva", "436 74 Libochovice"), or above a
# town line and then the postcode (Ireland, New Zealand).
POSTCODE_FORMS = (
    r"(?:\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4,5}-\d{3,4}|\d{4,6}|[A-Z]{1,2}-\d{4,5}"
    r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[A-Z]\d{2}[ \t]?[A-Z0-9]{4}|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})"
)
_TOWN = r"\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+[\p{L}\p{M}'’.\-]+){0,3}"
_POSTCODE_LINE_RE = re.compile(
    r"[ \t]*(?:(" + POSTCODE_FORMS + r")(?:[ \t]+" + _TOWN + r")?"
    r"|" + _TOWN + r",?[ \t]+(" + POSTCODE_FORMS + r"))[ \t]*(?=\n|$)"
)
_LINE_WORD = r"[\p{L}][\p{L}\p{M}'’.\-]*"
_HOUSE_NO = r"\d{1,5}[A-Za-z]?(?:[/\-]\d{1,4}[A-Za-z]?)?\.?"
_STREET_LINE_RE = re.compile(
    r"[ \t]*((?:"
    + _LINE_WORD
    + r"[ \t,]+){1,5}(?:(?i:nr|no|n°|num)\.?[ \t]*)?"
    + _HOUSE_NO
    + r"(?:[ \t,]+(?:\p{L}[\p{L}.]*[ \t]*)?\d{1,5}[A-Za-z]?\.?){0,3}"  # "Edif. 137, Depto. 164"
    + r"|(?:\p{L}[\p{L}.]*[ \t]*)?"
    + _HOUSE_NO
    + r",?[ \t]+(?:"
    + _LINE_WORD
    + r"[ \t]*){1,5})[ \t]*(?=\n)"
)
_TOWN_LINE_RE = re.compile(r"[ \t]*" + _TOWN + r"[ \t]*\n")


# A street named first with its house number after it, and a building number before ("591 Democracia
# 4098", "969 Breivangvegen 38"): number, one to four capitalised words, number.
NUMBER_STREET_NUMBER_RE = re.compile(
    r"(?<![\w.,:/$€£\-])\d{1,6}[ \t]+(?:"
    + _NOT_STOP
    + _CAP
    + r"[ \t]+){1,4}\d{1,5}[A-Za-z]?\.?(?![\w]|[.,]\d)"
)


_NEWLINE_RE = re.compile(r"\n")


def find_address_blocks(text: str) -> list[Span]:
    if "\n" not in text:
        return []
    out: list[Span] = []
    starts = [0] + [m.end() for m in _NEWLINE_RE.finditer(text)]
    for i, line_start in enumerate(starts[:-1]):
        street = _STREET_LINE_RE.match(text, line_start)
        if not street or any(_is_plain_word(w) for w in _LETTERS_RE.findall(street.group(1))[:1]):
            continue
        below = starts[i + 1]
        postcode = _POSTCODE_LINE_RE.match(text, below)
        if not postcode and i + 2 < len(starts):
            town = _TOWN_LINE_RE.match(text, below)
            postcode = _POSTCODE_LINE_RE.match(text, starts[i + 2]) if town else None
            if postcode and postcode.group(2):
                postcode = None  # "Town" then "Town, 1234" is no block
        if not postcode:
            continue
        group = 1 if postcode.group(1) else 2
        out.append((street.start(1), street.end(1), 0.7))
        out.append((postcode.start(group), postcode.end(group), 0.7))
    return out


# (the street-type patterns whose match starts at the type, and the cued address, tried only where they can
# start: the engine's try at every place cost more than the addresses)
# Every type of ES_IT_PT_TYPES opens with one of these, in the text folded in place (the type may run on
# into the name: "Plazamayor 5", so no whole run of letters).
_ES_TYPE_OPENINGS = _run_keys(
    "calle c/ c. av paseo pº p° po. p. plaz pza pl. camino ronda traves travers carre ctra glorieta rambla "
    "vía via piazz corso largo vicolo rua praça praca estrada urb pasa psje alameda cuesta cañada canada "
    "acceso senda bajada subida costanilla canale contrada borgo rotonda stretto incrocio strada ale "
    "intrarea calea bulevardul splaiul șoseaua şoseaua soseaua drumul piața piaţa piata ul al. os plac rynek "
    "jalan jl. gg. gang lorong persiaran lebuh"
)
_CUE_WORD_RE = re.compile(r"\S{0,16}\s+")  # (a word of an address cue and the blanks after it)


def _es_street_matches(view: str) -> list[re.Match]:
    low = _folded_in_place(view)
    if low is None:
        return list(ES_STREET_RE.finditer(view))
    return _matches_from(ES_STREET_RE, view, {at for key in _ES_TYPE_OPENINGS for at in _places(low, key)})


# Every German, Dutch or Nordic street of DE_STREET_RE has a run of letters ending in a street type before
# its number ("Hauptstraße 5", "Kurfürstendamm 21", "Berliner Str. 12": the run is the type) or opens with
# one of these words ("Am Markt 3"); its match starts at a run of letters of the type's word or of the word
# before.
_DE_TYPE_ENDINGS = tuple(
    _run_keys("|".join((DE_NL_SUFFIX, DE_NL_DISTINCT, DE_SEPARATE)).replace("\\.", "").replace("|", " "))
)
_DE_OPENINGS = _run_keys("am an auf im in unter zum zur hinter alt")


def _runs_back(text: str, at: int) -> list[int]:
    """The starts of the runs of letters from `at` back over letters, hyphens, dots and one run of
    whitespace."""
    starts = [at]
    gaps = 1
    while at > 0:
        char = text[at - 1]
        if char.isspace():
            if not gaps:
                break
            gaps -= 1
            while at > 0 and text[at - 1].isspace():
                at -= 1
            continue
        if not (char.isalpha() or char in "-."):
            break
        at -= 1
        if char.isalpha() and (at == 0 or not text[at - 1].isalpha()):
            starts.append(at)
    return starts


# (the type opens a run of letters after a blank: a text with no such run has no cue, and no scan is made)
_SEPARATE_TYPE_WORDS = _run_keys(SEPARATE_TYPES.replace("\\.?", "").replace("\\.", "").replace("|", " "))


def _separate_type_cue(view: str) -> bool:
    found = _letter_runs(view)
    if found is not None and _SEPARATE_TYPE_WORDS.isdisjoint(found[1]):
        return False
    return SEPARATE_TYPE_CUE_RE.search(view) is not None


def _de_street_matches(view: str) -> list[re.Match]:
    found = _letter_runs(view)
    if found is None:
        return list(DE_STREET_RE.finditer(view))
    _, runs = found
    starts = {at for word in _DE_OPENINGS.intersection(runs) for at in runs[word]}
    for word, places in runs.items():
        if not word.endswith(_DE_TYPE_ENDINGS):
            continue
        for at in places:
            end = at + len(word)
            end += view[end : end + 1] == "."
            while end < len(view) and view[end].isspace():
                end += 1
            if view[end : end + 1].isdecimal():  # (the house number)
                starts.update(_runs_back(view, at))
    return _matches_from(DE_STREET_RE, view, starts)


def _cued_address_matches(text: str) -> list[re.Match]:
    """CUED_ADDRESS_RE's matches: each starts after a cue and its blanks, at most four words and a colon
    after the first letter of the cue, which opens with one of _ADDRESS_CUE_KEYS (no word of it is longer
    than "delivered:")."""
    low = _folded_in_place(text)
    if low is None:
        return list(CUED_ADDRESS_RE.finditer(text))
    starts = set()
    for key in _ADDRESS_CUE_KEYS:
        for at in _places(low, key):
            for _ in range(6):
                word = _CUE_WORD_RE.match(text, at)
                if not word:
                    break  # (no word of a cue is so long: a search for the blanks would scan the rest)
                at = word.end()
                starts.add(at)
    return _matches_from(CUED_ADDRESS_RE, text, starts)


# Addresses of Russia and the CIS, the Gulf, Iran, Israel, South and East Asia written in Latin letters:
# comma-separated segments of capitalised words, numbers and the transliterated words of a street, house,
# flat, alley or district ("ul. Marata d. 14 kv. 3, Sankt-Peterburg", "Kh. Valiasr, Koocheh Sarv, Pelak 9",
# "Jingumae 1-chome 31-16, Shibuya-ku", "Soi Sukhumvit 11, Khlong Toei Nuea", "mkr. Samal-2, d. 5"); one
# such word and a number make it one, the town and postcode after it are its segments.
_TL_CUE_RE = re.compile(
    r"(?<![\p{L}])(?:(?i:ul|vul|kv|bud|korp|mkr|prosp|pr|kh|d|str)\.[ \t]*[\p{Lu}\d]|"
    r"(?:[Pp]rospekt|[Uu]litsa|[Vv]ulytsia|[Pp]ereulok|[Ss]hosse|[Nn]aberezhnaya|ko['‘’]chasi|[Kk]oocheh|[Kk]uche(?:-ye)?|"
    r"[Kk]hiaban(?:-e)?|[Pp]elak(?:-e)?|[Vv]ahed|Soi|Moo|Tambon|Amphoe|Rehov|Sderot|dira|kvartira|korpus|"
    # (a Gulf villa or an Omani way by number: "Villa 23, Street 14, Al Barsha 2", "Way 3019, House 1442")
    r"(?:Villa|Way)(?=[ \t]+\d)|"
    # (Uzbek districts, towns, quarters; Azerbaijani streets and flats; Greek avenues, streets, squares;
    # Sri Lankan streets; Ethiopian sub-cities, woredas and kebeles; Nepali roads; Moroccan alleys)
    r"tumani|shahri|(?<=\p{Ll}[ \t])sh\.(?=,|$)|mahallasi|xonadon|küç\.|küçəsi|prospekti|mənzil|r-nu|"
    r"[Ll]eoforos|Odos|Plateia|"
    r"Mawatha|Sub[ \t]City|Woreda|Kebele|(?<=\p{Ll}[ \t])Marg|Derb(?=[ \t]+\p{Lu}))"
    r"(?![\p{L}]))|\d-chome(?![\p{L}])|\p{Ll}-(?:ku|gu|dong)(?![\p{L}])"
    r"|\d-(?:uy|xonadon|mavze|kvartal)(?![\p{L}\-])|Colombo[ \t]+(?:0\d|1[0-5])(?!\d)"
)
_TL_WORD = (
    # (a capital's dot only after an abbreviation, "Kh.", "Dist.": "…, Warszawa. Proszę" is two sentences)
    r"(?:(?:Kh|St|Dist|Rd|Ave|Av|Bldg|Apt|No|Sq|Bd|Blvd|Str|Pr|Ul|Vul|Mkr|Nab|Per|Pl|Sh)\."
    r"|\p{Lu}[\p{L}\p{M}'’‘]*+(?:-[\p{L}\p{M}\d]++)*+"
    r"|\d{1,6}[A-Za-z]?(?:[/\-]\d{1,5}[A-Za-z]?)*+(?:-(?:chome|gil|jo|beon|uy|xonadon|mavze|kvartal))?"
    r"|[A-Z]{2}\d{4}"
    r"|(?:ul|d|dom|kv|pr|vul|bud|korp|k|str|m|g|mkr|pos|prosp|per|et|ap|apt|flat|no)\.?(?=[ \t]*[\p{Lu}\d])"
    r"|prospekt|ulitsa|vulytsia|pereulok|shosse|shoh|ko['‘’]chasi|kuchasi|dira|kvartira|korpus"
    r"|tumani|shahri|mahallasi|sh\.|küç\.|küçəsi|prospekti|mənzil|r-nu"
    r"|\((?:E|W|N|S|East|West)\))(?![\p{L}\p{M}\d'’])"
)
_TL_SEGMENT = _TL_WORD + r"(?:[ \t]+" + _TL_WORD + r"){0,7}+"
TL_ADDRESS_RE = re.compile(
    r"(?<![\p{L}\p{M}\d'’\-.])" + _TL_SEGMENT + r"(?:,[ \t]*\n?[ \t]*" + _TL_SEGMENT + r"){0,7}+"
)
_TL_SPLIT_RE = re.compile(r",[ \t]*\n?[ \t]*")


# (every cue holds one of these, tested one substring at a time: a tenth of one search for the cue)
# (one key for each country's address, not one for each of its words: "-uy" is in every Uzbek house's, "küç"
# or "prospekt" in every Azerbaijani street's, "woreda" beside every Ethiopian sub-city)
_TL_CUE_KEYS = (
    "ul.",
    "kv.",
    "bud.",
    "korp.",
    "mkr.",
    "pr.",
    "kh.",
    " d. ",
    "str.",
    "prospekt",
    "ulitsa",
    "vulytsia",
    "pereulok",
    "shosse",
    "naberezhnaya",
    "chasi",
    "koocheh",
    "kuche",
    "khiaban",
    "pelak",
    "vahed",
    "soi ",
    "moo ",
    "tambon",
    "amphoe",
    "rehov",
    "sderot",
    "dira",
    "korpus",
    "-chome",
    "-ku",
    "-gu",
    "-dong",
    "tumani",
    "-uy",
    "küç",
    "leoforos",
    "odos ",
    "plateia",
    "mawatha",
    "woreda",
    "kebele",
    "marg,",
    "derb ",
    "colombo ",
)


def _after_lowercase(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].rstrip(" \t")
    return before[-1:].islower()


def find_transliterated_addresses(text: str) -> list[Span]:
    low = text.lower()
    if (
        not any(key in low for key in _TL_CUE_KEYS) and "Villa " not in text and "Way " not in text
    ) or not _TL_CUE_RE.search(text):
        return []
    out: list[Span] = []
    for m in TL_ADDRESS_RE.finditer(text):
        if not _TL_CUE_RE.search(m.group()) or not _DIGIT_RE.search(m.group()):
            continue
        start, end = m.span()
        segments = _TL_SPLIT_RE.split(m.group())
        while (
            segments
            and not _DIGIT_RE.search(segments[0])
            and not _TL_CUE_RE.search(segments[0])
            and not segments[0][:1].islower()
            # (an Ethiopian area before its kebele or woreda, after "to", "at": "to Bole, Kebele 11")
            and not (
                segments[1:]
                and segments[1].startswith(("Kebele", "Woreda"))
                and _after_lowercase(text, start)
            )
        ):
            start += len(segments.pop(0))  # "Thanks, ul. …", "return to Anna Berg, 12 …": no part of it
            comma = _TL_SPLIT_RE.match(text, start)
            start = comma.end() if comma else start
        if not segments or not _DIGIT_RE.search(text[start:end]):
            continue
        if len(segments) < 2 and all(
            c.group().startswith(("Villa", "Way")) for c in _TL_CUE_RE.finditer(text, start, end)
        ):
            continue  # "No Way 2", "Booked Villa 3": a villa or a way is an address with its street
        out.append((start, end, 0.7))
    return out


def find_addresses(text: str) -> list[Span]:
    if free_digits(text) == 0:
        # every street, unit and postcode form has a digit that is not an id, amount or time; a chat's
        # lines telling the way need none
        return find_chat_told_addresses(text) if "\n" in text else []
    view = _capitalised_view(text)
    out: list[Span] = []
    for pattern, score in (
        (EN_STREET_RE, 0.8),
        (FR_STREET_RE, 0.8),
        (ES_STREET_RE, 0.75),
        (DE_STREET_RE, 0.8),
        (SEPARATE_TYPE_STREET_RE, 0.75),
    ):
        if pattern is SEPARATE_TYPE_STREET_RE and not _separate_type_cue(view):
            continue  # (cheaper to look for the type and its number first)
        if pattern is ES_STREET_RE:
            found = _es_street_matches(view)
        elif pattern is DE_STREET_RE:
            found = _de_street_matches(view)
        else:
            found = pattern.finditer(view)
        for m in found:
            start, end = m.span()
            end = start + len(m.group().rstrip())
            out.append((_extend_backward(view, start, street=False), _extend_forward(view, end), score))
    low = text.lower()
    if any(key in low for key in _ADDRESS_CUE_KEYS):  # (every cue opens with one of them)
        for m in _cued_address_matches(text):
            out.append((m.start(), _extend_forward(view, m.start() + len(m.group().rstrip())), 0.7))
    for pattern, score in (
        (EU_POSTCODE_CITY_RE, 0.6),
        (UK_POSTCODE_STRICT_RE, 0.7),
        (US_STATE_ZIP_RE, 0.7),
        (NL_PT_POSTCODE_RE, 0.55),
    ):
        if pattern is US_STATE_ZIP_RE and not _BLANK_FIVE_DIGITS_RE.search(view):
            continue  # (the states' alternation is tried at every word; a ZIP code is rarer)
        for m in pattern.finditer(view):
            if any(s <= m.start() and m.end() <= e for s, e, _ in out):
                continue  # already the tail of a street found above
            start = _extend_backward(view, m.start())
            if (
                view is not text
                and start == m.start()
                and view[m.start() : m.end()] != text[m.start() : m.end()]
            ):
                continue  # "10005 asap" in lowercase text: a number and a word, not a postcode and a city
            out.append((start, _extend_forward(view, m.end()), score))
    for m in ZIP_CUE_RE.finditer(text):
        out.append((m.start(1), _extend_forward(view, m.end(1)), 0.7))
    out.extend(find_address_blocks(text))
    for m in NUMBER_STREET_NUMBER_RE.finditer(view):
        out.append((m.start(), _extend_forward(view, m.end()), 0.65))
    for m in STANDALONE_UNIT_RE.finditer(text):
        out.append((_extend_backward(view, m.start()), _extend_forward(view, m.end()), 0.6))
    out.extend(find_more_addresses(text))
    return [(_with_house_number(text, start), end, score) for start, end, score in out]


# ---------------------------------------------------------------------------------------------
# Address forms the street patterns above do not read: a street corner, a military address, a
# postcode after a country, a region code or a town named in a sentence
# ---------------------------------------------------------------------------------------------

_WORD_TOKEN_RE = re.compile(r"[ \t]+([\p{L}\p{M}\d][\p{L}\p{M}\d'’./\-]*)")
CORNER_RE = re.compile(r"(?i:\b(?:the[ \t]+)?corner[ \t]+of)[ \t]+[^\n]{2,60}?[ \t]+(?i:and|&)(?=[ \t])")
MILITARY_RE = re.compile(
    r"(?<![\w])(?:(?:USNS|USNV|USS|USCGC|PSC|CMR|Unit)[ \t]+[\p{L}\d][\p{L}\d ,]{0,30}?"
    r"(?:,|\s)\s*)?(?:FPO|APO|DPO)[ \t]+(?:AA|AE|AP)[ \t]+\d{5}(?![\w])"
)
LINE_END_POSTCODE_RE = re.compile(r"[ \t]\d{4,6}(?=[ \t]*[.!?]?[ \t]*(?:$|\n))")
COUNTRY_POSTCODE_RE = re.compile(_COUNTRY + r"[ \t]+(\d{4,6})(?=[ \t]*[.!?]?[ \t]*(?:$|\n))")
_NOT_A_TOWN = (
    r"flight|gate|terminal|route|bus|train|platform|room|order|trip|case|ticket|version|build|model|"
    r"floor|level|seat|row|zone|area|line|chapter|section|item|code|pin|ref|reference|account|invoice|"
    r"year|page|step|week|day|hour|minute|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
REGION_POSTCODE_RE = re.compile(  # a town opening its line (or after a comma), a region code, a postcode
    r"(?<=(?:^|\n|,)[ \t]*(?!(?i:" + _NOT_A_TOWN + r")\b)\p{Lu}[\p{L}\p{M}'’\-]+"
    r"(?:[ \t]+\p{Lu}[\p{L}\p{M}'’\-]+){0,2},?[ \t]+)"
    r"[A-Z]{2,3}[ \t]+\d{4,5}(?=[ \t]*[.!?]?[ \t]*(?:$|\n))"
)
TOWN_POSTCODE_RE = re.compile(
    r"(?<=\b(?i:in|at|near)[ \t]+)"
    r"(?!(?i:" + _NOT_A_TOWN + r")\b)\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’\-]+)?"
    r"[ \t]+(\d{3,5}(?:[ \t]\d{2})?)(?![\w.,:/%\-])"
)


# A postcode and its town after a separator or at a line's start, in the layouts of the countries whose
# postcodes the patterns above do not read: "/ 2612 Helgestrøm", ", H-9318 Szigetszentmiklós",
# "\n542 36 Světlá nad Sázavou", "ΤΚ 555 66 Κέρκυρα", "38-390 Mińsk".
SEPARATED_POSTCODE_TOWN_RE = re.compile(
    # (the first character's look-ahead first: the look-behind, which reads back over every blank, runs
    # only where a postcode can start; 20,000 blanks took over a second without it)
    r"(?=[A-Z\dΤ])"
    r"(?<=(?:^|\n|[,/|;])[ \t]*)(?:[A-Z]{1,2}-|ΤΚ[ \t]|CH-|D-|A-)?"
    r"(?:\d{4}|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{5}-\d{3})[ \t]+" + _CITY_PLAIN + r"(?![\w])"
)


# A postal address on one line in any country's words: a house number and a street, its town, perhaps a
# region code, then a postcode ("12 White Siding, Richardberg, VIC, 2941").
NUMBERED_LINE_RE = re.compile(
    r"(?<![\w.,:/$€£\-])\d{1,5}[A-Za-z]?(?:/\d{1,4})?[ \t]+(?:"
    + _NOT_STOP
    + _CAP
    + r"[ \t]+){0,3}"
    + _NOT_STOP
    + _CAP
    + r"[ \t]*,[ \t]*"
    + CITY
    + r"[ \t]*,?[ \t]*(?:[A-Z]{2,3}[ \t]*,?[ \t]*)?"
    r"(?:\d{4,6}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})(?![\w])"
)


# A Turkish address line: the quarter, the street with its type, the house and door numbers ("Moda Mah.
# Şair Nefi Sok. No:12 D:4").
TR_STREET_RE = re.compile(
    # (the neighbourhood may be left out; a numbered street, "7. Sokak"; a building before the number,
    # "Gül Apt. No:112"; the floor and the flat after it, "Kat:4 D:8")
    r"(?:(?:"
    + _CAP
    + r"[ \t]+){1,3}(?i:mah\.|mahallesi|mh\.)[ \t]+)?(?:(?:"
    + _CAP
    + r"|\d{1,4}\.)[ \t]+){1,4}"
    r"(?i:sok\.|sokak|sokağı|sk\.|cad\.|caddesi|cd\.|bulvarı|blv\.)[ \t]*"
    r"(?:" + _CAP + r"[ \t]+(?i:apt\.|apartmanı|sitesi|evleri)[ \t]*)?"
    r"(?i:no)[ \t]*:[ \t]*\d{1,4}[A-Za-z]?(?:[ \t]*(?i:d|daire|kat)[ \t]*:[ \t]*\d{1,4}){0,2}"
)


_TR_NUMBER_CUE_RE = re.compile(r"(?i:no)[ \t]*:[ \t]*\d")
_NOT_DIGIT_RE = re.compile(r"\D")


# Korean and Japanese addresses in Latin letters: a neighbourhood or road and its lot or building number
# ("Jung-dong 292-52", "42 Dosan-daero 15-gil", "Teheran-ro 152"), a block number before its district
# ("6-12-6 Umeda", "3-15-14 Kita 3-jo Nishi"); the district, city and country after them are the
# address's pieces (analyzer._grown).
KR_STREET_RE = re.compile(
    r"(?<![\w])\p{Lu}\p{Ll}+(?:-\p{Ll}+)?-(?:dong|ga|ro|gil|daero)[ \t]+\d{1,5}(?:-\d{1,5})?(?![\w])"
    r"|(?<![\w.,])\d{1,5}(?:-\d{1,5})?[ \t]+\p{Lu}\p{Ll}+-(?:ro|gil|daero)(?:[ \t]+\d{1,3}(?:beon)?-gil)?"
    r"(?![\w])"
)
JP_BLOCK_RE = re.compile(
    r"(?<![\w.,/\-])\d{1,2}-\d{1,3}-\d{1,3}[ \t]+\p{Lu}[\p{L}\-]+"
    r"(?:[ \t]+\d{1,2}-jo(?:[ \t]+\p{Lu}\p{Ll}+)?)?(?![\w])"
)
_KR_TYPE_WORDS = ("-dong ", "-ga ", "-ro", "-gil", "-daero")


# Indian addresses: a house, plot or flat number, or a landmark ("Near Gurudwara", "Opp. SBI Bank",
# "Behind …"), then lines of landmarks, sectors, cross roads, localities and the town and state, to the
# six-digit PIN ("H.No. 10-4-87, Near Gurudwara, Ameerpet, Hyderabad, Telangana 500016",
# "C-14, Sector 62, Near Fortis Hospital, Noida, Uttar Pradesh 201301"). Tried only where such a cue is.
_IN_CUE_RE = re.compile(
    r"(?<![\p{L}])(?:H\.[ \t]?No|(?i:house|plot|flat|door|shop)[ \t]No|Near|Opp\.|Opposite|Behind|"
    r"Sector[ \t]\d|Cross\b|Nagar\b|[A-Z]-\d{1,4},)"
)
_IN_CUE_KEYS = ("No", "Near", "Opp", "Behind", "Sector", "Cross", "Nagar")
# A six-digit PIN is never one of the words: a line's words must leave it to end the address.
_IN_PIN = r"\d{3}[ \t]?\d{3}(?![\d\-])"
_IN_WORDS = (
    r"(?!" + _IN_PIN + r")[\p{Lu}\d][\p{L}\p{M}\d.'’&\-]*"
    r"(?:[ \t]+(?:of[ \t]+|the[ \t]+)?(?!" + _IN_PIN + r")[\p{Lu}\d][\p{L}\p{M}\d.'’&\-]*){0,4}"
)
_IN_HEAD = (
    r"(?:(?:H\.[ \t]?No|(?i:house|plot|flat|door|shop)[ \t]No|Plot|Flat)\.?[ \t]*:?[ \t]*"
    r"[\dA-Z][\dA-Za-z/\-]{0,9}"
    r"|[A-Z]{1,2}-\d{1,5}[A-Z]?(?![\p{L}\p{M}\d])|\d{1,5}(?:[/\-]\d{1,5}){0,2}[A-Z]?(?![\p{L}\p{M}\d]))"
)
_IN_LANDMARK = r"(?:Near|Nr\.|Opp\.?|Opposite|Behind|Beside|Next[ \t]to)[ \t]+" + _IN_WORDS
_IN_SEP = r"(?:[ \t]*,[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*)"
# Each line is taken whole, once (atomic groups): the three kinds of line overlap on digits and capitals, and
# trying every way to split a long list of numbers after "Near" took seconds a message.
IN_ADDRESS_RE = re.compile(
    r"(?<![\p{L}\p{M}\d.\-])(?>" + _IN_HEAD + "|" + _IN_LANDMARK + r")"
    r"(?:"
    + _IN_SEP
    + r"(?!"
    + _IN_PIN
    + r")(?>"
    + _IN_HEAD
    + "|"
    + _IN_LANDMARK
    + "|"
    + _IN_WORDS
    + r")){1,7}+"
    r"(?:[ \t]*-[ \t]*|[ \t]+|[ \t]*,[ \t]*)" + _IN_PIN
)
# Colombian streets: a street kind, its number, "#", the crossing street's number and the distance
# ("Diagonal 138 # 81-65", "Cra. 7 No. 45-10", "Calle 45A Bis # 12-30 Sur").
CO_STREET_RE = re.compile(
    r"(?<![\p{L}])(?:Calle|Cl\.|Carrera|Cra\.?|Kr\.?|Kra\.?|Diagonal|Dg\.|Transversal|Tv\.|Trans\.|Avenida|Av\.|"
    r"Ak\.?|Ac\.?|Autopista)[ \t]+\d{1,3}[ \t]?[A-Za-z]?(?:[ \t]+(?:Bis|Sur|Norte|Este|Oeste))?[ \t]*"
    r"(?:#|No\.?|N[°º]\.?|Nro\.?)[ \t]*\d{1,3}[ \t]?[A-Za-z]?[ \t]*-[ \t]*\d{1,3}(?![\d])"
    r"(?:[ \t]+(?:Sur|Norte|Este|Oeste))?"
)


def find_more_addresses(text: str) -> list[Span]:
    out: list[Span] = []
    if ":" in text and _TR_NUMBER_CUE_RE.search(text):
        for m in TR_STREET_RE.finditer(text):
            out.append((m.start(), m.end(), 0.7))
    for m in NUMBERED_LINE_RE.finditer(text):
        out.append((m.start(), m.end(), 0.6))
    if any(word in text for word in _KR_TYPE_WORDS):
        out.extend((m.start(), m.end(), 0.7) for m in KR_STREET_RE.finditer(text))
    if text.count("-") >= 2:
        out.extend((m.start(), m.end(), 0.65) for m in JP_BLOCK_RE.finditer(text))
    for m in SEPARATED_POSTCODE_TOWN_RE.finditer(text):
        number = _NOT_DIGIT_RE.sub("", m.group().split()[0])
        if len(number) == 4 and number[:2] in ("19", "20") and m.group()[:1].isdigit():
            continue  # ", 2019 Berlin": more often a year
        out.append((m.start(), m.end(), 0.55))
    for m in CORNER_RE.finditer(text):
        end = m.end()
        for _ in range(4):  # the second street: up to four words, to a stop word or punctuation
            word = _WORD_TOKEN_RE.match(text, end)
            if not word or word.group(1).lower().rstrip(".") in _STOP_OR_AFTER_ADDRESS:
                break
            end = word.end()
            if word.group(1).endswith(".") or text[end : end + 1] in (",", ";", "!", "?"):
                break
        if end > m.end():
            out.append((m.start(), end, 0.7))
    if "PO" in text:  # (FPO, APO, DPO)
        out.extend((m.start(), m.end(), 0.8) for m in MILITARY_RE.finditer(text))
    if any(key in text for key in _IN_CUE_KEYS) and _IN_CUE_RE.search(text):
        out.extend((m.start(), m.end(), 0.7) for m in IN_ADDRESS_RE.finditer(text))
    if "-" in text:
        out.extend((m.start(), m.end(), 0.7) for m in CO_STREET_RE.finditer(text))
    # (the countries' alternation is dear: only where a postcode ends a line and a country may be named;
    # a region code's postcode ends a line too)
    line_end_postcode = LINE_END_POSTCODE_RE.search(text) is not None
    if line_end_postcode and may_name_a_country(text):
        for m in COUNTRY_POSTCODE_RE.finditer(text):
            out.append((m.start(1), m.end(1), 0.6))
    if line_end_postcode:
        for m in REGION_POSTCODE_RE.finditer(text):
            out.append((m.start(), m.end(), 0.6))
    for m in TOWN_POSTCODE_RE.finditer(text):
        number = m.group(1).replace(" ", "")
        if len(number) == 4 and number[:2] in ("19", "20"):
            continue  # "in Berlin 2019": a year
        out.append((m.start(), m.end(), 0.55))
    out.extend(find_told_addresses(text))
    if "\n" in text:
        out.extend(find_chat_told_addresses(text))
    return out


# An address's last lines below it ("Harburg", ", BY", "Germany 03776"): a town, a region code, a
# country, a postcode, each alone or together, perhaps behind list or quote marks ("??? ", "}}").
_TAIL_LINE_RE = re.compile(
    r"\n[^\p{L}\d\n]{0,4}"
    r"(?:(?:" + CITY + r")(?=[ \t,]|$|\n))?[ \t,]*(?:[A-Z]{2,3}(?![\p{L}])|nan)?[ \t,]*"
    r"(?:" + _COUNTRY + r")?[ \t,]*(\d{3,6}(?:[ \-]\d{2,4})?)?[ \t.]*(?=\n|$)"
)
# A town after an apartment or suite on the same line ("Apt. 138 Vestmannaeyjar"), to the line's end.
_UNIT_END_RE = re.compile(r"(?i:apt|apartment|suite|ste|unit|flat)\.?[ \t]*#?\d{1,5}[A-Za-z]?$")
_TOWN_TO_LINE_END_RE = re.compile(
    r"[ \t,]+" + CITY + r"(?:[ \t,]+(?:[A-Z]{2,3}|nan))?(?:[ \t,]+\d{4,6})?(?=[ \t]*[.!?]?[ \t]*(?:$|\n))"
)


def address_tail_end(text: str, end: int) -> int:
    """Where an address found up to `end` really ends: over the town after its apartment on the same
    line, and over the lines below it that are its town, region, country and postcode, as far as the
    last of them that holds a postcode (a town line alone is not taken: it may be a signature)."""
    if _UNIT_END_RE.search(text, max(0, end - 14), end):
        m = _TOWN_TO_LINE_END_RE.match(text, end)
        if m:
            end = m.end()
    m = _SAME_LINE_TAIL_RE.match(text, end)
    if m:
        end = m.end()
    best, cursor = end, end
    for _ in range(4):
        m = _TAIL_LINE_RE.match(text, cursor)
        if not m or not m.group().strip(" \t\n,."):
            break
        cursor = m.end()
        if m.group(1):
            best = cursor
    return best


# A postcode (and town) after a street on the same line, behind a comma, slash or bar.
_SAME_LINE_TAIL_RE = re.compile(
    r"\.?[ \t]*[,/|][ \t]*(?:[A-Z]{1,2}-|ΤΚ[ \t])?(?:\d{4,5}|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{5}-\d{3})"
    r"(?:[ \t]+" + CITY + r")?(?![\w])"
)
# A street line before an address on the same line, behind a comma, slash or bar ("Svornosti 26 / 542 36
# Světlá", "Favela Gabrielly Lopes, 49, ...").
_STREET_BEFORE_RE = re.compile(
    r"(?<=(?:^|\n|[:/|])[ \t]*)"
    + _NOT_STOP
    + r"[\p{L}][\p{L}\p{M}'’.\-]*(?:[ \t]+[\p{L}][\p{L}\p{M}'’.\-]*){0,4}"
    r",?[ \t]+\d{1,4}[A-Za-z]?\.?[ \t]*[,/|][ \t]*$"
)
_BEFORE_AND_RE = re.compile(r"(?<![\p{L}\p{M}'’\-])([\p{L}][\p{L}\p{M}'’\-]+)[ \t]+(?:and|&)[ \t]+$")


def address_head_start(text: str, start: int) -> int:
    """Where an address found from `start` really starts: a street corner written "Eygló and
    Ilmalankuja 82" takes the first street's name."""
    m = _BEFORE_AND_RE.search(text, max(0, start - 40), start)
    if m and not _is_plain_word(m.group(1)) and m.group(1).lower() not in _AFTER_ADDRESS_WORDS:
        return m.start(1)
    m = _STREET_BEFORE_RE.search(text, max(0, start - 60), start)
    if m and not _is_plain_word(m.group().split()[0]):
        return m.start()
    return start


# A second number right before a street that has one ("8570 19 Folkestone Road"): a building number.
_NUMBER_BEFORE_RE = re.compile(r"(?<![\w.,:/$€£\-])\d{1,6}[ \t]+$")
_UNIT_CIVIC_BEFORE_RE = re.compile(r"(?<![\w.,:/$€£\-])\d{1,5}-$")


def _with_house_number(text: str, start: int) -> int:
    m = _UNIT_CIVIC_BEFORE_RE.search(text, max(0, start - 8), start)
    if m and start < len(text) and text[start].isdigit():
        return m.start()  # "641-239 Rue Saint-Denis": the unit before the civic number
    m = _NUMBER_BEFORE_RE.search(text, max(0, start - 8), start)
    return m.start() if m and start < len(text) and text[start].isdigit() else start


# ---------------------------------------------------------------------------------------------
# Person names from cues ("my name is", "this is", "driver", signatures, titles)
# ---------------------------------------------------------------------------------------------

NOT_NAMES = word_list("not_names")
NAMES_LIKE_WORDS = word_list("names_like_words")
NOT_PERSON_TOKENS = word_list("not_person_tokens")
COUNTRIES = word_list("countries")
COMMON_NOUNS = word_list("common_nouns")
NAME_PARTICLES = (
    "de",
    "van",
    "von",
    "der",
    "den",
    "da",
    "di",
    "del",
    "la",
    "le",
    "du",
    "bin",
    "al",
    "ter",
    "ten",
    # Arabic, Malay, Welsh and Irish: "Nikhil bint Hamad", "Rhys ap Gruffudd", "Sky mac an tSaoi"
    "bint",
    "binti",
    "ibn",
    "ap",
    "mac",
    "nic",
)
_TITLE_WORDS = frozenset(
    ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "mister", "dame", "lady", "lord"]
)
_NAME_TOKEN_RE = re.compile(r"[\p{L}][\p{L}\p{M}'’\-]*\.?|[\p{Lu}]\.")
_VERBISH = ("ed", "ing", "ly", "ful", "ous", "ive", "able")

_CUE_LOWER_OK = re.compile(
    r"(?i:\b(?:my\s+name(?:'s|’s|\s+is)|(?:the\s+)?name(?:\s+on\s+(?:the|my)\s+account)?(?:\s+is|'s|’s|\s+was|:|\?)"
    r"|this\s+is|calls?\s+me|(?:my\s+|the\s+|your\s+|a\s+|our\s+)?driver(?:'s|’s)?(?:\s+name)?(?:\s+(?:is|was))?,?"
    r"|(?:named|called)(?:\s+(?:him|her|them))?|i\s+am|i'm|i’m|(?:it's|it’s|is|booked|booking)\s+under"
    r"|(?:mr|mrs|ms|miss|mx|dr|prof)\.?"
    r"|(?:my\s+)(?:wife|husband|son|daughter|friend|partner|mother|mom|mum|father|dad|brother|sister|kid|"
    r"child|colleague|boss|girlfriend|boyfriend|fiance|fiancée|roommate|flatmate)(?:'s\s+name\s+is|,)?"
    r"))\s+"
)
# Cues after which only a capitalised name is taken.
_CUE_CAP_ONLY = re.compile(
    r"(?:(?i:\b(?:it's|it’s|under|ask\s+for|speak\s+to|talk\s+to|spoke\s+to|add|heard|met|meet|said|told|"
    r"asked|tell|ask|rider|passenger|customer|guardian|beneficiary|user|name|contact|follow\s+up\s+with|"
    r"call|ring|text|email|e-mail|message|phone|thank|thanks|"
    r"(?:change|correct|update|set)\s+it\s+to)\b:?)|(?:^|\n)\s*(?i:hi|hello|hey|dear)"
    r"|(?i:\b(?:sir|madam)\b\.?))\s+"
)
# (tried only where a run of letters that opens one of its cues stands, and at a line's start: the engine's
# try at every place cost more than the names; the cues above open with words too common for that to pay)
_CUE_CAP_ONLY_WORDS = _run_keys(
    "it under ask speak talk spoke add heard met meet said told asked tell rider passenger customer guardian "
    "beneficiary user name contact follow call ring text email e message phone thank thanks change correct "
    "update set sir madam"
)


def _line_starts(text: str, low: str, runs: dict[str, list[int]]) -> Iterable[int]:
    """The text's start and its newlines, but no newline after another with only blanks between: from it the
    greeting's "\\s*" reads to the same word, and trying each of them read each run of blank lines over and
    over."""
    starts = [0]
    before = 0
    for at in _places(text, "\n"):
        if text[before:at].strip(" \t\r\n"):
            starts.append(at)
        before = at
    return starts


_CLOSING = (
    r"thanks|thank\s+you|many\s+thanks|thanks\s+again|cheers|regards|best|best\s+regards|kind\s+regards|"
    r"warm\s+regards|sincerely|yours|yours\s+truly|br|ta|thx"
)
_SIGNATURE_RE = re.compile(
    r"(?:(?:^|\n|\s)[\-—–~]+[ \t]*\n?[ \t]*|(?:^|\n|[.!?,]\s*)(?i:"
    + _CLOSING
    + r")\b[ \t]*[,!.:]?[ \t]*\n?[ \t]*"
    r"|\s(?i:kind|best|warm|many)\s+(?i:regards|thanks)\b[ \t]*[,!.:]?[ \t]*\n?[ \t]*)(?=[\p{L}])"
)
_POSSESSIVE_CUE_RE = re.compile(
    r"\b(\p{Lu}[\p{L}\p{M}\-]+)['’]s\s+(?i:address|phone|number|email|car|wife|husband|daughter|son|kid|"
    r"account|card|trip|ride|mother|father|place|house|flat|apartment)\b"
)
_HERE_RE = re.compile(
    r"(?:^|\n|[.!?]\s+)(\p{Lu}[\p{L}\p{M}\-]+(?:\s+\p{Lu}[\p{L}\p{M}\-]+)?|\p{Ll}[\p{L}\p{M}\-]+)\s+here\b(?=[.,!])"
)
_VOCATIVE_RE = re.compile(r"(?:^|\n|[.!?]\s+)(\p{Lu}[\p{L}\p{M}\-]+),\s+(?=\p{Ll}|I\b)")
_SPEAKER_RE = re.compile(r"(?:^|\n)[ \t>]*(\p{Lu}[\p{L}\p{M}\-]+)[ \t]*:(?=[ \t]*[\"“\p{L}])")
# A line holding nothing but a name, as in signatures and address blocks ("Bulat Kadiev").
_NAME_LINE_RE = re.compile(
    r"(?:^|\n|[.!?][ \t]+)[ \t>?]*((?:\p{Lu}[\p{L}\p{M}'’\-]+|\p{Lu}\.?)"
    r"(?:[ \t]+(?:(?i:de|van|von|da|di|del|la|le|du|bin|al)[ \t]+)?"
    r"(?:\p{Lu}[\p{L}\p{M}'’\-]+|\p{Lu}\.?)){1,3})[ \t]*(?=\n|$)"
)
# A sentence opening with a single unknown capitalised word and a verb of saying or being ("Frits is ...").
_SUBJECT_RE = re.compile(
    r"(?:^|\n|[.!?][ \t]+)(\p{Lu}\p{Ll}[\p{L}\p{M}\-]+(?:[ \t]+\p{Lu}\p{Ll}[\p{L}\p{M}\-]+){0,2})[ \t]+"
    r"(?=(?:is|was|has|had|said|told|asked|says|will|won't|"
    r"can't|didn't|doesn't|isn't|wasn't|lives|works|called|shouted|spent|wants|will)\b)"
    r"|\b(?i:why\s+is|where\s+is|who\s+is|is|was|said|told|asked|heard|met|meet|ask|tell)[ \t]+"
    r"(\p{Lu}\p{Ll}[\p{L}\p{M}\-]+)"
    r"(?=[ \t]+(?:so|to|is|was|and|about|speak|said|too|again)\b|[ \t]*[?!.,])"
)
_SUBJECT_WORDS = _run_keys("why where who is was said told asked heard met meet ask tell")
_SIGNATURE_WORDS = _run_keys("kind best warm many")


def _sentence_starts(text: str, low: str, runs: dict[str, list[int]]) -> list[int]:
    """The text's start and each of its newlines and sentence stops: where a pattern opening with "^", a
    newline or "[.!?]" and blanks may start."""
    starts = [0, *_places(text, "\n")]
    for stop in ".!?":
        starts += _places(text, stop)
    return starts


def _signature_starts(text: str, low: str, runs: dict[str, list[int]]) -> list[int]:
    starts = _sentence_starts(text, low, runs) + list(_places(text, ","))
    for dash in "-—–~":  # (the blank before it)
        starts += [at - 1 for at in _places(text, dash) if at]
    starts += [at - 1 for word in _SIGNATURE_WORDS.intersection(runs) for at in runs[word] if at]
    return starts


_CAP_NAME = r"\p{Lu}[\p{L}\p{M}'’\-]+"
_NAME_WORDS = (
    _CAP_NAME + r"(?:[ \t]+(?:(?i:de|van|von|da|di|del|la|le|du|bin|al)[ \t]+)?" + _CAP_NAME + r"){0,3}"
)
# A name alone on the line above a contact line, as signatures are written ("Anna\nMobile: ...").
_ABOVE_CONTACT_RE = re.compile(
    r"(?:^|\n)[ \t]*(" + _NAME_WORDS + r")[ \t]*\n[ \t]*"
    r"(?i:mobile|mob\.?|tel\.?|telephone|phone|cell|office|fax|call\s+me|whatsapp|e-?mail|m:|t:|p:)"
)
# A mail header naming the sender before the address ("From: Hugo Amorim <hugo@...>").
_HEADER_NAME_RE = re.compile(
    r"(?:^|\n)[ \t>]*(?i:from|von|de|reply-to|to|an|cc)[ \t]*:[ \t]*[\"“]?("
    + _NAME_WORDS
    + r")[\"”]?[ \t]*<[^>\n]*@"
)
_NOUN_ENDINGS = (
    "ing",
    "tion",
    "sion",
    "ment",
    "ness",
    "ity",
    "ance",
    "ence",
    "ship",
    "ism",
    "ics",
    "ogy",
    "ery",
)
_LIST_RE = re.compile(
    r"\p{Lu}[\p{L}\p{M}\-]+(?:,\s+\p{Lu}[\p{L}\p{M}\-]+)+,?\s+(?:and|or|&)\s+\p{Lu}[\p{L}\p{M}\-]+"
)


_LINE_LABEL_RE = re.compile(r"(?:^|\n)[ \t>]*$")


def is_line_label(text: str, start: int, end: int) -> bool:
    """The span is one word opening its line and followed by a colon ("Worker: Starting pool")."""
    return (
        " " not in text[start:end]
        and text[end : end + 1] == ":"
        and bool(_LINE_LABEL_RE.search(text, max(0, start - 8), start))
    )


def is_plain_word(word: str) -> bool:
    """An English function word, a word of the support domain, a country or a company suffix: not a name."""
    return _is_plain_word(word)


def _is_plain_word(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in STOP_WORDS or low in NOT_NAMES or low in COUNTRIES or low in NOT_PERSON_TOKENS


_BLANKS_RE = re.compile(r"[ \t]+")
_AFTER_PARTICLE_RE = re.compile(r"[ \t]+(?:(?:" + "|".join(NAME_PARTICLES) + r")[ \t]+)?\p{Lu}")
_CLOSES_RE = re.compile(r"[ \t]*(?:$|\n|[.!,]?[ \t]*(?:$|\n))")
_NEXT_CAP_WORD_RE = re.compile(r"[ \t]+(\p{Lu}[\p{L}']*)")
_ENDS_PHRASE_RE = re.compile(r"\s*(?:$|\n|[,.!?;:)(—–-])")
_NEXT_WORD_RE = re.compile(r"\s+([\p{L}']+)")
_ENDS_IN_SUFFIX_RE = re.compile(r"(?i:\b(?:" + EN_SUFFIXES + r")\.?$)")
_CAP_WORD_RE = re.compile(r"\p{Lu}[\p{L}\p{M}\-]+")


def _take_name(text: str, pos: int, *, lowercase_ok: bool, need_end: bool = False) -> tuple[int, int] | None:
    """Up to four name tokens starting at pos; None when there is no plausible name there."""
    tokens: list[tuple[int, int]] = []
    i = pos
    n = len(text)
    while len(tokens) < 4:
        m = _NAME_TOKEN_RE.match(text, i)
        if not m:
            break
        word = m.group().rstrip(".")
        low = word.lower().strip("'’")
        capital = word[:1].isupper()
        is_initial = len(word) == 1 and (word.isupper() or (m.group().endswith(".") and not capital))
        if is_initial and tokens:  # "Isaac I Norton", "viva o. ujváry"
            tokens.append((m.start(), m.end()))
            i = m.end()
            sep = _BLANKS_RE.match(text, i, i + 3)
            if not sep:
                break
            i += len(sep.group())
            continue
        if tokens and low in NAME_PARTICLES and text[tokens[0][0]].isupper():
            nxt = _AFTER_PARTICLE_RE.match(text, m.end())
            if nxt:  # "Christiane de Vaan", "Louelle van den Brandhof"
                i = _BLANKS_RE.match(text, m.end()).end()
                continue
        if _is_plain_word(low) or (low in _TITLE_WORDS and not tokens):
            break
        if not capital and not lowercase_ok:
            break
        if not capital and len(low) > 4 and low.endswith(_VERBISH) and low not in NAMES_LIKE_WORDS:
            break
        if tokens and capital != text[tokens[0][0]].isupper() and not is_initial:
            break  # "Maria said", "— anthony Christine is …": a name does not switch case
        if is_initial and not tokens:
            break
        end = m.end() if (m.group().endswith(".") and is_initial) else m.start() + len(m.group().rstrip("."))
        tokens.append((m.start(), end))
        i = end
        sep = _BLANKS_RE.match(text, i, i + 3)
        if not sep or i + len(sep.group()) >= n:
            break
        i += len(sep.group())
    if not tokens:
        return None
    start, end = tokens[0][0], tokens[-1][1]
    if need_end and not _closes(text, start, end):
        return None
    return start, end


def _closes(text: str, start: int, end: int) -> bool:
    """A signature name ends its line, the text, or (written in lowercase) runs into a new sentence."""
    rest = text[end : end + 24]
    if _CLOSES_RE.match(rest):
        return True
    nxt = _NEXT_CAP_WORD_RE.match(rest)
    return bool(nxt) and (text[start].islower() or nxt.group(1).lower() in STOP_WORDS)


def english_cue_precedes(text: str, start: int) -> bool:
    """An English name cue ("my name is", "my driver", "Mr.") ends right where `start` is."""
    return any(m.end() == start for m in _CUE_LOWER_OK.finditer(text, max(0, start - 60), start))


def find_cued_names(text: str) -> list[Span]:
    lang = languages.detect(text)
    out = _find_english_cued_names(text)
    if lang == languages.EN:
        return out
    # In French, Spanish, German or Portuguese the English cues above still find names ("Merci, Camille
    # Martin" has none of them), but also greetings and nouns ("Hallo, ich …"): what they found must look
    # like a name in that language. Then the cues of the language itself.
    kept: list[Span] = []
    for start, end, score in out:
        span = languages.foreign_name(text, start, end, lang)
        if span:
            kept.append((*span, score))
    return kept + languages.find_cued_names(text, lang)


_BARE_DRIVER_RE = re.compile(r"(?:(?:my|the|your|a|our)\s+)?driver,?")


def _find_english_cued_names(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _CUE_LOWER_OK.finditer(text):
        cue = m.group().lower()
        weak = cue.startswith(("this", "i")) or "driver" in cue
        span = _take_name(text, m.end(), lowercase_ok=True)
        if (
            span
            and text[span[0]].islower()
            and weak
            and languages.is_common_english(text[slice(*span)].split())
        ):
            continue  # "the driver was grumpy", "this is ridiculous"
        if (
            span
            and text[span[0]].islower()
            and _BARE_DRIVER_RE.fullmatch(cue.strip())
            and not _ENDS_PHRASE_RE.match(text[span[1] : span[1] + 24])
        ):
            # "the driver shown in the app", "the driver drove past": after a bare "driver" a lowercase
            # word is a name only where the phrase ends ("my driver ahmed.")
            continue
        if span and (text[span[0]].isupper() or not weak or _ends_phrase(text, span[1])):
            out.append((*span, 0.75))
    for m in _matches_at_runs(_CUE_CAP_ONLY, text, _CUE_CAP_ONLY_WORDS, _line_starts):
        span = _take_name(text, m.end(), lowercase_ok=False)
        if span:
            out.append((*span, 0.6))
    for m in _matches_at_runs(_SIGNATURE_RE, text, frozenset(), _signature_starts):
        on_own_line = m.group().rstrip(" \t").endswith("\n")  # "Thanks,\nMaria Lopez"
        span = _take_name(text, m.end(), lowercase_ok=True, need_end=not on_own_line)
        if span:
            out.append((*span, 0.7))
    for pattern, score in (
        (_POSSESSIVE_CUE_RE, 0.6),
        (_HERE_RE, 0.6),
        (_VOCATIVE_RE, 0.55),
        (_SPEAKER_RE, 0.55),
    ):
        for m in pattern.finditer(text):
            words = m.group(1).split()
            if any(_is_plain_word(w) or w.lower().endswith(_VERBISH) for w in words):
                continue
            out.append((m.start(1), m.end(1), score))
    for m in _matches_at_runs(_SUBJECT_RE, text, _SUBJECT_WORDS, _sentence_starts):
        group = 1 if m.group(1) else 2
        words = m.group(group).split()
        if any(
            _is_plain_word(w) or w.lower().endswith((*_NOUN_ENDINGS, "ly")) or w.lower() in COMMON_NOUNS
            for w in words
        ):
            continue
        out.append((m.start(group), m.end(group), 0.55))
    for pattern, score in ((_ABOVE_CONTACT_RE, 0.65), (_HEADER_NAME_RE, 0.75)):
        for m in pattern.finditer(text):
            if not any(_is_plain_word(w) for w in m.group(1).split()):
                out.append((m.start(1), m.end(1), score))
    for m in _NAME_LINE_RE.finditer(text):
        words = m.group(1).split()
        if any(_is_plain_word(w) for w in words) or len(words) < 2:
            continue
        if _ENDS_IN_SUFFIX_RE.search(m.group(1)):
            continue
        out.append((m.start(1), m.end(1), 0.55))
    return out


# ("and" in the desk's languages; not Dutch "en", Spanish for "in": "Esi en Av. Providencia")
_AND_WORDS = r"(?:and|&|und|y|e|et|och|og|ve)"
_AND_NAME_AFTER_RE = re.compile(r"[ \t]+" + _AND_WORDS + r"[ \t]+(" + _NAME_WORDS + r")")
_NAME_AND_BEFORE_RE = re.compile(r"(?:^|[^\p{L}])(" + _NAME_WORDS + r")[ \t]+" + _AND_WORDS + r"[ \t]+$")


_PARTICLE_TAIL_RE = re.compile(
    r"(?:[ \t]+(?i:" + "|".join(NAME_PARTICLES) + r"))+[ \t]+\p{Lu}[\p{L}\p{M}'’\-]+"
)
_ENDS_IN_PARTICLE_RE = re.compile(r"[ \t](?i:" + "|".join(NAME_PARTICLES) + r")$")
_AFTER_A_PARTICLE_RE = re.compile(
    r"(?:[ \t]+(?i:" + "|".join(NAME_PARTICLES) + r"))*[ \t]+\p{Lu}[\p{L}\p{M}'’\-]+"
)


def past_particles(text: str, end: int) -> int:
    """A name's end moved past the particles and surname the NER cut off ("Veronica van| der Voet")."""
    if _ENDS_IN_PARTICLE_RE.search(text, max(0, end - 5), end):
        m = _AFTER_A_PARTICLE_RE.match(text, end)
        return m.end() if m else end
    m = _PARTICLE_TAIL_RE.match(text, end)
    return m.end() if m else end


def pair_sibling(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The other name of a pair ("Piotr Beier and Heinz Holsten") when one of the two was found."""
    out = []
    after = _AND_NAME_AFTER_RE.match(text, end)
    if after and not any(_is_plain_word(w) for w in after.group(1).split()):
        out.append(after.span(1))
    before = _NAME_AND_BEFORE_RE.search(text[max(0, start - 80) : start])
    if before and not any(_is_plain_word(w) for w in before.group(1).split()):
        offset = max(0, start - 80)
        out.append((offset + before.start(1), offset + before.end(1)))
    return out


def list_siblings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The other single-word items of a list ("Marie, Hannah, Lindsey and Luis") that holds a found name."""
    out = []
    for m in _LIST_RE.finditer(text):
        if m.start() <= start and end <= m.end():
            for w in _CAP_WORD_RE.finditer(m.group()):
                if not _is_plain_word(w.group()):
                    out.append((m.start() + w.start(), m.start() + w.end()))
    return out


def _ends_phrase(text: str, end: int) -> bool:
    """A lowercase name after a weak cue must be followed by punctuation, the end, or a function word."""
    rest = text[end : end + 24]
    if _ENDS_PHRASE_RE.match(rest):
        return True
    nxt = _NEXT_WORD_RE.match(rest)
    return bool(nxt and nxt.group(1).lower() in STOP_WORDS)


# ---------------------------------------------------------------------------------------------
# Names by their shape: two or three capitalised words, one spelt with letters English lacks
# ---------------------------------------------------------------------------------------------

_SHAPED_WORD = r"\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]*(?:-\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]*)?"
SHAPED_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}\d'’\-])" + _SHAPED_WORD + r"(?:[ \t]+" + _SHAPED_WORD + r"){1,2}(?![\p{L}\p{M}\d'’\-])"
)
# (and the Vietnamese kinds of a place before its name: "Sân bay Nội Bài", "Bến xe Miền Đông")
_BEFORE_A_PLACE_RE = re.compile(
    r"(?:\b(?i:in|at|near|to|from|of|on|via|sân[ \t]+bay|ga|bến[ \t]+xe|chợ|phố|đường)|\d)[ \t]+$"
)
_NUMBER_AFTER_RE = re.compile(r"[ \t,]*\d")


def find_shaped_names(text: str) -> list[Span]:
    """ "Mirsade Črešnjovnjak", "Cora Römer": words of a name the NER may miss in a context it never saw,
    told by a letter outside English (a town is one too, so none after "in", "at", a number, nor before
    a house number), and by no word of any language the desk knows (`languages.COMMON`)."""
    out: list[Span] = []
    if text.isascii():
        return out
    for m in SHAPED_NAME_RE.finditer(text):
        value = m.group()
        if value.isascii() or _BEFORE_A_PLACE_RE.search(text, max(0, m.start() - 10), m.start()):
            continue
        if _NUMBER_AFTER_RE.match(text, m.end()):
            continue
        words = value.split()
        if any(_is_plain_word(w) or languages.is_common_anywhere(w) for w in words):
            continue
        out.append((m.start(), m.end(), 0.55))
    return out


# ---------------------------------------------------------------------------------------------
# Names from a list of first names: "Asger Friis", "Could Maksim call me", which the NER, seeing no
# cue and no letter English lacks, may miss
# ---------------------------------------------------------------------------------------------

FIRST_NAMES = word_list("first_names")
_FIRST_NAMES_LOWER = frozenset(name.lower() for name in FIRST_NAMES)
FIRST_NAMES_LOWER = _FIRST_NAMES_LOWER
_CAPITALISED_RE = re.compile(r"(?<![\p{L}\p{M}\d'’\-@./])\p{Lu}[\p{L}\p{M}'’\-]+")
# ("O'Connor", "McDonald", "Hans-Heinrich")
_LISTED_PART = r"\p{Lu}(?:['’]\p{Lu}|\p{Ll})[\p{Ll}\p{M}'’]*(?:\p{Lu}\p{Ll}[\p{Ll}\p{M}]*)?"
_LISTED_WORD = _LISTED_PART + r"(?:-" + _LISTED_PART + r")?"
LISTED_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}\d'’\-@./])(" + _LISTED_WORD + r")"
    r"((?:[ \t]+(?:(?:" + "|".join(NAME_PARTICLES) + r")[ \t]+)?" + _LISTED_WORD + r"){0,2})"
    r"(?![\p{L}\p{M}\d@]|['’]?[\-.]\p{L})"
)
_LISTED_WORD_RE = re.compile(_LISTED_WORD)
# After these a capitalised word is more often a place ("flew in from Lyon", "near Bergen")
# ("said Doreen to Pamela", "shouted at Brandon": after "to" and "at" a listed name is a person's)
_PLACE_BEFORE_RE = re.compile(r"(?:\b(?i:in|near|from|via|into|towards|visit|visiting)|\d)[ \t]+$")
_THEN_A_NUMBER_RE = re.compile(r"[ \t,]*(?:\d|#|(?i:no\.?|nr\.?)[ \t]*\d)")
_STREET_WORD_RE = re.compile(r"(?i:" + EN_SUFFIXES + "|" + DE_NL_SUFFIX + r")\.?")


_ELIDED_NAME_RE = re.compile(r"\p{Lu}['’]\p{Lu}")  # "O'Connor", "D'Angelo": no elided article


def _name_word_ok(word: str) -> bool:
    low = word.lower()
    return not (
        _is_plain_word(word)
        or low in COMMON_NOUNS
        or low in COUNTRY_NAMES
        or (languages.is_common_anywhere(word) and not _ELIDED_NAME_RE.match(word))
        or _STREET_WORD_RE.fullmatch(word)
    )


def find_listed_names(text: str) -> list[Span]:
    """A first name of the list with up to two capitalised words after it (its surname), or alone
    where it cannot be a place: not after "in", "near", "from", a number, nor before a house number;
    none of its words a common word of a language the desk knows, a country or a street type. Written
    all in lowercase, a listed first name needs its surname (see `_scan_listed_names`)."""
    out = _scan_listed_names(text, lowercase=False)
    if not text.isupper():
        out.extend(_scan_listed_names(text, lowercase=True))
    # (here, not as a recognizer of its own: each recognizer costs Presidio's bookkeeping per message)
    out.extend(find_strongly_cued_names(text))
    out.extend(find_given_names(text))
    out.extend(find_email_names(text))
    out.extend(find_pair_subjects(text))
    out.extend(find_closing_names(text))
    out.extend(find_account_names(text))
    out.extend(find_self_named(text))
    out.extend(find_introduced_names(text))
    return out


_LOWER_WORD = r"\p{Ll}[\p{Ll}\p{M}'’]+(?:-\p{Ll}[\p{Ll}\p{M}]+)?"
LOWER_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}\d'’\-@./_])(" + _LOWER_WORD + r")"
    r"((?:[ \t]+(?:(?:" + "|".join(NAME_PARTICLES) + r"|dela|o['’])[ \t]*)?" + _LOWER_WORD + r"){1,2})"
    r"(?![\p{L}\p{M}\d@]|['’]?[\-.]\p{L})"
)


def _scan_listed_names(text: str, *, lowercase: bool) -> list[Span]:
    """Listed first names and the words after them, capitalised ("Asger Friis", "Could Maksim call me")
    or all in lowercase ("hier ist grzegorz miętus", "katie colon"). A lowercase one needs one or two
    words after it, none shaped like an English verb or adverb ("anna asked", "mauro quickly"); a
    capitalised one may stand alone, unless a number follows it (a street: "Aurora 12") or, alone, it
    follows "in", "near", "from" or a number (a place)."""
    if lowercase:
        words_re, names, name_re = _LOWER_WORD_RE, _FIRST_NAMES_LOWER, LOWER_NAME_RE
    else:
        # (the next word may open a name too, "Can Lukas Schmidt get …")
        words_re, names, name_re = _CAPITALISED_RE, FIRST_NAMES, LISTED_NAME_RE
    out: list[Span] = []
    pos = 0
    for word in words_re.finditer(text):
        # (a set look-up first: the whole pattern only where a listed name starts)
        if word.start() < pos or word.group() not in names:
            continue
        m = name_re.match(text, word.start())
        if not m or not _name_word_ok(m.group(1)):
            continue
        end = m.end(1)
        for w in (_LOWER_WORD_RE if lowercase else _LISTED_WORD_RE).finditer(m.group(2)):
            part = w.group()
            if not _name_word_ok(part) or (lowercase and len(part) > 4 and part.endswith(_VERBISH)):
                break
            end = m.start(2) + w.end()
        alone = end == m.end(1)
        if lowercase:
            if not alone:
                out.append((m.start(), end, 0.55))
                pos = end
            continue
        pos = end
        after = _THEN_A_NUMBER_RE.match(text, end)
        if after and (alone or "," not in after.group()):
            continue  # "Aurora 12", "Maria Pia 5": a street ("Aoife O'Connor, 14 Dame Lane" is a name)
        if alone and _PLACE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue
        out.append((m.start(), end, 0.55 if alone else 0.6))
    return out


_LOWER_WORD_RE = re.compile(_LOWER_WORD)


# ---------------------------------------------------------------------------------------------
# Words of another script in a Latin-script message: a name ("Руслан", "健一 渡辺", "דוד מלול") or,
# with a number, an address ("울산광역시 북구 석촌호수길 237-96")
# ---------------------------------------------------------------------------------------------

_OTHER_LETTER = r"[^\P{L}\p{Latin}]"
_OTHER_TOKEN = r"(?:(?:" + _OTHER_LETTER + r"|\d)(?:" + _OTHER_LETTER + r"|[\p{M}\d.'’\"\-/()])*)"
OTHER_SCRIPT_RUN_RE = re.compile(
    r"(?<![\p{L}\p{M}\d])" + _OTHER_TOKEN + r"(?:[ \t]*,?[ \t]*" + _OTHER_TOKEN + r")*"
)
_OTHER_LETTER_RE = re.compile(_OTHER_LETTER)
# What Japanese, Chinese, Korean and Arabic place names end in: station, airport, park, temple, shrine,
# bridge, port, tower, mall
_OTHER_SCRIPT_PLACES = (
    *("駅", "空港", "公園", "寺", "神社", "橋", "港", "タワー", "站", "机场", "機場", "广场", "廣場"),
    *("역", "공항", "공원", "타워", "시장", "محطة", "مطار"),
)
_LATIN_LETTER_RE = re.compile(r"\p{Latin}")
_CASED_SCRIPT_RE = re.compile(r"[\p{Cyrillic}\p{Greek}\p{Armenian}]")


@lru_cache(maxsize=16)
def find_other_script(text: str) -> tuple[tuple[int, int, float, str], ...]:
    """(start, end, score, "PERSON" or "ADDRESS") for each run of words of a non-Latin script in a message
    framed in Latin letters ("Delivery address:\nАркадий Поляков\n…"); a message written wholly or
    mostly in another script is left to the other finders."""
    if text.isascii():
        return ()
    others = len(_OTHER_LETTER_RE.findall(text))
    latin = len(_LATIN_LETTER_RE.findall(text))
    if not others or latin < 15 or others > 3 * latin:  # an English frame around them
        return ()
    out = []
    for m in OTHER_SCRIPT_RUN_RE.finditer(text):
        value = m.group().rstrip(".,'’\"-/(")
        if not _OTHER_LETTER_RE.search(value):
            continue
        tokens = value.replace(",", " ").split()
        start = m.start()
        if value.endswith(_OTHER_SCRIPT_PLACES):
            continue  # "新宿駅", "김포공항": a station, an airport, a park
        if any(ch.isdigit() for ch in value):
            out.append((start, start + len(value), 0.6, "ADDRESS"))
        elif len(tokens) <= 4 and not (
            _CASED_SCRIPT_RE.search(value) and not all(t[:1].isupper() for t in tokens)
        ):
            out.append((start, start + len(value), 0.55, "PERSON"))
    return tuple(out)


def find_other_script_names(text: str) -> list[Span]:
    out = [(s, e, score) for s, e, score, kind in find_other_script(text) if kind == "PERSON"]
    return out + [(s, e, score) for s, e, score, kind in find_native_script(text) if kind == "PERSON"]


def find_other_script_addresses(text: str) -> list[Span]:
    out = [(s, e, score) for s, e, score, kind in find_other_script(text) if kind == "ADDRESS"]
    return out + [(s, e, score) for s, e, score, kind in find_native_script(text) if kind == "ADDRESS"]


# Names and addresses in a message written in Korean, Japanese or Arabic (the Latin-letter finders and
# the NER read none of them): each by the shape the script gives it.
# Korean: a road or lot address (city, district, road "…로"/"…길" or lot "…동" with its number, building
# "…동" and flat "…호"); a three-syllable name of a common family name before an honorific or the copula
# ("김서연 고객님", "박지우입니다").
_HANGUL_RE = re.compile(r"\p{Hangul}")
KO_ADDRESS_RE = re.compile(
    r"(?<![\p{Hangul}\d])(?:\p{Hangul}+(?:특별시|광역시|특별자치시|특별자치도|도)[ \t]+)?"
    r"\p{Hangul}+(?:시|군|구)(?:[ \t]+\p{Hangul}+(?:구|시|군|읍|면))?"
    r"[ \t]+[\p{Hangul}\d]+(?:로|길|동|가)[ \t]*\d{1,4}(?:-\d{1,4})?(?:번길[ \t]*\d{1,4})?"
    r"(?:[ \t]*,?[ \t]*\d{1,4}동)?(?:[ \t]*,?[ \t]*\d{1,5}호)?(?:[ \t]*,?[ \t]*\(?\d{5}\)?)?"
)
KO_NAME_RE = re.compile(
    r"(?<!\p{Hangul})(?!\p{Hangul}것)[김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함"
    r"변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉][\p{Hangul}]{2}"
    r"(?=[ \t]*(?:님|씨|고객님|고객|입니다|이에요|예요|이고요|이라고|라고|선생님|기사님|에게|한테))"
)
# Japanese: an address after its postcode mark, or opening with a prefecture, to its block numbers and
# room ("〒150-0042 東京都渋谷区宇田川町12-9 ハイツ宇田川305号室"); a family name, perhaps with the given
# name after a blank, before an honorific or "宛" ("田中 さん", "佐藤 美咲 宛", "佐藤 結衣です").
_KANA_HAN_RE = re.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_JA_BLOCK = (
    r"[\p{Han}\p{Katakana}\p{Hiragana}ー]+?(?:\d{1,2}丁目)?\d{1,4}(?:[-‐−－]\d{1,4}){0,2}(?:番地?|号)?"
)
_JA_ROOM = r"(?:[ \t　]*[\p{Han}\p{Katakana}ー]+[ \t]?\d{1,4}(?:号室|号|階))?"
JA_ADDRESS_RE = re.compile(
    r"(?:〒[ \t]?\d{3}[-‐−－]\d{4}[ \t　]*(?:" + _JA_BLOCK + _JA_ROOM + r")?"
    r"|(?<![\p{Han}])(?:東京都|北海道|京都府|大阪府|\p{Han}{2,3}県)" + _JA_BLOCK + _JA_ROOM + r")"
)
_JA_NOT_NAMES = (
    r"運転手|運転士|乗務員|担当者|担当|係員|店員|社員|駅員|先生|乗客|お客|皆|奥|息子|娘|母|父|兄|姉|弟|妹|友人|友達|警察|"
    r"彼|彼女|私|僕|俺"
)
JA_NAME_RE = re.compile(
    r"(?<![\p{Han}\p{Hiragana}\p{Katakana}ー\d])(?!(?:"
    + _JA_NOT_NAMES
    + r")(?!\p{Han}))(\p{Han}{1,3})(?:([ \t　]\p{Han}{1,3})(?=[ \t　]*(?:です|宛))"
    r"|(?:[ \t　]\p{Han}{1,3})?(?=[ \t　]*(?:さん|様|さま|宛|君|くん|ちゃん|氏)))"
)
# Arabic: a street line (its number, "شارع" and its name) with the district, town and postcode after it
# behind Arabic commas; a name after "باسم" (in the name of), "اسمي" (my name), or a title.
_ARABIC_RE = re.compile(r"\p{Arabic}")
_AR_WORD = r"(?!(?:باسم|اسمي|إلى|الى|من|في|على|رقم|هاتف|جوال|و)(?!\p{Arabic}))\p{Arabic}+"
AR_ADDRESS_RE = re.compile(
    r"(?:[\d٠-٩]{1,5}[ \t]+)?شارع(?:[ \t]+" + _AR_WORD + r"){1,5}"
    r"(?:[ \t]*[،,][ \t]*" + _AR_WORD + r"(?:[ \t]+" + _AR_WORD + r"){0,2}){0,4}(?:[ \t]+[\d٠-٩]{5})?"
)
AR_NAME_RE = re.compile(
    r"(?:باسم|اسمي|السيد|السيدة|الأستاذ|الأستاذة|المستلم|المستلمة)[ \t:]+("
    + _AR_WORD
    + r"(?:[ \t]+"
    + _AR_WORD
    + r"){0,2})"
)


@lru_cache(maxsize=16)
def find_native_script(text: str) -> tuple[tuple[int, int, float, str], ...]:
    if text.isascii():
        return ()
    out = []
    if _HANGUL_RE.search(text):
        out += [(m.start(), m.end(), 0.7, "ADDRESS") for m in KO_ADDRESS_RE.finditer(text)]
        out += [(m.start(), m.end(), 0.6, "PERSON") for m in KO_NAME_RE.finditer(text)]
    if _KANA_HAN_RE.search(text):
        out += [(m.start(), m.end(), 0.7, "ADDRESS") for m in JA_ADDRESS_RE.finditer(text)]
        out += [(m.start(), m.end(), 0.6, "PERSON") for m in JA_NAME_RE.finditer(text)]
    if _ARABIC_RE.search(text):
        out += [(m.start(), m.end(), 0.7, "ADDRESS") for m in AR_ADDRESS_RE.finditer(text)]
        out += [(m.start(1), m.end(1), 0.6, "PERSON") for m in AR_NAME_RE.finditer(text)]
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# Places a rider names, which must stay: a station, square or landmark is no person ("Potsdamer Platz",
# "Manchester Piccadilly", "the Sydney Opera House", "la Puerta del Sol", "aéroport Charles de Gaulle")
# ---------------------------------------------------------------------------------------------

PLACE_WORDS = word_list("place_words")
CITIES = word_list("cities")
# A place's word right before: "aéroport Charles de Gaulle", "Flughafen BER".
_WORD_JUST_BEFORE_RE = re.compile(r"([\p{L}][\p{L}\p{M}'’]*)[ \t]+$")


_APOSTROPHE_RE = re.compile(r"['’]")


def names_a_place(text: str, start: int, end: int) -> bool:
    """The capitalised phrase at start:end is a place: it holds a place's word, opens with a city, is a
    title alone ("Lord's"), or follows a place's word. (An article before it is no sign: "the Evelyn
    Ferreira version".)"""
    words = [w.lower().strip("'’") for w in _WORD_RE_PLAIN.findall(text, start, end)]
    if not words:
        return False
    if any(w in PLACE_WORDS for w in words) or words[0] in CITIES:
        return True
    if any(
        w in _PLACE_WORDS_WITHIN and (i or len(words) == 1 or words[1] not in _FIRST_NAMES_LOWER)
        for i, w in enumerate(words)
    ):
        return True  # (not "im Krankenhaus Maria Schmidt getroffen": the name after the place's word)
    if any(w in _NAMED_STREET_TYPES for w in words):  # "Avenue Jean-Jaurès", "Karl-Marx-Allee"
        return True
    if len(words) == 1 and (words[0] in _TITLE_WORDS or words[0].endswith(_PLACE_SUFFIXES)):
        return True  # "Lord's"; "Marienplatz", "Hauptbahnhof"
    if any(w.endswith(_PLACE_SUFFIXES_ANYWHERE) and w not in _PLACE_SUFFIXES_ANYWHERE for w in words):
        return True  # "Landeskrankenhaus Salzburg", "Kantonsspital Aarau"
    if _NAMED_AFTER_RE.search(text, max(0, start - 12), start):
        return True  # "Szpital im. Jana Pawła II": a Polish institution "named after" someone
    if _after_a_place_phrase(text, start):
        return True  # "Plaza Manuel Belgrano", "Estação Júlio Prestes": the NER took the last words only
    if any(
        w.endswith(("'s", "’s")) and nxt in _AFTER_POSSESSIVE_PLACES for w, nxt in itertools.pairwise(words)
    ):
        return True  # "King's Cross" read whole
    if "-" in text[start:end] and any(
        part.lower() in CITIES for part in _HYPHEN_PART_RE.findall(text, start, end)
    ):
        return True  # "Adolfo Suárez Madrid-Barajas", "Lyon-Saint-Exupéry": a city inside a compound
    m = _WORD_JUST_BEFORE_RE.search(text, max(0, start - 20), start)
    if m and m.group(1).lower() in _ROUTE_WORDS:
        return True  # "passou pela Marquês de Pombal", "way down Stanley Park": a route goes by places
    if m and m.group(1).lower() in _SAINTS:
        return True  # "Plaza San Martín", "São Paulo": a saint's name is a place's
    if m and m.group(1).lower() in _PLACE_PARTICLES:  # "Estação da Luz", "Gare de Lyon"
        m = _WORD_JUST_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
    if m and _APOSTROPHE_RE.split(m.group(1).lower())[-1] in _PLACE_OR_STREET_WORDS:
        return True  # "aéroport Charles de Gaulle", "Rue Victor Hugo"
    m = _STREET_TYPE_AFTER_RE.match(text, end)
    if m and m.group(1).lower() in _NAMED_STREET_TYPES:
        return True  # "Frederick Douglass Blvd", "Martin Luther King Jr Blvd"
    # or comes before one: "Murtala Muhammed Airport", "King's Cross", "Vashi station"
    m = _PLACE_WORD_AFTER_RE.match(text, end)
    if m and m.group().startswith(("'s", "’s")) and m.group(1).lower() in _AFTER_POSSESSIVE_PLACES:
        return True  # "King's Cross", "Earl's Court", "Shepherd's Bush"
    if m and m.group(1).islower() and m.group(1) in _LOWER_PLACE_AFTER:
        return True  # "Simón Bolívar park": written in lowercase after a name, Park is no surname
    park_after = m is not None and m.group(1) == "Park" and len(words) == 1
    if (park_after or (len(words) == 2 and text[end - 4 : end] == "Park")) and words[
        0
    ] not in _FIRST_NAMES_LOWER:
        m = _WORD_JUST_BEFORE_RE.search(text, max(0, start - 20), start)
        if m and m.group(1).lower() in _PLACE_PREPOSITIONS:
            return True  # "from Rizal Park", "y no en Rizal Park" (not "to Jisoo Park": a listed name)
        if m and m.group(1).lower() == "to":
            m = _WORD_JUST_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
            return bool(m and m.group(1).lower() in _MOTION_WORDS)  # "go to Rizal Park"
        return False
    # A listed first name and another word is a person whatever word stands before or after it ("took me
    # to Maria Lopez instead of my hotel", "Confío en María López"): only a place's own word, tested
    # above, makes it a place.
    listed = len(words) >= 2 and words[0] in _FIRST_NAMES_LOWER
    if not listed and _across_a_contrast(text, start, end):
        return True  # "went to Omotesando instead of <address>", "via KL Sentral instead of O. R. Tambo"
    m_at = _WORD_JUST_BEFORE_RE.search(text, max(0, start - 12), start)
    if (
        not listed
        and m_at
        and m_at.group(1).lower() == "en"
        and languages.detect(text) in (languages.ES, languages.FR)
    ):
        return True  # "me recogieron en Nuevos Ministerios": in Spanish or French "en" goes before a place
    if m_at and m_at.group(1).lower() in _LOCATIVES:
        m_not = _WORD_JUST_BEFORE_RE.search(text, max(0, m_at.start() - 12), m_at.start())
        if m_not and m_not.group(1).lower() in _NEGATIONS:
            return True  # "y no en Sabiha Gökçen", "and not at Jomo Kenyatta": where one was not left
    if m and (
        m.group(1).lower() in PLACE_WORDS
        or m.group(1).lower() in _PLACE_WORDS_WITHIN
        or m.group(1)[1:2].isdigit()
    ):
        return True
    m = _PLACE_WORD_LATER_RE.match(text, end)
    return bool(m and m.group(1).lower() in PLACE_WORDS)


_WORD_RE_PLAIN = re.compile(r"[\p{L}][\p{L}\p{M}'’]*")


# Street types that streets named after people carry (not those that are also surnames: Park, Lane, Hill)
_NAMED_STREET_TYPES = frozenset(
    [
        *("avenue", "ave", "blvd", "boulevard", "road", "rd", "street", "rue", "calle", "avenida", "allee"),
        *("straße", "strasse", "platz", "highway", "hwy", "parkway", "pkwy", "marg", "chowk", "viale"),
        *("piazza", "praça", "plaza", "place"),
        # and in more languages, before the name ("Jalan Tun Razak", "corso Vittorio Emanuele II", "piazzale
        # Loreto", "Cais do Sodré") or after it ("Martin Luther King Jr. Way", "Segunda Circular")
        *("way", "jalan", "jl", "corso", "piazzale", "largo", "cais", "rua", "circular", "rambla", "paseo"),
        *("alameda", "travessa", "strada", "ulica", "utca", "caddesi", "sokak", "thanon", "soi"),
    ]
)
_PLACE_OR_STREET_WORDS = PLACE_WORDS | _NAMED_STREET_TYPES  # (made once: the union costs more than a look-up)
_STREET_TYPE_AFTER_RE = re.compile(r"(?:[ \t]+Jr\.?)?[ \t]+(\p{L}+)")
_AFTER_POSSESSIVE_PLACES = frozenset(("cross", "court", "bush", "wharf", "inn", "green", "landing", "hill"))
_PLACE_PARTICLES = frozenset(("da", "de", "do", "del", "della", "di", "du", "des", "la", "le", "of"))
_PLACE_WORD_AFTER_RE = re.compile(r"(?:['’]s)?[ \t]+(T\d[A-Z]?(?![\w])|\p{L}+)")
# ("John| F. Kennedy International": the place's word after the rest of its name)
_PLACE_WORD_LATER_RE = re.compile(r"(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’\-]+)){1,2}[ \t]+(\p{L}+)")
_ROUTE_WORDS = frozenset(
    (
        "via",
        "pela",
        "pelo",
        "through",
        "along",
        "down",
        "past",
        "across",
        "durch",
        "entlang",
        "lungo",
        "langs",
    )
)
_SAINTS = frozenset(("san", "santa", "santo", "são", "saint", "sainte", "st", "ste", "sankt", "sint"))
_PLACE_SUFFIXES = ("platz", "bahnhof", "straße", "strasse", "brücke", "markt", "plein", "station")
# Words that make a place of the phrase holding them or of the name right before them ("Allgemeines
# Krankenhaus", "Sandton City", "Westfield Stratford", "Marks & Spencer entrance", "Santiago's Bar"), but not
# of a name after them, as `PLACE_WORDS` do ("im Krankenhaus Maria Schmidt getroffen" is a person)
_PLACE_WORDS_WITHIN = frozenset(
    (
        *("city", "krankenhaus", "klinik", "klinika", "szpital", "szpitala", "szpitalu", "szpitalem"),
        *("dworzec", "dworca", "dworcu", "hastane", "hastanesi", "ospedale", "ziekenhuis", "clinic"),
        *("clínica", "clinica", "bar", "grill", "restaurant", "restaurante", "ristorante", "pub", "diner"),
        *("entrance", "entrada", "eingang", "entrée", "ingresso", "ingang", "wejście", "exit", "ausgang"),
        *("sortie", "salida", "saída", "uscita", "uitgang", "lobby", "westfield", "outlet", "galleria"),
    )
)
_PLACE_SUFFIXES_ANYWHERE = ("bahnhof", "krankenhaus", "klinikum", "spital", "flughafen", "ziekenhuis")
_NAMED_AFTER_RE = re.compile(r"(?<![\w])(?:im\.|imienia)[ \t]+$")
# capitalised words (or a name's particles) back to a place's word before them
_CAPITALISED_BEFORE_RE = re.compile(r"\p{Lu}[\p{L}\p{M}'’\-]*[ \t]+\p{Lu}[\p{L}\p{M}'’\-]*[ \t]+$")
_ROUTE_TO_RE = re.compile(r"([\p{L}][\p{L}\p{M}'’]*)[ \t]+(?:to|till|nach|naar|→|->)[ \t]+$")


def _after_a_place_phrase(text: str, start: int) -> bool:
    """A place's word opens the capitalised words before `start` ("Plaza Manuel| Belgrano"), or `start`
    is where a route from a place goes ("Shannon Airport to| Limerick")."""
    before = text[max(0, start - 60) : start]
    if _CAPITALISED_BEFORE_RE.search(before):
        words = before.split()
        for i in range(len(words) - 1, max(-1, len(words) - 4), -1):
            word = words[i]
            low = word.lower()
            if word[:1].isupper() and low in PLACE_WORDS and i < len(words) - 1:
                return True
            if not (word[:1].isupper() or word in _PLACE_PARTICLES) or not word.replace("-", "").isalpha():
                break
            if low not in _FIRST_NAMES_LOWER and (
                _is_plain_word(low) or languages.is_common_anywhere(low) or low in COMMON_NOUNS
            ):
                break  # "Hotel Manager Carlos| Ruiz": a person's role between
    m = _ROUTE_TO_RE.search(before)
    return bool(m and m.group(1).lower() in PLACE_WORDS)


_HYPHEN_PART_RE = re.compile(r"(?<=-)\p{L}[\p{L}\p{M}]*|\p{L}[\p{L}\p{M}]*(?=-)")
_MOTION_WORDS = frozenset(
    (
        *("go", "goes", "went", "going", "gone", "drive", "drove", "driving", "ride", "rode", "way", "back"),
        *("head", "headed", "heading", "get", "got", "take", "took", "taken", "walk", "walked", "bring"),
    )
)
_LOCATIVES = frozenset(("at", "in", "en", "em", "à", "a", "am", "bei", "op", "bij", "al", "na", "no"))
_NEGATIONS = frozenset(("not", "no", "não", "nao", "non", "pas", "nicht", "niet"))
# Place words that are also surnames, taken after a name only in lowercase ("Simón Bolívar park")
_LOWER_PLACE_AFTER = frozenset(("park", "lane", "hill", "court", "green", "cross", "garden", "gardens"))
# Where a rider went or came from: before "X Park" they make it a park, not Mr Park
_PLACE_PREPOSITIONS = frozenset(
    (
        "on",  # "he'd leave me on Lincoln Park"
        "from",
        "at",
        "near",
        "past",
        "along",
        "around",
        "in",
        "en",
        "à",
        "au",
        "desde",
        "hasta",
        "em",
        "na",
        "no",
        "bij",
        "naar",
        "am",
        "beim",
        "zum",
        "vom",
    )
)


# Where a rider was taken instead of where they asked to go: the two sides of "instead of" are places
# alike ("went to Omotesando instead of Maison Aoyama 901, …", "fue a Ángel de la Independencia y no a
# Av. Cuauhtémoc 2251", "went via KL Sentral instead of O. R. Tambo").
_CONTRAST = (
    r"instead[ \t]+of|rather[ \t]+than|and[ \t]+not[ \t]+(?:to|at)|y[ \t]+no[ \t]+(?:a|al|en)|"
    r"en[ \t]+lugar[ \t]+de|en[ \t]+vez[ \t]+de|e[ \t]+não[ \t]+(?:a|ao|em|no|na)|em[ \t]+vez[ \t]+de|"
    r"au[ \t]+lieu[ \t]+de|et[ \t]+pas[ \t]+(?:à|a|au)|invece[ \t]+di|anstatt|statt|in[ \t]+plaats[ \t]+van"
)
_TWO_WORDS_BEFORE_RE = re.compile(r"(\p{L}+)[ \t]+(\p{L}+)[ \t]+$")
_CONTRAST_AFTER_RE = re.compile(r"(?:[ \t]*,)?[ \t]++(?i:" + _CONTRAST + r")(?![\p{L}])")
_CONTRAST_BEFORE_RE = re.compile(r"(?<![\p{L}])(?i:" + _CONTRAST + r")[ \t]+$")
_CONTRAST_KEYS = (
    "instead",
    "rather",
    " not ",
    " no ",
    "lugar",
    "vez",
    "não",
    "lieu",
    " pas ",
    "invece",
    "statt",
    "plaats",
)
# where one went: a motion's word before "to"/"a" ("went to", "fue a", "took me to", "me llevó a"), a
# route's word ("via", "along") or a locative ("at", "in", "bij")
_TOWARDS = frozenset(("to", "a", "al", "à", "au", "naar", "nach", "zum", "zur", "para", "pra", "ao", "til"))
_MOTION_ANY = _MOTION_WORDS | frozenset(
    (
        *("me", "us", "him", "her", "them", "drove", "dropped", "taken", "fue", "fuimos", "llevó", "llevo"),
        *("dejó", "condujo", "fui", "foi", "fomos", "levou", "deixou", "allé", "allée", "allés", "emmené"),
        *("conduit", "déposé", "fuhr", "gefahren", "gebracht", "reed", "ging", "andato"),
        *("andata", "portato", "portati", "lasciato", "lasciati", "andò", "arrivato", "arrivati"),
    )
)
_PLACE_SIDE_RE = re.compile(r"(?<![\p{L}])(\p{L}+)[ \t]+(\p{L}+)[ \t]+(?:the[ \t]+)?[\p{Lu}\d]")
_LOCATIVE_SIDE = frozenset(
    ("at", "near", "in", "en", "em", "bij", "am", "beim", "na", "no", "past", "around")
)


def _goes_to(before: str, word: str) -> bool:
    """`word` opens a place where one went: a route's word or a locative, or "to"/"a" after a motion."""
    word, before = word.lower(), before.lower()
    if word in _ROUTE_WORDS or word in _LOCATIVE_SIDE:
        return True
    return word in _TOWARDS and before in _MOTION_ANY


def _across_a_contrast(text: str, start: int, end: int) -> bool:
    low = text.lower()
    if not any(key in low for key in _CONTRAST_KEYS):
        return False
    if _CONTRAST_AFTER_RE.match(text, end):
        m = _TWO_WORDS_BEFORE_RE.search(text, max(0, start - 40), start)
        return bool(m and _goes_to(m.group(1), m.group(2)))
    contrast = _CONTRAST_BEFORE_RE.search(text, max(0, start - 24), start)
    if not contrast:
        return False
    # the other side, just before the contrast, where one went ("went via KL Sentral instead of …")
    for m in _PLACE_SIDE_RE.finditer(text, max(0, contrast.start() - 50), contrast.start(), overlapped=True):
        if _goes_to(m.group(1), m.group(2)):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# What lies between two pieces of one address: a floor or door ("r/c Dto", "3. OG links", "9. th."), a
# building's part ("Stiege 9", "Bât. B"), a district ("Col. Centro", "Opp. SBI Bank", "Brgy. Bel-Air"),
# a Japanese block number ("2-27-12 Kita-Shinagawa"), a postcode's cue ("CEP", "C.P.")
# ---------------------------------------------------------------------------------------------

_GAP_TOKEN_RE = re.compile(
    r"(?:\p{Lu}[\p{L}\p{M}'’\-]*\.?|\d{1,5}(?:[\-/]\d{1,5}){0,2}[A-Za-z]?\.?|\d{1,2}\.?[ºª°]|[A-Z]{1,3}\.?"
    r"|(?i:r/c|c/o|dto|esq|esq\.|dcha|izq|depto|dpto|apto|apt|piso|int|m|th|tv|mf|st|og|eg|links|rechts|"
    r"stiege|stock|étage|etage|porte|gauche|droite|bât|bat|esc|bl|sc|ap|et|col|opp|brgy|blk|block|"
    r"de|da|do|das|dos|del|la|le|les|los|las|di|du|des|van|von|der|am|an|im|ku|shi|cho|chome|of|the))(?:[.,]|$)"
)
_GAP_SPLIT_RE = re.compile(r"[ \t]*[,\n][ \t]*|[ \t]+")


_GAP_BREAK_RE = re.compile(r"[!?;:()]|\.[ \t]+\p{Ll}")


def address_gap(gap: str) -> bool:
    """The text between two address pieces belongs to the address: at most 40 characters and one line
    break, no blank line, no protected id, amount or date, and every word a capitalised word, a number,
    an abbreviation, a particle or a floor, door or district word."""
    if not gap.strip() or len(gap) > 48 or gap.count("\n") > 2 or "\n\n" in gap or _GAP_BREAK_RE.search(gap):
        return False
    tokens = [t for t in _GAP_SPLIT_RE.split(gap.strip(" ,\t\n-")) if t]
    return 0 < len(tokens) <= 5 and all(_GAP_TOKEN_RE.fullmatch(t.rstrip(",")) for t in tokens)


# ---------------------------------------------------------------------------------------------
# The pieces an address is written in, beside what was found of it: a building or estate before the
# street ("Résidence les Acacias, ", "Riverside Gardens, Apt C4, "), a floor or door ("1e étage, porte
# gauche, "), the street's name before its number ("Pátio de Aragão, 7"), and after it a unit, a
# district ("Col. Juárez", "Opp. SBI Bank"), the town with its region ("Martins - RS", "Segovia
# (Madrid)", "Ver."), the postcode in more layouts ("C1425BGN", "150-0001", "40215-00100") and the
# country. A town on a line of its own counts only when a postcode, region or country follows it (it
# may be a signature); on the street's line a town that is not all common words counts on its own.
# ---------------------------------------------------------------------------------------------

_PIECE_UNIT_WORDS = (
    r"apt|apartment|flat|unit|suite|bât|bâtiment|bat|esc|escalera|porte|piso|depto|dpto|apto|int|interior|"
    r"block|blk|bloco|torre|casa|lote|quadra|qd|sala|andar|floor|fl|stock|dept|departamento|portal|"
    r"planta|pta|puerta|stiege|tür|top|whg|wohnung|c/o|hinterhaus|vorderhaus|bldg|building|dto|"
    r"h\.[ \t]?no|house[ \t]no|plot|door[ \t]no|shop|sector|villa|zone|street|office|room|lot|app|appt|"
    r"appartement|bureau|local"
)
_PIECE_UNIT = (
    r"(?:" + UNIT_RE.pattern + r"|(?i:" + _PIECE_UNIT_WORDS + r")\.?(?:[ \t]+(?i:no)\.?)?[ \t]*#?"
    r"(?:[\p{L}\d][\p{L}\d\-]{0,7}|\p{Lu}[\p{L}\p{M}\-]+)"
    r"|\d{1,2}(?:e|er|ère|ème|º|ª|°|st|nd|rd|th)[ \t]+(?i:étage|etage|floor|andar|piso|stock)"
    r"|(?i:porte|door)[ \t]+\p{Ll}+|#\d{1,4}-\d{1,5})"
)
_PIECE_DISTRICT = (
    r"(?:(?i:col\.|colonia|opp\.|opposite|near|nr\.|behind|brgy\.|barangay|bairro|barrio|sector|jardim|"
    r"vila|urb\.|fracc\.|sec\.|phase|ward|kelurahan)[ \t]+" + CITY + r")"
)
_PIECE_POSTCODE = (
    r"(?:(?:(?i:cep|c\.p\.|pin|p\.?o\.?[ \t]box|caixa[ \t]postal|apartado|postfach)[ \t]*:?[ \t]*)?"
    r"(?:\d{5}-\d{5}|[A-Z]\d{4}[A-Z]{3}|[A-Z]\d{4}(?=[ \t]+\p{Lu})|\d{3}-\d{4}|"
    + POSTCODE_FORMS
    + r")(?![\w])"
    r"(?:[ \t]+" + CITY + r"\.?)?)"
)
_PIECE_TOWN = (
    r"(?:" + CITY + r"(?:[ \t]*\(" + CITY + r"\))?\.?"
    r"(?:[ \t]+-[ \t]+(?:[A-Z]{2,3}|" + CITY + r")|[ \t]*,?[ \t]+(?:[A-Z]\.){1,3}|[ \t]+\(?[A-Z]{2,3}\)?)?"
    r"(?:[ \t]*[ \t,][ \t]*(?:" + POSTCODE_FORMS + r"))?(?![\w]))"
)
_PIECE_END = (
    # (a Turkish district before its province after a slash: "…, Caddebostan, Kadıköy/İstanbul")
    r"(?=[ \t]*(?:[,;.!?)\n]|$|[ \t]-[ \t])|/\p{Lu}|(?<=\d)(?=[ \t]+\p{Ll})|"
    r"[ \t]+(?i:instead|rather|and[ \t]+ended|au[ \t]+lieu|en[ \t]+vez|"
    r"en[ \t]+lugar|y[ \t]+no|em[ \t]+vez|e[ \t]+não|invece|statt|anstatt|in[ \t]+plaats)(?![\p{L}]))"
)
_PIECE_AFTER_RE = re.compile(
    r"([ \t]*(?:[,;][ \t]*\n?|\.?[ \t]*\n|[ \t]-[ \t]|\.[ \t]*,)[ \t]*|[ \t]+(?=\()|/(?=\p{Lu})"
    r"|[ \t]+(?=(?:Dto|Dpto|Depto|Apto|Int|Piso|Torre|Of|Oficina|Puerta|Pta|Esc)\.?[ \t]*[\p{L}\d]))"
    r"(?:(?:("
    + _PIECE_UNIT
    + r"|"
    + _PIECE_DISTRICT
    + r"|\("
    + CITY
    + r"\))"
    + _PIECE_END
    + r"|("
    + _PIECE_POSTCODE
    + r")|("
    + _PIECE_TOWN
    + r")"
    + _PIECE_END
    + r"))"
)
_BUILDING_WORDS = (
    r"court|gardens?|heights|towers?|residency|residence|résidence|apartments|building|complex|plaza|"
    r"mansions?|villas?|estate|enclave|condominio|condomínio|edificio|edifício|edif\.|conjunto|favela|"
    r"pátio|patio|lagoa|block|blk|chambers|house|hall|lodge|terraces?|arcade|centre|center|bhavan|nagar|"
    r"sadan|niwas|kunj|vihar|enclave|homes|residences|immeuble|hlm|"
    # (a farm, a ranch or a rural district: "Vereda El Salado, finca La Esperanza, km 7 vía Rionegro")
    r"finca|vereda|hacienda|rancho|fazenda|sítio|chácara|chacra|quinta|corregimiento|ejido|granja|cortijo|"
    r"masía|farm|ranch|shamba|dusun|kebun"
)
_PIECE_BEFORE_RE = re.compile(
    r"(?:(?<![\p{L}\d])(" + _PIECE_UNIT + "|" + _PIECE_DISTRICT + "|" + _PIECE_POSTCODE + r")"
    r"|(?<![\p{L}\p{M}'’\-])((?:(?:da|de|do|dos|das|del|di|du|la|le|los|las)[ \t]+)?"
    + _PIECE_TOWN
    + r"(?:[ \t]*,?[ \t]+\d{1,5}[A-Za-z]?)?))"
    r"([ \t]*[,;][ \t]*\n?|[ \t]*\n)[ \t]*$"
)
_BUILDING_RE = re.compile(r"(?i:(?<![\p{L}])(?:" + _BUILDING_WORDS + r")(?![\p{L}]))")
_STREET_NAME_BEFORE_NUMBER_RE = re.compile(r"(?<![\p{L}\p{M}'’\-])(" + CITY + r")[ \t]*,?[ \t]+$")
_TYPE_WORD_BEFORE_RE = re.compile(
    r"(?<![\p{L}\p{M}'’\-])(?=\p{Lu})(?:(?i:" + FR_TYPES + "|" + ES_IT_PT_TYPES + r"|favela|lagoa|pátio|"
    r"quadra|travessa|beco|ladeira|vila|jardim|alameda|setor|conjunto|soi|moo|marg|gali|chowk))[ \t]+$"
)


_REGION_OR_NUMBER_RE = re.compile(r"\d|(?<![\p{L}])[A-Z]{2,3}(?![\p{L}])|\.$")
# A postcode the phone finder took ("Quirihue, 2591230", "Tokyo 150-0001", "Mendes - PE\n53634-035").
POSTCODE_SHAPED_RE = re.compile(r"\d{3}-\d{4}|\d{5}-\d{3}|\d{4,7}")
_TOWN_BEFORE_RE = re.compile(r"(?<=(?:^|\n|,)[ \t]*)(" + CITY + r")[ \t]+$")


def postcode_read_as_phone(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The address a phone-shaped postcode closes, when the pieces before it make one."""
    if not POSTCODE_SHAPED_RE.fullmatch(text[start:end]):
        return None
    head = start
    m = _TOWN_BEFORE_RE.search(text, max(0, start - 40), start)
    if m and _not_all_plain(m.group(1)):
        head = m.start(1)
    first = address_pieces_start(text, head)
    if first == start:
        return None
    return first, address_pieces_end(text, end)


_CUT_CUE_RE = re.compile(
    r"(?:[,;][ \t]*|\n)(?i:opp|col|nr|brgy|urb|fracc|sec|int|depto|dpto|apto|esc|bât|bat|piso|blk)$"
    r"|[ \t](?:Dto|Dpto|Depto|Apto|Int|Piso|Torre|Of|Puerta|Pta|Esc)$"
)
_BUILDING_AFTER_RE = re.compile(r"(?:[ \t]+" + _NOT_STOP + _CAP + r"){1,2}" + _PIECE_END)


def _not_all_plain(piece: str) -> bool:
    words = _WORD_RE_PLAIN.findall(piece)
    return bool(words) and not all(_is_plain_word(w) for w in words)


# What leads up to the id, amount, date or time an address's growth stopped at is no part of the address:
# the next sentence's first words ("…, Lagos. Trip 3c9d0e1f", "Quận 3. Chuyến d05a3b8e") or a preposition
# ("Tower 2 at 9pm", "…, Lublin o 6:50").
_LEAD_IN_AFTER_STOP_RE = re.compile(
    r"[.!?](?:[ \t]+|[ \t]*\n[ \t]*)\p{L}[\p{L}\p{M}'’]*(?:[ \t]+\p{L}[\p{L}\p{M}'’]*)?[ \t#:]*$"
)
_LEAD_IN_WORDS_RE = re.compile(r"(?:[ \t]+\p{Ll}{1,5}){1,2}[ \t]*$")


def address_cut_end(text: str, start: int, cut: int) -> int:
    """Where an address ends whose growth a kept item stopped at `cut`, without that item's lead-in (the
    address before it stays whole: what is cut off is one or two words)."""
    for pattern in (_LEAD_IN_AFTER_STOP_RE, _LEAD_IN_WORDS_RE):
        m = pattern.search(text, max(start, cut - 34), cut)
        if m and any(c.isalnum() for c in text[start : m.start()]):
            return m.start()
    return cut


def address_pieces_end(text: str, end: int) -> int:
    """Where an address really ends, over the pieces written after it (see above)."""
    best, cursor = end, end
    m = _CUT_CUE_RE.search(text, max(0, end - 12), end)
    if m and _PIECE_AFTER_RE.match(text, m.start()):
        cursor = m.start()  # found up to "Opp" or "depto" of "Opp. SBI Bank", "depto. C": read it again
    else:
        m = _BUILDING_AFTER_RE.match(text, end)
        if m and _BUILDING_RE.search(m.group()):  # "Marina Heights| Tower"
            best = cursor = m.end()
    for _ in range(6):
        m = _SLASH_TOWN_RE.match(text, cursor)
        if not m and _POSTCODE_BEFORE_RE.search(text, max(0, cursor - 9), cursor):
            m = _TOWN_AFTER_POSTCODE_RE.match(text, cursor)  # "…\n4050-262 Porto": the town after it
        if m and _not_all_plain(m.group(1)):
            best = cursor = m.end()  # "34710 Kadıköy/İstanbul": the district's province after a slash
            continue
        m = _PIECE_AFTER_RE.match(text, cursor)
        if not m:
            break
        piece = m.group(2) or m.group(3) or m.group(4)
        if m.group(4) is not None:  # a town, perhaps with its region, postcode or country
            country = piece.lower() in COUNTRY_NAMES
            if not country and not _not_all_plain(piece) and not _DIGIT_RE.search(piece):
                break
            anchored = "\n" not in m.group(1) or country or bool(_REGION_OR_NUMBER_RE.search(piece))
        else:
            anchored = True
        cursor = m.end()
        if anchored:
            best = cursor
    if text[best : best + 1] == "," and may_name_a_country(text):
        m = _COUNTRY_AFTER_RE.match(text, best)
        if m:  # "…, Seongnam-si, South Korea and ended up at …": the country ends it
            best = m.end()
    return best


_COUNTRY_AFTER_RE = re.compile(r",[ \t]*" + _COUNTRY)
_POSTCODE_BEFORE_RE = re.compile(r"(?<![\w\-.,/])(?:\d{4}-\d{3}|\d{5}|\d{2}-\d{3}|\d{3}[ ]\d{2})$")
_TOWN_AFTER_POSTCODE_RE = re.compile(
    r"[ \t]++(\p{Lu}[\p{Ll}\p{M}]+(?:[ \-]\p{Lu}[\p{Ll}\p{M}]+)?)(?=[ \t]*+(?:[.,;!?)]|\n|$))"
)
_SLASH_TOWN_RE = re.compile(r"/(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{M}\d/])")


def address_pieces_start(text: str, start: int) -> int:
    """Where an address really starts, over the pieces written before it (see above)."""
    m = _TYPE_WORD_BEFORE_RE.search(text, max(0, start - 16), start)
    if m:
        start = m.start()
    elif start < len(text) and text[start].isdigit():
        m = _STREET_NAME_BEFORE_NUMBER_RE.search(text, max(0, start - 50), start)
        if m and not _is_plain_word(m.group(1).split()[0]) and _not_all_plain(m.group(1)):
            start = m.start(1)
    best = cursor = start
    for _ in range(5):
        if text[max(0, cursor - 4) : cursor].rstrip(" \t")[-1:] not in (",", ";", "\n"):
            break  # (no separator right before: the dear search below cannot match)
        m = _PIECE_BEFORE_RE.search(text, max(0, cursor - 60), cursor)
        if not m:
            break
        if m.group(1) is not None:
            anchored = True
        else:
            piece = m.group(2)
            if _is_plain_word(piece.split()[0]) or not _not_all_plain(piece):
                break
            anchored = bool(
                _BUILDING_RE.search(piece)
                or _ENDS_IN_SUFFIX_RE.search(piece)
                or _REGION_OR_NUMBER_RE.search(piece)
                or piece.lower() in COUNTRY_NAMES
            )
        cursor = m.start(1) if m.group(1) is not None else m.start(2)
        if m.group(1) is None:
            kind = _KIND_BEFORE_RE.search(text, max(0, cursor - 16), cursor)
            if kind:  # "finca La Esperanza", "sítio Boa Vista": the kind in lowercase before the name
                cursor, anchored = kind.start(), True
        if anchored:
            best = cursor
    return best


_KIND_BEFORE_RE = re.compile(r"(?<![\p{L}\p{M}])(?:" + _BUILDING_WORDS + r")[ \t]+$")


# ---------------------------------------------------------------------------------------------
# The segments a rider adds to an address, between commas, the way people tell where they live: a
# landmark and where the house stands from it ("behind Apollo Pharmacy", "perto da igreja", "nyuma ya
# kanisa la KKKT", "köşedeki fırının karşısı", "fo2 el saydaleya"), a floor, block or flat of several
# words ("bloco B apto 42", "klatka 3", "II piętro", "B blok no:22"), what the house or its gate looks
# like ("the house with the ramp", "immeuble jaune", "rumah pagar hijau", "geti la njano"). Read only
# beside an address found: a landmark named alone stays a place.
# ---------------------------------------------------------------------------------------------

_RELATION = (
    r"near|nr\.?|behind|opposite|opp\.?|next[ \t]+to|after|past|beside|across[ \t]+from|"
    r"in[ \t]+front[ \t]+of|before|off|above|below|facing|close[ \t]+to|"
    r"perto[ \t]+d[aoe]s?|ao[ \t]+lado[ \t]+d[aoe]s?|atrás[ \t]+d[aoe]s?|depois[ \t]+d[aoe]s?|"
    r"em[ \t]+frente[ \t]+(?:a|à|ao|d[aoe]s?)|frente[ \t]+a[lo]?|entre|cerca[ \t]+de[l]?|"
    r"junto[ \t]+(?:a|ao|à|de)|"
    r"al[ \t]+lado[ \t]+de[l]?|detrás[ \t]+de[l]?|después[ \t]+de[l]?|enfrente[ \t]+de[l]?|"
    r"derrière|à[ \t]+côté[ \t]+d(?:e|u|es)|en[ \t]+face[ \t]+d(?:e|u|es)|après|près[ \t]+d(?:e|u|es)|"
    r"au-dessus[ \t]+d(?:e|u|es)|neben|hinter|gegenüber|"
    r"przy|za|obok|naprzeciwko|naprzeciw|nad|koło|"
    r"nyuma[ \t]+ya|karibu[ \t]+na|baada[ \t]+ya|mbele[ \t]+ya|kando[ \t]+ya|jirani[ \t]+na|mkabala[ \t]+na|"
    r"belakang|dekat|samping|sebelah|depan|seberang|"
    r"tapat[ \t]+ng|katabi[ \t]+ng|likod[ \t]+ng|malapit[ \t]+sa|harap[ \t]+ng|"
    r"fo2|fou2|ta7t|ganb|gamb|janb|wara|hda|7da|"
    r"gần|đối[ \t]+diện|cạnh|kế[ \t]+bên"
)
_RELATION_RE = re.compile(r"(?<![\p{L}\p{M}\d])(?i:" + _RELATION + r")[ \t]+\S")
_RELATION_FIRST_RE = re.compile(r"(?i:" + _RELATION + r")[ \t]+\S")
# (a Turkish landmark's postposition after it: "köşedeki fırının karşısı")
_POSTPOSITION_END_RE = re.compile(
    r"[\p{L}\p{M}]{2,}[ \t]+(?i:karşısı|karşısında|yanı|yanında|arkası|arkasında|üstü|üstünde|altı|altında|"
    r"önü|önünde|bitişiği|bitişiğinde)(?![\p{L}\p{M}])"
)
_HOUSE_LOOKS_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?i:house|home|gate|door|wall|fence|compound|casa|portão|porteira|portón|muro|maison|"
    r"immeuble|portail|bâtiment|pavillon|rumah|pagar|gerbang|nyumba|geti|lango|ukuta|dom|brama|budynek|"
    r"furtka|ev|kapı|bina|bahay|gusali|bakod|nhà|cổng|left|right|gauche|droite|izquierda|derecha|esquerda|"
    r"direita|prawej|lewej|kulia|kushoto|kiri|kanan|kaliwa|sağda|solda)(?![\p{L}\p{M}])"
)
_SEGMENT_UNIT_WORD = (
    r"apt|apto|apartment|flat|unit|suite|bloco|blok|block|blk|bl|torre|tower|lantai|floor|fl|piso|andar|étage|"
    r"etage|piętro|pietro|kat|daire|d|klatka|kl|m|lok|lokal|mieszkanie|room|rm|house|casa|lote|lot|quadra|qd|"
    r"phase|nyumba|namba|number|no|nr|nº|n°|número|numero|numéro|gang|rt|rw|km|tranche|villa|plot|door|porte|"
    r"puerta|pta|int|interior|depto|dpto|dept|wing|entrada|escalera|esc|stage|sector|zone|purok|gate|"
    r"portão|stock|og|et|ap|sala|bldg|building|kav|kaveling"
)
_SEGMENT_TOKEN = (
    r"(?:(?i:" + _SEGMENT_UNIT_WORD + r")\.?(?::[ \t]*|[ \t]*#)?(?=[ \t/]|$|\d)"
    r"|\d{1,2}(?:e|er|ère|ème|º|ª|°|st|nd|rd|th|\.)(?![\p{L}\d])"
    r"|#?\d{1,5}[A-Za-z]?(?:[/\-.]\d{1,5}[A-Za-z]?){0,2}|[A-Z]\d{0,3}|[IVX]{1,4})"
)
_UNIT_SEGMENT_RE = re.compile(_SEGMENT_TOKEN + r"(?:(?:[ \t]+|/)?" + _SEGMENT_TOKEN + r"){1,7}")
_SEGMENT_VALUE_RE = re.compile(r"\d|(?<![\p{L}])(?:[A-Z]|[IVX]{1,4})(?![\p{L}])")
_SEGMENT_UNIT_WORD_RE = re.compile(r"(?<![\p{L}])(?i:" + _SEGMENT_UNIT_WORD + r")(?![\p{L}])")
# Words no part of an address says: a person, a verb of what happened, the trip ("near the mall, then I
# waited", "after that the driver left").
_SEGMENT_STOP = (
    "i i'm me my we us our you your he she they him her them it was is were are had has have did will "
    "would can could then and so but because when while if that this please thanks driver drivers trip ride "
    "fare charged paid waited called said told came went go come minutes mins min hour hours time "
    "eu meu minha você ele ela nós foi era je j' il elle nous vous était mon ma ich wir er sie ist war "
    "yo él ella nosotros fue saya aku kami kita ben biz ja ona był była jest mimi sisi "
    "yeye ako ko siya tôi anh chị ana enta howa heya"
)
_SEGMENT_STOP_WORDS = frozenset(_SEGMENT_STOP.split())
_SEGMENT_BODY = (
    r"(?:[^,;.!?()\n\"“”]|(?<=(?<![\p{L}])(?:\p{Lu}\p{Ll}{0,2}|(?i:no|nr|apt|int|col|ul|os|mah|cd|sk|sok|"
    r"blk|brgy|jl|av|ave|km)))\.(?=[ \t]*[\p{L}\d]))+"
)
_SEGMENT_END = r"(?=[ \t]*(?:[,;.!?)\n]|$))"
_SEGMENT_AFTER_RE = re.compile(
    r"([ \t]*[,;][ \t]*|[ \t]*\([ \t]*|[ \t]+(?=(?i:"
    + _RELATION
    + r")[ \t]))("
    + _SEGMENT_BODY
    + ")"
    + _SEGMENT_END
)
_SEGMENT_REST_RE = re.compile(r"[ \t]+" + _SEGMENT_BODY + _SEGMENT_END)


def _address_segment(segment: str, *, first_word_only: bool) -> bool:
    """A segment is a landmark's clause, a floor, block or flat, or what the house looks like."""
    words = segment.split()
    if not words or len(words) > 9 or len(segment) > 72:
        return False
    if any(w.lower().strip("'’\":.") in _SEGMENT_STOP_WORDS for w in words):
        return False
    if first_word_only:
        return bool(_RELATION_FIRST_RE.match(segment))
    if _UNIT_SEGMENT_RE.fullmatch(segment):
        return bool(_SEGMENT_UNIT_WORD_RE.search(segment)) and bool(_SEGMENT_VALUE_RE.search(segment))
    return bool(
        (segment[0].isupper() and _BUILDING_RE.search(segment) and _not_all_plain(segment.split()[-1]))
        or _RELATION_RE.search(segment)
        or _POSTPOSITION_END_RE.search(segment)
        or _HOUSE_LOOKS_RE.search(segment)
    )


_SEGMENT_START_RE = re.compile(r"[,;(][ \t]*")


def _unit_rest_end(text: str, end: int) -> int:
    """Over the rest of a unit's segment the pieces ended inside ("…, Torre 2| apto 1104, …")."""
    m = _SEGMENT_REST_RE.match(text, end)
    if not m:
        return end
    head = text.rfind(",", max(0, end - 40), end)
    segment = text[head + 1 : m.end()].strip() if head >= 0 else ""
    if (
        segment
        and _UNIT_SEGMENT_RE.fullmatch(segment)
        and _SEGMENT_UNIT_WORD_RE.search(segment)
        and _SEGMENT_VALUE_RE.search(segment)
    ):
        return m.end()
    return end


def address_segments_end(text: str, start: int, end: int) -> int:
    """Where an address ends over its pieces (address_pieces_end) and the segments above after them,
    also over the rest of a segment it ends inside ("nad apteką Dbam| o Zdrowie")."""
    m = _SEGMENT_REST_RE.match(text, end)
    if m and end > start:
        head = max(
            (h.end() for h in _SEGMENT_START_RE.finditer(text, max(start, end - 60), end)), default=start
        )
        if _address_segment(text[head : m.end()], first_word_only=False) or (
            _SIDE_KEPT_RE.fullmatch(m.group().strip())
            and _HOUSE_NUMBER_BEFORE_RE.search(text, max(0, end - 8), m.end() - len(m.group().lstrip()))
        ):  # ("Carrera 43A #18| Sur-135": the street's side and distance after the house number)
            end = m.end()
    head = text.rfind(",", max(0, end - 72), end)
    described = bool(
        head >= 0 and _HOUSE_LOOKS_RE.search(text, head, end) and not _RELATION_RE.search(text, head, end)
    )
    best = _unit_rest_end(text, address_pieces_end(text, end))
    if described and best > end and _RELATION_FIRST_RE.match(text[end:best].lstrip(" \t,;(")):
        return end
    for _ in range(6):
        m = _SEGMENT_AFTER_RE.match(text, best)
        if not m or not _address_segment(m.group(2), first_word_only=not m.group(1).strip()):
            break
        # the house's look is told last: a landmark after it is where to go ("…, the gate with two
        # lions, near Village Market")
        if described and _RELATION_FIRST_RE.match(m.group(2)):
            break
        described = described or bool(
            _HOUSE_LOOKS_RE.search(m.group(2)) and not _RELATION_RE.search(m.group(2))
        )
        best = _unit_rest_end(text, address_pieces_end(text, m.end()))
        if described and best > m.end() and _RELATION_FIRST_RE.match(text[m.end() : best].lstrip(" \t,;(")):
            return m.end()
    return best


# Before an address: a unit's segment ("Gate 2, Ayala Westgrove Heights, …", "Flat 3B, Green Court, …"),
# a neighbourhood after its label ("Mahalle: Caferağa, Moda Cd. …"), and a unit's word before the house
# number the finders began at ("nyumba 6", "lantai 12").
_SEGMENT_BEFORE_RE = re.compile(
    r"(?:^|(?<=[,;:\n(])|(?<=(?<![\p{L}])(?i:at|in|on|is|to|à|em|en|na|di|ni|w)[ \t]))[ \t]*"
    r"((?:[^,;:()\n.!?]|(?<=(?<![\p{L}])(?i:no|nr|mah|brgy|blk))\.)+?)[ \t]*[,;][ \t]*$"
)
_DISTRICT_LABEL_BEFORE_RE = re.compile(
    r"(?<![\p{L}])(?i:mahalle|mah\.|mahallesi|barangay|brgy\.|bairro|barrio|colonia|kelurahan|desa|osiedle)"
    r"[ \t]*:?[ \t]*(" + CITY + r")[ \t]*[,;][ \t]*$"
)
_UNIT_TOKEN_BEFORE_RE = re.compile(r"(?<![\p{L}\p{M}\d])(" + _SEGMENT_TOKEN + r")[ \t]*$")
_ESTATE_BEFORE_RE = re.compile(r"(?<![\p{L}\p{M}])(" + CITY + r")[ \t]+$")


def address_segments_start(text: str, start: int) -> int:
    """Where an address starts over its pieces (address_pieces_start) and the segments above before it."""
    best = address_pieces_start(text, start)
    cursor, unit = best, False
    for _ in range(4):  # "Perumahan Griya Asri blok F2 |no. 17": the unit's words and values before it
        m = _UNIT_TOKEN_BEFORE_RE.search(text, max(0, cursor - 16), cursor)
        if not m:
            break
        cursor = m.start(1)
        if _SEGMENT_UNIT_WORD_RE.fullmatch(m.group(1).rstrip(".:# \t")):
            best, unit = cursor, True
    if unit:  # and the estate or tower they are in ("Menara Rajawali blok C")
        m = _ESTATE_BEFORE_RE.search(text, max(0, best - 48), best)
        if m and (_TOLD_BUILDING_RE.search(m.group(1)) or _BUILDING_RE.search(m.group(1))):
            best = m.start(1)
    for _ in range(3):
        # (both patterns end in a comma or a semicolon before the address: mostly none is there, and each
        # search reads back over every place of its window)
        if not text[max(0, best - 60) : best].rstrip(" \t\n").endswith((",", ";")):
            break
        m = _DISTRICT_LABEL_BEFORE_RE.search(text, max(0, best - 60), best)
        if m:
            best = m.start()
            continue
        m = _SEGMENT_BEFORE_RE.search(text, max(0, best - 40), best)
        if not m or not _UNIT_SEGMENT_RE.fullmatch(m.group(1)):
            break
        if not (_SEGMENT_UNIT_WORD_RE.search(m.group(1)) and _SEGMENT_VALUE_RE.search(m.group(1))):
            break
        best = m.start(1)
    return best


# A kept item that is a piece of the address around it, not an id, a gate or a time of its own: a unit and
# its number ("Gate 2, Ayala Westgrove Heights", "Torre 2 apto 1104", "Block 4"), a street's side and
# distance after the house number ("Carrera 43A #18 Sur-135"), a postcode's inward half ("NR21 0HR").
# Taken only where the segments above put it inside an address (analyzer._grown).
_UNIT_KEPT_RE = re.compile(
    r"(?i:gate|portão|portón|puerta|porte|pintu|gerbang|kapı|block|blok|bloco|blk|tower|torre|phase|lot|lote|building|bldg|wing|sector|zone|"
    r"stage|floor|piso|unit|apt|apto|flat|suite|kat|lantai|klatka|etage|étage)\.?[ \t]*#?\d{1,4}[A-Za-z]?"
)
_SIDE_KEPT_RE = re.compile(r"(?i:sur|norte|este|oeste|north|south|east|west|nord|sud)-\d{1,4}[A-Za-z]?")
_HOUSE_NUMBER_BEFORE_RE = re.compile(r"(?<![\w.,:/\-])#?\d{1,4}[A-Za-z]?[ \t]+$")
_INWARD_HALF_RE = re.compile(r"\d[A-Z]{2}")
_OUTWARD_HALF_BEFORE_RE = re.compile(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]?[ \t]$")


def address_piece_kept(text: str, start: int, end: int) -> bool:
    """The kept item at start:end is a piece of an address when an address is around it (see above)."""
    item = text[start:end]
    if _UNIT_KEPT_RE.fullmatch(item):
        return True
    if _SIDE_KEPT_RE.fullmatch(item):
        return bool(_HOUSE_NUMBER_BEFORE_RE.search(text, max(0, start - 8), start))
    if _INWARD_HALF_RE.fullmatch(item):
        return bool(_OUTWARD_HALF_BEFORE_RE.search(text, max(0, start - 6), start))
    return False


# Where a rider lives told in segments with no street number the finders read: after a cue of home or
# address in the desk's languages, a locality, an estate or a house number, then landmarks, floors and
# the house's look ("habite à Bastos, derrière l'ambassade, immeuble jaune, 2e étage", "nyumbani ni
# Njiro block D, nyuma ya kanisa, nyumba 9", "my location house no. C 84/12, Tse Addo, after the …").
_HOME_CUE_RE = re.compile(
    r"(?<![\p{L}])(?i:(?:live[sd]?|living)[ \t]+(?:at|in|on)|"
    r"(?:home|house|place|flat)[ \t]+is(?:[ \t]+(?:at|in))?|my[ \t]+(?:location|home|house)(?:[ \t]+is)?|"
    r"address(?:[ \t]+is)?[ \t]*:?|adres(?:im|i)?[ \t]*:|adresse[ \t]*:|anwani[ \t]*:?|"
    r"alamat(?:[ \t]+saya)?[ \t]*:?|"
    r"endereço(?:[ \t]+é)?[ \t]*:?|dirección(?:[ \t]+es)?[ \t]*:?|habite[ \t]+(?:à|au|aux|en|dans)|"
    r"maison[ \t]+c['’]est|moro[ \t]+(?:em|no|na|num|numa)|viv[eo][ \t]+en|mieszka\p{Ll}*[ \t]+(?:w|na|przy)|"
    r"(?:ana|ni|wa)?ishi|nyumbani[ \t]+ni|niko|yuko|nakatira[ \t]+sa|tinggal[ \t]+di|sitenin[ \t]+adı)"
    r"[ \t]+"
)
_HOME_CUE_KEYS = (
    *("live", "living", "stay", "home", "house", "place", "flat", "location", "adres", "address", "anwani"),
    *("alamat", "endereço", "dirección", "habite", "maison", "moro", "viv", "mieszka", "ishi", "nyumbani"),
    *("niko", "yuko", "nakatira", "tinggal", "sitenin"),
)
_SEGMENT_FIRST_RE = re.compile(r"(" + _SEGMENT_BODY + ")" + _SEGMENT_END)
_TOLD_BUILDING_RE = re.compile(
    r"(?<![\p{L}])(?i:cité|sitesi|evleri|perumahan|apartemen|menara|wisma|osiedle|compound|estate)(?![\p{L}])"
)
# (a unit and its number inside an estate's segment: "Perumahan Griya Asri blok F2 no. 17")
_UNIT_INSIDE_RE = re.compile(
    r"(?<![\p{L}])(?i:" + _SEGMENT_UNIT_WORD + r")\.?[ \t]*[:#]?[ \t]*(?:\d|[A-Z]\d)"
)
_HOUSE_NUMBER_FIRST_RE = re.compile(r"\d{1,5}[A-Za-z]?[ \t]+\p{Lu}")
_TOLD_STREET_RE = re.compile(r"(?i:barabara[ \t]+ya|mtaa[ \t]+wa|njia[ \t]+ya)[ \t]+\p{Lu}")


def _told_locality(segment: str) -> bool:
    """A locality, an estate or a street named in a segment of its own ("Eldoret", "cité SIR")."""
    words = segment.split()
    if not words or len(words) > 8 or any(w.lower() in _SEGMENT_STOP_WORDS for w in words):
        return False
    if _TOLD_STREET_RE.match(segment) or (_TOLD_BUILDING_RE.search(segment) and _not_all_plain(segment)):
        return True
    if _ENDS_IN_SUFFIX_RE.search(segment) or (  # "3rd Cross Street", "Old No 12 New No 27"
        _SEGMENT_UNIT_WORD_RE.search(segment) and any(ch.isdigit() for ch in segment)
    ):
        return True
    if _HOUSE_NUMBER_FIRST_RE.match(segment):  # "12 Shar'a El-Nasr"
        return _not_all_plain(segment)
    return segment[0].isupper() and _not_all_plain(segment)


def find_told_addresses(text: str) -> list[Span]:
    """The addresses above: three segments or more, one of them a landmark's, a unit's or the house's,
    or two of those."""
    low = text.lower()
    if not any(key in low for key in _HOME_CUE_KEYS):  # (as in _address_cuts: cheaper than one search)
        return []
    out: list[Span] = []
    for cue in itertools.islice(_HOME_CUE_RE.finditer(text), 24):  # (a message names a home a few times)
        if out and cue.start() < out[-1][1]:
            continue  # (a cue inside the address found: "… my home is Apt 4, …" read once)
        m = _SEGMENT_FIRST_RE.match(text, cue.end())
        if not m:
            continue
        locality = _told_locality(m.group(1))
        told = _address_segment(m.group(1), first_word_only=False) or bool(
            locality and _UNIT_INSIDE_RE.search(m.group(1))
        )
        if not told and not locality:
            continue
        end, count, told, described = m.end(), 1, int(told), False
        for _ in range(6):
            m = _SEGMENT_AFTER_RE.match(text, end)
            if not m or "(" in m.group(1) or (described and _RELATION_FIRST_RE.match(m.group(2))):
                break  # (a landmark after the house's look is where to go, as in address_segments_end)
            if _address_segment(m.group(2), first_word_only=not m.group(1).strip()) or (
                _UNIT_INSIDE_RE.search(m.group(2)) and _told_locality(m.group(2))
            ):
                told += 1
                described = described or bool(
                    _HOUSE_LOOKS_RE.search(m.group(2)) and not _RELATION_RE.search(m.group(2))
                )
            elif not _told_locality(m.group(2)):
                break
            end, count = m.end(), count + 1
        if told >= 2 or (told and count >= 3):
            out.append((cue.end(), end, 0.6))
    return out


# The same told in pieces over the lines of a chat, with no cue on the line: lines that are nothing but
# such segments, two or more of them with a landmark's, a unit's or the house's ("Kilimani, the yellow
# gate" / "after Total petrol station, Argwings Kodhek rd"), and the house number told on the line before
# them ("tell him it's number 14.", "c'est le numéro 9"). Taken only beside another such line or after a
# line that asks or tells where ("where do you live?", "the driver is lost", "send the driver to my place").
_CHAT_PREFIX_RE = re.compile(r"[ \t]*(?:\[[\d:. APMapm]{3,12}\][ \t]*)?(?:[\p{L}\d_. ]{1,24}:[ \t]+)?")
_WHERE_CUE_RE = re.compile(
    r"(?<![\p{L}])(?i:where|lost|location|directions|address|my[ \t]+place|can['’]?t[ \t]+find|"
    r"cannot[ \t]+find|dónde|donde|perdido|perdida|ubicación|dirección|onde|endereço|où|perdu|adresse|wapi|"
    r"amepotea|nasaan|naligaw|di[ \t]+mana|nyasar|alamat|nerede|kayboldu|adres|gdzie|zgubił|verfahren|wo)"
    r"(?![\p{L}])"
)
_HOUSE_NUMBER_TOLD_RE = re.compile(
    r"(?<![\p{L}])(?i:(?:it['’]s|it[ \t]+is|c['’]est|é|es|ni)[ \t]+(?:the[ \t]+|le[ \t]+|o[ \t]+|el[ \t]+)?)"
    r"((?i:number|no\.?|nr\.?|numéro|número|numero|nambari|nomor|numara)[ \t]*\d{1,5}[A-Za-z]?)"
    r"(?=[ \t]*[.!]?[ \t]*$)"
)


# A line of two segments holds what opens the second (_SEGMENT_AFTER_RE's separators): most lines have none,
# and this one search spares them the segments' reading.
_SEGMENT_SEPARATOR_RE = re.compile(r"[,;(]|[ \t](?i:" + _RELATION + r")[ \t]")


def _chat_line_segments(text: str, start: int, end: int) -> bool:
    """text[start:end], a chat line without its prefix, is two or more address segments, one of them told."""
    m = _SEGMENT_FIRST_RE.match(text, start, end)
    if not m or not (_told_locality(m.group(1)) or _address_segment(m.group(1), first_word_only=False)):
        return False
    told = int(_address_segment(m.group(1), first_word_only=False))
    cursor, count = m.end(), 1
    for _ in range(6):
        m = _SEGMENT_AFTER_RE.match(text, cursor, end)
        if not m or not m.group(1).strip():
            break
        if _address_segment(m.group(2), first_word_only=False):
            told += 1
        elif not _told_locality(m.group(2)):
            return False
        cursor, count = m.end(), count + 1
    return count >= 2 and told >= 1 and not text[cursor:end].strip(" \t.!")


def find_chat_told_addresses(text: str) -> list[Span]:
    lines, at = [], 0
    for line in text.split("\n"):
        body = at + _CHAT_PREFIX_RE.match(line).end()
        lines.append((at, body, at + len(line.rstrip(" \t.!"))))
        at += len(line) + 1
    # A line may be told only where it holds a separator (one search); its segments are read only where it
    # could be kept, beside another such line or after a line asking where, and at most once.
    may = [body < end and _SEGMENT_SEPARATOR_RE.search(text, body, end) is not None for _, body, end in lines]
    read: dict[int, bool] = {}

    def told(i: int) -> bool:
        if i not in read:
            read[i] = may[i] and _chat_line_segments(text, lines[i][1], lines[i][2])
        return read[i]

    out: list[Span] = []
    for i, (_, body, end) in enumerate(lines):
        if not may[i]:
            continue
        asked = i > 0 and _WHERE_CUE_RE.search(text, lines[i - 1][0], lines[i - 1][2] + 1)
        if not (asked or (i > 0 and may[i - 1]) or (i + 1 < len(lines) and may[i + 1])) or not told(i):
            continue
        beside = (i > 0 and told(i - 1)) or (i + 1 < len(lines) and told(i + 1))
        if not (beside or asked):
            continue
        out.append((body, end, 0.6))
        if i > 0 and not told(i - 1):  # the house number told on the line before
            m = _HOUSE_NUMBER_TOLD_RE.search(text, lines[i - 1][1], lines[i - 1][2] + 1)
            if m:
                out.append((m.start(1), m.end(1), 0.6))
    return out


# ---------------------------------------------------------------------------------------------
# Names right after a strong cue, in any case and whether or not they are also words: the writer's
# name in a greeting ("it's june", "c'est gregory", "aqui é andré", "hi, holly hier"), after a sign-off
# ending the message ("Un saludo, xiaoling", "Cumprimentos\nsky anjos"), in a mail header before the
# address ("From: reed tolosa-badia <…>"), after an account holder's or a relation's word
# ("Kontoinhaber robin kusch", "my friend april"); and a name that is a word, capitalised inside a
# sentence before what a person does ("make sure Will gets the refund").
# ---------------------------------------------------------------------------------------------

WORD_NAMES = word_list("word_names")
# The score these names carry, by which the resolver knows them: a lowercase word after such a cue
# ("it's june") is a name although it is a common word.
STRONG_CUE_SCORE = 0.66
_CUE_NAME_WORD = r"\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)?(?:-\p{L}[\p{L}\p{M}]+)?"
_CUE_NAME = (
    _CUE_NAME_WORD
    + r"(?:[ \t]+(?:(?:von|van|de|der|den|da|do|dos|del|di|la|le|bin|bint|ibn|ap)[ \t]+){0,2}"
    + _CUE_NAME_WORD
    + r"){0,2}"
)
# Sign-offs of the desk's languages (read before a name that closes a message, here and in layouts.py).
SIGN_OFFS = (
    r"un saludo|saludos(?: cordiales)?|atentamente|obrigad[oa]|cumprimentos|atenciosamente|abra[çc]os?|"
    r"viele grüße|liebe grüße|grüße|mfg|lg|cordialement|bien à vous|salutations|merci|bisous|cheers|thanks|"
    r"thank you|regards|best regards|kind regards|best|sincerely|ciao|grazie|cordiali saluti|distinti saluti|"
    r"saluti|pozdrawiam|z poważaniem|dziękuję|groetjes|groeten|met vriendelijke groet|bedankt|"
    r"vänliga hälsningar|hälsningar|mvh|med venlig hilsen|gruß|gruss|grüsse|beste grüße|"
    r"freundliche grüße|mit freundlichen grüßen|danke|tschüss|gracias|un abrazo|abrazos|besos|beijos|"
    r"bises|amitiés|merci beaucoup|muchas gracias|muito obrigad[oa]|saygılarımla|teşekkürler|"
    r"dhanyavaad|shukriya"
)
_RELATIONS = (
    r"friend|wife|husband|mom|mum|mother|dad|father|son|daughter|sister|brother|colleague|coworker|"
    r"co-worker|partner|roommate|flatmate|girlfriend|boyfriend|fiancée?|boss|grandma|grandpa|aunt|uncle|"
    r"cousin|niece|nephew|madre|padre|hermana|hermano|hija|hijo|esposa|esposo|marido|mujer|amiga|amigo|"
    r"compañera|compañero|colega|mãe|pai|irmã|irmão|filha|filho|mère|père|sœur|frère|fille|fils|femme|"
    r"mari|amie|ami|collègue|mutter|vater|schwester|bruder|tochter|sohn|frau|mann|freundin|freund|"
    r"kollegin|kollege"
)
STRONG_CUE_NAME_RE = re.compile(
    r"(?:(?:^|\n|[.!?][ \t]+)(?i:" + SIGN_OFFS + r")[ \t]*[,!.]?[ \t]*\n?[ \t]*"
    r"(?P<sign>" + _CUE_NAME + r")[ \t]*[.!]?[ \t]*(?=\n|$)"
    r"|\b(?i:it['’]s|it is|this is|c['’]est|ici|aqui é|aqui fala|soy|sono|ich bin|je suis|"
    r"me llamo|my name is)"
    r"[ \t]*:?[ \t]+(?P<intro>" + _CUE_NAME + r")(?=[ \t]*(?:[,.!?;\n]|$|[ \t]+(?i:and|und|et|y|e|here|hier|"
    r"speaking|from|de|aus|von)\b|[ \t]+\p{Lu}\p{Ll}))"
    r"|(?i:(?:hi|hallo|hello|hey|moin|servus|hoi|salut)[ \t]*,?[ \t]+)(?P<hier>" + _CUE_NAME_WORD + r")"
    r"[ \t]+(?i:hier|here|ici|aquí|aqui|qui)\b"
    r"|\b(?i:kontoinhaber(?:in)?|account holder|titular|titulaire|intestatario|on behalf of|"
    r"a nombre de|em nome de|au nom de|name on (?:the )?card|(?:my|mi|mis|meu|minha|mon|ma|mein|meine|"
    r"meiner|meinem|meinen)[ \t]+(?:" + _RELATIONS + r"))[ \t]*:?[ \t]+(?P<holder>" + _CUE_NAME + r")"
    r"|(?:^|\n)[ \t]*(?:From|De|Von|Da|Van|Od|Från|Fra)[ \t]*:[ \t]*(?P<header>(?:\p{L}\.[ \t]*)?"
    + _CUE_NAME
    + r")[ \t]*<)"
)
_WORD_NAME_IN_SENTENCE_RE = re.compile(
    r"(?<=[\p{Ll},][ \t]+)(\p{Lu}\p{Ll}+)(?=[ \t]+(?:\p{Ll}+(?:s|ed)|is|was|has|had|and)\b|['’]s\b)"
)
_NOT_BEFORE_WORD_NAME = frozenset(
    [
        "in",
        "on",
        "at",
        "of",
        "the",
        "this",
        "that",
        "next",
        "last",
        "a",
        "an",
        "by",
        "until",
        "till",
        "since",
        "from",
        "to",
        "for",
        "during",
        "every",
        "each",
    ]
)


# A person named by what is asked of them or what they did, in the desk's languages, in any case and
# whether or not the name is also a word: "ask bob about it", "pregúntale a rusty", "demandez à thilini",
# "frag jürgen", "pergunta pra crystal", "falar com a Graça", "Può richiamare Honey", "t.n.v. Svetlana
# Hill", "intestato a Auma Menon", "the driver called himself Çağla" (group "asked"); "Could Hunter call
# me back?", "¿Puede Bao llamarme?", "Kan Marites me terugbellen", "Können Sie Kittisak unter …"
# (group "modal": a question's subject before a call-back verb); "Sandy cancelled at", "Harpreet can be
# reached on", "Honey tried calling me", "Trang e io", "Rich en ik", "nahuel y yo", "as lily had"
# (group "did"). Each word must be a listed name or no common word of any desk language.
PERSON_CUE_RE = re.compile(
    r"(?P<asked>\b(?i:ask|frag|fragen[ \t]+sie|demandez[ \t]+à|demande[ \t]+à|demandez|demande|"
    r"pregúntale[ \t]+a|pregunta[ \t]+a|"
    r"pergunta[ \t]+(?:pra|para|a)|pergunte[ \t]+(?:pra|para|a)|chiedi[ \t]+a|vraag[ \t]+(?:het[ \t]+)?aan|"
    r"falar[ \t]+com(?:[ \t]+[ao])?|hablar[ \t]+con|parler[ \t]+à|sprechen[ \t]+mit|richiamar(?:e|mi|ci)|"
    r"t\.[ \t]?n\.[ \t]?v\.|ten[ \t]+name[ \t]+van|intestat[oa][ \t]+a|account[ \t]+name|"
    r"call(?:ed|s)?[ \t]+(?:himself|herself)|se[ \t]+llama|s['’]appelle|heißt|told|"
    r"(?:dej|llev|recogi)[óo][ \t]+a|deixou[ \t]+(?:a|o)|a[ \t]+déposé)[ \t]*:?[ \t]+)"
    r"|(?P<modal>(?i:could|can|will|would|puede|pode|podria|podría|kan|können[ \t]+sie|kunnen[ \t]+jullie|"
    r"kunt[ \t]+u|kun[ \t]+je)[ \t]+)"
    r"(?=" + _CUE_NAME_WORD + r"[ \t]+(?i:call|ring|text|phone|get|llamar\w*|ligar\w*|"
    r"(?:me|mij|even)[ \t]+(?:terug)?bellen|terugbellen|unter|zurückrufen)\b)"
    # (read ahead, not taken: "Honey told zanele …" is a subject before "told" and a name after it)
    # (each of the two below tried only at a run of blanks' first one: from inside a long run it would
    # scan the rest of it at every position, and no name stands just before such a start anyway)
    r"|(?P<said>(?<![ \t])(?=[ \t]+(?i:said|says|told|booked|paid|texted|forgot|lost|"
    r"left[ \t]+(?:his|her|their|my))\b))"
    r"|(?P<did>(?<![ \t])[ \t]+(?i:can[ \t]+be[ \t]+reached|cancell?ed|"
    r"tried[ \t]+(?:to[ \t]+)?call(?:ing)?|rode|"
    r"no[ \t]+reconoce|pode[ \t]+me[ \t]+ligar|"
    r"(?:and|y|e|en|und|et)[ \t]+(?:I|yo|io|ik|ich|moi|eu|mir|mich)|"
    r"a[ \t]+(?:essayé|appelé|réservé|payé|oublié|perdu|annulé)|"
    r"ha[ \t]+(?:provato|chiamato|prenotato|pagato)|"
    r"intentó|llamó|reservó|canceló|tentou|ligou|reservou|cancelou"
    r"(?![\p{L}]))\b)"
)
# (both tried only where a match can start: at the run of letters that opens a cue, at a line's or sentence's
# start, at a greeting, at a modal verb (inside a word too), or at the blanks before what a person did)
_STRONG_CUE_WORDS = _run_keys(
    "it this c ici aqui soy sono ich je me my kontoinhaber kontoinhaberin account titular titulaire "
    "intestatario on a em au name mi mis meu minha mon ma mein meine meiner meinem meinen"
)
_GREETINGS = ("hi", "hallo", "hello", "hey", "moin", "servus", "hoi", "salut")


def _strong_cue_starts(text: str, low: str, runs: dict[str, list[int]]) -> Iterable[int]:
    starts = [0, *_places(text, "\n")]
    for stop in ".!?":
        starts += [at for at in _places(text, stop) if text[at + 1 : at + 2] in (" ", "\t")]
    for word in _GREETINGS:
        starts += [
            at for at in _places(low, word) if low[at + len(word) : at + len(word) + 1] in (" ", "\t", ",")
        ]
    return starts


_PERSON_CUE_WORDS = _run_keys(
    "ask frag fragen demandez demande pregúntale pregunta pergunta pergunte chiedi vraag falar hablar parler "
    "sprechen richiamare richiamarmi richiamarci t ten intestato intestata account call called calls se s "
    "heißt told dejó dejo llevó llevo recogió recogio deixou a"
)
_MODALS = ("could", "can", "will", "would", "puede", "pode", "podria", "podría", "kan", "können", "kun")
_PERSON_DID_WORDS = _run_keys(
    "said says told booked paid texted forgot lost left can cancelled canceled tried rode no pode and y e en "
    "und et a ha intentó llamó reservó canceló tentou ligou reservou cancelou"
)


def _person_cue_starts(text: str, low: str, runs: dict[str, list[int]]) -> Iterable[int]:
    starts = _blank_runs_before(text, runs, _PERSON_DID_WORDS)
    for word in _MODALS:
        starts += _places(low, word)
    return starts


_CUE_NAME_RE = re.compile(_CUE_NAME)
_NAME_WORD_BEFORE_RE = re.compile(r"(?<![\p{L}\p{M}'’\-])" + _CUE_NAME_WORD + r"$")
_SENTENCE_OPENS_RE = re.compile(r"(?:^|[.!?\n])[ \t]*¿?$")
_RELATION_WORDS = frozenset(_RELATIONS.split("|")) | {"mom", "mum", "mama", "mamá", "papa", "papá", "maman"}


def _person_cued_names(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _matches_at_runs(PERSON_CUE_RE, text, _PERSON_CUE_WORDS, _person_cue_starts):
        if m.group("asked") is not None:
            initial = _INITIAL_RE.match(text, m.end())  # "t.n.v. J. Gonçalves"
            name = _CUE_NAME_RE.match(text, initial.end() if initial else m.end())
            if name and initial:
                out.extend(_cued_words(text, name, m.end()))
                continue
        elif m.group("modal") is not None:  # only a question's first word: "Could Hunter call me back?"
            if not _SENTENCE_OPENS_RE.search(text, max(0, m.start() - 4), m.start()):
                continue
            name = _CUE_NAME_WORD_RE.match(text, m.end())
        else:
            name = _NAME_WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
            if not name or (not name.group()[0].isupper() and not _starts_clause(text, name.start())):
                continue  # lowercase, only where a sentence or clause opens ("…, somchai no reconoce")
            if (
                m.group("said") is not None
                and not name.group()[0].isupper()
                and not _SENTENCE_OPENS_RE.search(text, max(0, name.start() - 4), name.start())
            ):
                continue  # "xiaoming said …" opens the message; "…, quote said $71" is no name
        if not name:
            continue
        out.extend(_cued_words(text, name, name.start()))
    return out


_NAMING_CUE_RE = re.compile(r"(?i:soy|sono|ich bin|je suis|me llamo|my name is)\b")
_INITIAL_RE = re.compile(r"\p{Lu}\.[ \t]*(?=\p{Lu})")


def _cued_words(text: str, name, start: int) -> list[Span]:
    """The cued name's words up to the first that is no name (from `start`: an initial before it)."""
    words = list(_CUE_NAME_WORD_RE.finditer(name.group()))
    keep = 0
    for w in words:
        if not _cued_word_ok(w.group()) or w.group().lower() in _RELATION_WORDS or w.group().isupper():
            break  # (all in capitals, "EJ32 VFF rode down": a code, not a name)
        if keep and w.group().lower() in NAME_PARTICLES and keep < len(words) - 1:
            keep += 1  # "Rhys ap Gruffudd": a particle inside a name
            continue
        if keep and w.group()[0].isupper() != words[0].group()[0].isupper():
            break  # a name does not switch case ("t.n.v. Svetlana Hill graag")
        keep += 1
    return [(start, name.start() + words[keep - 1].end(), STRONG_CUE_SCORE)] if keep else []


_CLAUSE_BEFORE_RE = re.compile(r"(?:^|[.!?,;:\n(]|\b(?i:so|and|that|but))[ \t]*$")


def _starts_clause(text: str, start: int) -> bool:
    return bool(_CLAUSE_BEFORE_RE.search(text, max(0, start - 8), start))


def name_word_ok(word: str) -> bool:
    """A listed name, or a word no desk language knows and no verb's shape ("Rodel", "Nagy", "Soo-ah")."""
    return _cued_word_ok(word)


def _cued_word_ok(word: str) -> bool:
    low = word.lower().replace("’", "'")
    if low in _FIRST_NAMES_LOWER or low in WORD_NAMES or low in NAMES_LIKE_WORDS:
        return True
    if len(low) > 4 and low.endswith(_VERBISH):
        return False  # "booked", "waiting": what the person did
    return not (_is_plain_word(low) or languages.is_common_anywhere(low) or low in COMMON_NOUNS)


_CUE_NAME_WORD_RE = re.compile(_CUE_NAME_WORD)


# A name right after the words that give it, in the desk's languages, capitalised, whatever word or place
# it also is ("his name was Paris", "se chamava Brasil", "si chiamava Santo", "heette Mercedes", "heißt laut
# App Paris Öztürk", "Jina langu ni Mercy Akinyi", "a.n. Jordan Pratama", "nazywa się …", "adı …", "Naam
# …"), or after a role's word that only a person holds ("Dereva Jackson", "sopir Made", "Pengemudi: Wayan
# Sudarsana", "reiziger Sem Jansen"): the cue says who it is (`NAMING_SCORE`: no place or word drops it).
NAMING_SCORE = 0.67
_NAME_GIVEN_RE = re.compile(
    r"(?i:\b(?:(?:my|his|her|their|the|your|driver['’]s|rider['’]s|passenger['’]s)[ \t]+name"
    r"(?:[ \t]+(?:on|in)[ \t]+the[ \t]+(?:screen|app|receipt))?[ \t]+(?:is|was)|"
    r"se[ \t]+chamava|se[ \t]+chama|chama-se|chamava-se|me[ \t]+chamo|meu[ \t]+nome[ \t]+é|"
    r"se[ \t]+llamaba|se[ \t]+llama|me[ \t]+llamo|mi[ \t]+nombre[ \t]+es|"
    r"si[ \t]+chiamava|si[ \t]+chiama|mi[ \t]+chiamo|di[ \t]+nome|"
    r"s['’]appelait|s['’]appelle|je[ \t]+m['’]appelle|"
    r"hieß|hiess|heißt|heisst|heiße|heisse|namens|"
    r"heette|heet|genaamd|"
    r"nazywa[ \t]+się|nazywał[ \t]+się|nazywała[ \t]+się|nazywam[ \t]+się|"
    r"(?:mam|ma|miał|miała)[ \t]+na[ \t]+imię|o[ \t]+imieniu|"
    r"adı|adım|ismi|ismim|"
    r"namanya|nama[ \t]+saya(?:[ \t]+adalah)?|atas[ \t]+nama|a\.[ \t]?n\.|bernama|"
    r"jina[ \t]+(?:langu|lake|lako)[ \t]+ni|jina[ \t]+lake|anaitwa|aliitwa|ninaitwa|naitwa|"
    r"(?:mera|meri|uska|uski|unka|unki)[ \t]+naam(?:[ \t]+(?:hai|tha|thi))?|naam|"
    # a relative's word in the languages the holder cue above lacks ("Ibu saya Mercedes Tanoto", "Meri
    # mummy Kamla Devi", "mama yangu Rehema", "annem Sevim Antalya", "mia nonna Lucia", "mijn oma Riet")
    r"(?:ibu|ayah|bapak|mama|istri|suami|anak|adik|kakak|teman|nenek|kakek|tante|om)[ \t]+saya|"
    r"(?:meri|mera|meray|mere)[ \t]+(?:mummy|mummi|mum|mom|maa|mother|papa|dad|father|wife|biwi|husband|"
    r"pati|beti|beta|bhai|behen|bahen|dost|nani|dadi|nana|dada|chacha|chachi|mausi|bua|daughter|son|"
    r"brother|sister|friend)|"
    r"(?:mama|baba|dada|kaka|rafiki|bibi|babu|shangazi|mjomba)[ \t]+yangu|(?:mke|mume|mtoto)[ \t]+wangu|"
    r"annem|babam|eşim|kızım|oğlum|kardeşim|arkadaşım|ablam|abim|teyzem|anneannem|babaannem|"
    r"(?:moja|mój|moj)[ \t]+(?:mama|matka|tata|ojciec|żona|zona|mąż|maz|córka|corka|syn|babcia|dziadek|"
    r"siostra|brat|koleżanka|kolega)|"
    # ("w imieniu syna Kuba", "w imieniu mojej mamy Haliny": on behalf of a relative, in the genitive)
    r"w[ \t]+imieniu[ \t]+(?:mojego[ \t]+|mojej[ \t]+|mego[ \t]+)?(?:syna|córki|corki|żony|zony|męża|meza|"
    r"mamy|matki|taty|ojca|babci|dziadka|siostry|brata|koleżanki|kolegi)|"
    r"(?:mia|mio)[ \t]+(?:nonna|nonno|madre|padre|moglie|marito|figlia|figlio|sorella|fratello|mamma|papà|"
    r"zia|zio|amica|amico|collega)|"
    r"mijn[ \t]+(?:moeder|vader|vrouw|man|dochter|zoon|oma|opa|zus|broer|vriendin|vriend|collega|tante|oom))"
    r"(?:[ \t]+(?:laut[ \t]+(?:der[ \t]+)?App|selon[ \t]+l['’]app|según[ \t]+la[ \t]+app))?"
    r"|(?:^|(?<=[.!?,\n][ \t]*))(?-i:Main|main)"
    r"(?=[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+(?:[ \t]*,|[ \t]+(?:hoon|hun|hu)\b))"
    r"|\b(?i:driver|dereva|sopir|supir|pengemudi|reiziger|passagier|passageiro|pasajero|passager|"
    r"fahrer|fahrerin|kierowca|kierowcą|autista|motorista|conductor|chauffeur|şoför|sürücü|"
    r"penumpang|abiria|booker|traveller|traveler))"
    r"[ \t]*:?[ \t]+(?=\p{Lu}\p{Ll})"
)
_GIVEN_NAME_WORD_RE = re.compile(
    r"\p{Lu}\p{Ll}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)?(?:-\p{Lu}[\p{L}\p{M}]+)?"
    r"(?:[ \t]+(?:(?:von|van|de|der|den|da|do|dos|del|di|la|le|bin|binti|ibn)[ \t]+){0,2}"
    r"\p{Lu}\p{Ll}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)?(?:-\p{Lu}[\p{L}\p{M}]+)?){0,2}"
)
# the name first: "Florence is my daughter's name", "«Jordan» is my surname", "Paris is really his name"
_NAME_THEN_GIVEN_RE = re.compile(
    r"(?:^|(?<=[\n.!?(«\"“][ \t]*)|(?<=[«\"“]))"
    r"(\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]*)?)"
    r"[»\"”]?[ \t]+(?i:is|was)[ \t]+(?i:really[ \t]+|actually[ \t]+)?(?i:my|his|her|their|the)"
    r"(?:[ \t]+\p{L}+['’]s)?[ \t]+(?i:name|surname|last[ \t]+name|first[ \t]+name)\b"
)
_PLACE_STEM_AFTER_RE = re.compile(
    r"[ \t]+(?i:havaliman|otogar|gar[ıi]|istasyon|hastane|meydan|airport|station|flughafen|bahnhof|"
    r"a[eé]roport|aeropuerto|aeroporto|estaci|esta[cç][aã]o|stazione|lotnisk|dworz|bandara|stasiun)"
)
_ROLE_WORDS = frozenset(
    (
        *("driver", "dereva", "sopir", "supir", "pengemudi", "reiziger", "passagier", "passageiro"),
        *("pasajero", "passager", "fahrer", "fahrerin", "kierowca", "kierowcą", "autista", "motorista"),
        *(
            "conductor",
            "chauffeur",
            "şoför",
            "sürücü",
            "penumpang",
            "abiria",
            "booker",
            "traveller",
            "traveler",
        ),
    )
)
# (words one of which a cue holds: the pattern runs only where one is a word of the text)
_NAME_GIVEN_KEYS = frozenset(
    fold(word)
    for word in (
        *("name", "chamava", "chama", "chamo", "nome", "llamaba", "llama", "llamo", "nombre", "chiamava"),
        *("chiama", "chiamo", "appelait", "appelle", "hieß", "hiess", "heißt", "heisst", "heiße", "heisse"),
        *(
            "namens",
            "heette",
            "heet",
            "genaamd",
            "nazywa",
            "nazywał",
            "nazywała",
            "nazywam",
            "imię",
            "imieniu",
        ),
        *("adı", "adım", "ismi", "ismim", "namanya", "nama", "n", "bernama", "jina", "anaitwa", "aliitwa"),
        *("ninaitwa", "naitwa", "naam", "saya", "meri", "mera", "mere", "meray", "yangu", "wangu", "annem"),
        *("babam", "eşim", "kızım", "oğlum", "kardeşim", "arkadaşım", "ablam", "abim", "teyzem", "anneannem"),
        *("babaannem", "moja", "mój", "moj", "mia", "mio", "mijn", "main", "nome"),
        *_ROLE_WORDS,
    )
)


# (the first letters of each of the pattern's alternatives, folded in place: a match starts at one of them)
_NAME_GIVEN_STARTS = frozenset(
    (
        *("my", "his", "her", "their", "the", "your", "driver", "rider", "passenger", "se", "chama", "me"),
        *("booker", "traveller", "traveler", "w imieniu"),
        *("meu", "mi", "si", "di", "s", "je", "hie", "heis", "namens", "heet", "genaamd", "nazyw", "mam"),
        *("ma", "mia", "o", "adi", "ismi", "nama", "atas", "a", "bernama", "jina", "anaitwa", "aliitwa"),
        *(
            "ninaitwa",
            "naitwa",
            "mera",
            "meri",
            "uska",
            "uski",
            "unka",
            "unki",
            "naam",
            "ibu",
            "ayah",
            "bapak",
        ),
        *(
            "mama",
            "istri",
            "suami",
            "anak",
            "adik",
            "kakak",
            "teman",
            "nenek",
            "kakek",
            "tante",
            "om",
            "mere",
        ),
        *("baba", "dada", "kaka", "rafiki", "bibi", "babu", "shangazi", "mjomba", "mke", "mume", "mtoto"),
        *("annem", "babam", "eşim", "kizim", "oğlum", "kardeşim", "arkadaşim", "ablam", "abim", "teyzem"),
        *("anneannem", "babaannem", "moja", "mój", "moj", "mio", "mijn", "main"),
        *(_folded_in_place(word) or word for word in _ROLE_WORDS),
    )
)
# (a cue opens a run of letters: the runs it can open, not every place it stands inside a word, are tried)
_NAME_GIVEN_OPENINGS = tuple({cue.split()[0] for cue in _NAME_GIVEN_STARTS})


def find_given_names(text: str) -> list[Span]:
    return list(_given_names(text))


def given_name_at(text: str, start: int, end: int) -> bool:
    """start:end lies inside a name the words before it give ("his name was Paris")."""
    return any(s <= start and end <= e for s, e, _ in _given_names(text))


def _name_given_matches(text: str) -> list[re.Match]:
    found = _letter_runs(text)
    if found is None:
        return list(_NAME_GIVEN_RE.finditer(text))
    runs = found[1]
    starts = {
        at
        for word in runs
        if word.startswith(_NAME_GIVEN_OPENINGS)
        for at in runs[word]
        if _may_open_name_given(text[at : at + len(word)])
    }
    return _matches_from(_NAME_GIVEN_RE, text, starts | {0})


@lru_cache(maxsize=1024)
def _may_open_name_given(word: str) -> bool:
    # (an opening is a prefix of longer words, "the" of "there": only a run a match can go on from is tried)
    return _NAME_GIVEN_RE.match(word, partial=True) is not None


@lru_cache(maxsize=16)
def _given_names(text: str) -> tuple[Span, ...]:
    folded = fold(text)
    if _NAME_GIVEN_KEYS.isdisjoint(_LETTERS_RE.findall(folded)):
        return ()
    out: list[Span] = []
    for m in _name_given_matches(text):
        name = _GIVEN_NAME_WORD_RE.match(text, m.end())
        role = m.group().split()[0].lower().rstrip(":") in _ROLE_WORDS
        if not name:
            continue
        spans = list(re.finditer(r"\S+", name.group()))
        words = [w.group() for w in spans]
        keep = 0
        for word in words:
            low = _APOSTROPHE_RE.split(word.lower())[0]
            if (
                low in PLACE_WORDS
                or low in _PLACE_WORDS_WITHIN
                or low.rstrip("ıi") in PLACE_WORDS
                or low in _NAMED_STREET_TYPES
            ):
                break  # ("Meydanı'nda": a square's word with its Turkish endings)
            if low in _RELATION_WORDS:
                break
            if keep and low in CITIES and _PLACE_STEM_AFTER_RE.match(text, name.start() + spans[keep].end()):
                break  # ("kızım Elif İstanbul Havalimanı'ndan": a place after the name, its city first)
            if (
                keep
                and (low in COMMON_NOUNS or languages.is_common_anywhere(low))
                and low not in NAME_PARTICLES
                and low not in _FIRST_NAMES_LOWER
            ):
                break
            keep += 1
        if not keep:
            continue
        first = words[0].lower()
        # after a role's word one word alone is a name only where it is no word of the text's language
        # ("Driver Uber", "Fahrer Hauptbahnhof" are none)
        if (
            role
            and keep == 1
            and first not in _FIRST_NAMES_LOWER
            and first not in WORD_NAMES
            and (
                _is_plain_word(first)
                or languages.is_common_anywhere(first)
                or first in COMMON_NOUNS
                or first in CITIES
                or first.endswith(_PLACE_SUFFIXES)
            )
        ):
            continue
        if role and first in languages.TITLE_WORDS:
            continue
        last = spans[keep - 1]
        if role and keep < len(words):
            continue  # "şoför Taksim Meydanı'nda bıraktı": where the driver left someone
        out.append((name.start(), name.start() + last.end(), NAMING_SCORE))
    if "name" in folded:
        out += [(m.start(1), m.end(1), NAMING_SCORE) for m in _NAME_THEN_GIVEN_RE.finditer(text)]
    return tuple(out)


def find_strongly_cued_names(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _matches_at_runs(STRONG_CUE_NAME_RE, text, _STRONG_CUE_WORDS, _strong_cue_starts):
        group = next(g for g in ("sign", "intro", "hier", "holder", "header") if m.group(g) is not None)
        words = list(_CUE_NAME_WORD_RE.finditer(m.group(group)))
        if group == "header" and len(words) > 1 and len(words[0].group()) == 1:
            words = words[1:]  # "De: r. ndlovu <…>": the initial goes with the name
        keep = 0
        for w in words:
            if keep and w.group() in NAME_PARTICLES and keep < len(words) - 1:
                keep += 1  # "Dörte von der Heide" (a particle inside a name, in its own case)
                continue
            if not _cued_word_ok(w.group()):
                break
            keep += 1
        if not keep or (group == "sign" and keep < len(words)):
            continue  # a sign-off's line is a name only when all of it is
        first = words[0].group()
        known = first.lower() in _FIRST_NAMES_LOWER or first.lower() in WORD_NAMES or first[0].isupper()
        if group == "hier" and not known:
            continue  # an unknown lowercase word after "it's" is more often a word than a name
        if group == "intro" and not known and (keep < 2 or not _NAMING_CUE_RE.match(m.group())):
            continue  # (two after "soy", none a common word, are a name: "soy duc çelik")
        if group == "holder" and not known and keep < 2 and not _ENDS_PHRASE_RE.match(text, m.end(group)):
            continue  # (one, ending the phrase, too: "au nom de mensah, merci")
        if group == "sign" and not known and text[: m.start(group)].rstrip(" \t")[-1:] not in (",", "\n"):
            continue  # "Merci infiniment": the sign-off goes on; "Un saludo, xiaoling" signs it
        out.append((m.start(group), m.start(group) + words[keep - 1].end(), STRONG_CUE_SCORE))
    out.extend(_person_cued_names(text))
    for m in _WORD_NAME_IN_SENTENCE_RE.finditer(text):
        if m.group(1).lower() not in WORD_NAMES:
            continue
        before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
        if before and before.group(1).lower() in _NOT_BEFORE_WORD_NAME:
            continue
        out.append((m.start(1), m.end(1), 0.55))
    return out


# ---------------------------------------------------------------------------------------------
# Names an e-mail address spells out: a word of the message that is a part of a local part beside it
# ("el de Darnell es santos.darnell@…", "Sato Hemi, Hemi_sato12@…", "i. mensah … mensah_inti@…"), with
# the capitalised word or initial right before it ("Hope Aslan, haslan@…"). The address names its owner
# whatever the word's case or whether it is also a word; a word the desk uses every day ("support",
# "info") is not taken, nor anything from the domain.
# ---------------------------------------------------------------------------------------------

_FOLD = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"})
_LETTERS_ONLY_RE = re.compile(r"[a-z]+")
_TEXT_WORD_RE = re.compile(
    r"(?<![\p{L}\p{M}@.\-_])\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*(?![\p{L}\p{M}@_])"
)
_INITIAL_BEFORE_RE = re.compile(r"(?<![\p{L}\p{M}])(\p{L})\.[ \t]*$")
_CAP_WORD_BEFORE_RE = re.compile(r"(?<![\p{L}\p{M}'’\-])(\p{Lu}[\p{L}\p{M}'’\-]+)[ \t]+$")


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def find_email_names(text: str) -> list[Span]:
    if "@" not in text:
        return []
    out: list[Span] = []
    at = text.find("@")
    while at != -1:
        local_start = at
        while local_start > 0 and (text[local_start - 1].isalnum() or text[local_start - 1] in "._%+-'"):
            local_start -= 1
        parts = _LETTERS_ONLY_RE.findall(_folded(text[local_start:at]))
        if parts:
            out.extend(_names_spelt_by(text, local_start, parts, "".join(parts)))
        at = text.find("@", at + 1)
    return out


def _names_spelt_by(text: str, local_start: int, parts: list[str], joined: str) -> list[Span]:
    """The words near an e-mail address (160 characters before it, 80 after) that its local part spells."""
    out: list[Span] = []
    for w in _TEXT_WORD_RE.finditer(text, max(0, local_start - 160), min(len(text), local_start + 80)):
        word = w.group()
        if len(word) < 3:
            continue
        key = word.lower() if word.isascii() else _folded(word)
        if "-" in key or "'" in key or "’" in key:
            key = key.replace("-", "").replace("'", "").replace("’", "")
        if not (key in parts or (len(key) >= 4 and key in joined)) or not _email_name_word_ok(word):
            continue
        start = w.start()
        before = _INITIAL_BEFORE_RE.search(text, max(0, start - 4), start)
        if before:
            start = before.start()
        else:
            before = _CAP_WORD_BEFORE_RE.search(text, max(0, start - 30), start)
            if before and word[0].isupper() and _name_before_ok(before.group(1)):
                start = before.start(1)  # "Hope Aslan, haslan@…"
        out.append((start, w.end(), 0.7))
    return out


def _email_name_word_ok(word: str) -> bool:
    low = word.lower()
    return not (
        _is_plain_word(word)
        or low in NOT_NAMES
        or low in COMMON_NOUNS
        or low in COUNTRY_NAMES
        or (languages.is_common_anywhere(word) and low not in _FIRST_NAMES_LOWER and low not in WORD_NAMES)
    )


def _name_before_ok(word: str) -> bool:
    low = word.lower()
    if _is_plain_word(word) or low in NOT_NAMES or low in COUNTRY_NAMES:
        return False
    return low in _FIRST_NAMES_LOWER or low in WORD_NAMES or not languages.is_common_anywhere(word)


# ---------------------------------------------------------------------------------------------
# People named together as a sentence's subject ("Oluwaseun e Ploy erano con me", "me and tomasz got a
# cab", "Reed, Miles and I got out", "we were 4: me, keisha, bintou and shirin"), a name closing the
# message, alone or before its phone number ("… Not impressed. Gethin ap Rhys", "… ximena +5511…"), and
# an account's holder after the account ("IE48 … (M. García)", "IBAN: MT95 … / Loïc T. Dubois /").
# Each word must be a listed name or no common word of a desk language (`_cued_word_ok`).
# ---------------------------------------------------------------------------------------------

_W = r"\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}]+)?"
_PAIR_VERBS = (
    r"were|are|estavam|estaban|estábamos|erano|waren|zaten|zijn|étaient|sont|sind|compartimos|"
    r"compartilhamos|condividevamo|teilten|shared|got|rode|took|split|fuimos|fomos|siamo|abbiamo|hebben|"
    r"avons|hemos|temos|have|haben|had|hatten|hadden|avevano|tenían|tinham"
)
# A key of every verb of _PAIR_VERBS, to skip the pattern where none can be (each key a part of its verbs)
_PAIR_VERB_KEYS = (
    "were", "are", "esta", "estáb", "erano", "waren", "zaten", "zijn", "étaient", "sont", "sind", "compart",
    "condivid", "teilten", "shared", "got", "rode", "took", "split", "fuimos", "fomos", "siamo",
    "abbiamo", "hebben", "avons", "hemos", "temos", "have", "haben", "had", "hatten", "hadden", "avevano",
    "tenían", "tinham",
)  # fmt: skip
# (read from the conjunction, which the engine finds at a blank, and back: cheaper than from every word)
PAIR_SUBJECT_RE = re.compile(
    r"[ \t](?:and|e|y|en|und|et|&)[ \t]+(" + _W + r")[ \t]+(?i:" + _PAIR_VERBS + r")(?![\p{L}])"
)
_PAIR_BEFORE_RE = re.compile(r"(?<![\p{L}\p{M}'’\-])(" + _W + r")(?:,[ \t]*(" + _W + r"))?$")
LIST_WITH_ME_RE = re.compile(
    r"(?i:\b(?:me|moi|mí|mim|mir|ich|yo|eu|io|ik)),[ \t]*(" + _W + r"(?:,[ \t]*" + _W + r"){0,3}),?[ \t]+"
    r"(?:and|e|y|en|und|et|&)[ \t]+(" + _W + r")(?![\p{L}])"
)
_NAME_OR_INITIAL = r"(?:\p{Lu}\.|" + _W + r")"
# (after a sentence or a line of its own: a text that is only a few capitalised words, an agent's reason
# "Policy exception" or an experiment's name, closes nothing)
CLOSING_NAME_RE = re.compile(
    r"(?:[.!?\n][ \t]*(?:[-–—][ \t]*)?)("
    + _W
    + r"(?:[ \t]+(?:(?:de|da|do|dos|del|di|la|le|van|von|der|bin|bint|ibn|ap)[ \t]+){0,2}"
    + _NAME_OR_INITIAL
    + r"){0,3})(?:[ \t]*,?[ \t\n]*\+?[\d(][\d \-().]{6,}\d(?:[ \t]*[-(,]?[ \t]*(?i:mobile|cell|office|"
    r"home|work|fax|(?:ext|x|poste|toestel|intern|durchwahl)\.?[ \t]*\d+)\)?)?)?[ \t]*[.!]?[ \t]*$"
)
ACCOUNT_NAME_RE = re.compile(
    r"(?:\(|[ \t]/[ \t]+)("
    + _NAME_OR_INITIAL
    + r"(?:[ \t]+"
    + _NAME_OR_INITIAL
    + r"){1,3})[ \t]*(?:\)|[ \t]/)"
)


def find_pair_subjects(text: str) -> list[Span]:
    out: list[Span] = []
    low = text.lower()
    if any(key in low for key in _PAIR_VERB_KEYS):
        for m in PAIR_SUBJECT_RE.finditer(text):
            first = _PAIR_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
            if not first:
                continue
            before = _WORD_BEFORE_RE.search(text, max(0, first.start() - 12), first.start())
            if before and before.group(1).lower() in _DETERMINERS:
                continue  # "the cats and dogs were fine"
            words = [first.span(g) for g in (1, 2) if first.group(g)] + [m.span(1)]
            out.extend((s, e) for s, e in words if _pair_word_ok(text[s:e]))
    if "," in text:
        for m in LIST_WITH_ME_RE.finditer(text):
            for w in _CUE_NAME_WORD_RE.finditer(text, m.start(1), m.end(1)):
                if _cued_word_ok(w.group()):
                    out.append(w.span())
            if _cued_word_ok(m.group(2)):
                out.append(m.span(2))
    return [(start, end, 0.6) for start, end in out]


def find_closing_names(text: str) -> list[Span]:
    m = CLOSING_NAME_RE.search(text, max(0, len(text) - 90))
    if not m:
        return []
    words = [w.group() for w in _CUE_NAME_WORD_RE.finditer(m.group(1))]
    named = [w for w in words if w.lower() not in NAME_PARTICLES]
    if not named or not all(_cued_word_ok(w) for w in named):
        return []
    if len(text[: m.start(1)].split()) < 5:
        return []  # a signed message has a body; a short note's last line ("Done.\nFloor pilot") is none
    if len(named) == 1 and not (
        named[0].lower() in _FIRST_NAMES_LOWER
        or _DIGIT_RE.search(text, m.end(1))
        or _lone_closing_word(text, m.start(1), named[0])
    ):
        return []  # one word alone closing the message must be a listed name, sign a phone, or be name-like
    return [(m.start(1), m.end(1), 0.6)]


_SENTENCE_END_BEFORE_RE = re.compile(r"\S{2}[.!?][ \t]+$")


_SIGN_OFF_OR_GREETING_RE = re.compile(
    r"(?:" + SIGN_OFFS + r"|hola|hallo|hoi|ciao|salut|merhaba|olá|oi|buongiorno|buonasera|bonjour|bonsoir|"
    r"beijos?|tchau|adiós|adeus|adieu|grazie|gracias|danke|dank|bedankt|tack|takk|teşekkürler|sağol|"
    r"dziękuję|obrigad[oa]|arrivederci|servus|moin|namaste|shukran|salam|xoxo|thx|thanks|cheers|dag|groet|"
    r"groeten|goedemorgen|goedemiddag|goedenavond|buenas|buenos días|bom dia|boa tarde|boa noite|"
    r"guten tag|guten morgen|grüß gott|hej|hei|ahoj|cześć|dzień dobry|selam|günaydın|hello|hi|hey|howdy)"
)


def _lone_closing_word(text: str, start: int, word: str) -> bool:
    """One word closing the message after a sentence of its own ("… Viagem d1ba136e. Ruaridh", "… un viaje
    de 101,56€. lily"): a name that is a word ("lily") or, of five letters or more, no word of a desk
    language nor a place, capitalised only at its start ("Ruaridh", "seoyeon"), in the case of the
    message's start (a lowercase writer signs in lowercase)."""
    if not _SENTENCE_END_BEFORE_RE.search(text, max(0, start - 8), start):
        return False
    low = word.lower()
    if _SIGN_OFF_OR_GREETING_RE.fullmatch(low):
        return False  # "… Abraço", "… Tschüss"
    if low in WORD_NAMES:
        return True
    if len(word) < 5 or not word[1:].islower() or low in CITIES or low in COUNTRY_NAMES:
        return False
    if word[0].islower() and text.lstrip()[:1].isupper():
        return False
    return not names_a_place(text, start, start + len(word)) and not low.endswith(_VERBISH)


# an IBAN written with dots or two blanks between its groups, right before the holder
_IBAN_BEFORE_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:(?:[ .\-]|[ ]{2})?[A-Z0-9]{1,4}){3,9}[ \t]*$")


def find_account_names(text: str) -> list[Span]:
    if "(" not in text and " / " not in text:
        return []
    out: list[Span] = []
    for m in ACCOUNT_NAME_RE.finditer(text):
        if not IBAN_SHAPE_RE.search(
            text, max(0, m.start() - 45), m.start() + 1
        ) and not _IBAN_BEFORE_RE.search(text, max(0, m.start() - 80), m.start()):
            continue
        words = [w for w in m.group(1).split() if not (len(w) == 2 and w.endswith("."))]
        if words and all(_cued_word_ok(w) for w in words):
            out.append((m.start(1), m.end(1), 0.6))
    return out


_DETERMINERS = frozenset(
    ("the", "my", "our", "your", "his", "her", "their", "two", "both", "these", "those", "all", "some", "a")
)


def _pair_word_ok(word: str) -> bool:
    """A capitalised word no common word, or in lowercase a listed name ("me and tomasz got a cab")."""
    if word[0].isupper():
        return _cued_word_ok(word)
    low = word.lower()
    return low in _FIRST_NAMES_LOWER or low in WORD_NAMES


# ---------------------------------------------------------------------------------------------
# A writer naming themselves where a greeting opens the message ("hey its babak,", "oi aqui é a jiayi,",
# "hi, hier ist sky.", "Hoi, met sky mac an tsaoi.") or coming back to a thread ("Haneul again. The IBAN
# I gave you…"), and a companion named after the writer ("conmigo y con beverly", "with me and drew"):
# in any case, each word a listed name or no common word of a desk language (`_cued_word_ok`), the name
# ending its phrase.
# ---------------------------------------------------------------------------------------------

_SELF_NAME = (
    _CUE_NAME_WORD + r"(?:[ \t]+(?:(?i:mac|nic|mc)[ \t]+(?i:an[ \t]+)?)?" + _CUE_NAME_WORD + r"){0,2}"
)
SELF_NAMED_RE = re.compile(
    r"(?:^|[\n.!?][ \t]*)(?i:"
    r"(?:(?:hi|hey|hello|hiya|yo|oi|olá|ola)[ \t]*,?[ \t]+(?:its|it['’]s)"
    r"|(?:(?:oi|olá|ola|bom[ \t]+dia|boa[ \t]+tarde|boa[ \t]+noite)[ \t]*,?[ \t]+)?"
    r"aqui[ \t]+(?:é|e|fala)[ \t]+(?:a|o)"
    r"|(?:hi|hallo|hey|moin|servus|guten[ \t]+tag)[ \t]*,?[ \t]+hier[ \t]+ist"
    r"|(?:hoi|hallo|hey|dag|goedemorgen|goedemiddag|goedenavond|hi)[ \t]*,?[ \t]+met))"
    r"[ \t]+(?P<name>" + _SELF_NAME + r")(?=[ \t]*(?:[,.!?;:\n]|$))"
    r"|^[ \t]*(?P<again>" + _CUE_NAME_WORD + r"(?:[ \t]+" + _CUE_NAME_WORD + r")?)"
    r"[ \t]+(?i:again|here[ \t]+again|de[ \t]+nuevo|otra[ \t]+vez|de[ \t]+novo|encore|nochmal|opnieuw)"
    r"[ \t]*[.!,]"
    r"|\b(?i:(?:same|like|as)[ \t]+(?:\p{L}+[ \t]+){0,3}?as)[ \t]+(?P<like>" + _CUE_NAME_WORD + r")"
    r"[ \t]+(?i:had|did|got|said|mentioned|reported)(?![\p{L}])"
    r"|\b(?i:conmigo[ \t]+y[ \t]+con|comigo[ \t]+e[ \t]+com|avec[ \t]+moi[ \t]+et|mit[ \t]+mir[ \t]+und|"
    r"with[ \t]+me[ \t]+and|con[ \t]+me[ \t]+e|met[ \t]+mij[ \t]+en)[ \t]+(?P<with>" + _CUE_NAME + r")"
    r"(?=[ \t]*(?:[,.!?;:\n]|$))"
)
_SELF_NAMED_KEYS = (
    "its",
    "it's",
    "it’s",
    "aqui",
    "hier ist",
    "met ",
    "again",
    "nuevo",
    "otra vez",
    "novo",
    "encore",
    "nochmal",
    "opnieuw",
    " con ",
    " com ",
    " et ",
    " und ",
    " and ",
    " e ",
    " en ",
    " as ",
)


def find_self_named(text: str) -> list[Span]:
    low = text.lower()
    if not any(key in low for key in _SELF_NAMED_KEYS):
        return []
    out: list[Span] = []
    for m in SELF_NAMED_RE.finditer(text):
        group = next(g for g in ("name", "again", "like", "with") if m.group(g) is not None)
        words = list(_CUE_NAME_WORD_RE.finditer(m.group(group)))
        keep = 0
        for i, w in enumerate(words):
            low_word = w.group().lower()
            if keep and low_word in ("mac", "nic", "mc", "an") and i < len(words) - 1:
                keep += 1  # "sky mac an tsaoi"
                continue
            if keep and low_word in NAME_PARTICLES and i < len(words) - 1:
                keep += 1
                continue
            if not _cued_word_ok(w.group()) or low_word in _RELATION_WORDS or w.group().isupper():
                break
            keep += 1
        if group == "like" and words[0].group().lower().endswith(("al", "ally")):
            low_word = words[0].group().lower()
            if low_word not in _FIRST_NAMES_LOWER and low_word not in WORD_NAMES:
                continue  # "as usual had": an adjective, not who had the same issue
        if keep < len(words):
            continue  # the whole phrase or nothing: "hey its babak," but not "hey its babak here now"
        out.append((m.start(group), m.start(group) + words[-1].end(), STRONG_CUE_SCORE))
    return out


# Where writers introduce themselves or a person in words the other cues do not read, each word a listed
# name or no common word of a desk language (`_cued_word_ok`), in any case:
# - Hindi and Urdu in Latin letters, "main <name> bol raha hoon", "<name> bol rahi hu", "main <name> hu";
# - Portuguese and Spanish with the article, lowercase: "sou a ines", "soy la mari", "aqui é o tiago";
# - an honorific the NER does not read before a capitalised name: "dla Pani Haliny Mroczek", "Herrn Jörg
#   Kuhn", "Signora Lucia Neri", "Bapak Hendra" (Polish, German, Italian, Spanish, Portuguese, Indonesian);
# - the person an app's notice names: "Your trip with Jaylen 12:31", "viaje con Rocío", "Fahrt mit Emre"
#   (not a ride-hailing brand: "ride with Bolt").
_INTRO_NAME = _CUE_NAME_WORD + r"(?:[ \t]+" + _CUE_NAME_WORD + r"){0,2}"
_CAP_NAME_WORD = r"\p{Lu}[\p{Ll}\p{M}]+(?:['’\-]\p{Lu}[\p{Ll}\p{M}]+)?"
INTRODUCED_NAME_RE = re.compile(
    r"\b(?i:main|mai|mein)[ \t]+(?P<hindi>" + _INTRO_NAME + r")[ \t]+"
    r"(?i:(?:bol[ \t]+rah[ai][ \t]+)?(?:hoon|hun|hu|hoo))\b"
    r"|(?<![\p{L}\p{M}])(?P<speaking>" + _CAP_NAME_WORD + r"(?:[ \t]+" + _CAP_NAME_WORD + r"){0,2})"
    r"[ \t]+(?i:bol[ \t]+rah[ai][ \t]+(?:hoon|hun|hu|hoo|h))\b"
    r"|\b(?i:sou|soy|aqui[ \t]+é|aquí[ \t]+es)[ \t]+(?:a|o|la|el)[ \t]+(?P<article>" + _INTRO_NAME + r")"
    r"(?=[ \t]*(?:[,.!?;\n]|$)|[ \t]+\p{Ll})"
    r"|\b(?:Pani|Panią|Pana|Panu|Pan|Herrn|Herr|Frau|Signora|Signor|Señora|Señor|Senhora|Senhor|Bapak|Bpk\.|"
    r"Ibu)[ \t]+(?P<titled>" + _CAP_NAME_WORD + r"(?:[ \t]+" + _CAP_NAME_WORD + r")?)"
    # (not Polish "z" nor Swahili "na", which are also "from" and "to": "kurs z Galerii Krakowskiej")
    r"|\b(?i:ride|trip|journey|viaje|corrida|viagem|fahrt|course|rit|viaggio|corsa)"
    r"[ \t]+(?i:with|con|com|mit|avec|met)[ \t]+(?P<driver>" + _CAP_NAME_WORD + r")"
)
_INTRODUCED_KEYS = (
    " bol ",
    "main ",
    "mai ",
    "mein ",
    "sou ",
    "soy ",
    "aqui",
    "aquí",
    "Pan",
    "Herr",
    "Frau",
    "Sign",
    "Señ",
    "Senh",
    "Bapak",
    "Bpk",
    "Ibu",
    " with ",
    " con ",
    " com ",
    " mit ",
    " avec ",
    " met ",
)
_RIDE_BRANDS = frozenset(
    [
        "uber",
        "lyft",
        "bolt",
        "grab",
        "cabify",
        "careem",
        "gojek",
        "ola",
        "didi",
        "freenow",
        "indrive",
        "yandex",
        "taxify",
        "blablacar",
    ]
)


def find_introduced_names(text: str) -> list[Span]:
    if not any(key in text for key in _INTRODUCED_KEYS) and " bol " not in text.lower():
        return []
    out: list[Span] = []
    for m in INTRODUCED_NAME_RE.finditer(text):
        group = next(
            g for g in ("hindi", "speaking", "article", "titled", "driver") if m.group(g) is not None
        )
        words = list(_CUE_NAME_WORD_RE.finditer(m.group(group)))
        keep = 0
        for w in words:
            low = w.group().lower()
            if not _cued_word_ok(w.group()) or low in _RELATION_WORDS or low in _RIDE_BRANDS:
                break
            if w.group().isupper() or (keep and w.group()[0].isupper() != words[0].group()[0].isupper()):
                break
            keep += 1
        if group == "speaking":
            while words and not all(_cued_word_ok(w.group()) for w in words):
                words = words[1:]  # "Kal Rohit bol raha …": the name is what stands right before
            if words:
                out.append(
                    (m.start(group) + words[0].start(), m.start(group) + words[-1].end(), STRONG_CUE_SCORE)
                )
            continue
        if group == "hindi" and keep < len(words):
            continue  # the whole phrase before "hoon" or nothing: "main ghar pe hoon"
        if keep:
            out.append((m.start(group), m.start(group) + words[keep - 1].end(), STRONG_CUE_SCORE))
    return out


_BESIDE_AN_ADDRESS_BEFORE_RE = re.compile(r"[,\n\d][ \t]*$")
_BESIDE_AN_ADDRESS_AFTER_RE = re.compile(r"[ \t]*(?:[,\n]|\d)")
_LABEL_BEFORE_RE = re.compile(r"(?i:name|nom|nombre|nome|naam)[ \t]*:[ \t]*$")
_OBJECT_AFTER_RE = re.compile(r"[ \t]+(?:the|me|my|this|it|us|our|your|all|these|those)(?![\p{L}])")
_OPENS_TEXT_RE = re.compile(r"(?:^|[\n.!?][ \t]*)$")
_COLON_BEFORE_RE = re.compile(r":[ \t]*$")


def one_word_no_name(text: str, start: int, end: int) -> bool:
    """One word the NER read as a name that is none: a greeting or sign-off opening its line or the
    message before a comma ("Buongiorno, …", "Dag, er werd …", "Groet, N. Baker"); a verb opening a
    sentence before its object ("Mark the trip …", "Bill me only once"), unless a listed first name; a
    short word all in capitals that is no listed first name ("leave me on EDSA", "IBAN:", "No PII")."""
    word = text[start:end]
    if not word.isalpha():
        return False
    low = word.lower()
    if word.isupper() and len(word) <= 6:
        if _BESIDE_AN_ADDRESS_BEFORE_RE.search(
            text, max(0, start - 6), start
        ) or _BESIDE_AN_ADDRESS_AFTER_RE.match(text, end):
            return False  # "…, CABA", "LONDON\nSW1A 1AA": a town or region of an address, in capitals
        # after any label's colon it is the value asked for ("Surname: SMITH", "Passenger: WONG")
        return (
            low not in _FIRST_NAMES_LOWER
            and not _LABEL_BEFORE_RE.search(text, max(0, start - 12), start)
            and not _COLON_BEFORE_RE.search(text, max(0, start - 3), start)
        )
    if not _OPENS_TEXT_RE.search(text, max(0, start - 4), start):
        return False
    if _SIGN_OFF_OR_GREETING_RE.fullmatch(low) and text[end : end + 1] in (",", "!", ""):
        return True
    return low not in _FIRST_NAMES_LOWER and bool(_OBJECT_AFTER_RE.match(text, end))


# A recipient's name written right before the address ("Please send the receipt … to Ailsa Bakker,
# Jung-dong 292-52, …") or on its own line between an address's label and its first line ("Endereço:\n
# valentina\nRua Garrett 93, …"): each word a listed name or no common word, nor a place's.
_RECIPIENT_BEFORE_RE = re.compile(
    r"(?<![\p{L}])(?i:to|para|pra|à|a|an|aan|naar)[ \t]+"
    r"(\p{Lu}[\p{Ll}\p{M}'’\-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’\-]+){1,2}),"
    r"[ \t]*$"
)
_NAME_LINE_BEFORE_RE = re.compile(
    r"(?:^|\n)[ \t]*(?i:address|adresse|dirección|direccion|endereço|endereco|morada|anschrift|indirizzo|"
    r"adres|"
    r"send (?:it|them) to|deliver to|ship to|envíen(?:lo)? a|enviar para|livrer à)[^\n]{0,20}:[ \t]*\n"
    r"[ \t]*(" + _CUE_NAME_WORD + r"(?:[ \t]+" + _CUE_NAME_WORD + r"){0,2})[ \t]*\n[ \t]*$"
)


def names_before_addresses(text: str, addresses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for start, _ in addresses:
        for rx in (_RECIPIENT_BEFORE_RE, _NAME_LINE_BEFORE_RE):
            m = rx.search(text, max(0, start - 120), start)
            if not m:
                continue
            words = m.group(1).split()
            if not all(_cued_word_ok(w) and w.lower() not in _RELATION_WORDS for w in words):
                continue
            if any(
                w.lower() in PLACE_WORDS or w.lower() in CITIES or _STREET_WORD_RE.fullmatch(w) for w in words
            ):
                continue
            if names_a_place(text, *m.span(1)) or _BUILDING_RE.search(m.group(1)):
                continue
            out.append(m.span(1))
    return out
