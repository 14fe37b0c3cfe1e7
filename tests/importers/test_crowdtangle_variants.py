"""CrowdTangle variants: Twitter and older Instagram layouts, dashboard zones, files that are not posts,
truncated downloads (fixtures: tests/data/import/crowdtangle/make_crowdtangle_fixtures.py)."""
from pathlib import Path

import pandas as pd
import pytest

from analysis import importers

DATA = Path(__file__).resolve().parent.parent / "data" / "import" / "crowdtangle"


@pytest.mark.parametrize("name, post_id, expected", [
    ("ct_twitter.csv", "twitter:1244000000000000101",
     {"platform": "twitter", "author_id": "urd_mali", "author_name": "URD Mali", "likes": 1200, "shares": 350,
      "comments": 40, "created_at": "2020-03-29T12:15:00Z", "text": "Allez voter pour l'URD à Tombouctou !"}),
    ("ct_twitter.csv", "twitter:1251000000000000202",
     {"views": 1400, "comments": None, "text": "Second tour :\nfile d'attente à Kayes"}),
    ("ct_instagram_created.csv", "instagram:B-OldLayout1",
     {"platform": "instagram", "author_id": "adema_pasj", "likes": 500, "comments": 30,
      "created_at": "2020-03-27T13:00:00Z", "text": "Meeting à Koulikoro #Mali2020"}),
    ("ct_facebook_brt.csv", "facebook:300400500_111", {"created_at": "2021-07-05T21:02:45Z", "likes": 10}),
])
def test_variant_layouts_give_canonical_posts(name, post_id, expected):
    fmt, posts, rejected = importers.read_file(DATA / name)
    assert fmt == "crowdtangle" and rejected.empty
    post = posts.set_index("post_id").loc[post_id]
    for field, value in expected.items():
        got = post[field]
        if field == "created_at":
            assert got == pd.Timestamp(value), field
        elif value is None:
            assert pd.isna(got), field
        else:
            assert got == value, field


@pytest.mark.parametrize("name, what", [
    ("ct_post_history.csv", "CrowdTangle post history"),
    ("ct_link_checker.csv", "CrowdTangle Link Checker report"),
])
@pytest.mark.parametrize("fmt", [None, "crowdtangle"])
def test_files_that_are_not_posts_are_refused_saying_what_they_are(name, what, fmt, tmp_path):
    with pytest.raises(importers.ImportFailure, match=f"^{name}: .*{what}"):
        importers.ingest_files([DATA / name], tmp_path / "v.duckdb", fmt=fmt)


def test_an_ambiguous_zone_stops_the_file_once_and_tz_settles_it(tmp_path):
    with pytest.raises(importers.ImportFailure) as failure:
        importers.read_file(DATA / "ct_facebook_zone_IST.csv")
    message = str(failure.value)
    assert message.startswith("ct_facebook_zone_IST.csv: ambiguous time zone 'IST'") and "--tz" in message
    assert "\n" not in message
    _, posts, _ = importers.read_file(DATA / "ct_facebook_zone_IST.csv", tz="Asia/Kolkata")
    assert posts["created_at"].iloc[0] == pd.Timestamp("2021-07-05T12:32:45Z")
    _, dublin, _ = importers.read_file(DATA / "ct_facebook_zone_IST.csv", tz="Europe/Dublin")
    assert dublin["created_at"].iloc[0] == pd.Timestamp("2021-07-05T17:02:45Z")


def test_an_unknown_zone_names_the_fix_and_imports_nothing(tmp_path):
    db = tmp_path / "v.duckdb"
    with pytest.raises(importers.ImportFailure, match=r"unknown time zone 'XYZT'.*--tz ZONE"):
        importers.ingest_files([DATA / "ct_facebook_brt.csv", DATA / "ct_facebook_zone_XYZT.csv"], db)
    summary = importers.ingest_files([DATA / "ct_facebook_brt.csv"], db)
    assert summary["accepted"] == 2  # the failed batch left nothing behind


def test_local_time_without_zone_is_utc_unless_tz_says_otherwise():
    _, plain, _ = importers.read_file(DATA / "ct_facebook_zone_none.csv")
    _, paris, _ = importers.read_file(DATA / "ct_facebook_zone_none.csv", tz="Europe/Paris")
    assert plain["created_at"].iloc[0] == pd.Timestamp("2021-07-05T18:02:45Z")
    assert paris["created_at"].iloc[0] == pd.Timestamp("2021-07-05T16:02:45Z")


def test_a_truncated_download_rejects_its_cut_record_by_line():
    _, posts, rejected = importers.read_file(DATA / "ct_truncated.csv")
    assert len(posts) == 4
    assert list(rejected["line"]) == [10] and rejected["reason"].iloc[0].startswith("the file ends inside this record")


def test_reimport_is_idempotent_and_every_row_is_counted(tmp_path):
    db = tmp_path / "v.duckdb"
    files = [DATA / "ct_twitter.csv", DATA / "ct_truncated.csv"]
    first = importers.ingest_files(files, db)
    again = importers.ingest_files(files, db)
    assert (first["read"], first["accepted"], first["rejected"]) == (7, 6, 1)
    assert (again["accepted"], again["duplicates"], again["rejected"]) == (0, 6, 1)
    for summary in (first, again):
        assert summary["read"] == summary["accepted"] + summary["duplicates"] + summary["rejected"]


def test_rows_rejected_across_blocks_keep_their_lines(tmp_path, monkeypatch):
    from analysis.importers import ct_stream
    monkeypatch.setattr(ct_stream, "BLOCK_BYTES", 300)  # many small blocks
    header = "User Name,Facebook Id,Likes at Posting,Created,Type,Likes,URL,Message\n"
    rows = [f"p,1,1,2020-03-2{i % 9 + 1} 10:00:00 EDT,Status,{'x' if i % 7 == 3 else i},"
            f"https://www.facebook.com/1/posts/{i},\"ligne {i}\nsuite\"\n" for i in range(40)]
    rows[20] = "p,1,court\n"
    path = tmp_path / "blocks.csv"
    path.write_text(header + "".join(rows), encoding="utf-8")
    _, posts, rejected = importers.read_file(path)
    bad = [i for i in range(40) if i % 7 == 3 and i != 20] + [20]
    lines = {i: 2 + 2 * i - (1 if i > 20 else 0) for i in range(40)}
    assert sorted(rejected["line"]) == sorted(lines[i] for i in bad)
    assert len(posts) == 40 - len(bad)


@pytest.mark.parametrize("name", ["ct_post_history.csv", "ct_link_checker.csv"])
def test_files_that_are_not_posts_are_refused_before_the_store_opens(name, tmp_path):
    with pytest.raises(importers.ImportFailure):
        importers.ingest_files([DATA / name], tmp_path / "never.duckdb")
    assert not (tmp_path / "never.duckdb").exists()
