"""The tool cache: one round trip per lookup, keyed by the rider's generation."""

from __future__ import annotations

import pytest

from tools import cache


def lookup(rider_id: str = "R-cache", arguments: dict | None = None) -> tuple[str | None, dict | None]:
    return cache.lookup(
        tool="get_trip_details", rider_id=rider_id, arguments=arguments or {"trip_id": "ab12cd34"}, scope="s1"
    )


@pytest.fixture
def rider_id(request) -> str:
    """A rider of this test alone: the cache lives in the suite's shared Redis."""
    return f"R-{request.node.name[-40:]}"


def test_a_miss_then_a_stored_result_is_a_hit_under_the_same_key(rider_id):
    key, hit = lookup(rider_id)
    assert hit is None and key is not None
    cache.put(key, {"trip": {"short_id": "ab12cd34"}})
    again, hit = lookup(rider_id)
    assert (again, hit) == (key, {"trip": {"short_id": "ab12cd34"}})
    assert lookup(rider_id, {"trip_id": "ffffffff"})[1] is None  # other arguments, other entry


def test_a_result_stored_before_the_rider_was_invalidated_is_never_served(rider_id):
    key, _ = lookup(rider_id)
    cache.put(key, {"stale": True})
    cache.invalidate_rider(rider_id)
    new_key, hit = lookup(rider_id)
    assert hit is None and new_key != key
    # A read that started before the refund and stores late writes under the old generation.
    cache.put(key, {"stale": True})
    assert lookup(rider_id)[1] is None


def test_a_lookup_is_one_round_trip_to_redis(rider_id, monkeypatch):
    lookup(rider_id)  # the script is loaded once per process
    client = cache.client()
    commands = []
    real = client.execute_command

    def counted(*args, **kwargs):
        commands.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(client, "execute_command", counted)
    lookup(rider_id)
    assert commands == ["EVALSHA"]


def test_a_redis_that_forgot_the_script_is_sent_it_again(rider_id):
    lookup(rider_id)
    cache.client().script_flush()  # as after a Redis restart
    key, hit = lookup(rider_id)
    assert key is not None and hit is None


def test_hits_and_misses_are_counted_per_tool(rider_id):
    before = cache.hit_rates().get("get_trip_details", {"hits": 0, "misses": 0})
    key, _ = lookup(rider_id)
    cache.put(key, {"x": 1})
    lookup(rider_id)
    after = cache.hit_rates()["get_trip_details"]
    assert (after["hits"] - before["hits"], after["misses"] - before["misses"]) == (1, 1)
