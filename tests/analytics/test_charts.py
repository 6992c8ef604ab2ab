"""The metrics page's bar charts: vertical (histograms) and horizontal (rates by a long label), drawn by
one function in two orientations, each an accessible SVG."""

from __future__ import annotations

import re

import pytest

from copilot.analytics import charts

ROWS = [
    {"label": "refund_request", "acceptance_rate": 0.5, "override_rate": 0.25},
    {"label": "a label far longer than twenty-six characters", "acceptance_rate": 1.0, "override_rate": None},
]


def bar_tooltips(svg: str) -> list[str]:
    return re.findall(r"<rect [^>]*><title>([^<]*)</title></rect>", svg)


@pytest.mark.parametrize("tag", [charts.bar_chart, charts.hbar_chart])
def test_a_bar_chart_is_an_image_named_by_its_title_with_a_tooltip_on_every_bar(tag):
    svg = tag(
        ROWS,
        x="label",
        y="acceptance_rate,override_rate",
        names="Acceptance,Override",
        unit="percent",
        title="Rates",
    )
    assert svg.startswith('<svg class="chart" viewBox="0 0 640 ') and svg.endswith("</svg>")
    assert 'role="img" aria-label="Rates"' in svg and "<title>Rates</title>" in svg
    # No bar for "no data"; the legend names both series.
    assert sorted(bar_tooltips(svg)) == sorted(
        [
            "refund_request: Acceptance 50.0%",
            "refund_request: Override 25.0%",
            "a label far longer than twenty-six characters: Acceptance 100.0%",
        ]
    )
    assert ">Acceptance</text>" in svg and ">Override</text>" in svg


def test_a_vertical_bar_chart_labels_its_categories_below_and_its_values_on_the_left():
    rows = [{"label": f"{m}–{m + 5} min", "with": m, "without": 2} for m in (0, 5, 10)]
    svg = charts.bar_chart(rows, x="label", y="with,without", names="With,Without", unit="count", title="AHT")
    assert len(bar_tooltips(svg)) == 6  # a zero is a bar too (of no height), with its tooltip
    assert "0–5 min: With 0" in svg and "10–15 min: Without 2" in svg
    assert '<text x="50" y="' in svg and 'text-anchor="end"' in svg  # the value ticks
    assert svg.count('text-anchor="middle"') == 3  # one label under each group


def test_a_horizontal_bar_chart_shortens_a_long_label_keeps_it_whole_for_readers_and_writes_each_value():
    svg = charts.hbar_chart(
        ROWS, x="label", y="acceptance_rate", names="Acceptance", unit="percent", title="By"
    )
    assert (
        "<title>a label far longer than twenty-six characters</title>a label far longer than t…</text>" in svg
    )
    assert re.findall(r'<text x="[\d.]+" y="[\d.]+" fill="#5b6672">([^<]*)</text>', svg) == [
        "50.0%",
        "100.0%",
    ]


@pytest.mark.parametrize("tag", [charts.bar_chart, charts.hbar_chart])
def test_a_bar_chart_without_any_value_says_there_is_no_data(tag):
    assert "Empty: no data in this range." in tag(
        [{"label": "a", "v": None}], x="label", y="v", title="Empty"
    )
    assert "no data in this range" in tag([], x="label", y="v", title="Empty")
