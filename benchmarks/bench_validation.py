"""The validation desk as a user drives it, on labelled French sets beside the project.

    .venv/bin/python benchmarks/bench_validation.py [--shared ../shared/data] [--parts tone,curve,...]

1. Tone on XED-fr subtitles (polarity; `ambiguous` as neutral, `mixed` left out): posts go into a store,
   2,163 of them are imported as labels with `labels import --sample random`, then `train` and `annotate`;
   macro-F1 of the annotations on every other post, next to the shipped analyser on the same posts.
   Learning curve (100 / 300 / 1,000 / 2,163 random labels) and active learning (100 random, then four
   rounds of train + 100 `uncertain`) against 500 random.
2. Hostility on MLMA-fr tweets: 2,000 labels imported, `train`; macro-F1 of the stored model on the rest
   (the annotate pipeline has no hostility column yet, so the model is asked directly).
3. Corrected shares: a balanced 870-post XED subset (290 per class), a random 300 validated through
   `labels import --sample random`, `estimate`: (a) with the shipped analyser, (b) after `train` on those
   300. Then 20 other random draws of 300 with the shipped analyser (pure functions, same code), with the
   calibration `estimate` uses for the whole corpus and with the inversion it uses for filtered parts.
4. `train` time on 2,000 labels, as a ratio to one plain fit (char 2-5 TF-IDF + logistic regression) of the
   same labels in the same run.
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.__main__ import main as cli  # noqa: E402
from analysis.store import Store  # noqa: E402
from analysis.validation import estimate, fields, metrics, models  # noqa: E402
from analysis.validation.groups import corrector_for  # noqa: E402

CLASSES = ("negative", "neutral", "positive")


def read_xed(shared: Path) -> pd.DataFrame:
    mapping = {"positive": "positive", "negative": "negative", "ambiguous": "neutral"}
    with open(shared / "xed-fr-emotion" / "xed_fr_polarity.tsv", encoding="utf-8") as handle:
        rows = [(r["text"], mapping[r["polarity_derived"]]) for r in csv.DictReader(handle, delimiter="\t",
                quoting=csv.QUOTE_NONE) if r["polarity_derived"] in mapping]
    return pd.DataFrame(rows, columns=["text", "label"]).drop_duplicates("text").reset_index(drop=True)


def read_mlma(shared: Path) -> pd.DataFrame:
    with open(shared / "mlma-fr-hostility" / "mlma_fr_binary.tsv", encoding="utf-8") as handle:
        rows = [(r["tweet"], "hostile" if r["hostile"] == "1" else "not_hostile")
                for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return pd.DataFrame(rows, columns=["text", "label"]).drop_duplicates("text").reset_index(drop=True)


def run(*argv) -> dict:
    """One command as a user types it; its JSON last line (stdout captured)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = cli([str(a) for a in argv])
    if code != 0:
        raise RuntimeError(f"{' '.join(map(str, argv))} failed")
    return json.loads(out.getvalue().strip().splitlines()[-1])


def build_store(path: Path, data: pd.DataFrame) -> list[str]:
    ids = [f"twitter:{i}" for i in range(len(data))]
    posts = pd.DataFrame({"post_id": ids, "platform": "twitter", "author_id": "a", "text": data["text"],
                          "created_at": pd.date_range("2020-03-01", periods=len(data), freq="7min", tz="UTC")})
    with Store(path) as store:
        store.add_posts(posts)
    run("annotate", "--db", path)
    return ids


def import_labels(db: Path, work: Path, ids, values, field: str, sample="random", name="labels") -> dict:
    path = work / f"{name}.csv"
    pd.DataFrame({"post_id": ids, "field": field, "label": values}).to_csv(path, index=False)
    return run("labels", "import", path, "--db", db, "--annotator", "bench", "--sample", sample)


def annotated_f1(db: Path, ids, gold) -> float:
    with Store(db, read_only=True) as store:
        got = store.load().set_index("post_id").loc[ids, "sentiment_label"].astype(str)
    return metrics.single_label(list(gold), got.tolist(), CLASSES)["macro_f1"]


def model_f1(db: Path, field: str, texts, gold) -> float:
    with Store(db, read_only=True) as store:
        model = models.load(store).models[field]
    return metrics.report(fields.get(field), list(gold), [str(p) for p in model.predict(list(texts))])["macro_f1"]


