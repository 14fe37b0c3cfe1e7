"""Writes the CrowdTangle variant fixtures beside this script, from the column layouts CrowdTangle
documented for its Historical Data exports (Twitter, Instagram with the older `Created` column), a
Facebook export from a dashboard set to Brasília time, and two CrowdTangle files that are not posts.

Run once (python tests/data/import/crowdtangle/make_crowdtangle_fixtures.py); the CSV files are
committed and tests/importers/test_crowdtangle_variants.py holds golden expectations about them.
"""
import csv
from pathlib import Path

D = Path(__file__).resolve().parent


def write(name, header, rows, encoding="utf-8"):
    with open(D / name, "w", encoding=encoding, newline="") as fh:
        out = csv.writer(fh, lineterminator="\r\n")
        out.writerow(header)
        out.writerows(rows)


write("ct_twitter.csv",
      ["Name", "Handle", "Followers at Posting", "Created", "Type", "Likes", "Retweets", "Replies", "Video Views",
       "URL", "Message", "Link", "Final Link", "Score"],
      [["URD Mali", "urd_mali", "45,210", "2020-03-29 08:15:00 EDT", "Status", "1,200", "350", "40", "",
        "https://twitter.com/urd_mali/status/1244000000000000101", "Allez voter pour l'URD à Tombouctou !", "", "",
        "1.5"],
       ["Kayes Infos", "kayesinfos", "3,100", "2020-04-19 10:00:00 EDT", "Video", "15", "2", "N/A", "1,400",
        "https://twitter.com/kayesinfos/status/1251000000000000202", "Second tour :\nfile d'attente à Kayes", "",
        "", "0.8"]])

write("ct_instagram_created.csv",
      ["Account", "User Name", "Followers at Posting", "Created", "Type", "Likes", "Comments", "Views", "URL", "Link",
       "Photo", "Title", "Description", "Image Text", "Sponsor Id", "Sponsor Name", "Score"],
      [["ADEMA-PASJ", "adema_pasj", "12,000", "2020-03-27 09:00:00 EDT", "Photo", "500", "30", "",
        "https://www.instagram.com/p/B-OldLayout1/", "", "", "", "Meeting à Koulikoro #Mali2020", "", "", "", "1.1"]])

write("ct_facebook_brt.csv",
      ["Page Name", "User Name", "Facebook Id", "Likes at Posting", "Post Created", "Type", "Total Interactions",
       "Likes", "Comments", "Shares", "URL", "Message"],
      [["Jornal BR", "jornalbr", "300400500", "1,000", "2021-07-05 18:02:45 BRT", "Status", "12", "10", "1", "1",
        "https://www.facebook.com/300400500/posts/111", "Eleições no Mali"],
       ["Jornal BR", "jornalbr", "300400500", "1,000", "2021-07-06 09:00:00 BRT", "Status", "3", "3", "0", "0",
        "https://www.facebook.com/300400500/posts/112", "Segundo dia"]])

for zone in ("IST", "XYZT", ""):
    write(f"ct_facebook_zone_{zone or 'none'}.csv",
          ["Page Name", "User Name", "Facebook Id", "Likes at Posting", "Post Created", "Type", "Likes", "URL",
           "Message"],
          [["Page Inde", "pageinde", "400500600", "10", f"2021-07-05 18:02:45 {zone}".strip(), "Status", "1",
            "https://www.facebook.com/400500600/posts/1", "Bonjour"]])

write("ct_post_history.csv",
      ["Timestep", "Date", "Likes", "Comments", "Shares", "Love", "Wow", "Haha", "Sad", "Angry", "Care", "Score",
       "Expected Likes", "Expected Comments"],
      [["1", "2020-03-25 16:45:20", "10", "1", "0", "0", "0", "0", "0", "0", "0", "1.2", "8", "1"],
       ["2", "2020-03-25 17:45:20", "30", "2", "1", "1", "0", "0", "0", "0", "0", "1.5", "20", "2"]])

write("ct_link_checker.csv",
      ["Platform", "Account", "Followers", "Total Interactions", "Post Date", "Post URL"],
      [["Facebook", "RPMMaliOfficiel", "50,001", "1,381", "2020-03-25", "https://www.facebook.com/100200300/posts/1"]])

# the 2020 Facebook layout, cut in the middle of its last record (a download that stopped)
header = ["User Name", "Facebook Id", "Likes at Posting", "Created", "Type", "Likes", "Comments", "Shares", "URL",
          "Message"]
rows = [["page1", "1001", "10", f"2020-03-2{i} 10:00:00 EDT", "Status", "1", "0", "0",
         f"https://www.facebook.com/1001/posts/{i}", f"Message {i}\nsur deux lignes"] for i in range(1, 6)]
write("ct_truncated.csv", header, rows)
raw = (D / "ct_truncated.csv").read_bytes()
(D / "ct_truncated.csv").write_bytes(raw[: raw.rindex(b"Message 5") + 4])
