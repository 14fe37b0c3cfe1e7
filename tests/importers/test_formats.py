"""Golden expectations for each export format and variant (fixtures in tests/data/import)."""
import functools
from pathlib import Path

import pandas as pd
import pytest

from analysis import importers

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
MAPPING = {"text": "message", "created_at": "date", "author_name": "auteur", "url": "lien"}

# file, detected format, posts, rejected (service/system lines included)
COUNTS = [
    ("ct_facebook_2020.csv", "crowdtangle", 4, 3),
    ("ct_facebook_2021_cp1252.csv", "crowdtangle", 2, 0),
    ("ct_instagram.csv", "crowdtangle", 2, 0),
    ("twitter_page.json", "twitter", 5, 0),
    ("twitter_tweets.jsonl", "twitter", 2, 2),
    ("telegram_chat.json", "telegram", 5, 1),
    ("telegram_full.json", "telegram", 3, 1),
    ("whatsapp_android_fr.txt", "whatsapp", 3, 5),
    ("whatsapp_android_en.txt", "whatsapp", 2, 3),
    ("whatsapp_ios_en.txt", "whatsapp", 2, 0),
    ("WhatsApp Chat - Groupe URD Mopti.zip", "whatsapp", 3, 2),
    ("generic.tsv", "generic", 2, 2),
    ("generic.jsonl", "generic", 2, 1),
    ("generic.parquet", "generic", 2, 0),
]


@pytest.mark.parametrize("name, fmt, n_posts, n_rejected", COUNTS)
def test_each_fixture_is_detected_and_counted(name, fmt, n_posts, n_rejected):
    found, posts, rejected = _read(name)
    assert (found, len(posts), len(rejected)) == (fmt, n_posts, n_rejected)
    assert posts["created_at"].dt.tz is not None and str(posts["created_at"].dt.tz) == "UTC"
    assert set(posts["platform"]) <= {"facebook", "instagram", "twitter", "telegram", "whatsapp", "news", "web", "other"}
    assert posts["source"].str.startswith(f"{fmt}:{name}").all()
    assert (rejected["file"] == name).all() and rejected["reason"].str.len().gt(0).all()


# file, post_id, expected fields
GOLDEN = [
    ("ct_facebook_2020.csv", "facebook:100200300_4455667788",
     {"author_id": "100200300", "author_name": "RPMMaliOfficiel", "created_at": "2020-03-25T20:45:20Z",
      "text": "Le RPM appelle à voter le 29 mars à Kayes et à Ségou. Mobilisation générale !",
      "likes": 1247, "comments": 56, "shares": 78}),
    ("ct_facebook_2020.csv", "facebook:100200400_9988776655",
     {"text": "Soumaïla Cissé toujours retenu : l'URD demande sa libération", "likes": None, "shares": None,
      "created_at": "2020-03-29T03:30:00Z"}),
    ("ct_facebook_2020.csv", "facebook:100200500_5566778899",
     {"text": "Deuxième tour à Mopti :\nbureaux fermés à cause de l'insécurité.\n« On ne votera pas »",
      "created_at": "2020-04-19T11:05:00Z", "likes": 17}),
    ("ct_facebook_2021_cp1252.csv", "facebook:200300400_3344556677",
     {"author_name": "Parti pour la Renaissance Nationale", "created_at": "2020-04-19T00:00:00Z",
      "text": "Fraude électorale à Bamako : le PARENA dénonce l'achat de voix.", "likes": 2100, "views": 12500,
      "comments": 145, "shares": 100, "author_location": "ML"}),
    ("ct_facebook_2021_cp1252.csv", "facebook:200300500_1122334455", {"created_at": "2020-03-29T18:10:00Z"}),
    ("ct_instagram.csv", "instagram:B-AbCdEfGhI",
     {"platform": "instagram", "author_id": "adema_pasj", "author_name": "ADEMA-PASJ",
      "text": "Meeting de l'ADEMA à Koulikoro 🇲🇱 #Mali2020", "likes": 500, "comments": 30}),
    ("ct_instagram.csv", "instagram:B_ZyXwVuTsR", {"text": "Résultats", "views": 1400,
                                                     "created_at": "2020-04-20T22:30:00Z"}),
    ("twitter_page.json", "twitter:1244000000000000001",
     {"author_id": "aminata_d", "author_name": "Aminata Diallo", "author_location": "Bamako, Mali",
      "likes": 2500, "shares": 1200, "comments": 35, "views": 50000, "lat": 12.6392, "lon": -7.9865,
      "created_at": "2020-03-29T08:15:00Z", "url": "https://x.com/aminata_d/status/1244000000000000001"}),
    ("twitter_page.json", "twitter:1244000000000000002",
     {"is_repost": True, "text": "RT @urd_mali: Le candidat de l'URD enlevé à Niafunké : nous exigeons sa "
                                 "libération immédiate et sans condition."}),
    ("twitter_page.json", "twitter:1244000000000000003",
     {"text": "Honte ! https://t.co/abc\n\n« Les résultats provisoires de Kidal sont contestés. »",
      "lat": 14.5, "lon": -4.2, "is_repost": False}),
    ("twitter_page.json", "twitter:1244000000000000004",
     {"text": "Bilan du premier tour à Gao : participation en baisse, sécurité insuffisante, et beaucoup de "
              "bureaux fermés. Les électeurs de Ménaka n'ont pas pu voter.", "lat": None}),
    ("twitter_page.json", "twitter:1244000000000000005", {"reply_to_id": "twitter:1244000000000000090"}),
    ("twitter_tweets.jsonl", "twitter:1244000000000000006",
     {"author_id": "kayesinfos", "author_location": "Kayes", "views": 900}),
    ("telegram_chat.json", "telegram:1234567890:3",
     {"text": "Le RPM revendique la victoire à Kayes. #Mali", "author_name": "Actu Mali 2020",
      "author_id": "channel1234567890", "created_at": "2020-03-29T11:00:00Z"}),
    ("telegram_chat.json", "telegram:1234567890:4", {"is_repost": True}),
    ("telegram_chat.json", "telegram:1234567890:5",
     {"reply_to_id": "telegram:1234567890:3", "created_at": "2020-03-29T12:00:00Z", "author_name": "Moussa K."}),
    ("telegram_full.json", "telegram:43:1", {"text": "Les résultats sont truqués.", "author_name": "Ibrahim"}),
    ("generic.tsv", "news:n2", {"created_at": "2020-03-29T11:00:00Z", "likes": 1200, "platform": "news",
                                "text": "Résultats contestés à Sikasso"}),
]


