"""French and English numbers, percentages and the display form of a table."""
import numpy as np
import pandas as pd
import pytest

from analysis.i18n import numbers

N = "\u202f"


@pytest.mark.parametrize("value, lang, decimals, signed, expected", [
    (12345.678, "fr", 1, False, f"12{N}345,7"), (12345.678, "en", 1, False, "12,345.7"),
    (3, "fr", 0, False, "3"), (0.25, "fr", 2, True, "+0,25"), (-0.25, "fr", 2, True, "-0,25"),
    (1234567, "fr", 0, False, f"1{N}234{N}567"), (None, "fr", 1, False, "—"), (np.nan, "en", 1, False, "—"),
    (pd.NA, "fr", 0, False, "—")])
def test_number(value, lang, decimals, signed, expected):
    assert numbers.number(value, lang, decimals, signed) == expected


def test_percent():
    assert numbers.percent(0.1234) == f"12,3{N}%" and numbers.percent(0.1234, "en") == "12.3%"
    assert numbers.percent(None) == "—" and numbers.percent(1, decimals=0) == f"100{N}%"


def test_display_frame_turns_numbers_into_text_and_empties_into_blanks_or_dashes():
    frame = pd.DataFrame({"kind": ["spike", None], "expected": [12.34, None], "n": pd.array([1200, pd.NA], "Int64"),
                          "share": [0.5, 0.25], "tone": [0.2, -0.1], "small": [True, False],
                          "start": pd.to_datetime(["2020-03-29 08:00", None])})
    shown = numbers.display_frame(frame, decimals={"expected": 1, "tone": 2}, signed=("tone",), percents=("share",))
    assert shown["kind"].tolist() == ["spike", ""]
    assert shown["expected"].tolist() == ["12,3", "—"] and shown["n"].tolist() == [f"1{N}200", "—"]
    assert shown["share"].tolist() == [f"50,0{N}%", f"25,0{N}%"] and shown["tone"].tolist() == ["+0,20", "-0,10"]
    assert shown["small"].tolist() == [True, False] and shown["start"].tolist() == ["29/03/2020 08:00", "—"]
    assert not shown.isna().any().any() and frame["expected"].isna().sum() == 1  # the input is left as it was
