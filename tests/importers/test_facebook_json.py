"""Facebook without CrowdTangle's CSV: DYI your_posts, Graph API dumps, CrowdTangle API JSON and Meta Content
Library CSV; golden fields, mis-encoded text, counts, refusals, broken files, idempotent re-import."""
import shutil

import pandas as pd
import pytest

from analysis import importers
from analysis.importers import meta_library
from analysis.importers.encoding import inspect
from analysis.importers.facebook import latin1_utf8
from tests.importers.helpers import DATA, check_fields, ingest_twice, read

COUNTS = [  # file, format, posts, rejected
    ("your_posts_1.json", "facebook_dyi", 4, 1),
    ("facebook_graph_page.json", "facebook_graph", 2, 1),
    ("facebook_graph_posts.json", "facebook_graph", 2, 0),
    ("crowdtangle_api_posts.json", "crowdtangle_api", 2, 1),
    ("meta_content_library_facebook.csv", "meta_content_library", 2, 2),
    ("meta_content_library_instagram.csv", "meta_content_library", 1, 0),
]


@pytest.mark.parametrize("name, fmt, n_posts, n_rejected", COUNTS)
def test_formats_are_detected_and_counted(name, fmt, n_posts, n_rejected):
    found, posts, rejected = read(name)
    assert (found, len(posts), len(rejected)) == (fmt, n_posts, n_rejected)
    assert posts["source"].str.startswith(f"{fmt}:{name}").all()


@pytest.mark.parametrize("escaped, text", [
    ("\u00c3\u00a9lection", "élection"), ("\u00c3\u0080 Kayes", "À Kayes"),
    ("\u00f0\u009f\u0097\u00b3\u00ef\u00b8\u008f", "🗳️"),
    ("élection", "élection"),  # a lone Latin-1 letter is not a UTF-8 sequence: untouched
    ("l’URD", "l’URD"), ("", "")])
def test_dyi_text_is_decoded_back_from_latin1_escapes(escaped, text):
    assert latin1_utf8(escaped) == text


def test_dyi_posts():
    _, posts, rejected = read("your_posts_1.json")
    by_text = posts.set_index("text")
    check_fields(by_text.loc["Élection à Ségou : allez voter dès 8 h 🗳️"],
                 {"platform": "facebook", "created_at": "2020-03-29T10:00:00Z", "url": None})
    check_fields(by_text.loc["À lire"], {"url": "https://www.maliweb.net/elections/resultats"})
    twins = posts[posts["text"] == "Bureau de vote à Kati"]
    assert len(twins) == 2 and twins["post_id"].nunique() == 2  # identical posts stay two posts
    assert posts["post_id"].str.startswith("facebook:dyi-").all()
    assert rejected["reason"].tolist() == ["missing or unreadable timestamp"] and rejected["line"].tolist() == [5]


GOLDEN = [
    ("facebook_graph_page.json", "facebook:100200300_111",
     {"author_id": "100200300", "author_name": "RPM Mali", "created_at": "2020-03-25T16:45:20Z", "likes": 230,
      "comments": 18, "shares": 14, "url": "https://www.facebook.com/100200300/posts/111", "is_repost": False}),
    ("facebook_graph_page.json", "facebook:100200300_112",  # only updated_time, text from story
     {"created_at": "2020-03-26T08:00:00Z", "text": "RPM Mali a mis à jour sa photo de couverture.", "likes": None}),
    ("facebook_graph_posts.json", "facebook:100200400_221", {"likes": 75, "is_repost": False}),
    ("facebook_graph_posts.json", "facebook:100200400_222", {"is_repost": True}),
    ("crowdtangle_api_posts.json", "facebook:100200300_4455667788",  # same id and values as the CSV reader
     {"author_id": "100200300", "author_name": "RPMMaliOfficiel", "created_at": "2020-03-25T20:45:20Z",
      "likes": 1247, "comments": 56, "shares": 78, "author_location": "ML"}),
    ("crowdtangle_api_posts.json", "instagram:B_ZyXwVuTsR",
     {"platform": "instagram", "author_id": "adema_pasj", "text": "Résultats", "comments": 3, "likes": None}),
    ("meta_content_library_facebook.csv", "facebook:mcl-912345678901",
     {"author_id": "100200400", "author_name": "URD Mali", "created_at": "2020-03-28T19:00:00Z", "likes": 1500,
      "comments": 87, "shares": 40, "views": None, "text": "Dernier meeting de l'URD à Bamako"}),
    ("meta_content_library_facebook.csv", "facebook:mcl-912345678902", {"views": 900, "created_at": "2020-03-29T07:15:00Z"}),
    ("meta_content_library_instagram.csv", "instagram:mcl-733000000001",
     {"platform": "instagram", "author_id": "adema_pasj", "likes": 420, "comments": 16}),
]


