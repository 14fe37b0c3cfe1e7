"""Which export a file is, from its content (magic bytes, JSON keys, chat line shapes, CSV header)."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

from analysis.importers import crowdtangle, whatsapp
from analysis.importers.base import ImportFailure
from analysis.importers.csvio import read_dialect
from analysis.importers.encoding import decode_sample

FORMATS = ("crowdtangle", "twitter", "telegram", "whatsapp", "generic")
ALIASES = {"ct": "crowdtangle", "x": "twitter", "tweets": "twitter", "csv": "generic", "tsv": "generic",
           "jsonl": "generic", "parquet": "generic"}
TWEET_KEYS = {"author_id", "public_metrics", "edit_history_tweet_ids", "referenced_tweets", "conversation_id"}


def normalise_format(fmt: str | None) -> str | None:
    if fmt is None:
        return None
    name = ALIASES.get(fmt.strip().lower(), fmt.strip().lower())
    if name not in FORMATS:
        raise ImportFailure(f"--format {fmt}: unknown format (choose among {', '.join(FORMATS)})")
    return name


def _json_kind(first: dict) -> str:
    if "messages" in first or "chats" in first:
        return "telegram"
    if "data" in first and ("includes" in first or "meta" in first or isinstance(first["data"], (list, dict))):
        return "twitter"
    if "id" in first and "text" in first and (TWEET_KEYS & set(first) or "note_tweet" in first):
        return "twitter"
    return "generic"


def _first_json_object(sample: str) -> dict | None:
    """The first JSON object of a JSON document or of JSON Lines (None when the text is not JSON)."""
    text = sample.lstrip()
    if not text or text[0] not in "[{":
        return None
    decoder = json.JSONDecoder()
    if text[0] == "[":
        text = text[1:].lstrip()
    first_line = text.split("\n", 1)[0]
    for candidate in (first_line, text):
        try:
            obj, _ = decoder.raw_decode(candidate)
            return obj if isinstance(obj, dict) else None
        except json.JSONDecodeError:
            continue
    return {}  # looks like JSON whose first object is larger than the sample


def _big_json_kind(sample: str) -> str:
    """A large JSON document: decide from the keys that appear near its start."""
    head = sample[:20_000]
    if '"messages"' in head or '"chats"' in head:
        return "telegram"
    if '"data"' in head or '"edit_history_tweet_ids"' in head:
        return "twitter"
    return "generic"


def detect_format(path: Path, encoding: str) -> str:
    """Return one of FORMATS, or raise ImportFailure naming the file and why it is not recognised."""
    with open(path, "rb") as fh:
        magic = fh.read(4)
    if not magic:
        raise ImportFailure(f"{path.name}: empty file")
    if magic == b"PAR1":
        return "generic"
    if magic.startswith(b"PK"):
        if not zipfile.is_zipfile(path):
            raise ImportFailure(f"{path.name}: damaged zip archive")
        return "whatsapp"
    sample = decode_sample(path, encoding)
    if "\x00" in sample[:4096]:
        raise ImportFailure(f"{path.name}: binary content, not a text export")
    first = _first_json_object(sample)
    if first is not None:
        return _json_kind(first) if first else _big_json_kind(sample)
    if whatsapp.looks_like_chat(sample):
        return "whatsapp"
    dialect = read_dialect(path, encoding)
    if crowdtangle.layout_of(dialect.header):
        return "crowdtangle"
    return "generic"