def tone_user(xed: pd.DataFrame, work: Path, n_labels: int) -> tuple[dict, Path]:
    db = work / "tone.duckdb"
    data = xed.sample(frac=1.0, random_state=0).reset_index(drop=True)
    ids = build_store(db, data)
    shutil.copy(db, work / "tone_base.duckdb")
    rest, gold = ids[n_labels:], data["label"][n_labels:]
    shipped = annotated_f1(db, rest, gold)
    imported = import_labels(db, work, ids[:n_labels], data["label"][:n_labels], "tone")
    started = time.perf_counter()
    summary = run("train", "--db", db, "--field", "tone")
    train_s = time.perf_counter() - started
    run("annotate", "--db", db)
    return {"labels": imported["accepted"], "test_posts": len(rest), "shipped_macro_f1": shipped,
            "cv_macro_f1": summary["cv_macro_f1"], "trained_macro_f1": annotated_f1(db, rest, gold),
            "train_seconds": round(train_s, 2)}, work / "tone_base.duckdb"


def curve(base: Path, xed: pd.DataFrame, work: Path, sizes, test_n: int) -> dict:
    data = xed.sample(frac=1.0, random_state=0).reset_index(drop=True)
    ids, test = [f"twitter:{i}" for i in range(len(data))], data.iloc[-test_n:]
    out = {}
    for n in sizes:
        db = work / f"curve{n}.duckdb"
        shutil.copy(base, db)
        import_labels(db, work, ids[:n], data["label"][:n], "tone", name=f"curve{n}")
        run("train", "--db", db, "--field", "tone")
        out[n] = model_f1(db, "tone", test["text"], test["label"])
    return out


def active(xed: pd.DataFrame, work: Path, test_n: int, rounds=4, step=100) -> float:
    """100 random labels, then `rounds` x (train + 100 uncertain); the test posts are not in this store."""
    data = xed.sample(frac=1.0, random_state=0).reset_index(drop=True)
    test, pool = data.iloc[-test_n:], data.iloc[:-test_n]
    db = work / "active.duckdb"
    truth = dict(zip(build_store(db, pool), pool["label"]))
    strategy = "random"
    for k in range(rounds + 1):
        sheet = work / f"al{k}.csv"
        run("labels", "sample", "--db", db, "--field", "tone", "--n", step, "--strategy", strategy,
            "--seed", k, "--out", sheet)
        drawn = pd.read_csv(sheet, encoding="utf-8-sig", dtype=str)
        import_labels(db, work, drawn["post_id"], [truth[i] for i in drawn["post_id"]], "tone", name=f"al{k}")
        run("train", "--db", db, "--field", "tone")
        strategy = "uncertain"
    return model_f1(db, "tone", test["text"], test["label"])


def hostility_user(mlma: pd.DataFrame, work: Path, n_labels: int) -> dict:
    db = work / "hostility.duckdb"
    data = mlma.sample(frac=1.0, random_state=0).reset_index(drop=True)
    ids = build_store(db, data)
    import_labels(db, work, ids[:n_labels], data["label"][:n_labels], "hostility")
    started = time.perf_counter()
    summary = run("train", "--db", db, "--field", "hostility")
    seconds = time.perf_counter() - started
    rest = data.iloc[n_labels:]
    return {"labels": n_labels, "test_posts": len(rest), "cv_macro_f1": summary["cv_macro_f1"],
            "trained_macro_f1": model_f1(db, "hostility", rest["text"], rest["label"]),
            "train_seconds": round(seconds, 2), "texts": data["text"][:n_labels].tolist(),
            "gold": data["label"][:n_labels].tolist()}


def balanced(xed: pd.DataFrame, per_class=290, seed=1) -> pd.DataFrame:
    parts = [xed[xed["label"] == c].sample(per_class, random_state=seed) for c in CLASSES]
    return pd.concat(parts).sample(frac=1.0, random_state=seed).reset_index(drop=True)


def judged(summary: dict, truth: dict) -> dict:
    out = {}
    for c in CLASSES:
        s = summary["classes"][c]
        out[c] = {"truth": round(truth[c], 4), "raw": s["raw"], "corrected": s["corrected"], "low": s["low"],
                  "high": s["high"], "within_0.05": abs(s["corrected"] - truth[c]) < 0.05,
                  "inside": s["low"] is not None and s["low"] <= truth[c] <= s["high"]}
    return out


