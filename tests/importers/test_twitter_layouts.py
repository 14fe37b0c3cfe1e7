"""X/Twitter layouts beyond API v2 pages: academictwitteR, the X archive, twarc 1 (v1.1), a pretty-printed
v2 response and Zeeschuimer NDJSON; golden fields, counts, refusals and broken files."""
import shutil

import pytest

from analysis import importers
from tests.importers.helpers import DATA, check_fields, ingest_twice, read

COUNTS = [  # file, format, posts, rejected
    ("data_1245000000000000000.json", "twitter", 2, 1),
    ("x_archive_tweets.js", "twitter", 2, 1),
    ("twarc1_tweets.jsonl", "twitter", 3, 1),
    ("x_v2_search_pretty.json", "twitter", 2, 0),
    ("zeeschuimer_items.ndjson", "zeeschuimer", 3, 4),
]


@pytest.mark.parametrize("name, fmt, n_posts, n_rejected", COUNTS)
def test_layouts_are_detected_and_counted(name, fmt, n_posts, n_rejected):
    found, posts, rejected = read(name)
    assert (found, len(posts), len(rejected)) == (fmt, n_posts, n_rejected)
    assert (rejected["file"] == name).all() and rejected["reason"].str.len().gt(0).all()


GOLDEN = [
    ("data_1245000000000000000.json", "twitter:1245000000000000001",
     {"author_id": "sikasso_vote", "author_name": "Sikasso Vote", "author_location": "Sikasso, Mali",
      "likes": 20, "shares": 4, "comments": 1, "created_at": "2020-03-30T10:00:00Z"}),
    ("data_1245000000000000000.json", "twitter:1245000000000000002", {"author_id": "999", "likes": 2}),
    ("x_archive_tweets.js", "twitter:1246000000000000001",
     {"author_id": "awa_tombouctou", "author_name": "Awa T.", "text": "Je vote URD à Tombouctou le 29 mars",
      "created_at": "2020-03-29T08:00:00Z", "likes": 12, "shares": 3, "is_repost": False,
      "url": "https://x.com/awa_tombouctou/status/1246000000000000001"}),
    ("x_archive_tweets.js", "twitter:1246000000000000002", {"is_repost": True, "shares": 5}),
    ("twarc1_tweets.jsonl", "twitter:1247000000000000001",
     {"text": "Début tronqué puis la suite complète : vote calme à Kati & Kita", "author_id": "bamako_direct",
      "author_location": "Bamako", "lat": 12.65, "lon": -8.0, "likes": 7, "created_at": "2020-03-29T10:00:00Z"}),
    ("twarc1_tweets.jsonl", "twitter:1247000000000000002",
     {"text": "RT @urd_mali: Le texte entier du tweet retweeté", "is_repost": True, "shares": 9,
      "lat": pytest.approx(13.45), "lon": pytest.approx(-6.25)}),
    ("twarc1_tweets.jsonl", "twitter:1247000000000000003",
     {"reply_to_id": "twitter:1247000000000000001", "lat": None, "comments": None}),
    ("x_v2_search_pretty.json", "twitter:1248000000000000001",
     {"author_id": "kayes_info", "views": 90, "likes": 3}),
    ("x_v2_search_pretty.json", "twitter:1248000000000000002", {"author_name": "Ménaka 24"}),
    ("zeeschuimer_items.ndjson", "twitter:1249000000000000001",
     {"author_id": "mopti_jeunes", "author_location": "Mopti", "likes": 40, "shares": 6, "comments": 2,
      "views": 1500, "created_at": "2020-03-28T18:00:00Z", "text": "Meeting de l'ADEMA à Mopti ce soir"}),
    ("zeeschuimer_items.ndjson", "instagram:B9xYzAbCdEf",
     {"platform": "instagram", "author_id": "rpm_mali", "text": "Votez le 29 mars 🇲🇱", "likes": 300,
      "comments": 12, "lat": 12.64, "lon": -8.0, "created_at": "2020-03-29T10:00:00Z"}),
    ("zeeschuimer_items.ndjson", "tiktok:6810000000000000001",
     {"platform": "tiktok", "author_id": "kouli_vlog", "author_name": "Kouli Vlog", "likes": 900, "shares": 30,
      "comments": 45, "views": 12000, "url": "https://www.tiktok.com/@kouli_vlog/video/6810000000000000001"}),
]


@pytest.mark.parametrize("name, post_id, expected", GOLDEN)
def test_golden_fields(name, post_id, expected):
    _, posts, _ = read(name)
    check_fields(posts.loc[post_id], expected)


def test_promoted_items_and_other_platforms_are_rejected_with_their_reason():
    _, posts, rejected = read("zeeschuimer_items.ndjson")
    assert "twitter:1249000000000000002" not in posts.index
    reasons = rejected["reason"].tolist()
    assert reasons.count("promoted item (an advertisement), not a post") == 3
    assert any("linkedin.com" in r for r in reasons)
    assert rejected["line"].tolist() == [2, 4, 6, 7]


def test_a_truncated_json_line_is_a_rejected_row_with_its_line():
    _, _, rejected = read("twarc1_tweets.jsonl")
    assert rejected["line"].tolist() == [4] and rejected["reason"].iloc[0].startswith("not valid JSON")


@pytest.mark.parametrize("name, what", [
    ("users_1245000000000000000.json", "users file"), ("x_archive_like.js", "'like'"), ("account.js", "'account'")])
def test_files_without_tweets_are_refused_saying_what_they_are(name, what):
    with pytest.raises(importers.ImportFailure, match=rf"^{name}: .*{what}"):
        importers.detect_format(DATA / name)


def test_archive_without_account_file_still_imports(tmp_path):
    shutil.copy(DATA / "x_archive_tweets.js", tmp_path / "tweets.js")
    _, posts, _ = importers.read_file(tmp_path / "tweets.js")
    assert posts["author_id"].isna().all() and len(posts) == 2
    assert posts["url"].str.startswith("https://x.com/i/web/status/").all()


@pytest.mark.parametrize("name", ["x_archive_tweets.js", "data_1245000000000000000.json", "x_v2_search_pretty.json"])
def test_truncated_documents_stop_naming_file_and_item(tmp_path, name):
    text = (DATA / name).read_text(encoding="utf-8")
    cut = tmp_path / name
    cut.write_text(text[: int(len(text) * 0.6)], encoding="utf-8")
    with pytest.raises(importers.ImportFailure, match=rf"^{name}: not valid JSON: truncated (after item \d+|before)"):
        importers.ingest_files([cut], tmp_path / "v.duckdb")


def test_detection_reads_content_not_names(tmp_path):
    for name, fmt, _, _ in COUNTS:
        anonymous = tmp_path / f"export_{fmt}_{len(name)}.txt"
        shutil.copy(DATA / name, anonymous)
        assert importers.detect_format(anonymous) == fmt


def test_reimport_adds_nothing_and_counts_hold(tmp_path):
    first, _ = ingest_twice([DATA / n for n, *_ in COUNTS], tmp_path / "v.duckdb")
    assert first["accepted"] == sum(c[2] for c in COUNTS) and first["rejected"] == sum(c[3] for c in COUNTS)
