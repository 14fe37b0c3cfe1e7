"""Writes the fixtures of the JSON and Content Library formats beside this script, from the documented
layouts (API references and data dictionaries); every post is invented.

Run once (python tests/data/import/make_json_fixtures.py); tests/importers/ hold golden expectations
about these files, so change both together."""
import csv
import io
import json
from pathlib import Path

D = Path(__file__).resolve().parent


def write(name, obj, indent=None):
    (D / name).write_text(json.dumps(obj, ensure_ascii=False, indent=indent), encoding="utf-8")


def lines(name, objs, extra=""):
    (D / name).write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs) + extra, encoding="utf-8")


def fb_escape(text):
    """How Facebook's DYI writes text: each UTF-8 byte as one \\u00XX escape."""
    return text.encode("utf-8").decode("latin-1")


# --- academictwitteR: data_<id>.json (array of v2 tweets) and users_<id>.json (the includes) ---
write("data_1245000000000000000.json", [
    {"id": "1245000000000000001", "text": "Résultats du premier tour à Sikasso &amp; Koutiala", "author_id": "901",
     "created_at": "2020-03-30T10:00:00.000Z", "conversation_id": "1245000000000000001",
     "public_metrics": {"retweet_count": 4, "reply_count": 1, "like_count": 20, "quote_count": 0}},
    {"id": "1245000000000000002", "text": "Qui a gagné à Gao ?", "author_id": "999",
     "created_at": "2020-03-30T11:00:00.000Z", "public_metrics": {"like_count": 2}},
    {"text": "un tweet sans id", "author_id": "901", "created_at": "2020-03-30T12:00:00.000Z",
     "public_metrics": {"like_count": 0}},
], indent=2)
write("users_1245000000000000000.json", {"users": [
    {"id": "901", "username": "sikasso_vote", "name": "Sikasso Vote", "location": "Sikasso, Mali"}]}, indent=2)

# --- X archive: data/tweets.js (window.YTD.tweets.part0) with account.js beside it ---
ARCHIVE = [
    {"tweet": {"id_str": "1246000000000000001", "id": "1246000000000000001", "full_text":
               "Je vote URD à Tombouctou le 29 mars", "created_at": "Sun Mar 29 08:00:00 +0000 2020",
               "favorite_count": "12", "retweet_count": "3", "lang": "fr", "truncated": False}},
    {"tweet": {"id_str": "1246000000000000002", "full_text": "RT @urd_mali: Mobilisation à Mopti",
               "created_at": "Sun Mar 29 09:00:00 +0000 2020", "favorite_count": "0", "retweet_count": "5"}},
    {"tweet": {"id_str": "1246000000000000003", "full_text": "Réponse", "in_reply_to_status_id_str":
               "1246000000000000001", "created_at": "pas une date", "favorite_count": "0"}},
]
(D / "x_archive_tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(ARCHIVE, indent=2) + ";\n",
                                       encoding="utf-8")
(D / "account.js").write_text("window.YTD.account.part0 = " + json.dumps(
    [{"account": {"username": "awa_tombouctou", "accountId": "77", "accountDisplayName": "Awa T."}}], indent=2),
    encoding="utf-8")
(D / "x_archive_like.js").write_text("window.YTD.like.part0 = " + json.dumps(
    [{"like": {"tweetId": "1", "fullText": "un tweet aimé"}}], indent=2), encoding="utf-8")

