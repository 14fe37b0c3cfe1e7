"""WhatsApp exports in many locales (fixtures: tests/data/import/whatsapp/make_whatsapp_fixtures.py)."""
import functools
import zipfile
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest

from analysis import importers
from analysis.importers import whatsapp_order
from analysis.importers.whatsapp_dates import clock, date_fields, match_header
from analysis.importers.whatsapp_system import split_message

DATA = Path(__file__).resolve().parent.parent / "data" / "import" / "whatsapp"
SYSTEM = "system message (not a post): "

# file, posts, system lines by kind in file order, first post (author, UTC, text), last post's UTC time
LOCALES = [
    ("en_us_android_12h.txt", 2, ["encryption notice", "group created", "member added", "media omitted",
                                  "deleted message", "member left or removed"],
     ("Fatoumata", "2020-03-29T14:05", "Polls close at 6"), "2020-04-01T00:30"),
    ("en_us_ios_12h.txt", 1, ["encryption notice", "media omitted", "missed call", "member added"],
     ("Ali", "2020-03-29T14:03", "Going to vote now\nline two of the message"), "2020-03-29T14:03"),
    ("fr_android.txt", 1, ["encryption notice", "group created", "media omitted", "deleted message",
                           "member left or removed"], ("Awa", "2020-03-29T14:02", "Allez voter !"), "2020-03-29T14:02"),
    ("de_android_2digit.txt", 2, ["encryption notice", "media omitted"], ("Jonas", "2020-03-29T14:03", "Hallo zusammen"),
     "2020-04-13T23:59"),
    ("de_12h_vorm_nachm.txt", 2, [], ("Jonas", "2020-03-29T14:03", "Hallo"), "2020-03-30T11:40"),
    ("es_mx_12h_pm.txt", 1, ["encryption notice", "media omitted", "deleted message"],
     ("Lupita", "2020-03-29T14:03", "Hola a todos"), "2020-03-29T14:03"),
    ("nl_dashes.txt", 1, ["media omitted"], ("Sanne", "2020-03-29T14:02", "Goedemiddag"), "2020-03-29T14:02"),
    ("ja_android.txt", 1, ["encryption notice", "group created"], ("花子", "2020-03-29T14:03", "こんにちは"),
     "2020-03-29T14:03"),
    ("ja_ios_gogo.txt", 2, [], ("花子", "2020-03-29T14:02:33", "こんにちは"), "2020-03-30T09:00"),
    ("ja_ios_reiwa.txt", 2, [], ("花子", "2020-03-29T14:02:33", "令和の投票日"), "2020-04-19T09:00"),
    ("zh_android.txt", 2, [], ("小明", "2020-03-29T14:02", "大家好"), "2020-03-30T09:15"),
    ("ko_android.txt", 2, [], ("민수", "2020-03-29T14:02", "안녕하세요"), "2020-03-30T09:15"),
    ("ar_android_indic.txt", 1, ["media omitted"], ("أحمد", "2020-03-29T14:02", "مرحبا بالجميع"), "2020-03-29T14:02"),
    ("fa_android_persian_digits.txt", 2, [], ("علی", "2020-03-29T14:02", "سلام"), "2020-03-30T09:15"),
    ("fa_android_jalali.txt", 2, [], ("علی", "2020-03-28T14:02", "سلام"), "2020-03-29T09:15"),
    ("th_android_buddhist.txt", 2, [], ("สมชาย", "2020-03-29T14:02", "สวัสดีครับ"), "2020-03-30T09:15"),
    ("th_ios_buddhist_2digit.txt", 2, [], ("สมชาย", "2020-03-29T14:02:33", "สวัสดีครับ"), "2020-03-30T09:15"),
    ("vi_time_first.txt", 2, [], ("Lan", "2020-03-29T14:02", "Xin chào"), "2020-03-30T09:15"),
    ("fi_klo_dots.txt", 2, [], ("Aino", "2020-03-29T14:02", "Hei kaikki"), "2020-03-30T09:15"),
    ("fr_ca_h.txt", 2, [], ("Émile", "2020-03-29T14:02", "Bonjour"), "2020-03-30T09:15"),
    ("ambiguous_dmy.txt", 3, [], ("Awa", "2020-04-03T10:00", "premier"), "2020-05-01T10:00"),
    ("ambiguous_mdy_24h.txt", 3, [], ("Bob", "2020-04-03T10:00", "first"), "2020-05-01T10:00"),
]


@functools.lru_cache(maxsize=None)
def _read(name: str, tz: str | None = None):
    return importers.read_file(DATA / name, fmt="whatsapp", tz=tz) if tz else importers.read_file(DATA / name,
                                                                                                  fmt="whatsapp")


@pytest.mark.parametrize("name, n_posts, system, first, last", LOCALES)
def test_each_locale_reads_fully(name, n_posts, system, first, last):
    _, posts, rejected = _read(name)
    assert len(posts) == n_posts
    assert list(rejected["reason"]) == [SYSTEM + kind for kind in system]
    head = posts.iloc[0]
    assert (head["author_name"], head["created_at"], head["text"]) == (first[0], pd.Timestamp(first[1], tz="UTC"),
                                                                       first[2])
    assert posts["created_at"].iloc[-1] == pd.Timestamp(last, tz="UTC")