@pytest.mark.parametrize("name, post_id, expected", GOLDEN)
def test_golden_fields(name, post_id, expected):
    _, posts, _ = read(name)
    check_fields(posts.loc[post_id], expected)


def test_crowdtangle_api_and_csv_give_the_same_post_once(tmp_path):
    summary = importers.ingest_files([DATA / "ct_facebook_2020.csv", DATA / "crowdtangle_api_posts.json"],
                                     tmp_path / "v.duckdb")
    assert summary["duplicates"] == 2  # the CSV's own repeated row, and the API's copy of that post


def test_content_library_local_times_take_the_given_zone():
    path = DATA / "meta_content_library_facebook.csv"
    batches = list(meta_library.read(path, inspect(path).encoding, "s", tz="Africa/Lagos"))
    created = batches[0].posts.set_index("post_id")["created_at"]
    assert created["facebook:mcl-912345678901"] == pd.Timestamp("2020-03-28T18:00:00Z")
    assert created["facebook:mcl-912345678902"] == pd.Timestamp("2020-03-29T07:15:00Z")  # had an offset


@pytest.mark.parametrize("name, what", [
    ("facebook_friends.json", "friends list"), ("crowdtangle_post_history.csv", "post history"),
    ("telegram_contacts_only.json", "without chats")])
def test_files_that_are_not_posts_are_refused(name, what):
    with pytest.raises(importers.ImportFailure, match=rf"^{name}: .*{what}"):
        importers.ingest_files([DATA / name], DATA / "never_written.duckdb")
    assert not (DATA / "never_written.duckdb").exists()


@pytest.mark.parametrize("name", ["your_posts_1.json", "facebook_graph_page.json", "crowdtangle_api_posts.json"])
def test_truncated_files_stop_with_file_and_item(tmp_path, name):
    db = tmp_path / "v.duckdb"
    importers.ingest_files([DATA / "facebook_graph_posts.json"], db)
    text = (DATA / name).read_text(encoding="utf-8")
    cut = tmp_path / name
    cut.write_text(text[: int(len(text) * 0.7)], encoding="utf-8")
    with pytest.raises(importers.ImportFailure, match=rf"^{name}: not valid JSON: truncated"):
        importers.ingest_files([cut], db)
    again = importers.ingest_files([DATA / "facebook_graph_posts.json"], db)
    assert again["accepted"] == 0 and again["duplicates"] == 2  # the failed import left the store as it was


def test_detection_reads_content_not_names(tmp_path):
    for n, (name, fmt, _, _) in enumerate(COUNTS):
        anonymous = tmp_path / f"file{n}.dat"
        shutil.copy(DATA / name, anonymous)
        assert importers.detect_format(anonymous) == fmt


def test_reimport_adds_nothing_and_counts_hold(tmp_path):
    first, _ = ingest_twice([DATA / n for n, *_ in COUNTS], tmp_path / "v.duckdb")
    assert first["accepted"] == sum(c[2] for c in COUNTS) and first["rejected"] == sum(c[3] for c in COUNTS)
