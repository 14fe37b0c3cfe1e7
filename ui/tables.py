"""Tables as people read them: translated, capitalised headers; numbers in the reader's language ("12,3", "—" when
missing, never "None"); dates as 19/04/2020 14:00. Cells stay plain text (st.dataframe never renders HTML or
Markdown, whatever a post says)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis import i18n
from analysis.i18n import numbers
from ui.state import lang, t

DATE_FORMAT = "DD/MM/YYYY HH:mm"


def header(column: str, labels: dict | None = None) -> str:
    """labels[column], else the string of key col_<column>; first letter capitalised."""
    label = (labels or {}).get(column) or t(f"col_{column}")
    return label[:1].upper() + label[1:]


def column_config(original: pd.DataFrame, shown: pd.DataFrame, labels: dict | None, wide=(),
                  date_format: str = DATE_FORMAT) -> dict:
    config = {}
    for col in shown.columns:
        name = header(str(col), labels)
        if pd.api.types.is_datetime64_any_dtype(shown[col]):
            config[col] = st.column_config.DatetimeColumn(name, format=date_format)
        elif pd.api.types.is_bool_dtype(shown[col]):
            config[col] = st.column_config.CheckboxColumn(name)
        elif pd.api.types.is_numeric_dtype(original[col]):
            config[col] = st.column_config.TextColumn(name, alignment="right")
        else:
            config[col] = st.column_config.TextColumn(name, width="large" if col in wide else None)
    return config


def show(frame: pd.DataFrame, key: str | None = None, labels: dict | None = None, decimals: dict | None = None,
         signed=(), percents=(), wide=("text", "explanation", "sample_text", "detail"), height: int | None = None,
         where=st, seconds: bool = False) -> pd.DataFrame:
    """Draws frame (in `where`: st, a column or the sidebar) and returns the display copy that was drawn;
    seconds: dates to the second (copy-paste bursts are minutes long)."""
    shown = numbers.display_frame(frame, lang(), decimals, signed, percents)
    options = {"height": height} if height else {}
    where.dataframe(shown, hide_index=True, width="stretch", key=key,
                    column_config=column_config(frame, shown, labels, wide, DATE_FORMAT + (":ss" if seconds else "")),
                    **options)
    return shown


def _each(values: pd.Series, naming) -> list:
    """;-joined codes -> their labels joined by ", " (text cells; an empty cell stays blank)."""
    return [", ".join(naming(code) for code in str(v).split(";") if code) if isinstance(v, str) else v
            for v in values.astype(object)]


def readable(frame: pd.DataFrame) -> pd.DataFrame:
    """Codes in people's words: platform and language names, categories and topics by their labels, lists with
    commas. Only presentation: the CSV keeps the canonical values."""
    out, ui_lang = frame.copy(), lang()
    namers = {"platform": lambda c: i18n.platform_label(c, ui_lang), "lang": lambda c: i18n.lang_label(c, ui_lang),
              "participation": lambda c: i18n.label(i18n.CATEGORY_LABELS, c, ui_lang),
              "topics": lambda c: i18n.label(i18n.TOPIC_LABELS, c, ui_lang), "parties": str,
              "categories": lambda c: i18n.label(i18n.CATEGORY_LABELS if c in i18n.CATEGORY_LABELS
                                                 else i18n.TOPIC_LABELS, c, ui_lang)}
    for col, naming in namers.items():
        if col in out.columns:
            out[col] = _each(out[col], naming)
    return out
