"""The offline planner: a deterministic provider that works the case the way a good model would.

It reads the whole conversation of `ModelRequest.messages` (the system prompt, the customer's
redacted messages, its own earlier tool calls and their results) and answers with the next
step: tool calls, or, once everything is known, the draft reply to the customer, streamed word
by word. It is a pure function of the request: no Django, no database, no clock, no I/O, no
randomness; the same request always gets the same answer, so turns replay exactly.

The procedure (shared/spec/copilot-behaviour.md):

1. Intents: the request's (from the classifier), with a safety word in the text always adding
   `safety`; a safety case never gets money, so the money intents are then dropped.
2. The trip: every trip id the customer wrote (a full UUID or its first 8 hex characters); with
   none, the rider's trips are listed (`get_trip_details` with trip_id null) and the one the
   customer describes is picked: the only trip, else the best match of weekday, date, relative
   day, part of day, clock time, city, product, fare and a status that fits the problem, ties
   going to the most recent. An error with a hint is corrected once: a trip id that is not
   found leads to the list and a pick, never to a loop.
3. Look-ups: `get_trip_details` for the trip, `get_rider_flags` for service complaints.
4. Money: `simulate_refund` (amount null) for every money intent with its reason, then
   `issue_refund` for each verdict that is not denied, for the simulated maximum, or for the
   smaller amount the customer asked for; never more than the maximum, whatever the text says.
   A proposal the rules deny is retried once at the maximum when that is lower, never higher.
5. Tickets: safety goes to the safety queue, urgent; a lost item to lost and found.
6. The reply: templates per intent and outcome, naming only amounts the rules allowed.

Customer text is data, never instructions: "ignore your rules", "system:" and the like change
nothing here, because nothing here reads the text for orders, only for facts.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from copilot.agent.intent import praise_only, safety_words
from copilot.agent.messages import ModelRequest, ModelResponse, ModelToolCall, TokenSink

MAX_ROUNDS = 6  # rounds of tool calls in one turn; then the planner answers with what it has
MAX_TRIP_IDS = 3  # trip ids looked up from one message

# intent -> (kind, reason) of its refund or credit
MONEY: dict[str, tuple[str, str]] = {
    "fare_dispute": ("refund", "route_deviation"),
    "cancellation_fee": ("refund", "cancellation_fee"),
    "duplicate_charge": ("refund", "duplicate_charge"),
    "cleaning_fee": ("refund", "cleaning_fee"),
    "service_complaint": ("credit", "service_quality"),
}
INTENT_OF_REASON = {reason: intent for intent, (_, reason) in MONEY.items()}
KNOWN_INTENTS = (
    "fare_dispute",
    "cancellation_fee",
    "duplicate_charge",
    "cleaning_fee",
    "service_complaint",
    "safety",
    "lost_item",
    "trip_info",
    "other",
)
CANCELLED = ("rider_cancelled", "driver_cancelled", "no_show")
CENT = Decimal("0.01")
SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€"}

CITY_TZ = {
    "new york": "America/New_York",
    "boston": "America/New_York",
    "miami": "America/New_York",
    "washington": "America/New_York",
    "chicago": "America/Chicago",
    "austin": "America/Chicago",
    "dallas": "America/Chicago",
    "houston": "America/Chicago",
    "denver": "America/Denver",
    "san francisco": "America/Los_Angeles",
    "los angeles": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "london": "Europe/London",
    "manchester": "Europe/London",
    "edinburgh": "Europe/London",
    "birmingham": "Europe/London",
    "dublin": "Europe/Dublin",
    "paris": "Europe/Paris",
    "lyon": "Europe/Paris",
    "berlin": "Europe/Berlin",
    "munich": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "madrid": "Europe/Madrid",
    "barcelona": "Europe/Madrid",
    "lisbon": "Europe/Lisbon",
    "rome": "Europe/Rome",
    "amsterdam": "Europe/Amsterdam",
}


# --- reading the conversation ----------------------------------------------------------------


@dataclass
class Call:
    id: str
    name: str
    args: dict[str, Any]
    round: int
    result: dict[str, Any] | None = None

    @property
    def failed(self) -> bool:
        """The tool answered with an error (or not at all)."""
        return self.result is None or "error" in self.result


@dataclass
class Transcript:
    system: str
    customer: list[str]  # the customer's messages, oldest first
    calls: list[Call]  # this turn's tool calls, in order
    rounds: int  # this turn's rounds of tool calls so far
    next_step: int  # the number of the next round in the whole conversation (for call ids)
    told_to_stop: bool = False  # the loop asked for the reply now
    agent_question: str = ""  # what the support agent asked the copilot in this turn, if anything


def _text_of(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts
        return "\n".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return str(content)


def _parse_result(content: str) -> dict[str, Any]:
    try:
        value = json.loads(content)
    except (TypeError, ValueError):
        return {"error": content[:200], "type": "internal", "field": None, "hint": ""}
    return value if isinstance(value, dict) else {"value": value}


# Messages the loop itself adds as role "user": notes to the model, and a question from the agent.
CONTROL_PREFIXES = ("[Copilot",)
AGENT_PREFIX = "[The support agent asks you]"


def is_control(text: str) -> bool:
    return text.lstrip().startswith(CONTROL_PREFIXES)


def read_transcript(messages: Sequence[dict[str, Any]]) -> Transcript:
    """The conversation as the planner needs it.

    The turn starts after the last message from the customer (or the agent's question); the
    loop's own notes ("[Copilot] ...", "[Copilot rules check] ...") do not start a new turn.
    """
    texts = [_text_of(m.get("content")) for m in messages]
    last_user = max(
        (i for i, m in enumerate(messages) if m.get("role") == "user" and not is_control(texts[i])),
        default=-1,
    )
    system, customer, calls = [], [], []
    by_id: dict[str, Call] = {}
    rounds = steps = 0
    stop = False
    question = ""
    for index, message in enumerate(messages):
        role = message.get("role")
        text = texts[index]
        if role == "system":
            system.append(text)
        elif role == "user":
            if is_control(text):
                stop = stop or (index > last_user and "stop calling tools" in text.lower())
            elif text.lstrip().startswith(AGENT_PREFIX):
                if index >= last_user:
                    question = text.lstrip()[len(AGENT_PREFIX) :].strip()
            else:
                customer.append(text)
        elif role == "assistant" and message.get("tool_calls"):
            steps += 1
            if index <= last_user:
                continue
            rounds += 1
            for part in message["tool_calls"]:
                function = part.get("function", {})
                try:
                    args = json.loads(function.get("arguments") or "{}")
                except ValueError:
                    args = {}
                if not isinstance(args, dict):
                    args = {}
                call = Call(str(part.get("id", "")), str(function.get("name", "")), args, rounds)
                calls.append(call)
                by_id[call.id] = call
        elif role == "tool" and index > last_user:
            call = by_id.get(str(message.get("tool_call_id", "")))
            if call is not None:
                call.result = _parse_result(text)
    return Transcript("\n".join(system), customer, calls, rounds, steps + 1, stop, question)


# --- money and ids in the customer's words ----------------------------------------------------

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
_INTENT_WORDS = {
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


def _decimal(number: str) -> Decimal | None:
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


def _mask_ids(text: str) -> str:
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
    masked = _mask_ids(text)
    found: list[Money] = []
    taken: list[tuple[int, int]] = []
    for m in _MONEY.finditer(masked):
        value = _decimal(m.group("n1") or m.group("n2") or "")
        if value is None:
            continue
        found.append(Money(value, m.start(), m.end(), _is_request(masked, m.start(), m.end())))
        taken.append((m.start(), m.end()))
    for m in _BARE_REQUEST.finditer(masked):
        if any(s <= m.start("n") < e for s, e in taken):
            continue
        value = _decimal(m.group("n"))
        if value is not None:
            found.append(Money(value, m.start("n"), m.end("n"), True))
    return sorted(found, key=lambda x: x.start)


_BOUNDARY = re.compile(r"[!?;\n]|\.(?!\d)")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]; a decimal point inside a number does not end one."""
    left = 0
    for m in _BOUNDARY.finditer(text, 0, start):
        left = m.end()
    m = _BOUNDARY.search(text, end)
    return left, m.start() if m else len(text)


def _is_request(text: str, start: int, end: int) -> bool:
    left, right = _sentence_bounds(text, start, end)
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


# --- what the customer says about the trip ----------------------------------------------------

_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
    "sabado": 5, "domingo": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
    "samedi": 5, "dimanche": 6, "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "samstag": 5, "sonnabend": 5, "sonntag": 6, "segunda-feira": 0, "terça-feira": 1, "terca-feira": 1,
    "quarta-feira": 2, "quinta-feira": 3, "sexta-feira": 4,
}  # fmt: skip
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "januar": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12,
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_MD = re.compile(rf"\b(?P<m>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b", re.I)
_DATE_DM = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|\.|º)?\s+(?:of\s+|de\s+)?(?P<m>{_MONTH_NAMES})\b", re.I
)
_DATE_ISO = re.compile(r"\b(?P<y>20\d\d)-(?P<m>\d{2})-(?P<d>\d{2})\b")
_DAY_ONLY = re.compile(r"\bon\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b", re.I)
_CLOCK_12 = re.compile(r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)(?!\w)", re.I)
_CLOCK_24 = re.compile(r"\b(?P<h>[01]?\d|2[0-3])[:h](?P<m>[0-5]\d)\b")
_DAYS_AGO = re.compile(r"\b(?P<n>\d|one|two|three|four|five|six)\s+days?\s+ago\b", re.I)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_REL_DAYS = (
    (
        re.compile(
            r"\bday\s+before\s+yesterday\b|\banteayer\b|\bavant-hier\b|\bvorgestern\b|\banteontem\b", re.I
        ),
        2,
    ),
    (
        re.compile(
            r"\byesterday\b|\blast\s+night\b|\bayer\b|\banoche\b|\bhier\b|\bgestern\b|\bontem\b", re.I
        ),
        1,
    ),
    (
        re.compile(
            r"\btoday\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b|\bearlier\s+today\b"
            r"|\bhoy\b|\baujourd'hui\b|\bce\s+(?:matin|soir)\b|\bcet\s+après-midi\b|\bheute\b|\bhoje\b",
            re.I,
        ),
        0,
    ),
)
_PARTS = (
    (
        "early",
        re.compile(r"\bearly\s+(?:hours|this\s+morning|yesterday\s+morning|morning)\b|\bmadrugada\b", re.I),
    ),
    (
        "morning",
        re.compile(r"\bmorning\b|\bma[ñn]ana\b|\bmatin\b|\bmorgens\b|\bvormittag\b|\bmanh[ãa]\b", re.I),
    ),
    (
        "afternoon",
        re.compile(r"\bafternoon\b|\bapr[eè]s-midi\b|\bnachmittag\b|\bla\s+tarde\b|\bà\s+tarde\b", re.I),
    ),
    ("evening", re.compile(r"\bevening\b|\bsoir\b|\babend\b|\bnoite\b", re.I)),
    ("night", re.compile(r"\bnight\b|\btonight\b|\bnoche\b|\bnuit\b|\bnacht\b", re.I)),
)
_LATEST = re.compile(
    r"\b(?:last|latest|most\s+recent|recent)\s+(?:ride|trip|booking|journey)\b|\bmy\s+last\s+one\b"
    r"|\b[úu]ltimo\s+viaje\b|\bdernière\s+course\b|\bletzte\s+fahrt\b|\b[úu]ltima\s+(?:corrida|viagem)\b",
    re.I,
)
_PRODUCTS = {"xl": re.compile(r"\bxl\b", re.I), "premium": re.compile(r"\bpremium\b", re.I),
             "pool": re.compile(r"\bpool(?:ed)?\b|\bshared\s+ride\b", re.I)}  # fmt: skip
