"""Known false alarms, by the round whose trade left them (copilot/safety/README.md): a strict xfail says so when a
later round silences one."""

from __future__ import annotations

import pytest

R11_MARGIN = (
    "known false alarm: the eleventh round's sentence margin silenced it but lost a never-read report"
)
R13_OWN = (
    "known false alarm: the thirteenth round's reading of the rider's own drunkenness and lost items silenced it but "
    "lost a never-read report"
)
R19 = (
    "known false alarm since the nineteenth round: its reports (train_round19.jsonl) raised never-read recall "
    "1213 -> 1218 of 1228 for 229 -> 233 false alarms of 1,702; recall first"
)

R20_LONG = (
    "known false alarm of the long model (twentieth round): trained on 300 long ordinary stories it silences four of "
    "five such stories written for the tests, not this one"
)


def known_false_alarm(text: str, reason: str):
    """An ordinary message the screen still flags, for the reason given."""
    return pytest.param(text, marks=pytest.mark.xfail(strict=True, reason=reason))


R22_SHORT = (
    "known false alarm of the short model: 'app said ... the driver came' in two short sentences reads as a report; "
    "the twenty-second round's wrong-driver patterns do not fire on it, the classifier does"
)

R22_DATA = (
    "known false alarm again since the twenty-second round's data (train_round22.jsonl: 150 reports and the 66 ordinary "
    "messages the screen flagged first): dev12 alone had silenced it; with round22 blind12 gained a report and 9 fewer "
    "false alarms, blind13 (first score) a report and 8 fewer"
)
