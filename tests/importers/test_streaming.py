"""Streaming JSON: items come out one by one (bounded memory), progress is reported, broken documents stop
with the file and the last good item, and the store is left as it was."""
import json
import tracemalloc

import pytest

from analysis import importers
from analysis.importers.jsonstream import JsonBytes, Outline, stream_items
from analysis.importers.reading import open_export
from analysis.importers.records import Collector
from tests.importers.helpers import DATA


def _telegram(path, n, chats=1):
    doc = {"chats": {"about": "x", "list": [
        {"name": f"Canal {c}", "type": "public_channel", "id": 100 + c, "messages": [
            {"id": i, "type": "message", "date_unixtime": str(1585476000 + i), "from": "Canal", "from_id": "c1",
             "text": ["Vote à ", {"type": "bold", "text": "Kayes"}, f" numéro {i}"]} for i in range(1, n + 1)]}
        for c in range(chats)]}} if chats > 1 else {
        "name": "Canal", "type": "public_channel", "id": 100, "messages": [
            {"id": i, "type": "message", "date_unixtime": str(1585476000 + i), "text": f"Vote à Kayes numéro {i}"}
            for i in range(1, n + 1)]}
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


@pytest.mark.parametrize("chats", [1, 3])
def test_telegram_is_read_in_batches_with_progress(tmp_path, monkeypatch, chats):
    monkeypatch.setattr(Collector.__init__, "__defaults__", (1000,))  # batches of 1,000 rows
    path = _telegram(tmp_path / "result.json", 2500, chats)
    seen = []
    export = open_export(path)
    export.progress = lambda done, total: seen.append((done, total))
    batches = list(export.batches())
    assert sum(len(b.posts) for b in batches) == 2500 * chats
    assert max(len(b.posts) for b in batches) <= 1000 and len(batches) >= 2500 * chats // 1000
    assert seen and seen[-1] == (path.stat().st_size, path.stat().st_size)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    ids = set().union(*(set(b.posts["post_id"]) for b in batches))
    assert {f"telegram:{100 + c}:2500" for c in range(chats)} <= ids


def test_items_are_streamed_not_loaded(tmp_path):
    """Memory held while iterating stays far below the document's size."""
    path = tmp_path / "tweets.json"
    tweet = {"id": "1", "text": "x" * 2000, "author_id": "9", "created_at": "2020-03-29T10:00:00Z"}
    path.write_text(json.dumps([{**tweet, "id": str(i)} for i in range(3000)]), encoding="utf-8")
    tracemalloc.start()
    count = sum(1 for _ in stream_items(path, "utf-8", "item"))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 3000 and peak < path.stat().st_size / 5


def test_archive_prefix_and_trailing_semicolon_are_skipped(tmp_path):
    path = tmp_path / "tweets.js"
    path.write_text('window.YTD.tweets.part0 = [ {"tweet": {"id_str": "5"}} ] ;\n\n', encoding="utf-8")
    with JsonBytes(path, "utf-8") as stream:
        assert stream.js_name == "tweets"
        assert json.loads(stream.read(1 << 16).decode()) == [{"tweet": {"id_str": "5"}}]


def test_non_utf8_json_is_streamed_with_its_accents(tmp_path):
    path = tmp_path / "result.json"
    path.write_bytes((DATA / "telegram_chat.json").read_text(encoding="utf-8").encode("cp1252"))
    _, posts, _ = importers.read_file(path)
    assert posts["text"].str.contains("Ségou").any()


def test_outline_keeps_the_first_items_only():
    root, js_name = Outline(keep=2).read(DATA / "telegram_chat.json", "utf-8")
    assert js_name is None and root["id"] == 1234567890 and len(root["messages"]) == 2


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_truncated_telegram_export_fails_naming_the_last_message(tmp_path, cut):
    db = tmp_path / "v.duckdb"
    importers.ingest_files([DATA / "telegram_chat.json"], db)
    path = _telegram(tmp_path / "result.json", 400)
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: int(len(text) * cut)], encoding="utf-8")
    with pytest.raises(importers.ImportFailure, match=r"^result.json: not valid JSON: truncated after item \d+, near byte"):
        importers.ingest_files([path], db)
    again = importers.ingest_files([DATA / "telegram_chat.json"], db)
    assert again["accepted"] == 0  # nothing of the broken file, nothing lost of the first import


def test_broken_json_in_the_middle_names_the_item(tmp_path):
    path = _telegram(tmp_path / "result.json", 50)
    text = path.read_text(encoding="utf-8").replace("Vote à Kayes numéro 30\"", "Vote à Kayes numéro 30\" ,,", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(importers.ImportFailure, match=r"^result.json: not valid JSON: broken after item 29"):
        list(open_export(path).batches())
