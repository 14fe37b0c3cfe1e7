"""Importing into the store: counting identity, re-imports, one transaction per batch, the command line."""
import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import importers
from analysis.store import Store

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parents[1] / "data" / "import"
ALL = ["ct_facebook_2020.csv", "ct_facebook_2021_cp1252.csv", "ct_instagram.csv", "twitter_page.json",
       "twitter_tweets.jsonl", "telegram_chat.json", "telegram_full.json", "whatsapp_android_fr.txt",
       "whatsapp_android_en.txt", "whatsapp_ios_en.txt", "WhatsApp Chat - Groupe URD Mopti.zip",
       "generic.tsv", "generic.jsonl", "generic.parquet"]


def _summary_ok(summary: dict) -> None:
    assert set(summary) == {"read", "accepted", "duplicates", "rejected", "format"}
    assert summary["read"] == summary["accepted"] + summary["duplicates"] + summary["rejected"]


def _counts(db) -> tuple[int, int, int]:
    with Store(db, read_only=True) as store:
        return store.count_posts(), len(store.rejected()), len(store.imports())


def test_all_fixtures_in_one_batch_then_again(tmp_path):
    db = tmp_path / "v.duckdb"
    first = importers.ingest_files([DATA / n for n in ALL], db)
    _summary_ok(first)
    assert first["format"] == "crowdtangle+generic+telegram+twitter+whatsapp"
    # in-file duplicates: CrowdTangle row repeated, tweet 1 in both Twitter files, generic n1/n2 in 3 files
    assert first["duplicates"] == 1 + 1 + 4
    again = importers.ingest_files([DATA / n for n in ALL], db)
    _summary_ok(again)
    assert again["accepted"] == 0 and again["duplicates"] == first["accepted"] + first["duplicates"]
    posts, rejected, imports = _counts(db)
    assert posts == first["accepted"]
    assert rejected == 2 * first["rejected"] and imports == 2 * len(ALL)


def test_store_posts_keep_text_and_utc_time(tmp_path):
    db = tmp_path / "v.duckdb"
    importers.ingest_files([DATA / "ct_facebook_2021_cp1252.csv"], db)
    with Store(db, read_only=True) as store:
        post = store.posts().set_index("post_id").loc["facebook:200300400_3344556677"]
        log = store.imports().iloc[0]
    assert post["text"] == "Fraude électorale à Bamako : le PARENA dénonce l'achat de voix."
    assert str(post["created_at"].tz_convert("UTC")) == "2020-04-19 00:00:00+00:00"
    assert post["source"] == "crowdtangle:ct_facebook_2021_cp1252.csv"
    assert (log["file"], log["format"], log["read"], log["accepted"]) == ("ct_facebook_2021_cp1252.csv",
                                                                         "crowdtangle", 2, 2)
    assert len(log["content_hash"]) == 64


def test_a_bad_file_in_the_batch_changes_nothing(tmp_path):
    db = tmp_path / "v.duckdb"
    importers.ingest_files([DATA / "telegram_full.json"], db)
    before = _counts(db)
    broken = tmp_path / "result.json"
    broken.write_text('{"name": "x", "messages": [{"id": 1,', encoding="utf-8")
    with pytest.raises(importers.ImportFailure, match=r"^result.json: not valid JSON"):
        importers.ingest_files([DATA / "ct_facebook_2020.csv", broken], db, rejected_out=tmp_path / "rej.csv")
    assert _counts(db) == before
    assert not (tmp_path / "rej.csv").exists()


def test_rejected_rows_file_is_spreadsheet_safe(tmp_path):
    src = tmp_path / "posts.csv"
    src.write_text("text,created_at\n=HYPERLINK(\"x\"),2020-03-29\n-bonjour,pas une date\nok,2020-03-30\n",
                   encoding="utf-8")
    out = tmp_path / "rejets.csv"
    summary = importers.ingest_files([src], tmp_path / "v.duckdb", rejected_out=out)
    _summary_ok(summary)
    assert (summary["accepted"], summary["rejected"]) == (2, 1)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert rows == [{"file": "posts.csv", "line": "3", "reason": "missing or unreadable date",
                     "raw": "'-bonjour,pas une date"}]


def test_renamed_copy_of_an_export_adds_nothing(tmp_path):
    db = tmp_path / "v.duckdb"
    importers.ingest_files([DATA / "telegram_chat.json"], db)
    copy = tmp_path / "copie.json"
    shutil.copy(DATA / "telegram_chat.json", copy)
    summary = importers.ingest_files([copy], db)
    assert (summary["accepted"], summary["duplicates"], summary["rejected"]) == (0, 5, 1)


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_command_line_prints_the_summary_last_and_fails_in_one_line(tmp_path):
    db = str(tmp_path / "v.duckdb")
    ok = _cli("ingest", str(DATA / "whatsapp_android_fr.txt"), "--db", db)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout.strip().splitlines()[-1]) == {
        "read": 8, "accepted": 3, "duplicates": 0, "rejected": 5, "format": "whatsapp"}
    empty = tmp_path / "vide.csv"
    empty.write_bytes(b"")
    bad = _cli("ingest", str(empty), "--db", db)
    assert bad.returncode != 0 and bad.stderr.strip() == "error: vide.csv: empty file"


def test_unknown_forced_format_is_refused_before_writing(tmp_path):
    with pytest.raises(importers.ImportFailure, match=r"--format nonsense: unknown format"):
        importers.ingest_files([DATA / "whatsapp_android_fr.txt"], tmp_path / "v.duckdb", fmt="nonsense")
    assert not (tmp_path / "v.duckdb").exists()