# --- twarc 1 / API v1.1 JSON Lines ---
USER = {"id_str": "501", "screen_name": "bamako_direct", "name": "Bamako Direct", "location": "Bamako"}
lines("twarc1_tweets.jsonl", [
    {"created_at": "Sun Mar 29 10:00:00 +0000 2020", "id": 1247000000000000001, "id_str": "1247000000000000001",
     "text": "Début tronqué…", "truncated": True, "user": USER, "favorite_count": 7, "retweet_count": 2,
     "extended_tweet": {"full_text": "Début tronqué puis la suite complète : vote calme à Kati &amp; Kita"},
     "coordinates": {"type": "Point", "coordinates": [-8.0, 12.65]}},
    {"created_at": "Sun Mar 29 11:00:00 +0000 2020", "id_str": "1247000000000000002", "full_text": "RT @urd_mali: …",
     "user": USER, "retweet_count": 9, "favorite_count": 0,
     "retweeted_status": {"id_str": "1247000000000000090", "full_text": "Le texte entier du tweet retweeté",
                          "created_at": "Sun Mar 29 09:00:00 +0000 2020",
                          "user": {"id_str": "502", "screen_name": "urd_mali", "name": "URD"}},
     "place": {"full_name": "Ségou, Mali", "bounding_box": {"type": "Polygon", "coordinates": [
         [[-6.3, 13.4], [-6.2, 13.4], [-6.2, 13.5], [-6.3, 13.5]]]}}},
    {"created_at": "Sun Mar 29 12:00:00 +0000 2020", "id_str": "1247000000000000003", "full_text": "Et Kidal ?",
     "user": USER, "in_reply_to_status_id_str": "1247000000000000001",
     "place": {"bounding_box": {"coordinates": [[[-12.0, 10.0], [4.0, 10.0], [4.0, 25.0], [-12.0, 25.0]]]}}},
], extra='{"created_at": "Sun Mar 29 13:00:00 +0000 2020", "id_str": "12470000\n')

# --- a raw API v2 search response, pretty-printed over many lines ---
write("x_v2_search_pretty.json", {
    "data": [{"id": "1248000000000000001", "text": "Participation à Kayes", "author_id": "601",
              "created_at": "2020-04-19T09:00:00.000Z", "edit_history_tweet_ids": ["1248000000000000001"],
              "public_metrics": {"retweet_count": 1, "reply_count": 0, "like_count": 3, "impression_count": 90}},
             {"id": "1248000000000000002", "text": "Bureaux fermés à Ménaka", "author_id": "602",
              "created_at": "2020-04-19T10:00:00.000Z", "edit_history_tweet_ids": ["1248000000000000002"]}],
    "includes": {"users": [{"id": "601", "username": "kayes_info", "name": "Kayes Info"},
                           {"id": "602", "username": "menaka24", "name": "Ménaka 24"}]},
    "meta": {"newest_id": "1248000000000000002", "oldest_id": "1248000000000000001", "result_count": 2}}, indent=4)

# --- Zeeschuimer / 4CAT NDJSON: X, Instagram, TikTok (with promoted items) and one other platform ---
def zs(platform, data, n):
    return {"id": n, "item_id": str(n), "timestamp_collected": 1585500000000 + n, "source_platform": platform,
            "source_platform_url": f"https://{platform}/", "source_url": f"https://{platform}/api", "data": data}


GRAPHQL = {"rest_id": "1249000000000000001", "__typename": "Tweet",
           "core": {"user_results": {"result": {"legacy": {"screen_name": "mopti_jeunes", "name": "Jeunes de Mopti",
                                                           "location": "Mopti"}}}},
           "legacy": {"full_text": "Meeting de l'ADEMA à Mopti ce soir", "created_at": "Sat Mar 28 18:00:00 +0000 2020",
                      "favorite_count": 40, "retweet_count": 6, "reply_count": 2, "conversation_id_str": "1249000000000000001"},
           "views": {"count": "1500"}, "promoted": False}
lines("zeeschuimer_items.ndjson", [
    zs("x.com", GRAPHQL, 1),
    zs("x.com", {**GRAPHQL, "rest_id": "1249000000000000002", "promoted": True}, 2),
    zs("instagram.com", {"id": "311_9", "code": "B9xYzAbCdEf", "taken_at": 1585476000,
                         "caption": {"text": "Votez le 29 mars 🇲🇱"}, "user": {"username": "rpm_mali", "full_name": "RPM"},
                         "like_count": 300, "comment_count": 12, "location": {"lat": 12.64, "lng": -8.0}}, 3),
    zs("instagram.com", {"id": "311_10", "code": "AdAdAdAdAd1", "taken_at": 1585476000, "ad_id": "777",
                         "caption": {"text": "Achetez"}, "user": {"username": "shop"}}, 4),
    zs("tiktok.com", {"id": "6810000000000000001", "desc": "Élections au Mali #mali", "createTime": "1585480000",
                      "author": {"uniqueId": "kouli_vlog", "nickname": "Kouli Vlog"},
                      "stats": {"diggCount": 900, "shareCount": 30, "commentCount": 45, "playCount": 12000}}, 5),
    zs("tiktok.com", {"id": "6810000000000000002", "desc": "pub", "createTime": "1585480000", "isAd": True,
                      "author": {"uniqueId": "brand"}, "stats": {}}, 6),
    zs("linkedin.com", {"urn": "x"}, 7),
])

