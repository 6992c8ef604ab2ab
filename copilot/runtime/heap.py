"""The garbage collector in long-running processes (Daphne and the Celery workers).

Once a process has loaded what it serves with (Django, the redactor's NER model, the intent
model, the SDKs: a quarter of a million objects), a full collection walks all of them, though
none ever becomes garbage, with the GIL held, during which no turn, socket or redaction in that
process moves (figures: docs/performance.md).

So each process freezes what it loaded (`gc.freeze`: those objects are never examined again)
once it is ready to serve, and collects young objects less often: a turn's objects live for
the seconds its model calls take, so at the default threshold they were promoted and
re-examined several times before they died.
"""

from __future__ import annotations

import gc

# Young collections once 10,000 more objects were allocated than freed (CPython's default: 700),
# and an older generation every 20 of the younger one (default: 10).
THRESHOLDS = (10_000, 20, 20)


def settle() -> None:
    """Freeze everything loaded so far and set the thresholds; call when the process is ready."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)
