"""Telegram Desktop export (result.json): one chat or a full export with many chats, streamed.

Post ids are `telegram:<chat id>:<message id>`: Telegram's own ids, stable across re-exports and
overlapping exports of the same chat, and they let replies point at the message they answer.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import ijson

from analysis.importers import not_posts
from analysis.importers.base import ImportFailure, stable_id
from analysis.importers.encoding import fix_mojibake_text
from analysis.importers.jsonstream import JsonBytes, Outline, failure, stream_items
from analysis.importers.records import Collector


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


class ChatStream:
    """Routes ijson events: chat id and name as they pass, each message built on its own.

    Telegram Desktop writes a chat's `name`, `type` and `id` before its `messages`, so every message
    knows its chat without holding the chat in memory."""

    def __init__(self):
        self.meta, self.builder, self.chats_seen = {}, None, 0

    def event(self, prefix: str, event: str, value):
        """Returns (chat meta, message) when a message is complete, else None."""
        if self.builder is not None:
            self.builder.event(event, value)
            if event == "end_map" and prefix.endswith("messages.item") and _chat_of(prefix) in CHAT_PREFIXES:
                message, self.builder = self.builder.value, None
                return self.meta, message
        elif event == "start_map" and prefix.endswith("messages.item") and _chat_of(prefix) in CHAT_PREFIXES:
            self.builder = ijson.ObjectBuilder()
            self.builder.event(event, value)
        elif event == "start_map" and prefix in CHAT_PREFIXES:
            self.meta = {}
        elif event == "start_array" and prefix.endswith("messages") and _chat_of(prefix + ".item") in CHAT_PREFIXES:
            self.chats_seen += 1
        elif event in SCALARS:
            owner, _, key = prefix.rpartition(".")
            if key in ("id", "name") and owner in CHAT_PREFIXES:
                self.meta[key] = value
        return None


CHAT_PREFIXES = {"", "chats.list.item", "left_chats.list.item", "chats.item", "left_chats.item"}
SCALARS = {"string", "number", "integer", "double"}


def _chat_of(message_prefix: str) -> str:
    return message_prefix[: -len("messages.item")].rstrip(".")


def _messages(path: Path, encoding: str, progress):
    """Yield (chat id, chat name, rank in chat, message) while reading the file once."""
    router, ranks, size, count = ChatStream(), {}, path.stat().st_size, 0
    with JsonBytes(path, encoding) as stream:
        try:
            for prefix, event, value in ijson.parse(stream, use_float=True):
                done = router.event(prefix, event, value)
                if done is None:
                    continue
                meta, message = done
                chat_id = _text_of(meta.get("id")) or stable_id(meta.get("name"))
                ranks[chat_id] = ranks.get(chat_id, 0) + 1
                count += 1
                if progress and count % 20_000 == 0:
                    progress(stream.position(), size)
                yield chat_id, meta.get("name"), ranks[chat_id], message
        except ijson.JSONError as exc:
            raise failure(path, exc, count, stream) from exc
    if progress:
        progress(size, size)
    if not router.chats_seen:
        raise ImportFailure(f"{path.name}: {not_posts.telegram_without_chats(path, encoding)}")


def _one_chat(path: Path, encoding: str, progress):
    """A single-chat export: its messages straight from ijson's C parser (several times faster)."""
    root, _ = Outline().read(path, encoding)
    chat_id = _text_of(root.get("id")) or stable_id(root.get("name"))
    for rank, message in stream_items(path, encoding, "messages.item", progress, every=20_000):
        yield chat_id, root.get("name"), rank, message


def _is_one_chat(path: Path, encoding: str) -> bool:
    root, _ = Outline(budget=2_000).read(path, encoding)
    return isinstance(root, dict) and "messages" in root and "chats" not in root and \
        ("id" in root or "name" in root)


def read(path: Path, encoding: str, source: str, progress=None, **_):
    out = Collector()
    one = _is_one_chat(path, encoding)
    messages = _one_chat(path, encoding, progress) if one else _messages(path, encoding, progress)
    for chat_id, chat_name, position, msg in messages:
        row = _post(msg, chat_id, source, position)
        out.add(row, position, msg, f" in chat {chat_name!r}" if isinstance(row, str) else "")
        if out.full():
            yield out.take()
    if out.pending():
        yield out.take()
