"""The one account key: how a post's author is matched with an actors-list account.

Exports and actors lists spell the same account differently (`@URD_Mali`, `urd_mali `): the key
drops spaces around it, a leading @ and case. The analysers (author's party and region) and the
pseudonymisation of private authors compare accounts by this key only.
"""
from __future__ import annotations

import numpy as np
import pandas as pd


def account_key(value) -> str:
    """'  @URD_Mali ' -> 'urd_mali'; '' for a missing account."""
    return value.strip().lstrip("@").lower() if isinstance(value, str) else ""


def account_keys(values: pd.Series) -> pd.Series:
    """account_key of every cell, computed once per distinct account."""
    codes, uniques = pd.factorize(values.astype(object), use_na_sentinel=True)
    keys = np.array([account_key(v) for v in uniques] + [""], dtype=object)
    return pd.Series(keys[codes], index=values.index, dtype=object)
