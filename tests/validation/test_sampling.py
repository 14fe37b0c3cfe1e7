"""labels sample: never a post already labelled for the field, balanced strata, the least sure posts."""
import numpy as np
import pandas as pd
import pytest

from analysis.store import Store
from analysis.validation import labels, learner, models, sampling, training
from tests.validation.helpers import make_store, tone_texts, write_labels


def _drawn(out):
    return pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)


def test_labelled_posts_are_never_drawn_again(tmp_path):
    db = tmp_path / "s.duckdb"
    ids = make_store(db, ["neutral"] * 150)
    labels.import_labels(write_labels(tmp_path / "l.csv", [(i, "tone", "neutral", "awa") for i in ids[:50]]), db)
    seen = set(ids[:50])
    for round_ in range(3):
        out = tmp_path / f"s{round_}.csv"
        drawn = sampling.sample(db, "tone", 30, seed=round_, out=out)
        new = _drawn(out)["post_id"].tolist()
        assert drawn["n"] == 30 and not seen & set(new) and len(set(new)) == 30
        labels.import_labels(write_labels(tmp_path / f"l{round_}.csv", [(i, "tone", "positive", "ben") for i in new]),
                             db)
        seen |= set(new)
    last = sampling.sample(db, "tone", 100, out=tmp_path / "last.csv")
    assert last["n"] == 150 - len(seen) == 10
    assert sampling.sample(db, "hostility", 200, out=tmp_path / "h.csv")["n"] == 150    # other field: all free


def test_the_strategy_that_drew_a_post_is_kept_by_import(tmp_path):
    db = tmp_path / "s.duckdb"
    make_store(db, ["neutral"] * 40)
    out = tmp_path / "draw.csv"
    sampling.sample(db, "tone", 10, strategy="random", out=out)
    drawn = _drawn(out)
    assert drawn.columns.tolist() == sampling.OUT_COLUMNS and (drawn["machine_label"] == "neutral").all()
    drawn["label"] = "positive"
    drawn.to_csv(tmp_path / "filled.csv", index=False)
    other = [("twitter:39", "tone", "negative", "default")] if "twitter:39" not in set(drawn["post_id"]) else []
    write_labels(tmp_path / "extra.csv", other)
    labels.import_labels(tmp_path / "filled.csv", db, sample="other")
    labels.import_labels(tmp_path / "extra.csv", db, sample="other")
    with Store(db, read_only=True) as store:
        stored = store.labels("tone")
    sources = dict(zip(stored["post_id"], stored["source"]))
    assert {sources[i] for i in drawn["post_id"]} == {"random"}
    assert all(sources[i] == "other" for i, *_ in other)


def test_quotas_share_equally_and_pass_on_what_a_small_cell_cannot_take():
    assert sampling.quotas([5, 100, 100], 61) == [5, 28, 28]
    assert sampling.quotas([3, 3], 10) == [3, 3]
    assert sum(sampling.quotas([7, 50, 1, 20], 40)) == 40


def test_stratified_balances_platform_language_and_machine_label(tmp_path):
    db = tmp_path / "s.duckdb"
    machine = ["negative"] * 200 + ["neutral"] * 60 + ["positive"] * 20
    make_store(db, machine, platform=["twitter", "facebook"] * 140)
    out = tmp_path / "s.csv"
    sampling.sample(db, "tone", 60, strategy="stratified", out=out)
    drawn = _drawn(out)
    cells = drawn.groupby(["platform", "machine_label"]).size()
    assert len(cells) == 6 and cells.min() == cells.max() == 10
    sampling.sample(db, "tone", 60, strategy="random", seed=1, out=tmp_path / "r.csv")
    assert (_drawn(tmp_path / "r.csv")["machine_label"] == "positive").sum() < 10     # a random draw is not balanced


def test_uncertain_picks_the_least_sure_of_each_class_and_a_random_half(tmp_path):
    db = tmp_path / "s.duckdb"
    truth = np.array(["negative", "neutral", "positive"] * 60, dtype=object)
    ids = make_store(db, ["neutral"] * len(truth), texts=tone_texts(truth))
    labels.import_labels(write_labels(tmp_path / "l.csv", [(i, "tone", t, "awa") for i, t in
                                                           zip(ids[:90], truth[:90])]), db)
    training.train(db, "tone")
    out = tmp_path / "u.csv"
    sampling.sample(db, "tone", 20, strategy="uncertain", out=out)
    chosen = set(_drawn(out)["post_id"])
    with Store(db, read_only=True) as store:
        model = models.load(store).models["tone"]
        posts = store.posts().set_index("post_id").loc[ids[90:]]
    proba = model.predict_proba(posts["text"].tolist())
    frame = pd.DataFrame({"gap": learner.margins(model, posts["text"].tolist()),
                          "predicted": proba.argmax(axis=1)}, index=posts.index)
    assert len(chosen) == 20 and not chosen & set(ids[:90])
    for _, cell in frame.groupby("predicted"):
        assert cell["gap"].idxmin() in chosen                 # the least sure post of every predicted class
    least = set(frame.nsmallest(20, "gap").index)
    assert len(chosen - least) >= 5                           # and not only the least sure: a random share


def test_uncertain_without_a_model(tmp_path):
    db = tmp_path / "s.duckdb"
    scores = np.linspace(-1, 1, 41)
    make_store(db, ["neutral"] * len(scores), sentiment=scores)
    with pytest.raises(ValueError, match="needs a trained hostility model"):
        sampling.sample(db, "hostility", 5, strategy="uncertain", out=tmp_path / "h.csv")
    sampling.sample(db, "tone", 8, strategy="uncertain", out=tmp_path / "t.csv")
    drawn = _drawn(tmp_path / "t.csv")["post_id"].str.split(":").str[1].astype(int)
    assert len(drawn) == 8
    assert sum(0.05 < abs(scores[i]) < 0.6 for i in drawn) >= 4      # half near the neutral band's edges


def test_second_coding_offers_posts_others_labelled():
    rows = pd.DataFrame({"post_id": ["a", "b", "c", "c", "d"], "field": ["tone", "tone", "tone", "tone", "hostility"],
                         "annotator": ["awa", "ben", "ben", "awa", "ben"], "label": "neutral"})
    rng = np.random.default_rng(0)
    assert sampling.second_coding(rows, "tone", "awa", 5, rng) == ["b"]
    assert sampling.second_coding(rows, "tone", "cissé", 5, rng) == ["a", "b", "c"]
    assert len(sampling.second_coding(rows, "tone", "cissé", 2, rng)) == 2


def _reference_strata(pool):
    """The cells as first written: each row's 'platform|lang|label' joined, one comparison per cell."""
    keys = pool[["platform", "lang", "machine_label"]].astype(str).agg("|".join, axis=1)
    return [np.flatnonzero((keys == key).to_numpy()) for key in sorted(keys.unique())]


def test_the_strata_are_the_cells_of_the_joined_names():
    rng = np.random.default_rng(1)
    pool = pd.DataFrame({"platform": rng.choice(["facebook", "twitter", "news"], 500),
                         "lang": pd.Categorical(rng.choice(["fr", "bm", "und"], 500),
                                                categories=["fr", "bm", "und", "en"]),     # one never used
                         "machine_label": rng.choice(["negative", "neutral", "positive", "", "none"], 500)})
    got, expected = sampling.strata(pool), _reference_strata(pool)
    assert len(got) == len(expected) > 20 and all(np.array_equal(a, b) for a, b in zip(got, expected))
    drawn = sampling.draw_stratified(pool, 40, np.random.default_rng(3))
    assert len(drawn) == 40 and drawn.index.is_monotonic_increasing
