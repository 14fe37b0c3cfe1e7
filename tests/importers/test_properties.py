"""Property tests: arbitrary bytes, truncated files and wrong encodings never crash the importer;
they give a clear ImportFailure or rejected rows, and read = accepted + duplicates + rejected."""
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import importers

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
TEXT_FIXTURES = ["ct_facebook_2020.csv", "twitter_page.json", "twitter_tweets.jsonl", "telegram_chat.json",
                 "whatsapp_android_fr.txt", "whatsapp_ios_en.txt", "generic.tsv", "generic.jsonl"]
FORMATS = [None, "crowdtangle", "twitter", "telegram", "whatsapp", "generic"]
FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _read_or_fail(path: Path, fmt=None):
    """(posts, rejected) or None when the importer refused the file with a one-line message."""
    try:
        _, posts, rejected = importers.read_file(path, fmt=fmt)
    except importers.ImportFailure as exc:
        message = str(exc)
        assert message.startswith(f"{path.name}: ") or message.startswith("--format"), message
        assert "\n" not in message
        return None
    return posts, rejected


@FAST
@given(data=st.binary(max_size=600), fmt=st.sampled_from(FORMATS))
def test_arbitrary_bytes_never_crash(tmp_path, data, fmt):
    path = tmp_path / "input.bin"
    path.write_bytes(data)
    result = _read_or_fail(path, fmt)
    if result is not None:
        posts, rejected = result
        assert posts["post_id"].notna().all() and posts["created_at"].notna().all()


@FAST
@given(name=st.sampled_from(TEXT_FIXTURES), cut=st.floats(0, 1), fmt=st.sampled_from(FORMATS))
def test_truncated_exports_never_crash(tmp_path, name, cut, fmt):
    raw = (DATA / name).read_bytes()
    path = tmp_path / name
    path.write_bytes(raw[: int(len(raw) * cut)])
    _read_or_fail(path, fmt)


@pytest.mark.parametrize("name", ["whatsapp_android_fr.txt", "ct_facebook_2020.csv", "generic.tsv",
                                  "telegram_chat.json"])
@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-16"])
def test_other_encodings_keep_accents_intact(tmp_path, name, encoding):
    """The same export saved by Excel or Notepad in another encoding gives the same posts."""
    text = (DATA / name).read_text(encoding="utf-8")
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    _, expected, _ = importers.read_file(DATA / name)
    _, posts, _ = importers.read_file(path)
    assert list(posts["text"]) == list(expected["text"])
    assert list(posts["post_id"]) == list(expected["post_id"])


cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(cell, st.sampled_from(["2020-03-29T10:00:00Z", "", "29/03/2020", "x"]), cell),
                     max_size=12),
       encoding=st.sampled_from(["utf-8", "cp1252"]))
def test_counting_identity_holds_in_the_store(tmp_path_factory, rows, encoding):
    import csv
    import io
    tmp = tmp_path_factory.mktemp("p")
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["text", "created_at", "likes"])
    writer.writerows(rows)
    path = tmp / "posts.csv"
    path.write_bytes(buf.getvalue().encode(encoding, errors="replace"))
    try:
        summary = importers.ingest_files([path], tmp / "v.duckdb")
    except importers.ImportFailure as exc:
        assert str(exc).startswith("posts.csv: ")
        return
    assert summary["read"] == summary["accepted"] + summary["duplicates"] + summary["rejected"]
    assert summary["read"] >= sum(1 for r in rows if any(r))
