"""Claims on the demo: for each injected rumour, the best-matching found claim's precision and recall on its
claim posts and rebuttals (no claim defined by hand), and the time claim finding takes.

    python benchmarks/bench_claims.py [--posts 20000 100000] [--seed 0]
"""
from __future__ import annotations

import argparse
import json
import time

from demo_frames import annotated_demo

from analysis import claims


def run(n_posts: int, seed: int) -> dict:
    corpus, posts, timings = annotated_demo(n_posts, seed)
    started = time.perf_counter()
    result = claims.find_claims(posts)
    seconds = time.perf_counter() - started
    scores = claims.best_matches(result.assignments, corpus.claims)
    worst = scores[["precision", "recall", "rebuttal_precision", "rebuttal_recall"]].min()
    return {"posts": n_posts, "seed": seed, "claims_found": len(result.claims), "claims_s": round(seconds, 2),
            "per_claim": scores.round(3).to_dict("records"), "worst": worst.round(3).to_dict(),
            "target_met": bool(worst["precision"] >= 0.9 and worst["recall"] >= 0.9
                               and worst["rebuttal_precision"] >= 0.85 and worst["rebuttal_recall"] >= 0.85),
            **timings}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, nargs="+", default=[20000, 100000])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    for n in args.posts:
        print(json.dumps(run(n, args.seed), ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
