"""Learning curves of the validation learner on the shared labelled sets, next to a plain baseline.

    .venv/bin/python benchmarks/bench_learning.py [--shared ../shared/data] [--sets xed,mlma] [--seeds 0,1]

For each set and seed the posts are shuffled; up to 2,000 (at most 60 %) form the pool a user would
label, the rest is the unseen test set. Curves: 100 / 300 / 1,000 / all pool labels drawn at random,
for the learner (analysis.validation.learner) and for a plain character n-gram logistic regression
(TF-IDF char_wb 2-5, scikit-learn defaults; with all labels also tuned: C=4, balanced classes) trained
on the same labels. Active learning: 100 random
labels, then four rounds of fit + 100 pool posts, i.e. 500 labels, compared with 500 and 1,000 random ones;
the 100 are either those of smallest margin, or learner.pick_uncertain's choice (50 spread among the
150 least sure, 50 at random). Macro-F1 on the test set; the last line is a JSON summary.
"""
from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks import shared_sets  # noqa: E402

SIZES = (100, 300, 1000)
POOL_MAX, POOL_SHARE = 2000, 0.6
ROUNDS, STEP = 4, 100


def plain_char_ngrams(texts, labels, test_texts, tuned: bool = False):
    """The baseline: TF-IDF char_wb 2-5 + logistic regression (defaults; `tuned`: C=4, balanced classes)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
    options = {"C": 4.0, "class_weight": "balanced"} if tuned else {}
    model = LogisticRegression(max_iter=1000, solver="newton-cg", **options).fit(vectorizer.fit_transform(texts),
                                                                                labels)
    return list(model.predict(vectorizer.transform(test_texts)))


def macro_f1(gold, predicted) -> float:
    from analysis.validation import learner
    return learner.scores(gold, predicted, multi=False)["cv_macro_f1"]


def uncertain_order(field, texts, labels, pool, seed, spread: bool) -> list[int]:
    """Indices of the 500 pool posts active learning would have had labelled: least margin, or
    (`spread`) learner.pick_uncertain (half a spread of the least sure, half random)."""
    from analysis.validation import learner
    chosen = list(pool[:STEP])
    for round_ in range(ROUNDS):
        model = learner.fit([texts[i] for i in chosen], [labels[i] for i in chosen], field, seed=seed)
        taken = set(chosen)
        rest = [i for i in pool if i not in taken]
        rest_texts = [texts[i] for i in rest]
        if spread:
            chosen += [rest[k] for k in learner.pick_uncertain(model, rest_texts, STEP,
                                                                     seed=1000 * (seed + 1) + round_)]
        else:
            chosen += [rest[k] for k in np.argsort(learner.margins(model, rest_texts), kind="stable")[:STEP]]
    return chosen


def one_run(field, texts, labels, seed) -> dict:
    from analysis.validation import learner
    order = np.random.default_rng(seed).permutation(len(texts))
    n_pool = min(POOL_MAX, int(POOL_SHARE * len(texts)))
    pool, test = list(order[:n_pool]), list(order[n_pool:])
    test_texts, gold = [texts[i] for i in test], [labels[i] for i in test]

    def score(indices) -> float:
        model = learner.fit([texts[i] for i in indices], [labels[i] for i in indices], field, seed=seed)
        return macro_f1(gold, model.predict(test_texts))
    out = {"pool": n_pool, "test": len(test)}
    for n in [*SIZES, n_pool]:
        name = "all" if n == n_pool else str(n)
        if n <= n_pool:
            out[f"learner_random_{name}"] = score(pool[:n])
            picked = pool[:n]
            out[f"plain_random_{name}"] = macro_f1(gold, plain_char_ngrams([texts[i] for i in picked],
                                                                           [labels[i] for i in picked], test_texts))
    out["plain_tuned_random_all"] = macro_f1(gold, plain_char_ngrams([texts[i] for i in pool],
                                                                      [labels[i] for i in pool], test_texts, True))
    out["learner_random_500"] = score(pool[:500])
    out["learner_least_margin_500"] = score(uncertain_order(field, texts, labels, pool, seed, spread=False))
    out["learner_pick_uncertain_500"] = score(uncertain_order(field, texts, labels, pool, seed, spread=True))
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--sets", default="xed,mlma,toxifrench,ftr")
    parser.add_argument("--seeds", default="0")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore", category=UserWarning)
    sets = shared_sets.load(args.shared)
    summary = {}
    for name in args.sets.split(","):
        field, texts, labels = sets[name]
        runs = [one_run(field, texts, labels, int(s)) for s in args.seeds.split(",")]
        summary[name] = {k: round(float(np.mean([r[k] for r in runs])), 4) for k in runs[0]}
        print(name, field, json.dumps(summary[name]), flush=True)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
