"""Which encoding a file uses, its content hash, and mojibake repair.

UTF-8 is checked on the whole file with an incremental decoder (certain, streamed, bounded memory);
only when that fails does charset-normalizer guess from a sample, among the encodings Excel on
French-language Windows actually writes.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

BLOCK = 1 << 20
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Legacy single-byte encodings a Malian Excel user may produce; anything else charset-normalizer
# proposes for French text is almost always a mis-guess between near-identical code pages.
LEGACY = ("cp1252", "latin_1", "iso8859_15")
MOJIBAKE = re.compile("[ÃÂÅâ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]")


@dataclass(frozen=True)
class FileInfo:
    encoding: str
    sha256: str
    size: int


def _scan(path: Path) -> tuple[bool, str, int, bytes]:
    """One pass: is the whole file valid UTF-8, its sha256, its size, and the first block."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    digest, size, valid, head = hashlib.sha256(), 0, True, b""
    with open(path, "rb") as fh:
        while block := fh.read(BLOCK):
            if not head:
                head = block
            digest.update(block)
            size += len(block)
            if valid:
                try:
                    decoder.decode(block)
                except UnicodeDecodeError:
                    valid = False
    if valid:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            valid = False
    return valid, digest.hexdigest(), size, head


def _guess_legacy(sample: bytes) -> str:
    from charset_normalizer import from_bytes
    best = from_bytes(sample, cp_isolation=list(LEGACY)).best()
    if best is not None and best.encoding in LEGACY:
        return best.encoding
    return "cp1252"


def inspect(path: Path) -> FileInfo:
    """Encoding, hash and size of a file (raises OSError if it cannot be opened)."""
    valid, sha, size, head = _scan(path)
    for bom, name in BOMS:
        if head.startswith(bom):
            return FileInfo(name, sha, size)
    return FileInfo("utf-8" if valid else _guess_legacy(head[:200_000]), sha, size)


def decode_sample(path: Path, encoding: str, n_bytes: int = 64_000) -> str:
    """The beginning of the file as text (a cut multi-byte character at the end is dropped)."""
    with open(path, "rb") as fh:
        raw = fh.read(n_bytes)
    return raw.decode(encoding, errors="ignore").lstrip("\ufeff")


def open_text(path: Path, encoding: str):
    # errors="replace" only matters for the 5 bytes cp1252 leaves undefined; UTF-8 was checked whole.
    encoding = "utf-8-sig" if encoding in ("utf-8", "utf_8") else encoding  # drops a BOM, if any
    return open(path, encoding=encoding, errors="replace", newline="")


def fix_mojibake_text(text: str) -> str:
    """Repair UTF-8 read as cp1252 ("Ã©lection" -> "élection") only where ftfy is sure."""
    if not isinstance(text, str) or not MOJIBAKE.search(text):
        return text
    import ftfy
    return ftfy.fix_encoding(text)


def fix_mojibake(series: pd.Series) -> pd.Series:
    """Vectorised pre-filter, then ftfy on the few cells that look mis-decoded."""
    if series.empty:
        return series
    text = series.astype("object")
    suspect = text.map(lambda v: isinstance(v, str) and MOJIBAKE.search(v) is not None)
    if not suspect.any():
        return series
    out = text.copy()
    out[suspect] = text[suspect].map(fix_mojibake_text)
    return out