@functools.lru_cache(maxsize=None)
def _read(name: str):
    """Each fixture is read once per test run; tests only look at the frames."""
    return importers.read_file(DATA / name)


def _post(name: str, post_id: str) -> pd.Series:
    _, posts, _ = _read(name)
    match = posts[posts["post_id"] == post_id]
    assert len(match) >= 1, sorted(posts["post_id"])
    return match.iloc[0]


@pytest.mark.parametrize("name, post_id, expected", GOLDEN)
def test_golden_posts(name, post_id, expected):
    post = _post(name, post_id)
    for field, value in expected.items():
        got = post[field]
        if field == "created_at":
            assert got == pd.Timestamp(value), field
        elif value is None:
            assert got is None or pd.isna(got), field
        elif isinstance(value, float):
            assert got == pytest.approx(value), field
        else:
            assert got == value, field


def _texts(name: str) -> list[tuple[str, str, str]]:
    _, posts, _ = _read(name)
    return [(p.author_name, p.created_at.strftime("%Y-%m-%dT%H:%M:%S"), p.text) for p in posts.itertuples()]


WHATSAPP = [
    ("whatsapp_android_fr.txt", [
        ("Awa Traoré", "2020-03-29T14:02:00", "Bonjour à tous, allez voter aujourd'hui à Sikasso !"),
        ("Moussa", "2020-03-29T14:03:00", "Le bureau de vote est fermé\nà cause de l'insécurité.\nTrès grave."),
        ("Awa Traoré", "2020-03-30T09:15:00", "Résultats : le RPM en tête ?")]),
    ("whatsapp_android_en.txt", [
        ("Fatoumata", "2020-03-29T14:03:00", "Boycott! We won't vote in Mopti"),
        ("Ibrahim", "2020-04-19T11:15:00", "Results are late again")]),
    ("whatsapp_ios_en.txt", [("Ali", "2020-03-29T14:02:33", "Going to vote now"),
                             ("Ali", "2020-03-29T09:05:10", "Polls are open in Gao")]),
    ("WhatsApp Chat - Groupe URD Mopti.zip", [
        ("Awa", "2020-03-29T14:05:10", "Votez URD dimanche !"), ("Awa", "2020-03-29T14:05:10", "Votez URD dimanche !"),
        ("Seydou", "2020-04-19T21:00:00", "Le deuxième tour\nest reporté à Ménaka ?")]),
]


@pytest.mark.parametrize("name, expected", WHATSAPP)
def test_whatsapp_messages(name, expected):
    assert _texts(name) == expected


