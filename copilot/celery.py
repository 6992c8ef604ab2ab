"""The Celery application; configuration comes from Django settings (CELERY_* names)."""

import functools
import os

from celery import Celery
from celery.app import backends
from celery.fixups.django import DjangoFixup
from celery.signals import task_prerun, worker_process_init, worker_ready
from django import db

from copilot.observability import tracing

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "copilot.settings.base")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")


class CopilotCelery(Celery):
    """Celery with the result-backend class looked up once per process.

    Celery keeps one backend per thread and finds its class by scanning the installed
    packages' entry points each time. Daphne runs every HTTP request on a new
    thread, so each inbound message paid that scan to enqueue its task.
    """

    @functools.cached_property
    def _backend_class_and_url(self):
        return backends.by_url(self.backend_cls or self.conf.result_backend, self.loader)

    def _get_backend(self):
        backend, url = self._backend_class_and_url
        return backend(app=self, url=url)


app = CopilotCelery("copilot")
app.config_from_object("django.conf:settings", namespace="CELERY")
# Each wing with background work keeps its tasks beside its services (names: runtime/tasks.py).
app.autodiscover_tasks(["copilot.intake", "copilot.agent", "copilot.desk", "policies"])


# Tasks a prefork child runs before it recycles its database connections.
PREFORK_TASKS_PER_CONNECTION = 1000


@worker_process_init.connect
def _keep_connections(**_kwargs) -> None:
    """A prefork child (the ingest worker) keeps its connection pool from one task to the next.

    Celery's Django fixup closes a prefork child's whole pool before and after every task
    unless told to reuse it, so each redaction opened new PostgreSQL connections (a server
    process each). Only prefork children are told: in the turn worker's thread pool the
    fixup's close is what hands each thread's connection back to the pool.
    """
    for fixup in app._fixups:
        if isinstance(fixup, DjangoFixup):
            fixup.worker_fixup.db_reuse_max = PREFORK_TASKS_PER_CONNECTION


@task_prerun.connect
def _check_kept_connections(**_kwargs) -> None:
    """A connection kept from the last task is checked before this one uses it.

    A PostgreSQL restart leaves a prefork child's kept connection dead; without this every task
    failed on it ("the connection is closed") for minutes. Resetting the health-check flag makes
    the first query of the task test the connection (CONN_HEALTH_CHECKS) and reconnect if needed;
    a connection that already raised is closed here.
    """
    for connection in db.connections.all(initialized_only=True):
        connection.close_if_unusable_or_obsolete()


@worker_process_init.connect
@worker_ready.connect
def _warm_up(sender=None, **_kwargs) -> None:
    """Load the redactor, the intent model and the safety screen before the first turn, not during it.

    A prefork worker's parent never runs a task, and its `worker_ready` runs before it consumes
    anything: warming it up there held every queued message back while its children (which warm
    up themselves, in `worker_process_init`) were already waiting.
    """
    pool = getattr(sender, "pool", None)
    if pool is not None and "prefork" in type(pool).__module__:
        return
    from copilot.agent.intent import warm_up as warm_up_intents
    from copilot.runtime import heap
    from copilot.safety.classifier import warm_up as warm_up_safety

    warm_up_intents()
    warm_up_safety()  # trains the safety screen's classifiers
    # A prefork child (no pool: worker_process_init) or a worker running tasks in its own process.
    tracing.setup_process(f"worker-{type(pool).__module__.rsplit('.', 1)[-1]}" if pool else "worker-child")
    heap.settle()  # what the worker loaded is never garbage: full collections skip it