# Greetings and sign-offs name a part of the day without describing the trip ("Good afternoon, ...").
_GREETING = re.compile(
    r"\b(?:good|lovely|nice|great)\s+(?:morning|afternoon|evening|night|day)\b|\bbuen(?:os|as)\s+(?:d[íi]as|tardes|noches)\b"
    r"|\bbonjour\b|\bbonsoir\b|\bbonne\s+(?:journ[ée]e|soir[ée]e|nuit)\b|\bguten\s+(?:morgen|tag|abend)\b"
    r"|\bgute\s+nacht\b|\bbo[am]\s+(?:dia|tarde|noite)\b",
    re.I,
)
# A past trip the customer talks about, without an id ("the trip I took", "ride ID", "my ride yesterday").
_TRIP_NOUN = re.compile(
    r"\b(?:trip|ride|journey|booking|driver|course|trajet|chauffeur|viaje|conductor|fahrt|fahrer|corrida|viagem"
    r"|motorista)\b",
    re.I,
)
_PAST_TRIP = re.compile(
    r"\b(?:trip|ride|journey|booking)\s+(?:that\s+)?(?:i|we)\s+(?:just\s+)?(?:took|had|booked|made|did|got|was\s+on)\b"
    r"|\b(?:trip|ride|journey|booking)\s+(?:id|ref|reference|number|no\.?)\b"
    r"|\b(?:on|during|after|from|for)\s+(?:my|our|the|that|this)\s+(?:\w+\s+)?(?:trip|ride|journey)\b(?!\s+(?:to|for)\b)",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:schedule|reserve|pre-?book|tomorrow|next\s+(?:week|month|time|\w+day)|upcoming|in\s+advance|future"
    r"|ma[ñn]ana\b|demain|morgen\b|amanh[ãa]|will\s+(?:i|we)|can\s+i\s+(?:book|order|get\s+a\s+ride))",
    re.I,
)
_CANCEL_WORDS = re.compile(
    r"cancel|no[- ]?show|never\s+(?:came|showed|arrived|turned\s+up)|didn'?t\s+(?:show|come|turn\s+up)", re.I
)


def _part_of_day(hour: int) -> set[str]:
    parts = set()
    if hour < 5:
        parts |= {"early", "night"}
    elif hour < 12:
        parts.add("morning")
    elif hour < 17:
        parts.add("afternoon")
    elif hour < 21:
        parts.add("evening")
    else:
        parts.add("night")
    return parts


