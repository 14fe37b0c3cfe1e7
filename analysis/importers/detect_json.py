"""Which JSON export a document (or a JSON Lines file) is, from the keys of its first item.

Decided on an outline of the document (jsonstream.Outline: the first items of each list), never on
the file name. Known files without posts are refused here with what they are."""
from __future__ import annotations

from analysis.importers import not_posts
from analysis.importers.base import ImportFailure

TWEET_V2_KEYS = {"author_id", "public_metrics", "edit_history_tweet_ids", "referenced_tweets", "conversation_id"}
GRAPH_KEYS = {"message", "story", "from", "permalink_url", "full_picture", "status_type", "attachments"}


def is_v2_tweet(d: dict) -> bool:
    return "id" in d and "text" in d and bool(TWEET_V2_KEYS & set(d) or "note_tweet" in d)


def is_v1_tweet(d: dict) -> bool:
    """API v1.1, twarc 1 and archive tweets: `id_str`, `full_text`/`text`, `created_at` in Twitter's style."""
    texty = "full_text" in d or "text" in d or "extended_tweet" in d
    return texty and ("id_str" in d or isinstance(d.get("user"), dict)) and "created_at" in d


def is_tweet(d: dict) -> bool:
    return is_v2_tweet(d) or is_v1_tweet(d) or isinstance(d.get("tweet"), dict) or \
        ("rest_id" in d and isinstance(d.get("legacy"), dict))


def is_graph_post(d: dict) -> bool:
    return "id" in d and ("created_time" in d or "updated_time" in d) and bool(GRAPH_KEYS & set(d))


def is_dyi_post(d: dict) -> bool:
    return "timestamp" in d and "id" not in d and (isinstance(d.get("data"), list) or "attachments" in d)


def item_kind(d) -> str | None:
    """The format of one item of a list or line of a JSON Lines file."""
    if not isinstance(d, dict):
        return None
    if "source_platform" in d and "data" in d:
        return "zeeschuimer"
    if "cid" in d and "text" in d:
        return "youtube"
    if "platformId" in d and isinstance(d.get("account"), dict):
        return "crowdtangle_api"
    if is_graph_post(d):
        return "facebook_graph"
    if is_dyi_post(d):
        return "facebook_dyi"
    if is_tweet(d):
        return "twitter"
    return None


def _first(value):
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _data_kind(obj: dict) -> str | None:
    """A `{data: ...}` page: Graph API (`paging`) or X/Twitter API v2 (`includes`, `meta`)."""
    first = _first(obj["data"])
    if isinstance(first, dict) and is_graph_post(first):
        return "facebook_graph"
    if "includes" in obj or "meta" in obj or (isinstance(first, dict) and is_tweet(first)):
        return "twitter"
    if "paging" in obj:
        return "facebook_graph"
    if isinstance(obj["data"], (list, dict)) and not first:
        return "twitter"  # an empty page
    return None


def _wrapped_list_kind(obj: dict) -> str | None:
    """DYI files wrap their list in one key (`status_updates_v2`); YouTube's pretty output in `comments`."""
    lists = [v for v in obj.values() if isinstance(v, list)]
    if len(obj) == 1 and lists and lists[0]:
        return item_kind(lists[0][0])
    return None


def document_kind(obj) -> str | None:
    """The format of a whole JSON document (or of the first line of JSON Lines); raises for non-posts."""
    if isinstance(obj, list):
        first = next((i for i in obj if isinstance(i, dict)), None)
        return (item_kind(first) or document_kind(first)) if first is not None else None
    if not isinstance(obj, dict):
        return None
    refusal = not_posts.json_refusal(obj)
    if refusal:
        raise ImportFailure(refusal)
    if isinstance(obj.get("messages"), list) or "chats" in obj:
        return "telegram"
    if isinstance(obj.get("result"), dict) and "posts" in obj["result"]:
        return "crowdtangle_api"
    if "data" in obj and "source_platform" not in obj:
        found = _data_kind(obj)
        if found:
            return found
    return item_kind(obj) or _wrapped_list_kind(obj)


def js_kind(js_name: str) -> str:
    """An X archive JavaScript file: tweets, or refused with what it holds."""
    refusal = not_posts.archive_refusal(js_name)
    if refusal:
        raise ImportFailure(refusal)
    return "twitter"
