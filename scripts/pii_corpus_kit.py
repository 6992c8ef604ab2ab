"""Plumbing shared by the labelled PII corpus generators (make_pii_blind3.py, 4, 5 and later ones).

The record format (one JSON object a line, UTF-8, written with ensure_ascii=False; the same fields as the
held-out files tests/data/pii_heldout/*.jsonl that scripts/eval_pii.py scores):

    {"id": "blind5-gen-0", "locale": "en_GB", "text": "...",
     "spans": [{"type": "PERSON", "start": 3, "end": 9, "value": "..."}, ...],
     "keep": [{"kind": "trip_id", "start": 20, "end": 28, "value": "..."}, ...]}

- `id`: "<corpus>-<way>-<n>", unique; `way` says how the message was made (gen, hand, faker, ...).
- `spans`: the PII the redactor must remove; `type` is one of TYPES. `keep`: what must survive redaction;
  `kind` is one of KEEP_KINDS. Both sorted by `start`, offsets in characters, `text[start:end] == value`.

A generator assembles a message with Builder (or writes it marked inline and calls parse_marked), collects
raw records {"locale", "text", "spans", "keep", "way"}, turns them into corpus records with finish(),
asserts them with check() and writes them with write_jsonl(). A script in scripts/ imports it as
`import pii_corpus_kit as kit` (run as `python scripts/<name>.py`, that folder is on sys.path).
Nothing here draws random numbers except trip_id() and finish() (from the generator's rng and the
shuffle seed given), so a rebuild stays byte-identical.

Marked-inline text (hand-written files and templates): «P:…» PERSON, «A:…» ADDRESS, «T:…» PHONE,
«E:…» EMAIL, «C:…» CARD, «I:…» IBAN, «IP:…» IP are PII; ‹t:…› trip_id, ‹a:…› amount, ‹h:…› time,
‹d:…› date, ‹f:…› flight_number, ‹p:…› licence_plate, ‹b:…› booking_reference, ‹o:…› order_number,
‹l:…› place must survive. A quotation mark written as one of the marks (Russian and Greek «…») is
escaped with a backslash: \\« \\» \\‹ \\› stand for the literal characters, inside a mark or outside.
A hand-written file holds blocks separated by a line "=====", each starting with a line "# <locale>".
"""

from __future__ import annotations

import ipaddress
import itertools
import json
import os
import random
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers

TYPES = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "CARD", "IBAN", "IP")
KEEP_KINDS = (
    "trip_id",
    "amount",
    "time",
    "date",
    "flight_number",
    "licence_plate",
    "booking_reference",
    "order_number",
    "place",
)

SPAN_CODES = {"P": "PERSON", "A": "ADDRESS", "T": "PHONE", "E": "EMAIL", "C": "CARD", "I": "IBAN", "IP": "IP"}
KEEP_CODES = {
    "t": "trip_id",
    "a": "amount",
    "h": "time",
    "d": "date",
    "f": "flight_number",
    "p": "licence_plate",
    "b": "booking_reference",
    "o": "order_number",
    "l": "place",
}
MARK = re.compile(r"«(P|A|T|E|C|I|IP):(.+?)»|‹([tahdfpbol]):(.+?)›", re.S)
MARK_CHARS = "«»‹›"
# an escaped mark character stands in as a private-use one while parsing, one character for one, so the
# offsets found on the stand-in text hold for the text with the literal quotation marks put back
_ESCAPED = {f"\\{ch}": chr(0xE000 + i) for i, ch in enumerate(MARK_CHARS)}
_UNESCAPE = str.maketrans({stand_in: escaped[1] for escaped, stand_in in _ESCAPED.items()})
BLOCK_SEPARATOR = "\n=====\n"


