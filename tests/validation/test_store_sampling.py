"""The desk's draws by SQL (large-store mode) follow the frame sampler's rules on a small store: never a labelled
post, the whole pool when it is smaller than the batch, equal shares per cell with the same quotas (participation's
raw values merged by label), the least sure tone scores first, the same refusal without a model."""
import numpy as np
import pandas as pd
import pytest

from analysis import schema
from analysis.validation import store_sampling
from analysis.store import Store
from analysis.validation import desk, fields, selection

# 60 posts, tone cells of 4 (positive), 28 and 28 posts
TONES = ["positive" if i % 15 == 0 else ("negative" if i % 2 == 0 else "neutral") for i in range(60)]


def _store(path, n=60):
    ids = [f"p{i:02d}" for i in range(n)]
    posts = pd.DataFrame({"post_id": ids, "platform": ["facebook"] * n, "author_id": "a",
                          "created_at": pd.date_range("2020-03-01", periods=n, freq="h", tz="UTC"),
                          "text": [f"post {i}" for i in range(n)]})
    ann = {c.name: "" for c in schema.ANNOTATION_COLUMNS if c.name != "dup_group"}
    ann.update(lang="fr", sentiment=[(i * 37 % n) / n * 1.6 - 0.8 + i * 1e-5 for i in range(n)],  # no ties
               sentiment_label=TONES[:n],
               participation=["boycott;call_to_vote" if i % 3 == 0 else "call_to_vote,boycott" if i % 3 == 1
                              else "" for i in range(n)], hostility="not_hostile")
    with Store(path) as store:
        store.add_posts(posts)
        store.save_annotations(pd.DataFrame({"post_id": ids, **ann}), "test")
    return path


def _label(path, ids, field="tone"):
    rows = pd.DataFrame({"post_id": ids, "field": field, "label": "neutral", "annotator": "awa", "source": "random"})
    with Store(path) as store:
        store.add_labels(rows)


@pytest.fixture
def db(tmp_path):
    return _store(tmp_path / "s.duckdb")


def _query(path):
    def query(sql, params=None):
        with Store(path, read_only=True) as store:
            return store.query(sql, params)
    return query


def _frame(path):
    with Store(path, read_only=True) as store:
        return store.load(), store.labels()


def _rng(seed=0):
    return np.random.default_rng(seed)


@pytest.mark.parametrize("strategy", ["random", "stratified", "uncertain"])
def test_a_labelled_post_is_never_drawn_and_a_small_pool_is_drawn_whole(db, strategy):
    _label(db, [f"p{i:02d}" for i in range(50)])
    _label(db, ["p55"], field="hostility")             # a label of another field does not count
    drawn = store_sampling.draw_batch(_query(db), fields.get("tone"), strategy, None, _rng())
    posts, stored = _frame(db)
    framed = desk.draw_batch(posts, stored, fields.get("tone"), strategy, None, _rng())
    assert sorted(drawn) == sorted(framed) == [f"p{i:02d}" for i in range(50, 60)]


def test_random_draws_are_uniform_and_the_same_for_the_same_generator(db):
    field = fields.get("tone")
    first = store_sampling.draw_batch(_query(db), field, "random", None, _rng(3), n=10)
    assert first == store_sampling.draw_batch(_query(db), field, "random", None, _rng(3), n=10)
    other = store_sampling.draw_batch(_query(db), field, "random", None, _rng(4), n=10)
    assert len(set(first)) == 10 and first != other
    seen = np.zeros(60)
    with Store(db, read_only=True) as store:
        for seed in range(300):      # each post drawn about 300 x 10 / 60 = 50 times: none never, none always
            for post_id in store_sampling.draw_batch(store.query, field, "random", None, _rng(seed), n=10):
                seen[int(post_id[1:])] += 1
    assert seen.min() > 20 and seen.max() < 90, seen


def _cells(path, ids, field):
    posts = _frame(path)[0].set_index("post_id")
    return pd.Series([fields.machine_label(field, posts.loc[i, field.column]) for i in ids]).value_counts().to_dict()


