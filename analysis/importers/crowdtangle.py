"""CrowdTangle historical-data CSV: Facebook (2020 and 2021+ layouts), Instagram, Twitter; streamed.

Files CrowdTangle makes that are not posts (a post's interaction history, a Link Checker report) are
refused with a message saying what they are. Dates: ct_dates; reading: ct_stream (pyarrow).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.importers import arrowops, ct_stream, not_posts
from analysis.importers.base import Batch, ImportFailure, empty_posts, set_reason, split_valid
from analysis.importers.ct_dates import ct_dates
from analysis.importers.csvio import Dialect, read_dialect
REACTIONS = ("likes", "love", "wow", "haha", "sad", "angry", "care", "thankful")
FIELDS = {  # canonical role -> CrowdTangle column names, first present wins (lower case)
    "facebook": {"author_name": ("page name", "user name"), "author_id": ("facebook id", "user name"),
                 "created": ("post created", "created"), "message": ("message",),
                 "fallback": ("description", "link text", "image text"), "url": ("url",),
                 "comments": ("comments",), "shares": ("shares",),
                 "views": ("post views", "views", "total views"), "location": ("page admin top country",)},
    "instagram": {"author_name": ("account", "user name"), "author_id": ("user name", "account"),
                  "created": ("post created", "created"), "message": ("description",),
                  "fallback": ("title", "image text"), "url": ("url",), "comments": ("comments",),
                  "views": ("views", "post views")},
    "twitter": {"author_name": ("name", "account", "handle"), "author_id": ("handle", "user name", "account"),
                "created": ("post created", "created"), "message": ("message", "tweet", "text"),
                "fallback": ("link text", "description"), "url": ("url",), "comments": ("replies", "comments"),
                "shares": ("retweets",), "views": ("views", "video views")},
}
NOT_POSTS = {
    "post_history": "a CrowdTangle post history (one post's interactions over time), not a list of posts; "
                    "export the posts with Historical Data instead (historique d'un seul post, pas des posts)",
    "link_checker": "a CrowdTangle Link Checker report (who shared one link, without the posts' text); export "
                    "the posts with Historical Data instead (rapport Link Checker, pas des posts)",
}
MARKERS = {"facebook id", "likes at posting", "followers at posting", "total interactions"}


def _not_posts(names: set[str]) -> str | None:
    """CrowdTangle files that are not posts, by the columns only they have."""
    if names & {"message", "description", "text", "tweet"}:
        return None
    if "timestep" in names or ("date" in names and any(n.startswith("expected") for n in names)):
        return "post_history"
    if {"post url", "platform"} <= names or any(n.startswith("link checker") for n in names):
        return "link_checker"
    return None


def layout_of(header) -> str | None:
    """'facebook', 'instagram', 'twitter', a NOT_POSTS kind, or None; from the header alone.

    Shapes that not_posts.csv_refusal already knows give None: detection refuses them before any writing."""
    if not_posts.csv_refusal(header):
        return None
    names = {h.strip().lower() for h in header}
    refused = _not_posts(names)
    if refused:
        return refused
    overperforming = any(n.startswith("overperforming") for n in names)
    if "retweets" in names and ("followers at posting" in names or overperforming or "handle" in names):
        return "twitter"
    if "account" in names and ("followers at posting" in names or overperforming) and "facebook id" not in names:
        return "instagram"
    if len(names & MARKERS) >= 2 or (overperforming and "facebook id" in names):
        return "facebook"
    return None


def _roles(header, layout: str) -> dict[str, int | tuple[int, ...]]:
    index = {}
    for i, h in enumerate(header):
        index.setdefault(h.strip().lower(), i)
    roles = {}
    for role, names in FIELDS[layout].items():
        found = [index[n] for n in names if n in index]
        if found:
            roles[role] = tuple(found) if role == "fallback" else found[0]
    roles["reactions"] = tuple(index[n] for n in REACTIONS if n in index and (layout == "facebook" or n == "likes"))
    return roles


IDS = {"facebook": arrowops.facebook_ids, "instagram": arrowops.instagram_ids, "twitter": arrowops.twitter_ids}


def _frame(cols: dict, ranks: np.ndarray, layout: str, source: str, tz: str | None, file_name: str) -> pd.DataFrame:
    """Canonical posts from one block of string columns (names from _selection); _line holds row ranks."""
    n = len(ranks)
    cols = {name: arrowops.strings(values) for name, values in cols.items()}
    empty = pa.nulls(n, pa.string())
    created, date_reasons = ct_dates(cols["created"], tz, file_name)
    text = arrowops.fix_text(arrowops.first_non_empty(
        [cols.get("message", empty)] + [cols[k] for k in cols if k.startswith("fallback")]).fill_null(""))
    author_id, url = cols.get("author_id", empty), cols.get("url", empty)
    native = IDS[layout](url, author_id, cols["created"], text)
    out = pd.DataFrame({
        "post_id": arrowops.to_series(pc.binary_join_element_wise(layout, native, ":")),
        "platform": layout, "author_id": arrowops.to_series(author_id),
        "author_name": arrowops.to_series(arrowops.fix_text(cols.get("author_name", author_id))),
        "author_location": arrowops.to_series(cols.get("location", empty)),
        "created_at": created, "text": arrowops.to_series(text, empty_as_null=False),
        "url": arrowops.to_series(url), "reply_to_id": None, "is_repost": False, "source": source,
        "_line": ranks})
    set_reason(out, date_reasons != "", date_reasons)
    _counts(out, cols, list(cols))
    return out


def _counts(out: pd.DataFrame, cols: dict, names: list[str]) -> None:
    reactions = [n for n in names if n.startswith("reaction")]
    for canonical, sources in (("likes", reactions), ("comments", ["comments"]), ("shares", ["shares"]),
                               ("views", ["views"])):
        total, any_value = None, None
        for name in (n for n in sources if n in cols):
            values, bad = arrowops.counts(cols[name])
            set_reason(out, bad, f"{canonical}: not a count")
            any_value = pc.is_valid(values) if any_value is None else pc.or_(any_value, pc.is_valid(values))
            values = values.fill_null(0)
            total = values if total is None else pc.add(total, values)
        if total is None:
            out[canonical] = pd.array([pd.NA] * len(out), dtype="Int64")
        else:  # a sum of reactions is missing only when every reaction is missing ("N/A")
            total = pc.if_else(any_value, total, pa.scalar(None, pa.int64()))
            out[canonical] = pd.array(total.to_pandas(), dtype="Int64")


def _selection(roles: dict) -> tuple[list[str], list[int]]:
    names, indices = [], []
    for role, idx in roles.items():
        multi = idx if isinstance(idx, tuple) else (idx,)
        prefix = {"fallback": "fallback", "reactions": "reaction"}.get(role)
        for i, j in enumerate(multi):
            names.append(f"{prefix}{i}" if prefix else role)
            indices.append(j)
    return names, indices


def _plan(path: Path, dialect: Dialect) -> tuple[str, list[str], list[int]]:
    refusal = not_posts.csv_refusal(dialect.header)  # also when --format crowdtangle forces this reader
    if refusal:
        raise ImportFailure(f"{path.name}: {refusal}")
    layout = layout_of(dialect.header) or "facebook"
    if layout in NOT_POSTS:
        raise ImportFailure(f"{path.name}: {NOT_POSTS[layout]}")
    roles = _roles(dialect.header, layout)
    if "created" not in roles:
        raise ImportFailure(f"{path.name}: CrowdTangle file without a Created / Post Created column")
    names, indices = _selection(roles)
    return layout, names, indices


TRUNCATED = "the file ends inside this record: the download was cut short (fichier tronqué)"


def _ends_cleanly(path: Path, encoding: str) -> bool:
    """CrowdTangle ends every record with a line break; a file that does not was cut short."""
    with open(path, "rb") as fh:
        fh.seek(max(0, path.stat().st_size - 16))
        tail = fh.read()
    if encoding.lower().startswith("utf-16"):
        tail = tail[len(tail) % 2:]
    return tail.decode("utf-16-le" if encoding.lower() == "utf-16" else encoding, errors="ignore").endswith(
        ("\n", "\r"))


def _last_flagged(blocks, truncated: bool):
    """(block, is_last) pairs, reading one block ahead so the file's last record can be held back."""
    previous = None
    for block in blocks:
        if previous is not None:
            yield previous, False
        previous = block
    if previous is not None:
        yield previous, truncated