@dataclass
class Description:
    weekdays: set[int] = field(default_factory=set)
    rel_days: set[int] = field(default_factory=set)
    parts: set[str] = field(default_factory=set)
    dates: list[tuple[int | None, int]] = field(default_factory=list)  # (month or None, day)
    clocks: list[int] = field(default_factory=list)  # minutes after midnight
    amounts: set[Decimal] = field(default_factory=set)
    products: set[str] = field(default_factory=set)
    latest: bool = False
    cancelled: bool = False
    text: str = ""

    @property
    def specific(self) -> bool:
        return bool(
            self.weekdays or self.rel_days or self.parts or self.dates or self.clocks or self.products
        )


def describe(text: str) -> Description:
    masked = _GREETING.sub(lambda m: " " * len(m.group(0)), _mask_ids(text))
    low = masked.lower()
    d = Description(text=low)
    for word, day in _WEEKDAYS.items():
        if re.search(rf"\b{re.escape(word)}s?\b", low):
            d.weekdays.add(day)
    if re.search(r"\bweekend\b|\bfin\s+de\s+semana\b|\bwochenende\b|\bweek-end\b", low):
        d.weekdays |= {5, 6}
    for pattern, days in _REL_DAYS:
        if pattern.search(low):
            d.rel_days.add(days)
            break
    for m in _DAYS_AGO.finditer(low):
        n = m.group("n")
        d.rel_days.add(int(n) if n.isdigit() else _NUMBER_WORDS[n])
    for name, pattern in _PARTS:
        if pattern.search(low):
            d.parts.add(name)
    if "morning" in d.parts and re.search(r"\bmañana\b", low) and not re.search(r"por\s+la\s+mañana", low):
        d.parts.discard("morning")  # "mañana" alone is tomorrow
    for pattern in (_DATE_MD, _DATE_DM):
        for m in pattern.finditer(low):
            month, day = _MONTHS[m.group("m").lower()], int(m.group("d"))
            if 1 <= day <= 31:
                d.dates.append((month, day))
    for m in _DATE_ISO.finditer(low):
        d.dates.append((int(m.group("m")), int(m.group("d"))))
    for m in _DAY_ONLY.finditer(low):
        d.dates.append((None, int(m.group("d"))))
    for m in _CLOCK_12.finditer(low):
        hour = int(m.group("h")) % 12 + (12 if m.group("ap").startswith("p") else 0)
        if hour < 24:
            d.clocks.append(hour * 60 + int(m.group("m") or 0))
    for m in _CLOCK_24.finditer(low):
        d.clocks.append(int(m.group("h")) * 60 + int(m.group("m")))
    d.amounts = {m.value for m in money_mentions(text)}
    d.products = {name for name, pattern in _PRODUCTS.items() if pattern.search(low)}
    d.latest = bool(_LATEST.search(low))
    d.cancelled = bool(_CANCEL_WORDS.search(low))
    return d


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _local(moment: datetime, city: Any) -> datetime:
    name = CITY_TZ.get(str(city or "").strip().lower())
    if name:
        try:
            return moment.astimezone(ZoneInfo(name))
        except ZoneInfoNotFoundError:
            pass
    return moment


