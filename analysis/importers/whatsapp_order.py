"""Which field of a WhatsApp date is the day, and which calendar its year belongs to.

The app writes the phone's short date, so `03/04/20` is 3 April in Bamako and 4 March in New York.
The order is settled once per file from all its dates: an order that makes some date impossible
loses, then the order under which the messages run in time (exports are chronological) wins.
"""
from __future__ import annotations

from datetime import date, datetime

ORDERS = ("dmy", "mdy", "ymd")
BUDDHIST_OFFSET = 543


def jalali_to_gregorian(year: int, month: int, day: int) -> date:
    """Solar Hijri (Persian) date -> Gregorian, by the 2820-year arithmetic cycle (exact 1300-1500 SH)."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        raise ValueError("no such Solar Hijri date")
    base = year - 474
    cycle_year = 474 + base % 2820
    month_days = (month - 1) * 31 if month <= 7 else (month - 1) * 30 + 6
    julian_day = (day + month_days + (cycle_year * 682 - 110) // 2816 + (cycle_year - 1) * 365
                  + base // 2820 * 1029983 + 1948320)  # Julian day number at noon, minus 0.5
    return date.fromordinal(julian_day - 1721425)


def calendar_date(year: int, month: int, day: int, era: int | None) -> date:
    """The Gregorian date of a year as the app wrote it (2- or 4-digit, Buddhist, Japanese era, Persian)."""
    if era is not None:
        return date(era + year, month, day)
    if year < 50:
        return date(2000 + year, month, day)
    if year < 100:  # 2-digit Buddhist years: 52 (2009, WhatsApp's first) onwards
        return date(2500 + year - BUDDHIST_OFFSET, month, day)
    if 1300 <= year < 1500:
        return jalali_to_gregorian(year, month, day)
    if year >= 2400:
        return date(year - BUDDHIST_OFFSET, month, day)
    return date(year, month, day)


def arrange(fields: tuple, order: str) -> date | None:
    a, b, c, _, era = fields
    year, month, day = {"dmy": (c, b, a), "mdy": (c, a, b), "ymd": (a, b, c)}[order]
    try:
        return calendar_date(year, month, day, era)
    except ValueError:
        return None


def possible_orders(all_fields: list[tuple]) -> tuple[str, ...]:
    """A 4-digit or era-marked first field is a year; a 4-digit last field rules year-first out."""
    if any(f[3] >= 3 or f[4] is not None for f in all_fields):
        return ("ymd",)
    if any(f[2] >= 100 for f in all_fields):
        return ("dmy", "mdy")
    return ORDERS


def _score(stamps: list[datetime | None]) -> tuple[int, int]:
    impossible = sum(s is None for s in stamps)
    known = [s for s in stamps if s is not None]
    backwards = sum(1 for earlier, later in zip(known, known[1:]) if later < earlier)
    return impossible, backwards


def settle_order(all_fields: list[tuple], clocks: list, prefer_month_first: bool) -> str:
    """The order with the fewest impossible dates, then the fewest steps back in time."""
    orders = possible_orders(all_fields)
    if prefer_month_first and "mdy" in orders:
        orders = ("mdy", *[o for o in orders if o != "mdy"])
    scores = []
    for rank, order in enumerate(orders):
        stamps = [_stamp(arrange(f, order), t) for f, t in zip(all_fields, clocks)]
        scores.append((*_score(stamps), rank, order))
    return min(scores)[-1]


def _stamp(day: date | None, hms) -> datetime | None:
    if day is None or hms is None:
        return None
    return datetime(day.year, day.month, day.day, *hms)


def local_times(all_fields: list[tuple], clocks: list, prefer_month_first: bool = False) -> list[datetime | None]:
    """Naive phone-local datetimes for every header (None where the date or time cannot exist)."""
    if not all_fields:
        return []
    order = settle_order(all_fields, clocks, prefer_month_first)
    return [_stamp(arrange(f, order), t) for f, t in zip(all_fields, clocks)]
