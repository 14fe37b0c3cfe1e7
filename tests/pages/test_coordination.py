"""The Coordination page on the demo store: groups, one group's timeline, networks, settings."""
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest_helpers import run_page

ROOT = Path(__file__).resolve().parents[2]
PAGE = str(ROOT / "pages" / "8_Coordination.py")


pytestmark = pytest.mark.usefixtures("on_demo_store")


@pytest.fixture(scope="module")
def page() -> AppTest:
    """One run of the page with default settings, shared by the tests that only read it."""
    return _run()


@pytest.fixture(scope="module")
def truth(demo_db):
    from analysis.store import Store
    with Store(demo_db, read_only=True) as store:
        return store.campaign_truth()


def _run(params=None) -> AppTest:
    return run_page(PAGE, params)


def _metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def test_page_lists_the_demo_campaigns_and_explains_itself(truth, page):
    at = page
    assert not at.exception, [e.message for e in at.exception]
    assert int(_metric(at, "Groupes coordonnés")) == truth["campaign_id"].nunique()
    assert any("pas la preuve de faux comptes" in w.value for w in at.warning)
    assert any("Jaccard" in t.value for t in at.text)
    table = at.dataframe[0].value
    accounts = [int(n) for n in table["n_accounts"]]  # shown as text numbers, in the reader's language
    assert accounts == sorted(accounts, reverse=True)


def test_group_timeline_shows_every_post_of_the_group(page):
    at = page
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    dots = sum(len(trace["x"]) for trace in spec["data"])
    first = at.dataframe[0].value.iloc[0]
    assert dots == int(first["n_posts"])


def test_authors_are_pseudonymised_in_the_group_accounts(page):
    at = page
    accounts = at.dataframe[1].value
    assert accounts["author"].str.startswith("Compte-").any()
    assert not accounts["author"].str.match(r"^u\d+$").any()


def test_networks_section_shows_the_estimated_interval(page):
    at = page
    assert _metric(at, "Intervalle de coordination").endswith("min")
    assert any(h.value == "Réseaux de partage de liens" for h in at.header)


def test_strict_settings_leave_no_group_and_say_so():
    at = _run()
    at.number_input(key="co_n").set_value(60).run()
    assert not at.exception
    assert int(_metric(at, "Groupes coordonnés")) == 0
    assert any("Aucun groupe coordonné" in i.value for i in at.info)


def test_sidebar_filters_narrow_the_groups():
    at = _run({"from": "2020-02-20", "to": "2020-02-21"})
    assert not at.exception
    assert int(_metric(at, "Groupes coordonnés")) == 0
