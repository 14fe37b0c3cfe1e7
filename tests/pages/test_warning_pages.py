"""The Rumeurs and Alertes pages on the demo store."""
import json
from pathlib import Path

import pytest

from tests.apptest_helpers import run_page

ROOT = Path(__file__).resolve().parents[2]


pytestmark = pytest.mark.usefixtures("on_demo_store")


def test_rumeurs_lists_the_claims_with_curve_and_posts(demo_db):
    from analysis.store import Store
    with Store(demo_db, read_only=True) as store:
        truth = store.claim_truth()
    at = run_page(ROOT / "pages" / "12_Rumeurs.py")
    assert not at.exception, [e.message for e in at.exception]
    assert int(next(m.value for m in at.metric if m.label == "Rumeurs")) >= truth["claim_id"].nunique()
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert {t["name"] for t in spec["data"]} == {"Rumeur", "Démenti"}
    assert any("Parcours" in c.value for c in at.caption)
    texts = [df.value for df in at.dataframe if "text" in df.value.columns]
    assert texts and all(t["text"].map(type).eq(str).all() for t in texts)


def test_rumeurs_user_keywords_define_a_claim():
    at = run_page(ROOT / "pages" / "12_Rumeurs.py")
    at.text_input(key="ru_keywords").input("Kalaban Coro").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert "user" in set(table["origin"])


def test_alertes_feed_newest_first_with_chart_link_and_export():
    at = run_page(ROOT / "pages" / "13_Alertes.py")
    assert not at.exception, [e.message for e in at.exception]
    feed = at.dataframe[0].value
    assert len(feed) >= 1 and list(feed["start"]) == sorted(feed["start"], reverse=True)
    assert any("Posts?" in m.value for m in at.markdown)
    assert any(b.label == "Télécharger le CSV" or "CSV" in b.label for b in at.get("download_button"))


def test_alertes_thresholds_change_the_feed():
    at = run_page(ROOT / "pages" / "13_Alertes.py")
    before = int(next(m.value for m in at.metric if m.label == "Alertes"))
    at.number_input(key="al_score").set_value(50.0).run()
    after = int(next(m.value for m in at.metric if m.label == "Alertes"))
    assert after < before
