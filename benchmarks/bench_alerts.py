"""Alerts on the demo (injected events reported, unmatched alerts of their kinds) and their speed over a
large corpus against a plain pandas group-by count over the same posts, in the same run.

    python benchmarks/bench_alerts.py [--posts 20000 100000] [--big 1000000] [--seed 0]

The large corpus repeats the last annotated demo, each copy shifted by a few minutes (the counts, not the
texts, are what the alert rules read).
"""
from __future__ import annotations

import argparse
import json
import time

import numpy as np
import pandas as pd
from demo_frames import annotated_demo

from analysis import alerts, claims
from analysis.alerts.scoring import match_events

REPEATS = 3


def on_demo(n_posts: int, seed: int) -> tuple[dict, pd.DataFrame]:
    corpus, posts, timings = annotated_demo(n_posts, seed)
    found = claims.find_claims(posts)
    started = time.perf_counter()
    result = alerts.find_alerts(posts, claims=found.claims)
    seconds = time.perf_counter() - started
    score = match_events(result.alerts, corpus.events)
    return {"posts": n_posts, "seed": seed, "alerts_s": round(seconds, 2), "summary": result.summary, **score,
            "target_met": not score["missed"] and score["unmatched"] <= 12, **timings}, posts


def _large(posts: pd.DataFrame, n: int) -> pd.DataFrame:
    copies = -(-n // len(posts))
    rng = np.random.default_rng(1)
    parts = []
    for k in range(copies):
        part = posts.copy()
        part["created_at"] = part["created_at"] + pd.to_timedelta(rng.integers(-600, 600, len(part)), unit="s")
        parts.append(part)
    return pd.concat(parts, ignore_index=True).iloc[:n]


def _best(work) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def speed(posts: pd.DataFrame, n: int) -> dict:
    big = _large(posts, n)
    groupby = _best(lambda: big.groupby(["region", "platform", big["created_at"].dt.floor("h")],
                                        observed=True).size())
    rules = _best(lambda: alerts.find_alerts(big))
    return {"posts": len(big), "alerts_s": round(rules, 2), "groupby_count_s": round(groupby, 2),
            "ratio": round(rules / groupby, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, nargs="+", default=[20000, 100000])
    parser.add_argument("--big", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    posts = None
    for n in args.posts:
        report, posts = on_demo(n, args.seed)
        print(json.dumps(report, ensure_ascii=False, default=str))
    if args.big and posts is not None:
        print(json.dumps({"speed": speed(posts, args.big)}, default=str))


if __name__ == "__main__":
    main()
