"""Golden tables for the cell-level conversions: CrowdTangle dates, exported counts, WhatsApp headers."""
import pandas as pd
import pyarrow as pa
import pytest

from analysis.importers import arrowops, whatsapp
from analysis.importers.ct_dates import ct_dates
from analysis.importers.encoding import fix_mojibake_text


@pytest.mark.parametrize("cell, utc, reason", [
    ("2020-03-25 16:45:20 EDT", "2020-03-25T20:45:20Z", ""),
    ("2020-01-25 16:45:20 EST", "2020-01-25T21:45:20Z", ""),
    ("2020-03-25 16:45:20 UTC", "2020-03-25T16:45:20Z", ""),
    ("2020-03-25 16:45:20", "2020-03-25T16:45:20Z", ""),
    ("2020-03-25 16:45:20 +0100", "2020-03-25T15:45:20Z", ""),
    ("2020-03-25 16:45 EDT", "2020-03-25T20:45:00Z", ""),
    ("25 mars", None, "unreadable date '25 mars'"),
    ("2020-03-25 16:45:20 heure de Bamako", None, "unreadable date '2020-03-25 16:45:20 heure de Bamako'"),
    ("2020-03-25T16:45:20Z", "2020-03-25T16:45:20Z", ""),
    ("2021-07-05 18:02:45 BRT", "2021-07-05T21:02:45Z", ""),
])
def test_crowdtangle_dates(cell, utc, reason):
    values, reasons = ct_dates(pa.array([cell]), None, "f.csv")
    assert reasons.iloc[0] == reason
    assert (pd.isna(values.iloc[0]) if utc is None else values.iloc[0] == pd.Timestamp(utc))


@pytest.mark.parametrize("cell, value, bad", [
    ("1,234", 1234, False), ("1 234", 1234, False), ("1.234", 1234, False), ("1,234,567", 1234567, False),
    ("12", 12, False), ("N/A", None, False), ("", None, False), (None, None, False),
    ("12.5", None, True), ("-4", None, True), ("beaucoup", None, True), ("1,23", None, True),
])
def test_exported_counts(cell, value, bad):
    values, bads = arrowops.counts(pa.array([cell], type=pa.string()))
    assert values[0].as_py() == value and bool(bads[0]) is bad


@pytest.mark.parametrize("line, header", [
    ("29/03/2020 à 14:02 - Awa: Bonjour", True),
    ("29/03/2020, 14:02 - Awa: Bonjour", True),
    ("3/29/20, 2:02 PM - Awa: Hi", True),
    ("[29/03/2020 14:02:33] Awa: Bonjour", True),
    ("[3/29/20, 2:02:33\u202fPM] Awa: Hi", True),
    ("\u200e[29/03/2020 14:02:33] Awa: \u200eimage absente", True),
    ("Bonjour à tous", False),
    ("le 29/03/2020 à 14:02 nous votons", False),
])
def test_whatsapp_headers(line, header):
    assert (whatsapp.match_header(line) is not None) is header


@pytest.mark.parametrize("text, fixed", [
    ("Ã‰lection Ã  Kayes", "Élection à Kayes"),
    ("journÃ©e", "journée"),
    ("Élection à Kayes", "Élection à Kayes"),  # already right: untouched
    ("ÂGE Ã la", "ÂGE Ã la"),  # not certain: untouched
])
def test_mojibake_is_fixed_only_when_certain(text, fixed):
    assert fix_mojibake_text(text) == fixed
