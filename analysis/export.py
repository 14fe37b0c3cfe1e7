"""Exports of posts and annotations: CSV cells safe against spreadsheet formula injection."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """Prefix a quote to text a spreadsheet would run as a formula (=, +, -, @, tab, CR)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_for_spreadsheet(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells (and column names) cannot start a formula; numbers are left as numbers."""
    out = frame.copy()
    for col in out.columns:
        if not (pd.api.types.is_numeric_dtype(out[col]) or pd.api.types.is_bool_dtype(out[col])
                or pd.api.types.is_datetime64_any_dtype(out[col])):
            out[col] = out[col].astype("object").map(neutralise_cell)
    out.columns = [neutralise_cell(str(c)) for c in out.columns]
    return out


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 with BOM so Excel opens accents correctly."""
    return safe_for_spreadsheet(frame).to_csv(index=False).encode("utf-8-sig")


def export_store(frame: pd.DataFrame, out: str | Path) -> int:
    out = Path(out)
    if out.suffix.lower() == ".parquet":
        frame.to_parquet(out, index=False)
    elif out.suffix.lower() == ".csv":
        out.write_bytes(to_csv_bytes(frame))
    else:
        raise ValueError(f"{out}: unknown export type (use .csv or .parquet)")
    return len(frame)
