"""X/Twitter API v2: response pages (data + includes + meta), arrays of pages, and JSON Lines of
pages or of tweet objects (including twarc's flattened tweets, which embed `author`)."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from analysis.importers.base import CHUNK_ROWS, Batch, ImportFailure, clip_raw, empty_posts, split_valid, to_utc
from analysis.importers.encoding import fix_mojibake_text, open_text
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


def _page_tweets(obj):
    """(tweets, includes) of a page, or of a lone tweet object."""
    if isinstance(obj, dict) and "data" in obj:
        data = obj["data"]
        return (data if isinstance(data, list) else [data]), Includes(obj.get("includes"))
    if isinstance(obj, dict) and ("meta" in obj or "errors" in obj) and "id" not in obj:
        return [], Includes()  # an empty last page (result_count 0) holds no row
    return [obj], Includes()


def _batch(rows: list, rejected: list, raws: list) -> Batch:
    frame = pd.DataFrame(rows)
    if rows:
        frame["created_at"] = to_utc(frame["created_at"])
        for col in ("likes", "shares", "comments", "views"):
            frame[col] = pd.array(frame[col].tolist(), dtype="Int64")
    batch = split_valid(frame, lambda pos: raws[pos]) if rows else Batch(empty_posts())
    batch.rejected = rejected + batch.rejected
    return batch


def _collect(objects, source: str):
    """objects: iterable of (line, parsed object or error string, raw text); yields Batches."""
    rows, rejected, raws = [], [], []
    for line, obj, raw in objects:
        tweets, inc = _page_tweets(obj) if not isinstance(obj, str) else ([], None)
        if isinstance(obj, str):
            rejected.append((line, obj, clip_raw(raw)))
        for n, tweet in enumerate(tweets):
            row = tweet_row(tweet, inc, source, line)
            if isinstance(row, str):
                where = f" (tweet {n + 1} of the page)" if len(tweets) > 1 else ""
                rejected.append((line, row + where, clip_raw(json.dumps(tweet, ensure_ascii=False, default=str))))
            else:
                rows.append(row)
                raws.append(json.dumps(tweet, ensure_ascii=False, default=str))
        if len(rows) >= CHUNK_ROWS:
            yield _batch(rows, rejected, raws)
            rows, rejected, raws = [], [], []
    if rows or rejected:
        yield _batch(rows, rejected, raws)


def _json_lines(path: Path, encoding: str):
    with open_text(path, encoding) as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                yield number, f"not valid JSON ({getattr(exc, 'msg', 'nested too deeply')})", line
                continue
            yield number, obj if isinstance(obj, dict) else "not a JSON object", line


def _is_json_lines(path: Path, encoding: str) -> bool:
    with open_text(path, encoding) as fh:
        first = fh.readline()
    try:
        json.loads(first)
        return True
    except (json.JSONDecodeError, RecursionError):
        return False


def read(path: Path, encoding: str, source: str, **_):
    if _is_json_lines(path, encoding):
        yield from _collect(_json_lines(path, encoding), source)
        return
    doc = load_json(path, encoding if not encoding.startswith("utf-8") else "utf-8-sig")
    items = doc if isinstance(doc, list) else [doc]
    if not items or not any(isinstance(i, dict) for i in items):
        raise ImportFailure(f"{path.name}: JSON without tweets (expected API v2 pages or tweet objects)")
    yield from _collect(((i + 1, item if isinstance(item, dict) else "not a JSON object", json.dumps(item)[:200])
                         for i, item in enumerate(items)), source)
