"""The date and time that open each WhatsApp message, in every layout the app writes.

The app prints the phone's short date and time format, so one file holds one layout but the
layouts vary by locale: `29/03/2020, 14:02 - ` (Android), `[29.03.20, 14:02:33] ` (iOS),
`3/29/20, 2:02 PM - `, `2020/03/29 午後2:02 - `, `٢٩‏/٣‏/٢٠٢٠ ٢:٠٢ م - `, `2020. 3. 29. 오후 2:02 - `,
`14:02, 29/03/2020 - ` (time first), with Buddhist (2563) or Japanese era (令和2, R2) years.
Python's `\\d` and `int()` read every Unicode decimal digit (Arabic-Indic, Persian, Thai), so digits
need no translation. Which field is the day is settled per file (see whatsapp_order).
"""
from __future__ import annotations

import re

MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u2066\u2067\u2068\u2069\ufeff"
_M = f"[{MARKS}]*"
_S = rf"[\s{MARKS}]"  # \s already covers no-break and narrow no-break spaces

# 12-hour clock markers, written without dots or spaces: the app writes `PM`, `p.m.`, `p. m.`, `p. m`...
AM_MARKERS = ("am", "vorm", "午前", "上午", "오전", "ص", "πμ", "قظ", "fm", "sa", "öö", "पूर्वाह्न", "ก่อนเที่ยง",
              "дополудня", "de", "dop", "priekšpusdienā", "utang")
PM_MARKERS = ("pm", "nachm", "午後", "下午", "오후", "م", "μμ", "بظ", "em", "ch", "ös", "अपराह्न", "หลังเที่ยง",
              "послеполудня", "du", "odp", "pēcpusdienā", "hapon")
_NOON = {m: False for m in AM_MARKERS} | {m: True for m in PM_MARKERS}


def _loose(marker: str) -> str:
    """`pm` -> p, m with an optional dot and space after each letter."""
    return "".join(re.escape(ch) + r"\.?\s?" for ch in marker[:-1]) + re.escape(marker[-1]) + r"\.?"


_MARKER = "(?i:" + "|".join(_loose(m) for m in sorted(_NOON, key=len, reverse=True)) + ")"
ERAS = {"令和": 2018, "r": 2018, "平成": 1988, "h": 1988, "昭和": 1925, "s": 1925}

DATE = (rf"(?P<era>令和|平成|昭和|[RrHhSs](?=\d))?(?P<a>\d{{1,4}}){_M}(?P<sep>[/.\-]){_S}?(?P<b>\d{{1,2}}){_M}"
        rf"(?P=sep){_S}?(?P<c>\d{{1,4}})(?:{_M}\.)?(?:{_M}年)?")
TIME = (rf"(?:(?P<pre>{_MARKER}){_S}?)?(?P<h>\d{{1,2}}){_M}(?:[:.]|{_S}?h{_S}?)(?P<m>\d{{2}})"
        rf"(?:[:.](?P<s>\d{{2}}))?(?:{_S}?(?P<post>{_MARKER})(?![^\W\d_]))?")
_JOIN = rf"{_M}[,،]?{_S}*(?:(?:à|a\s+las|a\s+la|at|um|klo|alle|om|kl\.?|в|o|lúc|saat|в|às){_S}+)?"
_ANDROID_END = rf"{_S}*[-–]{_S}"
HEADERS = (
    re.compile(rf"^{_M}\[{_S}*{DATE}{_JOIN}{TIME}{_S}*\]{_S}?(?P<rest>.*)$", re.S),
    re.compile(rf"^{_M}{DATE}{_JOIN}{TIME}{_ANDROID_END}(?P<rest>.*)$", re.S),
    re.compile(rf"^{_M}\[{_S}*{TIME}{_M}[,،]?{_S}*{DATE}{_S}*\]{_S}?(?P<rest>.*)$", re.S),
    re.compile(rf"^{_M}{TIME}{_M}[,،]?{_S}*{DATE}{_ANDROID_END}(?P<rest>.*)$", re.S),
)


def match_header(line: str):
    """The regex match of a message's opening date and time, or None for a continuation line."""
    if not line or not (line[0] == "[" or line[0].isdigit() or line[0] in MARKS or not line[0].isascii()):
        return None
    for pattern in HEADERS:
        found = pattern.match(line)
        if found:
            return found
    return None


def clock(m) -> tuple[int, int, int] | None:
    """(hour, minute, second) on a 24-hour clock, or None when the time cannot exist."""
    hour, minute, second = int(m["h"]), int(m["m"]), int(m["s"] or 0)
    marker = m["pre"] or m["post"]
    if marker:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if _NOON[re.sub(r"[\s.]", "", marker).lower()] else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def date_fields(m) -> tuple[int, int, int, int, int | None]:
    """(a, b, c, digits of a, era offset): the three numbers as written, before the order is known."""
    era = m["era"]
    return int(m["a"]), int(m["b"]), int(m["c"]), len(m["a"]), ERAS.get(era.lower()) if era else None
