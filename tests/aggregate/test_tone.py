import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.aggregate import timeline as aggregate_time
from analysis.aggregate import tone as aggregate_tone
from analysis.frame import from_arrow


def _frame():
    return from_arrow(pa.table({
        "post_id": [f"f:{i}" for i in range(6)],
        "platform": ["facebook", "facebook", "twitter", "facebook", "whatsapp", "twitter"],
        "created_at": pd.to_datetime(["2020-03-02 08:00", "2020-03-03 09:00", "2020-03-09 10:00",
                                      "2020-03-10 11:00", "2020-03-10 12:00", "2020-03-16 13:00"], utc=True),
        "text": list("abcdef"),
        "sentiment": [0.5, -0.5, 0.0, 1.0, None, -1.0],
        "region": ["Gao", "Gao", "Kayes", "", "Gao", "Kayes"],
        "party_tone": ["URD:0.40;RPM:-0.60", "URD:0.20", "", "RPM:1.00", "URD:-1.00", "bad;URD:x;RPM:-0.20"],
    }))


@pytest.mark.parametrize("text, expected", [
    ("URD:0.42;RPM:-0.61", [("URD", 0.42), ("RPM", -0.61)]),
    ("", []),
    ("URD", []),
    ("URD:abc;RPM:0.1", [("RPM", 0.1)]),
    ("ADP-Maliba:2.5", [("ADP-Maliba", 1.0)]),
    ("X:nan", []),
])
def test_parse_tone(text, expected):
    assert aggregate_tone.parse_tone(text) == expected


def test_tone_by_party_is_the_mean_tone_toward_the_party_per_week():
    tidy = aggregate_tone.tone_by_party(_frame(), "W")
    urd = tidy[tidy["party"] == "URD"].set_index("period")
    rpm = tidy[tidy["party"] == "RPM"].set_index("period")
    # week of 2 March: URD 0.40 and 0.20; week of 9 March: URD -1.00 (whatsapp post)
    assert urd.loc[pd.Timestamp("2020-03-02"), "tone"] == pytest.approx(0.30)
    assert urd.loc[pd.Timestamp("2020-03-02"), "n"] == 2
    assert urd.loc[pd.Timestamp("2020-03-09"), "tone"] == pytest.approx(-1.0)
    assert rpm["tone"].round(2).tolist() == [-0.6, 1.0, -0.2]
    assert tidy["n"].sum() == 6  # the unreadable "URD:x" is not a mention


def test_tone_by_party_keeps_only_chosen_parties():
    tidy = aggregate_tone.tone_by_party(_frame(), "D", ["RPM"])
    assert set(tidy["party"]) == {"RPM"} and tidy["n"].sum() == 3


def test_tone_mentions_counts_posts_naming_each_party():
    mentions = aggregate_tone.tone_mentions(_frame()).set_index("party")["n"].to_dict()
    assert mentions == {"URD": 3, "RPM": 3}


def test_tone_by_region_uses_post_sentiment_and_skips_missing():
    tidy = aggregate_tone.tone_by_region(_frame(), "W")
    gao = tidy[tidy["region"] == "Gao"]
    assert gao["tone"].tolist() == [0.0] and gao["n"].tolist() == [2]   # whatsapp post has no sentiment
    assert "" not in set(tidy["region"])
    assert aggregate_tone.region_volume(_frame()).to_dict("list") == {"region": ["Gao", "Kayes"], "n": [2, 2]}


def test_tone_distribution_shares_sum_to_one_per_platform_and_match_the_click_mask():
    posts = _frame()
    tidy = aggregate_tone.tone_distribution(posts, "platform", bins=4)
    assert tidy.groupby("platform")["share"].sum().round(9).eq(1).all()
    for row in tidy.itertuples():
        mask = (posts["platform"] == row.platform).to_numpy() & aggregate_tone.in_tone_bin(posts, row.bin, 4)
        assert mask.sum() == row.n


def test_names_party_mask():
    assert aggregate_tone.names_party(_frame()["party_tone"], "RPM").tolist() == [True, False, False, True, False, True]


def test_empty_frames_give_empty_tables():
    empty = _frame().iloc[0:0]
    assert aggregate_tone.tone_by_party(empty).empty
    assert aggregate_tone.tone_by_region(empty).empty
    assert aggregate_tone.tone_distribution(empty).empty
    assert aggregate_tone.tone_mentions(empty).empty


@pytest.mark.parametrize("day, freq, start", [
    ("2020-03-29", "W", "2020-03-23"), ("2020-03-30", "W", "2020-03-30"), ("2020-03-29", "D", "2020-03-29"),
])
def test_period_of(day, freq, start):
    out = aggregate_time.period_of(pd.Series(pd.to_datetime([day])), freq)
    assert out.iloc[0] == pd.Timestamp(start)


@pytest.mark.parametrize("start, freq, bounds, expected", [
    ("2020-03-23", "W", (None, None), ("2020-03-23", "2020-03-29")),
    ("2020-03-23", "W", ("2020-03-25", None), ("2020-03-25", "2020-03-29")),
    ("2020-03-29", "D", (None, "2020-04-30"), ("2020-03-29", "2020-03-29")),
])
def test_narrow_to_period_intersects_the_filters(start, freq, bounds, expected):
    from datetime import date

    from analysis.filters import Filters
    given = Filters(date_from=date.fromisoformat(bounds[0]) if bounds[0] else None,
                    date_to=date.fromisoformat(bounds[1]) if bounds[1] else None, parties=("URD",))
    out = aggregate_time.narrow_to_period(given, start, freq)
    assert (out.date_from.isoformat(), out.date_to.isoformat()) == expected and out.parties == ("URD",)


def test_events_for_key_keeps_the_events_flagged_key():
    events = [{"date": "2020-03-29", "label_fr": "Premier tour des législatives", "key": True},
              {"date": "2020-04-06", "label_fr": "Résultats sans drapeau", "key": False}]
    assert [e["date"] for e in aggregate_time.events_for(events, "key")] == ["2020-03-29"]
    assert len(aggregate_time.events_for(events, "all")) == 2
    assert aggregate_time.events_for(events, "none") == []


@settings(max_examples=50, deadline=None)
@given(st.lists(st.floats(min_value=-1, max_value=1, allow_nan=False), min_size=1, max_size=40))
def test_every_scored_post_lands_in_exactly_one_bin(values):
    bins = aggregate_tone.tone_bin(np.asarray(values), 10)
    assert ((bins >= 0) & (bins < 10)).all()
