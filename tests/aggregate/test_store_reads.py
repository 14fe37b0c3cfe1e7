"""The few post-level reads of the large-store mode equal the frame's: the corpus summary from the posts' keys, and
the frame's rows of a few posts read by their keys (Store.load_some)."""
import pytest

from analysis import method_docs
from analysis.aggregate import cube_posts


def test_the_corpus_summary_from_the_keys_equals_the_frames(store, frame):
    served = cube_posts.corpus_summary(store.query)
    reference = method_docs.corpus_summary(frame)
    assert served["posts"] == reference["posts"] and served["annotated"] == pytest.approx(reference["annotated"])
    assert 0 < served["annotated"] <= 1


def test_load_some_gives_the_frames_rows_of_those_posts(store, frame):
    ids = frame["post_id"].astype(str).sample(25, random_state=1).tolist()
    some = store.load_some(ids).set_index("post_id").sort_index()
    reference = frame.set_index(frame["post_id"].astype(str)).loc[sorted(ids)]
    assert list(some.index) == sorted(ids)
    for column in ("text", "sentiment_label", "parties", "dup_group", "created_at"):
        assert some[column].astype(str).tolist() == reference[column].astype(str).tolist(), column
    assert store.load_some([]).empty
