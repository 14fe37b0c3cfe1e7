"""A link to a page, with filters in its query string, opened by a first visitor: Streamlit runs the page file
alone until the page list is declared; the page then declares it (public st.navigation) and runs again through
app.py's frame (timed, the role's page list), on the same page with the same filters."""
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ui.setup import DIRECT_RUN_KEY

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def timing_log(on_demo_store, tmp_path, monkeypatch):
    log = tmp_path / "timing.log"
    monkeypatch.setenv("VIGIE_TIMING", "1")
    monkeypatch.setenv("VIGIE_TIMING_LOG", str(log))
    return log


def _pages_run_by_app_py(log: Path) -> list[str]:
    return [json.loads(line)["page"] for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []


def test_a_link_to_a_page_opens_it_through_app_py_with_its_filters(timing_log):
    # AppTest starts every run of app.py in Streamlit's pages/ folder mode, as a fresh server does
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    at.switch_page("pages/4_Participation.py")
    at.query_params["party"] = "URD"
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.title[0].value == "Participation"
    assert any("URD" in c.value for c in at.caption)              # the link's filter is applied
    assert _pages_run_by_app_py(timing_log)[-1] == "Participation"  # the page ran inside app.py's frame
    assert len(at.sidebar.radio) >= 1 and at.sidebar.radio[0].label == "Langue de l'interface"
    assert [r.label for r in at.sidebar.radio].count("Langue de l'interface") == 1  # one frame, not two
    assert DIRECT_RUN_KEY not in at.session_state


def test_a_page_run_alone_as_the_main_script_goes_on_after_one_declaration(on_demo_store):
    at = AppTest.from_file(str(ROOT / "pages/4_Participation.py"), default_timeout=120).run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.title[0].value == "Participation" and at.session_state[DIRECT_RUN_KEY]
    at.run()
    assert not at.exception and at.title[0].value == "Participation"
