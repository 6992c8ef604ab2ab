"""The broker transport: kombu's Redis transport with one client per channel's pool."""

from __future__ import annotations

from kombu import Queue

from copilot.celery import app
from copilot.runtime.broker import Transport


def test_the_app_uses_the_shared_client_transport_for_publishing_and_consuming():
    with app.connection_for_write() as connection:
        assert isinstance(connection.transport, Transport)
    with app.connection_for_read() as connection:
        assert isinstance(connection.transport, Transport)


def test_commands_outside_the_consumer_share_one_client_until_the_pool_is_replaced():
    with app.connection_for_write() as connection:
        channel = connection.default_channel
        with channel.conn_or_acquire() as first, channel.conn_or_acquire() as second:
            assert first is second
            assert first.connection_pool is channel.pool
        channel._disconnect_pools()  # what kombu does after a fork
        with channel.conn_or_acquire() as third:
            assert third is not first
            assert third.connection_pool is channel.pool
            assert third.ping()


def test_a_message_published_and_acknowledged_late_leaves_nothing_unacknowledged():
    queue = Queue("broker-test-shared-client", routing_key="broker-test-shared-client")
    with app.connection_for_write() as connection:
        with connection.Producer() as producer:
            producer.publish({"n": 1}, routing_key=queue.routing_key, declare=[queue])
        channel = connection.default_channel
        message = queue(channel).get(no_ack=False)
        assert message.payload == {"n": 1}
        with channel.conn_or_acquire() as client:
            assert client.hexists(channel.unacked_key, message.delivery_tag)
            message.ack()
            assert not client.hexists(channel.unacked_key, message.delivery_tag)
        queue(channel).delete()