@pytest.mark.parametrize("name", [row[0] for row in LOCALES])
def test_each_locale_is_detected_from_content(name):
    assert importers.detect_format(DATA / name) == "whatsapp"


def test_system_lines_keep_their_line_numbers_and_raw_text():
    _, _, rejected = _read("en_us_ios_12h.txt")
    assert list(rejected["line"]) == [1, 2, 5, 6]
    assert rejected["raw"].iloc[2].endswith("Missed voice call")


def test_the_tz_option_gives_phone_time_its_zone():
    _, posts, _ = _read("fr_android.txt", "Europe/Paris")  # summer time began that night: UTC+2
    assert posts["created_at"].iloc[0] == pd.Timestamp("2020-03-29T12:02", tz="UTC")
    with pytest.raises(importers.ImportFailure, match="--tz Mars/Olympus"):
        importers.read_file(DATA / "fr_android.txt", fmt="whatsapp", tz="Mars/Olympus")


def test_reimport_adds_nothing_and_every_line_is_counted(tmp_path):
    db = tmp_path / "v.duckdb"
    files = [DATA / "en_us_android_12h.txt", DATA / "fr_android.txt"]
    first = importers.ingest_files(files, db)
    again = importers.ingest_files(files, db)
    assert (first["read"], first["accepted"], first["rejected"]) == (14, 3, 11)
    assert (again["accepted"], again["duplicates"], again["rejected"]) == (0, 3, 11)
    for summary in (first, again):
        assert summary["read"] == summary["accepted"] + summary["duplicates"] + summary["rejected"]


def test_a_file_without_any_message_line_is_refused(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Bonjour\nPas une discussion\n", encoding="utf-8")
    with pytest.raises(importers.ImportFailure, match=r"^notes.txt: not a WhatsApp chat"):
        importers.read_file(notes, fmt="whatsapp")


def test_a_truncated_zip_export_is_refused_in_one_line(tmp_path):
    whole = tmp_path / "chat.zip"
    with zipfile.ZipFile(whole, "w") as archive:
        archive.writestr("_chat.txt", (DATA / "fr_android.txt").read_text(encoding="utf-8") * 50)
    cut = tmp_path / "WhatsApp Chat - coupé.zip"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(importers.ImportFailure, match=r"^WhatsApp Chat - coupé.zip: "):
        importers.ingest_files([cut], tmp_path / "v.duckdb")


@pytest.mark.parametrize("line", [
    "\u200e[29/03/2020 14:02:33] x", "29/03/2020 à 14:02 - x", "\u200f29\u200f/3\u200f/2020 2:02 م - x",
    "[3/29/20, 2:02:33\u202fPM] x", "2020. 3. 29. 오후 2:02 - x", "\u0662\u0669/\u0663/\u0662\u0660\u0662\u0660 14:02 - x",
    "29/3/2020, 2:02 p.\u00a0m. - x", "29/3/2020, 2:02 p. m - x", "14:02, 29/3/2020 - x", "2020-03-29 14 h 02 - x", "[令和2/03/29 14:02:33] x",
])
def test_headers_in_many_layouts_mean_the_same_minute(line):
    m = match_header(line)
    assert m is not None and m["rest"] == "x"
    stamp = whatsapp_order.local_times([date_fields(m)], [clock(m)])[0]
    assert stamp.replace(second=0) == datetime(2020, 3, 29, 14, 2)


@pytest.mark.parametrize("line", ["le 29/03/2020 à 14:02 nous votons", "29/03/2020 - sans heure",
                                  "Rendez-vous 14:02, 29/03/2020", "[29/03/2020] Awa: x", "2020 est fini"])
def test_lines_that_only_quote_a_date_continue_the_message(line):
    assert match_header(line) is None


def test_impossible_times_are_rejected_not_guessed():
    assert clock(match_header("29/03/2020, 13:05 PM - Awa: x")) is None
    assert clock(match_header("29/03/2020, 24:05 - Awa: x")) is None


@pytest.mark.parametrize("rest, author, kind", [
    ("Awa: <Médias omis>", "Awa", "media omitted"),
    ("Ali: \u200eimage omitted", "Ali", "media omitted"),
    ("Jonas: Diese Nachricht wurde gelöscht", "Jonas", "deleted message"),
    ("Ana: Mensagem apagada", "Ana", "deleted message"),
    ("Groupe: \u200eLes messages et les appels sont chiffrés de bout en bout.", "Groupe", "encryption notice"),
    ("Moussa a changé le sujet de « Vote : Mopti » en « Résultats »", None, "group settings changed"),
    ("+223 70 00 00 01 joined using this group's invite link", None, "member joined by link"),
    ("Awa: Les médias ont menti : end-to-end ?", "Awa", None),
    ("Awa: <3 à tous", "Awa", None),
    ("Awa: IMG-20200329-WA0001.jpg (fichier joint)", "Awa", "media attached"),
    ("Awa: voir le fichier (joint) demain", "Awa", None),
])
def test_notices_and_placeholders_are_told_from_posts(rest, author, kind):
    found_author, _, found_kind = split_message(rest)
    assert (found_author, found_kind) == (author, kind)


def test_the_edited_marker_is_not_part_of_the_text():
    _, posts, _ = _read("en_us_android_12h.txt")
    assert posts["text"].iloc[-1] == "Results?"
