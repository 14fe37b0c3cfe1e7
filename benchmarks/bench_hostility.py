"""Figures of the hostility analyser: cross-dataset macro-F1, the functional cases, and throughput.

    .venv/bin/python benchmarks/bench_hostility.py [--posts 20000] [--shared ../shared/data] [--skip-cross]

1. Cross-dataset: train on two development sets, test on the third (all three rotations), for a plain
   char n-gram logistic regression and for the analyser (rules + a model retrained on the two sets).
2. The functional cases of tests/data/hostility_functional.csv: accuracy per functionality and macro-F1,
   for the dev part, the held-out part (never used to tune anything) and all, next to the char n-gram
   baseline trained on MLMA.
3. Throughput on one core, side by side with vaderSentiment-fr's polarity scores on the same posts
   (a reference for speed only: the product never imports it), timed chunk by chunk in turn, on posts
   of the development sets and on demo posts.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
import warnings
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FUNCTIONAL = ROOT / "tests" / "data" / "hostility_functional.csv"


def functional_report(predict) -> dict:
    """Accuracy per functionality and macro-F1 for each split of the functional cases."""
    from sklearn.metrics import f1_score
    with open(FUNCTIONAL, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    predicted = predict([r["text"] for r in rows])
    report = {}
    for split in ("dev", "heldout", "all"):
        chosen = [(r, p) for r, p in zip(rows, predicted) if split == "all" or r["split"] == split]
        per = defaultdict(list)
        for row, label in chosen:
            per[row["functionality"]].append(row["label"] == label)
        report[split] = {"n": len(chosen),
                         "macro_f1": round(float(f1_score([r["label"] for r, _ in chosen], [p for _, p in chosen],
                                                          average="macro")), 3),
                         "accuracy": {f: round(sum(v) / len(v), 2) for f, v in per.items()}}
    return report


def interleaved(contenders: dict, texts, chunks: int = 20) -> dict[str, float]:
    """posts/s of each contender, timed chunk by chunk in turn so that a busy machine slows all alike."""
    for fn in contenders.values():
        fn(texts[:500])
    spent = dict.fromkeys(contenders, 0.0)
    step = max(1, len(texts) // chunks)
    for start in range(0, len(texts), step):
        for name, fn in contenders.items():
            begin = time.perf_counter()
            fn(texts[start:start + step])
            spent[name] += time.perf_counter() - begin
    return {name: len(texts) / seconds for name, seconds in spent.items()}


def throughput(data: dict, n: int) -> dict:
    import analysis.hostility as hostility
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from vaderSentiment_fr.vaderSentiment import SentimentIntensityAnalyzer
    reference = SentimentIntensityAnalyzer()
    from analysis.hostility.train import SETS
    pool = [t for name in SETS for t in data[name][0]]
    texts = [pool[i % len(pool)] for i in range(n)]
    from analysis.demo import corpus
    demo = corpus.build(n, seed=3).posts["text"].dropna().tolist()      # shares and copies included
    out = {}
    for name, batch in (("development sets", texts), ("demo posts", demo)):
        rates = interleaved({"vaderSentiment-fr": lambda ts: [reference.polarity_scores(t) for t in ts],
                             "vigie hostility (classify_many)": hostility.classify_many}, batch)
        rates["ratio"] = rates["vigie hostility (classify_many)"] / rates["vaderSentiment-fr"]
        out[name] = {k: round(v, 2) for k, v in rates.items()}
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--skip-cross", action="store_true", help="skip the cross-dataset retraining")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})     # one core
    import analysis.hostility as hostility
    from analysis.hostility import train
    data = train.load_all(args.shared)
    out = {"version": hostility.VERSION}
    if not args.skip_cross:
        out["cross_dataset_macro_f1"] = train.cross_dataset(data)
        print(f"cross_dataset_macro_f1: {json.dumps(out['cross_dataset_macro_f1'])}", flush=True)
    mlma = train.char_baseline().fit(data["mlma"][0], data["mlma"][1])
    as_label = {0: "not_hostile", 1: "hostile"}
    out["functional"] = {"analyser": functional_report(lambda ts: hostility.classify_many(ts)["hostility"]),
                         "char_baseline_mlma": functional_report(lambda ts: [as_label[int(p)] for p in mlma.predict(ts)])}
    out["throughput_posts_per_s_one_core"] = throughput(data, args.posts)
    for section, value in out.items():
        print(f"{section}: {json.dumps(value, ensure_ascii=False)}")
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
