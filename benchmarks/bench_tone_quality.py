"""How well the shipped tone analyser labels posts it was not trained on, next to vaderSentiment-fr.

    .venv/bin/python benchmarks/bench_tone_quality.py [--shared ../shared/data] [--per-class 400]

A proxy for real French tweets, measured on sets the tone model never learns from: the held-out 30 % of
XED-fr subtitle lines (analysis.evaluate.training.xed_heldout; positive, negative, and lines with only
anticipation/surprise as neutral), three balanced classes of --per-class lines (seeded draw); everyday
French tweets written for Vigie (tests/data/sentiment_tweets_holdout.csv, 3 x 40); the hand-written
Malian and Bambara holdouts. For each: macro-F1 and predicted class counts of Vigie (score_many + labels),
of its lexicon layer alone (the same band), and of vaderSentiment-fr (compound, its usual +-0.05 band).
vaderSentiment-fr is only a benchmark reference: the product never imports it. Last line: JSON summary.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
HOLDOUTS = ("tweets", "mali", "bambara")
VADER_BAND = 0.05


def xed_three_classes(shared: Path, per_class: int, seed: int = 0) -> tuple[list[str], list[str]]:
    from analysis.evaluate.training import xed_heldout
    mapping = {"positive": "positive", "negative": "negative", "ambiguous": "neutral"}
    by_class: dict[str, list[str]] = {"negative": [], "neutral": [], "positive": []}
    with open(shared / "xed-fr-emotion" / "xed_fr_polarity.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            label = mapping.get(row["polarity_derived"])
            if label and xed_heldout(row["text"]):
                by_class[label].append(row["text"])
    rng, texts, labels = np.random.default_rng(seed), [], []
    size = min(per_class, *map(len, by_class.values()))
    for label, rows in by_class.items():
        texts += [rows[i] for i in np.sort(rng.choice(len(rows), size, replace=False))]
        labels += [label] * size
    return texts, labels


def evaluation_sets(shared: Path, per_class: int) -> dict[str, tuple[list[str], list[str]]]:
    from analysis.evaluate.tone import read_labelled
    sets = {"xed_heldout_3class": xed_three_classes(shared, per_class)}
    for name in HOLDOUTS:
        sets[f"{name}_holdout"] = read_labelled(ROOT / "tests" / "data" / f"sentiment_{name}_holdout.csv")
    return sets


def contenders() -> dict:
    from analysis.sentiment import scoring as sentiment
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from vaderSentiment_fr.vaderSentiment import SentimentIntensityAnalyzer
    reference = SentimentIntensityAnalyzer()

    def vader(texts):
        values = np.array([reference.polarity_scores(t)["compound"] for t in texts])
        return np.where(values <= -VADER_BAND, "negative", np.where(values >= VADER_BAND, "positive", "neutral"))
    return {"vigie": lambda ts: sentiment.labels(sentiment.score_many(ts)),
            "vigie_lexicon_only": lambda ts: sentiment.labels([sentiment.lexicon_score(t) for t in ts]),
            "vaderSentiment-fr": vader}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--per-class", type=int, default=400)
    args = parser.parse_args(argv)
    from analysis.evaluate.tone import CLASSES, metrics
    summary = {}
    for set_name, (texts, gold) in evaluation_sets(args.shared, args.per_class).items():
        summary[set_name] = {"n": len(texts)}
        for name, label_all in contenders().items():
            predicted = np.asarray(label_all(texts), dtype=object)
            summary[set_name][name] = metrics(gold, predicted)["macro_f1"]
            summary[set_name][f"{name}_predicted"] = {c: int(np.sum(predicted == c)) for c in CLASSES}
        print(set_name, json.dumps(summary[set_name]), flush=True)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