def test_whatsapp_system_lines_are_rejected_with_their_line():
    _, _, rejected = importers.read_file(DATA / "whatsapp_android_fr.txt")
    assert list(rejected["line"]) == [1, 2, 7, 9, 10]
    assert list(rejected["reason"].str.replace("system message (not a post): ", "", regex=False)) == [
        "encryption notice", "group created", "media omitted", "group settings changed", "member left or removed"]


def test_identical_whatsapp_messages_get_distinct_stable_ids():
    _, first, _ = importers.read_file(DATA / "WhatsApp Chat - Groupe URD Mopti.zip")
    _, again, _ = importers.read_file(DATA / "WhatsApp Chat - Groupe URD Mopti.zip")
    assert first["post_id"].is_unique
    assert list(first["post_id"]) == list(again["post_id"])


def test_crowdtangle_rejects_say_line_and_reason():
    _, _, rejected = importers.read_file(DATA / "ct_facebook_2020.csv")
    assert list(zip(rejected["line"], rejected["reason"])) == [
        (7, "expected 31 fields, found 4"), (8, "unreadable date 'pas une date'"), (9, "likes: not a count")]


def test_mapping_and_mojibake_repair():
    fmt, posts, rejected = importers.read_file(DATA / "generic_mapped_mojibake.csv", mapping=MAPPING)
    assert fmt == "generic" and rejected.empty
    assert list(posts["text"]) == ["Élection à Kayes : le RPM gagne", "Bonne journée à tous"]
    assert list(posts["platform"]) == ["facebook", "web"]  # from the URL's host when no platform column


def test_unmapped_generic_file_fails_with_a_clear_message():
    with pytest.raises(importers.ImportFailure, match=r"generic_mapped_mojibake.csv: unrecognised columns"):
        importers.read_file(DATA / "generic_mapped_mojibake.csv")


@pytest.mark.parametrize("fmt", ["telegram", "twitter", "crowdtangle"])
def test_forced_format_that_does_not_fit_fails_or_rejects(fmt):
    try:
        _, posts, rejected = importers.read_file(DATA / "whatsapp_android_fr.txt", fmt=fmt)
    except importers.ImportFailure as exc:
        assert str(exc).startswith("whatsapp_android_fr.txt: ")
    else:
        assert len(posts) == 0 and len(rejected) > 0


def test_actors_list_in_cp1252_with_french_headers():
    actors = importers.read_actors(DATA / "actors.csv")
    assert list(actors.columns) == ["account", "party", "camp", "actor_type", "region", "name"]
    assert actors.set_index("account").loc["urd_mali", ["party", "camp", "actor_type", "region"]].tolist() == [
        "URD", "opposition", "party_page", "Bamako"]
    assert actors.set_index("account").loc["100200300", "camp"] == "majorité"
    assert actors.set_index("account").loc["radiokledu", "actor_type"] == "media"


def test_actors_list_with_unknown_type_names_the_line(tmp_path):
    bad = tmp_path / "acteurs.csv"
    bad.write_text("account,party,type\nabc,RPM,astronaute\n", encoding="utf-8")
    with pytest.raises(importers.ImportFailure, match=r"acteurs.csv:2: unknown actor type 'astronaute'"):
        importers.read_actors(bad)


def test_mapping_with_an_unknown_canonical_name_is_refused():
    with pytest.raises(importers.ImportFailure, match=r"unknown canonical column\(s\) texte"):
        importers.read_file(DATA / "generic_mapped_mojibake.csv", mapping={"texte": "message"})


@pytest.mark.parametrize("name, fmt", [(n, f) for n, f, _, _ in COUNTS])
def test_detect_format_reads_content_not_names(tmp_path, name, fmt):
    anonymous = tmp_path / "export.dat"
    anonymous.write_bytes((DATA / name).read_bytes())
    assert importers.detect_format(anonymous) == fmt


def test_empty_last_page_of_a_search_adds_no_row(tmp_path):
    pages = tmp_path / "pages.jsonl"
    pages.write_text((DATA / "twitter_page.json").read_text(encoding="utf-8").replace("\n", "") + "\n"
                     + '{"meta": {"result_count": 0}}\n', encoding="utf-8")
    fmt, posts, rejected = importers.read_file(pages)
    assert (fmt, len(posts), len(rejected)) == ("twitter", 5, 0)


def test_actor_party_and_region_take_the_gazetteer_spelling(tmp_path):
    path = tmp_path / "acteurs.csv"
    path.write_text("handle,parti,région\n@a,urd,BAMAKO\n@b,Nouveau Parti,Nulle part\n", encoding="utf-8")
    actors = importers.read_actors(path).set_index("account")
    assert actors.loc["a", ["party", "region"]].tolist() == ["URD", "Bamako"]
    assert actors.loc["b", ["party", "region"]].tolist() == ["Nouveau Parti", "Nulle part"]
