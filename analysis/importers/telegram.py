"""Telegram Desktop export (result.json): one chat or a full export with many chats.

Post ids are `telegram:<chat id>:<message id>`: Telegram's own ids, stable across re-exports and
overlapping exports of the same chat, and they let replies point at the message they answer.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from analysis.importers.base import Batch, ImportFailure, clip_raw, empty_posts, split_valid, stable_id
from analysis.importers.encoding import fix_mojibake_text


def load_json(path: Path, encoding: str):
    try:
        with open(path, encoding=encoding, errors="strict") as fh:
            return json.load(fh)
    except UnicodeDecodeError as exc:
        raise ImportFailure(f"{path.name}: not valid text in {encoding} ({exc.reason})") from exc
    except json.JSONDecodeError as exc:
        raise ImportFailure(f"{path.name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    except RecursionError as exc:
        raise ImportFailure(f"{path.name}: JSON nested too deeply") from exc


def chats(doc) -> list[dict]:
    """The chats of a single-chat or full export."""
    if not isinstance(doc, dict):
        return []
    if isinstance(doc.get("messages"), list):
        return [doc]
    found = []
    for key in ("chats", "left_chats"):
        block = doc.get(key)
        items = block.get("list") if isinstance(block, dict) else block
        found += [c for c in items or [] if isinstance(c, dict) and isinstance(c.get("messages"), list)]
    return found


def flatten_text(value) -> str:
    """`text` is a string or a list of strings and entity objects ({"type": "bold", "text": "…"})."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, dict) else ""
                       for p in value)
    return ""


def message_time(msg: dict) -> datetime | None:
    """date_unixtime is UTC; `date` is the exporting computer's local time, taken as UTC (Mali's zone)."""
    try:
        if msg.get("date_unixtime") not in (None, ""):
            return datetime.fromtimestamp(int(msg["date_unixtime"]), tz=timezone.utc)
        if isinstance(msg.get("date"), str):
            return datetime.fromisoformat(msg["date"]).replace(tzinfo=timezone.utc)
    except (ValueError, TypeError, OverflowError, OSError):
        return None
    return None


def _text_of(value) -> str | None:
    return None if value in (None, "") else str(value)


def _post(msg: dict, chat_id: str, source: str, position: int) -> dict | str:
    if not isinstance(msg, dict):
        return "not a message object"
    if msg.get("type", "message") != "message":
        return f"service message ({msg.get('action', msg.get('type'))})"
    if msg.get("id") in (None, ""):
        return "message without id"
    created = message_time(msg)
    if created is None:
        return "missing or unreadable date"
    reply = msg.get("reply_to_message_id")
    return {"post_id": f"telegram:{chat_id}:{msg['id']}", "platform": "telegram",
            "author_id": _text_of(msg.get("from_id")), "author_name": _text_of(msg.get("from")),
            "created_at": created, "text": fix_mojibake_text(flatten_text(msg.get("text", ""))),
            "reply_to_id": f"telegram:{chat_id}:{reply}" if reply not in (None, "") else None,
            "is_repost": bool(msg.get("forwarded_from")), "source": source, "_line": position}


def read(path: Path, encoding: str, source: str, **_):
    doc = load_json(path, "utf-8-sig" if encoding.startswith("utf-8") else encoding)
    found = chats(doc)
    if not found:
        raise ImportFailure(f"{path.name}: JSON without Telegram messages (no 'messages' or 'chats' list)")
    for chat in found:
        chat_id = _text_of(chat.get("id")) or stable_id(chat.get("name"))
        posts, rejected = [], []
        for position, msg in enumerate(chat["messages"], start=1):
            row = _post(msg, chat_id, source, position)
            if isinstance(row, str):
                rejected.append((position, f"{row} in chat {chat.get('name')!r}", clip_raw(json.dumps(msg, ensure_ascii=False))))
            else:
                posts.append(row)
        frame = pd.DataFrame(posts)
        batch = split_valid(frame, lambda pos: json.dumps(posts[pos], default=str)) if posts else Batch(empty_posts())
        batch.rejected = rejected + batch.rejected
        yield batch
