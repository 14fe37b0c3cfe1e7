"""JSON documents read as a stream (ijson), so a file of several GB is held one item at a time.

Also reads the X archive's JavaScript files (`window.YTD.tweets.part0 = [...]`): the assignment before
the array and a trailing `;` are skipped. ijson errors become one ImportFailure naming the file, the
last complete item and the byte where reading stopped.
"""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import ijson

from analysis.importers.base import ImportFailure
from analysis.importers.encoding import open_text

JS_ASSIGNMENT = re.compile(rb"^\s*window\.YTD\.(\w+)\.part\d+\s*=\s*")
TAIL = 16  # bytes held back so that a trailing `;` of a JavaScript file can be dropped at the end


class JsonBytes:
    """A file's bytes as UTF-8 JSON: BOM and JavaScript assignment dropped, other encodings re-encoded."""

    def __init__(self, path: Path, encoding: str):
        self.raw = open(path, "rb")
        self.text = None if encoding.replace("_", "-").lower().startswith("utf-8") else \
            io.TextIOWrapper(open(path, "rb"), encoding=encoding, errors="replace")
        self.pending, self.js_name, self.done = self._head(), None, False
        match = JS_ASSIGNMENT.match(self.pending)
        if match:
            self.js_name, self.pending = match.group(1).decode(), self.pending[match.end():]

    def _chunk(self, n: int) -> bytes:
        if self.text is not None:
            return self.text.read(n).encode("utf-8")
        return self.raw.read(n)

    def _head(self) -> bytes:
        head = self._chunk(4096)
        return head[3:] if head.startswith(b"\xef\xbb\xbf") else head

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def read(self, n: int = -1) -> bytes:
        size = 1 << 16 if n is None or n < 0 else n
        while not self.done and len(self.pending) < size + TAIL:
            chunk = self._chunk(size)
            if not chunk:
                self.done = True
                if self.js_name:
                    self.pending = self.pending.rstrip(b" \t\r\n;")
                break
            self.pending += chunk
        cut = len(self.pending) if self.done else max(0, len(self.pending) - TAIL)
        cut = min(cut, size)
        out, self.pending = self.pending[:cut], self.pending[cut:]
        return out

    def position(self) -> int:
        """Bytes of the file read so far (for progress; ijson reads ahead by one buffer)."""
        return (self.text.buffer if self.text is not None else self.raw).tell()

    def close(self) -> None:
        self.raw.close()
        if self.text is not None:
            self.text.close()


def failure(path: Path, exc: Exception, item: int, stream: JsonBytes | None = None) -> ImportFailure:
    """One line for a broken JSON document: where it stopped and why."""
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    where = f"after item {item}" if item else "before the first item"
    at = f", near byte {stream.position():,}" if stream is not None else ""
    kind = "truncated" if "premature EOF" in detail or "incomplete" in detail.lower() else "broken"
    return ImportFailure(f"{Path(path).name}: not valid JSON: {kind} {where}{at} ({detail})")


def stream_items(path: Path, encoding: str, prefix: str, progress=None, every: int = 5000):
    """Yield (rank, object) for each value at `prefix` ("item" for a top-level array)."""
    rank = 0
    with JsonBytes(path, encoding) as stream:
        try:
            for rank, obj in enumerate(ijson.items(stream, prefix, use_float=True), start=1):
                yield rank, obj
                if progress and rank % every == 0:
                    progress(stream.position(), Path(path).stat().st_size)
        except ijson.JSONError as exc:
            raise failure(path, exc, rank, stream) from exc
        if progress:
            progress(Path(path).stat().st_size, Path(path).stat().st_size)


def top_level(path: Path, encoding: str) -> tuple[str | None, str | None]:
    """('array' | 'object' | None, JavaScript variable name of an X archive file or None)."""
    with JsonBytes(path, encoding) as stream:
        try:
            for _prefix, event, _value in ijson.parse(stream):
                return {"start_array": "array", "start_map": "object"}.get(event), stream.js_name
        except ijson.JSONError:
            return None, stream.js_name
    return None, None


class Outline:
    """Builds a pruned copy of a JSON document: at most `keep` items per array, `budget` events in all.

    Enough to recognise which export a document is without reading it all."""

    def __init__(self, keep: int = 2, budget: int = 20_000):
        self.keep, self.budget, self.stack, self.root, self.key, self.skip = keep, budget, [], None, None, 0

    def _add(self, value) -> None:
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        if isinstance(top, list):
            top.append(value)
        else:
            top[self.key] = value

    def _full(self) -> bool:
        return bool(self.stack) and isinstance(self.stack[-1], list) and len(self.stack[-1]) >= self.keep

    def event(self, event: str, value) -> None:
        if self.skip:
            self.skip += {"start_map": 1, "start_array": 1, "end_map": -1, "end_array": -1}.get(event, 0)
            return
        if event in ("end_map", "end_array"):
            self.stack.pop()
        elif event == "map_key":
            self.key = value
        elif self._full():
            self.skip = 1 if event in ("start_map", "start_array") else 0
        elif event in ("start_map", "start_array"):
            container = {} if event == "start_map" else []
            self._add(container)
            self.stack.append(container)
        else:
            self._add(value)

    def read(self, path: Path, encoding: str):
        with JsonBytes(path, encoding) as stream:
            try:
                for n, (_prefix, event, value) in enumerate(ijson.parse(stream, use_float=True)):
                    self.event(event, value)
                    if n >= self.budget:
                        break
            except ijson.JSONError:
                pass  # a broken document is reported by its reader, with the place it breaks
            return self.root, stream.js_name


def json_lines(path: Path, encoding: str, progress=None, every: int = 5000):
    """Yield (line number, object or reason, raw line) for each non-blank line of a JSON Lines file."""
    size = Path(path).stat().st_size
    with open_text(path, encoding) as fh:
        for number, line in enumerate(fh, start=1):
            if progress and number % every == 0:
                progress(fh.buffer.tell(), size)
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                where = f", column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
                yield number, f"not valid JSON ({getattr(exc, 'msg', 'nested too deeply')}{where})", line
                continue
            yield number, obj if isinstance(obj, dict) else "not a JSON object", line
    if progress:
        progress(size, size)


def is_json_lines(path: Path, encoding: str) -> bool:
    """True when the first non-blank line is a whole JSON object (one document per line)."""
    with open_text(path, encoding) as fh:
        for line in fh:
            if line.strip():
                try:
                    return isinstance(json.loads(line), dict)
                except (json.JSONDecodeError, RecursionError):
                    return False
    return False


def document_items(path: Path, encoding: str, progress=None, object_prefix: str = ""):
    """(line or item rank, object or reason, raw line or None) for every item, whatever the layout:
    JSON Lines, a top-level array (streamed item by item) or one object (the values at `object_prefix`,
    "" for the whole object)."""
    if is_json_lines(path, encoding):
        yield from json_lines(path, encoding, progress)
        return
    kind, _ = top_level(path, encoding)
    if kind is None:
        raise ImportFailure(f"{Path(path).name}: not valid JSON (neither a JSON document nor JSON Lines)")
    prefix = "item" if kind == "array" else object_prefix
    for rank, obj in stream_items(path, encoding, prefix, progress):
        yield rank, obj, None
