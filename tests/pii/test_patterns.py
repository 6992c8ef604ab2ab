"""The protected patterns' gates: a pattern skipped for want of its word or sign would have found nothing.

`patterns._protected` runs most patterns only where a word of theirs (a month, a weekday, a currency, a
unit, a zone) or a sign is in the text; a gate that missed a form its pattern matches would let a kept item
be redacted. Checked two ways: every case variant the regex engine accepts for a letter of a gate folds to
that letter, and over every corpus text and the kept-formats generator no skipped pattern matches.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import regex

from copilot.pii import kept, patterns

DATA = Path(__file__).resolve().parents[1] / "data"
GATED = [(i, pattern, needs) for i, (pattern, needs) in enumerate(patterns._PROTECTED) if needs is not None]
CUED = [patterns._ID_AFTER_CUE, patterns._FLIGHT_AFTER_CUE, patterns._PLATE_AFTER_CUE]
NEAR_CURRENCY = [patterns._AMOUNT_AFTER_SIGN, patterns._AMOUNT_AFTER_CODE, patterns._CODE_BEFORE_AMOUNT]
BEFORE_CURRENCY = [patterns._AMOUNT_BEFORE_CURRENCY, patterns._WIDE_AMOUNT_BEFORE_CURRENCY]
# (the protected patterns tried only where a word of their gate starts)
AT_WORD = [
    patterns._Cued(pattern, needs.words) for pattern, needs in patterns._PROTECTED if needs and needs.at_word
]
ANCHORED = CUED + AT_WORD + NEAR_CURRENCY + BEFORE_CURRENCY
# every code point but the surrogates
EVERY_CHARACTER = "".join(chr(cp) for cp in range(0x30000) if not 0xD800 <= cp < 0xE000)


def gate_letters() -> set[str]:
    letters = set()
    for _, _, needs in GATED:
        letters.update(*needs.words, *needs.substrings)
    return {c for c in letters if c.isalpha()}


@pytest.mark.parametrize("letter", sorted(gate_letters()))
def test_every_case_variant_the_engine_accepts_for_a_gate_letter_folds_to_it(letter):
    variants = {m.group() for m in regex.finditer(regex.escape(letter), EVERY_CHARACTER, regex.IGNORECASE)}
    assert {v: patterns.fold(v) for v in variants if patterns.fold(v) != patterns.fold(letter)} == {}


def test_the_gates_hold_the_words_their_patterns_are_written_with():
    words = {i: needs.words for i, _, needs in GATED}
    after_amounts = [finder.codes for finder in BEFORE_CURRENCY]
    assert all({"rupee", "rupees", "rs", "kr", "kč", "zł", "лв", "euro", "euros"} <= w for w in after_amounts)
    assert len(after_amounts) == 2 and any(
        {"dólares", "shilling", "shillings", "sh"} <= w for w in after_amounts
    )
    weekdays = next(words[i] for i, p, _ in GATED if r"\b(?:(?:mon|tue" in p.pattern)
    assert {"mon", "monday", "tues", "tuesday", "wed", "wednesday", "sun", "sunday"} <= weekdays
    assert all(word.isalpha() and word == patterns.fold(word) for w in words.values() for word in w)


def anchor_letters() -> set[str]:
    words = {word for finder in CUED + AT_WORD for word in finder.cues}
    words |= {word for finder in NEAR_CURRENCY + BEFORE_CURRENCY for word in finder.codes}
    return {c for word in words for c in word if c.isalpha()}


@pytest.mark.parametrize("letter", sorted(anchor_letters()))
def test_every_case_variant_the_engine_accepts_for_a_cue_letter_is_folded_in_place_to_it(letter):
    variants = {m.group() for m in regex.finditer(regex.escape(letter), EVERY_CHARACTER, regex.IGNORECASE)}
    assert {v: patterns._folded_in_place(v) for v in variants if patterns._folded_in_place(v) != letter} == {}
    assert {v: patterns.fold(v) for v in variants if patterns.fold(v) != letter} == {}


def test_the_anchors_words_are_folded_alike_both_ways():
    words = {word for finder in CUED + AT_WORD for word in finder.cues}
    words |= {word for finder in NEAR_CURRENCY + BEFORE_CURRENCY for word in finder.codes}
    assert {
        w for w in words if not (w.isalpha() and patterns.fold(w) == w == patterns._folded_in_place(w))
    } == set()


def anchored_spans(finder, text: str) -> list[tuple[int, int]]:
    folded = patterns.fold(text)
    words = frozenset(patterns._LETTERS_RE.findall(folded))
    low = patterns._folded_in_place(text)
    if finder in CUED + AT_WORD:
        return [m.span() for m in finder.finditer(text, low, words)]
    sign_ends = [m.end() for m in patterns._CURRENCY_SIGN_RE.finditer(text)]
    if finder is patterns._CODE_BEFORE_AMOUNT:  # (a code, never a sign, comes before its amount)
        sign_ends = []
    return [m.span() for m in finder.finditer(text, low, words, sign_ends)]


# Texts where a cue or a currency stands first or last, is repeated, overlaps a match, or is written in a
# case the engine holds equal to its letters ("İ", "ſ", the Kelvin sign "K"; "ı" is not "i" to it)
PROBES = [
    "trip 4821930571",
    "Trip trip 4821930571 trip 77777",
    "TRİP 4821930571, ORDER #AB-12 and order order 1234",
    "İstanbul trip 4821930571",
    "trıp 4821930571 tripS 5555 trips 5555",
    "en trip 4821930571",
    "BOO\u212aING ref: 7Q2X9 reſervation 88888",
    "booking",
    "4821930571 trip",
    "trip 12345trip 12345 trip-12345",
    "\u212aennzeichen B-MW 1234, plate AB12 CDE, driver in YW-745-MC, car",
    "car car car AB12 CDE",
    "FLIGHT BA 2490 flight flight U2 8341",
    "Nov 3 nov. 3 NOVEMBER 3 Mon MONDAY tuesday. Tues today this morning Terminal 5 gate B12 GATE 7",
    "version 14 Version 4.18.0 build 2210 lundi dernier ayer hier soir avant-hier Abril 2 márc. 9 ápr. 9.",
    "de Mayo 55 Marso 14, 2026 március 8. április 2-i",
    "Flug LH438",
    "€12.50 €€12 $ 3 HK$ 200 US$4 ſ$ 5 £",
    "€",
    "12",
    "18,40 € 18.40 EUR 58.58 eur 1.2k kr 1.2K€ 1.2\u212a EUR 10–15 € -12 € −12 € 5 Kč 5 kč",
    "EUR 30 eur30 USD-30 Rs. 500 Rs.-500 R 1,200 R412.00 R12 KSh 1,200 CHF 70'820.20 zł 45 Cad. 12",
    "R",
    "rs",
    "EUR",
    "1 EUR",
    "EUR 1",
    "12\tEUR\n€\u00a01\u202fEUR 3\u2009000 EUR",
    "1 2 3 4 5 EUR 6 7 € 8",
    "a1 EUR _1 EUR .1 EUR ,1 EUR 1_EUR",
    "\u0661\u0662 EUR € \u0661\u0662",
]


@pytest.mark.parametrize("finder", ANCHORED, ids=lambda finder: type(finder).__name__)
def test_an_anchored_pattern_finds_what_finditer_finds_in_every_corpus_text_and_probe(finder):
    missed = [
        text
        for text in corpus_texts() + PROBES
        if anchored_spans(finder, text) != [m.span() for m in finder.pattern.finditer(text)]
    ]
    assert missed == []


def test_every_airline_code_holds_the_look_ahead_its_pattern_reads_first():
    codes = patterns._AIRLINES.split("|")
    assert [code for code in codes if not regex.fullmatch(r"(?:[A-Z][A-Z\d]|\d[A-Z])[A-Z]?", code)] == []


def corpus_texts() -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import test_kept_formats  # (a sibling test module: its generator of kept items in eleven languages)

    texts = [record["text"] for seed in (7, 11, 13) for record in test_kept_formats.generate(seed)]
    for path in [*sorted((DATA / "pii_heldout").glob("*.jsonl")), DATA / "pii_corpus.jsonl"]:
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    return texts


def test_no_pattern_a_gate_skips_matches_anything_in_any_corpus_or_the_kept_formats_generator():
    texts = corpus_texts()
    skipped = 0
    missed = []
    for text in texts:
        folded = patterns.fold(text)
        words = frozenset(patterns._LETTERS_RE.findall(folded))
        sign = patterns._CURRENCY_SIGN_RE.search(text) is not None
        for i, pattern, needs in GATED:
            if not needs.met(folded, words, sign):
                skipped += 1
                if m := pattern.search(text):
                    missed.append((i, m.group()))
    assert len(texts) > 10_000 and skipped > 100_000  # the gates skip most patterns on most texts
    assert missed == []


# The name and address finders tried only where a match can start (`_matches_at_runs`, `_matches_from`):
# each must find what its pattern's finditer finds.
def _at_runs(pattern, words, more=None):
    return lambda text: patterns._matches_at_runs(pattern, text, words, more)


RUN_ANCHORED = {
    "capitalised-only cue": (
        patterns._CUE_CAP_ONLY,
        _at_runs(patterns._CUE_CAP_ONLY, patterns._CUE_CAP_ONLY_WORDS, patterns._line_starts),
    ),
    "person cue": (
        patterns.PERSON_CUE_RE,
        _at_runs(patterns.PERSON_CUE_RE, patterns._PERSON_CUE_WORDS, patterns._person_cue_starts),
    ),
    "strong cue": (
        patterns.STRONG_CUE_NAME_RE,
        _at_runs(patterns.STRONG_CUE_NAME_RE, patterns._STRONG_CUE_WORDS, patterns._strong_cue_starts),
    ),
    "subject": (
        patterns._SUBJECT_RE,
        _at_runs(patterns._SUBJECT_RE, patterns._SUBJECT_WORDS, patterns._sentence_starts),
    ),
    "signature": (
        patterns._SIGNATURE_RE,
        _at_runs(patterns._SIGNATURE_RE, frozenset(), patterns._signature_starts),
    ),
    "es street": (patterns.ES_STREET_RE, patterns._es_street_matches),
    "de street": (patterns.DE_STREET_RE, patterns._de_street_matches),
    "cued address": (patterns.CUED_ADDRESS_RE, patterns._cued_address_matches),
    "name given": (patterns._NAME_GIVEN_RE, patterns._name_given_matches),
    "address cut": (
        patterns.ADDRESS_CUT_RE,
        _at_runs(patterns.ADDRESS_CUT_RE, patterns._ADDRESS_CUT_WORDS, patterns._arrow_starts),
    ),
    "address stop": (kept._STOP_RE, _at_runs(kept._STOP_RE, kept._STOP_LINE_END_OR_LABEL, kept._stop_starts)),
    "money or id": (kept._MONEY_ID_RE, _at_runs(kept._MONEY_ID_RE, frozenset(), kept._money_id_starts)),
    "time or age": (
        kept._TIME_AGE_RE,
        _at_runs(kept._TIME_AGE_RE, kept._TIME_AGE_WORDS, kept._number_starts),
    ),
    "separate type cue": (
        patterns.SEPARATE_TYPE_CUE_RE,
        lambda text: (
            list(patterns.SEPARATE_TYPE_CUE_RE.finditer(text)) if patterns._separate_type_cue(text) else []
        ),
    ),
}
# Cues first, last, repeated, inside a word, in a case the engine holds equal to their letters, after runs
# of blank lines, and a ligature (no text folded in place: the plain finditer)
RUN_PROBES = [
    "Hi Maria, ask Bob. Thanks,\nAnna\n\n \n\nHello Jürgen",
    "\n\n\nhi\n\nDear Sir, SPEAK TO Ngozi Okafor. ſaid Bob. İt's Bob, TOLD Frits",
    "Could Hunter call me back? scan Bob call, Können Sie Kittisak unter 030",
    "Sandy cancelled at 5 and Rich en ik, nahuel y yo. Xiaoming   said it. t.n.v. Svetlana Hill",
    "HEIẞT Jürgen, heißt Jürgen, se llama Ana, s'appelle Léa, dejó a Rusty, a déposé Thilini",
    "Merci infiniment.\nUn saludo, xiaoling\n-- \nMaria Lopez\nFrom: Hugo Amorim <h@x.io>",
    "Chi, Bob here. hey, Bob hier! my wife Anna, mein Freund Jens, au nom de Mensah, merci",
    "Frits is late. Why is Maria so late? I met Bob, told Frits.",
    "Calle Mayor 5, Plazamayor 5, C/ Sol 3, Pº Castellana 10, Av. Brasil 1500, ul. Nowa 3/4, Piaţa Unirii 1",
    "Hauptstraße 5, Haupt-Straße 5a, Berliner Str. 12, STRAẞE 4, Am Markt 3, An der Alster 4, Bahnhofstr.5",
    "Kurfürstendamm 21, Karl-Marx-Allee 7, during 5, Storgatan 1, Hof-\nweg 2",
    "I live at Escuadro 26, address:\n12 Main Street, PICKED US UP FROM   Baker 12, drop-off at 5 Elm",
    "addressaddress 12, sent to\n\n Maria 12, LİVE AT 4 Oak Road, meet you at: Plaza 3",
    "the ﬁle: ask Bob, Calle Mayor 5, I live at Escuadro 26, Hauptstraße 5",
    "12 Elm St → Orly, 5 Rue X ->Gare, A -> B, INSTEAD OF Y, not at Z, 75001 via Roma, drop-off X, İN plaats van",
    "My NAME is Ana, se llama Luis, w imieniu syna Kuba, Main Ravi Kumar hoon, driver: Wayan, xmy name is Bo",
    "à la place de X, e não em Y, i stället för Z, anstatt X, toward Y, ki jagah Z, bukannya di X, to'ladim",
    "Selangor charged RM48.90, Lagos  COBRÓ 5, was   charged, X)\tBIRAKTILAR, Y pe chhod diya, via a\nCalle 9, Telefon 0312, TEL (21) 5, ödedim\n",
    "RM48.90, R412.00 RM 12 Rp5.000,00 KSh1,200.50 GH₵20.00 S/.35,50 xRM5 ORD-2026413-07 AB-12345-X, rm5",
    "Váci utca 12, ANDRÁSSY ÚT 5, Bağdat Caddesi 3, Atatürk BULVARI 7, Bulvarı 2, cad. 4, Nørre Vej 5, U. 3, tř. 9",
    "Them there, THE NAME IS Ana, theirs, drivers: Wayan, kızım Ayşe, chamava-se Rui, meray dost Amit, adı Ali",
    "1.20am, 12.05PM, x8 pm, 5 BAJE, 11.30 bje, 10 años, 19 YEARS OLD, a2 anni, SAAT 7'de, saa 3 usiku, ſaat 4",
    "3 ng hapon, Umur 12, usia 7 tahun, MIAKA 9, 4,5 pm, .7 am, ٣ pm, 82 anni, 1:2 pm, xsaat 7, 12:30:00 am",
    "",
    "a",
]


@pytest.mark.parametrize("name", RUN_ANCHORED)
def test_a_name_or_address_pattern_tried_where_it_can_start_finds_what_finditer_finds(name):
    pattern, anchored = RUN_ANCHORED[name]

    def found(matches):
        return [(m.span(), m.groups()) for m in matches]

    assert [t for t in RUN_PROBES if found(anchored(t)) != found(pattern.finditer(t))] == []
    differing = sum(  # (a count: the held-out texts are not to be shown)
        found(anchored(version)) != found(pattern.finditer(version))
        for text in corpus_texts()
        for version in (text, patterns._capitalised_view(text))
    )
    assert differing == 0


def run_key_letters() -> set[str]:
    words = patterns._CUE_CAP_ONLY_WORDS | patterns._PERSON_CUE_WORDS | patterns._STRONG_CUE_WORDS
    words |= patterns._PERSON_DID_WORDS | patterns._SUBJECT_WORDS | patterns._SIGNATURE_WORDS
    words |= patterns._ES_TYPE_OPENINGS | set(patterns._DE_TYPE_ENDINGS) | patterns._DE_OPENINGS
    words |= {
        *patterns._MODALS,
        *patterns._GREETINGS,
        *patterns._ADDRESS_CUE_KEYS,
        *patterns._ADDRESS_CUT_WORDS,
        *patterns._SEPARATE_TYPE_WORDS,
        *kept._STOP_LINE_END_OR_LABEL,
        *kept._STOP_VERBS,
        *kept._STOP_VERB_OPENINGS,
    }
    return {c for word in words for c in word if c.isalpha()}


@pytest.mark.parametrize("letter", sorted(run_key_letters()))
def test_every_case_variant_the_engine_accepts_for_a_start_letter_is_folded_in_place_to_it(letter):
    variants = {m.group() for m in regex.finditer(regex.escape(letter), EVERY_CHARACTER, regex.IGNORECASE)}
    assert {v: patterns._folded_in_place(v) for v in variants if patterns._folded_in_place(v) != letter} == {}
