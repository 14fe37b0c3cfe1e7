"""Which export a file is, from its content (magic bytes, JSON keys, chat line shapes, CSV header)."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

from analysis.importers import crowdtangle, detect_json, meta_library, not_posts, whatsapp
from analysis.importers.base import ImportFailure
from analysis.importers.csvio import read_dialect
from analysis.importers.encoding import decode_sample
from analysis.importers.jsonstream import JS_ASSIGNMENT, Outline, top_level

FORMATS = ("crowdtangle", "crowdtangle_api", "twitter", "telegram", "facebook_dyi", "facebook_graph",
           "zeeschuimer", "youtube", "meta_content_library", "whatsapp", "generic")
ALIASES = {"ct": "crowdtangle", "x": "twitter", "tweets": "twitter", "x_archive": "twitter", "twarc": "twitter",
           "academictwitter": "twitter", "csv": "generic", "tsv": "generic", "jsonl": "generic",
           "parquet": "generic", "facebook": "facebook_dyi", "dyi": "facebook_dyi", "graph": "facebook_graph",
           "4cat": "zeeschuimer", "mcl": "meta_content_library", "content_library": "meta_content_library",
           "youtube_comments": "youtube"}


def normalise_format(fmt: str | None) -> str | None:
    if fmt is None:
        return None
    name = ALIASES.get(fmt.strip().lower(), fmt.strip().lower())
    if name not in FORMATS:
        raise ImportFailure(f"--format {fmt}: unknown format (choose among {', '.join(FORMATS)})")
    return name


def _json_kind(path: Path, encoding: str, sample: str) -> str:
    """A JSON document or JSON Lines: the first line when it is a whole object, else the outline."""
    first_line = sample.lstrip().split("\n", 1)[0]
    try:
        obj = json.loads(first_line)
    except (json.JSONDecodeError, RecursionError):
        obj, _ = Outline().read(path, encoding)
    if obj is None or obj == {} or obj == []:
        kind, _ = top_level(path, encoding)
        if kind is None:
            raise ImportFailure("starts like JSON but is not valid JSON")
    return detect_json.document_kind(obj) or "generic"


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
    if whatsapp.looks_like_chat(sample):  # before JSON: an iOS chat line starts with "["
        return "whatsapp"
    head = sample.lstrip()
    js = JS_ASSIGNMENT.match(head[:300].encode())
    if js or head[:1] in ("[", "{"):
        try:
            return detect_json.js_kind(js.group(1).decode()) if js else _json_kind(path, encoding, sample)
        except ImportFailure as exc:
            raise ImportFailure(f"{path.name}: {exc}") from exc
    dialect = read_dialect(path, encoding)
    if crowdtangle.layout_of(dialect.header):
        return "crowdtangle"
    if meta_library.layout_of(dialect.header):
        return "meta_content_library"
    refusal = not_posts.csv_refusal(dialect.header)
    if refusal:
        raise ImportFailure(f"{path.name}: {refusal}")
    return "generic"
