"""WhatsApp chat exports (.txt, or the .zip holding _chat.txt): Android and iOS, French and English.

Written here rather than with whatstk or chat-miner: both need the date layout (or a guess from
the whole file) and neither keeps system lines or unreadable lines as rows with a line number,
which Vigie's "nothing dropped silently" rule requires.
"""
from __future__ import annotations

import re
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from analysis.importers.base import Batch, ImportFailure, empty_posts, split_valid, stable_id
from analysis.importers.encoding import fix_mojibake_text

MARKS = "\u200e\u200f\u202a\u202c\ufeff"
DATE = r"(?P<d1>\d{1,2})[/.-](?P<d2>\d{1,2})[/.-](?P<y>\d{2,4})"
TIME = r"(?P<h>\d{1,2})[:.h](?P<m>\d{2})(?:[:.](?P<s>\d{2}))?(?:[\s\u202f\u00a0]?(?P<ampm>[AaPp])\.?\s?[Mm]\.?)?"
ANDROID = re.compile(rf"^[{MARKS}]*{DATE},?(?:\s+(?:à|a|at))?\s+{TIME}\s+[-–]\s(?P<rest>.*)$")
IOS = re.compile(rf"^[{MARKS}]*\[{DATE},?(?:\s+(?:à|at))?\s+{TIME}\]\s(?P<rest>.*)$")
AUTHOR = re.compile(rf"^(?P<author>[^:\n]{{1,80}}?):\s?(?P<text>.*)$", re.S)
MEDIA = re.compile(r"^\s*[" + MARKS + r"]*\s*(?:<[^>]*(?:omis|omitted|pièce jointe|attached)[^>]*>"
                   r"|(?:image|vidéo|video|audio|sticker|gif|document|photo|fichier)s?\s+(?:omise?s?|omitted|absente?)"
                   r"|(?:ce message a été supprimé|this message was deleted|vous avez supprimé ce message"
                   r"|you deleted this message))\s*$", re.I)
# A system line quoting a group subject ("X a changé le sujet de « Vote : Mopti »") has a colon too.
SYSTEM_AUTHOR = re.compile(r"[«»\"“”]| a changé | changed | a créé | created ")
MAX_ZIP_TEXT = 512 * 1024 * 1024
CHAT_NAME = re.compile(r"^(?:whatsapp chat (?:with|-)|discussion whatsapp avec|conversation whatsapp avec)\s*", re.I)


def _header(line: str):
    return ANDROID.match(line) or IOS.match(line)


def looks_like_chat(sample: str) -> bool:
    lines = [ln for ln in sample.splitlines()[:40] if ln.strip()]
    return bool(lines) and _header(lines[0]) is not None


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
    raw = _zip_text(path) if zipfile.is_zipfile(path) else path.read_bytes()
    for enc in ("utf-8-sig", encoding if encoding not in ("utf-8", "utf-8-sig") else "cp1252"):
        try:
            return raw.decode(enc).splitlines()
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("latin-1").splitlines()


def _day_first(matches) -> bool:
    """dd/mm unless a first field above 12 is never seen while a second field above 12 is."""
    firsts = [int(m["d1"]) for m in matches]
    seconds = [int(m["d2"]) for m in matches]
    return not (max(seconds, default=0) > 12 and max(firsts, default=0) <= 12)


def _timestamp(m, day_first: bool) -> datetime | None:
    """The phone's local time; Mali is UTC+0 all year, so local time is UTC."""
    day, month = (int(m["d1"]), int(m["d2"])) if day_first else (int(m["d2"]), int(m["d1"]))
    year, hour = int(m["y"]), int(m["h"])
    year += 2000 if year < 100 else 0
    if m["ampm"]:
        hour = hour % 12 + (12 if m["ampm"].lower() == "p" else 0)
    try:
        return datetime(year, month, day, hour, int(m["m"]), int(m["s"] or 0), tzinfo=timezone.utc)
    except ValueError:
        return None


def _messages(lines: list[str]):
    """Group lines into (line number, header match, text lines); lines before any header stand alone."""
    current = None
    for number, line in enumerate(lines, start=1):
        m = _header(line)
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


def _row(number, m, body: str, day_first: bool, chat: str, source: str, seen: dict):
    """A canonical post dict, or (reason) for lines that are not posts."""
    if m is None:
        return "text outside any message"
    created = _timestamp(m, day_first)
    if created is None:
        return "impossible date or time"
    found = AUTHOR.match(body)
    if not found or SYSTEM_AUTHOR.search(found["author"]) or (
            found["text"].startswith("\u200e") and not MEDIA.match(found["text"])):
        return "system message (not a post)"
    author = found["author"].strip(MARKS + " ")
    text = "" if MEDIA.match(found["text"]) else fix_mojibake_text(found["text"].strip(MARKS))
    key = (created.isoformat(), author, text)
    seen[key] = seen.get(key, 0) + 1  # the n-th identical message in the same minute stays distinct
    return {"post_id": "whatsapp:" + stable_id(chat, *key, seen[key]), "platform": "whatsapp",
            "author_id": author, "author_name": author, "created_at": created, "text": text,
            "is_repost": False, "source": source, "_line": number}


def read(path: Path, encoding: str, source: str, **_):
    lines = read_lines(path, encoding)
    groups = list(_messages(lines))
    day_first = _day_first([m for _, m, _ in groups if m is not None])
    chat, seen, posts, rejected = chat_name(path), {}, [], []
    for number, m, body in groups:
        row = _row(number, m, "\n".join(body), day_first, chat, source, seen)
        if isinstance(row, str):
            rejected.append((number, row, "\n".join(body if m is None else [lines[number - 1], *body[1:]])))
        else:
            posts.append(row)
    frame = pd.DataFrame(posts)
    batch = split_valid(frame, lambda pos: posts[pos]["text"]) if posts else Batch(empty_posts())
    batch.rejected = rejected + batch.rejected
    yield batch
