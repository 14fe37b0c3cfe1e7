"""CrowdTangle API JSON (/posts and /posts/search): `{"status": 200, "result": {"posts": [...]}}`, one
response, an array of responses, JSON Lines of responses or of posts. Streamed post by post.

Ids agree with the CrowdTangle CSV reader, so the same post from the CSV and the API is stored once:
`facebook:<platformId>` (page id _ post id) and `instagram:<shortcode of postUrl>`. `date` is UTC
(API documentation). `likes` is the sum of the reactions, as for the CSV.
"""
from __future__ import annotations

import re
from pathlib import Path

from analysis.importers.base import clip_raw
from analysis.importers.encoding import fix_mojibake_text
from analysis.importers.jsonstream import document_items
from analysis.importers.records import Collector, count, text_or_none

REACTIONS = ("likeCount", "loveCount", "wowCount", "hahaCount", "sadCount", "angryCount", "thankfulCount",
             "careCount")
SHORTCODE = re.compile(r"instagram\.com/(?:[^/]+/)?(?:p|reel|tv)/([A-Za-z0-9_-]+)")


def _likes(actual: dict):
    values = [count(actual.get(k)) for k in REACTIONS if k in actual]
    values = [v for v in values if v is not None]
    return sum(values) if values else None


def _native_id(post: dict, platform: str) -> str | None:
    if platform == "instagram":
        found = SHORTCODE.search(str(post.get("postUrl") or ""))
        return found.group(1) if found else text_or_none(post.get("platformId"))
    return text_or_none(post.get("platformId"))


def post_row(post, source: str) -> dict | str:
    if not isinstance(post, dict):
        return "not a post object"
    platform = str(post.get("platform") or "").strip().lower()
    if platform not in ("facebook", "instagram"):
        return f"platform {post.get('platform')!r} not read from CrowdTangle (only Facebook and Instagram)"
    native = _native_id(post, platform)
    if native is None:
        return "post without platformId"
    account = post.get("account") if isinstance(post.get("account"), dict) else {}
    stats = (post.get("statistics") or {}).get("actual") if isinstance(post.get("statistics"), dict) else None
    stats = stats if isinstance(stats, dict) else {}
    text = next((str(post[k]) for k in ("message", "description", "title", "caption") if post.get(k)), "")
    author = account.get("handle") if platform == "instagram" else account.get("platformId")
    return {"post_id": f"{platform}:{native}", "platform": platform,
            "author_id": text_or_none(author or account.get("handle")),
            "author_name": text_or_none(account.get("name")),
            "author_location": text_or_none(account.get("pageAdminTopCountry")),
            "created_at": post.get("date"), "text": fix_mojibake_text(text),
            "url": text_or_none(post.get("postUrl")), "reply_to_id": None, "is_repost": False,
            "likes": _likes(stats), "comments": count(stats.get("commentCount")),
            "shares": count(stats.get("shareCount")), "views": count(stats.get("videoViewCount")),
            "source": source}


def _posts(obj) -> list:
    result = obj.get("result") if isinstance(obj, dict) else None
    if isinstance(result, dict):
        return result.get("posts") or []
    return [obj]


def read(path: Path, encoding: str, source: str, progress=None, **_):
    out = Collector()
    for line, obj, raw in document_items(path, encoding, progress, "result.posts.item"):
        if isinstance(obj, str):
            out.reject(line, obj, clip_raw(raw))
            continue
        posts = _posts(obj)
        for n, post in enumerate(posts):
            out.add(post_row(post, source), line, post, f" (post {n + 1} of the response)" if len(posts) > 1 else "")
        if out.full():
            yield out.take()
    if out.pending():
        yield out.take()
