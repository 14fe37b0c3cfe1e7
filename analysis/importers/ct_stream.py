"""Large delimited exports read by pyarrow's C++ CSV reader, in bounded blocks, every cell a string.

pyarrow parses several times faster than Python's csv module but does not say on which line a
record starts. Line numbers are only needed for rows Vigie rejects, so they are found afterwards,
by one csv.reader pass (csvio.iter_records), and only when the file has rejected rows.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv

from analysis.importers.base import ImportFailure, clip_raw
from analysis.importers.csvio import Dialect, iter_records

BLOCK_BYTES = 4 << 20  # pyarrow parses best in blocks of a few MB (measured: 16 MB costs 40 % more CPU)
BATCH_ROWS = 50_000  # blocks are grouped to about this many rows per Batch: fewer store round trips


@dataclass
class Skipped:
    """Records pyarrow set aside (wrong number of fields); located by line at the end."""
    count: int = 0
    last_text: str = ""

    def handler(self, row) -> str:
        self.count += 1
        self.last_text = row.text or ""
        return "skip"

    def ends(self, path: Path, encoding: str) -> bool:
        """Whether the last record set aside is the one the file ends with."""
        if not self.count:
            return False
        with open(path, "rb") as fh:
            fh.seek(max(0, path.stat().st_size - 4 * len(self.last_text) - 16))
            tail = fh.read().decode(encoding, errors="ignore").rstrip("\r\n")
        return bool(self.last_text) and tail.endswith(self.last_text.rstrip("\r\n"))


def _arrow_encoding(encoding: str) -> str:
    return "utf8" if encoding.lower().replace("_", "-") in ("utf-8", "utf-8-sig", "utf8") else encoding


def open_blocks(path: Path, encoding: str, dialect: Dialect, skipped: Skipped, keep: list[int]):
    """Stream of record batches of the `keep` columns (c<index>, strings); wrong-width records are counted
    in `skipped`. Only kept columns are converted: the parse still checks every record's width."""
    names = [f"c{i}" for i in range(len(dialect.header))]
    read = pacsv.ReadOptions(column_names=names, skip_rows=1, block_size=BLOCK_BYTES,
                             encoding=_arrow_encoding(encoding))
    parse = pacsv.ParseOptions(delimiter=dialect.delimiter, newlines_in_values=True,
                               invalid_row_handler=skipped.handler)
    convert = pacsv.ConvertOptions(column_types={n: pa.string() for n in names}, strings_can_be_null=False,
                                   quoted_strings_can_be_null=False,
                                   include_columns=[f"c{i}" for i in sorted(set(keep))])
    try:
        return pacsv.open_csv(path, read_options=read, parse_options=parse, convert_options=convert)
    except pa.ArrowInvalid as exc:
        if "Empty CSV file" in str(exc):
            return _NoRecords()
        raise ImportFailure(f"{path.name}: damaged CSV ({str(exc).splitlines()[0]})") from exc


def blocks(path: Path, encoding: str, dialect: Dialect, skipped: Skipped, keep: list[int]):
    """Yield tables of about BATCH_ROWS records; a parse failure becomes one ImportFailure line."""
    reader = open_blocks(path, encoding, dialect, skipped, keep)
    pending, rows = [], 0
    while True:
        try:
            batch = reader.read_next_batch()
        except StopIteration:
            break
        except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
            raise ImportFailure(f"{path.name}: damaged or truncated CSV ({str(exc).splitlines()[0]})") from exc
        pending.append(batch)
        rows += batch.num_rows
        if rows >= BATCH_ROWS:
            yield pa.Table.from_batches(pending).combine_chunks()
            pending, rows = [], 0
    if rows:
        yield pa.Table.from_batches(pending).combine_chunks()


class _NoRecords:
    def read_next_batch(self):
        raise StopIteration


def locate(path: Path, encoding: str, dialect: Dialect, wanted: set[int]) -> tuple[dict[int, tuple], list]:
    """(line, raw text) of each wanted valid record (by its 0-based rank among valid records), and the bad
    records as (line, reason, raw): a wrong number of fields, or text the csv module cannot read."""
    width, rank, lines, bad = len(dialect.header), 0, {}, []
    for line, fields, problem in iter_records(path, encoding, dialect):
        if fields is None:
            bad.append((line, problem, ""))
        elif len(fields) == width:
            if rank in wanted:
                lines[rank] = (line, clip_raw(dialect.delimiter.join(fields)))
            rank += 1
        elif any(f.strip() for f in fields):  # blank lines are not records
            raw = clip_raw(dialect.delimiter.join(fields))
            bad.append((line, f"expected {width} fields, found {len(fields)}", raw))
    return lines, bad
