"""Reading a table as a page draws it (headers from its column config, numbers written the French way), and what
a page shows that people should not meet (unreadable)."""
from __future__ import annotations

import json
import math
import re

import pandas as pd


def drawn(element) -> pd.DataFrame:
    """The element's frame under the headers people see (the column config's labels)."""
    config = json.loads(element.proto.columns or "{}")
    frame = element.value
    return frame.rename(columns={c: config.get(str(c), {}).get("label") or c for c in frame.columns})


def number(text) -> float:
    """ "1 404" -> 1404.0, "+0,25" -> 0.25, "12,3 %" -> 12.3, "—" -> nan."""
    cleaned = str(text).replace("\u202f", "").replace("\u00a0", "").replace("%", "").replace(",", ".").strip()
    return math.nan if cleaned in ("—", "") else float(cleaned)


def numbers(values) -> list[float]:
    return [number(v) for v in values]


RAW_NAME = re.compile(r"^[a-z0-9_]+$")  # how a column is named in code; headers people read are capitalised


def headers(element) -> list[str]:
    """The headers as drawn: the column_config label where one is set, else the column's own name."""
    config = json.loads(element.proto.columns or "{}")
    return [config.get(str(c), {}).get("label") or str(c) for c in element.value.columns]


def raw_headers(element) -> list[str]:
    config = json.loads(element.proto.columns or "{}")
    hidden = {c for c, spec in config.items() if spec.get("hidden")}
    return [h for c, h in zip(element.value.columns, headers(element)) if str(c) not in hidden and RAW_NAME.match(h)]


def null_columns(element) -> list[str]:
    """Columns with a missing value: Streamlit draws it as a grey "None"."""
    frame = element.value
    return [str(c) for c in frame.columns if frame[c].isna().any()]


def unreadable(at) -> dict:
    """What a page run shows that people should not meet: raw headers and "None" cells in its tables, multiple
    choices with Streamlit's English placeholder, charts with English number separators."""
    problems = {}
    for i, element in enumerate(at.dataframe):
        bad = {"raw headers": raw_headers(element), "None cells": null_columns(element)}
        if any(bad.values()):
            problems[f"table {i} {list(element.value.columns)[:6]}"] = bad
    english = [m.label for m in at.multiselect if not m.proto.placeholder or m.proto.placeholder.startswith("Choose")]
    if english:
        problems["English placeholder"] = english
    separators = [json.loads(chart.proto.spec)["layout"].get("separators") for chart in at.get("plotly_chart")]
    if any(s != ",\u202f" for s in separators):
        problems["chart separators"] = separators
    return problems
