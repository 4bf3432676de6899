"""Python's cyclic garbage collector paused for a bulk job.

An import builds hundreds of thousands of small objects that all stay alive until it ends; the
collector would walk them again and again as they pile up (about a second of an 85,000-record
package). Paused, it runs as usual once the job is over, nested pauses included. A `with` block
or a decorator: `@collector_paused()`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
