"""The chart pages' data work at 1M and 10M posts: figures from the pre-computed aggregates against the frame path.

For each store: the aggregate path's cold start (open the store, copy the aggregate tables into memory) and then,
per page, the time of every chart data call the page makes (ui.served.figure's served side), for the default view
and after each filter change (platform, region, party, dates, cleared). For the 1M store the frame path is timed in
the same run as the reference: load the frame (today's cold start), then, per change, Filters.apply once and the
same calls with the frame-based functions. The post-level queries that remain (the Posts page's count and first 500 rows, the
overview's distinct accounts) are timed on the store file. Memory: the process's peak RSS after each path.

The 10M store is the annotated 1M demo multiplied in SQL by benchmarks/scale_store.py (new post and account ids,
times shifted by minutes), so its aggregate tables have about as many rows as the 1M store's: this measures the
dashboard's reads at 10M posts, not the annotation.

Usage: .venv/bin/python benchmarks/bench_scale_pages.py --stores /tmp/d1m.duckdb /tmp/d10m.duckdb [--frame-for 1]
The dashboard serves from the aggregates from VIGIE_AGGREGATES_FROM posts on (ui/served.py, default 2,000,000).
Targets (issue #15 §3): cold start < 10 s, re-run after a filter change < 1.5 s on every page, memory < 3 GB.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.aggregate import (climate, cube, cube_lists, cube_pages, cube_parties, cube_posts, cube_tone,  # noqa: E402
                                lists, overview, participation, parties, tone, topics)
from analysis.aggregate import map as frame_map  # noqa: E402
from analysis.filters import Filters  # noqa: E402
from analysis.geo import shapes  # noqa: E402
from analysis.store import Store  # noqa: E402
from analysis.store_aggregates import Snapshot  # noqa: E402

CHANGES = [("default", Filters()), ("platform", Filters(platforms=("facebook", "whatsapp"))),
           ("region", Filters(platforms=("facebook", "whatsapp"), regions=("Bamako", "Mopti"))),
           ("party", Filters(parties=("URD",))), ("dates", Filters(date_from=date(2020, 3, 20), date_to=date(2020, 4, 5))),
           ("cleared", Filters())]
PARTIES = ["URD", "RPM", "ADEMA-PASJ"]

# page -> [(served function, frame function, arguments)], the data calls each page makes through ui.served.figure
PAGES = {
    "1_Vue_d_ensemble": [(cube.posts_per_day, overview.posts_per_day, ("platform",)),
                         (cube.headline, overview.headline, ())],
    "2_Sentiment": [(cube_tone.tone_mentions, tone.tone_mentions, ()), (cube_tone.tone_by_party, tone.tone_by_party, ("W", PARTIES)),
                    (cube_lists.n_posts_with, lists.n_posts_with, ("party_tone",)),
                    (cube_tone.region_volume, tone.region_volume, ()), (cube_tone.tone_by_region, tone.tone_by_region, ("W", ["Bamako", "Mopti", "Gao"])),
                    (cube_tone.tone_distribution, tone.tone_distribution, ("platform",))],
    "3_Thèmes": [(cube_lists.topic_share, topics.topic_share, ("W",)), (cube_lists.n_posts_with, lists.n_posts_with, ("topics",)),
                 (cube_lists.topic_by, topics.topic_by, ("parties", 12)), (cube_lists.topic_by, topics.topic_by, ("region", 12))],
    "4_Participation": [(cube_lists.participation_over_time, participation.over_time, ("W",)),
                        (cube_lists.participation_by_region, participation.by_region, (shapes.names("region"),))],
    "5_Comparer_les_partis": [(cube_pages.mentioned_parties, parties.mentioned_parties, ()),
                              (cube_pages.share_of_voice, parties.share_of_voice, (PARTIES, "W")),
                              (cube_pages.tone_toward, parties.tone_toward, (PARTIES,)),
                              (cube_parties.summary, parties.summary, (PARTIES,)),
                              (cube_parties.mix, parties.mix, (PARTIES, "topics")),
                              (cube_parties.mix, parties.mix, (PARTIES, "region"))],
    "6_Carte": [(cube_pages.area_values, frame_map.area_values, ("region", "volume")),
                (cube_pages.area_values, frame_map.area_values, ("cercle", "share:boycott"))],
    "11_Climat": [(cube_pages.hostility_headline, climate.headline, ()),
                  (cube_pages.hostility_over_time, climate.hostility_over_time, ("region", "W"))],
}


def peak_rss_gb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6, 2)


def _timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def served_path(path: Path) -> dict:
    started = time.perf_counter()
    with Store(path, read_only=True) as store:
        if not store.aggregates_fresh():
            raise SystemExit(f"{path}: aggregates missing or stale; run `python -m analysis annotate` first")
        snapshot = Snapshot(store.aggregate_tables())
    out = {"cold_start_s": round(time.perf_counter() - started, 2), "rows": snapshot.rows, "pages": {}}
    for page, calls in PAGES.items():
        out["pages"][page] = {name: round(_timed(lambda: [s(snapshot, f, *a) for s, _, a in calls]), 3)
                              for name, f in CHANGES}
    out["peak_rss_gb"] = peak_rss_gb()
    return out


def frame_path(path: Path) -> dict:
    started = time.perf_counter()
    with Store(path, read_only=True) as store:
        frame = store.load()
    out = {"cold_start_s": round(time.perf_counter() - started, 2), "pages": {}}
    for page, calls in PAGES.items():
        out["pages"][page] = {name: round(_timed(lambda: _frame_calls(calls, f.apply(frame))), 3)
                              for name, f in CHANGES}
    out["peak_rss_gb"] = peak_rss_gb()
    return out


def _frame_calls(calls, posts) -> list:
    """The page's frame-based calls on the filtered posts (filtered once, as page_setup does)."""
    return [frame_fn(posts, *args) for _, frame_fn, args in calls]


