"""Writes the importer fixtures beside this script, from the documented export layouts.

Run once (python tests/data/import/make_fixtures.py); the files it writes are committed and the tests
hold golden expectations about them, so change both together."""
import calendar
import csv
import io
import json
import zipfile
from datetime import datetime
from pathlib import Path
import pandas as pd

D = Path(__file__).resolve().parent
D.mkdir(parents=True, exist_ok=True)

def unix(s):
    return str(calendar.timegm(datetime.fromisoformat(s).timetuple()))

# --- CrowdTangle 2020 (UTF-8, comma) ---
H2020 = ["User Name","Facebook Id","Likes at Posting","Followers at Posting","Created","Type","Likes","Comments","Shares","Love","Wow","Haha","Sad","Angry","Thankful","Video Share Status","Post Views","Total Views","Total Views For All Crossposts","Video Length","URL","Message","Link","Final Link","Image Text","Link Text","Description","Sponsor Id","Sponsor Name","Total Interactions","Overperforming Score"]
def row2020(**kw):
    base = dict.fromkeys(H2020, "")
    base.update(kw)
    return [base[h] for h in H2020]
rows = [
    row2020(**{"User Name": "RPMMaliOfficiel", "Facebook Id": "100200300", "Likes at Posting": "45,210", "Followers at Posting": "50,001",
        "Created": "2020-03-25 16:45:20 EDT", "Type": "Status", "Likes": "1,234", "Comments": "56", "Shares": "78", "Love": "10", "Wow": "1",
        "Haha": "0", "Sad": "0", "Angry": "2", "Thankful": "0", "URL": "https://www.facebook.com/100200300/posts/4455667788",
        "Message": "Le RPM appelle à voter le 29 mars à Kayes et à Ségou. Mobilisation générale !", "Total Interactions": "1,381", "Overperforming Score": "2.10"}),
    row2020(**{"User Name": "URD.Mali", "Facebook Id": "100200400", "Created": "2020-03-28 23:30:00 EDT", "Type": "Link",
        "Likes": "N/A", "Comments": "N/A", "Shares": "N/A", "Love": "N/A", "Wow": "N/A", "Haha": "N/A", "Sad": "N/A", "Angry": "N/A", "Thankful": "N/A",
        "URL": "https://www.facebook.com/100200400/posts/9988776655", "Message": "",
        "Link Text": "Soumaïla Cissé toujours retenu : l'URD demande sa libération", "Overperforming Score": "N/A"}),
    row2020(**{"User Name": "JeunesseMopti", "Facebook Id": "100200500", "Created": "2020-04-19 07:05:00 EDT", "Type": "Photo",
        "Likes": "12", "Comments": "3", "Shares": "1", "Love": "0", "Wow": "0", "Haha": "0", "Sad": "4", "Angry": "1", "Thankful": "0",
        "URL": "https://www.facebook.com/JeunesseMopti/photos/a.123/5566778899/",
        "Message": "Deuxième tour à Mopti :\nbureaux fermés à cause de l'insécurité.\n« On ne votera pas »", "Overperforming Score": "-1.50"}),
    row2020(**{"User Name": "Inconnu", "Facebook Id": "100200600", "Created": "pas une date", "Type": "Status", "Likes": "1",
        "URL": "https://www.facebook.com/100200600/posts/1", "Message": "date illisible"}),
    row2020(**{"User Name": "Compteur", "Facebook Id": "100200700", "Created": "2020-03-26 10:00:00 EDT", "Likes": "beaucoup",
        "URL": "https://www.facebook.com/100200700/posts/2", "Message": "compte illisible"}),
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(H2020)
w.writerows(rows[:3])
buf.write('Tronque,100200800,2020-03-27 10:00:00 EDT,Status\r\n')   # wrong field count
w.writerows(rows[3:])
w.writerow(rows[0])  # duplicate of row 1 inside the same file
(D / "ct_facebook_2020.csv").write_text(buf.getvalue(), encoding="utf-8")

# --- CrowdTangle 2021+ (cp1252 from Excel, semicolon) ---
H2021 = ["Page Name","User Name","Facebook Id","Page Category","Page Admin Top Country","Page Description","Page Created","Likes at Posting","Followers at Posting","Post Created","Post Created Date","Post Created Time","Type","Total Interactions","Likes","Comments","Shares","Love","Wow","Haha","Sad","Angry","Care","Video Share Status","Is Video Owner?","Post Views","Total Views","Total Views For All Crossposts","Video Length","URL","Message","Link","Final Link","Image Text","Link Text","Description","Sponsor Id","Sponsor Name","Sponsor Category","Overperforming Score (weighted  \u2014  Likes 1x Shares 1x Comments 1x Love 1x Wow 1x Haha 1x Sad 1x Angry 1x Care 1x )"]
def row2021(**kw):
    base = dict.fromkeys(H2021, "")
    base.update(kw)
    return [base[h] for h in H2021]
rows = [
    row2021(**{"Page Name": "Parti pour la Renaissance Nationale", "User Name": "PARENA.Mali", "Facebook Id": "200300400", "Page Category": "POLITICAL_PARTY",
        "Page Admin Top Country": "ML", "Post Created": "2020-04-18 20:00:00 EDT", "Post Created Date": "2020-04-18", "Post Created Time": "20:00:00",
        "Type": "Native Video", "Total Interactions": "2 345", "Likes": "2 000", "Comments": "145", "Shares": "100", "Love": "50", "Wow": "0", "Haha": "0",
        "Sad": "0", "Angry": "0", "Care": "50", "Post Views": "12 500", "URL": "https://www.facebook.com/PARENA.Mali/videos/3344556677/",
        "Message": "Fraude électorale à Bamako : le PARENA dénonce l'achat de voix.", "Overperforming Score (weighted  \u2014  Likes 1x Shares 1x Comments 1x Love 1x Wow 1x Haha 1x Sad 1x Angry 1x Care 1x )": "3.25"}),
    row2021(**{"Page Name": "Radio Kledu", "User Name": "radiokledu", "Facebook Id": "200300500", "Page Admin Top Country": "ML",
        "Post Created": "2020-03-29 13:10:00 EST", "Type": "Status", "Likes": "15", "Comments": "2", "Shares": "0", "Love": "0", "Wow": "0",
        "Haha": "0", "Sad": "0", "Angry": "0", "Care": "0", "URL": "https://www.facebook.com/radiokledu/posts/1122334455",
        "Message": "Taux de participation à Tombouctou : très faible selon la CENI."}),
]
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
w.writerow(H2021)
w.writerows(rows)
(D / "ct_facebook_2021_cp1252.csv").write_bytes(buf.getvalue().encode("cp1252"))

# --- CrowdTangle Instagram (UTF-8 with BOM) ---
HIG = ["Account","User Name","Followers at Posting","Post Created","Post Created Date","Post Created Time","Type","Total Interactions","Likes","Comments","Views","URL","Link","Photo","Title","Description","Image Text","Sponsor Id","Sponsor Name","Overperforming Score (weighted  \u2014  Likes 1x Comments 1x )"]
rows = [
    ["ADEMA-PASJ","adema_pasj","12,000","2020-03-27 09:00:00 EDT","2020-03-27","09:00:00","Photo","530","500","30","","https://www.instagram.com/p/B-AbCdEfGhI/","","https://scontent.example/photo.jpg","","Meeting de l'ADEMA à Koulikoro 🇲🇱 #Mali2020","","","","1.10"],
    ["Fatou Vlog","fatouvlog","3,100","2020-04-20 18:30:00 EDT","2020-04-20","18:30:00","Video","95","80","15","1,400","https://www.instagram.com/p/B_ZyXwVuTsR/","","","Résultats","","","","","N/A"],
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(HIG)
w.writerows(rows)
(D / "ct_instagram.csv").write_text("\ufeff" + buf.getvalue(), encoding="utf-8")

# --- X/Twitter API v2 page ---
def tw(i):
    return f"12440000000000000{i:02d}"
page = {"data": [
    {"id": tw(1), "text": "Votez ! Élections législatives au Mali aujourd'hui #MaliVote", "author_id": "111",
     "created_at": "2020-03-29T08:15:00.000Z", "lang": "fr", "edit_history_tweet_ids": [tw(1)],
     "public_metrics": {"retweet_count": 1200, "reply_count": 35, "like_count": 2500, "quote_count": 10, "impression_count": 50000},
     "geo": {"coordinates": {"type": "Point", "coordinates": [-7.9865, 12.6392]}, "place_id": "pl1"}},
    {"id": tw(2), "text": "RT @urd_mali: Le candidat de l'URD enlevé à Niafunké : nous exigeons sa libération immédiate et…",
     "author_id": "222", "created_at": "2020-03-29T09:00:00.000Z", "referenced_tweets": [{"type": "retweeted", "id": tw(90)}],
     "public_metrics": {"retweet_count": 40, "reply_count": 0, "like_count": 0, "quote_count": 0}},
    {"id": tw(3), "text": "Honte ! https://t.co/abc", "author_id": "222", "created_at": "2020-03-30T10:00:00.000Z",
     "referenced_tweets": [{"type": "quoted", "id": tw(91)}], "geo": {"place_id": "pl2"},
     "public_metrics": {"retweet_count": 1, "reply_count": 2, "like_count": 3, "quote_count": 0}},
    {"id": tw(4), "text": "Bilan du premier tour à Gao : participation en baisse, sécurité…", "author_id": "111",
     "created_at": "2020-03-31T18:00:00.000Z", "geo": {"place_id": "pl3"},
     "note_tweet": {"text": "Bilan du premier tour à Gao : participation en baisse, sécurité insuffisante, et beaucoup de bureaux fermés. Les électeurs de Ménaka n'ont pas pu voter."},
     "public_metrics": {"retweet_count": 5, "reply_count": 1, "like_count": 9, "quote_count": 0}},
    {"id": tw(5), "text": "@urd_mali d'accord avec vous", "author_id": "333", "created_at": "2020-04-01T07:00:00.000Z",
     "referenced_tweets": [{"type": "replied_to", "id": tw(90)}]},
], "includes": {
    "users": [{"id": "111", "name": "Aminata Diallo", "username": "aminata_d", "location": "Bamako, Mali"},
              {"id": "222", "name": "Jeunesse Sikasso", "username": "jeunesse_skss", "location": "Sikasso"},
              {"id": "333", "name": "Oumar", "username": "oumar223"},
              {"id": "444", "name": "URD Mali", "username": "urd_mali", "location": "Bamako"}],
    "tweets": [{"id": tw(90), "author_id": "444", "created_at": "2020-03-28T20:00:00.000Z",
                "text": "Le candidat de l'URD enlevé à Niafunké : nous exigeons sa libération immédiate et sans condition."},
               {"id": tw(91), "author_id": "444", "created_at": "2020-03-30T09:00:00.000Z",
                "text": "Les résultats provisoires de Kidal sont contestés."}],
    "places": [{"id": "pl1", "full_name": "Bamako, Mali", "geo": {"type": "Feature", "bbox": [-8.1, 12.5, -7.9, 12.7]}},
               {"id": "pl2", "full_name": "Mopti, Mali", "geo": {"type": "Feature", "bbox": [-4.25, 14.45, -4.15, 14.55]}},
               {"id": "pl3", "full_name": "Mali", "geo": {"type": "Feature", "bbox": [-12.2, 10.1, 4.2, 25.0]}}]},
    "meta": {"newest_id": tw(5), "oldest_id": tw(1), "result_count": 5, "next_token": "b26v89c19zqg8o3f"}}
(D / "twitter_page.json").write_text(json.dumps(page, ensure_ascii=False, indent=2), encoding="utf-8")

lines = [
    {"id": tw(6), "text": "Le taux de participation à Kayes est de 35 %", "created_at": "2020-04-19T12:00:00.000Z",
     "author_id": "555", "author": {"id": "555", "name": "Kayes Infos", "username": "kayesinfos", "location": "Kayes"},
     "public_metrics": {"retweet_count": 3, "reply_count": 0, "like_count": 7, "quote_count": 0, "impression_count": 900},
     "edit_history_tweet_ids": [tw(6)]},
    page["data"][0],  # overlapping export: already in twitter_page.json
]
text = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines)
text += "\n{\"id\": \"1244000000000000007\", \"text\": tronqué\n"
text += json.dumps({"text": "sans identifiant", "author_id": "1", "created_at": "2020-04-19T12:00:00Z"}) + "\n"
(D / "twitter_tweets.jsonl").write_text(text, encoding="utf-8")

# --- Telegram ---
def msg(i, when, frm, frm_id, text, unix_time=True, **extra):
    m = {"id": i, "type": "message", "date": when}
    if unix_time:
        m["date_unixtime"] = unix(when)
    m.update({"from": frm, "from_id": frm_id, "text": text})
    m.update(extra)
    return m
chat = {"name": "Actu Mali 2020", "type": "public_channel", "id": 1234567890, "messages": [
    {"id": 1, "type": "service", "date": "2020-03-20T10:00:00", "date_unixtime": unix("2020-03-20T10:00:00"),
     "actor": "Actu Mali 2020", "actor_id": "channel1234567890", "action": "create_channel", "title": "Actu Mali 2020", "text": "", "text_entities": []},
    msg(2, "2020-03-29T09:30:00", "Actu Mali 2020", "channel1234567890", "Ouverture des bureaux de vote à Bamako."),
    msg(3, "2020-03-29T11:00:00", "Actu Mali 2020", "channel1234567890",
        ["Le ", {"type": "bold", "text": "RPM"}, " revendique la victoire à Kayes. ", {"type": "hashtag", "text": "#Mali"}]),
    msg(4, "2020-03-29T11:30:00", "Actu Mali 2020", "channel1234567890", "Taux de participation faible à Ségou.",
        forwarded_from="Koulouba Info"),
    msg(5, "2020-03-29T12:00:00", "Moussa K.", "user555", "Faux, l'URD est en tête.", unix_time=False, reply_to_message_id=3),
    msg(6, "2020-03-29T12:10:00", "Actu Mali 2020", "channel1234567890", "", photo="photos/photo_1.jpg", width=800, height=600),
]}
(D / "telegram_chat.json").write_text(json.dumps(chat, ensure_ascii=False, indent=1), encoding="utf-8")
full = {"about": "Here is the data you requested.", "personal_information": {"user_id": 9, "first_name": "Awa"},
        "chats": {"about": "This page lists all chats from this export.", "list": [
            {"name": "Groupe Ségou", "type": "private_group", "id": 42, "messages": [
                msg(10, "2020-04-19T08:00:00", "Awa", "user9", "On vote pour le second tour ?"),
                {"id": 11, "type": "service", "date": "2020-04-19T08:01:00", "date_unixtime": unix("2020-04-19T08:01:00"),
                 "actor": "Awa", "actor_id": "user9", "action": "invite_members", "members": ["Ali"], "text": ""},
                msg(12, "2020-04-19T08:05:00", "Ali", "user10", "Non, boycott total.")]},
            {"name": "Ibrahim", "type": "personal_chat", "id": 43, "messages": [
                msg(1, "2020-04-19T09:00:00", "Ibrahim", "user11", "Les résultats sont truqués.")]}]},
        "left_chats": {"about": "", "list": []}}
(D / "telegram_full.json").write_text(json.dumps(full, ensure_ascii=False, indent=1), encoding="utf-8")

# --- WhatsApp ---
android_fr = """29/03/2020 à 08:00 - Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire ou les écouter. Appuyez pour en savoir plus.
29/03/2020 à 08:01 - Awa Traoré a créé le groupe "Élections Sikasso"
29/03/2020 à 14:02 - Awa Traoré: Bonjour à tous, allez voter aujourd'hui à Sikasso !
29/03/2020 à 14:03 - Moussa: Le bureau de vote est fermé
à cause de l'insécurité.
Très grave.
29/03/2020 à 14:05 - +223 70 12 34 56: <Médias omis>
30/03/2020 à 09:15 - Awa Traoré: Résultats : le RPM en tête ?
30/03/2020 à 09:16 - Moussa a changé le sujet de « Vote : Sikasso » en « Résultats : Sikasso »
30/03/2020 à 09:20 - Moussa a quitté
"""
(D / "whatsapp_android_fr.txt").write_text(android_fr, encoding="utf-8")
android_en = """3/29/20, 2:02 PM - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
3/29/20, 2:03 PM - Fatoumata: Boycott! We won't vote in Mopti
3/29/20, 2:04 PM - Fatoumata: <Media omitted>
4/19/20, 11:15 AM - Ibrahim: Results are late again
4/19/20, 11:16 AM - Ibrahim left
"""
(D / "whatsapp_android_en.txt").write_text(android_en, encoding="utf-8")
ios = "\u200e[29/03/2020 14:02:33] Groupe URD Mopti: \u200eLes messages et les appels sont chiffrés de bout en bout. Personne en dehors de cette discussion ne peut les lire ni les écouter.\n" \
      "[29/03/2020 14:05:10] Awa: Votez URD dimanche !\n" \
      "[29/03/2020 14:05:10] Awa: Votez URD dimanche !\n" \
      "[29/03/2020 14:06:00] Awa: \u200eimage absente\n" \
      "[19/04/2020 21:00:00] Seydou: Le deuxième tour\nest reporté à Ménaka ?\n"
with zipfile.ZipFile(D / "WhatsApp Chat - Groupe URD Mopti.zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("_chat.txt", ios)
ios_en = "[3/29/20, 2:02:33\u202fPM] Ali: Going to vote now\n[3/29/20, 9:05:10\u202fAM] Ali: Polls are open in Gao\n"
(D / "whatsapp_ios_en.txt").write_text(ios_en, encoding="utf-8")

# --- Generic ---
gen = pd.DataFrame({
    "post_id": ["n1", "news:n2", "n3", "n4"],
    "platform": ["news", "news", "web", "news"],
    "author_id": ["maliweb", "journal-du-mali", "blog1", "x"],
    "author_name": ["Maliweb", "Journal du Mali", "Blog", "X"],
    "created_at": ["2020-03-29T10:00:00Z", "2020-03-29 12:00:00+01:00", "30/13/2020", "2020-04-02T00:00:00Z"],
    "text": ["Législatives : forte mobilisation à Kati", "Résultats contestés à Sikasso", "date fausse", "négatif"],
    "url": ["https://maliweb.net/a", "https://journaldumali.com/b", "", ""],
    "likes": ["3", "1 200", "", "-4"],
})
gen.to_csv(D / "generic.tsv", sep="\t", index=False)
gen.iloc[:2].to_parquet(D / "generic.parquet", index=False)
with open(D / "generic.jsonl", "w", encoding="utf-8") as fh:
    for r in gen.iloc[:2].to_dict("records"):
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    fh.write("[1, 2]\n")
mapped = "message,date,auteur,lien\n\"Ã‰lection Ã  Kayes : le RPM gagne\",2020-03-29T18:00:00Z,Kayes Actu,https://www.facebook.com/kayesactu/posts/77\n\"Bonne journÃ©e Ã  tous\",2020-03-30T08:00:00Z,Blog,https://blog.example.ml/p/1\n"
(D / "generic_mapped_mojibake.csv").write_text(mapped, encoding="utf-8")

# --- Actors ---
actors = "compte;nom;parti;camp;type;région\n100200300;RPM Officiel;RPM;majorité;page de parti;Bamako\n@urd_mali;URD Mali;URD;opposition;party page;Bamako\nradiokledu;Radio Kledu;;;média;Bamako\n"
(D / "actors.csv").write_bytes(actors.encode("cp1252"))
print(sorted(p.name for p in D.iterdir()))
