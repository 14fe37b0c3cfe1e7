"""The zone table and the tz option (analysis/importers/timezones.py, data/timezones/abbreviations.csv)."""
import csv
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pandas as pd
import pytest

from analysis import paths
from analysis.importers import timezones
from analysis.importers.base import ImportFailure

ROWS = list(csv.DictReader(open(paths.DATA / "timezones" / "abbreviations.csv", encoding="utf-8")))


@pytest.mark.parametrize("name, hours", [("GMT", 0), ("WAT", 1), ("CET", 1), ("CEST", 2), ("EDT", -4), ("EST", -5),
                                         ("BRT", -3), ("PST", -8), ("PDT", -7), ("EAT", 3), ("NPT", 5.75),
                                         ("+0530", 5.5), ("-03", -3), ("UTC+3", 3), ("GMT-03:00", -3), ("", 0)])
def test_known_zone_names(name, hours):
    assert timezones.zone_offsets([name], None, "f.csv") == {name: hours}


@pytest.mark.parametrize("name", ["CST", "IST", "BST", "AST", "GST", "AMT", "SST", "CDT"])
def test_ambiguous_names_need_tz(name):
    with pytest.raises(ImportFailure, match=f"ambiguous time zone '{name}'.*--tz"):
        timezones.zone_offsets([name], None, "f.csv")
    assert timezones.zone_offsets([name], "Asia/Shanghai", "f.csv") == {name: None}  # local time in tz


def test_table_agrees_with_the_tz_database():
    """Each row's zone really used that offset (2005-2026), and means it by that name today (2015-2026)."""
    for row in ROWS:
        zone, wanted = ZoneInfo(row["zone"]), timedelta(hours=timezones.numeric_offset(row["utc_offset"]))
        offsets, recent = set(), {}
        for year in range(2005, 2027):
            for month in range(1, 13):
                local = datetime(year, month, 15, 12, tzinfo=timezone.utc).astimezone(zone)
                offsets.add(local.utcoffset())
                if year >= 2015:
                    recent.setdefault(local.tzname(), set()).add(local.utcoffset())
        assert wanted in offsets, row
        assert row["abbreviation"] not in recent or recent[row["abbreviation"]] == {wanted}, row


def test_tz_accepts_iana_names_offsets_and_refuses_nonsense():
    assert timezones.parse_zone("Africa/Bamako") == ZoneInfo("Africa/Bamako")
    assert timezones.parse_zone("+05:30") == timezone(timedelta(hours=5.5))
    with pytest.raises(ImportFailure, match="--tz Nowhere/Land"):
        timezones.parse_zone("Nowhere/Land")
    with pytest.raises(ImportFailure, match="--tz IST"):
        timezones.parse_zone("IST")


def test_localize_reads_daylight_saving_gaps_and_repeats_without_losing_rows():
    naive = pd.Series(pd.to_datetime(["2021-03-14 02:30", "2021-11-07 01:30", "2021-07-01 12:00"]))
    utc = timezones.localize(naive, "America/New_York")
    assert utc.notna().all()
    assert utc.iloc[1] == pd.Timestamp("2021-11-07T05:30Z")  # the first 01:30 (daylight time)
    assert utc.iloc[2] == pd.Timestamp("2021-07-01T16:00Z")


def test_dates_without_zone_take_tz_and_dates_with_one_keep_it():
    cells = pd.Series(["2020-03-29 14:02:00", "2020-03-29T14:02:00+00:00", "2020-03-29T14:02:00Z", None])
    utc = timezones.dates_to_utc(cells, "Europe/Paris")
    assert list(utc[:3]) == [pd.Timestamp("2020-03-29T12:02Z"), pd.Timestamp("2020-03-29T14:02Z"),
                             pd.Timestamp("2020-03-29T14:02Z")]
    assert pd.isna(utc.iloc[3])
    assert timezones.dates_to_utc(cells, None).iloc[0] == pd.Timestamp("2020-03-29T14:02Z")


def test_generic_csv_local_times_follow_tz(tmp_path):
    from analysis import importers
    path = tmp_path / "local.csv"
    path.write_text("post_id,platform,created_at,text\nfacebook:1,facebook,2020-03-29 08:00,Je vote\n"
                    "facebook:2,facebook,2020-03-29 08:00+00:00,Je vote aussi\n", encoding="utf-8")
    _, as_utc, _ = importers.read_file(path)
    _, in_paris, _ = importers.read_file(path, tz="Europe/Paris")
    assert str(as_utc["created_at"].iloc[0]) == "2020-03-29 08:00:00+00:00"
    assert str(in_paris["created_at"].iloc[0]) == "2020-03-29 06:00:00+00:00"     # summer time that day: +02:00
    assert str(in_paris["created_at"].iloc[1]) == "2020-03-29 08:00:00+00:00"     # a written zone wins
