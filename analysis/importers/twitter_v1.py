"""X/Twitter tweets in the API v1.1 shape: twarc 1 JSON Lines, the X archive (tweets.js) and the web
interface's GraphQL objects captured by Zeeschuimer (`rest_id` + `legacy`, mapped onto v1.1 here)."""
from __future__ import annotations

import html
from datetime import datetime

from analysis.importers.encoding import fix_mojibake_text
from analysis.importers.records import count, text_or_none

TWITTER_DATE = "%a %b %d %H:%M:%S %z %Y"  # Wed Oct 10 20:19:24 +0000 2018
SMALL_PLACE_DEGREES = 1.0


def twitter_date(value):
    """Twitter's v1.1 date, or ISO 8601 (some tools rewrite it); None when unreadable."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value.strip(), TWITTER_DATE)
    except ValueError:
        return value  # left to the ISO parser; an unreadable one rejects the row


def v1_text(tweet: dict) -> str:
    """extended_tweet.full_text (streaming API) > full_text (extended mode, archive) > text; entities unescaped."""
    extended = tweet.get("extended_tweet") if isinstance(tweet.get("extended_tweet"), dict) else {}
    text = extended.get("full_text") or tweet.get("full_text") or tweet.get("text") or ""
    return html.unescape(str(text))


def _screen_name(tweet: dict) -> str | None:
    user = tweet.get("user") if isinstance(tweet.get("user"), dict) else {}
    return text_or_none(user.get("screen_name"))


def _text(tweet: dict) -> str:
    original = tweet.get("retweeted_status")
    if isinstance(original, dict):
        name = _screen_name(original)
        return f"RT @{name}: {v1_text(original)}" if name else v1_text(original)
    text = v1_text(tweet)
    quoted = tweet.get("quoted_status")
    if isinstance(quoted, dict):
        return f"{text}\n\n« {v1_text(quoted)} »"
    return text


def _geo(tweet: dict):
    point = tweet.get("coordinates") if isinstance(tweet.get("coordinates"), dict) else {}
    coords = point.get("coordinates")
    if isinstance(coords, list) and len(coords) == 2 and all(isinstance(c, (int, float)) for c in coords):
        return float(coords[1]), float(coords[0])  # GeoJSON order is lon, lat
    place = tweet.get("place") if isinstance(tweet.get("place"), dict) else {}
    ring = ((place.get("bounding_box") or {}).get("coordinates") or [[]])[0]
    try:
        lons, lats = [float(p[0]) for p in ring], [float(p[1]) for p in ring]
    except (TypeError, ValueError, IndexError):
        return None, None
    if lons and max(lons) - min(lons) <= SMALL_PLACE_DEGREES and max(lats) - min(lats) <= SMALL_PLACE_DEGREES:
        return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
    return None, None


def v1_row(tweet: dict, source: str, account: dict | None = None) -> dict | str:
    """One v1.1-shaped tweet -> canonical row; `account` names the author when the tweet has no `user`."""
    if not isinstance(tweet, dict):
        return "not a tweet object"
    native = text_or_none(tweet.get("id_str") or tweet.get("id"))
    if native is None:
        return "tweet without id"
    user = tweet.get("user") if isinstance(tweet.get("user"), dict) else (account or {})
    handle = text_or_none(user.get("screen_name"))
    text = _text(tweet)
    lat, lon = _geo(tweet)
    reply = text_or_none(tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id"))
    return {"post_id": f"twitter:{native}", "platform": "twitter", "author_id": handle,
            "author_name": text_or_none(user.get("name")) or handle,
            "author_location": text_or_none(user.get("location")),
            "created_at": twitter_date(tweet.get("created_at")), "text": fix_mojibake_text(text),
            "url": f"https://x.com/{handle or 'i/web'}/status/{native}",
            "reply_to_id": f"twitter:{reply}" if reply else None,
            "is_repost": isinstance(tweet.get("retweeted_status"), dict) or text.startswith("RT @"),
            "likes": count(tweet.get("favorite_count")), "shares": count(tweet.get("retweet_count")),
            "comments": count(tweet.get("reply_count")), "views": count(tweet.get("views")),
            "lat": lat, "lon": lon, "source": source}


def _graphql_user(result: dict) -> dict:
    user = ((result.get("core") or {}).get("user_results") or {}).get("result") or {}
    legacy = dict(user.get("legacy") or {})
    newer = user.get("core") or {}  # 2025 layout moved screen_name and name under core
    for key in ("screen_name", "name"):
        legacy.setdefault(key, newer.get(key))
    location = user.get("location")
    if isinstance(location, dict) and not legacy.get("location"):
        legacy["location"] = location.get("location")
    return legacy


def graphql_to_v1(result: dict) -> dict:
    """A GraphQL tweet (`rest_id`, `core`, `legacy`, `note_tweet`, `views`) in the v1.1 shape."""
    if "tweet" in result and isinstance(result["tweet"], dict):
        result = result["tweet"]  # TweetWithVisibilityResults wraps the tweet once more
    legacy = dict(result.get("legacy") or {})
    legacy["id_str"] = result.get("rest_id") or legacy.get("id_str")
    legacy["user"] = _graphql_user(result)
    note = (((result.get("note_tweet") or {}).get("note_tweet_results") or {}).get("result") or {}).get("text")
    if note:
        legacy["full_text"] = note
    legacy["views"] = (result.get("views") or {}).get("count")
    for nested, key in (("retweeted_status_result", "retweeted_status"), ("quoted_status_result", "quoted_status")):
        inner = (legacy.pop(nested, None) or result.get(nested) or {}).get("result")
        if isinstance(inner, dict) and ("legacy" in inner or "tweet" in inner):
            legacy[key] = graphql_to_v1(inner)
    return legacy
