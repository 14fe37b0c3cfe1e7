"""YouTube comments from youtube-comment-downloader: JSON Lines of {cid, text, time, author, channel,
votes, replies, reply, time_parsed} (or its `--pretty` output, {"comments": [...]}).

`time_parsed` (epoch seconds) is the time; files without it only carry YouTube's relative time
("3 days ago", "il y a 2 semaines"), which is counted back from the moment the file was written
(its modification time) and is only as precise as its unit. Replies' cids are `<parent>.<reply>`,
which gives `reply_to_id`. Votes are shown rounded ("1.2K").
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

from analysis.importers.base import clip_raw
from analysis.importers.encoding import fix_mojibake_text
from analysis.importers.jsonstream import document_items
from analysis.importers.records import Collector, count, epoch, text_or_none

UNIT_DAYS = {"second": 1 / 86400, "seconde": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "heure": 1 / 24,
             "day": 1, "jour": 1, "week": 7, "semaine": 7, "month": 30, "mois": 30, "year": 365, "an": 365,
             "année": 365}
RELATIVE = re.compile(r"(?:il y a\s+)?(\d+)\s*(second|seconde|minute|hour|heure|day|jour|week|semaine|month|"
                      r"mois|year|année|an)s?\b", re.IGNORECASE)
VOTES = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*([KkMm]?)\s*$")


def votes(value) -> int | None:
    """'12' -> 12, '1.2K' -> 1200, '3,4 k' -> 3400, '2M' -> 2000000."""
    plain = count(value)
    if plain is not None or not isinstance(value, str):
        return plain
    found = VOTES.match(value)
    if not found:
        return None
    number = float(found.group(1).replace(",", "."))
    return int(round(number * {"": 1, "k": 1_000, "m": 1_000_000}[found.group(2).lower()]))


def relative_time(text, reference: datetime) -> datetime | None:
    found = RELATIVE.search(str(text or ""))
    if not found:
        return None
    return reference - timedelta(days=int(found.group(1)) * UNIT_DAYS[found.group(2).lower()])


def comment_row(comment, source: str, reference: datetime) -> dict | str:
    if not isinstance(comment, dict):
        return "not a comment object"
    cid = text_or_none(comment.get("cid"))
    if cid is None:
        return "comment without cid"
    created = epoch(comment.get("time_parsed")) or relative_time(comment.get("time"), reference)
    if created is None:
        return f"unreadable time {comment.get('time')!r}"
    parent = cid.split(".", 1)[0] if "." in cid else None
    author = text_or_none(comment.get("author"))
    return {"post_id": f"youtube:{cid}", "platform": "youtube",
            "author_id": text_or_none(comment.get("channel")) or author, "author_name": author,
            "created_at": created, "text": fix_mojibake_text(str(comment.get("text") or "")),
            "url": None, "reply_to_id": f"youtube:{parent}" if parent else None, "is_repost": False,
            "likes": votes(comment.get("votes")), "comments": count(comment.get("replies")),
            "source": source}


def _comments(obj) -> list:
    if isinstance(obj, dict) and isinstance(obj.get("comments"), list):
        return obj["comments"]
    return [obj]


def read(path: Path, encoding: str, source: str, progress=None, **_):
    reference = datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc)
    out = Collector()
    for line, obj, raw in document_items(path, encoding, progress, "comments.item"):
        if isinstance(obj, str):
            out.reject(line, obj, clip_raw(raw))
            continue
        for comment in _comments(obj):
            out.add(comment_row(comment, source, reference), line, comment)
        if out.full():
            yield out.take()
    if out.pending():
        yield out.take()
