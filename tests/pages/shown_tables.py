"""Reading a table as a page draws it: headers from its column config, numbers written the French way."""
from __future__ import annotations

import json
import math

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
