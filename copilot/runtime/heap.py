"""The garbage collector in long-running processes (Daphne and the Celery workers).

Once a process has loaded what it serves with (Django, the redactor's NER model, the intent
model, the SDKs: a quarter of a million objects), a full collection walks all of them, though
none ever becomes garbage: ~140 ms with the GIL held on this machine's cores, during which no
turn, socket or redaction in that process moves. Measured under the turn benchmark at 200
turns in flight, full collections stalled a turn worker for up to 0.8 s at a time.

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