def read(path: Path, encoding: str, source: str, dialect: Dialect | None = None, tz: str | None = None, **_):
    """Yield Batches of posts block by block; rejected rows come last, once their lines are known."""
    dialect = dialect or read_dialect(path, encoding)
    layout, names, indices = _plan(path, dialect)
    skipped, held, done, truncated = ct_stream.Skipped(), [], 0, not _ends_cleanly(path, encoding)
    for block, cut in _last_flagged(ct_stream.blocks(path, encoding, dialect, skipped, indices), truncated):
        ranks = np.arange(done, done + block.num_rows)
        columns = {k: block.column(f"c{i}").combine_chunks() for k, i in zip(names, indices)}
        frame = _frame(columns, ranks, layout, source, tz, path.name)
        if cut and not skipped.ends(path, encoding):  # the cut record still had all its fields: reject it too
            set_reason(frame, frame.index == frame.index[-1], TRUNCATED)
        batch = split_valid(frame, lambda pos: "")  # the raw record comes with its line, in _located
        held += batch.rejected
        done += block.num_rows
        yield Batch(batch.posts)
    if held or skipped.count:
        yield Batch(empty_posts(), _located(path, encoding, dialect, held, truncated))


def _located(path: Path, encoding: str, dialect: Dialect, held: list, truncated: bool) -> list:
    """Rejected rows with their physical lines, in file order (one csv.reader pass, only when needed)."""
    lines, bad = ct_stream.locate(path, encoding, dialect, {rank for rank, _, _ in held})
    if len(lines) != len({rank for rank, _, _ in held}):
        raise ImportFailure(f"{path.name}: records could not be matched to lines (irregular quoting?)")
    rows = sorted([(*lines[rank][:1], reason, lines[rank][1]) for rank, reason, _ in held] + bad)
    if truncated and rows and rows[-1][1] != TRUNCATED and bad and rows[-1] == max(bad):
        rows[-1] = (rows[-1][0], f"{TRUNCATED}; {rows[-1][1]}", rows[-1][2])
    return rows
