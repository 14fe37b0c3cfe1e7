"""Rebuild the learned layer's weights (data/lexicons/hostility/model.npz) and measure across data sets.

    python -m analysis.hostility.train [--shared ../shared/data] [--report-only]

Training data, development only: MLMA-fr tweets (hostile = any label but "normal"), ToxiFrench forum posts
(toxic / not toxic), FTR tweets (racist / not racist; a "not racist" tweet in which the rules find abuse,
an insult or a crude word is left out, since "not racist" is not "not hostile"), each set weighted as much as the others with its classes balanced,
plus the project's own sentences (analysis/hostility/synthetic.py) and, as not hostile, the XED-fr
subtitle lines in which the lexicons find nothing (everyday French, so that a post without any cue needs
strong evidence; the development sets were all collected around hate keywords). Cross-dataset figures: train on two
sets, test on the third, for a plain char n-gram logistic regression and for this analyser.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.pipeline import make_pipeline

from analysis.hostility import classify, model, synthetic
from analysis.hostility.verdict import has_cue, has_loose_cue, summarise
from analysis.paths import ROOT

SETS = {"mlma": ("mlma-fr-hostility/mlma_fr_binary.tsv", "tweet", "hostile"),
        "toxifrench": ("toxifrench-fr-hostility/toxifrench_balanced_fr.tsv", "text", "hostile"),
        "ftr": ("ftr-fr-racism/ftr_fr.tsv", "text", "racist")}
BACKGROUND = "xed-fr-emotion/xed_fr_polarity.tsv"   # everyday French lines (film subtitles), CC BY 4.0
SET_WEIGHT = 1000.0           # total weight of each development set
BACKGROUND_WEIGHT = 400.0     # total weight of the everyday lines taken as not hostile (most posts are everyday talk)
SYNTHETIC_WEIGHT = 500.0      # total weight of the project's sentences
C = 2.0


def read_set(shared: Path, name: str) -> tuple[list[str], list[int]]:
    """Texts and 0/1 labels of one development set; a bad row is an error naming file and line."""
    relative, text_column, label_column = SETS[name]
    path = shared / relative
    texts, labels = [], []
    with open(path, encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
            if row.get(label_column) not in ("0", "1") or row.get(text_column) is None:
                raise ValueError(f"{path}: line {line}: expected {text_column!r} and a 0/1 {label_column!r}")
            texts.append(row[text_column])
            labels.append(int(row[label_column]))
    return texts, labels


def _rows(name: str, texts, labels, results) -> tuple[list, list, list]:
    keep = [i for i, (r, y) in enumerate(zip(results, labels))
            if not (name == "ftr" and y == 0 and (r.hostile or has_loose_cue(r)))]
    positives = sum(labels[i] for i in keep)
    counts = {1: positives, 0: len(keep) - positives}
    return ([results[i] for i in keep], [labels[i] for i in keep],
            [SET_WEIGHT / 2 / counts[labels[i]] for i in keep])


def training_rows(data: dict, names) -> tuple[list, list, np.ndarray]:
    """Rule results, labels and weights of the named sets plus the synthetic sentences."""
    results, labels, weights = [], [], []
    for name in names:
        texts, set_labels, set_results = data[name]
        more = _rows(name, texts, set_labels, set_results)
        results += more[0]
        labels += more[1]
        weights += more[2]
    background = data.get("background", [])
    results += background
    labels += [0] * len(background)
    weights += [BACKGROUND_WEIGHT / max(1, len(background))] * len(background)
    texts, set_labels = synthetic.sentences()
    results += [summarise(t) for t in texts]
    labels += set_labels
    weights += [SYNTHETIC_WEIGHT / len(texts)] * len(texts)
    return results, labels, np.asarray(weights)


def read_background(shared: Path) -> list:
    """Rule results of the everyday lines with no lexicon cue at all."""
    path = shared / BACKGROUND
    with open(path, encoding="utf-8", newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    results = [summarise(t) for t in texts]
    return [r for r in results if not has_cue(r)]


def load_all(shared: Path) -> dict:
    data = {"background": read_background(shared)}
    for name in SETS:
        texts, labels = read_set(shared, name)
        data[name] = (texts, labels, [summarise(t) for t in texts])
    return data


def char_baseline():
    return make_pipeline(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True),
                         LogisticRegression(max_iter=2000, class_weight="balanced"))


def _f1(truth, predicted) -> float:
    return round(float(f1_score(truth, predicted, average="macro")), 3)


def cross_dataset(data: dict) -> dict:
    """Macro-F1 on each held-out set, for the char n-gram baseline and for the analyser."""
    report = {"baseline_trained_on_mlma": {}, "baseline": {}, "analyser": {}}
    mlma_model = char_baseline().fit(data["mlma"][0], data["mlma"][1])
    for test in SETS:
        texts, labels, results = data[test]
        train = [n for n in SETS if n != test]
        if test != "mlma":
            report["baseline_trained_on_mlma"][test] = _f1(labels, mlma_model.predict(texts))
        baseline = char_baseline().fit(sum((data[n][0] for n in train), []), sum((data[n][1] for n in train), []))
        report["baseline"][test] = _f1(labels, baseline.predict(texts))
        weights = model.fit(*training_rows(data, train), c=C)
        report["analyser"][test] = _f1(labels, classify.decide(results, model.probability(results, weights))[0])
    return report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Train the hostility model and report cross-dataset figures.")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--report-only", action="store_true", help="measure, do not write model.npz")
    args = parser.parse_args(argv)
    try:
        data = load_all(args.shared)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    report = cross_dataset(data)
    if not args.report_only:
        model.save(model.fit(*training_rows(data, list(SETS)), c=C))
        report["saved"] = str(model.MODEL_PATH.relative_to(ROOT))
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
