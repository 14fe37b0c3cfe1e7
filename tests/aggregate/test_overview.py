import pandas as pd
import pyarrow as pa

from analysis.aggregate import overview as aggregate
from analysis.export import neutralise_cell, safe_for_spreadsheet
from analysis.frame import from_arrow


def _frame():
    return from_arrow(pa.table({
        "post_id": [f"f:{i}" for i in range(6)],
        "platform": ["facebook", "facebook", "twitter", "facebook", "whatsapp", "twitter"],
        "author_id": ["a", "b", "a", "a", "c", "b"], "author_name": ["Awa", "Bako", "Awa", "Awa", "Cissé", "Bako"],
        "created_at": pd.to_datetime(["2020-03-01 08:00", "2020-03-01 09:00", "2020-03-03 10:00",
                                      "2020-03-03 11:00", "2020-03-03 12:00", "2020-03-04 13:00"], utc=True),
        "text": list("abcdef"), "sentiment": [0.5, -0.5, 0.0, 1.0, None, 0.0]}))


def test_posts_per_day_fills_missing_days_with_zero():
    tidy = aggregate.posts_per_day(_frame(), by="platform")
    assert len(tidy) == 4 * 3  # 4 days x 3 platforms
    day2 = tidy[tidy["day"] == pd.Timestamp("2020-03-02")]
    assert day2["n"].sum() == 0
    assert tidy["n"].sum() == 6
    assert tidy.query("platform == 'facebook'")["n"].tolist() == [2, 0, 1, 0]


def test_top_accounts_counts_and_names():
    top = aggregate.top_accounts(_frame(), n=2)
    assert top["author_id"].tolist() == ["a", "b"]
    assert top["author_name"].tolist() == ["Awa", "Bako"]
    assert top["posts"].tolist() == [3, 2]
    assert top["share"].tolist() == [0.5, 2 / 6]


def test_headline():
    h = aggregate.headline(_frame())
    assert h["posts"] == 6 and h["accounts"] == 3 and h["platforms"] == 3
    assert h["mean_tone"] == 0.2


def test_empty_frames_do_not_fail():
    empty = _frame().iloc[0:0]
    assert aggregate.posts_per_day(empty).empty
    assert aggregate.top_accounts(empty).empty
    assert aggregate.headline(empty)["posts"] == 0


def test_formula_cells_are_neutralised():
    assert neutralise_cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert neutralise_cell("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise_cell("-2+3") == "'-2+3"
    assert neutralise_cell("Allez voter") == "Allez voter"
    out = safe_for_spreadsheet(pd.DataFrame({"text": ["+33 1", "ok"], "n": [-1, 2]}))
    assert out["text"].tolist() == ["'+33 1", "ok"] and out["n"].tolist() == [-1, 2]
