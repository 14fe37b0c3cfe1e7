import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.aggregate import lists as aggregate_lists
from analysis.aggregate import participation as aggregate_participation
from analysis.aggregate import topics as aggregate_topics
from analysis.frame import from_arrow


def _frame():
    return from_arrow(pa.table({
        "post_id": [f"f:{i}" for i in range(6)],
        "platform": ["facebook"] * 6,
        "created_at": pd.to_datetime(["2020-03-02 08:00", "2020-03-03 09:00", "2020-03-09 10:00",
                                      "2020-03-10 11:00", "2020-03-10 12:00", "2020-03-16 13:00"], utc=True),
        "text": list("abcdef"),
        "parties": ["URD;RPM", "URD", "", "RPM", "URD", "ADEMA-PASJ"],
        "region": ["Gao", "Gao", "Kayes", "", "Bamako", "Kayes"],
        "topics": ["security;covid_health", "security", "", "economy_jobs", "security", ""],
        "participation": ["call_to_vote", "boycott;fraud_allegation", "call_to_vote", "", "call_to_vote", "boycott"],
    }))


def test_per_period_counts_each_item_and_zero_fills():
    tidy = aggregate_lists.per_period(_frame(), "topics", "W").set_index(["period", "topics"])
    assert tidy.loc[(pd.Timestamp("2020-03-02"), "security"), "n"] == 2
    assert tidy.loc[(pd.Timestamp("2020-03-02"), "economy_jobs"), "n"] == 0
    assert tidy.loc[(pd.Timestamp("2020-03-09"), "security"), "posts"] == 3
    assert len(tidy) == 3 * 3   # 3 weeks x 3 topics


def test_topic_share_is_normalised_per_period():
    tidy = aggregate_topics.topic_share(_frame(), "W")
    assert tidy.groupby("period")["share"].sum().round(9).eq(1).all()
    week1 = tidy[tidy["period"] == pd.Timestamp("2020-03-02")].set_index("topics")["share"]
    assert week1["security"] == pytest.approx(2 / 3) and week1["covid_health"] == pytest.approx(1 / 3)
    assert pd.Timestamp("2020-03-16") not in set(tidy["period"])   # no topic that week: no row


def test_topic_by_party_shares_within_the_row():
    tidy = aggregate_topics.topic_by(_frame(), "parties")
    urd = tidy[tidy["parties"] == "URD"].set_index("topics")
    assert urd["n"].to_dict() == {"covid_health": 1, "security": 3}
    assert urd["share"].sum() == pytest.approx(1)
    assert "ADEMA-PASJ" not in set(tidy["parties"])   # no topic in its only post


def test_topic_by_region_top_rows():
    tidy = aggregate_topics.topic_by(_frame(), "region", top=1)
    assert set(tidy["region"]) == {"Gao"}


def test_participation_over_time_share_of_posts():
    tidy = aggregate_participation.over_time(_frame(), "W").set_index(["period", "participation"])
    row = tidy.loc[(pd.Timestamp("2020-03-09"), "call_to_vote")]
    assert row["n"] == 2 and row["posts"] == 3 and row["share"] == pytest.approx(2 / 3)


@pytest.mark.parametrize("region, call, boycott, balance", [
    ("Gao", 1, 1, 0.0), ("Kayes", 1, 1, 0.0), ("Bamako", 1, 0, 1.0), ("Kidal", 0, 0, None),
])
def test_balance_by_region(region, call, boycott, balance):
    tidy = aggregate_participation.by_region(_frame(), ["Gao", "Kayes", "Bamako", "Kidal"]).set_index("region")
    assert (tidy.loc[region, "call_to_vote"], tidy.loc[region, "boycott"]) == (call, boycott)
    if balance is None:
        assert pd.isna(tidy.loc[region, "balance"])
    else:
        assert tidy.loc[region, "balance"] == pytest.approx(balance)


def test_turnout_vs_online_keeps_regions_with_turnout_and_posts():
    turnout = {"Gao": {"r1_cour": 66.04}, "Kayes": {"r1_cour": 38.85}, "Kidal": {"r1_cour": 85.86}, "Ménaka": {}}
    tidy = aggregate_participation.turnout_vs_online(_frame(), turnout)
    assert tidy["region"].tolist() == ["Gao", "Kayes"]                 # Kidal: no post; Ménaka: no figure
    assert tidy["mobilisation"].tolist() == [50.0, 50.0]
    assert tidy["turnout"].tolist() == [66.04, 38.85]


def test_n_posts_with_and_has_item():
    posts = _frame()
    assert aggregate_lists.n_posts_with(posts, "topics") == 4
    assert aggregate_lists.n_posts_with(posts, "parties", "topics") == 4
    boycott = aggregate_lists.has_item(posts["participation"], "boycott")
    assert boycott.tolist() == [False, True, False, False, False, True]


def test_empty_frames():
    empty = _frame().iloc[0:0]
    assert aggregate_topics.topic_share(empty).empty
    assert aggregate_topics.topic_by(empty, "parties").empty
    assert aggregate_participation.over_time(empty).empty
    assert aggregate_participation.by_region(empty, ["Gao"])["posts"].tolist() == [0]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["a", "b", "c"]), max_size=3, unique=True), min_size=1, max_size=30))
def test_cross_counts_match_a_plain_loop(lists):
    joined = [";".join(x) for x in lists]
    frame = pd.DataFrame({"left": pd.Categorical(joined), "right": pd.Categorical(joined)})
    tidy = aggregate_lists.cross(frame, "left", "right")
    expected = {}
    for items in lists:
        for a in items:
            for b in items:
                expected[(a, b)] = expected.get((a, b), 0) + 1
    assert {(r.left, r.right): r.n for r in tidy.itertuples()} == expected
