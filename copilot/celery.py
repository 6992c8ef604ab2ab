"""The Celery application; configuration comes from Django settings (CELERY_* names)."""

import functools
import os

from celery import Celery
from celery.app import backends
from celery.fixups.django import DjangoFixup
from celery.signals import worker_process_init, worker_ready

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
app.autodiscover_tasks(["copilot.intake", "copilot.agent", "copilot.desk"])


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


@worker_process_init.connect
@worker_ready.connect
def _warm_up(**_kwargs) -> None:
    """Load the redactor, the intent model and the safety screen before the first turn, not during it."""
    from copilot.agent.intent import warm_up as warm_up_intents
    from copilot.runtime import heap
    from copilot.safety.classifier import verdict

    warm_up_intents()
    verdict("warm up")  # trains the safety screen's classifier
    heap.settle()  # what the worker loaded is never garbage: full collections skip it
