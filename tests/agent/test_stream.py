"""The turn's stream: when the partial draft is saved, and when only a heartbeat is."""

from __future__ import annotations

import pytest

from copilot.agent.stream import HEARTBEAT_SECONDS, SAVE_SECONDS, TurnStream


@pytest.fixture
def saved() -> list[tuple[str, int]]:
    return []


class Clock:
    """The stream's monotonic clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def stream(saved, clock) -> TurnStream:
    return TurnStream(
        case_id=1, turn_id="t-1", save=lambda draft, seq: saved.append((draft, seq)), clock=clock
    )


@pytest.fixture
def age(clock):
    """Let `seconds` pass."""

    def advance(stream: TurnStream, seconds: float) -> None:
        clock.now += seconds

    return advance


def test_a_checkpoint_after_a_model_call_that_wrote_nothing_saves_nothing_while_the_turn_is_fresh(
    stream, saved
):
    stream.status("Thinking")
    stream.checkpoint()
    assert saved == []


def test_a_checkpoint_saves_the_draft_the_model_call_wrote(stream, saved):
    stream.token("Hello")
    stream.checkpoint()
    assert saved == [("Hello", stream.seq)]
    stream.checkpoint()
    assert len(saved) == 1  # nothing new since


def test_a_checkpoint_saves_a_heartbeat_once_the_last_save_is_old(stream, saved, age):
    age(stream, HEARTBEAT_SECONDS)
    stream.checkpoint()
    assert saved == [("", stream.seq)]


def test_a_growing_draft_is_saved_at_most_every_half_second_while_streaming(stream, saved, age):
    stream.token("Hel")
    assert saved == []  # the first token is sent at once; its save waits for half a second
    age(stream, SAVE_SECONDS)
    stream.token("lo")  # a flush: half a second since the last save, and the draft grew
    stream.flush()
    assert saved == [("Hello", stream.seq)]


def test_an_unchanged_draft_is_not_saved_every_half_second_only_as_a_heartbeat(stream, saved, age):
    stream.token("Hi")
    stream.checkpoint()
    age(stream, SAVE_SECONDS)
    stream.status("Looking up the trip")
    stream.flush()
    assert len(saved) == 1
    age(stream, HEARTBEAT_SECONDS)
    stream.flush()
    assert saved[-1] == ("Hi", stream.seq) and len(saved) == 2


def test_a_reset_draft_is_saved_at_the_next_checkpoint(stream, saved):
    stream.token("A draft that will be dropped")
    stream.checkpoint()
    stream.reset_draft()
    stream.checkpoint()
    assert saved[-1][0] == ""


def test_a_settled_draft_is_not_overwritten_by_the_streamed_text_at_the_last_flush():
    # The streamed tail is not yet saved when the loop writes the final draft (here the safety reply);
    # the flush of turn.done half a second later must not save the streamed text over it.
    readings = iter([0.0, 0.0, 0.1])
    clock = lambda: next(readings, 1.0)  # noqa: E731
    saves = []
    stream = TurnStream(case_id=1, turn_id="t", save=lambda draft, seq: saves.append(draft), clock=clock)
    stream.token("A refund of $18.00 is on its way.")
    stream.settle("The safety reply.")
    stream.event("turn.done", {"status": "Proposal ready"})
    assert saves == []
