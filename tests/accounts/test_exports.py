"""What each role may take away: a viewer's export has no link, no account or post id, no precise place, and
private individuals under their pseudonyms; analysts and admins get the links and ids; cells stay safe for
spreadsheets whatever the role."""
import io

import pandas as pd
import pytest

from analysis import export
from analysis.privacy import display_authors

SALT = "sel-de-test"
PUBLIC = {"fb:urd.officiel"}


def _posts() -> pd.DataFrame:
    return pd.DataFrame({
        "post_id": ["facebook:1", "facebook:2"], "author_id": ["fb:urd.officiel", "fb:awa.traore.75"],
        "author_name": ["URD officiel", "Awa Traoré"], "text": ["Votez le 29 mars", "=HYPERLINK(\"x\")"],
        "url": ["https://facebook.com/urd.officiel/posts/1", "https://facebook.com/awa.traore.75/posts/2"],
        "lat": [12.6, 12.7], "lon": [-8.0, -8.1], "likes": [3, 4]})


def _pseudonyms(frame):
    return display_authors(frame[["author_id", "author_name"]], PUBLIC, SALT)


def _read(data: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype=str)


def test_a_viewer_gets_no_link_no_id_no_place_and_pseudonyms():
    data = export.csv_for_role(_posts(), "viewer", _pseudonyms)
    table, text = _read(data), data.decode("utf-8-sig")
    assert list(table.columns) == ["author_name", "text", "likes"]
    assert "http" not in text and "awa.traore" not in text and "Awa Traoré" not in text and "12.6" not in text
    assert table["author_name"].tolist() == ["URD officiel", _pseudonyms(_posts()).iloc[1]]
    assert table["author_name"].iloc[1].startswith("Compte-")


@pytest.mark.parametrize("role", ["analyst", "admin"])
def test_analysts_and_admins_get_links_and_account_ids(role):
    table = _read(export.csv_for_role(_posts(), role, _pseudonyms))
    assert {"url", "author_id", "post_id"} <= set(table.columns)
    assert table["url"].iloc[1] == "https://facebook.com/awa.traore.75/posts/2"


@pytest.mark.parametrize("role", ["viewer", "analyst", "admin"])
def test_every_role_gets_cells_a_spreadsheet_will_not_run(role):
    table = _read(export.csv_for_role(_posts(), role, _pseudonyms))
    assert table["text"].iloc[1] == "'=HYPERLINK(\"x\")"


@pytest.mark.parametrize("role", [None, "", "guest", "Viewer"])
def test_no_role_or_an_unknown_one_exports_nothing(role):
    with pytest.raises(export.ExportRefused):
        export.csv_for_role(_posts(), role, _pseudonyms)


def test_names_beside_account_ids_without_pseudonyms_are_refused_for_a_viewer():
    with pytest.raises(export.ExportRefused, match="pseudonyms"):
        export.for_role(_posts(), "viewer")


def test_a_table_already_in_display_names_needs_no_pseudonyms_and_loses_its_links():
    shown = pd.DataFrame({"author": ["Compte-1a2b3c4d"], "text": ["x"], "URL": ["https://t.me/c/1"]})
    assert list(export.for_role(shown, "viewer").columns) == ["author", "text"]


def test_the_frame_given_is_left_as_it_was():
    posts = _posts()
    export.for_role(posts, "viewer", _pseudonyms)
    assert posts.equals(_posts())
