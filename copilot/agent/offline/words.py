"""Money and ids in the customer's words: amounts asked for, trip ids written in full or by their start."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from copilot.agent.offline.common import CENT

_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I)
_HEX_TOKEN = re.compile(r"(?<![\w<-])#?([0-9a-f]{8,12})(?![\w>-])", re.I)
_TRIP_CUE = re.compile(
    r"(?:trip|ride|booking|journey|id|viaje|course|trajet|fahrt|corrida|viagem|reserva|#)\W{0,3}"
    r"(?:id|number|no\.?|nr\.?|#)?\W{0,3}$",
    re.I,
)
_NUM = r"\d{1,6}(?:[.,]\d{3})*(?:[.,]\d{1,2})?"
_MONEY = re.compile(
    rf"(?:(?P<c1>US\$|\$|£|€|\busd|\beur|\bgbp)\s?(?P<n1>{_NUM})(?![\d%])"
    rf"|(?P<n2>{_NUM})\s?(?P<c2>€|\$|£|eur(?:os?)?\b|usd\b|gbp\b|dollars?\b|bucks\b|quid\b|pounds?\b|euro\b))",
    re.I,
)
_BARE_REQUEST = re.compile(
    r"\b(?:refund|reimburse|credit)\s+(?:me\s+)?(?P<n>\d{1,4}(?:[.,]\d{2})?)\b"
    r"(?!\s*(?:%|min|km|mi\b|days?|hours?|h\b|seconds?|secs?|minutes?|times?|x\b))",
    re.I,
)
_BEFORE_REQUEST = (
    re.compile(
        r"(?:\b(?:refund|reimburse|return|give|send|credit|compensate|transfer)\w*|\bpay\s+(?:me|us)\s+back)"
        r"\s+(?:it\s+)?(?:me\s+|us\s+)?"
        r"(?:back\s+)?(?:(?:the|a|an|my|just|only|at\s+least|around|about|full|extra|partial|duplicate|second"
        r"|difference\s+of|sum\s+of|amount\s+of)\s+)*$",
        re.I,
    ),
    re.compile(
        r"\bwant(?:ed)?\s+(?:back\s+)?(?:my\s+|the\s+|a\s+|an\s+)?(?:(?:full|extra|partial)\s+)?$", re.I
    ),
    re.compile(
        r"(?:'d|would|will|can|could|i)\s+(?:like|accept|take|settle\s+for|be\s+happy\s+with|expect)\s+"
        r"(?:a\s+|an\s+|the\s+|my\s+|just\s+|only\s+)?(?:(?:refund|credit|voucher)\s+of\s+)?$",
        re.I,
    ),
    re.compile(
        r"(?:refund|credit|compensation|reimbursement|voucher|goodwill(?:\s+gesture)?)\s+(?:of|for)\s+"
        r"(?:just\s+|only\s+|about\s+)?$",
        re.I,
    ),
    re.compile(
        r"(?:\b(?:can|could|may)\s+(?:i|we)\s+(?:have|get)|\bget|\breceive)\s+(?:back\s+)?"
        r"(?:my\s+|the\s+|a\s+|an\s+)?(?:(?:extra|full|partial)\s+)?$",
        re.I,
    ),
    re.compile(
        r"\b(?:devuelv\w*|reembols\w*|rembours\w*|erstatt\w*|devolv\w*|zurück\w*)\s+(?:me\s+|mir\s+|moi\s+)?"
        r"(?:los\s+|les\s+|die\s+|os\s+|la\s+|el\s+)?$",
        re.I,
    ),
)
_AFTER_REQUEST = re.compile(
    r"^\s*(?:back\b|refund(?:ed)?\b|credit(?:ed)?\b|returned\b|reimbursed\b|in\s+(?:credit|compensation)\b"
    r"|as\s+(?:a\s+|an\s+)?(?:refund|credit|compensation|goodwill|gesture)\b|of\s+(?:credit|compensation)\b"
    r"|(?:credit|compensation|refund|reimbursement)\b|zurück\b|de\s+vuelta\b)",
    re.I,
)
INTENT_WORDS = {
    "cleaning_fee": re.compile(r"clean|nettoyage|limpieza|limpeza|reinigung", re.I),
    "cancellation_fee": re.compile(r"cancel|no[- ]?show|annul|storn", re.I),
    "duplicate_charge": re.compile(r"twice|double|duplicate|two\s+times|again", re.I),
    "fare_dispute": re.compile(
        r"route|detour|quote|long\s+way|overcharg|difference|extra|upfront|estimate", re.I
    ),
    "service_complaint": re.compile(
        r"rude|credit|compensat|goodwill|experience|unfriendly|dirty|filthy", re.I
    ),
}


def parse_decimal(number: str) -> Decimal | None:
    text = number.strip()
    if "," in text and "." in text:
        decimal_sep = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal_sep == "," else ","
        text = text.replace(thousands, "").replace(decimal_sep, ".")
    elif "," in text:
        head, _, tail = text.rpartition(",")
        text = f"{head.replace(',', '')}.{tail}" if len(tail) <= 2 else text.replace(",", "")
    elif text.count(".") == 1 and len(text.rpartition(".")[2]) == 3:
        text = text.replace(".", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value.quantize(CENT, rounding=ROUND_HALF_UP) if value.is_finite() else None


def mask_ids(text: str) -> str:
    """The text with trip ids blanked out (same length), so their digits are never read as money."""
    text = _UUID.sub(lambda m: " " * len(m.group(0)), text)
    return _HEX_TOKEN.sub(lambda m: " " * len(m.group(0)), text)


@dataclass(frozen=True)
class Money:
    value: Decimal
    start: int
    end: int
    requested: bool  # the customer asks for this amount (not: quoted, paid, charged)


def money_mentions(text: str) -> list[Money]:
    masked = mask_ids(text)
    found: list[Money] = []
    taken: list[tuple[int, int]] = []
    for m in _MONEY.finditer(masked):
        value = parse_decimal(m.group("n1") or m.group("n2") or "")
        if value is None:
            continue
        found.append(Money(value, m.start(), m.end(), _is_request(masked, m.start(), m.end())))
        taken.append((m.start(), m.end()))
    for m in _BARE_REQUEST.finditer(masked):
        if any(s <= m.start("n") < e for s, e in taken):
            continue
        value = parse_decimal(m.group("n"))
        if value is not None:
            found.append(Money(value, m.start("n"), m.end("n"), True))
    return sorted(found, key=lambda x: x.start)


_BOUNDARY = re.compile(r"[!?;\n]|\.(?!\d)")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]; a decimal point inside a number does not end one."""
    left = 0
    for m in _BOUNDARY.finditer(text, 0, start):
        left = m.end()
    m = _BOUNDARY.search(text, end)
    return left, m.start() if m else len(text)


def _is_request(text: str, start: int, end: int) -> bool:
    left, right = sentence_bounds(text, start, end)
    before = text[max(left, start - 60) : start]
    after = text[end : min(right, end + 40)]
    return any(p.search(before) for p in _BEFORE_REQUEST) or bool(_AFTER_REQUEST.search(after))


def trip_references(text: str) -> list[str]:
    """Trip ids in the text, in order: full UUIDs, then 8-12 hex character short ids."""
    refs: list[str] = []
    for m in _UUID.finditer(text):
        refs.append(m.group(0).lower())
    stripped = _UUID.sub(" ", text)
    for m in _HEX_TOKEN.finditer(stripped):
        token = m.group(1).lower()
        has_digit = any(ch.isdigit() for ch in token)
        has_letter = any(ch.isalpha() for ch in token)
        cued = bool(_TRIP_CUE.search(stripped[max(0, m.start() - 24) : m.start()])) or m.group(0).startswith(
            "#"
        )
        if (has_digit and has_letter) or cued:
            refs.append(token)
    unique: list[str] = []
    for ref in refs:
        if ref not in unique and not any(u.startswith(ref) for u in unique):
            unique.append(ref)
    return unique