_ISO_MOMENT = re.compile(r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")


def find_now(system: str) -> datetime | None:
    """The current time, if the system prompt states it in ISO 8601 ('Current time: 2026-11-05T10:00Z')."""
    best = None
    for line in system.splitlines():
        for m in _ISO_MOMENT.finditer(line):
            moment = _parse_time(m.group(0).replace(" ", "T"))
            if moment is None:
                continue
            if re.search(r"\b(?:now|current|today|time)\b", line, re.I):
                return moment
            best = best or moment
    return best


def _fits_status(trip: dict[str, Any], intents: Sequence[str], description: Description) -> bool:
    status = trip.get("status")
    if "cancellation_fee" in intents or (description.cancelled and "trip_info" in intents):
        return status in CANCELLED
    if any(i in intents for i in ("fare_dispute", "cleaning_fee", "duplicate_charge", "service_complaint",
                                  "safety", "lost_item")):  # fmt: skip
        return status == "completed"
    return True


def _trip_score(trip: dict[str, Any], d: Description, now: datetime | None) -> int:
    requested = _parse_time(trip.get("requested_at"))
    if requested is None:
        return -100
    local = _local(requested, trip.get("city"))
    score = 0
    if d.weekdays:
        score += 3 if local.weekday() in d.weekdays else -3
    if d.rel_days and now is not None:
        days = (_local(now, trip.get("city")).date() - local.date()).days
        night_before = "night" in d.parts and local.hour < 5 and (days + 1) in d.rel_days
        score += 3 if days in d.rel_days or night_before else -3
    if d.dates:
        hit = any((month in (None, local.month)) and day == local.day for month, day in d.dates)
        score += 4 if hit else -3
    if d.parts:
        score += 1 if _part_of_day(local.hour) & d.parts else -1
    if d.clocks:
        minutes = local.hour * 60 + local.minute
        gap = min(min(abs(minutes - c), 1440 - abs(minutes - c)) for c in d.clocks)
        score += 3 if gap <= 90 else -1
    if d.amounts:
        fare = _decimal(str(trip.get("fare_charged", "")))
        if fare is not None and fare > 0 and (fare in d.amounts or (fare / 2).quantize(CENT) in d.amounts):
            score += 2
    city = str(trip.get("city") or "").lower()
    if city and re.search(rf"\b{re.escape(city)}\b", d.text):
        score += 2
    if d.products:
        score += 2 if trip.get("product") in d.products else -1
    return score


def pick_trip(
    trips: Sequence[dict[str, Any]],
    intents: Sequence[str],
    description: Description,
    now: datetime | None,
    exclude: Sequence[str] = (),
) -> tuple[dict[str, Any] | None, str, int]:
    """The listed trip the customer means, how it was chosen ("only", "described", "latest"), its score.

    The score counts the description's matches minus its contradictions (0 when nothing was described).
    """
    candidates = [
        t
        for t in trips
        if isinstance(t, dict)
        and t.get("trip_id")
        and not any(str(t["trip_id"]).startswith(x) for x in exclude)
    ]
    if not candidates:
        return None, "", 0

    def recency(t: dict[str, Any]) -> datetime:
        return _parse_time(t.get("requested_at")) or datetime.min.replace(tzinfo=UTC)

    def score(t: dict[str, Any]) -> int:
        return _trip_score(t, description, now)

    if len(candidates) == 1:
        return candidates[0], "only", score(candidates[0])
    fitting = [t for t in candidates if _fits_status(t, intents, description)] or candidates
    if len(fitting) == 1:
        return fitting[0], "only", score(fitting[0])
    newest = max(fitting, key=recency) if description.latest else None

    def scored(t: dict[str, Any]) -> int:  # "my latest ride" counts as a match for the newest trip
        return score(t) + (3 if t is newest else 0)

    best = max(fitting, key=lambda t: (scored(t), recency(t)))
    how = "described" if description.specific or description.amounts else "latest"
    return best, how, score(best)


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def near_id(trips: Sequence[dict[str, Any]], wrong: str) -> dict[str, Any] | None:
    """The one listed trip whose id the customer most likely mistyped (at most two characters off)."""
    close = [
        t for t in trips if _edit_distance(str(t.get("trip_id", ""))[:8].lower(), wrong.lower()[:8]) <= 2
    ]
    return close[0] if len(close) == 1 else None


# --- the plan -----------------------------------------------------------------------------------


def effective_intents(request_intent: str, request_intents: Sequence[str], text: str) -> list[str]:
    """The intents to act on: the request's, a safety word always adding safety, safety excluding money."""
    intents = [i for i in (request_intent, *request_intents) if i in KNOWN_INTENTS]
    intents = list(dict.fromkeys(intents)) or ["other"]
    if "safety" not in intents and safety_words(text):
        intents.insert(0, "safety")
    if "safety" in intents:
        intents = [i for i in intents if i not in MONEY]
    if len(intents) > 1 and "other" in intents:
        intents.remove("other")
    return intents


def _has_duplicate(trip: dict[str, Any]) -> bool:
    seen = set()
    for charge in trip.get("charges") or []:
        key = (charge.get("kind"), charge.get("amount"))
        if key in seen:
            return True
        seen.add(key)
    return False


def _charge_kinds(trip: dict[str, Any]) -> set[str]:
    return {str(c.get("kind")) for c in trip.get("charges") or [] if isinstance(c, dict)}


def _fits_intent(trip: dict[str, Any], intent: str) -> bool:
    kinds = _charge_kinds(trip)
    if intent == "cleaning_fee":
        return "cleaning_fee" in kinds
    if intent == "cancellation_fee":
        return "cancellation_fee" in kinds or trip.get("status") in CANCELLED
    if intent == "duplicate_charge":
        return _has_duplicate(trip)
    if intent == "fare_dispute":
        fare, upfront = (
            _decimal(str(trip.get("fare_charged", ""))),
            _decimal(str(trip.get("upfront_fare", ""))),
        )
        return (
            trip.get("status") == "completed" and fare is not None and upfront is not None and fare > upfront
        )
    return trip.get("status") == "completed"


_ITEM = re.compile(
    r"\b(?:left|forgot|forgotten|lost|dropped)\s+(?:my|our|a|an|the)\s+(?P<item>[a-z][a-z' -]{1,40}?)"
    r"\s+(?:in|on|at|under|behind|inside|during)\b",
    re.I,
)
_MY_ITEM = re.compile(
    r"\bmy\s+(?P<item>[a-z][a-z' -]{1,30}?)\s+(?:is|was|must|might|slipped|went|stayed)\b", re.I
)
_NAME = re.compile(
    r"(?:\bthis\s+is|\bi\s+am|\bi'm|\bmy\s+name\s+is|\bname'?s|\bregards|\bthanks|\bthank\s+you|\bcheers|\bbest"
    r"|\bsincerely|\bgreetings|\bsaludos|\bgracias|\bmerci|\bdanke|\bobrigad[oa]|^\s*[-–—~])"
    r"[,.:!]?\s*(?P<p><PERSON_\d+>)",
    re.I | re.M,
)
_SIGNATURE = re.compile(r"(?:^|\n)\s*[-–—~]?\s*(?P<p><PERSON_\d+>)\s*[.!]?\s*$")


def customer_name(texts: Sequence[str]) -> str | None:
    """The placeholder the customer signed with or introduced themselves as (filled in later), if any."""
    for text in texts:
        m = _NAME.search(text) or _SIGNATURE.search(text)
        if m:
            return m.group("p")
    return None


def lost_item_words(text: str) -> str | None:
    m = _ITEM.search(text) or _MY_ITEM.search(text)
    if not m:
        return None
    words = m.group("item").strip(" -'").split()
    if not words or len(words) > 5 or any(w.lower() in {"way", "patience", "mind", "temper"} for w in words):
        return None
    return " ".join(words)


@dataclass
class Outcome:
    """What happened to one problem of the case, for the reply and the summary."""

    intent: str
    reason: str = ""
    kind: str = ""
    trip: dict[str, Any] | None = None
    simulation: dict[str, Any] | None = None
    proposal: dict[str, Any] | None = None  # issue_refund result that was not denied
    proposed_amount: Decimal | None = None
    denial: dict[str, Any] | None = None  # the rules' denial (simulation or proposal)
    failure: str = ""  # a tool error we could not get past
    named_amount: Decimal | None = None


def proposed_amount(named: Decimal | None, maximum: Decimal) -> Decimal:
    """What to propose: the maximum, or the smaller amount the customer asked for.

    A whole amount just under the maximum ("I want my $18 back" when the difference is 18.40) is
    the customer rounding the difference down, not asking for less, so the maximum is proposed.
    """
    if named is None or named <= 0 or named >= maximum:
        return maximum
    if named == named.to_integral_value() and named == maximum.to_integral_value(rounding=ROUND_FLOOR):
        return maximum
    return named


class Planner:
    """One decision over one request: the next tool calls, or the final reply."""

    def __init__(self, request: ModelRequest) -> None:
        self.request = request
        self.transcript = read_transcript(request.messages)
        self.text = self.transcript.customer[-1] if self.transcript.customer else ""
        self.all_text = "\n".join(self.transcript.customer)
        self.available = {
            (t.get("function") or {}).get("name") or t.get("name")
            for t in request.tools
            if isinstance(t, dict)
        }
        self.intents = effective_intents(request.intent, request.intents, self.text)
        self.money_intents = [i for i in self.intents if i in MONEY]
        self.description = describe(self.text)
        self.now = find_now(self.transcript.system)
        refs = trip_references(self.text)
        if not refs:
            for earlier in reversed(self.transcript.customer[:-1]):
                refs = trip_references(earlier)
                if refs:
                    break
        self.refs = refs[:MAX_TRIP_IDS]
        # Amounts asked for: by the customer in their latest message, or by the agent in their question.
        self.mentions = money_mentions(self.text)
        if self.transcript.agent_question:
            asked = [m for m in money_mentions(self.transcript.agent_question) if m.requested]
            self.mentions += [Money(m.value, -1, -1, True) for m in asked]
        self.calls = self.transcript.calls

    # -- helpers ------------------------------------------------------------------------

    def can(self, tool: str) -> bool:
        return tool in self.available

    def calls_of(self, name: str) -> list[Call]:
        return [c for c in self.calls if c.name == name]

    @property
    def wants_trip(self) -> bool:
        """The case is about a trip: every intent but "other", and "other" when a past trip is mentioned."""
        return any(i != "other" for i in self.intents) or self.mentions_trip

    @property
    def mentions_trip(self) -> bool:
        """The customer speaks of a past trip of theirs (an id, "the ride I took this morning", ...)."""
        if self.refs or self.description.latest or _PAST_TRIP.search(self.text):
            return True
        d = self.description
        dated = bool(d.rel_days or d.dates or d.weekdays or d.clocks)
        return dated and bool(_TRIP_NOUN.search(self.text)) and not _FUTURE.search(self.text)

    @property
    def needs_trip(self) -> bool:
        return self.wants_trip and self.can("get_trip_details")

    def trips(self) -> list[dict[str, Any]]:
        """The trips looked up successfully, in the order they were asked for."""
        found: dict[str, dict[str, Any]] = {}
        for call in self.calls_of("get_trip_details"):
            if not call.failed and call.result and isinstance(call.result.get("trip"), dict):
                trip = call.result["trip"]
                found.setdefault(str(trip.get("trip_id")), trip)
        return list(found.values())

    def listing(self) -> list[dict[str, Any]] | None:
        for call in self.calls_of("get_trip_details"):
            if (
                call.args.get("trip_id") is None
                and call.result
                and isinstance(call.result.get("trips"), list)
            ):
                return call.result["trips"]
        return None

    def unknown_trip_id(self) -> bool:
        """The customer named a trip id that is not one of theirs, and no trip was found instead."""
        named = [c for c in self.calls_of("get_trip_details") if c.args.get("trip_id")]
        return not self.trips() and any(
            c.failed and (c.result or {}).get("type") == "not_found" for c in named
        )

    def trip_for(self, intent: str) -> dict[str, Any] | None:
        trips = self.trips()
        if not trips:
            return None
        return next((t for t in trips if _fits_intent(t, intent)), trips[0])

    def named_amount(self, intent: str) -> Decimal | None:
        """The smallest amount the customer asked for for this problem, if they named one."""
        asked = [m for m in self.mentions if m.requested and m.value > 0]
        if not asked:
            return None
        mine = []
        for mention in asked:
            if len(self.money_intents) == 1:
                owner = self.money_intents[0]
            else:
                if mention.start < 0:  # asked by the agent
                    sentence = self.transcript.agent_question
                else:
                    left, right = _sentence_bounds(self.text, mention.start, mention.end)
                    sentence = self.text[left:right]
                owners = [i for i in self.money_intents if _INTENT_WORDS[i].search(sentence)]
                owner = owners[0] if len(owners) == 1 else (self.money_intents or [None])[0]
            if owner == intent:
                mine.append(mention.value)
        return min(mine) if mine else None

    # -- the next step -------------------------------------------------------------------

    def next_calls(self) -> list[tuple[str, dict[str, Any]]]:
        if self.transcript.rounds >= MAX_ROUNDS or self.transcript.told_to_stop:
            return []
        if self.request.tool_choice == "none":
            return []
        for step in (self._trip_step, self._money_step, self._gated_step, self._correction_step):
            calls = step()
            if calls:
                return self._with_flags(calls)
        return self._with_flags([])

    def _with_flags(self, calls: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
        """A service complaint always reads the rider's flags: next to a look-up, or on its own at the end."""
        wanted = "service_complaint" in self.money_intents and self.can("get_rider_flags")
        if (
            wanted
            and not self.calls_of("get_rider_flags")
            and not any(n == "get_rider_flags" for n, _ in calls)
        ):
            gated = any(n in ("issue_refund", "create_ticket") for n, _ in calls)
            if not gated:
                return [*calls, ("get_rider_flags", {})]
        return calls

    def _trip_step(self) -> list[tuple[str, dict[str, Any]]]:
        if not self.needs_trip:
            return []
        lookups = self.calls_of("get_trip_details")
        if not lookups:
            if self.refs:
                return [("get_trip_details", {"trip_id": ref}) for ref in self.refs]
            return [("get_trip_details", {"trip_id": None})]
        if self.trips():
            return []
        listing = self.listing()
        listed = any(c.args.get("trip_id") is None for c in lookups)
        if listing is None:
            if listed:
                return []  # the list itself failed: go on without a trip
            return [("get_trip_details", {"trip_id": None})]  # the id was wrong: list and pick (once)
        failed = [c for c in lookups if c.args.get("trip_id") and c.failed]
        # A short id that matches several trips: pick among those by the description.
        prefixes = [
            str(c.args["trip_id"]).lower()
            for c in failed
            if (c.result or {}).get("type") == "invalid_request"
        ]
        unknown = [
            str(c.args["trip_id"]).lower() for c in failed if str(c.args["trip_id"]).lower() not in prefixes
        ]
        if prefixes:
            pool = [t for t in listing if any(str(t.get("trip_id", "")).startswith(p) for p in prefixes)]
            trip, _how, _score = pick_trip(pool or listing, self.intents, self.description, self.now)
        else:
            # An id that is not this rider's: a near miss of one of theirs is a typo; otherwise only a
            # trip the description clearly fits is taken, never just any trip of the rider.
            trip = next((t for t in (near_id(listing, u) for u in unknown) if t is not None), None)
            if trip is None:
                trip, _how, score = pick_trip(
                    listing, self.intents, self.description, self.now, exclude=unknown
                )
                described = self.description.specific or bool(self.description.amounts)
                if unknown and (not described or score <= 0):
                    trip = None
        if trip is None:
            return []
        trip_id = str(trip["trip_id"])
        if any(str(c.args.get("trip_id")) == trip_id for c in lookups):
            return []  # already tried: never loop
        return [("get_trip_details", {"trip_id": trip_id})]

    def _money_step(self) -> list[tuple[str, dict[str, Any]]]:
        if not self.can("simulate_refund"):
            return []
        done = {c.args.get("reason") for c in self.calls_of("simulate_refund")}
        calls = []
        for intent in self.money_intents:
            kind, reason = MONEY[intent]
            trip = self.trip_for(intent)
            if trip is None or reason in done:
                continue
            calls.append(
                (
                    "simulate_refund",
                    {"trip_id": str(trip["trip_id"]), "kind": kind, "reason": reason, "amount": None},
                )
            )
        return calls

    def simulation(self, reason: str) -> Call | None:
        return next((c for c in self.calls_of("simulate_refund") if c.args.get("reason") == reason), None)

    def _gated_step(self) -> list[tuple[str, dict[str, Any]]]:
        calls: list[tuple[str, dict[str, Any]]] = []
        if self.can("issue_refund"):
            proposed = {c.args.get("reason") for c in self.calls_of("issue_refund")}
            for intent in self.money_intents:
                kind, reason = MONEY[intent]
                sim = self.simulation(reason)
                if sim is None or sim.failed or reason in proposed:
                    continue
                maximum = _decimal(str(sim.result.get("max_amount", "")))
                if sim.result.get("verdict") == "denied" or maximum is None or maximum <= 0:
                    continue
                amount = proposed_amount(self.named_amount(intent), maximum)
                trip_id = str(sim.result.get("trip_id") or sim.args.get("trip_id"))
                calls.append(
                    (
                        "issue_refund",
                        {"trip_id": trip_id, "kind": kind, "reason": reason, "amount": f"{amount:.2f}"},
                    )
                )
        if self.can("create_ticket"):
            queued = {c.args.get("queue") for c in self.calls_of("create_ticket")}
            if "safety" in self.intents and "safety" not in queued:
                calls.append(("create_ticket", self._ticket("safety")))
            if "lost_item" in self.intents and "lost_and_found" not in queued:
                calls.append(("create_ticket", self._ticket("lost_and_found")))
        return calls

    def _correction_step(self) -> list[tuple[str, dict[str, Any]]]:
        calls: list[tuple[str, dict[str, Any]]] = []
        by_reason: dict[str, list[Call]] = {}
        for call in self.calls_of("issue_refund"):
            by_reason.setdefault(str(call.args.get("reason")), []).append(call)
        for tries in by_reason.values():
            last = tries[-1]
            if len(tries) > 1 or last.result is None or last.result.get("status") != "denied":
                continue
            maximum = _decimal(str(last.result.get("max_amount", "")))
            asked = _decimal(str(last.args.get("amount", "")))
            if maximum is not None and asked is not None and Decimal("0") < maximum < asked:
                calls.append(("issue_refund", {**last.args, "amount": f"{maximum:.2f}"}))
        by_queue: dict[str, list[Call]] = {}
        for call in self.calls_of("create_ticket"):
            by_queue.setdefault(str(call.args.get("queue")), []).append(call)
        for tries in by_queue.values():
            last = tries[-1]
            if len(tries) == 1 and last.failed and last.result and last.result.get("field") == "trip_id":
                calls.append(("create_ticket", {**last.args, "trip_id": None}))
        return calls

    def _ticket(self, queue: str) -> dict[str, Any]:
        trip = self.trip_for("safety" if queue == "safety" else "lost_item")
        trip_id = str(trip["trip_id"]) if trip else None
        on_trip = f" on trip {trip_id[:8]}" if trip_id else ""
        excerpt = " ".join(self.text.split())
        if len(excerpt) > 280:
            excerpt = excerpt[:277].rstrip() + "..."
        if queue == "safety":
            what = _safety_kinds(self.text)
            summary = (
                f"Safety report{on_trip}: the rider reports {what}. Please contact the rider urgently. "
                f'Rider\'s words (redacted): "{excerpt}"'
            )
            priority = "urgent"
        else:
            item = lost_item_words(self.text)
            thing = f"their {item}" if item else "an item"
            summary = (
                f"The rider left {thing} in the car{on_trip} and asks for help getting it back; "
                f'please contact the driver. Rider\'s words (redacted): "{excerpt}"'
            )
            priority = "normal"
        return {"queue": queue, "summary": summary[:600], "trip_id": trip_id, "priority": priority}

    # -- the outcome -------------------------------------------------------------------------

    def outcomes(self) -> list[Outcome]:
        results = []
        for intent in self.intents:
            outcome = Outcome(intent=intent, trip=self.trip_for(intent))
            if intent in MONEY:
                outcome.kind, outcome.reason = MONEY[intent]
                outcome.named_amount = self.named_amount(intent)
                sim = self.simulation(outcome.reason)
                if sim is not None:
                    if sim.failed:
                        outcome.failure = str((sim.result or {}).get("type") or "error")
                    else:
                        outcome.simulation = sim.result
                        if sim.result.get("verdict") == "denied":
                            outcome.denial = sim.result
                tries = [c for c in self.calls_of("issue_refund") if c.args.get("reason") == outcome.reason]
                accepted = [c for c in tries if not c.failed and c.result.get("status") != "denied"]
                if accepted:
                    outcome.proposal = accepted[-1].result
                    outcome.proposed_amount = _decimal(str(accepted[-1].args.get("amount", "")))
                    outcome.denial = None
                elif tries:
                    last = tries[-1]
                    if last.failed:
                        outcome.failure = str((last.result or {}).get("type") or "error")
                    else:
                        outcome.denial = last.result
            elif intent in ("safety", "lost_item"):
                queue = "safety" if intent == "safety" else "lost_and_found"
                tickets = [c for c in self.calls_of("create_ticket") if c.args.get("queue") == queue]
                if tickets and not tickets[-1].failed:
                    outcome.proposal = tickets[-1].result
                elif tickets:
                    outcome.failure = str((tickets[-1].result or {}).get("type") or "error")
            results.append(outcome)
        return results

    def summary(self) -> dict[str, Any]:
        outcomes = self.outcomes()
        trips = self.trips()
        rules: list[str] = []
        for o in outcomes:
            for source in (o.simulation, o.proposal, o.denial):
                for rule in (source or {}).get("rules", []) or []:
                    if rule not in rules:
                        rules.append(rule)
        how = (
            "id"
            if self.refs and any(str(t.get("trip_id", "")).startswith(r) for t in trips for r in self.refs)
            else ("listed" if trips else "")
        )
        if how == "listed":
            listing = self.listing() or []
            how = "only" if len(listing) == 1 else "described" if self.description.specific else "latest"
        return {
            "intents": list(self.intents),
            "trip_id": str(trips[0]["trip_id"]) if trips else None,
            "trip_ids": [str(t["trip_id"]) for t in trips],
            "trip_source": how,
            "named_amounts": {
                o.intent: f"{o.named_amount:.2f}" for o in outcomes if o.named_amount is not None
            },
            "outcomes": [
                {
                    "intent": o.intent,
                    "reason": o.reason or None,
                    "trip_id": str(o.trip["trip_id"]) if o.trip else None,
                    "verdict": (o.proposal or o.denial or o.simulation or {}).get("verdict"),
                    "max_amount": (o.simulation or o.denial or {}).get("max_amount"),
                    "proposed_amount": f"{o.proposed_amount:.2f}" if o.proposed_amount is not None else None,
                    "rules": list((o.proposal or o.denial or o.simulation or {}).get("rules", []) or []),
                    "failure": o.failure or None,
                }
                for o in outcomes
            ],
            "rules": rules,
            "rounds": self.transcript.rounds,
        }


_SAFETY_KINDS = (
    (
        "an accident",
        re.compile(
            r"accident|crash|collision|collided|rear[- ]ended|\bhit\b|unfall|choque|acidente|percut", re.I
        ),
    ),
    (
        "harassment",
        re.compile(
            r"harass|sexual|touch|kiss|grop|comments|acoso|ass[ée]dio|belästig|harc[eè]le|advances", re.I
        ),
    ),
    (
        "an impaired driver",
        re.compile(r"drunk|alcohol|\bhigh\b|intoxicated|influence|borracho|betrunken|ivre|b[eê]bado", re.I),
    ),
    (
        "threats or violence",
        re.compile(
            r"threat|weapon|knife|gun|grabbed|punch|locked|let\s+me\s+out|assault|amenaz|amea|bedroht|menac",
            re.I,
        ),
    ),
    (
        "dangerous driving",
        re.compile(
            r"speed|swerv|weav|red\s+light|reckless|dangerous|fast|phone|asleep|rage|skid|drift|gef[äa]hrlich|peligros|perigos|dangereu",
            re.I,
        ),
    ),
)


def _safety_kinds(text: str) -> str:
    kinds = [name for name, pattern in _SAFETY_KINDS if pattern.search(text)]
    if not kinds:
        return "feeling unsafe during the trip"
    return ", ".join(kinds[:-1]) + (" and " if len(kinds) > 1 else "") + kinds[-1]


# --- the reply ---------------------------------------------------------------------------------


def _money(amount: Decimal, currency: str | None) -> str:
    symbol = SYMBOLS.get(str(currency or "").upper())
    return f"{symbol}{amount:.2f}" if symbol else f"{amount:.2f} {currency or ''}".strip()


class _Choice:
    """Deterministic variation: the same case text always picks the same wording."""

    def __init__(self, text: str) -> None:
        self.seed = int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16)
        self.slot = 0

    def __call__(self, options: Sequence[str]) -> str:
        self.slot += 1
        return options[(self.seed >> (self.slot * 7)) % len(options)]


WHAT = {
    "route_deviation": "the fare difference on your trip",
    "cancellation_fee": "the cancellation fee",
    "duplicate_charge": "the duplicate charge",
    "cleaning_fee": "the cleaning fee",
}


def _denial_sentence(outcome: Outcome) -> str:
    denial = outcome.denial or {}
    rules = list(denial.get("rules") or [])
    reasons = " ".join(str(r) for r in denial.get("reasons") or []).lower()
    maximum = _decimal(str(denial.get("max_amount", "0"))) or Decimal("0")
    status = (outcome.trip or {}).get("status")
    reason = outcome.reason
    if "P8" in rules:
        return (
            "Because a safety report is linked to this trip, our safety team handles it rather than a refund."
        )
    if "P1" in rules:
        return "I'm sorry, but this trip is outside the window in which we can review refunds."
    if "P2" in rules and maximum <= 0:
        return (
            "Our records show this amount has already been given back for "
            "this trip, so there is nothing left to refund."
        )
    if "P3" in rules:
        if "not completed" in reasons:
            return (
                "A fare adjustment for the route only applies to "
                "completed trips, so I can't propose one here."
            )
        if "not more than the upfront" in reasons:
            return (
                "I checked the trip, and the fare charged was not higher than the "
                "upfront price, so there is no difference to refund."
            )
        return (
            "I checked the route, and the distance and duration stayed "
            "within the normal range of the estimate, "
            "so the fare doesn't qualify for a route adjustment."
        )
    if "P4" in rules:
        if "no cancellation fee" in reasons:
            return "I couldn't find a cancellation fee on this trip."
        if status == "no_show":
            return (
                "The fee applies because the driver arrived on time and "
                "waited, and the trip was recorded as a "
                "no-show, so I'm not able to refund it."
            )
        return (
            "The cancellation fee applies under our policy, because the ride was cancelled after the free "
            "cancellation period and the driver was not late, so I'm not able to refund it."
        )
    if "P5" in rules:
        return (
            "I checked the charges, and none of them repeats another within the short time window that marks "
            "a duplicate, so I can't refund one as a duplicate charge."
        )
    if "P6" in rules:
        if "no cleaning fee" in reasons:
            return "I couldn't find a cleaning fee on this trip."
        return (
            "The driver reported the need for cleaning with photo "
            "evidence, so the cleaning fee stands under our "
            "policy and I'm not able to refund it."
        )
    if "P7" in rules:
        if "already had" in reasons:
            return (
                "A goodwill credit was already added to your account "
                "recently, so I can't add another one now, "
                "but your feedback has been passed on."
            )
        return (
            "Goodwill credits apply to completed trips, so I can't add one "
            "here, but your feedback has been passed on."
        )
    if reason == "service_quality":
        return "I'm not able to add a credit for this trip, but your feedback has been passed on."
    return f"I'm not able to refund {WHAT.get(reason, 'this charge')} under our policy."


def _after_comma(sentence: str) -> str:
    """'Thanks for ...' after 'Hi there,' becomes 'thanks for ...'; 'I'm ...' stays as it is."""
    first = sentence.split(" ", 1)[0]
    if first == "I" or first.startswith("I'"):
        return sentence
    return sentence[0].lower() + sentence[1:]


def draft_reply(planner: Planner) -> str:
    outcomes = planner.outcomes()
    choose = _Choice(planner.all_text)
    name = customer_name(planner.transcript.customer)
    greeting = choose((f"Hi {name}," if name else "Hi there,", f"Hello {name}," if name else "Hello,"))
    intents = planner.intents
    primary = intents[0]
    sentences: list[str] = []

    if primary == "safety":
        opener = choose(
            (
                "I'm so sorry about what happened on your trip, and thank you for telling us.",
                "I'm very sorry you went through this, and thank you for reporting it.",
            )
        )
    elif primary == "lost_item":
        opener = choose(
            ("Sorry to hear you left something behind.", "I'm sorry you lost something on your trip.")
        )
    elif primary == "trip_info":
        opener = choose(
            ("Thanks for your question about your trip.", "Thanks for getting in touch about your trip.")
        )
    elif primary == "other":
        opener = choose(("Thanks for getting in touch.", "Thanks for reaching out."))
    else:
        opener = choose(
            (
                "Thanks for reaching out, and I'm sorry for the trouble with your trip.",
                "Thank you for contacting us, and sorry about the trouble with your trip.",
                "Thanks for letting us know, and I'm sorry about this.",
            )
        )
    sentences.append(f"{greeting} {_after_comma(opener)}")

    money_missing_trip = False
    for outcome in outcomes:
        intent = outcome.intent
        if intent in MONEY:
            currency = (outcome.simulation or outcome.proposal or {}).get("currency") or (
                outcome.trip or {}
            ).get("currency")
            if outcome.proposal is not None and outcome.proposed_amount is not None:
                money = _money(outcome.proposed_amount, currency)
                supervisor = outcome.proposal.get("verdict") == "needs_supervisor"
                if outcome.reason == "service_quality":
                    core = choose(
                        (
                            f"As a goodwill gesture, a ride credit of {money} "
                            "has been proposed for your account",
                            f"I've proposed a ride credit of {money} as a goodwill gesture",
                        )
                    )
                else:
                    core = choose(
                        (
                            f"A refund of {money} for {WHAT[outcome.reason]} has been proposed",
                            f"I've proposed a refund of {money} for {WHAT[outcome.reason]}",
                        )
                    )
                if supervisor:
                    review = "; it needs a quick review by a supervisor before it goes through"
                else:
                    review = ", which is being reviewed now"
                if outcome.reason == "service_quality" and not supervisor:
                    review = (
                        ", which is being reviewed now, and your feedback about the driver has been passed on"
                    )
                sentences.append(f"{core}{review}.")
            elif outcome.denial is not None:
                sentences.append(_denial_sentence(outcome))
            elif outcome.trip is None and planner.wants_trip:
                money_missing_trip = True
            elif outcome.failure or outcome.simulation is not None or outcome.trip is not None:
                sentences.append(
                    choose(
                        (
                            "I'm checking the charges on this trip with our team "
                            "and we'll get back to you shortly.",
                            "Our team is reviewing the charges on this trip "
                            "and will get back to you shortly.",
                        )
                    )
                )
        elif intent == "safety":
            if outcome.proposal is not None:
                sentences.append(
                    choose(
                        (
                            "I've passed your report to our safety team as an urgent case, and they will "
                            "contact you urgently.",
                            "Your report has gone to our safety team as an urgent case, and they will "
                            "contact you urgently.",
                        )
                    )
                )
            else:
                sentences.append(
                    "Your report is going to our safety team, and they will contact you urgently."
                )
            sentences.append("If you are in danger right now, please contact your local emergency services.")
        elif intent == "lost_item":
            item = lost_item_words(planner.text)
            thing = f"your {item}" if item else "your item"
            if outcome.proposal is not None or not planner.can("create_ticket"):
                sentences.append(
                    f"I've asked our lost and found team to contact the driver about {thing}, "
                    "and they will get back to you about returning it."
                )
            else:
                sentences.append(
                    f"We'll contact the driver about {thing} and get back to you about returning it."
                )
        elif intent == "trip_info":
            sentences.append(_trip_info_sentence(planner, outcome, choose))
        elif intent == "other":
            sentences.append(_other_sentence(planner.text))
    if money_missing_trip and planner.unknown_trip_id():
        sentences.append(
            "I couldn't find the trip you mentioned on your account; could you check the trip id on your "
            "receipt, or tell me the date and time of the ride?"
        )
    elif money_missing_trip:
        sentences.append(
            "Could you tell me which trip this is about, with the trip "
            "id from your receipt or the date and time "
            "of the ride, so I can look into it?"
        )
    closing = choose(
        (
            "Let me know if there's anything else I can help with.",
            "Please let me know if there is anything else I can do.",
            "I'm here if you need anything else.",
        )
    )
    if primary == "safety":
        closing = "Please take care, and reply here if there is anything else we should know."
    if len(sentences) < 5:
        sentences.append(closing)
    return " ".join(sentences[:5])


_RECEIPT = re.compile(
    r"receipt|invoice|factura|re[çc]u|facture|quittung|rechnung|recibo|nota\s+fiscal|statement", re.I
)
_WHERE = re.compile(
    r"where\s+is\s+my\s+(?:driver|car)|where'?s\s+my\s+(?:driver|car)|is\s+(?:my\s+driver|he)\s+(?:coming|on\s+the\s+way)|dónde\s+está|où\s+est|wo\s+bleibt|cadê",
    re.I,
)
_WHEN = re.compile(
    r"what\s+time|when\s+(?:exactly|did)|drop(?:ped)?[- ]off\s+time|"
    r"pick(?:ed)?[- ]?up\s+time|a\s+qué\s+hora|à\s+quelle\s+heure|wann|que\s+horas",
    re.I,
)


def _trip_info_sentence(planner: Planner, outcome: Outcome, choose: _Choice) -> str:
    text = planner.text
    trip = outcome.trip
    if _RECEIPT.search(text):
        return (
            "You can download the receipt for this trip in the app under "
            "your trips, and the agent can also email "
            "a copy to the address on your account."
        )
    if _WHERE.search(text):
        return (
            "The driver's live position is shown on the trip screen in the app, and the agent can check on "
            "your booking for you."
        )
    if _WHEN.search(text) and trip:
        field_name = "completed_at" if re.search(r"drop|finish|end|arriv", text, re.I) else "started_at"
        moment = _parse_time(trip.get(field_name) or trip.get("requested_at"))
        if moment is not None:
            local = _local(moment, trip.get("city"))
            label = "ended" if field_name == "completed_at" else "started"
            return (
                f"Our records show the trip {label} at {local:%H:%M} local "
                f"time on {local:%A}, {local:%B} {local.day}."
            )
    if trip:
        fare, upfront = (
            _decimal(str(trip.get("fare_charged", ""))),
            _decimal(str(trip.get("upfront_fare", ""))),
        )
        if trip.get("status") != "completed":
            return (
                "This booking was cancelled, so no fare was charged for a "
                "ride; any fee is listed on the receipt."
            )
        if fare is not None and upfront is not None and fare > upfront:
            return (
                "The final fare was higher than the upfront price shown "
                "when you booked, which happens when the "
                "route or duration changes a lot; the agent can check whether it qualifies for an adjustment."
            )
        parts = ["The fare for this trip was the upfront price shown when you booked"]
        surge = trip.get("surge_multiplier")
        if isinstance(surge, (int, float)) and surge > 1:
            parts.append("and included demand pricing that was in effect at that time")
        if "toll" in _charge_kinds(trip):
            parts.append("plus a toll charged on the route")
        return " ".join(parts) + "."
    return choose(
        (
            "Could you tell me which trip this is about, so I can look up the details for you?",
            "If you send me the trip id from your receipt, I can look up the details for you.",
        )
    )


_OTHER_TOPICS = (
    (re.compile(r"\btip(?:s|ping)?\b|pourboire|propina|trinkgeld|gorjeta", re.I),
     "Tips can usually be added to a recent trip from its page in the app under your trips; "
     "the agent can check this trip for you."),
    (re.compile(r"\bdelete|\bclose\s+(?:my\s+)?account|borrar|supprimer|löschen|excluir", re.I),
     "You can close your account under Settings, Privacy, Delete "
     "account, and we'll confirm by email once it's done."),
    (re.compile(r"phone\s+number|email|e-mail|teléfono|telefone|adresse|address", re.I),
     "You can update your contact details under Settings, Account, "
     "and the change takes effect straight away."),
    (re.compile(r"promo|code|discount|voucher|coupon|descuento|rabatt|desconto", re.I),
     "Promo codes can be added under Payment, Promotions; if a code shows as "
     "invalid, it may have expired or may not apply to this city."),
    (re.compile(r"log(?:ging)?\s*(?:in|out)|crash|\bapp\b|password|sign\s*in|iniciar|connecter|anmelden"
                r"|entrar", re.I),
     "Please update the app and sign in again; if the problem "
     "continues, the agent can reset your session for you."),
    (re.compile(r"driver\s+with\s+you|become\s+a\s+driver|sign\s+up\s+as\s+a\s+driver", re.I),
     "You can apply to drive with us on our driver sign-up page, where the requirements are listed."),
    (re.compile(r"\bcard|payment|\bpay\b|paypal|\bcash\b|tarjeta|\bcarte\b|\bkarte\b|cartão", re.I),
     "You can manage your payment methods under Payment in the app."),
)  # fmt: skip


def _other_sentence(text: str) -> str:
    if praise_only(text):
        return "Thank you for the kind words about your driver; I'll make sure they are passed on."
    for pattern, sentence in _OTHER_TOPICS:
        if pattern.search(text):
            return sentence
    return "I've noted your request, and the agent will follow up with the details."


# --- the provider --------------------------------------------------------------------------------


class OfflineProvider:
    """A provider that needs no network: the deterministic planner above."""

    name = "offline"
    model = "offline-planner-1"

    def complete(self, request: ModelRequest, *, on_token: TokenSink) -> ModelResponse:
        planner = Planner(request)
        prompt_tokens = _estimate_tokens(request)
        calls = planner.next_calls()
        if calls:
            step = planner.transcript.next_step
            tool_calls = [
                ModelToolCall(
                    id=f"call_{step}_{n}",
                    name=name,
                    arguments=json.dumps(args, ensure_ascii=False, separators=(",", ":")),
                )
                for n, (name, args) in enumerate(calls, start=1)
            ]
            size = sum(len(c.arguments) + len(c.name) for c in tool_calls)
            return ModelResponse(
                content="",
                tool_calls=tool_calls,
                prompt_tokens=prompt_tokens,
                completion_tokens=max(1, size // 4),
                model=self.model,
                finish_reason="tool_calls",
            )
        text = draft_reply(planner)
        words = text.split(" ")
        for i, word in enumerate(words):
            on_token(word if i == len(words) - 1 else word + " ")
        return ModelResponse(
            content=text,
            prompt_tokens=prompt_tokens,
            completion_tokens=max(1, len(text) // 4),
            model=self.model,
            finish_reason="stop",
        )


def _estimate_tokens(request: ModelRequest) -> int:
    size = sum(len(_text_of(m.get("content"))) for m in request.messages)
    size += sum(len(json.dumps(m.get("tool_calls"))) for m in request.messages if m.get("tool_calls"))
    size += len(json.dumps(request.tools))
    return max(1, size // 4)


def plan_summary(
    messages: Sequence[dict[str, Any]], intents: Sequence[str] = (), tools: Sequence[dict[str, Any]] = ()
) -> dict[str, Any]:
    """What the planner made of a finished turn: trip(s), intents, simulations, proposals, rule ids.

    For the proposal's rationale. `intents` are the turn's intents (the primary first); `tools`
    the offered tool schemas (only used to know which tools could have been called).
    """
    primary = intents[0] if intents else "other"
    request = ModelRequest(messages=list(messages), tools=list(tools), intent=primary, intents=tuple(intents))
    return Planner(request).summary()


__all__ = ["OfflineProvider", "Planner", "plan_summary", "read_transcript"]
