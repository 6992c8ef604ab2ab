"""Server-side SVG charts for the metrics page: no JavaScript, no CDN, escaped text.

    {% line_chart rows x="day" y="with,without" names="With,Without" unit="duration" title="…" %}
    {% bar_chart rows x="label" y="with,without" names="With,Without" unit="count" title="…" %}
    {% hbar_chart rows x="label" y="acceptance_rate,override_rate" names="…" unit="percent" title="…" %}

`rows` is a list of dicts; `x` names the category key, `y` the comma-separated value keys (one
series each) and `names` their legend labels. A value of None is "no data": a gap in a line,
no bar. Units: "duration" (seconds), "percent" (0 to 1), "ms", "count". The filters
`duration` and `percent` format single values the same way.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import Any

from django import template
from django.utils.dateformat import format as format_date
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

PALETTE = ("#0b63ce", "#ed8b00", "#2e7d32", "#8e24aa")
MUTED, GRID, TEXT = "#5b6672", "#d9dee4", "#1d232b"
WIDTH = 640
FONT_SIZE = 12
CHAR_WIDTH = 6.8  # an estimate of a character's width at FONT_SIZE, for layout
TEXT_ATTRS = f'font-family="system-ui, sans-serif" font-size="{FONT_SIZE}"'


# Values and axes
# ----------------------------------------------------------------------------------------------


@register.filter
def duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    seconds = float(seconds)
    if abs(seconds) < 120:
        return f"{seconds:.0f} s"
    if abs(seconds) < 2 * 3600:
        return f"{seconds / 60:.1f} min"
    if abs(seconds) < 72 * 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} d"


@register.filter
def percent(value: float | None) -> str:
    return "—" if value is None else f"{float(value) * 100:.1f}%"


@register.filter
def ms(value: float | None) -> str:
    return "—" if value is None else f"{float(value):,.0f} ms"


def _format(value: float, unit: str) -> str:
    if unit == "duration":
        return duration(value)
    if unit == "percent":
        return percent(value)
    if unit == "ms":
        return ms(value)
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _nice_ticks(top: float, *, integer: bool) -> list[float]:
    """0 and evenly spaced round numbers up to at least `top` (about four steps)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if integer:
        step = max(1.0, math.ceil(step))
    return [i * step for i in range(math.ceil(top / step - 1e-9) + 1)]


class _Axis:
    """Value axis: the unit shown on the ticks and the mapping of values to 0..1."""

    def __init__(self, unit: str, largest: float) -> None:
        self.divisor, self.suffix = 1.0, ""
        if unit == "percent":
            self.divisor, self.suffix = 0.01, "%"
            self.ticks = [0.0, 25.0, 50.0, 75.0, 100.0]
            return
        if unit == "duration":
            for limit, divisor, suffix in ((120, 1, " s"), (7200, 60, " min"), (72 * 3600, 3600, " h")):
                if largest <= limit:
                    self.divisor, self.suffix = divisor, suffix
                    break
            else:
                self.divisor, self.suffix = 86400, " d"
        elif unit == "ms":
            self.suffix = " ms"
        self.ticks = _nice_ticks(largest / self.divisor, integer=unit == "count")

    def fraction(self, value: float) -> float:
        return min(max(value / self.divisor / self.ticks[-1], 0.0), 1.0)

    def tick_label(self, tick: float) -> str:
        return f"{tick:.6g}{self.suffix}"


def _category(value: Any) -> str:
    return format_date(value, "M j") if isinstance(value, date) else str(value)


def _series(rows: Sequence[dict], y: str, names: str) -> list[tuple[str, str, list[float | None]]]:
    keys = [key.strip() for key in y.split(",")]
    labels = [name.strip() for name in names.split(",")] if names else keys
    return [
        (label, PALETTE[i % len(PALETTE)], [row.get(key) for row in rows])
        for i, (key, label) in enumerate(zip(keys, labels, strict=True))
    ]


# SVG pieces
# ----------------------------------------------------------------------------------------------


def _svg(height: float, title: str, parts: list[str]) -> SafeString:
    head = format_html(
        '<svg class="chart" viewBox="0 0 {} {}" width="100%" role="img" aria-label="{}" '
        'xmlns="http://www.w3.org/2000/svg" {}><title>{}</title>',
        WIDTH,
        f"{height:.0f}",
        title,
        mark_safe(TEXT_ATTRS),  # noqa: S308 - a constant
        title,
    )
    return mark_safe(head + "".join(parts) + "</svg>")  # noqa: S308 - every part is built by format_html


def _empty(title: str) -> SafeString:
    return format_html('<p class="meta chart-empty">{}: no data in this range.</p>', title)


