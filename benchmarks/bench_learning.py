"""Learning curves of the validation learner on the shared labelled sets, next to a plain baseline.

    .venv/bin/python benchmarks/bench_learning.py [--shared ../shared/data] [--sets xed,mlma] [--seeds 0,1]
                                                  [--no-curves]

For each set and seed the posts are shuffled; up to 2,000 (at most 60 %) form the pool a user would
label, the rest is the unseen test set. Curves: 100 / 300 / 1,000 / all pool labels drawn at random,
for the learner (analysis.validation.learner) and for a plain character n-gram logistic regression
(TF-IDF char_wb 2-5, scikit-learn defaults; with all labels also tuned: C=4, balanced classes) trained
on the same labels. Active learning as a user of `labels sample` would do it: 100 random labels, then
four rounds of fit + 100 pool posts, i.e. 500 labels, compared with 500 and 1,000 random ones; the 100
are either those of smallest margin, or learner.pick_uncertain's choice (the shipped `uncertain`
strategy). Macro-F1 on the test set; each set's line also gives, per seed, uncertain minus random 500.
The posts are read once per set (learner.fit_features on row subsets, equal to learner.fit on their
texts). The last line is a JSON summary (means over the seeds).
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


class Run:
    """One set and seed: the read posts, the pool, the test set."""

    def __init__(self, field, texts, labels, feats, seed):
        order = np.random.default_rng(seed).permutation(len(texts))
        n_pool = min(POOL_MAX, int(POOL_SHARE * len(texts)))
        self.field, self.texts, self.labels, self.feats, self.seed = field, texts, labels, feats, seed
        self.pool, self.test = [int(i) for i in order[:n_pool]], [int(i) for i in order[n_pool:]]
        self.gold = [labels[i] for i in self.test]

    def fit(self, indices):
        from analysis.validation import learner
        return learner.fit_features(self.feats.rows(indices), [self.labels[i] for i in indices], self.field,
                                    seed=self.seed)

    def score(self, indices) -> float:
        model = self.fit(indices)
        return macro_f1(self.gold, model.decide(model.probabilities(model.design_of(self.feats.rows(self.test)))))

    def active(self, pick) -> list[int]:
        """The 500 pool posts active learning has labelled: 100 random, then ROUNDS x STEP by `pick`."""
        chosen = list(self.pool[:STEP])
        for round_ in range(ROUNDS):
            model, taken = self.fit(chosen), set(chosen)
            rest = [i for i in self.pool if i not in taken]
            chosen += [rest[k] for k in pick(model, [self.texts[i] for i in rest], 1000 * (self.seed + 1) + round_)]
        return chosen


def least_margin(model, texts, seed) -> list[int]:
    from analysis.validation import learner
    return [int(k) for k in np.argsort(learner.margins(model, texts), kind="stable")[:STEP]]


def shipped_uncertain(model, texts, seed) -> list[int]:
    from analysis.validation import learner
    return learner.pick_uncertain(model, texts, STEP, seed=seed)


def curves(run: Run) -> dict:
    out = {}
    for n in [*SIZES, len(run.pool)]:
        if n <= len(run.pool):
            name, picked = "all" if n == len(run.pool) else str(n), run.pool[:n]
            out[f"learner_random_{name}"] = run.score(picked)
            out[f"plain_random_{name}"] = macro_f1(run.gold, plain_char_ngrams(
                [run.texts[i] for i in picked], [run.labels[i] for i in picked], [run.texts[i] for i in run.test]))
    out["plain_tuned_random_all"] = macro_f1(run.gold, plain_char_ngrams(
        [run.texts[i] for i in run.pool], [run.labels[i] for i in run.pool], [run.texts[i] for i in run.test], True))
    return out


def one_run(run: Run, with_curves: bool) -> dict:
    out = {"pool": len(run.pool), "test": len(run.test), **(curves(run) if with_curves else {})}
    out["learner_random_500"] = run.score(run.pool[:500])
    out["learner_random_1000"] = run.score(run.pool[:1000])
    out["learner_least_margin_500"] = run.score(run.active(least_margin))
    out["learner_uncertain_500"] = run.score(run.active(shipped_uncertain))
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--sets", default="xed,mlma,toxifrench,ftr")
    parser.add_argument("--seeds", default="0")
    parser.add_argument("--no-curves", action="store_true", help="only random 500 / 1,000 and active learning")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore", category=UserWarning)
    from analysis.validation import features
    sets = shared_sets.load(args.shared)
    summary = {}
    for name in args.sets.split(","):
        field, texts, labels = sets[name]
        feats = features.of_texts(texts)
        runs = [one_run(Run(field, texts, labels, feats, int(s)), not args.no_curves) for s in args.seeds.split(",")]
        summary[name] = {k: round(float(np.mean([r[k] for r in runs])), 4) for k in runs[0]}
        gains = [round(r["learner_uncertain_500"] - r["learner_random_500"], 4) for r in runs]
        print(name, field, json.dumps(summary[name]), "uncertain - random 500 per seed:", gains, flush=True)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
