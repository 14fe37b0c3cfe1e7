"""The "Données" page runs on a store filled by the importers, and without any store."""
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from analysis import importers
from analysis.importers import uploads
from tests.pages.shown_tables import drawn, numbers

ROOT = Path(__file__).resolve().parents[2]
PAGE = str(ROOT / "pages" / "0_Données.py")
DATA = Path(__file__).resolve().parents[1] / "data" / "import"


@pytest.fixture(autouse=True)
def _fresh_caches():
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


def test_page_shows_the_import_history(tmp_path, monkeypatch):
    db = tmp_path / "v.duckdb"
    importers.ingest_files([DATA / "telegram_full.json", DATA / "whatsapp_android_fr.txt"], db)
    monkeypatch.setenv("VIGIE_DB", str(db))
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert not at.exception, [e.message for e in at.exception]
    assert any("n = " in c.value for c in at.caption)
    history = drawn(at.dataframe[-1])
    assert sorted(history["Fichier"]) == ["telegram_full.json", "whatsapp_android_fr.txt"]
    assert set(numbers(history["Lignes lues"])) == {4, 8}


def test_page_without_store_offers_the_import(tmp_path, monkeypatch):
    monkeypatch.setenv("VIGIE_DB", str(tmp_path / "absent.duckdb"))
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert not at.exception, [e.message for e in at.exception]
    assert any("Pas encore de base" in i.value for i in at.info)
    assert not (tmp_path / "absent.duckdb").exists()


@pytest.mark.parametrize("text, expected", [
    ("", None), ("text=message", {"text": "message"}),
    (" text = message , created_at=date ", {"text": "message", "created_at": "date"})])
def test_mapping_text(text, expected):
    assert uploads.parse_mapping(text) == expected


@pytest.mark.parametrize("text", ["text", "texte=message", "text="])
def test_bad_mapping_text_is_refused(text):
    with pytest.raises(importers.ImportFailure, match="mapping"):
        uploads.parse_mapping(text)


@pytest.mark.parametrize("name, expected", [("../../etc/passwd", "passwd"), ("C:\\Users\\a\\export.csv", "export.csv"),
                                            ("..", "upload"), ("result.json", "result.json")])
def test_uploaded_names_stay_in_the_folder(name, expected):
    assert uploads.safe_name(name) == expected
