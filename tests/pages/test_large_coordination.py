"""Coordination in large-store mode (the posts frame never loaded): the groups stored by `annotate` are listed from
their own posts, with the same figures, table and chosen group as the page drawn from the frame."""
from pathlib import Path

import pytest

from tests.apptest_helpers import run_page, store_mode

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "pages" / "8_Coordination.py"
PARAMS = [{}, {"platform": ["facebook", "whatsapp"], "from": "2020-03-10", "to": "2020-04-20"},
          {"region": ["Bamako", "Mopti", "Gao"]}]


def _run(path, params, large: bool):
    with store_mode(path, large):
        at = run_page(PAGE, params)
        assert not at.exception, [e.message for e in at.exception]
    return at


def _rows(table) -> list[tuple]:
    """The group table's rows without the group number (groups tied on accounts, posts and first post may be
    numbered in another order), sorted."""
    return sorted(map(tuple, table.drop(columns=table.columns[0]).astype(str).values))


@pytest.mark.parametrize("params", PARAMS, ids=["none", "platform+dates", "regions"])
def test_the_groups_equal_the_frame_pages(demo_db, params):
    served, frame = _run(demo_db, params, large=True), _run(demo_db, params, large=False)
    metrics = [(m.label, m.value) for m in served.metric]
    assert metrics[:3] == [(m.label, m.value) for m in frame.metric][:3]
    assert int(metrics[0][1]) > 0, "the demo store holds coordinated groups under these filters"
    tables, references = served.get("dataframe"), frame.get("dataframe")
    assert _rows(tables[0].value) == _rows(references[0].value)
    chosen = served.selectbox(key="co_pick").value
    assert chosen == frame.selectbox(key="co_pick").value
    for table, reference in zip(tables[1:3], references[1:3]):  # the chosen group's accounts and posts
        assert table.value.astype(str).values.tolist() == reference.value.astype(str).values.tolist()


def test_settings_are_fixed_and_networks_explained(demo_db):
    at = _run(demo_db, {}, large=True)
    assert at.number_input(key="co_n").disabled and at.slider(key="co_threshold").disabled
    texts = " ".join(str(e.value) for kind in ("info", "caption") for e in at.get(kind))
    assert "enregistrés" in texts and "texte de chaque post" in texts