class Builder:
    """Accumulates a message's text and records the exact offsets of its labelled pieces."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict] = []
        self.keep: list[dict] = []

    def add(self, piece: str, label: str | None = None, kind: str | None = None) -> None:
        """Append a piece; `label` (a span type) makes it PII, `kind` (a keep kind) an item to keep."""
        item = {"start": self.length, "end": self.length + len(piece), "value": piece}
        if label:
            self.spans.append({"type": label, **item})
        if kind:
            self.keep.append({"kind": kind, **item})
        self.parts.append(piece)
        self.length += len(piece)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def parse_marked(marked: str) -> tuple[str, list[dict], list[dict]]:
    """Text marked inline («P:…», ‹t:…›, see the module's docstring) -> (text, spans, keep)."""
    for escaped, stand_in in _ESCAPED.items():
        marked = marked.replace(escaped, stand_in)
    builder = Builder()
    pos = 0
    for m in MARK.finditer(marked):
        builder.add(marked[pos : m.start()])
        if m.group(1):
            builder.add(m.group(2), label=SPAN_CODES[m.group(1)])
        else:
            builder.add(m.group(4), kind=KEEP_CODES[m.group(3)])
        pos = m.end()
    builder.add(marked[pos:])
    if any(ch in builder.text for ch in MARK_CHARS):
        raise ValueError(f"unbalanced mark in {marked!r}")
    for item in builder.spans + builder.keep:
        item["value"] = item["value"].translate(_UNESCAPE)
    return builder.text.translate(_UNESCAPE), builder.spans, builder.keep


def read_handwritten(path: Path) -> list[dict]:
    """A hand-written file (blocks "# <locale>" + marked text, separated by "=====") -> raw records."""
    records = []
    for block in path.read_text(encoding="utf-8").split(BLOCK_SEPARATOR):
        if not block.strip():
            continue
        header, _, body = block.strip("\n").partition("\n")
        if not header.startswith("# "):
            raise ValueError(f"block without a '# locale' header: {block[:60]!r}")
        text, spans, keep = parse_marked(body)
        records.append(
            {"locale": header[2:].strip(), "text": text, "spans": spans, "keep": keep, "way": "hand"}
        )
    return records


def trip_id(rng: random.Random) -> str:
    """A trip id as the console shows it: eight lowercase hex digits."""
    return "".join(rng.choice("0123456789abcdef") for _ in range(8))


def finish(records: list[dict], *, corpus: str, shuffle_seed: int, drop_repeats: bool = False) -> list[dict]:
    """Raw records {"locale", "text", "spans", "keep", "way"} -> corpus records: shuffled with
    `shuffle_seed`, numbered "<corpus>-<way>-<n>" in that order, spans and kept items sorted by start.
    With `drop_repeats` a text already taken is skipped (a short template can repeat itself)."""
    records = list(records)
    random.Random(shuffle_seed).shuffle(records)
    out: list[dict] = []
    seen: set[str] = set()
    for r in records:
        if drop_repeats:
            if r["text"] in seen:
                continue
            seen.add(r["text"])
        out.append(
            {
                "id": f"{corpus}-{r['way']}-{len(out)}",
                "locale": r["locale"],
                "text": r["text"],
                "spans": sorted(r["spans"], key=lambda s: s["start"]),
                "keep": sorted(r["keep"], key=lambda k: k["start"]),
            }
        )
    return out


def luhn_ok(value: str) -> bool:
    """A card number (any grouping) of 12 digits or more that passes the Luhn checksum."""
    digits = [int(c) for c in re.sub(r"\D", "", value)][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(digits))
    return len(digits) >= 12 and total % 10 == 0


def iban_ok(value: str) -> bool:
    """An IBAN (any grouping or case) that passes its mod-97 checksum."""
    compact = re.sub(r"[\s.]", "", value).upper()
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def check(records: list[dict], *, trimmed_text: bool = True) -> None:
    """Assert corpus records: unique ids; a non-empty text (with `trimmed_text`, the default, also without
    leading or trailing white space: blind3 keeps presidio-evaluator's samples as it wrote them); span
    types among TYPES and keep kinds among KEEP_KINDS; every span and kept item exactly where it says
    (`text[start:end] == value`), its value without surrounding white space, none overlapping another;
    every CARD passing Luhn and every IBAN its checksum (an invalid one would be unfair to a recognizer
    that checks them, as real ones do), every IP a global address, every EMAIL with one @, every trip id
    eight hex digits."""
    ids = set()
    for r in records:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        text = r["text"]
        assert text, r["id"]
        assert not trimmed_text or text == text.strip(), r["id"]
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert s["type"] != "CARD" or luhn_ok(s["value"]), (r["id"], s)
            assert s["type"] != "IBAN" or iban_ok(s["value"]), (r["id"], s)
            assert s["type"] != "IP" or ipaddress.ip_address(s["value"]).is_global, (r["id"], s)
            assert s["type"] != "EMAIL" or s["value"].count("@") == 1, (r["id"], s)
        for k in r["keep"]:
            assert k["kind"] in KEEP_KINDS, (r["id"], k)
            assert k["kind"] != "trip_id" or re.fullmatch(r"[0-9a-f]{8}", k["value"]), (r["id"], k)
        for item in r["spans"] + r["keep"]:
            assert 0 <= item["start"] < item["end"] <= len(text), (r["id"], item)
            assert text[item["start"] : item["end"]] == item["value"], (r["id"], item)
            assert item["value"] == item["value"].strip(), (r["id"], item)
        items = sorted((i["start"], i["end"]) for i in r["spans"] + r["keep"])
        for (_, end), (start, _) in itertools.pairwise(items):
            assert end <= start, (r["id"], items)


def write_jsonl(path: Path, records: list[dict]) -> None:
    """One record a line, UTF-8 as is (ensure_ascii=False), a newline after each."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def count_lines(records: list[dict], ways: tuple[str, ...], *, indent: str = "") -> list[str]:
    """Aggregate counts only (safe for a never-read corpus): a line a way, then one for the whole corpus."""
    lines = []
    for way in ways:
        part = [r for r in records if r["id"].split("-")[1] == way]
        types = Counter(s["type"] for r in part for s in r["spans"])
        keep = Counter(k["kind"] for r in part for k in r["keep"])
        no_pii = sum(1 for r in part if not r["spans"])
        lines.append(
            f"{indent}{way}: {len(part)} messages ({no_pii} with no PII), "
            f"spans {dict(sorted(types.items()))}, keep {dict(sorted(keep.items()))}"
        )
    types = Counter(s["type"] for r in records for s in r["spans"])
    keep = Counter(k["kind"] for r in records for k in r["keep"])
    lines.append(
        f"{indent}all: {len(records)} messages, spans {dict(sorted(types.items()))}, "
        f"keep {dict(sorted(keep.items()))}"
    )
    return lines


def seeded_fakers(locales: list[str], seed: int) -> dict:
    """A Faker a locale, each seeded from `seed` and its locale's name, so a rebuild draws the same values."""
    from faker import Faker  # only the Faker-based generators need it

    fakers = {}
    for locale in locales:
        fake = Faker(locale)
        fake.seed_instance(seed + sum(map(ord, locale)))
        fakers[locale] = fake
    return fakers


def pin_hash_seed() -> None:
    """Re-run this script with PYTHONHASHSEED=0 unless it already is: some Faker locales build their lists
    from sets, so without a fixed hash seed a rebuild would not write the same file."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})  # noqa: S606


# ---------------------------------------------------------------------------------------------
# A hand-written pair (dev and blind) built and checked together
# ---------------------------------------------------------------------------------------------

_EXTENSION = re.compile(
    r"\s*(?:ext\.?|x|extension|poste|Durchwahl|DW|int\.?|wew\.?|dahili|mellék|ramal)\s*\d+$", re.I
)


def _phone_ok(value: str, locale: str) -> bool:
    """A PHONE valid for the locale's region, or for its own country code when written with a +."""
    number = _EXTENSION.sub("", value).strip()
    region = locale.split("_")[1]
    try:
        parsed = phonenumbers.parse(number, None if number.startswith("+") else region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed)


def _sentences(text: str) -> set[str]:
    # CJK, Devanagari, Arabic, Burmese, Khmer and Ethiopic sentence ends take no space after them
    parts = re.split(r"(?<=[.!?])\s+|(?<=[。！？।؟။។።])\s*|\n", text)
    return {p.strip() for p in parts if len(p.strip()) > 25}


def _check_pair(corpora: dict[str, list[dict]], pair: tuple[str, str], sizes: dict[str, int]) -> None:
    for name, records in corpora.items():
        check(records)
        assert len(records) == sizes[name], (name, len(records))
        for r in records:
            assert r["id"].startswith(f"{name}-hand-"), r["id"]
            assert r["keep"], r["id"]
            assert 2 <= len(r["keep"]) <= 6, (r["id"], len(r["keep"]))
            for item in r["spans"] + r["keep"]:
                assert r["text"][item["start"] : item["end"]] == item["value"], r["id"]
            for s in r["spans"]:
                assert s["type"] != "PHONE" or _phone_ok(s["value"], r["locale"]), (r["id"], "phone")
    dev, blind = corpora[pair[0]], corpora[pair[1]]
    assert not {r["text"] for r in dev} & {r["text"] for r in blind}, "a text in both files"
    shared = set().union(*(_sentences(r["text"]) for r in dev)) & set().union(
        *(_sentences(r["text"]) for r in blind)
    )
    assert not shared, f"{len(shared)} sentences over 25 characters in both files"
    # a trip id may repeat inside one message (a row billed twice), never in two messages
    trips = Counter(
        value for r in dev + blind for value in {k["value"] for k in r["keep"] if k["kind"] == "trip_id"}
    )
    assert all(n == 1 for n in trips.values()), "a trip id in two messages"


def _report(name: str, records: list[dict]) -> None:
    print(name)
    for line in count_lines(records, ("hand",), indent="  "):
        print(line)
    languages = Counter(r["locale"].split("_")[0] for r in records)
    print("  languages", dict(languages.most_common()))
    print("  locales", len({r["locale"] for r in records}))


def handwritten_pair(
    dev: str, blind: str, *, sizes: dict[str, int], seeds: dict[str, int], argv: list[str]
) -> None:
    """Build (or with --check in argv, read back) a hand-written pair tests/data/pii_heldout/<dev>.jsonl and
    <blind>.jsonl from <name>_handwritten.txt, check both and each against the other (no text, sentence over
    25 characters or trip id in both, 2-6 kept items a message, every phone valid), and print aggregate
    counts only (never an item of the blind one). make_pii_blind10.py and later pairs call it."""
    data = Path(__file__).resolve().parent.parent / "tests" / "data" / "pii_heldout"
    pair = (dev, blind)
    if "--check" in argv:
        corpora = {name: read_jsonl(data / f"{name}.jsonl") for name in pair}
    else:
        corpora = {
            name: finish(
                read_handwritten(data / f"{name}_handwritten.txt"), corpus=name, shuffle_seed=seeds[name]
            )
            for name in pair
        }
    _check_pair(corpora, pair, sizes)
    if "--check" not in argv:
        for name, records in corpora.items():
            write_jsonl(data / f"{name}.jsonl", records)
    for name, records in corpora.items():
        _report(name, records)