def post_queries(path: Path) -> dict:
    """The post-level SQL left on the store file (join of posts, annotations and groups)."""
    out = {}
    with Store(path, read_only=True) as store:
        for name, f in (("default", Filters()), ("party", Filters(parties=("URD",))), ("search", Filters(q="urnes"))):
            sql, params = cube_posts.where(f)
            out[name] = {"count_s": round(_timed(lambda: cube_posts.count(store.query, sql, params)), 2),
                         "first_500_s": round(_timed(lambda: cube_posts.page(store.query, sql, params)), 2),
                         "accounts_s": round(_timed(lambda: cube_posts.accounts(store.query, f)), 2),
                         "party_accounts_s": round(_timed(lambda: cube_parties.accounts(store.query, f, PARTIES)), 2)}
    return out


def worst(pages: dict) -> dict:
    return {page: max(v for k, v in times.items() if k != "default") for page, times in pages.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stores", nargs="+", type=Path, required=True)
    parser.add_argument("--frame-for", nargs="*", type=int, default=[0], help="indexes of the stores to also time "
                        "on the frame path (the 1M one; at 10M the frame does not fit the memory target)")
    parser.add_argument("--no-posts", action="store_true", help="skip the post-level queries")
    args = parser.parse_args()
    results = {}
    for i, path in enumerate(args.stores):
        with Store(path, read_only=True) as store:
            n = store.count_posts()
        entry = {"posts": n, "served": served_path(path)}
        if not args.no_posts:
            entry["post_queries"] = post_queries(path)
        if i in args.frame_for:
            entry["frame"] = frame_path(path)
        results[str(path)] = entry
        print(f"{path} ({n:,} posts): aggregates cold start {entry['served']['cold_start_s']} s,"
              f" worst re-run per page {worst(entry['served']['pages'])}", flush=True)
        if "frame" in entry:
            print(f"  frame path: cold start {entry['frame']['cold_start_s']} s,"
                  f" worst re-run per page {worst(entry['frame']['pages'])}", flush=True)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
