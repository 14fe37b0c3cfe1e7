"""X/Twitter, streamed: API v2 pages (data + includes + meta, one per line, in an array or one
pretty-printed response), v2 tweet objects (twarc 2 flattened, academictwitteR data_*.json with its
users_*.json), API v1.1 tweets (twarc 1), the X archive (tweets.js) and GraphQL tweets."""
from __future__ import annotations

import re
from pathlib import Path

from analysis.importers import detect_json, twitter_v1
from analysis.importers.base import ImportFailure, clip_raw
from analysis.importers.encoding import fix_mojibake_text
from analysis.importers.jsonstream import document_items, stream_items, top_level
from analysis.importers.records import Collector
from analysis.importers.telegram import load_json

SMALL_PLACE_DEGREES = 1.0  # a place's box centre stands for a geotag only when the place is a town, not a country


def _index(items) -> dict:
    return {str(i["id"]): i for i in items or [] if isinstance(i, dict) and "id" in i}


class Includes:
    """Users, referenced tweets and places of one response page, looked up by id."""

    def __init__(self, includes=None):
        includes = includes if isinstance(includes, dict) else {}
        self.users = _index(includes.get("users"))
        self.tweets = _index(includes.get("tweets"))
        self.places = _index(includes.get("places"))


def full_text(tweet: dict) -> str:
    note = tweet.get("note_tweet")
    if isinstance(note, dict) and note.get("text"):
        return str(note["text"])
    return str(tweet.get("text") or "")


def _author(tweet: dict, inc: Includes) -> dict:
    embedded = tweet.get("author")
    return embedded if isinstance(embedded, dict) else inc.users.get(str(tweet.get("author_id")), {})


def _refs(tweet: dict) -> dict:
    refs = tweet.get("referenced_tweets") or []
    return {r.get("type"): str(r.get("id")) for r in refs if isinstance(r, dict)}


def _text(tweet: dict, refs: dict, inc: Includes) -> str:
    """Retweets and quotes are truncated in `text`; their full text is in includes.tweets."""
    text = full_text(tweet)
    original = inc.tweets.get(refs.get("retweeted", ""))
    if original:
        user = inc.users.get(str(original.get("author_id")), {}).get("username")
        return f"RT @{user}: {full_text(original)}" if user else full_text(original)
    quoted = inc.tweets.get(refs.get("quoted", ""))
    if quoted:
        return f"{text}\n\n« {full_text(quoted)} »"
    return text


def _geo(tweet: dict, inc: Includes) -> tuple[float | None, float | None]:
    geo = tweet.get("geo") if isinstance(tweet.get("geo"), dict) else {}
    point = geo.get("coordinates") if isinstance(geo.get("coordinates"), dict) else {}
    coords = point.get("coordinates")
    if isinstance(coords, list) and len(coords) == 2:
        return _float(coords[1]), _float(coords[0])  # GeoJSON order is lon, lat
    box = (inc.places.get(str(geo.get("place_id")), {}).get("geo") or {}).get("bbox")
    if isinstance(box, list) and len(box) == 4:
        w, s, e, n = (_float(v) for v in box)
        if None not in (w, s, e, n) and abs(e - w) <= SMALL_PLACE_DEGREES and abs(n - s) <= SMALL_PLACE_DEGREES:
            return (s + n) / 2, (w + e) / 2
    return None, None


