"""Delimited text: dialect sniffing and a streaming row reader that reports bad records by line.

Python's csv module (C code) is used rather than pandas.read_csv because it tells the physical line
where each record starts, and lets a record with the wrong number of fields be kept as a rejected
row instead of stopping the file or being skipped silently.
"""
from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

from analysis.importers.base import ImportFailure, clip_raw
from analysis.importers.encoding import decode_sample, open_text

DELIMITERS = ",;\t|"
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass(frozen=True)
class Dialect:
    delimiter: str
    header: tuple[str, ...]


def _first_lines(sample: str, n: int = 20) -> list[str]:
    lines = sample.splitlines()
    return lines[:-1][:n] if len(lines) > 1 else lines[:n]  # the last line may be cut


def sniff_delimiter(sample: str) -> str:
    """csv.Sniffer restricted to real delimiters, checked against the header; else the most frequent."""
    lines = _first_lines(sample)
    if not lines:
        return ","
    try:
        found = csv.Sniffer().sniff("\n".join(lines), delimiters=DELIMITERS).delimiter
        if lines[0].count(found) > 0:
            return found
    except csv.Error:
        pass
    counts = {d: lines[0].count(d) for d in DELIMITERS}
    return max(counts, key=counts.get)


def read_dialect(path: Path, encoding: str) -> Dialect:
    sample = decode_sample(path, encoding)
    delimiter = sniff_delimiter(sample)
    rows = list(csv.reader(_first_lines(sample, 2)[:1], delimiter=delimiter))
    header = tuple(h.strip().lstrip("\ufeff") for h in rows[0]) if rows else ()
    if not any(header):
        raise ImportFailure(f"{path.name}: no header line")
    return Dialect(delimiter, header)


def iter_records(path: Path, encoding: str, dialect: Dialect):
    """Yield (line, fields or None, raw-or-error): the header is skipped; unreadable records give None."""
    with open_text(path, encoding) as fh:
        reader = csv.reader(fh, delimiter=dialect.delimiter)
        try:
            next(reader)
        except (StopIteration, csv.Error):
            return
        start = reader.line_num + 1
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield start, None, f"unreadable record: {exc}"
                start = reader.line_num + 1
                continue
            yield start, fields, ""
            start = reader.line_num + 1


def record_chunks(path: Path, encoding: str, dialect: Dialect, chunk_rows: int):
    """(rows, lines, rejected) chunks of a CSV: records of the header's width, and the others rejected with their
    line, reason and raw text (blank lines are skipped, never counted)."""
    width = len(dialect.header)
    rows, lines, rejected = [], [], []
    for line, fields, error in iter_records(path, encoding, dialect):
        if fields is not None and len(fields) == width:
            rows.append(fields)
            lines.append(line)
        elif fields is None or any(f.strip() for f in fields):
            rejected.append((line, error or f"expected {width} fields, found {len(fields)}",
                             clip_raw(dialect.delimiter.join(fields or []))))
        if len(rows) + len(rejected) >= chunk_rows:
            yield rows, lines, rejected
            rows, lines, rejected = [], [], []
    if rows or rejected:
        yield rows, lines, rejected