def test_stratified_draws_share_the_batch_over_the_cells_as_the_frame_does(db):
    field = fields.get("tone")
    for seed in range(5):
        drawn = store_sampling.draw_batch(_query(db), field, "stratified", None, _rng(seed), n=13)
        posts, stored = _frame(db)
        framed = desk.draw_batch(posts, stored, field, "stratified", None, _rng(seed), n=13)
        # cells of 4, 28, 28 posts: 4 from the rare one (13 // 3 = 4), then 5 and 4 or 4 and 5
        assert sorted(_cells(db, drawn, field).items()) in ([("negative", 5), ("neutral", 4), ("positive", 4)],
                                                             [("negative", 4), ("neutral", 5), ("positive", 4)])
        assert _cells(db, framed, field)["positive"] == _cells(db, drawn, field)["positive"] == 4


def test_stratified_cells_merge_raw_values_of_the_same_label(db):
    found = store_sampling.cells(_query(db), fields.get("participation"), 5, "salt")
    assert {name: size for name, (size, _) in found.items()} == {"facebook|fr|call_to_vote;boycott": 40,
                                                                 "facebook|fr|none": 20}
    kept = found["facebook|fr|call_to_vote;boycott"][1]
    assert len(kept) == 10 and kept == sorted(kept)      # each raw value's 5 first, in hash order
    drawn = store_sampling.draw_batch(_query(db), fields.get("participation"), "stratified", None, _rng(), n=6)
    assert _cells(db, drawn, fields.get("participation")) == {"call_to_vote;boycott": 3, "none": 3}


def test_the_narrow_keys_give_the_same_tone_cells_and_pool_as_the_join(db):
    from analysis.sentiment import band
    _label(db, ["p00", "p01", "p02"])
    with Store(db) as store:
        store.refresh_aggregates(band())
    field = fields.get("tone")
    joined = store_sampling.cells(_query(db), field, 3, "salt")
    assert store_sampling.cells(_query(db), field, 3, "salt", keys=True) == joined
    pool = store_sampling.uncertain_pool(_query(db), field, "salt")
    narrow = store_sampling.uncertain_pool(_query(db), field, "salt", texts=False, keys=True)
    assert len(pool) == 57 and pool[list(narrow.columns)].equals(narrow), narrow.columns
    assert sum(size for size, _ in joined.values()) == 57 and len(joined) == 3
    participation = fields.get("participation")
    assert store_sampling.cells(_query(db), participation, 3, "salt", keys=True) == \
        store_sampling.cells(_query(db), participation, 3, "salt")


def test_the_posts_read_below_a_hash_bound_are_the_first_of_every_post(db):
    _label(db, [f"p{i:02d}" for i in range(40)])
    field = fields.get("tone")
    for salt in (f"s{i}" for i in range(20)):     # 20 unlabelled posts: a bound passes ~3 x size of 60, or too few
        everything = store_sampling.uncertain_pool(_query(db), field, salt, size=60)
        assert len(everything) == 20
        for size in (5, 10, 18):
            pool = store_sampling.uncertain_pool(_query(db), field, salt, size=size)
            assert pool.equals(everything.head(size)), (salt, size)
            drawn = store_sampling.random_ids(_query(db), field, size, salt)
            assert drawn == everything["post_id"].head(size).tolist(), (salt, size)


def test_uncertain_tone_takes_the_scores_nearest_a_band_edge_as_the_frame_does(db):
    field, n = fields.get("tone"), 10
    drawn = store_sampling.draw_batch(_query(db), field, "uncertain", None, _rng(), n=n)
    posts, stored = _frame(db)
    framed = desk.draw_batch(posts, stored, field, "uncertain", None, _rng(), n=n)
    pool = posts.sort_values("post_id").reset_index(drop=True)
    from analysis.validation.sampling import _tone_band_margin
    unsure = selection.balanced_least_sure(_tone_band_margin(pool), pool["sentiment_label"].to_numpy(),
                                           n - int(round(selection.EXPLORE * n)))
    expected = set(pool["post_id"].iloc[unsure])
    assert len(expected) == 5 and expected <= set(drawn) and expected <= set(framed)
    assert len(set(drawn)) == n


def test_uncertain_without_a_model_is_refused_before_reading_the_store():
    def no_query(sql, params=None):
        raise AssertionError("the store was read")
    with pytest.raises(ValueError, match="needs a trained hostility model"):
        store_sampling.draw_batch(no_query, fields.get("hostility"), "uncertain", None, _rng())