def _legend(series: list[tuple[str, str, list]], x: float = 56) -> list[str]:
    parts = []
    for name, color, _ in series:
        parts.append(format_html('<rect x="{}" y="6" width="10" height="10" fill="{}"/>', f"{x:.1f}", color))
        parts.append(format_html('<text x="{}" y="15" fill="{}">{}</text>', f"{x + 14:.1f}", TEXT, name))
        x += 14 + CHAR_WIDTH * len(name) + 18
    return parts


def _value_grid(axis: _Axis, *, left: float, right: float, top: float, bottom: float) -> list[str]:
    """Horizontal grid lines with the value ticks on the left."""
    parts = []
    for tick in axis.ticks:
        y = bottom - (bottom - top) * tick / axis.ticks[-1]
        parts.append(
            format_html(
                '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}"/>',
                left,
                right,
                f"{y:.1f}",
                f"{y:.1f}",
                GRID,
            )
        )
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end" fill="{}">{}</text>',
                left - 6,
                f"{y + 4:.1f}",
                MUTED,
                axis.tick_label(tick),
            )
        )
    return parts


def _category_labels(labels: list[str], xs: list[float], y: float, *, most: int = 10) -> list[str]:
    """Every label that fits (at most `most`); one too wide for its slot breaks at its last space."""
    step = max(1, math.ceil(len(labels) / most))
    slot = (xs[1] - xs[0]) * step if len(xs) > 1 else WIDTH
    parts = []
    for i in range(0, len(labels), step):
        label, x = labels[i], f"{xs[i]:.1f}"
        if CHAR_WIDTH * len(label) > slot - 4 and " " in label:
            first, rest = label.rsplit(" ", 1)
            parts.append(
                format_html(
                    '<text x="{}" y="{}" text-anchor="middle" fill="{}">{}'
                    '<tspan x="{}" dy="{}">{}</tspan></text>',
                    x,
                    y,
                    MUTED,
                    first,
                    x,
                    FONT_SIZE + 1,
                    rest,
                )
            )
        else:
            parts.append(
                format_html(
                    '<text x="{}" y="{}" text-anchor="middle" fill="{}">{}</text>', x, y, MUTED, label
                )
            )
    return parts


def _largest(series: list[tuple[str, str, list]]) -> float | None:
    values = [float(v) for _, _, vs in series for v in vs if v is not None]
    return max(values) if values else None


# Charts
# ----------------------------------------------------------------------------------------------


@register.simple_tag
def line_chart(
    rows: Sequence[dict], x: str, y: str, names: str = "", unit: str = "count", title: str = ""
) -> SafeString:
    """One line per series over the categories (days); gaps where a value is None."""
    series = _series(rows, y, names)
    largest = _largest(series)
    if largest is None:
        return _empty(title)
    height, left, right, top, bottom = 260, 56, WIDTH - 16, 30, 222
    axis = _Axis(unit, largest)
    labels = [_category(row[x]) for row in rows]
    n = len(rows)
    xs = [left + (right - left) * (i / (n - 1) if n > 1 else 0.5) for i in range(n)]
    parts = _legend(series) + _value_grid(axis, left=left, right=right, top=top, bottom=bottom)
    parts += _category_labels(labels, xs, bottom + 18)
    for name, color, values in series:
        points = [
            None if v is None else (xs[i], bottom - (bottom - top) * axis.fraction(float(v)))
            for i, v in enumerate(values)
        ]
        segment: list[tuple[float, float]] = []
        for point in [*points, None]:
            if point is not None:
                segment.append(point)
                continue
            if len(segment) > 1:
                coords = " ".join(f"{px:.1f},{py:.1f}" for px, py in segment)
                parts.append(
                    format_html(
                        '<polyline points="{}" fill="none" stroke="{}" stroke-width="2"/>', coords, color
                    )
                )
            segment = []
        for i, point in enumerate(points):
            if point is None:
                continue
            isolated = (i == 0 or points[i - 1] is None) and (i == n - 1 or points[i + 1] is None)
            if n <= 62 or isolated:
                parts.append(
                    format_html(
                        '<circle cx="{}" cy="{}" r="3" fill="{}"><title>{}: {} {}</title></circle>',
                        f"{point[0]:.1f}",
                        f"{point[1]:.1f}",
                        color,
                        labels[i],
                        name,
                        _format(float(values[i]), unit),
                    )
                )
    return _svg(height, title, parts)


@register.simple_tag
def bar_chart(
    rows: Sequence[dict], x: str, y: str, names: str = "", unit: str = "count", title: str = ""
) -> SafeString:
    """Vertical bars, one group per category, one bar per series (a histogram)."""
    return _bar_chart(rows, x=x, y=y, names=names, unit=unit, title=title, horizontal=False)


