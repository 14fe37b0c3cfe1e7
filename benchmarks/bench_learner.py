"""Speed of the validation learner: `fit` on 2,000 labels, and scoring with the trained model next to
vaderSentiment-fr on distinct texts, one core, in the same run.

    .venv/bin/python benchmarks/bench_learner.py [--shared ../shared/data] [--labels 2000]
    .venv/bin/python benchmarks/bench_learner.py --save-outputs DIR    # on one version of the code
    .venv/bin/python benchmarks/bench_learner.py --check-outputs DIR   # on another: same outputs?

Fit: the learner on --labels labelled posts (MLMA-fr hostility and XED-fr tone), timed next to a plain
character n-gram logistic regression on the same posts. Scoring: every distinct text of the shared sets
(about 15,000), each scored once; the contenders are timed chunk by chunk in turn, so a busy machine
slows them alike; the ratios are given in wall time and in the process's CPU time (pinned to one core,
the CPU time is what other workers' load on a shared machine disturbs least). Next to the learner: the
shipped tone analyser alone (the learner reads its scores and Readings, so it is the learner's floor), and
the whole annotation of the same texts (annotate_frame) with the shipped analysers and with the trained tone
model; these run after the learner on each chunk and find the tone analyser's per-word cache filled by it,
so they are a little flattered. vaderSentiment-fr is a
benchmark reference only (the product never imports it).

Outputs: --save-outputs writes the trained models (tone on XED, hostility on MLMA) and what they and the
shipped tone analyser give on every distinct text of the shared sets; --check-outputs loads those same
models and reports the largest difference from the saved probabilities and scores and the labels that
changed, so a faster scoring path can be shown to predict what the previous one did.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks import shared_sets  # noqa: E402
from benchmarks.bench_learning import plain_char_ngrams  # noqa: E402


def timed(fn, *args) -> float:
    begin = time.perf_counter()
    fn(*args)
    return time.perf_counter() - begin


def timed_both(fn, *args) -> tuple[float, float]:
    """(wall, CPU) seconds: on a shared machine the process's CPU time is what other workers' load
    disturbs least; both are reported."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn(*args)
    return time.perf_counter() - wall, time.process_time() - cpu


def fit_seconds(sets, n_labels: int) -> dict:
    from analysis.validation import learner
    out = {}
    for name in ("mlma", "xed"):
        field, texts, labels = sets[name]
        texts, labels = texts[:n_labels], labels[:n_labels]
        out[f"fit_{name}_{len(texts)}_s"] = round(timed(learner.fit, texts, labels, field), 2)
        out[f"plain_char_fit_{name}_s"] = round(timed(plain_char_ngrams, texts, labels, texts[:1]), 2)
    return out


def scoring_rates(model, texts, chunks: int = 20) -> dict:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from vaderSentiment_fr.vaderSentiment import SentimentIntensityAnalyzer
    import pandas as pd
    from analysis import sentiment
    from analysis.annotate import pipeline, trained
    reference = SentimentIntensityAnalyzer()
    with_model = trained.Trained({"tone": model}, {"tone": "bench"})
    contenders = {"vaderSentiment-fr": lambda ts: [reference.polarity_scores(t)["compound"] for t in ts],
                  "trained learner (predict)": model.predict,
                  "shipped tone analyser (score_many)": sentiment.score_many,
                  "annotate_frame, shipped analysers": lambda ts: pipeline.annotate_frame(pd.DataFrame({"text": ts})),
                  "annotate_frame, trained tone model": lambda ts: pipeline.annotate_frame(
                      pd.DataFrame({"text": ts}), models=with_model)}
    for fn in contenders.values():
        fn(["Bravo", "Honte à eux"])                     # warm-up: lexicons and tables, not throughput
    spent, cpu = dict.fromkeys(contenders, 0.0), dict.fromkeys(contenders, 0.0)
    step = max(1, len(texts) // chunks)
    for start in range(0, len(texts), step):
        for name, fn in contenders.items():
            wall_s, cpu_s = timed_both(fn, texts[start:start + step])
            spent[name] += wall_s
            cpu[name] += cpu_s
    rates = {f"{name} posts/s": round(len(texts) / s, 1) for name, s in spent.items()}
    return rates | {f"{name} posts/cpu-s": round(len(texts) / s, 1) for name, s in cpu.items()}


def outputs(models: dict, texts: list[str]) -> dict:
    from analysis import sentiment
    out = {"tone_scores": sentiment.score_many(texts)}
    for name, model in models.items():
        out[f"proba_{name}"] = model.predict_proba(texts)
        out[f"labels_{name}"] = np.array(model.predict(texts))
    return out


def save_outputs(folder: Path, sets, texts: list[str], n_labels: int) -> dict:
    from analysis.validation import learner
    folder.mkdir(parents=True, exist_ok=True)
    models = {name: learner.fit(sets[name][1][:n_labels], sets[name][2][:n_labels], sets[name][0])
              for name in ("xed", "mlma")}
    for name, model in models.items():
        (folder / f"model_{name}.npz").write_bytes(model.to_bytes())
    np.savez(folder / "outputs.npz", **outputs(models, texts))
    return {"saved": str(folder), "texts": len(texts)}


def check_outputs(folder: Path, texts: list[str]) -> dict:
    from analysis.validation import learner
    models = {name: learner.Model.from_bytes((folder / f"model_{name}.npz").read_bytes()) for name in ("xed", "mlma")}
    now = outputs(models, texts)
    with np.load(folder / "outputs.npz") as saved:
        report = {"texts": len(texts)}
        for key, value in now.items():
            if key.startswith("labels_"):
                report[f"{key} changed"] = int(np.sum(saved[key] != value))
            else:
                report[f"{key} max difference"] = float(np.abs(saved[key] - value).max())
    return report


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--labels", type=int, default=2000)
    parser.add_argument("--save-outputs", type=Path, help="save models and outputs here, then stop")
    parser.add_argument("--check-outputs", type=Path, help="compare with the outputs saved here, then stop")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})     # one core
    warnings.filterwarnings("ignore", category=UserWarning)
    sets = shared_sets.load(args.shared)
    distinct = list(dict.fromkeys(t for _, ts, _ in sets.values() for t in ts))
    if args.save_outputs or args.check_outputs:
        print(json.dumps(save_outputs(args.save_outputs, sets, distinct, args.labels) if args.save_outputs
                         else check_outputs(args.check_outputs, distinct)))
        return
    report = fit_seconds(sets, args.labels)
    from analysis.validation import learner
    field, texts, labels = sets["xed"]
    model = learner.fit(texts[:args.labels], labels[:args.labels], field)
    report.update(scoring_rates(model, distinct))
    report["distinct_texts"] = len(distinct)
    for unit, tag in (("posts/s", ""), ("posts/cpu-s", " (CPU time)")):
        vader = report[f"vaderSentiment-fr {unit}"]
        for name in ("trained learner (predict)", "shipped tone analyser (score_many)",
                     "annotate_frame, trained tone model"):
            report[f"ratio {name} / vaderSentiment-fr{tag}"] = round(report[f"{name} {unit}"] / vader, 3)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
