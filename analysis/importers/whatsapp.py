"""WhatsApp chat exports (.txt, or the .zip holding _chat.txt): Android and iOS, every locale.

Dates: whatsapp_dates (line shapes) and whatsapp_order (day/month order, calendars); notices and
placeholders: whatsapp_system. Our own parser rather than whatstk: see docs/importers.md for the
comparison; in short it reads more layouts, keeps each notice as a counted row with its line number
("nothing dropped silently") and needs no layout hint.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pandas as pd

from analysis.importers.base import Batch, ImportFailure, empty_posts, split_valid, stable_id
from analysis.importers.encoding import fix_mojibake_text
from analysis.importers.timezones import local_to_utc
from analysis.importers.whatsapp_dates import MARKS, clock, date_fields, match_header
from analysis.importers.whatsapp_order import local_times
from analysis.importers.whatsapp_system import split_message

MAX_ZIP_TEXT = 512 * 1024 * 1024
CHAT_NAME = re.compile(r"^(?:whatsapp chat (?:with|-)|discussion whatsapp avec|conversation whatsapp avec)\s*", re.I)


def looks_like_chat(sample: str) -> bool:
    """True when the first non-empty line opens a message (date, time, then ` - ` or `] `)."""
    lines = [ln for ln in sample.split("\n")[:40] if ln.strip()]
    return bool(lines) and match_header(lines[0].lstrip("\ufeff").rstrip("\r")) is not None


def chat_name(path: Path) -> str:
    """Chat name from the export's file name, so the same chat re-exported keeps the same post ids."""
    stem = re.sub(r"\s*\(\d+\)$", "", path.stem)
    return CHAT_NAME.sub("", stem).strip() or stem


def _zip_text(path: Path) -> bytes:
    try:
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if n.lower().endswith(".txt")]
            if not names:
                raise ImportFailure(f"{path.name}: zip archive without a chat .txt file")
            name = next((n for n in names if n.endswith("_chat.txt")), names[0])
            if archive.getinfo(name).file_size > MAX_ZIP_TEXT:
                raise ImportFailure(f"{path.name}: chat text larger than {MAX_ZIP_TEXT >> 20} MB")
            return archive.read(name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as exc:
        raise ImportFailure(f"{path.name}: unreadable zip archive ({exc})") from exc




def read_lines(path: Path, encoding: str) -> list[str]:
    """Physical lines (split on \\n only: message text may hold U+2028 or form feeds)."""
    raw = _zip_text(path) if zipfile.is_zipfile(path) else path.read_bytes()
    for enc in ("utf-8-sig", encoding if encoding not in ("utf-8", "utf-8-sig") else "cp1252"):
        try:
            text = raw.decode(enc)
            break
        except (UnicodeDecodeError, LookupError):
            continue
    else:
        text = raw.decode("latin-1")
    lines = [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]
    return lines[:-1] if lines and not lines[-1] else lines


def _messages(lines: list[str]):
    """Group lines into (line number, header match, text lines); lines before any header stand alone."""
    current = None
    for number, line in enumerate(lines, start=1):
        m = match_header(line)
        if m:
            if current:
                yield current
            current = (number, m, [m["rest"]])
        elif current:
            current[2].append(line)
        elif line.strip():
            yield (number, None, [line])
    if current:
        yield current


def _month_first_hint(matches) -> bool:
    """US English (`3/29/20, 2:02 PM`) when the dates alone cannot tell day from month."""
    return any((m["post"] in ("AM", "PM")) and m["sep"] == "/" for m in matches[:50] if m["post"])


def _times(groups, tz: str | None):
    matches = [m for _, m, _ in groups if m is not None]
    naive = local_times([date_fields(m) for m in matches], [clock(m) for m in matches], _month_first_hint(matches))
    utc = iter(local_to_utc(naive, tz))
    return [next(utc) if m is not None else None for _, m, _ in groups]


def _row(number, m, created, body: str, chat: str, source: str, seen: dict):
    """A canonical post dict, or the reason this message is not a post."""
    if m is None:
        return "text outside any message"
    if created is None:
        return "impossible date or time"
    author, text, kind = split_message(body)
    if kind is not None:
        return f"system message (not a post): {kind}"
    text = fix_mojibake_text(text.strip(MARKS))
    key = (created.isoformat(), author, text)
    seen[key] = seen.get(key, 0) + 1  # the n-th identical message in the same minute stays distinct
    return {"post_id": "whatsapp:" + stable_id(chat, *key, seen[key]), "platform": "whatsapp",
            "author_id": author, "author_name": author, "created_at": created, "text": text,
            "is_repost": False, "source": source, "_line": number}


def read(path: Path, encoding: str, source: str, tz: str | None = None, **_):
    lines = read_lines(path, encoding)
    groups = list(_messages(lines))
    if not any(m is not None for _, m, _ in groups):
        raise ImportFailure(f"{path.name}: not a WhatsApp chat: no line starts with a date and time "
                            "(pas une discussion WhatsApp : aucune ligne ne commence par une date et une heure)")
    chat, seen, posts, rejected = chat_name(path), {}, [], []
    for (number, m, body), created in zip(groups, _times(groups, tz)):
        row = _row(number, m, created, "\n".join(body).rstrip(), chat, source, seen)
        if isinstance(row, str):
            rejected.append((number, row, "\n".join(body if m is None else [lines[number - 1], *body[1:]])))
        else:
            posts.append(row)
    frame = pd.DataFrame(posts)
    batch = split_valid(frame, lambda pos: posts[pos]["text"]) if posts else Batch(empty_posts())
    batch.rejected = rejected + batch.rejected
    yield batch
