"""The dashboard's in-memory frame: compact dtypes so 1,000,000 posts stay well under 2 GB.

Low-cardinality text columns (platform, lang, region, `;`-joined lists...) become categoricals, which
also makes filtering on them a look-up over the few distinct values instead of a scan of the strings.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

CATEGORY_COLUMNS = ("platform", "author_id", "author_name", "author_location", "source", "lang",
                    "sentiment_label", "parties", "author_party", "region", "region_source", "cercle",
                    "participation", "topics", "dup_group", "party_tone")
COUNT_COLUMNS = ("likes", "shares", "comments", "views")


def from_arrow(table: pa.Table) -> pd.DataFrame:
    """Arrow table from the store -> dashboard frame (categoricals, nullable counts, a `day` column)."""
    for name in CATEGORY_COLUMNS:
        if name in table.column_names:
            idx = table.column_names.index(name)
            column = pc.fill_null(table.column(name).cast(pa.string()), "")
            table = table.set_column(idx, name, pc.dictionary_encode(column))
    frame = table.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)
    for name in COUNT_COLUMNS:
        if name in frame:
            frame[name] = frame[name].astype("Int64")
    frame["created_at"] = pd.to_datetime(frame["created_at"], utc=True)
    frame["day"] = frame["created_at"].dt.floor("D").dt.tz_localize(None)
    return frame


def has_any(series: pd.Series, values) -> np.ndarray:
    """Rows whose `;`-joined list shares at least one item with values (categorical fast path)."""
    wanted = set(values)
    if isinstance(series.dtype, pd.CategoricalDtype):
        cats = series.cat.categories
        hit = np.fromiter((bool(wanted.intersection(str(c).split(";"))) for c in cats), bool, len(cats))
        codes = series.cat.codes.to_numpy()
        if not len(hit):  # no categories: every value is missing
            return np.zeros(len(codes), dtype=bool)
        return np.where(codes >= 0, hit[np.maximum(codes, 0)], False)
    return series.fillna("").astype(str).map(lambda s: bool(wanted.intersection(s.split(";")))).to_numpy()
