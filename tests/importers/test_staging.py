"""Staged imports: first row of a post_id wins across chunks, counts hold, a failed write changes nothing."""
import pandas as pd
import pytest

from analysis import importers
from analysis.importers import ingest
from analysis.importers.staging import Staging
from analysis.store import Store

from tests.importers.test_ingest import DATA, _counts, _summary_ok


def _posts(ids, texts):
    return pd.DataFrame({"post_id": ids, "platform": "telegram", "created_at": "2020-03-29T10:00:00Z",
                         "text": texts, "source": "telegram:result.json"})


def _texts(store) -> dict:
    return dict(store.posts(columns=("post_id", "text")).itertuples(index=False))


def test_first_row_of_a_post_id_wins_across_chunks_and_stored_ones_stay(tmp_path):
    db = tmp_path / "v.duckdb"
    with Store(db) as store, Staging(db) as staging:
        store.add_posts(_posts(["telegram:1"], ["déjà là"]))
        staged = staging.file(0)
        staged.add_posts(_posts(["telegram:1", "telegram:2", "telegram:2"], ["autre", "premier", "répété"]))
        staged.add_posts(_posts(["telegram:3", "telegram:2"], ["nouveau", "plus tard"]))
        posts_file, rejected_file = staged.finish()
        assert rejected_file is None
        assert store.add_posts_parquet(posts_file) == 2
        assert staged.offered == 5
        assert _texts(store) == {"telegram:1": "déjà là", "telegram:2": "premier", "telegram:3": "nouveau"}


def test_staging_folder_is_removed_after_success_and_failure(tmp_path):
    db = tmp_path / "v.duckdb"
    importers.ingest_files([DATA / "telegram_full.json"], db)
    broken = tmp_path / "result.json"
    broken.write_text('{"name": "x", "messages": [{"id": 1,', encoding="utf-8")
    with pytest.raises(importers.ImportFailure):
        importers.ingest_files([DATA / "telegram_chat.json", broken], db)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["result.json", "v.duckdb"]


def test_a_failure_while_writing_the_second_file_changes_nothing(tmp_path, monkeypatch):
    db = tmp_path / "v.duckdb"
    importers.ingest_files([DATA / "telegram_full.json"], db)
    before = _counts(db)
    calls = []

    def failing_store_one(store, export, staged, counts):
        calls.append(export.path.name)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real_store_one(store, export, staged, counts)
    real_store_one = ingest._store_one
    monkeypatch.setattr(ingest, "_store_one", failing_store_one)
    with pytest.raises(RuntimeError, match="disk full"):
        importers.ingest_files([DATA / "ct_facebook_2020.csv", DATA / "generic.tsv"], db)
    assert calls == ["ct_facebook_2020.csv", "generic.tsv"]
    assert _counts(db) == before


def test_rejected_rows_reach_the_store_with_line_and_reason(tmp_path):
    db = tmp_path / "v.duckdb"
    summary = importers.ingest_files([DATA / f for f in ("ct_facebook_2020.csv", "generic.tsv")], db)
    _summary_ok(summary)
    with Store(db, read_only=True) as store:
        rejected, imports = store.rejected(), store.imports()
    assert len(rejected) == summary["rejected"] > 0
    assert rejected["reason"].str.len().min() > 0 and rejected["line"].notna().all()
    assert imports["read"].sum() == summary["read"]
