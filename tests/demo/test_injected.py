"""The demo's injected rumours and events, and their ground truth."""
import numpy as np
import pandas as pd
import pytest

from analysis.coordination import MIN_INFORMATION
from analysis.coordination.normalise import information, normalise_array
from analysis.demo import corpus as demo
from analysis.demo import events as demo_events
from analysis.demo.rumour_texts import FRAMES, RUMOURS


@pytest.fixture(scope="module")
def corpus():
    return demo.build(5000, seed=2)


def test_rumours_stay_under_the_copy_paste_floor():
    """Spread by hand, not pushed: no reworded rumour may look like a coordinated campaign message."""
    texts = [f.format(s=s) for r in RUMOURS.values() for s in r["claim"] for f in FRAMES]
    texts += [t for r in RUMOURS.values() for t in r["rebuttal"]]
    texts += [t.format(town="Bandiagara", party="ADEMA-PASJ") for v in demo_events.SURGE_TEXTS.values() for t in v]
    assert information(normalise_array(texts)).max() < MIN_INFORMATION


def test_claim_truth_cascades_and_rebuttals_come_later(corpus):
    truth = corpus.claims.merge(corpus.posts[["post_id", "created_at", "platform"]], on="post_id")
    assert set(truth["claim_id"]) == set(RUMOURS) and set(truth["role"]) == {"claim", "rebuttal"}
    for claim_id, part in truth.groupby("claim_id"):
        claim, rebuttal = part[part["role"] == "claim"], part[part["role"] == "rebuttal"]
        assert claim.sort_values("created_at")["platform"].iloc[0] == "whatsapp"
        assert claim["platform"].nunique() >= 3
        assert rebuttal["created_at"].min() - claim["created_at"].min() >= pd.Timedelta(hours=3)
        assert len(set(claim["post_id"]) & set(rebuttal["post_id"])) == 0


def test_the_cut_region_is_silent_and_posts_come_back(corpus):
    kind, region, start, hours = demo_events.EVENTS["E1"]
    begin = pd.Timestamp(start, tz="UTC")
    end = begin + pd.Timedelta(hours=hours)
    accounts = demo.make_accounts(np.random.default_rng(2), 5000).set_index("author_id")["region"]
    home = corpus.posts["author_id"].map(accounts).fillna("")
    when = corpus.posts["created_at"]
    assert not ((home == region) & (when >= begin) & (when < end)).any()
    assert ((home == region) & (when >= end) & (when < end + pd.Timedelta(hours=48))).sum() > 0
    assert len(corpus.posts) == 5000


def test_surges_fall_in_their_window_and_event_table_matches(corpus):
    events = corpus.events.set_index("event_id")
    assert list(events["kind"]) == ["disruption", "boycott_surge", "hostility_surge"]
    for event_id in ("E2", "E3"):
        posts = corpus.posts[corpus.posts["event_id"] == event_id]
        assert len(posts) >= 20
        assert posts["created_at"].between(events.loc[event_id, "start"], events.loc[event_id, "end"]).all()


def test_store_keeps_the_ground_truth(tmp_path):
    from analysis.store import Store
    summary = demo.write(tmp_path / "d.duckdb", n_posts=1500, seed=3)
    with Store(tmp_path / "d.duckdb", read_only=True) as store:
        claims, events = store.claim_truth(), store.event_truth()
    assert len(claims) == summary["claim_posts"] and set(claims.columns) == {"post_id", "claim_id", "role"}
    assert list(events.columns) == demo_events.EVENT_COLUMNS and len(events) == 3
    assert str(events["start"].dtype).startswith("datetime64") and (events["end"] > events["start"]).all()
