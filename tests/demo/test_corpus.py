import pandas as pd
import pytest

from analysis import schema
from analysis.demo import corpus as demo
from analysis.demo import templates as demo_templates


@pytest.fixture(scope="module")
def corpus():
    return demo.build(4000, seed=3)


def test_same_seed_same_corpus(corpus):
    again = demo.build(4000, seed=3)
    pd.testing.assert_frame_equal(corpus.posts.drop(columns="theme"), again.posts.drop(columns="theme"))
    assert not demo.build(4000, seed=4).posts["text"].equals(corpus.posts["text"])


def test_posts_are_canonical_and_span_the_campaign(corpus):
    posts = schema.conform(corpus.posts)
    assert len(posts) == 4000
    assert posts["created_at"].min() >= demo.START and posts["created_at"].max() <= demo.END + pd.Timedelta(days=1)
    assert set(posts["platform"]) <= set(schema.PLATFORMS)
    assert posts["platform"].value_counts().index[0] == "facebook"


def test_every_theme_and_participation_category_is_present(corpus):
    present = set(corpus.themes)
    assert set(demo_templates.THEMES) <= present


def test_texts_vary(corpus):
    assert corpus.posts["text"].nunique() > 0.5 * len(corpus.posts)


def test_ground_truth_is_consistent(corpus):
    truth = corpus.truth
    assert truth["campaign_id"].nunique() >= 4
    assert set(truth["post_id"]) <= set(corpus.posts["post_id"])
    campaign_posts = corpus.posts.set_index("post_id").loc[truth["post_id"]]
    for _, part in campaign_posts.groupby(truth["campaign_id"].to_numpy()):
        assert part["author_id"].nunique() >= 5
        assert part["created_at"].max() - part["created_at"].min() <= pd.Timedelta(minutes=40)


def test_volume_peaks_on_election_day(corpus):
    per_day = corpus.posts["created_at"].dt.strftime("%Y-%m-%d").value_counts()
    assert per_day["2020-03-29"] > 2 * per_day.median()


def test_written_store_is_marked_synthetic(tmp_path):
    from analysis.store import Store
    summary = demo.write(tmp_path / "d.duckdb", n_posts=500, seed=1)
    with Store(tmp_path / "d.duckdb", read_only=True) as store:
        assert store.is_demo()
        assert store.count_posts() == summary["posts"] == 500
        assert len(store.campaign_truth()) == summary["campaign_posts"]
        assert len(store.actors()) == summary["actors"]
