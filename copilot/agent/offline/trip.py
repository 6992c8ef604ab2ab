"""What the customer says about the trip (day, time, place, product, fare), and choosing the trip it fits."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from copilot.agent.offline.common import CANCELLED, CENT
from copilot.agent.offline.words import mask_ids, money_mentions, parse_decimal
from copilot.core.zones import local_time

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
TRIP_NOUN = re.compile(
    r"\b(?:trip|ride|journey|booking|driver|course|trajet|chauffeur|viaje|conductor|fahrt|fahrer|corrida|viagem"
    r"|motorista)\b",
    re.I,
)
PAST_TRIP = re.compile(
    r"\b(?:trip|ride|journey|booking)\s+(?:that\s+)?(?:i|we)\s+(?:just\s+)?(?:took|had|booked|made|did|got|was\s+on)\b"
    r"|\b(?:trip|ride|journey|booking)\s+(?:id|ref|reference|number|no\.?)\b"
    r"|\b(?:on|during|after|from|for)\s+(?:my|our|the|that|this)\s+(?:\w+\s+)?(?:trip|ride|journey)\b(?!\s+(?:to|for)\b)",
    re.I,
)
FUTURE = re.compile(
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
    masked = _GREETING.sub(lambda m: " " * len(m.group(0)), mask_ids(text))
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


def parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


_ISO_MOMENT = re.compile(r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")


def find_now(system: str) -> datetime | None:
    """The current time, if the system prompt states it in ISO 8601 ('Current time: 2026-11-05T10:00Z')."""
    best = None
    for line in system.splitlines():
        for m in _ISO_MOMENT.finditer(line):
            moment = parse_time(m.group(0).replace(" ", "T"))
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
    requested = parse_time(trip.get("requested_at"))
    if requested is None:
        return -100
    local = local_time(requested, trip.get("city"))
    score = 0
    if d.weekdays:
        score += 3 if local.weekday() in d.weekdays else -3
    if d.rel_days and now is not None:
        days = (local_time(now, trip.get("city")).date() - local.date()).days
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
        fare = parse_decimal(str(trip.get("fare_charged", "")))
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
        return parse_time(t.get("requested_at")) or datetime.min.replace(tzinfo=UTC)

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
