"""Annotated demo frames for the claims and alerts benchmarks (built in memory, no store)."""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd  # noqa: E402

from analysis import coordination  # noqa: E402
from analysis.annotate import pipeline as annotate  # noqa: E402
from analysis.demo import corpus as demo  # noqa: E402

try:   # the hostility analyser ships separately until the annotate pipeline adds its columns
    from analysis.hostility import classify_many
except ImportError:
    classify_many = None


def annotated_demo(n_posts: int, seed: int = 0) -> tuple[demo.DemoCorpus, pd.DataFrame, dict]:
    """The demo, its annotations (hostility too when the analyser is there) and dup_group, with timings."""
    timings = {}
    started = time.perf_counter()
    corpus = demo.build(n_posts, seed)
    timings["build_s"] = round(time.perf_counter() - started, 2)
    started = time.perf_counter()
    posts = corpus.posts.merge(annotate.annotate_frame(corpus.posts), on="post_id")
    ids, _ = coordination.find_groups(posts)
    posts["dup_group"] = ids.to_numpy()
    timings["annotate_s"] = round(time.perf_counter() - started, 2)
    if classify_many is not None and "hostility" not in posts.columns:
        started = time.perf_counter()
        posts["hostility"] = classify_many(posts["text"].astype(str).tolist())["hostility"]
        timings["hostility_s"] = round(time.perf_counter() - started, 2)
    timings["hostility"] = "hostility" in posts.columns
    return corpus, posts, timings
