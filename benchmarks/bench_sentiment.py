"""Throughput of the tone analyser and language identification, side by side with vaderSentiment-fr.

    .venv/bin/python benchmarks/bench_sentiment.py [--posts 100000] [--shared ../shared/data]

One process, one core, the same posts for every contender: real French tweets (MLMA-fr), subtitle
lines (XED-fr) and the hand-written Malian-style set, cycled up to --posts. Each scorer gets one warm-up
pass over 1,000 posts (lexicon loading is not throughput). vaderSentiment-fr is only a benchmark
reference: the product never imports it. The contenders are timed chunk by chunk in turn, so a
machine shared with other work slows them alike and the ratio stays meaningful.

Language identification is also timed alone, best of 3 passes, on the demo corpus (--posts posts of
`analysis.demo.build(n, seed=0)`, texts repeat as on real platforms) and on as many distinct texts (the
distinct texts of a 3n-post demo corpus, seed 1, topped up with numbered copies if short): detect_many
computes each distinct text once, so the two figures bound what a real corpus gets.
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


def language_rates(n: int) -> dict[str, float]:
    """posts/s of detect_many, best of 3, on demo posts and on distinct texts."""
    from analysis.demo import corpus as demo
    from analysis.annotate import language
    posts = demo.build(n, seed=0).posts["text"].tolist()
    distinct = list(dict.fromkeys(demo.build(3 * n, seed=1).posts["text"].tolist()))[:n]
    distinct += [f"{distinct[i % len(distinct)]} {i}" for i in range(n - len(distinct))]
    language.detect_many(posts[:1000])           # warm-up: word lists, character classes
    rates = {}
    for name, texts in (("language, demo corpus (repeats)", posts), ("language, distinct texts", distinct)):
        best = min(_seconds(language.detect_many, texts) for _ in range(3))
        rates[name] = len(texts) / best
    return rates


def _seconds(fn, texts) -> float:
    begin = time.perf_counter()
    fn(texts)
    return time.perf_counter() - begin


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})     # one core
    texts = corpus(args.shared, args.posts)
    from analysis.annotate import language
    from analysis.sentiment import scoring as sentiment
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
    rates.update(language_rates(args.posts))
    print(f"{len(texts):,} posts, one core")
    print(f"{'contender':42} {'posts/s':>10}")
    for name, rate in rates.items():
        print(f"{name:42} {rate:>10,.0f}")
    print(f"{'ratio vigie sentiment / vaderSentiment-fr':42} {ratio:>10.2f}")
    print(json.dumps({"posts": len(texts), **{k: round(v, 1) for k, v in rates.items()},
                      "ratio": round(ratio, 3)}))


if __name__ == "__main__":
    main()
