"""The free-text search on a large store: the folded text kept with the posts' keys (analysis.search, how the
dashboard searches now) against the regex over the posts' texts joined to the keys (how it searched before,
kept here as the reference), in the same run on the same store.

For each query, alone and with a platform filter: the Posts page's two reads (the count, then the first 500 posts
by date), each the best of three; the counts of both ways must agree. Then, per query, the aggregates of the posts
it finds (what a chart page builds once per search, ui.served.search_snapshot): read their keys, build the tables,
copy them into the in-memory snapshot. Memory: the process's peak RSS.

Usage: .venv/bin/python benchmarks/bench_search.py --store /tmp/d10m.duckdb
Target (issue #15 §3): re-run after a filter change < 1.5 s on every page, at 10M posts.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.aggregate import cube_posts  # noqa: E402
from analysis.filters import Filters  # noqa: E402
from analysis.search import search_pattern  # noqa: E402
from analysis.store import Store  # noqa: E402
from analysis.store_aggregates import Snapshot, search_tables  # noqa: E402
from analysis.sentiment import band  # noqa: E402

QUERIES = ("élection", "fraude", "bureau de vote", "carte d'électeur", "introuvable-xyz")
REFERENCE_SOURCE = "(SELECT k.*, p.text FROM agg_post_keys k JOIN posts p USING (post_id))"


def _best(work) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(3):
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    return best, result


def _reference(store: Store, filters: Filters) -> tuple[float, int]:
    """The regex over the joined texts: count, then the first page's ids."""
    sql, params = cube_posts.where(Filters(platforms=filters.platforms))
    sql, params = f"{sql} AND regexp_matches(coalesce(text, ''), ?, 'i')", [*params, search_pattern(filters.q)]

    def work():
        n = store.query(f"SELECT count(*) AS n FROM {REFERENCE_SOURCE} WHERE {sql}", params)["n"].iloc[0]
        store.query(f"SELECT post_id FROM {REFERENCE_SOURCE} WHERE {sql} ORDER BY created_at DESC NULLS LAST,"
                    " post_id LIMIT 500", params)
        return int(n)
    return _best(work)


def _folded(store: Store, filters: Filters) -> tuple[float, int]:
    sql, params = cube_posts.where(filters)

    def work():
        n = cube_posts.count(store.query, sql, params)
        cube_posts.page(store.query, sql, params, "date", True, 500)
        return n
    return _best(work)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    args = parser.parse_args()
    rows = []
    with Store(args.store, read_only=True) as store:
        posts = store.count_posts()
        for query in QUERIES:
            for platforms in ((), ("facebook", "whatsapp")):
                filters = Filters(q=query, platforms=platforms)
                before, n_before = _reference(store, filters)
                after, n_after = _folded(store, filters)
                if n_before != n_after:
                    raise SystemExit(f"{query!r} {platforms}: {n_before} posts by the regex, {n_after} by the fold")
                rows.append({"query": query, "platforms": list(platforms), "posts_found": n_after,
                             "regex_join_s": round(before, 3), "folded_s": round(after, 3),
                             "speed_up": round(before / after, 1)})
        cubes = []
        for query in QUERIES:
            started, cpu = time.perf_counter(), time.process_time()
            snapshot = Snapshot(search_tables(store.search_keys(query), band()))
            cubes.append({"query": query, "seconds": round(time.perf_counter() - started, 2),
                          "cpu_s": round(time.process_time() - cpu, 2), "aggregate_rows": snapshot.rows["agg_posts"]})
    print(json.dumps({"posts": posts, "searches": rows, "search_cubes": cubes, "worst_folded_s": max(r["folded_s"] for r in rows),
                      "worst_regex_join_s": max(r["regex_join_s"] for r in rows),
                      "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))


if __name__ == "__main__":
    main()
