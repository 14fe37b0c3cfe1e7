"""Every table a page shows speaks to people: translated headers (no raw column name such as platform, n, share,
content_hash) and no "None" in a cell (an empty cell is blank or "—"); no multiple choice left with Streamlit's
English placeholder ("Choose options"); charts write numbers the French way (1 234,5). Walks app.py and every page under AppTest on the demo store, as an admin
on a laptop sees them (every page, every section)."""
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from tests.apptest_helpers import run_page

ROOT = Path(__file__).resolve().parents[2]
PAGES = ["app.py", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pages").glob("*.py"))]
RAW_NAME = re.compile(r"^[a-z0-9_]+$")  # how a column is named in code; headers people read are capitalised


def headers(element) -> list[str]:
    """The headers as drawn: the column_config label where one is set, else the column's own name."""
    config = json.loads(element.proto.columns or "{}")
    frame = element.value
    return [config.get(str(c), {}).get("label") or str(c) for c in frame.columns]


def raw_headers(element) -> list[str]:
    config = json.loads(element.proto.columns or "{}")
    hidden = {c for c, spec in config.items() if spec.get("hidden")}
    return [h for c, h in zip(element.value.columns, headers(element)) if str(c) not in hidden and RAW_NAME.match(h)]


def null_columns(element) -> list[str]:
    """Columns with a missing value: Streamlit draws it as a grey "None"."""
    frame = element.value
    return [str(c) for c in frame.columns if frame[c].isna().any()]


@pytest.mark.parametrize("page", PAGES)
def test_tables_have_translated_headers_and_no_none_cells(on_demo_store, page):
    at = run_page(ROOT / page)
    assert not at.exception, [e.message for e in at.exception]
    problems = {}
    for i, element in enumerate(at.dataframe):
        bad = {"raw headers": raw_headers(element), "None cells": null_columns(element)}
        if any(bad.values()):
            problems[f"table {i} {list(element.value.columns)[:6]}"] = bad
    assert problems == {}
    assert [m.label for m in at.multiselect if not m.proto.placeholder or m.proto.placeholder.startswith("Choose")] \
        == []
    layouts = [json.loads(chart.proto.spec)["layout"] for chart in at.get("plotly_chart")]
    assert [layout.get("separators") for layout in layouts] == [",\u202f"] * len(layouts)


def test_the_check_sees_a_raw_header_and_a_none_cell():
    class Shown:  # the two things an AppTest Dataframe element offers: its frame and its proto
        value = pd.DataFrame({"platform": ["x"], "n": [None]})
        proto = type("P", (), {"columns": json.dumps({"n": {"label": "Posts"}})})()
    assert raw_headers(Shown) == ["platform"] and null_columns(Shown) == ["n"]