@register.simple_tag
def hbar_chart(
    rows: Sequence[dict], x: str, y: str, names: str = "", unit: str = "count", title: str = ""
) -> SafeString:
    """Horizontal bars, one group per category (long labels read well), value written at the end."""
    return _bar_chart(rows, x=x, y=y, names=names, unit=unit, title=title, horizontal=True)


def _bar_chart(
    rows: Sequence[dict], *, x: str, y: str, names: str, unit: str, title: str, horizontal: bool
) -> SafeString:
    """Both bar charts: the series, the value axis and the frame are the same; the drawing turns."""
    series = _series(rows, y, names)
    largest = _largest(series)
    if largest is None or not rows:
        return _empty(title)
    axis = _Axis(unit, largest)
    labels = [_category(row[x]) for row in rows]
    draw = _horizontal_bars if horizontal else _vertical_bars
    height, parts = draw(series, labels, axis, unit)
    return _svg(height, title, parts)


def _bar(x: Any, y: Any, width: Any, height: Any, color: str, label: str, name: str, text: str) -> SafeString:
    """One bar, with its category, series and value as its tooltip (and what a screen reader reads)."""
    return format_html(
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}: {} {}</title></rect>',
        x,
        y,
        width,
        height,
        color,
        label,
        name,
        text,
    )


def _vertical_bars(series: list, labels: list[str], axis: _Axis, unit: str) -> tuple[float, list[str]]:
    height, left, right, top, bottom = 260, 56, WIDTH - 16, 30, 222
    slot = (right - left) / len(labels)
    bar = slot * 0.8 / len(series)
    xs = [left + slot * (i + 0.5) for i in range(len(labels))]
    parts = _legend(series) + _value_grid(axis, left=left, right=right, top=top, bottom=bottom)
    parts += _category_labels(labels, xs, bottom + 18, most=12)
    for j, (name, color, values) in enumerate(series):
        for i, value in enumerate(values):
            if value is None:
                continue
            h = (bottom - top) * axis.fraction(float(value))
            parts.append(
                _bar(
                    f"{left + slot * i + slot * 0.1 + bar * j:.1f}",
                    f"{bottom - h:.1f}",
                    f"{max(bar - 1, 1):.1f}",
                    f"{h:.1f}",
                    color,
                    labels[i],
                    name,
                    _format(float(value), unit),
                )
            )
    return height, parts


def _horizontal_bars(series: list, labels: list[str], axis: _Axis, unit: str) -> tuple[float, list[str]]:
    left, right, top, bar = 180, WIDTH - 64, 30, 12
    row_height = bar * len(series) + 12
    bottom = top + row_height * len(labels)
    parts = _legend(series, x=left)
    for tick in axis.ticks:
        tx = left + (right - left) * tick / axis.ticks[-1]
        parts.append(
            format_html(
                '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}"/>',
                f"{tx:.1f}",
                f"{tx:.1f}",
                top,
                bottom,
                GRID,
            )
        )
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="middle" fill="{}">{}</text>',
                f"{tx:.1f}",
                bottom + 16,
                MUTED,
                axis.tick_label(tick),
            )
        )
    for i, label in enumerate(labels):
        shown = label if len(label) <= 26 else label[:25] + "…"
        y0 = top + row_height * i + 6
        # The whole label in a <title>: a shortened one still reads in full on hover and aloud.
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end" fill="{}"><title>{}</title>{}</text>',
                left - 8,
                f"{y0 + row_height / 2 - 2:.1f}",
                TEXT,
                label,
                shown,
            )
        )
        for j, (name, color, values) in enumerate(series):
            value = values[i]
            if value is None:
                continue
            w = (right - left) * axis.fraction(float(value))
            by = y0 + bar * j
            text = _format(float(value), unit)
            parts.append(_bar(left, f"{by:.1f}", f"{w:.1f}", bar - 2, color, label, name, text))
            parts.append(
                format_html(
                    '<text x="{}" y="{}" fill="{}">{}</text>',
                    f"{left + w + 4:.1f}",
                    f"{by + bar - 3:.1f}",
                    MUTED,
                    text,
                )
            )
    return bottom + 24, parts


@register.filter
def signed_duration(seconds: float | None) -> str:
    """A difference of durations, with its sign: "+1.5 min", "−40 s"."""
    if seconds is None or seconds == "":  # "": a missing difference, as the template resolves it
        return "—"
    text = duration(abs(float(seconds)))
    return f"−{text}" if seconds < 0 else f"+{text}"


@register.filter
def points(value: float | None) -> str:
    """A difference of two shares in percentage points, with its sign: "+9.2 pp"."""
    if value is None or value == "":
        return "—"
    text = f"{abs(float(value)) * 100:.1f} pp"
    return f"−{text}" if value < 0 else f"+{text}"
