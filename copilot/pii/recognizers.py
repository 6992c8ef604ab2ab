"""Presidio recognizers: the spaCy NER names, tidied, plus our finders from `patterns.py`.

Entity names are ours (PERSON, EMAIL, PHONE, CARD, IBAN, ADDRESS, IP), the same words the placeholders use.
"""

from __future__ import annotations

from collections.abc import Callable

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from copilot.pii import languages, patterns, scripts

PERSON, EMAIL, PHONE, CARD, IBAN, ADDRESS, IP = "PERSON", "EMAIL", "PHONE", "CARD", "IBAN", "ADDRESS", "IP"
URL, DOCUMENT = "URL", "DOCUMENT"  # a web address a customer gives; an identity document's number
ENTITIES = (PERSON, EMAIL, PHONE, CARD, IBAN, ADDRESS, IP, URL, DOCUMENT)


class FinderRecognizer(LocalRecognizer):
    """A recognizer around one pure finder function `text -> [(start, end, score)]`."""

    def __init__(self, entity: str, finder: Callable[[str], list[patterns.Span]], name: str):
        self._finder = finder
        self._entity = entity
        super().__init__(supported_entities=[entity], name=name, supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        if entities and self._entity not in entities:
            return []
        return [RecognizerResult(self._entity, start, end, score) for start, end, score in self._finder(text)]


# (made once: the union costs more than a look-up)
_NOT_NAME_WORDS = frozenset(patterns.NOT_NAMES | STOP_WORDS)


_LEADING_NOISE = frozenset(
    [
        "hi",
        "hello",
        "hey",
        "dear",
        "thanks",
        "thank",
        "cheers",
        "regards",
        "best",
        "sincerely",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "sir",
        "madam",
        "driver",
        "rider",
        "passenger",
        "customer",
        "agent",
        "dear",
        "ok",
        "okay",
        "yes",
        "no",
        "please",
    ]
)
_EDGE_STRIP = " \t\n,.;:!?\"'()[]{}<>«»“”‘’*_—–-"
# Words of the support desk that NER sometimes takes for part of a name ("Email Support", "Uber Eats").
_DOMAIN_WORDS = frozenset(
    [
        "support",
        "service",
        "team",
        "care",
        "help",
        "helpdesk",
        "center",
        "centre",
        "desk",
        "email",
        "app",
        "driver",
        "rider",
        "customer",
        "agent",
        "uber",
        "lyft",
        "bolt",
        "taxi",
        "cab",
        "refund",
        "fare",
        "booking",
        "account",
        "card",
        "payment",
        "receipt",
        "airport",
        "station",
        "hotel",
        "terminal",
        "user",
        "users",
        "atm",
        "bot",
    ]
)
_STREET_TYPE_RE = re.compile(r"(?i:" + patterns.EN_SUFFIXES + r")\.?")
# Endings of English adjectives, verb forms and adverbs, which a lowercase first name rarely has.
_WORD_ENDINGS = ("ed", "ing", "ly", "ful", "ous", "ive", "able", "ible", "less", "ish", "est")
_FIRST_WORD_RE = re.compile(r"([\p{L}]+)\.?[ \t,]+")
_POSSESSIVE_RE = re.compile(r"['’]s$")
_DRIVER_WAS_RE = re.compile(r"(?i:\bdriver\s+(?:is|was))\s+$")
_NEXT_CAP_RE = re.compile(r"[ \t]+(\p{Lu}[\p{L}\p{M}'’\-]+|\p{Lu}\.)")
_PREV_CAP_RE = re.compile(r"(\p{Lu}[\p{L}\p{M}'’\-]+)[ \t]+$")


_NATIVE_ONLY_RE = re.compile(r"[\p{Hangul}\p{Han}\p{Hiragana}\p{Katakana}\p{Arabic}\s\p{P}]+")


class NerPersonRecognizer(LocalRecognizer):
    """PERSON from the spaCy NER, trimmed of greetings and titles, grown over adjacent capitalised parts."""

    def __init__(self):
        super().__init__(supported_entities=[PERSON], name="NerPersonRecognizer", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        if not nlp_artifacts or (entities and PERSON not in entities):
            return []
        out = []
        lang = languages.detect(text)
        for ent in nlp_artifacts.entities:
            if ent.label_ != PERSON:
                continue
            if _NATIVE_ONLY_RE.fullmatch(ent.text):
                continue  # Korean, Japanese, Arabic: the model guesses ("안녕하세요"); the finders read them
            span = self._tidy(text, ent.start_char, ent.end_char)
            if span and lang != languages.EN:
                span = languages.foreign_name(text, *span, lang)
            elif span and not self._plausible_in_english(text, *span):
                span = None
            if span and text[span[0] : span[1]].lower() in patterns.NOT_NAMES:
                span = None  # what trimming left is a word ("Envoyé de mon iPhone")
            if span:
                span = (span[0], patterns.past_particles(text, span[1]))
                out.append(RecognizerResult(PERSON, span[0], span[1], 0.85))
                for start, end in patterns.list_siblings(text, *span) + patterns.pair_sibling(text, *span):
                    out.append(RecognizerResult(PERSON, start, end, 0.6))
        return out

    @staticmethod
    def _plausible_in_english(text: str, start: int, end: int) -> bool:
        """Not a lone lowercase word ("grumpy"), nor only common words ("Settings", "Gatwick", "Park Lane"),
        unless a name cue ("my name is", "driver") comes right before it."""
        words = text[start:end].split()
        if len(words) == 1 and words[0].islower() and _DRIVER_WAS_RE.search(text, max(0, start - 30), start):
            return False  # "the driver was grumpy": after "driver was" a lowercase word says how he was
        if patterns.english_cue_precedes(text, start):
            return True
        if len(words) == 1 and not words[0][:1].isupper():
            # a lowercase first name stays ("patricia, can i …"); a lowercase word of the language goes
            low = words[0].lower()
            if (
                patterns.is_plain_word(low)
                or low in patterns.COMMON_NOUNS
                or low in languages.COMMON[languages.EN]
            ):
                return False
            return not (low.endswith(_WORD_ENDINGS) and low not in patterns.NAMES_LIKE_WORDS)
        if languages.is_common_english(words):
            return False
        return not (
            len(words) > 1
            and _STREET_TYPE_RE.fullmatch(words[-1])
            and languages.is_common_english(words[:-1])
        )

    @staticmethod
    def _tidy(text: str, start: int, end: int) -> tuple[int, int] | None:
        # strip punctuation, then leading greetings/titles ("Hi Maria", "Mr. Lee") and a possessive
        while start < end and text[start] in _EDGE_STRIP:
            start += 1
        while end > start and text[end - 1] in _EDGE_STRIP:
            end -= 1
        while True:
            m = _FIRST_WORD_RE.match(text, start, end)
            if m and m.group(1).lower() in _LEADING_NOISE:
                start = m.end()
            else:
                break
        m = _POSSESSIVE_RE.search(text[start:end])
        if m:
            end = start + m.start()
        value = text[start:end]
        if len(value) < 2 or not any(ch.isalpha() for ch in value) or any(ch.isdigit() for ch in value):
            return None
        words = value.lower().split()
        if (
            value.lower() in STOP_WORDS
            or value.lower() in patterns.NOT_NAMES
            or value.lower() in patterns.COUNTRIES
        ):
            return None
        if any(w in patterns.NOT_PERSON_TOKENS or w in _DOMAIN_WORDS for w in words):
            return None  # "Email Support", "UMB Financial Corporation"
        if "/" in value or "@" in value:
            return None
        # grow over neighbouring capitalised words the model left out ("Mercédesz Szôllôssy", "Zak M. Lee")
        for _ in range(2):
            m = _NEXT_CAP_RE.match(text, end)
            if not m or m.group(1).rstrip(".").lower() in _NOT_NAME_WORDS:
                break
            end = m.end()
        for _ in range(2):
            window_start = max(0, start - 40)
            m = _PREV_CAP_RE.search(text[window_start:start])
            if not m or m.group(1).lower() in _NOT_NAME_WORDS or m.group(1).lower() in _LEADING_NOISE:
                break
            before = text[max(0, window_start + m.start() - 3) : window_start + m.start()]
            if not before.strip() or before.rstrip()[-1:] in ".!?:\n":
                break  # a capitalised word opening a sentence is not taken for a first name
            start = window_start + m.start()
        return start, end


class NerAddressRecognizer(LocalRecognizer):
    """ADDRESS from the fine-tuned NER (a whole postal address: street, apartment, town, postcode,
    country), when it holds a digit; ids, amounts, dates and times inside one are carved out later
    (analyzer.resolve)."""

    def __init__(self):
        super().__init__(supported_entities=[ADDRESS], name="NerAddressRecognizer", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        if not nlp_artifacts or (entities and ADDRESS not in entities):
            return []
        # A postal address has a house number or a postcode; a run of words without a digit is more
        # often a sentence of another language or a company's name than a street alone.
        return [
            RecognizerResult(ADDRESS, ent.start_char, ent.end_char, 0.8)
            for ent in nlp_artifacts.entities
            if ent.label_ == ADDRESS and any(ch.isdigit() for ch in ent.text)
        ]


# The regular-expression recognizers, by entity: (entity, finder, recognizer name).
_FINDERS = (
    (PERSON, patterns.find_cued_names, "CuedPersonRecognizer"),
    (PERSON, patterns.find_shaped_names, "ShapedNameRecognizer"),
    (PERSON, patterns.find_listed_names, "ListedNameRecognizer"),
    (PERSON, scripts.find_names, "OtherScriptNameRecognizer"),
    (ADDRESS, scripts.find_addresses, "OtherScriptAddressRecognizer"),
    (EMAIL, patterns.find_emails, "EmailRecognizer"),
    (PHONE, patterns.find_phones, "PhoneRecognizer"),
    (CARD, patterns.find_cards, "CardRecognizer"),
    (IBAN, patterns.find_ibans, "IbanRecognizer"),
    (ADDRESS, patterns.find_addresses, "AddressRecognizer"),
    (IP, patterns.find_ips, "IpAddressRecognizer"),
    (URL, patterns.find_urls, "UrlRecognizer"),
    (DOCUMENT, patterns.find_documents, "DocumentNumberRecognizer"),
)
FINDERS = tuple((entity, finder) for entity, finder, _ in _FINDERS)


def build_recognizers() -> list[LocalRecognizer]:
    """The registry's recognizers: spaCy NER names and addresses, then one per finder."""
    return [NerPersonRecognizer(), NerAddressRecognizer()] + [
        FinderRecognizer(entity, finder, name) for entity, finder, name in _FINDERS
    ]
