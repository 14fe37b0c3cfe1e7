"""Frames behind the Coordination page: group filters, visible groups, accounts, network layout."""
import pandas as pd
import pytest

from analysis.aggregate import coordination as view

T0 = pd.Timestamp("2020-03-28 09:00", tz="UTC")
GROUPS = pd.DataFrame({
    "group_id": ["G0001", "G0002", "G0003"], "n_accounts": [9, 5, 3], "n_posts": [9, 6, 3],
    "platforms": [("whatsapp", "facebook"), ("twitter",), ("facebook",)],
    "cascade": [(("whatsapp", T0), ("facebook", T0 + pd.Timedelta(minutes=5))), (("twitter", T0),), (("facebook", T0),)],
    "first_seen": [T0] * 3, "duration_minutes": [20.0, 10.0, 5.0],
    "participation": ["boycott;health_covid", "fraud_allegation", ""], "parties": ["", "URD;RPM", "RPM"],
    "sentiment": [-0.4, -0.6, 0.2], "sample_text": ["a", "b", "c"]})


@pytest.mark.parametrize("kwargs, expected", [
    ({}, ["G0001", "G0002", "G0003"]),
    ({"categories": ["boycott"]}, ["G0001"]),
    ({"parties": ["RPM"]}, ["G0002", "G0003"]),
    ({"platforms": ["facebook"]}, ["G0001", "G0003"]),
    ({"parties": ["RPM"], "platforms": ["twitter"]}, ["G0002"]),
    ({"categories": ["vote_buying"]}, []),
])
def test_filter_groups(kwargs, expected):
    assert list(view.filter_groups(GROUPS, **kwargs)["group_id"]) == expected


def test_visible_groups_are_those_with_a_post_under_the_sidebar_filters():
    ids = pd.Series(["G0001", "", "G0003", "G0003"], index=[10, 11, 12, 13])
    assert list(view.visible_groups(ids, GROUPS, [11, 13])["group_id"]) == ["G0003"]


def test_item_options_split_joined_lists():
    assert view.item_options(GROUPS, "parties") == ["RPM", "URD"]


def test_group_rows_use_labels_and_keep_order():
    rows = view.group_rows(GROUPS, {"whatsapp": "WhatsApp", "facebook": "Facebook"}, {"boycott": "boycott (appel)"})
    assert rows.loc[0, "cascade"] == "WhatsApp 28/03 09:00 → Facebook 09:05"
    assert rows.loc[0, "participation"] == "boycott (appel), health_covid"
    assert list(rows["group_id"]) == ["G0001", "G0002", "G0003"]


def test_accounts_of_a_group():
    chosen = pd.DataFrame({"platform": ["whatsapp", "facebook", "whatsapp"],
                           "created_at": [T0, T0 + pd.Timedelta(minutes=3), T0 + pd.Timedelta(minutes=1)]})
    table = view.accounts(chosen, ["Compte-1", "Compte-2", "Compte-1"], {"whatsapp": "WhatsApp"})
    assert list(table["author"]) == ["Compte-1", "Compte-2"]
    assert list(table["posts"]) == [2, 1] and table.loc[0, "platforms"] == "WhatsApp"


def test_network_layout_places_each_account_once():
    edges = pd.DataFrame({"account_a": ["a", "a", "x"], "account_b": ["b", "c", "y"], "weight": [2, 1, 1],
                          "network_id": ["R001", "R001", "R002"]})
    nodes, segments = view.network_layout(edges, ["R001"])
    assert sorted(nodes["account"]) == ["a", "b", "c"] and nodes.set_index("account").loc["a", "degree"] == 2
    assert len(segments) == 3 * 2
    empty_nodes, _ = view.network_layout(edges, [])
    assert empty_nodes.empty