def corrected_shares(xed: pd.DataFrame, work: Path, repeats: int) -> dict:
    data = balanced(xed)
    db = work / "shares.duckdb"
    ids = build_store(db, data)
    with Store(db, read_only=True) as store:
        shipped_posts = store.load()
    truth = data["label"].value_counts(normalize=True).to_dict()
    picks = np.random.default_rng(0).choice(len(ids), 300, replace=False)
    import_labels(db, work, [ids[i] for i in picks], data["label"][picks], "tone", name="shares")
    shipped = judged(run("estimate", "--db", db, "--field", "tone"), truth)
    run("train", "--db", db, "--field", "tone")
    run("annotate", "--db", db)
    after_train = judged(run("estimate", "--db", db, "--field", "tone"), truth)
    return {"shipped": shipped, "trained_on_the_300": after_train,
            "other_draws_shipped": _repeats(shipped_posts, data, truth, repeats)}


def _repeats(posts: pd.DataFrame, data: pd.DataFrame, truth: dict, repeats: int) -> dict:
    return {method: _repeats_with(posts, data, truth, repeats, method) for method in ("calibration", "inversion")}


def _repeats_with(posts: pd.DataFrame, data: pd.DataFrame, truth: dict, repeats: int, method: str) -> dict:
    """Other random 300s with the shipped analyser's labels, through the same functions as `estimate`."""
    all_ok = within = inside = 0
    for seed in range(1, repeats + 1):
        picks = np.random.default_rng(seed).choice(len(data), 300, replace=False)
        rows = pd.DataFrame({"seq": range(300), "post_id": [f"twitter:{i}" for i in picks], "field": "tone",
                             "label": data["label"][picks].to_numpy(), "annotator": "bench", "source": "random"})
        corrector, predicted = corrector_for(posts, rows, None, fields.get("tone"), seed=seed)
        corrector.method = method
        result = judged(corrector.shares(predicted), truth)
        within += sum(r["within_0.05"] for r in result.values())
        inside += sum(r["inside"] for r in result.values())
        all_ok += all(r["within_0.05"] and r["inside"] for r in result.values())
    return {"draws": repeats, "every_class_within_and_inside": all_ok, "class_within_0.05": within,
            "class_inside": inside, "of": 3 * repeats}


def plain_fit_seconds(texts, gold) -> float:
    """The reference: one char 2-5 TF-IDF + logistic regression fit, as a plain n-gram baseline would."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    started = time.perf_counter()
    matrix = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True).fit_transform(texts)
    LogisticRegression(max_iter=1000).fit(matrix, gold)
    return time.perf_counter() - started


PARTS = ("tone", "curve", "active", "hostility", "shares")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--parts", default=",".join(PARTS), help=f"comma-separated, among {', '.join(PARTS)}")
    args = parser.parse_args()
    shared, parts = Path(args.shared), set(args.parts.split(","))
    xed, mlma = read_xed(shared), read_mlma(shared)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if parts & {"tone", "curve"}:
            tone, base = tone_user(xed, work, 2163)
            print(json.dumps({"tone_xed": tone}), flush=True)
        if "curve" in parts:
            sizes = curve(base, xed, work, (100, 300, 500, 1000, 2163), test_n=2000)
            print(json.dumps({"tone_learning_curve_random": sizes}), flush=True)
        if "active" in parts:
            print(json.dumps({"tone_active_100_random_then_4x100_uncertain": active(xed, work, test_n=2000)}),
                  flush=True)
        if "hostility" in parts:
            host = hostility_user(mlma, work, 2000)
            reference = plain_fit_seconds(host.pop("texts"), host.pop("gold"))
            host["train_vs_one_plain_fit"] = round(host["train_seconds"] / reference, 2)
            print(json.dumps({"hostility_mlma": host, "plain_fit_seconds": round(reference, 2)}), flush=True)
        if "shares" in parts:
            print(json.dumps({"corrected_shares_870": corrected_shares(xed, work, repeats=20)}), flush=True)


if __name__ == "__main__":
    main()
