"""Foundation figures: demo build at 1M posts, dashboard cold start, a filter change on the overview, memory.

Usage: .venv/bin/python benchmarks/bench_foundation.py [--posts 1000000] [--db /tmp/vigie_bench_1m.duckdb]
Prints one JSON line. The store is rebuilt only with --rebuild or when missing.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build_demo(db: Path, posts: int) -> float:
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "analysis", "demo", "--db", str(db), "--posts", str(posts)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def time_pages(db: Path) -> dict:
    """Cold start of the overview (load + first render), then a filter change, through Streamlit's AppTest."""
    os.environ["VIGIE_DB"] = str(db)
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(str(ROOT / "pages" / "1_Vue_d_ensemble.py"), default_timeout=300)
    started = time.perf_counter()
    at.run()
    cold = time.perf_counter() - started
    assert not at.exception, [e.message for e in at.exception]
    timings = []
    for platforms in (["facebook"], ["twitter", "whatsapp"], ["facebook"], ["telegram"], []):
        at.sidebar.multiselect(key="f_platform").set_value(platforms)
        started = time.perf_counter()
        at.run()
        timings.append(time.perf_counter() - started)
        assert not at.exception
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"cold_start_s": round(cold, 2), "filter_change_s": [round(t, 3) for t in timings],
            "peak_rss_mb": round(rss_mb)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument("--db", default="/tmp/vigie_bench_1m.duckdb")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    db = Path(args.db)
    result = {"posts": args.posts}
    if args.rebuild or not db.exists():
        result["demo_build_s"] = round(build_demo(db, args.posts), 2)
    result.update(time_pages(db))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
