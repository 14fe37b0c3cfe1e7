"""Helpers behind the "Données" page: uploaded files on disk, mapping text, size limit (no Streamlit here)."""
from __future__ import annotations

import os
import re
from pathlib import Path

from analysis.importers.base import ImportFailure
from analysis.schema import POST_NAMES

DEFAULT_LIMIT_MB = 200


def upload_limit_mb() -> int:
    """VIGIE_MAX_UPLOAD_MB, else 200 (Streamlit's own server.maxUploadSize caps it too)."""
    try:
        return max(1, int(os.environ.get("VIGIE_MAX_UPLOAD_MB", DEFAULT_LIMIT_MB)))
    except ValueError:
        return DEFAULT_LIMIT_MB


def safe_name(name: str) -> str:
    """The uploaded file's own name without any folder part (it becomes the post source)."""
    base = Path(str(name).replace("\\", "/")).name.strip()
    base = re.sub(r"[\x00-\x1f]", "", base)
    return base if base not in ("", ".", "..") else "upload"


def save_upload(folder: Path, name: str, data: bytes) -> Path:
    path = Path(folder) / safe_name(name)
    path.write_bytes(data)
    return path


def parse_mapping(text: str | None) -> dict | None:
    """'text=message,created_at=date' -> {'text': 'message', 'created_at': 'date'}."""
    if not text or not text.strip():
        return None
    mapping = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, sep, value = part.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ImportFailure(f"mapping {part!r}: expected canonical=column, e.g. text=message")
        if key.strip() not in POST_NAMES:
            raise ImportFailure(f"mapping {part!r}: {key.strip()!r} is not a canonical column")
        mapping[key.strip()] = value.strip()
    return mapping
