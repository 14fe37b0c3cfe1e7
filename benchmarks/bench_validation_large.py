"""The Validation page on a large store, whole page runs through AppTest: cold first view and re-runs after the
desk's actions, with the process's peak memory.

Steps, in one process (caches emptied once, as a server's first session): the page opened ("cold"), the annotator's
name typed (the first batch drawn by SQL, the post read by its key: "first post"), then per action the re-run it
causes: the machine's guess shown, a post skipped ("next post"), a label saved (a write: the store's version
changes, so every cached read of it is made again), the stratified then the uncertain strategy chosen (a fresh
draw each). Each action is repeated `--repeat` times; wall-clock and CPU seconds of each run are printed
(CPU is the fairer figure on a shared machine), then one JSON line.

Before the runs the store gets `--labels` tone labels (once: by two benchmark annotators, a fifth coded by both),
so the figures under the desk are measured on labels as on a store in use. The labels and the labels saved by
the runs stay in the store (use a copy made for the benchmark, e.g. benchmarks/scale_store.py's).

--mode large serves the page from the aggregates (VIGIE_AGGREGATES_FROM=0: whatever the size); --mode frame loads
the posts frame as below 2,000,000 posts; --root times another checkout's page and modules (before/after in the
same period). Usage:
  .venv/bin/python benchmarks/bench_validation_large.py --db /work/scratch/valid10m/d10m.duckdb [--mode large]
Targets (issue #15 §3, at 10M posts): cold first view < 10 s, re-run after an action < 1.5 s, memory < 3 GB.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

BENCH_ANNOTATORS = ("bench-a", "bench-b")


def peak_rss_gb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2 ** 20, 2)


def add_labels(db: Path, n: int) -> int:
    """n tone labels on posts drawn by hash (their machine label, every fourth changed), a fifth coded twice."""
    from analysis.store import Store
    with Store(db) as store:
        have = int(store.query("SELECT count(*) AS n FROM labels WHERE annotator IN (?, ?)",
                               list(BENCH_ANNOTATORS))["n"].iloc[0])
        if have:
            return have
        picked = store.query("SELECT post_id, coalesce(sentiment_label, 'neutral') AS label FROM annotations "
                             "WHERE coalesce(sentiment_label, '') <> '' ORDER BY hash(post_id || 'bench') LIMIT ?", [n])
        other = {"negative": "neutral", "neutral": "positive", "positive": "negative"}
        rows = [(p, "tone", other[m] if i % 4 == 0 else m, BENCH_ANNOTATORS[i % 2], "random")
                for i, (p, m) in enumerate(zip(picked["post_id"], picked["label"]))]
        rows += [(p, "tone", m, BENCH_ANNOTATORS[(i + 1) % 2], "random")
                 for i, (p, m) in enumerate(zip(picked["post_id"], picked["label"])) if i % 5 == 0]
        import pandas as pd
        store.add_labels(pd.DataFrame(rows, columns=["post_id", "field", "label", "annotator", "source"]))
        return len(rows)


def timed(at) -> dict:
    started, cpu = time.perf_counter(), time.process_time()
    at.run()
    out = {"wall_s": round(time.perf_counter() - started, 3), "cpu_s": round(time.process_time() - cpu, 3),
           "peak_rss_gb": peak_rss_gb()}
    if at.exception:
        raise RuntimeError("; ".join(e.message for e in at.exception))
    return out


def _current(at, strategy: str) -> str:
    return at.session_state[f"val_queue:tone:{strategy}:awa"]["current"][0]


def run(root: Path, repeat: int) -> list[tuple[str, dict]]:
    import streamlit as st
    from streamlit.testing.v1 import AppTest
    st.cache_data.clear()
    st.cache_resource.clear()
    at = AppTest.from_file(str(root / "pages" / "10_Validation.py"), default_timeout=900)
    rows = [("cold (page opened)", timed(at))]
    at.text_input(key="val_annotator").input("awa")
    rows.append(("first post (name typed, first draw)", timed(at)))
    for i in range(repeat):
        at.toggle(key=f"val_machine:tone:{_current(at, 'random')}").set_value(True)
        rows.append(("machine guess shown", timed(at)))
        at.button(key="val_skip").click()
        rows.append(("next post (skip)", timed(at)))
        at.radio(key=f"val_choice:{_current(at, 'random')}").set_value(("negative", "neutral", "positive")[i % 3])
        at.button(key="val_save").click()
        rows.append(("label saved", timed(at)))
    for strategy in ("stratified", "uncertain"):
        at.radio(key="val_strategy").set_value(strategy)
        rows.append((f"{strategy} chosen (fresh draw)", timed(at)))
        for _ in range(repeat):
            at.button(key="val_skip").click()
            rows.append((f"{strategy}: next post", timed(at)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--mode", choices=("large", "frame"), default="large")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--labels", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    root = args.root.resolve()
    sys.path.insert(0, str(root))
    os.chdir(root)
    os.environ["VIGIE_DB"] = str(args.db)
    os.environ["VIGIE_AGGREGATES"] = "1"
    os.environ["VIGIE_AGGREGATES_FROM"] = "0" if args.mode == "large" else "1000000000"
    os.environ.pop("VIGIE_AUTH", None)
    labelled = add_labels(args.db, args.labels)
    rows = run(root, args.repeat)
    print(f"{args.db} mode={args.mode} root={root} bench labels={labelled}; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'run':<38} {'wall s':>7} {'cpu s':>7} {'peak GB':>8}")
    for name, r in rows:
        print(f"{name:<38} {r['wall_s']:>7.2f} {r['cpu_s']:>7.2f} {r['peak_rss_gb']:>8.2f}")
    print(json.dumps({"db": str(args.db), "mode": args.mode, "root": str(root), "runs": rows}))


if __name__ == "__main__":
    main()
