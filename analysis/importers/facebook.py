"""Facebook without CrowdTangle: "Download your information" JSON (your_posts_1.json) and Graph API dumps.

- DYI: a list of {timestamp (epoch seconds), data: [{post: text}], attachments, title}, sometimes wrapped
  in one key (`status_updates_v2`). Facebook writes its text as UTF-8 bytes escaped one by one as
  Latin-1 (`\\u00c3\\u00a9` for "é"); each string is re-decoded when, and only when, it is such a
  sequence. Posts carry no id: `facebook:dyi-<hash of time, text, link, rank of that pair in the file>`.
- Graph API: `{data: [...], paging}` pages (one document, an array of pages, JSON Lines) or flat arrays of
  post objects; `created_time` (or only `updated_time`), `message` (else `story`), `from`, counts from
  `shares.count` and the `summary.total_count` of reactions/likes and comments.
"""
from __future__ import annotations

from pathlib import Path

from analysis.importers import detect_json
from analysis.importers.base import clip_raw, stable_id
from analysis.importers.jsonstream import Outline, document_items
from analysis.importers.records import Collector, count, epoch, text_or_none


def latin1_utf8(text: str) -> str:
    """'Ã©lection' as Facebook writes it -> 'élection'; any other string is returned unchanged."""
    if not text or max(text) < "\u0080" or max(text) > "\u00ff":
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return text


def repair(value):
    """latin1_utf8 over every string of a decoded JSON value."""
    if isinstance(value, str):
        return latin1_utf8(value)
    if isinstance(value, list):
        return [repair(v) for v in value]
    if isinstance(value, dict):
        return {k: repair(v) for k, v in value.items()}
    return value


def _attachment_parts(post: dict) -> tuple[list[str], str | None]:
    """Texts (media descriptions, shared link titles) and the first shared link of a DYI post."""
    texts, link = [], None
    for attachment in post.get("attachments") or []:
        items = attachment.get("data") if isinstance(attachment, dict) else None
        for item in [i for i in items or [] if isinstance(i, dict)]:
            context, media = item.get("external_context"), item.get("media")
            if isinstance(context, dict):
                link = link or text_or_none(context.get("url"))
                texts += [context["name"]] if context.get("name") else []
            if isinstance(media, dict) and media.get("description"):
                texts.append(media["description"])
    return [str(t) for t in texts], link


class DyiRows:
    """DYI posts -> rows; counts (time, text) pairs so that identical posts keep distinct ids."""

    def __init__(self, source: str):
        self.source, self.seen = source, {}

    def __call__(self, post) -> dict | str:
        if not isinstance(post, dict):
            return "not a post object"
        post = repair(post)
        created = epoch(post.get("timestamp"))
        if created is None:
            return "missing or unreadable timestamp"
        own = [str(d["post"]) for d in post.get("data") or [] if isinstance(d, dict) and d.get("post")]
        extra, link = _attachment_parts(post)
        text = "\n".join(own) or "\n".join(extra)
        key = (post.get("timestamp"), text, link)
        self.seen[key] = self.seen.get(key, 0) + 1
        return {"post_id": f"facebook:dyi-{stable_id(*key, self.seen[key])}", "platform": "facebook",
                "author_id": None, "author_name": None, "created_at": created, "text": text, "url": link,
                "reply_to_id": None, "is_repost": False, "source": self.source}


def _summary_total(value) -> int | None:
    summary = value.get("summary") if isinstance(value, dict) else None
    return count(summary.get("total_count")) if isinstance(summary, dict) else None


def graph_row(post, source: str) -> dict | str:
    if not isinstance(post, dict):
        return "not a post object"
    native = text_or_none(post.get("id"))
    if native is None:
        return "post without id"
    author = post.get("from") if isinstance(post.get("from"), dict) else {}
    shares = post.get("shares") if isinstance(post.get("shares"), dict) else {}
    reactions = _summary_total(post.get("reactions"))
    return {"post_id": f"facebook:{native}", "platform": "facebook",
            "author_id": text_or_none(author.get("id")), "author_name": text_or_none(author.get("name")),
            "created_at": post.get("created_time") or post.get("updated_time"),
            "text": str(post.get("message") or post.get("story") or ""),
            "url": text_or_none(post.get("permalink_url")),
            "reply_to_id": None, "is_repost": post.get("status_type") == "shared_story" or "parent_id" in post,
            "likes": reactions if reactions is not None else _summary_total(post.get("likes")),
            "comments": _summary_total(post.get("comments")), "shares": count(shares.get("count")),
            "source": source}


def _read_items(path: Path, encoding: str, progress, object_prefix: str, rows_of):
    out = Collector()
    for line, obj, raw in document_items(path, encoding, progress, object_prefix):
        if isinstance(obj, str):
            out.reject(line, obj, clip_raw(raw))
            continue
        rows = rows_of(obj)
        for n, (row, item) in enumerate(rows):
            out.add(row, line, item, f" (post {n + 1} of the page)" if len(rows) > 1 else "")
        if out.full():
            yield out.take()
    if out.pending():
        yield out.take()


def _dyi_prefix(path: Path, encoding: str) -> str:
    root, _ = Outline().read(path, encoding)
    if isinstance(root, dict):  # {"status_updates_v2": [...]}
        key = next((k for k, v in root.items() if isinstance(v, list)), None)
        return f"{key}.item" if key else ""
    return ""


def read_dyi(path: Path, encoding: str, source: str, progress=None, **_):
    to_row = DyiRows(source)
    yield from _read_items(path, encoding, progress, _dyi_prefix(path, encoding),
                           lambda obj: [(to_row(obj), obj)])


def _graph_posts(obj):
    """A page gives its `data` posts; a post object gives itself."""
    if isinstance(obj, dict) and isinstance(obj.get("data"), list) and not detect_json.is_graph_post(obj):
        return obj["data"]
    return [obj]


def read_graph(path: Path, encoding: str, source: str, progress=None, **_):
    yield from _read_items(path, encoding, progress, "",
                           lambda obj: [(graph_row(p, source), p) for p in _graph_posts(obj)])
