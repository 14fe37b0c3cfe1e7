import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import schema

ROOT = Path(__file__).resolve().parent.parent


def _posts(**overrides):
    base = {"post_id": ["facebook:1", "twitter:2"], "platform": ["facebook", "twitter"],
            "created_at": ["2020-03-29 10:00:00+00:00", "2020-03-29T12:30:00Z"], "text": ["Allez voter", "Boycott"]}
    base.update(overrides)
    return pd.DataFrame(base)


def test_conform_returns_every_canonical_column_in_order():
    out = schema.conform(_posts(likes=["1", None]))
    assert tuple(out.columns) == schema.POST_NAMES
    assert str(out["created_at"].dt.tz) == "UTC"
    assert out["likes"].tolist()[0] == 1 and pd.isna(out["likes"].tolist()[1])
    assert out["is_repost"].tolist() == [False, False]


@pytest.mark.parametrize("overrides, message", [
    ({"platform": ["facebook", "myspace"]}, "platform"),
    ({"post_id": ["facebook:1", "facebook:1"]}, "duplicate"),
    ({"created_at": ["2020-03-29", "not a date"]}, "created_at"),
    ({"likes": [-3, 1]}, "negative"),
    ({"likes": ["many", 1]}, "likes"),
    ({"lat": [95.0, None]}, "lat"),
    ({"text": ["ok", None]}, "text"),
])
def test_conform_rejects_impossible_values_with_the_column_named(overrides, message):
    with pytest.raises(schema.SchemaError, match=message):
        schema.conform(_posts(**overrides))


def test_conform_names_missing_required_columns():
    with pytest.raises(schema.SchemaError, match="created_at, text"):
        schema.conform(pd.DataFrame({"post_id": ["x:1"], "platform": ["other"]}))


def test_readme_column_table_matches_schema():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)` \| (\w+) \|", readme, flags=re.M)
    declared = [(c.name, c.dtype) for c in schema.POST_COLUMNS + schema.ANNOTATION_COLUMNS]
    assert rows == declared


@pytest.mark.parametrize("values, expected", [(("RPM", "URD"), "RPM;URD"), ((), ""), (None, "")])
def test_join_list(values, expected):
    assert schema.join_list(values) == expected


def test_join_map_rounds_scores():
    assert schema.join_map({"URD": 0.4212, "RPM": -0.61}) == "URD:0.42;RPM:-0.61"
