from datetime import date

import pandas as pd
import pyarrow as pa
import pytest

from analysis.filters import Filters
from analysis.frame import from_arrow, has_any


@pytest.fixture(scope="module")
def posts():
    table = pa.table({
        "post_id": ["f:1", "f:2", "t:3", "w:4"], "platform": ["facebook", "facebook", "twitter", "whatsapp"],
        "author_id": ["a", "b", "a", "c"], "created_at": pd.to_datetime(
            ["2020-03-01 08:00", "2020-03-29 10:00", "2020-04-19 09:00", "2020-05-01 12:00"], utc=True),
        "text": ["Élection apaisée", "Fraude massive à Gao", "allez voter", "ELECTION truquée"],
        "lang": ["fr", "fr", "fr", "mixed"], "parties": ["RPM", "RPM;URD", "", "URD"],
        "region": ["Bamako", "Gao", "", "Bamako"]})
    return from_arrow(table)


@pytest.mark.parametrize("filters, expected", [
    (Filters(), ["f:1", "f:2", "t:3", "w:4"]),
    (Filters(date_from=date(2020, 3, 29), date_to=date(2020, 4, 19)), ["f:2", "t:3"]),
    (Filters(platforms=("facebook",)), ["f:1", "f:2"]),
    (Filters(parties=("URD",)), ["f:2", "w:4"]),
    (Filters(regions=("Bamako",), langs=("mixed",)), ["w:4"]),
    (Filters(q="election"), ["f:1", "w:4"]),
    (Filters(q="FRAUDE"), ["f:2"]),
    (Filters(q="a.b("), []),
])
def test_apply_returns_the_matching_subset(posts, filters, expected):
    out = filters.apply(posts)
    assert out["post_id"].tolist() == expected
    assert set(out["post_id"]) <= set(posts["post_id"])


def test_apply_never_modifies_its_input(posts):
    before = posts.copy()
    Filters(parties=("RPM",)).apply(posts)
    pd.testing.assert_frame_equal(posts, before)


def test_has_any_on_categorical_and_plain_strings(posts):
    assert has_any(posts["parties"], ["URD"]).tolist() == [False, True, False, True]
    assert has_any(posts["parties"].astype(str), ["RPM"]).tolist() == [True, True, False, False]


def test_describe_in_french_and_english():
    f = Filters(date_from=date(2020, 3, 8), date_to=date(2020, 3, 29), platforms=("whatsapp",), parties=("URD",),
                langs=("bm",), q="fraude")
    assert f.describe("fr") == "du 08/03/2020 au 29/03/2020 · Plateformes : WhatsApp · Partis : URD · Langues : bambara · « fraude »"
    assert f.describe("en") == "from 08/03/2020 to 29/03/2020 · Platforms: WhatsApp · Parties: URD · Languages: Bambara · « fraude »"
    assert Filters().describe("fr") == "aucun filtre"


def test_url_parameters_round_trip():
    f = Filters(date_from=date(2020, 4, 10), platforms=("facebook", "twitter"), regions=("Ségou",), q="vote")
    assert Filters.from_params(f.to_params()) == f
    assert Filters.from_params({"from": ["garbage"], "party": "RPM"}) == Filters(parties=("RPM",))