# --- Facebook "Download your information": your_posts_1.json ---
write("your_posts_1.json", [
    {"timestamp": 1585476000, "data": [{"post": fb_escape("Élection à Ségou : allez voter dès 8 h 🗳️")},
                                       {"update_timestamp": 1585476100}],
     "title": fb_escape("Aminata Diallo a publié quelque chose.")},
    {"timestamp": 1585480000, "attachments": [{"data": [{"external_context": {
        "url": "https://www.maliweb.net/elections/resultats", "name": fb_escape("Résultats provisoires")}}]}],
     "data": [{"post": fb_escape("À lire")}], "title": "Aminata Diallo a partagé un lien."},
    {"timestamp": 1585490000, "attachments": [{"data": [{"media": {"uri": "posts/media/1.jpg",
                                                                   "description": fb_escape("Bureau de vote à Kati")}}]}]},
    {"timestamp": 1585490000, "attachments": [{"data": [{"media": {"uri": "posts/media/1.jpg",
                                                                   "description": fb_escape("Bureau de vote à Kati")}}]}]},
    {"data": [{"post": "sans date"}], "title": "?"},
], indent=2)
write("facebook_friends.json", {"friends_v2": [{"name": "Awa", "timestamp": 1585476000}]}, indent=2)

# --- Graph API: a page with paging, and a flat array of posts ---
write("facebook_graph_page.json", {
    "data": [{"id": "100200300_111", "message": "Le RPM en campagne à Kayes", "created_time": "2020-03-25T16:45:20+0000",
              "from": {"name": "RPM Mali", "id": "100200300"}, "permalink_url": "https://www.facebook.com/100200300/posts/111",
              "shares": {"count": 14}, "reactions": {"data": [], "summary": {"total_count": 230}},
              "comments": {"data": [], "summary": {"total_count": 18}}},
             {"id": "100200300_112", "story": "RPM Mali a mis à jour sa photo de couverture.",
              "updated_time": "2020-03-26T08:00:00+0000", "from": {"name": "RPM Mali", "id": "100200300"}},
             {"message": "sans id", "created_time": "2020-03-26T09:00:00+0000"}],
    "paging": {"cursors": {"before": "QVFIUjFh", "after": "QVFIUjJi"}, "next": "https://graph.facebook.com/v19.0/x"}},
    indent=2)
write("facebook_graph_posts.json", [
    {"id": "100200400_221", "message": "L'URD dénonce des fraudes", "created_time": "2020-04-20T07:30:00+0000",
     "from": {"name": "URD", "id": "100200400"}, "status_type": "mobile_status_update",
     "likes": {"summary": {"total_count": 75}}},
    {"id": "100200400_222", "message": "Partage", "created_time": "2020-04-20T08:30:00+0000",
     "from": {"name": "URD", "id": "100200400"}, "status_type": "shared_story", "parent_id": "100200300_111"}], indent=2)

