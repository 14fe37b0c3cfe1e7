"""The check every page run passes in test_home (shown_tables.unreadable): translated headers (no raw column name
such as platform, n, share, content_hash), no "None" in a cell, no English placeholder, French chart numbers.
Here: that the check itself can fail."""
import json

import pandas as pd

from tests.pages.shown_tables import null_columns, raw_headers, unreadable


class _Table:  # what an AppTest Dataframe element offers: its frame and its proto
    value = pd.DataFrame({"platform": ["x"], "n": [None], "Part": [0.5]})
    proto = type("P", (), {"columns": json.dumps({"n": {"label": "Posts"}})})()


class _Run:
    dataframe = [_Table]
    multiselect = [type("M", (), {"label": "Ton", "proto": type("P", (), {"placeholder": "Choose options"})()})()]

    @staticmethod
    def get(kind):
        return [type("C", (), {"proto": type("P", (), {"spec": json.dumps({"layout": {}})})()})()]


def test_the_check_sees_a_raw_header_a_none_cell_an_english_placeholder_and_english_numbers():
    assert raw_headers(_Table) == ["platform"] and null_columns(_Table) == ["n"]
    problems = unreadable(_Run)
    assert set(problems) == {"table 0 ['platform', 'n', 'Part']", "English placeholder", "chart separators"}
