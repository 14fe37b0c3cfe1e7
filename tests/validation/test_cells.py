"""The notes' fast path (analysis.validation.cells: counts by cell) gives exactly what the corrector gives post by
post (Corrector.shares, groups.by_group), on a demo store with random, stratified and uncertain labels."""

import numpy as np
import pandas as pd
import pytest

from analysis.filters import Filters
from analysis.store import Store
from analysis.validation import cells, fields, groups, labels
from tests.validation.helpers import demo_copy_with_toned, write_labels

OTHER = {"negative": "neutral", "neutral": "positive", "positive": "negative"}
CATEGORIES = fields.get("participation").classes


@pytest.fixture(scope="module")
def store(demo_db, tmp_path_factory):
    """Tone: 150 random labels (every third one contradicts the machine) and 30 uncertain ones; participation:
    150 stratified labels, some adding a category; hostility: none (unvalidated)."""
    tmp = tmp_path_factory.mktemp("cells")
    db, posts, toned = demo_copy_with_toned(demo_db, tmp, 180, 1)
    tone = [(p, "tone", OTHER[m] if i % 3 == 0 else m, "awa")
            for i, (p, m) in enumerate(zip(toned["post_id"], toned["sentiment_label"]))]
    labels.import_labels(write_labels(tmp / "t.csv", tone[:150]), db, sample="random")
    labels.import_labels(write_labels(tmp / "u.csv", tone[150:]), db, sample="uncertain")
    chosen = posts.sample(150, random_state=2)
    part = [(p, "participation", CATEGORIES[i % 4] if i % 2 else fields.machine_label(fields.get("participation"), m),
             "bob") for i, (p, m) in enumerate(zip(chosen["post_id"], chosen["participation"]))]
    labels.import_labels(write_labels(tmp / "p.csv", part), db, sample="stratified")
    with Store(db, read_only=True) as s:
        rows = {name: (s.labels(name), s.latest_model(name)) for name in fields.FIELDS}
    return posts, rows


def _parts(posts):
    """All posts, two filters, a random tenth, and a frame whose index was reset (looked up by id)."""
    platform = Filters(platforms=(str(posts["platform"].iloc[0]),)).apply(posts)
    region = Filters(regions=(str(posts["region"].dropna().iloc[0]),)).apply(posts)
    tenth = posts.sample(frac=0.1, random_state=4)
    return [posts, platform, region, tenth, platform.iloc[::-1].reset_index(drop=True)]


@pytest.mark.parametrize("name, status", [("tone", "corrected"), ("participation", "corrected"),
                                          ("hostility", "unvalidated")])
def test_counts_by_cell_give_the_figures_of_the_posts_one_by_one(store, name, status):
    posts, rows = store
    corrector, predicted = groups.corrector_for(posts, *rows[name], fields.get(name))
    assert corrector.status == status
    built = cells.build(corrector, predicted)
    assert built.n_cells < 100            # a handful of distinct labels, not one cell per post
    for part in _parts(posts):
        where = cells.positions(predicted.index, posts, part)
        assert sorted(predicted.index[where]) == sorted(part["post_id"].astype(str))
        assert cells.shares(corrector, built, cells.count(built, where)) == corrector.shares(predicted.iloc[where])


@pytest.mark.parametrize("name", ["tone", "participation"])
@pytest.mark.parametrize("by", groups.GROUPINGS)
def test_groups_by_cell_equal_the_groups_post_by_post(store, name, by):
    posts, rows = store
    corrector, predicted = groups.corrector_for(posts, *rows[name], fields.get(name))
    built, grouped = cells.build(corrector, predicted), cells.grouping(posts, by)
    for part in _parts(posts)[1:4]:
        where = cells.positions(predicted.index, posts, part)
        fast = cells.by_group(corrector, built, grouped, where)
        slow = groups.by_group(corrector, posts.iloc[where].reset_index(drop=True), predicted, by)
        assert len(fast) and (fast["status"] == "corrected").all()
        pd.testing.assert_frame_equal(fast, slow)


def test_the_same_posts_get_the_same_interval_whatever_was_asked_before(store):
    posts, rows = store
    first, predicted = groups.corrector_for(posts, *rows["tone"], fields.get("tone"))
    other, _ = groups.corrector_for(posts, *rows["tone"], fields.get("tone"))
    part = predicted.iloc[: len(predicted) // 2]
    other.shares(predicted.iloc[::3])                    # another session asked for other posts first
    assert first.shares(part) == other.shares(part) == first.shares(part)
    assert first.shares(part)["classes"]["negative"]["low"] is not None


def test_posts_not_in_the_store_are_left_out(store):
    posts, rows = store
    _, predicted = groups.corrector_for(posts, *rows["hostility"], fields.get("hostility"))
    foreign = pd.DataFrame({"post_id": ["nowhere:1", posts["post_id"].iloc[5]]}, index=[1, 2])
    assert cells.positions(predicted.index, posts, foreign).tolist() == [5]
    assert cells.positions(predicted.index, posts, posts.iloc[:0]).tolist() == []
    assert np.array_equal(cells.positions(predicted.index, posts, posts.iloc[[7, 3]]), [7, 3])


@pytest.mark.parametrize("categorical", [False, True])
def test_the_corpus_strata_are_counted_as_the_strings_per_post_were(categorical):
    posts = pd.DataFrame({"platform": ["twitter", "facebook", "twitter", None, "twitter"] * 3,
                          "lang": ["fr", "bm", "fr", "fr", None] * 3})
    if categorical:
        posts = posts.astype("category")
    predicted = pd.Series(["positive", "neutral", "positive", "negative", "neutral"] * 3)
    per_post = (posts["platform"].astype(str) + "|" + posts["lang"].astype(str) + "|" + predicted).value_counts()
    per_post = per_post[~per_post.index.str.contains("nan|None")]       # a post missing either is no stratum
    assert groups.corpus_cells(posts, predicted).sort_index().to_dict() == per_post.sort_index().to_dict() == \
        {"facebook|bm|neutral": 3, "twitter|fr|positive": 6}


def test_the_validation_frame_reads_the_labelled_posts_as_the_join_on_every_post_did():
    from analysis.validation import estimate
    posts = pd.DataFrame({"post_id": ["a", "b", "c", "d"], "platform": pd.Categorical(["twitter", None, "fb", "x"]),
                          "lang": ["fr", "bm", None, "fr"]})
    predicted = pd.Series(["positive", "neutral", "negative", "neutral"], index=["a", "b", "c", "d"])
    decided = pd.DataFrame({"post_id": ["d", "b", "zz", "c"], "label": ["neutral", "positive", "neutral", None],
                            "source": "stratified"})
    frame = decided[decided["label"].notna()].rename(columns={"label": "truth"})
    frame = frame[frame["post_id"].isin(predicted.index)]
    frame = frame.assign(predicted=predicted.loc[frame["post_id"]].to_numpy())
    joined = frame.join(posts.set_index("post_id")[["platform", "lang"]].astype(str), on="post_id")
    pd.testing.assert_frame_equal(estimate.validation_frame(decided, predicted, posts),
                                  joined[estimate.VALIDATION_COLUMNS].reset_index(drop=True))
