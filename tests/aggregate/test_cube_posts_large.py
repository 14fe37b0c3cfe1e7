"""The selections the chart pages make on a large store (tone bin, participation, map cercle, language) and the
overview's account figures fetch the posts the frame's masks keep."""
import numpy as np
import pytest

from analysis.aggregate import cube_posts, overview
from analysis.aggregate import map as map_view
from analysis.aggregate import participation, tone
from analysis.aggregate.lists import has_item
from analysis.filters import Filters


def _ids(store, selection, filters=Filters()) -> set[str]:
    sql, params = cube_posts.where(filters, selection)
    return set(store.query(f"SELECT post_id FROM {cube_posts.KEYS} WHERE {sql}", params)["post_id"])


def _frame_ids(posts, mask) -> set[str]:
    return set(posts.loc[np.asarray(mask), "post_id"].astype(str))


def test_a_tone_bin_is_the_frames_bin(store, frame):
    for number in (0, 4, 9):
        mask = (frame["platform"] == "facebook").to_numpy() & tone.in_tone_bin(frame, number)
        expected = _frame_ids(frame, mask)
        assert _ids(store, {"platform": "facebook", "tone_bin": number}) == expected
    assert any(_frame_ids(frame, tone.in_tone_bin(frame, n)) for n in range(10))


def test_participation_categories_join_the_annotations(store, frame):
    calls = has_item(frame["participation"], participation.CALL) | has_item(frame["participation"],
                                                                          participation.BOYCOTT)
    expected = _frame_ids(frame, calls)
    assert expected, "the demo store has calls to vote or to boycott"
    assert _ids(store, {"participation": [participation.CALL, participation.BOYCOTT]}) == expected
    assert _ids(store, {"participation": participation.CALL}) == _frame_ids(
        frame, has_item(frame["participation"], participation.CALL))


def test_a_map_cercle_and_a_language(store, frame):
    cercle = str(frame.loc[(frame["region"] != "Bamako") & (frame["cercle"] != ""), "cercle"].iloc[0])
    expected = _frame_ids(frame, map_view.in_area(frame, "cercle", cercle))
    assert _ids(store, {"cercle": cercle, "region_not": "Bamako"}) == expected
    assert _ids(store, {"lang": "fr"}) == _frame_ids(frame, frame["lang"] == "fr")


@pytest.mark.parametrize("filters", [Filters(), Filters(platforms=("whatsapp",)), Filters(parties=("URD",))])
def test_account_figures_in_one_pass(store, frame, filters):
    posts = filters.apply(frame)
    accounts, top = cube_posts.account_figures(store.query, filters, 10)
    assert accounts == overview.headline(posts)["accounts"]
    reference = overview.top_accounts(posts, 10)
    assert top["posts"].tolist() == reference["posts"].tolist()
    assert top["share"].round(12).tolist() == reference["share"].round(12).tolist()
