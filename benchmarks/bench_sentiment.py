"""Throughput of the tone analyser and language identification, side by side with vaderSentiment-fr.

    .venv/bin/python benchmarks/bench_sentiment.py [--posts 100000] [--shared ../shared/data]

One process, one core, the same posts for every contender: real French tweets (MLMA-fr), subtitle
lines (XED-fr) and the hand-written Malian-style set, cycled up to --posts. Each scorer gets one warm-up
pass over 1,000 posts (lexicon loading is not throughput). vaderSentiment-fr is only a benchmark
reference: the product never imports it. The contenders are timed chunk by chunk in turn, so a
machine shared with other work slows them alike and the ratio stays meaningful.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def corpus(shared: Path, n: int) -> list[str]:
    texts: list[str] = []
    with open(shared / "mlma-fr-hostility" / "mlma_fr_binary.tsv", encoding="utf-8") as handle:
        texts += [r["tweet"] for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    with open(shared / "xed-fr-emotion" / "xed_fr_polarity.tsv", encoding="utf-8") as handle:
        texts += [r["text"] for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    with open(ROOT / "tests" / "data" / "sentiment_mali_dev.csv", encoding="utf-8") as handle:
        texts += [r["text"] for r in csv.DictReader(handle)]
    return [texts[i % len(texts)] for i in range(n)]


def interleaved(contenders: dict, texts, chunks: int = 20) -> dict[str, float]:
    """posts/s of each contender, timed chunk by chunk in turn so that a busy machine slows all alike."""
    for fn in contenders.values():
        fn(texts[:1000])                 # warm-up: lexicons, caches, model
    spent = dict.fromkeys(contenders, 0.0)
    step = max(1, len(texts) // chunks)
    for start in range(0, len(texts), step):
        chunk = texts[start:start + step]
        for name, fn in contenders.items():
            begin = time.perf_counter()
            fn(chunk)
            spent[name] += time.perf_counter() - begin
    return {name: len(texts) / seconds for name, seconds in spent.items()}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})     # one core
    texts = corpus(args.shared, args.posts)
    from analysis import language, sentiment
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from vaderSentiment_fr.vaderSentiment import SentimentIntensityAnalyzer
    reference = SentimentIntensityAnalyzer()
    rates = interleaved({
        "vaderSentiment-fr": lambda ts: [reference.polarity_scores(t)["compound"] for t in ts],
        "vigie sentiment (score_many + labels)": lambda ts: sentiment.labels(sentiment.score_many(ts)),
        "vigie lexicon layer only": lambda ts: [sentiment.lexicon_score(t) for t in ts],
        "vigie language (detect_many)": language.detect_many,
    }, texts)
    ratio = rates["vigie sentiment (score_many + labels)"] / rates["vaderSentiment-fr"]
    print(f"{len(texts):,} posts, one core")
    print(f"{'contender':42} {'posts/s':>10}")
    for name, rate in rates.items():
        print(f"{name:42} {rate:>10,.0f}")
    print(f"{'ratio vigie sentiment / vaderSentiment-fr':42} {ratio:>10.2f}")
    print(json.dumps({"posts": len(texts), **{k: round(v, 1) for k, v in rates.items()},
                      "ratio": round(ratio, 3)}))


if __name__ == "__main__":
    main()
