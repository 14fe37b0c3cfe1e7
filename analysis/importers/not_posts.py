"""Files people pick up beside their posts that hold no posts: say what they are instead of importing them.

Each test reads only the outline of the document (its first keys and items), so it is cheap."""
from __future__ import annotations

from pathlib import Path

from analysis.importers.jsonstream import Outline

# X archive files (window.YTD.<name>.part0) that hold tweets; every other name is account data.
ARCHIVE_TWEETS = {"tweets", "tweet", "deleted_tweets", "community_tweet"}
ARCHIVE_WHAT = {"like": "liked tweets (ids only)", "follower": "followers", "following": "accounts followed",
                "account": "account details", "profile": "profile", "direct_messages": "direct messages",
                "direct_message_headers": "direct message headers", "block": "blocked accounts",
                "mute": "muted accounts", "ad_engagements": "ad engagements", "ip_audit": "login history",
                "tweet_headers": "tweet headers (ids and dates, no text)"}
# Facebook "Download your information" files that are not the account's posts.
DYI_WHAT = {"friends_v2": "friends list", "received_requests_v2": "friend requests", "profile_v2": "profile",
            "comments_v2": "comments written by the account (not its posts)", "videos_v2": "uploaded videos",
            "other_photos_v2": "photos", "reactions_v2": "reactions (likes)",
            "likes_and_reactions": "reactions (likes)", "saves_v2": "saved items"}


def archive_refusal(js_name: str | None) -> str | None:
    """X archive file other than tweets."""
    if js_name is None or js_name in ARCHIVE_TWEETS:
        return None
    what = ARCHIVE_WHAT.get(js_name, js_name.replace("_", " "))
    return (f"X archive file '{js_name}' ({what}), not tweets; import data/tweets.js "
            "(data/tweet.js in older archives) / fichier d'archive X sans tweets")


def json_refusal(obj) -> str | None:
    """What a JSON document is when it is a known kind of file without posts (None otherwise)."""
    if not isinstance(obj, dict):
        return None
    keys = set(obj)
    if "users" in keys and "data" not in keys and not ({"messages", "chats"} & keys):
        return ("X/Twitter users file (the authors of a collection, API v2 'includes'), not tweets; import the "
                "data_*.json beside it, which takes its authors from this file / fichier d'auteurs X, sans tweets")
    for key, what in DYI_WHAT.items():
        if key in keys:
            return f"Facebook 'Download your information' file: {what}; import your_posts_*.json / pas des publications"
    if {"contacts", "frequent_contacts", "sessions"} & keys and not ({"chats", "messages"} & keys):
        return "Telegram export without chats (contacts or sessions only) / export Telegram sans discussions"
    history = (obj.get("result") or {}).get("history") if isinstance(obj.get("result"), dict) else None
    if isinstance(history, list):
        return "CrowdTangle post history (interaction counts over time), not posts / historique d'une publication"
    return None


def telegram_without_chats(path: Path, encoding: str) -> str:
    root, _ = Outline().read(path, encoding)
    return json_refusal(root) or "JSON without Telegram messages (no 'messages' or 'chats' list)"


def csv_refusal(header) -> str | None:
    """CSV exports that describe posts without being posts."""
    names = {str(h).strip().lower() for h in header}
    if any("timestep" in n for n in names):
        return ("CrowdTangle post history (interactions per timestep of one post), not posts / "
                "historique d'une publication CrowdTangle")
    texts = {"message", "text", "post created", "created", "description"}
    if ({"link", "shares"} <= names or {"post url", "platform"} <= names) and not (texts & names):
        return "CrowdTangle Link Checker report (who shared a link), not posts / rapport Link Checker"
    return None
