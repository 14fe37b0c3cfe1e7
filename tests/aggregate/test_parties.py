"""Party comparison aggregations on small hand-made frames (golden values) and arbitrary ones (properties)."""
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from analysis.aggregate import parties as agg


def _posts(rows):
    """rows: (day, parties, party_tone, topics, region, author_id, author_party)."""
    frame = pd.DataFrame(rows, columns=["day", "parties", "party_tone", "topics", "region", "author_id",
                                        "author_party"])
    frame["day"] = pd.to_datetime(frame["day"])
    frame["author_name"] = "nom " + frame["author_id"]
    for column in ("parties", "party_tone", "topics", "region", "author_id", "author_party", "author_name"):
        frame[column] = frame[column].astype("category")
    return frame


POSTS = _posts([
    ("2020-03-02", "URD", "URD:0.50", "security", "Mopti", "a", "URD"),
    ("2020-03-02", "URD;RPM", "URD:-0.50;RPM:0.90", "security;covid_health", "Bamako", "b", ""),
    ("2020-03-03", "", "", "covid_health", "Bamako", "c", ""),
    ("2020-03-04", "RPM", "RPM:-0.90", "", "", "b", "RPM"),
    ("2020-03-10", "URD", "URD:0.00", "security", "Mopti", "a", "URD"),
    ("2020-03-11", "", "", "", "Kayes", "c", ""),
])


def test_share_of_voice_divides_by_every_post_of_the_period():
    out = agg.share_of_voice(POSTS, ["URD", "RPM"], "W").set_index(["period", "party"])
    week1, week2 = pd.Timestamp("2020-03-02"), pd.Timestamp("2020-03-09")
    assert out.loc[(week1, "URD"), "n"] == 2 and out.loc[(week1, "URD"), "total"] == 4
    assert out.loc[(week1, "URD"), "share"] == pytest.approx(0.5)
    assert out.loc[(week1, "RPM"), "share"] == pytest.approx(0.5)
    assert out.loc[(week2, "URD"), "share"] == pytest.approx(0.5)
    assert out.loc[(week2, "RPM"), "n"] == 0  # zero-filled, not missing
    assert out["small"].all()


def test_a_party_never_named_still_gets_a_zero_line():
    out = agg.share_of_voice(POSTS, ["URD", "PARENA"], "W")
    assert (out[out["party"] == "PARENA"]["n"] == 0).all() and len(out[out["party"] == "PARENA"]) == 2


@pytest.mark.parametrize("party, tone, n", [("URD", 0.0, 3), ("RPM", 0.0, 2), ("PARENA", None, 0)])
def test_tone_toward_each_party_is_the_mean_of_its_mentions(party, tone, n):
    out = agg.tone_toward(POSTS, ["URD", "RPM", "PARENA"]).set_index("party")
    assert out.loc[party, "n"] == n
    if tone is None:
        assert np.isnan(out.loc[party, "tone"])
    else:
        assert out.loc[party, "tone"] == pytest.approx(tone)


def test_tone_shares_add_up_to_one():
    out = agg.tone_toward(POSTS, ["URD", "RPM"])
    assert np.allclose(out["negative"] + out["neutral"] + out["positive"], 1.0)
    assert out.set_index("party").loc["RPM", "negative"] == pytest.approx(0.5)


def test_topic_mix_is_a_share_of_the_party_posts_that_have_a_topic():
    out = agg.mix(POSTS, ["URD", "RPM"], "topics").set_index(["party", "topics"])
    assert out.loc[("URD", "security"), "n"] == 3 and out.loc[("URD", "security"), "base"] == 3
    assert out.loc[("URD", "covid_health"), "share"] == pytest.approx(1 / 3)
    assert out.loc[("RPM", "security"), "base"] == 1  # the RPM post without a topic is not in the base


def test_region_mix_leaves_posts_without_region_out():
    out = agg.mix(POSTS, ["RPM"], "region")
    assert out["region"].tolist() == ["Bamako"] and out["share"].tolist() == [1.0]


def test_accounts_for_come_from_the_actors_list_and_about_from_the_text():
    about = agg.accounts(POSTS, ["URD"], "about")
    assert about["author_id"].tolist() == ["a", "b"] and about["posts"].tolist() == [2, 1]
    assert about["author_name"].tolist() == ["nom a", "nom b"]
    found = agg.accounts(POSTS, ["URD", "RPM"], "for")
    assert found[["party", "author_id", "posts"]].values.tolist() == [["URD", "a", 2], ["RPM", "b", 1]]


def test_summary_counts_posts_and_mentions_per_party():
    out = agg.summary(POSTS, ["URD", "RPM", "PARENA"]).set_index("party")
    assert out["posts"].tolist() == [3, 2, 0] and out["mentions"].tolist() == [3, 2, 0]
    assert out.loc["URD", "share"] == pytest.approx(0.5) and out["small"].all()
    assert np.isnan(out.loc["PARENA", "tone"])


@pytest.mark.parametrize("mentioned, wanted, expected", [
    (["URD", "RPM", "ADEMA-PASJ", "UDD"], (), ["URD", "RPM", "ADEMA-PASJ"]),
    (["URD", "RPM", "ADEMA-PASJ"], ("RPM", "ADEMA-PASJ"), ["RPM", "ADEMA-PASJ"]),
    (["URD", "RPM", "UDD", "SADI"], ("UDD",), ["UDD", "URD", "RPM"]),  # one party: completed to compare
    (["URD", "RPM"], ("PARENA",), ["URD", "RPM"]),                      # a party never named is left out
    (["URD", "RPM", "A", "B", "C"], ("URD", "RPM", "A", "B", "C"), ["URD", "RPM", "A", "B"]),
])
def test_default_choice(mentioned, wanted, expected):
    assert agg.default_choice(mentioned, wanted) == expected


def test_empty_posts_give_empty_tables():
    empty = POSTS.iloc[0:0]
    for out in (agg.share_of_voice(empty, ["URD"]), agg.tone_toward(empty, ["URD"]), agg.mix(empty, ["URD"], "topics"),
                agg.accounts(empty, ["URD"], "about")):
        assert out.empty


PARTIES = ["URD", "RPM", "ADEMA-PASJ"]


@settings(max_examples=40, deadline=None)
@given(hs.lists(hs.tuples(hs.integers(0, 20), hs.sets(hs.sampled_from(PARTIES))), min_size=1, max_size=40))
def test_share_of_voice_counts_match_a_direct_count(rows):
    frame = _posts([(pd.Timestamp("2020-03-01") + pd.Timedelta(days=d), ";".join(sorted(p)), "", "", "", "x", "")
                    for d, p in rows])
    out = agg.share_of_voice(frame, PARTIES, "D")
    for party in PARTIES:
        direct = sum(party in p for _, p in rows)
        assert out[out["party"] == party]["n"].sum() == direct
    assert ((out["share"] >= 0) & (out["share"] <= 1)).all()
