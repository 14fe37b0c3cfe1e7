"""Exports of posts and annotations: CSV cells safe against spreadsheet formula injection, and what each role may
take away (for_role, csv_for_role: without the export_personal right, no link, no account id, no precise place,
and private individuals under their pseudonyms)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pandas as pd

from analysis.accounts import roles

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


# Columns that lead to a person: a link to a post or an account, an identifier of an account or of a post (which
# gives its link), a precise place. Names are not here: they are replaced by pseudonyms (see for_role).
PERSONAL_COLUMNS = frozenset({
    "url", "urls", "link", "links", "post_url", "author_url",
    "author_id", "author_handle", "handle", "user_id", "account", "account_a", "account_b",
    "post_id", "reply_to_id",
    "lat", "lon", "author_location"})
NAME_COLUMN, ID_COLUMN = "author_name", "author_id"


class ExportRefused(PermissionError):
    """A role without the export right, or a table of names that could not be pseudonymised."""


def personal_columns(frame: pd.DataFrame) -> list[str]:
    return [c for c in frame.columns if str(c).lower() in PERSONAL_COLUMNS]


def for_role(frame: pd.DataFrame, role: str | None,
             pseudonyms: Callable[[pd.DataFrame], pd.Series] | None = None) -> pd.DataFrame:
    """The table as `role` may see and take it. With export_personal (analyst, admin): unchanged. Without it
    (viewer): author_name replaced by pseudonyms(frame) (names of listed public actors, pseudonyms of everyone
    else) and the personal columns dropped. A table with raw names and account ids but no pseudonyms function
    is refused rather than exported with names."""
    if not roles.allowed(role, "export"):
        raise ExportRefused(f"role {role!r} may not export")
    if roles.allowed(role, "export_personal"):
        return frame
    out = frame.copy()
    if NAME_COLUMN in out.columns and ID_COLUMN in out.columns:
        if pseudonyms is None:
            raise ExportRefused("author names need pseudonyms for this role")
        out[NAME_COLUMN] = pd.Series(pseudonyms(frame), index=frame.index).astype(object)
    return out.drop(columns=personal_columns(out))


def csv_for_role(frame: pd.DataFrame, role: str | None,
                 pseudonyms: Callable[[pd.DataFrame], pd.Series] | None = None) -> bytes:
    """for_role, then the spreadsheet-safe CSV (to_csv_bytes)."""
    return to_csv_bytes(for_role(frame, role, pseudonyms))
