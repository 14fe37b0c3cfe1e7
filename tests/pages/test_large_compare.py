"""Comparer les partis in large-store mode (the posts frame never loaded): every chart and table equals the one the
page draws from the frame, and a click lists the posts behind it by SQL."""
import json
from pathlib import Path

import pytest

from tests.apptest_helpers import run_page, store_mode
from tests.chart_data import traces

ROOT = Path(__file__).resolve().parents[2]
COMPARE = ROOT / "pages" / "5_Comparer_les_partis.py"
PARAMS = [{}, {"platform": ["facebook", "whatsapp"], "from": "2020-03-01", "to": "2020-04-20"},
          {"party": ["RPM", "UDD"], "region": ["Bamako", "Mopti"]}]


def _run(demo_db, monkeypatch, params, large: bool, clicks=None, accounts: bool = False):
    with store_mode(demo_db, large):
        at = run_page(COMPARE, params)
        if large and accounts:  # computed on request on a large store
            at.toggle(key="cmp_accounts").set_value(True).run()
        for key, point in (clicks or {}).items():
            at.session_state[key] = {"selection": {"points": [{"customdata": point}], "point_indices": [0],
                                                   "box": [], "lasso": []}}
        if clicks:
            at.run()
        assert not at.exception, [e.message for e in at.exception]
    return at


def _rounded(value):
    """Floats to 9 digits: a mean summed in SQL and in numpy differs in the last bits."""
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, (list, tuple)):
        return [_rounded(v) for v in value]
    return value


def _charts(at) -> list[str]:
    return [json.dumps([{k: _rounded(t.get(k)) for k in ("name", "x", "y", "customdata", "text")}
                        for t in traces(chart)], sort_keys=True, default=str) for chart in at.get("plotly_chart")]


@pytest.mark.parametrize("params", PARAMS, ids=["none", "platform+dates", "party+region"])
def test_every_figure_equals_the_frame_pages(demo_db, monkeypatch, params):
    served = _run(demo_db, monkeypatch, params, large=True, accounts=True)
    frame = _run(demo_db, monkeypatch, params, large=False)
    assert len(served.get("plotly_chart")) == len(frame.get("plotly_chart")) == 4, "share, tone, topics, regions"
    assert _charts(served) == _charts(frame)
    tables = [t.value for t in served.get("dataframe")]
    references = [t.value for t in frame.get("dataframe")]
    assert len(tables) == len(references) == 3, "summary, accounts for, accounts about"
    assert tables[0].to_dict("list") == references[0].to_dict("list")
    for table, reference in zip(tables[1:], references[1:]):  # ties among accounts may come in another order
        assert sorted(map(tuple, table.iloc[:, [0, 2, 3]].values)) == sorted(map(tuple, reference.iloc[:, [0, 2, 3]].values))


def test_a_click_on_a_share_point_lists_its_posts_by_sql(demo_db, monkeypatch):
    first = _run(demo_db, monkeypatch, {}, large=True)
    line = [t for t in traces(first.get("plotly_chart")[0]) if t.get("mode") == "lines+markers"][0]
    party, start = line["customdata"][2][0], line["customdata"][2][1]
    clicks = {"compare_share": [party, start, 0, 0]}
    served = _run(demo_db, monkeypatch, {}, large=True, clicks=clicks)
    frame = _run(demo_db, monkeypatch, {}, large=False, clicks=clicks)
    expected = [h.value for h in frame.subheader if h.value.startswith("Posts derrière")][0]
    n = int(expected.rsplit("(", 1)[1].rstrip(")"))
    assert n > 0
    captions = " ".join(c.value for c in served.caption)
    assert f"· {n:,} posts".replace(",", "\u202f") in captions
    assert len(served.get("dataframe")[1].value) == min(500, n)  # after the summary: the selection's page


def test_a_click_on_a_tone_bar_says_why_no_posts_are_listed(demo_db, monkeypatch):
    first = _run(demo_db, monkeypatch, {}, large=True)
    bar = traces(first.get("plotly_chart")[1])[0]
    served = _run(demo_db, monkeypatch, {}, large=True, clicks={"compare_tone": bar["customdata"][0]})
    assert any("bande de ton" in i.value for i in served.info)


def test_the_accounts_wait_for_a_request_on_a_large_store(demo_db, monkeypatch):
    at = _run(demo_db, monkeypatch, {}, large=True)
    assert len(at.get("dataframe")) == 1, "the summary only"
    assert any("à la demande" in c.value for c in at.caption)
