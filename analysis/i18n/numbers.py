"""Numbers as people read them: French "1 234,5" and "12,3 %" (narrow no-break spaces), English "1,234.5" and
"12.3%"; a missing value is "—". And the display form of a table: its numbers as such text, empty text blank."""
from __future__ import annotations

import math

import pandas as pd

MISSING = "—"
NNBSP = "\u202f"  # the narrow no-break space French typography puts between thousands and before %


def _missing(value) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def number(value, lang: str = "fr", decimals: int = 0, signed: bool = False) -> str:
    """12345.678 -> "12 345,7" (fr, 1 decimal) or "12,345.7" (en); signed adds + to positive values."""
    if _missing(value):
        return MISSING
    text = f"{float(value):{'+' if signed else ''},.{int(decimals)}f}"
    if lang == "en":
        return text
    return text.replace(",", NNBSP).replace(".", ",")


def percent(share, lang: str = "fr", decimals: int = 1) -> str:
    """A share in [0, 1] as a percentage: 0.1234 -> "12,3 %" (fr), "12.3%" (en)."""
    if _missing(share):
        return MISSING
    value = number(100 * float(share), lang, decimals)
    return f"{value}%" if lang == "en" else f"{value}{NNBSP}%"


def display_frame(frame: pd.DataFrame, lang: str = "fr", decimals: dict | None = None, signed=(),
                  percents=()) -> pd.DataFrame:
    """A copy to show: numeric columns (bools aside) as text numbers, `percents` columns as percentages, missing
    values "—", empty or missing text blank; datetimes kept (drawn by a date column) unless one is missing."""
    decimals = decimals or {}
    out = frame.copy()
    for col in out.columns:
        values = out[col]
        if col in percents:
            out[col] = [percent(v, lang, decimals.get(col, 1)) for v in values]
        elif pd.api.types.is_bool_dtype(values):
            continue
        elif pd.api.types.is_numeric_dtype(values):
            out[col] = [number(v, lang, decimals.get(col, 0), col in signed) for v in values]
        elif pd.api.types.is_datetime64_any_dtype(values):
            if values.isna().any():
                out[col] = [MISSING if _missing(v) else f"{v:%d/%m/%Y %H:%M}" for v in values]
        else:
            out[col] = values.astype(object).where(values.notna(), "")
    return out