# --- CrowdTangle API /posts response ---
write("crowdtangle_api_posts.json", {"status": 200, "result": {"posts": [
    {"id": 70175022, "platformId": "100200300_4455667788", "platform": "Facebook", "date": "2020-03-25 20:45:20",
     "type": "status", "message": "Le RPM appelle à voter le 29 mars à Kayes et à Ségou. Mobilisation générale !",
     "postUrl": "https://www.facebook.com/100200300/posts/4455667788",
     "account": {"id": 1, "name": "RPMMaliOfficiel", "handle": "RPMMaliOfficiel", "platformId": "100200300",
                 "pageAdminTopCountry": "ML"},
     "statistics": {"actual": {"likeCount": 1234, "shareCount": 78, "commentCount": 56, "loveCount": 10, "wowCount": 1,
                               "hahaCount": 0, "sadCount": 0, "angryCount": 2, "thankfulCount": 0, "careCount": 0},
                    "expected": {"likeCount": 900}}},
    {"id": 70175023, "platformId": "2233_4455", "platform": "Instagram", "date": "2020-04-20 22:30:00",
     "description": "Résultats", "postUrl": "https://www.instagram.com/p/B_ZyXwVuTsR/",
     "account": {"id": 2, "name": "ADEMA-PASJ", "handle": "adema_pasj", "platformId": "2233"},
     "statistics": {"actual": {"favoriteCount": 50, "commentCount": 3}}},
    {"id": 70175024, "platformId": "99", "platform": "Twitter", "date": "2020-04-20 22:30:00", "account": {"id": 3}},
], "pagination": {"nextPage": "https://api.crowdtangle.com/posts?token=x&offset=100"}}}, indent=2)

# --- youtube-comment-downloader JSON Lines ---
lines("youtube_comments.jsonl", [
    {"cid": "UgzAbC123", "text": "Bravo au peuple malien pour ce vote", "time": "4 years ago", "author": "@awa_ml",
     "channel": "UCaaa111", "votes": "1.2K", "replies": "2", "photo": "https://yt3/x.jpg", "heart": False,
     "reply": False, "time_parsed": 1585490000.0},
    {"cid": "UgzAbC123.9xYz", "text": "D'accord, surtout à Kayes", "time": "4 years ago", "author": "@moussa",
     "channel": "UCbbb222", "votes": "3", "replies": "", "reply": True, "time_parsed": 1585500000.0},
    {"cid": "UgzDeF456", "text": "Il y a eu des fraudes", "time": "il y a 2 semaines", "author": "@citoyen",
     "channel": "UCccc333", "votes": "0", "reply": False},
    {"cid": "UgzGhI789", "text": "sans date", "time": "hier", "author": "@x", "votes": "0", "reply": False},
])

# --- Meta Content Library CSV downloads (Facebook and Instagram), data-dictionary field names ---
def mcl(name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    (D / name).write_text(buf.getvalue(), encoding="utf-8")


mcl("meta_content_library_facebook.csv",
    ["id", "creation_time", "modified_time", "text", "content_type", "post_owner.type", "post_owner.id",
     "post_owner.name", "surface.type", "surface.id", "surface.name", "statistics.reaction_count",
     "statistics.comment_count", "statistics.share_count", "statistics.views", "is_branded_content"],
    [["912345678901", "2020-03-28T19:00:00", "2020-03-28T19:05:00", "Dernier meeting de l'URD à Bamako", "photo",
      "page", "100200400", "URD Mali", "page", "100200400", "URD Mali", "1,500", "87", "40", "", "false"],
     ["912345678902", "2020-03-29T07:15:00+0000", "", "Les bureaux ouvrent à 8 h", "status", "page", "100200300",
      "RPM Mali", "group", "555", "Militants RPM", "30", "2", "1", "900", "false"],
     ["912345678903", "pas une date", "", "date illisible", "status", "page", "1", "X", "page", "1", "X", "1", "0",
      "0", "", "false"],
     ["912345678904", "2020-03-29T08:00:00"]])
mcl("meta_content_library_instagram.csv",
    ["id", "creation_time", "text", "post_owner.id", "post_owner.name", "post_owner.username",
     "statistics.like_count", "statistics.comment_count", "statistics.views"],
    [["733000000001", "2020-04-19T12:00:00", "Deuxième tour : je vote 🇲🇱", "4401", "Adema PASJ", "adema_pasj",
      "420", "16", ""]])

# --- files that are not posts ---
write("telegram_contacts_only.json", {"about": "export", "contacts": {"about": "x", "list": [
    {"first_name": "Awa", "phone_number": "+223 00 00 00 00", "date": "2020-01-01T00:00:00"}]}}, indent=1)
mcl("crowdtangle_post_history.csv", ["Timestep", "Date", "Score", "Likes", "Shares", "Comments"],
    [["1", "2020-03-25 17:00:00", "1.2", "10", "1", "0"], ["2", "2020-03-25 18:00:00", "1.4", "30", "2", "1"]])
