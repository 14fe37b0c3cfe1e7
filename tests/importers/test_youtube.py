"""YouTube comments (youtube-comment-downloader): golden fields, relative times, votes, replies, broken lines."""
import json
import os
from datetime import datetime, timedelta, timezone

import pandas as pd
import pytest

from analysis import importers
from analysis.importers.youtube import relative_time, votes
from tests.importers.helpers import DATA, check_fields, ingest_twice, read


def test_comments_are_detected_and_counted():
    found, posts, rejected = read("youtube_comments.jsonl")
    assert (found, len(posts), len(rejected)) == ("youtube", 3, 1)
    assert rejected["line"].tolist() == [4] and "unreadable time" in rejected["reason"].iloc[0]


@pytest.mark.parametrize("post_id, expected", [
    ("youtube:UgzAbC123", {"platform": "youtube", "author_id": "UCaaa111", "author_name": "@awa_ml", "likes": 1200,
                           "comments": 2, "created_at": "2020-03-29T13:53:20Z", "reply_to_id": None,
                           "text": "Bravo au peuple malien pour ce vote"}),
    ("youtube:UgzAbC123.9xYz", {"reply_to_id": "youtube:UgzAbC123", "likes": 3, "comments": None}),
])
def test_golden_fields(post_id, expected):
    _, posts, _ = read("youtube_comments.jsonl")
    check_fields(posts.loc[post_id], expected)


def test_relative_time_counts_back_from_when_the_file_was_written(tmp_path):
    path = tmp_path / "comments.json"
    path.write_text((DATA / "youtube_comments.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    written = datetime(2020, 4, 30, 12, 0, tzinfo=timezone.utc)
    os.utime(path, (written.timestamp(), written.timestamp()))
    _, posts, _ = importers.read_file(path)
    assert posts.set_index("post_id").loc["youtube:UgzDeF456", "created_at"] == pd.Timestamp(written - timedelta(days=14))


@pytest.mark.parametrize("text, days", [
    ("3 days ago", 3), ("1 year ago (edited)", 365), ("2 weeks ago", 14), ("il y a 5 mois", 150),
    ("il y a 1 an", 365), ("il y a 3 heures", 3 / 24), ("yesterday", None)])
def test_relative_times(text, days):
    now = datetime(2024, 1, 1, tzinfo=timezone.utc)
    got = relative_time(text, now)
    assert got is None if days is None else got == now - timedelta(days=days)


@pytest.mark.parametrize("cell, value", [
    ("12", 12), ("1.2K", 1200), ("3,4 k", 3400), ("2M", 2_000_000), ("", None), ("beaucoup", None), (7, 7)])
def test_votes(cell, value):
    assert votes(cell) == value


def test_pretty_output_and_a_broken_line(tmp_path):
    comments = [json.loads(line) for line in (DATA / "youtube_comments.jsonl").read_text(encoding="utf-8").splitlines()]
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps({"comments": comments}, ensure_ascii=False, indent=4), encoding="utf-8")
    found, posts, rejected = importers.read_file(pretty)
    assert (found, len(posts), len(rejected)) == ("youtube", 3, 1)
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(comments[0]) + "\n" + json.dumps(comments[2])[:40] + "\n", encoding="utf-8")
    _, posts, rejected = importers.read_file(broken)
    assert len(posts) == 1 and rejected["line"].tolist() == [2]
    assert rejected["reason"].iloc[0].startswith("not valid JSON")


def test_reimport_adds_nothing(tmp_path):
    first, _ = ingest_twice([DATA / "youtube_comments.jsonl"], tmp_path / "v.duckdb")
    assert (first["accepted"], first["rejected"]) == (3, 1)
