"""Open one export: check it can be read, detect (or take) its format, and stream its Batches."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import schema

from analysis.importers import (crowdtangle, crowdtangle_api, facebook, generic, meta_library, telegram, twitter,
                                whatsapp, youtube, zeeschuimer)
from analysis.importers.base import ImportFailure
from analysis.importers.detect import detect_format, normalise_format
from analysis.importers.encoding import FileInfo, inspect
from analysis.importers.timezones import parse_zone

READERS = {"crowdtangle": crowdtangle.read, "crowdtangle_api": crowdtangle_api.read, "twitter": twitter.read,
           "telegram": telegram.read, "facebook_dyi": facebook.read_dyi, "facebook_graph": facebook.read_graph,
           "zeeschuimer": zeeschuimer.read, "youtube": youtube.read, "meta_content_library": meta_library.read,
           "whatsapp": whatsapp.read, "generic": generic.read}
# The JSON readers stream their file and call progress(bytes_read, bytes_total) as they go.
REJECTED_COLUMNS = ["file", "line", "reason", "raw"]


@dataclass
class Export:
    path: Path
    format: str
    info: FileInfo
    mapping: dict | None = None
    progress: object = None  # progress(bytes_read, bytes_total), called by the streaming JSON readers
    tz: str | None = None

    def _options(self) -> dict:
        """Every reader takes these keywords (and ignores those it has no use for)."""
        return {"mapping": self.mapping, "progress": self.progress, "tz": self.tz}

    @property
    def source(self) -> str:
        return f"{self.format}:{self.path.name}"

    def batches(self):
        """Stream the file's Batches; any failure while reading becomes one ImportFailure line."""
        try:
            yield from READERS[self.format](self.path, self.info.encoding, self.source, **self._options())
        except ImportFailure:
            raise
        except (MemoryError, KeyboardInterrupt):
            raise
        except Exception as exc:  # a damaged file must give a one-line message, never a traceback
            raise ImportFailure(f"{self.path.name}: cannot be read as {self.format} ({type(exc).__name__}: "
                                f"{str(exc).splitlines()[0] if str(exc) else 'no detail'})") from exc


def open_export(path, fmt: str | None = None, mapping: dict | None = None, progress=None, tz=None) -> Export:
    """Check the file exists and is readable, then detect its format unless `fmt` forces one."""
    path = Path(path)
    if not path.is_file():
        raise ImportFailure(f"{path}: no such file")
    try:
        info = inspect(path)
    except OSError as exc:
        raise ImportFailure(f"{path.name}: cannot be opened ({exc.strerror or exc})") from exc
    if info.size == 0:
        raise ImportFailure(f"{path.name}: empty file")
    forced = normalise_format(fmt)
    parse_zone(tz)  # a wrong --tz fails before anything is read
    try:
        found = forced or detect_format(path, info.encoding)
    except ImportFailure:
        raise
    except Exception as exc:
        raise ImportFailure(f"{path.name}: format not recognised ({type(exc).__name__})") from exc
    return Export(path, found, info, mapping, progress, tz)


def rejected_frame(rows: list, file_name: str) -> pd.DataFrame:
    return pd.DataFrame([(file_name, line, reason, raw) for line, reason, raw in rows], columns=REJECTED_COLUMNS)


def read_file(path, fmt: str | None = None, mapping: dict | None = None,
              tz: str | None = None) -> tuple[str, pd.DataFrame, pd.DataFrame]:
    """Whole file in memory: (format, posts with canonical columns, rejected rows). For small files and tests."""
    export = open_export(path, fmt, mapping, tz=tz)
    posts, rejected = [], []
    for batch in export.batches():
        posts.append(batch.posts)
        rejected += batch.rejected
    frame = pd.concat([p for p in posts if len(p)], ignore_index=True) if any(len(p) for p in posts) else None
    from analysis.importers.base import empty_posts
    frame = (frame if frame is not None else empty_posts()).reindex(columns=list(schema.POST_NAMES))
    return export.format, frame, rejected_frame(rejected, export.path.name)


def preview(path, fmt: str | None = None, mapping: dict | None = None, n: int = 20, tz: str | None = None) -> dict:
    """Format, encoding and the first rows (posts and rejected) without importing anything."""
    export = open_export(path, fmt, mapping, tz=tz)
    batch = next(iter(export.batches()), None)
    posts = batch.posts.reindex(columns=list(schema.POST_NAMES)).head(n) if batch else pd.DataFrame()
    rejected = rejected_frame(batch.rejected[:n] if batch else [], export.path.name)
    return {"format": export.format, "encoding": export.info.encoding, "posts": posts, "rejected": rejected}