def _float(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _count(metrics: dict, key: str):
    value = metrics.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def tweet_row(tweet: dict, inc: Includes, source: str, line: int) -> dict | str:
    if not isinstance(tweet, dict) or tweet.get("id") in (None, ""):
        return "tweet without id"
    refs, author = _refs(tweet), _author(tweet, inc)
    metrics = tweet.get("public_metrics") if isinstance(tweet.get("public_metrics"), dict) else {}
    lat, lon = _geo(tweet, inc)
    username = author.get("username")
    reply = refs.get("replied_to")
    return {"post_id": f"twitter:{tweet['id']}", "platform": "twitter",
            "author_id": username or (str(tweet["author_id"]) if tweet.get("author_id") else None),
            "author_name": author.get("name") or username, "author_location": author.get("location") or None,
            "created_at": tweet.get("created_at"), "text": fix_mojibake_text(_text(tweet, refs, inc)),
            "url": f"https://x.com/{username or 'i/web'}/status/{tweet['id']}",
            "reply_to_id": f"twitter:{reply}" if reply else None, "is_repost": "retweeted" in refs,
            "likes": _count(metrics, "like_count"), "shares": _count(metrics, "retweet_count"),
            "comments": _count(metrics, "reply_count"), "views": _count(metrics, "impression_count"),
            "lat": lat, "lon": lon, "source": source, "_line": line}


def _v2_page(page: dict, inc: Includes, source: str):
    data = page["data"]
    tweets = data if isinstance(data, list) else [data] if isinstance(data, dict) else []
    if isinstance(page.get("includes"), dict):
        inc = Includes(page["includes"])
    for n, tweet in enumerate(tweets):
        where = f" (tweet {n + 1} of the page)" if len(tweets) > 1 else ""
        yield tweet_row(tweet, inc, source, 0), tweet, where


def _rows(obj, ctx: "Context"):
    """(row or reason, tweet object, where) for each tweet of one item of the file."""
    if isinstance(obj, str):
        return  # a line that is not JSON: rejected by the caller with its raw text
    if not isinstance(obj, dict):
        yield "not a JSON object", obj, ""
    elif "data" in obj and not detect_json.is_tweet(obj):
        yield from _v2_page(obj, ctx.includes, ctx.source)
    elif ("meta" in obj or "errors" in obj) and "id" not in obj:
        return  # an empty last page (result_count 0) holds no row
    elif isinstance(obj.get("tweet"), dict):  # X archive item
        yield twitter_v1.v1_row(obj["tweet"], ctx.source, ctx.account), obj, ""
    elif "rest_id" in obj and isinstance(obj.get("legacy"), dict):
        yield twitter_v1.v1_row(twitter_v1.graphql_to_v1(obj), ctx.source), obj, ""
    elif detect_json.is_v1_tweet(obj) and not detect_json.is_v2_tweet(obj):
        yield twitter_v1.v1_row(obj, ctx.source, ctx.account), obj, ""
    else:
        yield tweet_row(obj, ctx.includes, ctx.source, 0), obj, ""


class Context:
    """What a file's tweets share: the source, authors from a users file or account.js beside it."""

    def __init__(self, path: Path, source: str, js_name: str | None):
        self.source, self.includes, self.account = source, Includes(), None
        match = DATA_FILE.match(path.name)
        users = path.with_name(f"users_{match.group(1)}.json") if match else None
        if users is not None and users.is_file():  # academictwitteR writes a page's includes there
            doc = load_json(users, "utf-8-sig")
            self.includes = Includes(doc if isinstance(doc, dict) else {})
        account = path.with_name("account.js")
        if js_name and account.is_file():
            self.account = _archive_account(account)


DATA_FILE = re.compile(r"^data_(.+)\.json$")


def _archive_account(path: Path) -> dict | None:
    """window.YTD.account.part0 = [{"account": {"username", "accountDisplayName"}}]"""
    for _, item in stream_items(path, "utf-8", "item"):
        account = item.get("account") if isinstance(item, dict) else None
        if isinstance(account, dict):
            return {"screen_name": account.get("username"), "name": account.get("accountDisplayName")}
    return None


def read(path: Path, encoding: str, source: str, progress=None, **_):
    _, js_name = top_level(path, encoding)
    ctx, out, seen = Context(path, source, js_name), Collector(), 0
    for line, obj, raw in document_items(path, encoding, progress):
        seen += 1
        if isinstance(obj, str):
            out.reject(line, obj, clip_raw(raw))
        for row, tweet, where in _rows(obj, ctx):
            out.add(row, line, tweet, where)
        if out.full():
            yield out.take()
    if not seen:
        raise ImportFailure(f"{path.name}: JSON without tweets (expected API v2 pages or tweet objects)")
    if out.pending():
        yield out.take()
