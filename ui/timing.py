"""Server-side timing of every script run (VIGIE_TIMING=1): one JSON line per run in VIGIE_TIMING_LOG.

Measured in the server from the start of the script run to its end (st.stop and st.rerun included), with the
process's resident memory, so a load test reads what the server did and not what the browsers waited for.
"""
from __future__ import annotations

import json
import os
import resource
import threading
import time
from contextlib import contextmanager

ENV, LOG_ENV = "VIGIE_TIMING", "VIGIE_TIMING_LOG"
_LOCK = threading.Lock()


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextmanager
def timed():
    """Yields a dict: put the page's name in run["page"] once known."""
    run = {"page": "?"}
    if os.environ.get(ENV) != "1":
        yield run
        return
    started, cpu, outcome = time.perf_counter(), time.thread_time(), "ok"
    try:
        yield run
    except BaseException as exc:  # st.stop / st.rerun are exceptions too: recorded, then passed on
        outcome = type(exc).__name__
        raise
    finally:
        # cpu_s: this script thread's own CPU time; seconds beyond it were spent waiting (other sessions, the GIL)
        line = {"page": run["page"], "seconds": round(time.perf_counter() - started, 4),
                "cpu_s": round(time.thread_time() - cpu, 4), "outcome": outcome,
                "rss_mb": round(_rss_mb(), 1), "at": time.time()}
        with _LOCK, open(os.environ.get(LOG_ENV, "vigie_timing.log"), "a", encoding="utf-8") as log:
            log.write(json.dumps(line) + "\n")
