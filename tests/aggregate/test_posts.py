"""Posts page logic: search, sort (top rows), selection hand-over, the exact table shown and exported."""
import io

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from analysis.aggregate import posts as posts_view
from analysis.export import to_csv_bytes


def _posts(n=6):
    frame = pd.DataFrame({
        "post_id": [f"twitter:{i}" for i in range(n)],
        "created_at": pd.date_range("2020-03-27", periods=n, freq="12h", tz="UTC"),
        "platform": ["twitter", "facebook"] * (n // 2),
        "author_id": [f"u{i % 3}" for i in range(n)],
        "author_name": [f"Nom {i % 3}" for i in range(n)],
        "text": ["Élection à Mopti", "=SOMME(A1)", "rien", "election URD", "<b>gras</b>", "vote"][:n],
        "lang": "fr", "sentiment": [0.5, -0.2, np.nan, 0.9, 0.0, -0.7][:n],
        "sentiment_label": ["positive", "negative", "neutral", "positive", "neutral", "negative"][:n],
        "parties": ["", "URD", "", "URD;RPM", "RPM", ""][:n], "region": ["Mopti", "", "Kayes", "", "", "Mopti"][:n],
        "participation": ["call_to_vote", "", "", "boycott", "", ""][:n],
        "topics": ["", "security", "", "covid_health", "", ""][:n],
        "dup_group": ["", "G1", "G1", "", "", ""][:n],
        "likes": pd.array([3, None, 10, 10, 0, 7][:n], dtype="Int64"),
        "shares": pd.array([0, 1, 2, 3, 4, 5][:n], dtype="Int64"),
        "url": [None, "http://x", None, None, None, None][:n],
    })
    frame["day"] = frame["created_at"].dt.floor("D").dt.tz_localize(None)
    for column in ("platform", "parties", "region", "participation", "topics", "dup_group", "sentiment_label"):
        frame[column] = frame[column].astype("category")
    return frame


POSTS = _posts()


@pytest.mark.parametrize("query, expected", [
    ("election", ["twitter:0", "twitter:3"]),   # accents and case ignored
    ("ÉLECTION", ["twitter:0", "twitter:3"]),
    ("<b>", ["twitter:4"]),
    ("", list(POSTS["post_id"])),
    ("introuvable", []),
])
def test_search(query, expected):
    assert posts_view.search(POSTS, query)["post_id"].tolist() == expected


@pytest.mark.parametrize("key, descending, expected", [
    ("likes", True, ["twitter:2", "twitter:3", "twitter:5", "twitter:0", "twitter:4", "twitter:1"]),
    ("likes", False, ["twitter:4", "twitter:0", "twitter:5", "twitter:2", "twitter:3", "twitter:1"]),
    ("tone", True, ["twitter:3", "twitter:0", "twitter:4", "twitter:1", "twitter:5", "twitter:2"]),
    ("tone", False, ["twitter:5", "twitter:1", "twitter:4", "twitter:0", "twitter:3", "twitter:2"]),
    ("date", True, ["twitter:5", "twitter:4", "twitter:3", "twitter:2", "twitter:1", "twitter:0"]),
])
def test_sort_puts_missing_values_last_and_keeps_ties_in_order(key, descending, expected):
    assert posts_view.top_rows(POSTS, key, descending, 10)["post_id"].tolist() == expected


def test_top_rows_limits_and_rejects_unknown_keys():
    assert len(posts_view.top_rows(POSTS, "likes", True, 2)) == 2
    assert posts_view.top_rows(POSTS, "likes", True, 0).empty
    with pytest.raises(ValueError, match="unknown sort key 'views'"):
        posts_view.top_rows(POSTS, "views")


@settings(max_examples=60, deadline=None)
@given(hs.lists(hs.one_of(hs.none(), hs.integers(0, 5)), min_size=1, max_size=60), hs.integers(1, 70),
       hs.booleans())
def test_top_rows_equals_a_full_stable_sort(likes, limit, descending):
    frame = pd.DataFrame({"likes": pd.array(likes, dtype="Int64"), "i": range(len(likes))})
    got = posts_view.top_rows(frame, "likes", descending, limit)["i"].tolist()
    present = frame[frame["likes"].notna()].sort_values("likes", ascending=not descending, kind="stable")
    expected = present["i"].tolist() + frame[frame["likes"].isna()]["i"].tolist()
    assert got == expected[:limit]


@pytest.mark.parametrize("params, expected", [
    ({"sel_party": "URD", "sel_day": "2020-03-28"}, {"party": "URD", "day": "2020-03-28"}),
    ({"sel_day": ["2020-03-28T10:00"], "other": "x"}, {"day": "2020-03-28"}),
    ({"sel_day": "not a day"}, {}),
    ({"sel_region": "  "}, {}),
    ({"sel_party": "[x](http://evil)", "sel_region": "Ségou"}, {"region": "Ségou"}),   # markup is refused
    ({"sel_topic": "<script>"}, {}),
    ({"sel_dup_group": "G0001", "sel_party": "ADEMA-PASJ"}, {"dup_group": "G0001", "party": "ADEMA-PASJ"}),
    ({}, {}),
])
def test_selection_from_params(params, expected):
    assert posts_view.selection_from_params(params) == expected


def test_describe_selection_shows_values_literally():
    assert posts_view.describe_selection({"party": "URD", "day": "2020-03-29"}) == "`2020-03-29` · `URD`"


def test_selection_round_trips_through_the_url():
    selection = {"party": "URD", "dup_group": "G1"}
    assert posts_view.selection_from_params(posts_view.selection_params(selection)) == selection


@pytest.mark.parametrize("selection, expected", [
    ({"party": "URD"}, ["twitter:1", "twitter:3"]),
    ({"party": "URD", "day": "2020-03-28"}, ["twitter:3"]),
    ({"region": "Mopti"}, ["twitter:0", "twitter:5"]),
    ({"topic": "security"}, ["twitter:1"]),
    ({"dup_group": "G1", "platform": "facebook"}, ["twitter:1"]),
    ({}, list(POSTS["post_id"])),
])
def test_selection_mask(selection, expected):
    assert POSTS[posts_view.selection_mask(POSTS, selection)]["post_id"].tolist() == expected


def test_narrow_by_tone_and_coordinated_group():
    assert posts_view.narrow(POSTS, ("negative",))["post_id"].tolist() == ["twitter:1", "twitter:5"]
    assert posts_view.narrow(POSTS, dup_only=True)["post_id"].tolist() == ["twitter:1", "twitter:2"]
    assert posts_view.narrow(POSTS, ("neutral",), dup_group="G1")["post_id"].tolist() == ["twitter:2"]


def test_table_shows_the_promised_columns_and_plain_values():
    shown = posts_view.table(POSTS, ["A", "B", "C", "D", "E", "F"])
    assert list(shown.columns) == list(posts_view.SHOWN)
    assert shown["categories"].tolist() == ["call_to_vote", "security", "", "boycott;covid_health", "", ""]
    assert shown["text"][4] == "<b>gras</b>" and shown["author"].tolist()[0] == "A"
    assert shown["date"][0] == "2020-03-27 00:00" and shown["url"].tolist()[:2] == ["", "http://x"]


def test_csv_export_is_exactly_the_table_and_neutralises_formulas():
    shown = posts_view.table(POSTS, list("ABCDEF"))
    back = pd.read_csv(io.BytesIO(to_csv_bytes(shown)), encoding="utf-8-sig", keep_default_na=False)
    assert list(back.columns) == list(shown.columns) and len(back) == len(shown)
    assert back["text"][1] == "'=SOMME(A1)"
    assert back["text"][4] == "<b>gras</b>"
