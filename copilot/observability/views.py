"""`GET /metrics`: Prometheus's text format, behind a bearer token.

Without `COPILOT_METRICS_TOKEN` the page does not exist (404): an operator who has not chosen a
token has not chosen to publish the app's health, and a 404 tells a scanner nothing. With it, a
request without that token gets 401 and a `WWW-Authenticate` challenge (Prometheus sends it as
`authorization: {credentials: ...}` in its scrape config). Keep the port off the public network as
well: the token is the second lock, not the first.

Queue depths are read from the broker when Prometheus scrapes (`QueueDepthCollector`), so they are
true at that instant whatever process answers.
"""

from __future__ import annotations

import hmac
import logging

import redis
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_GET
from prometheus_client import REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from copilot.core.access import public
from copilot.observability.files import metric_files

log = logging.getLogger(__name__)
# kombu's Redis transport keeps each queue as a list per priority step: "name", "name\x06\x163", ...
PRIORITY_SEP = "\x06\x16"
PRIORITY_STEPS = (0, 3, 6, 9)


def broker_queues() -> list[str]:
    """The Celery queues the app sends to (the default one, turns and ingest)."""
    return sorted({"celery", settings.COPILOT_TURN_QUEUE, settings.COPILOT_INGEST_QUEUE})


class QueueDepthCollector:
    """copilot_celery_queue_depth{queue}: tasks waiting in each queue, read from the broker at scrape time."""

    def __init__(self, broker_url: str, queues: list[str]) -> None:
        self.client = redis.Redis.from_url(broker_url, socket_connect_timeout=1, socket_timeout=1)
        self.queues = queues

    @staticmethod
    def _families() -> tuple[GaugeMetricFamily, GaugeMetricFamily]:
        depth = GaugeMetricFamily(
            "copilot_celery_queue_depth",
            "Tasks waiting in a Celery queue (read at scrape time)",
            labels=["queue"],
        )
        up = GaugeMetricFamily("copilot_broker_up", "1 when the broker answered the queue-depth read")
        return depth, up

    def describe(self):
        """The families without reading the broker (a registry asks this when the collector joins)."""
        return list(self._families())

    def collect(self):
        depth, up = self._families()
        try:
            with self.client.pipeline(transaction=False) as pipe:
                for queue in self.queues:
                    for step in PRIORITY_STEPS:
                        pipe.llen(queue if step == 0 else f"{queue}{PRIORITY_SEP}{step}")
                counts = pipe.execute()
        except redis.RedisError as exc:
            log.warning("queue depths could not be read from the broker: %s", exc)
            up.add_metric([], 0)
            return [up]
        for index, queue in enumerate(self.queues):
            steps = len(PRIORITY_STEPS)
            depth.add_metric([queue], sum(counts[index * steps : (index + 1) * steps]))
        up.add_metric([], 1)
        return [depth, up]


_queue_collector: QueueDepthCollector | None = None


def registry() -> CollectorRegistry:
    """What one scrape reads: every process's samples (multiprocess mode) or this one's, and the queues."""
    global _queue_collector
    if _queue_collector is None:
        _queue_collector = QueueDepthCollector(settings.CELERY_BROKER_URL, broker_queues())
    if settings.COPILOT_METRICS_DIR:
        scrape = CollectorRegistry()
        scrape.register(_ProcessFiles(settings.COPILOT_METRICS_DIR))
    else:
        scrape = CollectorRegistry()
        scrape.register(_Forward(REGISTRY))
    scrape.register(_queue_collector)
    return scrape


class _ProcessFiles:
    """Every process's samples, from the files under `root` (sub-folders too: in compose each
    container writes to a folder of its own, since their process ids overlap)."""

    def __init__(self, root: str) -> None:
        self.root = root

    def collect(self):
        from prometheus_client.multiprocess import MultiProcessCollector

        return MultiProcessCollector.merge(metric_files(self.root), accumulate=True)


class _Forward:
    """This process's default registry, read through another registry beside the queue collector."""

    def __init__(self, source: CollectorRegistry) -> None:
        self.source = source

    def collect(self):
        return self.source.collect()


def authorised(request: HttpRequest) -> bool:
    token = settings.COPILOT_METRICS_TOKEN
    sent = request.headers.get("Authorization", "")
    scheme, _, credentials = sent.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(credentials.strip().encode(), token.encode())


@public  # authenticated by the metrics token, not by a session
@require_GET
def metrics_page(request: HttpRequest) -> HttpResponse:
    if not settings.COPILOT_METRICS_TOKEN:
        raise Http404("Metrics are off: set COPILOT_METRICS_TOKEN to publish them.")
    if not authorised(request):
        response = HttpResponse(
            "A bearer token is required: Authorization: Bearer <COPILOT_METRICS_TOKEN>.\n", status=401
        )
        response["WWW-Authenticate"] = 'Bearer realm="metrics"'
        response["Content-Type"] = "text/plain; charset=utf-8"
        return response
    return HttpResponse(generate_latest(registry()), content_type=CONTENT_TYPE_LATEST)
