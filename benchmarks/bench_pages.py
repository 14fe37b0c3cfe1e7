"""Server-side timings of every dashboard page at 200,000 and 1,000,000 posts, through Streamlit's AppTest.

For each size: a demo store in /tmp (built, then annotated when analysis.annotate exists, only if missing or
with --rebuild); then per page: the first run with empty caches (store load included, "cold"), the first run
with the store already loaded ("first view": a user arriving on the page), and re-runs after filter
changes (platform, then region, then party, then a free-text search, then cleared). Prints a table (wall-clock
and CPU seconds), then one JSON line.

With --aggregates both, every page is timed with its charts from the store's aggregate tables (VIGIE_AGGREGATES=1,
the default) and from the frame (VIGIE_AGGREGATES=0), in the same run; --db times an existing store instead.

--serve-from N sets VIGIE_AGGREGATES_FROM (default 0: "on" serves whatever the store's size, and stores that
large run in large-store mode, without loading the posts frame); --serve-from 2000000 times today's frame path
below that size. The JSON rows carry the process's peak resident memory so far (run one size per process).

Usage: .venv/bin/python benchmarks/bench_pages.py [--sizes 200000 1000000] [--pages 2_Sentiment ...] [--rebuild]
       [--db PATH] [--aggregates on|off|both] [--serve-from N]
Targets (issue #6): re-run < 0.5 s at 200k and < 1.5 s at 1M; first view < 3 s at 1M.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHANGES = (("f_platform", ["facebook", "whatsapp"]), ("f_region", ["Bamako", "Mopti"]), ("f_party", ["URD"]),
           ("f_q", "élection"), ("f_platform", []), ("f_region", []), ("f_party", []), ("f_q", ""))


def ensure_store(path: Path, posts: int, rebuild: bool) -> dict:
    """Build and annotate the demo store when missing; returns the build times (empty when reused)."""
    if path.exists() and not rebuild:
        return {}
    path.unlink(missing_ok=True)
    out = {}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "analysis", "demo", "--db", str(path), "--posts", str(posts)], cwd=ROOT,
                   check=True, stdout=subprocess.DEVNULL)
    out["demo_s"] = round(time.perf_counter() - started, 1)
    if (ROOT / "analysis" / "annotate.py").exists():
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "analysis", "annotate", "--db", str(path), "--workers", "2"], cwd=ROOT,
                       check=True, stdout=subprocess.DEVNULL)
        out["annotate_s"] = round(time.perf_counter() - started, 1)
    return out


def _timed_run(at) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one script run (CPU time is the fairer figure on a busy machine)."""
    started, cpu = time.perf_counter(), time.process_time()
    at.run()
    elapsed, used = time.perf_counter() - started, time.process_time() - cpu
    if at.exception:
        raise RuntimeError("; ".join(e.message for e in at.exception))
    return elapsed, used


def time_page(page: Path, cold: bool) -> dict:
    import streamlit as st
    from streamlit.testing.v1 import AppTest
    if cold:
        st.cache_data.clear()
        st.cache_resource.clear()
    at = AppTest.from_file(str(page), default_timeout=600)
    first, first_cpu = _timed_run(at)
    reruns = []
    for key, value in CHANGES:
        widget = at.sidebar.text_input(key=key) if isinstance(value, str) else at.sidebar.multiselect(key=key)
        widget.set_value(value)
        reruns.append(_timed_run(at))
    wall, cpu = [r[0] for r in reruns], [r[1] for r in reruns]
    return {"first_s": round(first, 2), "first_cpu_s": round(first_cpu, 2),
            "rerun_median_s": round(statistics.median(wall), 3), "rerun_max_s": round(max(wall), 3),
            "rerun_cpu_median_s": round(statistics.median(cpu), 3), "rerun_cpu_max_s": round(max(cpu), 3)}


def peak_rss_gb() -> float:
    import resource
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2)


def bench_size(posts: int, pages: list[Path], rebuild: bool, db: Path | None = None,
               modes: tuple[str, ...] = ("on",), serve_from: int = 0) -> list[dict]:
    db = db or Path(f"/tmp/vigie_pages_{posts}.duckdb")
    build = ensure_store(db, posts, rebuild) if not db.exists() or rebuild else {}
    os.environ["VIGIE_DB"] = str(db)
    rows = []
    for mode in modes:
        os.environ["VIGIE_AGGREGATES"] = "1" if mode == "on" else "0"
        os.environ["VIGIE_AGGREGATES_FROM"] = str(serve_from)
        for i, page in enumerate(pages):
            kinds = [("cold", True), ("first view", False)] if i == 0 else [("first view", False)]
            for kind, cold in kinds:  # empty caches once: the store load is part of a session's first page
                label = f"{kind} agg={mode}"
                try:
                    rows.append({"posts": posts, "page": page.stem, "kind": label, **time_page(page, cold), **build,
                                 "peak_rss_gb": peak_rss_gb()})
                except RuntimeError as exc:  # a failing page is reported, the others are still measured
                    rows.append({"posts": posts, "page": page.stem, "kind": label, "error": str(exc)[:200]})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[200_000, 1_000_000])
    parser.add_argument("--pages", nargs="*", help="page file stems (default: every page in pages/)")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--db", type=Path, help="an existing annotated store (its size replaces --sizes)")
    parser.add_argument("--aggregates", choices=("on", "off", "both"), default="on")
    parser.add_argument("--serve-from", type=int, default=0, help="VIGIE_AGGREGATES_FROM for the runs")
    args = parser.parse_args()
    modes = ("on", "off") if args.aggregates == "both" else (args.aggregates,)
    pages = sorted((ROOT / "pages").glob("*.py"))
    if args.pages:
        pages = [p for p in pages if p.stem in set(args.pages)]
    if args.db:
        from analysis.store import Store
        with Store(args.db, read_only=True) as store:
            rows = bench_size(store.count_posts(), pages, False, args.db, modes, args.serve_from)
    else:
        rows = [row for size in args.sizes
                for row in bench_size(size, pages, args.rebuild, None, modes, args.serve_from)]
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall times include waiting)")
    print(f"{'posts':>9}  {'page':<22} {'kind':<19} {'first s':>8} {'cpu':>6} {'re-run med':>10} {'max':>6} "
          f"{'cpu med':>8} {'cpu max':>8} {'peak GB':>8}")
    for r in rows:
        if "error" in r:
            print(f"{r['posts']:>9}  {r['page']:<22} {r['kind']:<19} ERROR {r['error']}")
            continue
        print(f"{r['posts']:>9}  {r['page']:<22} {r['kind']:<19} {r['first_s']:>8.2f} {r['first_cpu_s']:>6.2f} "
              f"{r['rerun_median_s']:>10.3f} {r['rerun_max_s']:>6.3f} {r['rerun_cpu_median_s']:>8.3f} "
              f"{r['rerun_cpu_max_s']:>8.3f} {r['peak_rss_gb']:>8.2f}")
    print(json.dumps(rows, ensure_ascii=False))


if __name__ == "__main__":
    main()
