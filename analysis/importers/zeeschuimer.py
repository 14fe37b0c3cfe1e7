"""Zeeschuimer / 4CAT NDJSON: one item a line, {item_id, timestamp_collected, source_platform,
source_platform_url, data}, where `data` is the platform's own object as its web interface loaded it.

Read for X (GraphQL tweets, or the older `adaptive` objects), Instagram (media objects, or GraphQL
nodes with `shortcode`) and TikTok (item structs). Promoted items (X `promoted`, TikTok `isAd`,
Instagram `ad_id`/`injected`) are advertisements, not posts: rejected with that reason. Items of
other platforms are rejected naming the platform.
"""
from __future__ import annotations

from pathlib import Path

from analysis.importers import twitter_v1
from analysis.importers.base import clip_raw
from analysis.importers.encoding import fix_mojibake_text
from analysis.importers.jsonstream import json_lines
from analysis.importers.records import Collector, count, epoch, text_or_none

PLATFORMS = {"twitter.com": "twitter", "x.com": "twitter", "instagram.com": "instagram", "tiktok.com": "tiktok"}
PROMOTED = "promoted item (an advertisement), not a post"


def _tweet(data: dict, source: str):
    if data.get("promoted"):
        return PROMOTED
    if data.get("type") == "adaptive" and isinstance(data.get("legacy"), dict):
        return twitter_v1.v1_row({**data["legacy"], "user": data.get("user") or {}}, source)
    return twitter_v1.v1_row(twitter_v1.graphql_to_v1(data), source)


def _edge_count(data: dict, *keys):
    for key in keys:
        value = data.get(key)
        found = count(value.get("count")) if isinstance(value, dict) else count(value)
        if found is not None:
            return found
    return None


def _caption(data: dict) -> str:
    caption = data.get("caption")
    if isinstance(caption, dict):
        return str(caption.get("text") or "")
    edges = ((data.get("edge_media_to_caption") or {}).get("edges") or [{}])
    node = edges[0].get("node") if edges and isinstance(edges[0], dict) else None
    return str((node or {}).get("text") or (caption if isinstance(caption, str) else ""))


def _instagram(data: dict, source: str):
    if data.get("ad_id") or data.get("injected"):
        return PROMOTED
    code = text_or_none(data.get("code") or data.get("shortcode"))
    if code is None:
        return "Instagram item without shortcode"
    user = data.get("user") or data.get("owner") or {}
    location = data.get("location") if isinstance(data.get("location"), dict) else {}
    return {"post_id": f"instagram:{code}", "platform": "instagram",
            "author_id": text_or_none(user.get("username")), "author_name": text_or_none(user.get("full_name")),
            "created_at": epoch(data.get("taken_at") or data.get("taken_at_timestamp")),
            "text": fix_mojibake_text(_caption(data)), "url": f"https://www.instagram.com/p/{code}/",
            "is_repost": False, "likes": _edge_count(data, "like_count", "edge_liked_by", "edge_media_preview_like"),
            "comments": _edge_count(data, "comment_count", "edge_media_to_comment"),
            "views": _edge_count(data, "play_count", "ig_play_count", "view_count", "video_view_count"),
            "lat": location.get("lat"), "lon": location.get("lng"), "source": source}


def _tiktok(data: dict, source: str):
    if data.get("isAd"):
        return PROMOTED
    native = text_or_none(data.get("id"))
    if native is None:
        return "TikTok item without id"
    author = data.get("author")
    handle = author.get("uniqueId") if isinstance(author, dict) else author
    name = author.get("nickname") if isinstance(author, dict) else data.get("nickname")
    stats = data.get("stats") if isinstance(data.get("stats"), dict) else {}
    return {"post_id": f"tiktok:{native}", "platform": "tiktok", "author_id": text_or_none(handle),
            "author_name": text_or_none(name), "created_at": epoch(data.get("createTime")),
            "text": fix_mojibake_text(str(data.get("desc") or "")),
            "url": f"https://www.tiktok.com/@{handle or 'i'}/video/{native}", "is_repost": False,
            "likes": count(stats.get("diggCount")), "shares": count(stats.get("shareCount")),
            "comments": count(stats.get("commentCount")), "views": count(stats.get("playCount")),
            "source": source}


READERS = {"twitter": _tweet, "instagram": _instagram, "tiktok": _tiktok}


def item_row(item, source: str) -> dict | str:
    if not isinstance(item, dict) or not isinstance(item.get("data"), dict):
        return "not a Zeeschuimer item (no 'data' object)"
    host = str(item.get("source_platform") or "").lower().removeprefix("www.")
    platform = PLATFORMS.get(host)
    if platform is None:
        return f"items from {host or 'an unnamed platform'} are not read (X, Instagram and TikTok are)"
    return READERS[platform](item["data"], source)


def read(path: Path, encoding: str, source: str, progress=None, **_):
    out = Collector()
    for line, obj, raw in json_lines(path, encoding, progress):
        if isinstance(obj, str):
            out.reject(line, obj, clip_raw(raw))
        else:
            out.add(item_row(obj, source), line, obj)
        if out.full():
            yield out.take()
    if out.pending():
        yield out.take()
