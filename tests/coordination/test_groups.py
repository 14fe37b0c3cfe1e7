"""Coordinated copy-paste groups on small hand-built corpora: what must group, what must not."""
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.coordination import groups as C
from analysis.coordination.normalise import canonical_url, normalise, normalise_many

T0 = pd.Timestamp("2020-03-28 09:00", tz="UTC")
MESSAGE = ("Chers compatriotes, ne sortez pas dimanche : le coronavirus tue et ces élections ne valent pas nos "
           "vies. Restez chez vous, boycott total du scrutin, faites tourner ce message à tous vos contacts.")
OTHER = ("Information importante : les cartes d'électeur non retirées à Kati seront annulées demain. Allez vite "
         "à la mairie avec votre NINA avant la fermeture, partagez largement !")
WORDS = ("vote bureau urne carte mairie jeunes femmes route eau électricité école santé riz prix paix accord "
         "sécurité armée village quartier marché candidat liste député campagne meeting radio journal").split()


def frame(rows) -> pd.DataFrame:
    """rows: (author, minutes after T0, text[, platform]) -> posts frame."""
    out = pd.DataFrame([(r[0], T0 + pd.Timedelta(minutes=r[1]), r[2], r[3] if len(r) > 3 else "facebook")
                        for r in rows], columns=["author_id", "created_at", "text", "platform"])
    out["post_id"] = [f"{p}:{i}" for i, p in enumerate(out["platform"])]
    return out


def organic(n: int, seed: int = 0) -> list[tuple]:
    """Distinct everyday posts from many accounts, spread over a week."""
    rng = np.random.default_rng(seed)
    return [(f"citizen{rng.integers(0, n)}", float(rng.uniform(0, 7 * 24 * 60)),
             " ".join(rng.choice(WORDS, int(rng.integers(5, 30))))) for _ in range(n)]


VARIANTS = [lambda t: t, str.upper, lambda t: "Transféré : " + t, lambda t: t + " 🇲🇱🙏",
            lambda t: t.replace("é", "e").replace("à", "a"), lambda t: "@ami " + t + " https://bit.ly/x1?utm_source=wa",
            lambda t: "  ".join(t.split()), lambda t: t.replace("!", " !!")]


def burst(text: str, accounts: list[str], start: float = 0, step: float = 3, platforms=("facebook",)) -> list[tuple]:
    return [(a, start + i * step, VARIANTS[i % len(VARIANTS)](text), platforms[i * len(platforms) // len(accounts)])
            for i, a in enumerate(accounts)]


@pytest.mark.parametrize("raw, expected", [
    ("Élection À SÉGOU !!!", "election a segou"),
    ("Vive le Mali 🇲🇱🙏", "vive le mali"),
    ("@bob regarde https://t.co/xyz?utm=1 ça", "regarde ca"),
    ("Transféré :  Boycott\ttotal\n", "transfere boycott total"),
    ("An ka taa kalata kɛ, ɲɔgɔn", "an ka taa kalata ke nyogon"),
    ("l'URD et l’ADEMA", "l urd et l adema"),
    ("الله يحفظ مالي", "الله يحفظ مالي"),
    ("", ""),
    ("🙏🙏🙏", ""),
])
def test_normalise_golden(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://www.Facebook.com/page/posts/12/?utm_source=wa&id=3#top", "facebook.com/page/posts/12?id=3"),
    ("http://m.facebook.com/page/posts/12", "facebook.com/page/posts/12"),
    ("https://mali-verite.example/alerte-1?fbclid=AbC", "mali-verite.example/alerte-1"),
    ("", ""),
    (None, ""),
])
def test_canonical_url_golden(url, expected):
    assert canonical_url(url) == expected


@given(st.lists(st.text(max_size=60), max_size=8))
@settings(max_examples=40, deadline=None)
def test_bulk_normalisation_matches_one_by_one_and_is_idempotent(texts):
    codes, unique = normalise_many(texts)
    bulk = [" ".join(unique[int(c)].as_py().split()) for c in codes]   # bulk keeps space runs
    assert bulk == [normalise(t) for t in texts]
    for text in bulk:
        assert normalise(text) == text
        assert "  " not in text and text == text.strip() and text == text.lower()


def test_a_copy_paste_burst_from_several_accounts_forms_one_group():
    rows = organic(300) + burst(MESSAGE, [f"bot{i}" for i in range(8)])
    ids, groups = C.find_groups(frame(rows))
    assert len(groups) == 1
    assert groups.loc[0, "n_accounts"] == 8 and groups.loc[0, "group_id"] == "G0001"
    assert set(ids[ids != ""].index) == set(range(300, 308))


@pytest.mark.parametrize("phrase", ["Vive le Mali 🇲🇱", "Amen", "Bonjour à tous", "I ni ce", "Merci beaucoup",
                                    "Inch'Allah", "Ala ka Mali kisi 🙏", "Bonne soirée la famille, que Dieu bénisse le Mali"])
def test_common_short_phrases_never_group(phrase):
    rows = [(f"citizen{i}", i * 0.5, phrase) for i in range(40)]
    ids, groups = C.find_groups(frame(rows))
    assert groups.empty and (ids == "").all()


@pytest.mark.parametrize("min_information, grouped", [(15, False), (5, True)])
def test_minimum_information_is_what_keeps_short_messages_out(min_information, grouped):
    rows = burst("Votez massivement pour la paix et le développement", [f"a{i}" for i in range(6)])
    _, groups = C.find_groups(frame(rows), min_information=min_information)
    assert (len(groups) == 1) is grouped


@pytest.mark.parametrize("n_accounts, min_accounts, expected", [(3, 3, 1), (2, 3, 0), (3, 4, 0), (6, 4, 1)])
def test_min_accounts(n_accounts, min_accounts, expected):
    rows = organic(50) + burst(MESSAGE, [f"bot{i}" for i in range(n_accounts)])
    _, groups = C.find_groups(frame(rows), min_accounts=min_accounts)
    assert len(groups) == expected


@pytest.mark.parametrize("step_minutes, window, expected_groups", [(30, 60, 1), (30, 20, 0), (3, 60, 1), (600, 60, 0)])
def test_time_window(step_minutes, window, expected_groups):
    rows = burst(MESSAGE, [f"bot{i}" for i in range(5)], step=step_minutes)
    _, groups = C.find_groups(frame(rows), window_minutes=window)
    assert len(groups) == expected_groups


def test_one_account_repeating_itself_is_not_a_group():
    rows = [("spammer", i, MESSAGE) for i in range(10)] + [("other", 5, MESSAGE)]
    assert C.find_groups(frame(rows))[1].empty


def test_two_bursts_of_one_message_days_apart_are_two_groups():
    rows = burst(MESSAGE, [f"bot{i}" for i in range(4)]) + burst(MESSAGE, [f"bot{i}" for i in range(4)], start=3000)
    ids, groups = C.find_groups(frame(rows))
    assert len(groups) == 2 and ids.nunique() == 2


def test_different_messages_make_different_groups_and_largest_comes_first():
    rows = burst(MESSAGE, [f"a{i}" for i in range(4)]) + burst(OTHER, [f"b{i}" for i in range(7)], start=10)
    ids, groups = C.find_groups(frame(rows))
    assert list(groups["n_accounts"]) == [7, 4]
    assert groups.loc[0, "sample_text"].startswith(("Information", "INFORMATION", "Transféré", "@ami"))
    assert ids.iloc[4:].eq("G0001").all() and ids.iloc[:4].eq("G0002").all()


def test_reworded_message_below_the_threshold_stays_apart():
    reworded = ("Chers amis, allez voter dimanche : le vote est sûr et ces élections comptent pour nos vies. "
                "Sortez tous, participation totale au scrutin, faites tourner ce message à vos voisins.")
    rows = burst(MESSAGE, ["a1", "a2"]) + burst(reworded, ["b1", "b2"], start=1)
    assert C.find_groups(frame(rows))[1].empty


def test_reposts_are_left_out_unless_asked():
    posts = frame(burst(MESSAGE, [f"u{i}" for i in range(5)]))
    posts["is_repost"] = True
    assert C.find_groups(posts)[1].empty
    assert len(C.find_groups(posts, include_reposts=True)[1]) == 1


def test_cascade_follows_the_message_across_platforms():
    rows = burst(MESSAGE, [f"u{i}" for i in range(9)], step=4, platforms=("whatsapp", "facebook", "twitter"))
    _, groups = C.find_groups(frame(rows))
    g = groups.iloc[0]
    assert g["platforms"] == ("whatsapp", "facebook", "twitter") and g["first_platform"] == "whatsapp"
    assert [p for p, _ in g["cascade"]] == ["whatsapp", "facebook", "twitter"]
    assert g["cascade"][1][1] - g["cascade"][0][1] == pd.Timedelta(minutes=12)
    assert g["first_seen"] == T0 and g["last_seen"] == T0 + pd.Timedelta(minutes=32)
    assert C.cascade_text(g["cascade"]) == "whatsapp 28/03 09:00 → facebook 09:12 → twitter 09:24"


def test_group_carries_the_content_annotations_of_its_message():
    posts = frame(burst(MESSAGE, [f"u{i}" for i in range(4)]) + organic(20))
    posts["participation"] = ["boycott", "boycott;health_risk", "boycott", ""] + [""] * 20
    posts["parties"] = ["URD", "URD;RPM", "URD", "URD"] + ["RPM"] * 20
    posts["sentiment"] = [-0.5, -0.7, -0.6, -0.6] + [0.5] * 20
    g = C.find_groups(posts)[1].iloc[0]
    assert g["participation"] == "boycott" and g["parties"] == "URD"
    assert g["sentiment"] == pytest.approx(-0.6)


def test_ids_follow_the_index_of_the_posts():
    posts = frame(burst(MESSAGE, [f"u{i}" for i in range(4)]) + organic(10))
    posts.index = posts["post_id"]
    ids, _ = C.find_groups(posts)
    assert ids.index.equals(posts.index) and ids.loc["facebook:0"] == "G0001"


def test_categorical_columns_as_in_the_dashboard_frame():
    posts = frame(burst(MESSAGE, [f"u{i}" for i in range(4)]) + organic(10))
    for column in ("author_id", "platform"):
        posts[column] = posts[column].astype("category")
    assert len(C.find_groups(posts)[1]) == 1


def test_empty_input_gives_empty_results():
    ids, groups = C.find_groups(frame([]))
    assert ids.empty and groups.empty and list(groups.columns) == C.GROUP_COLUMNS


@pytest.mark.parametrize("kwargs, message", [({"min_accounts": 1}, "min_accounts"), ({"window_minutes": 0}, "window"),
                                             ({"threshold": 1.5}, "threshold")])
def test_bad_parameters_are_named(kwargs, message):
    with pytest.raises(ValueError, match=message):
        C.find_groups(frame(organic(5)), **kwargs)


def test_missing_column_is_named():
    with pytest.raises(ValueError, match="created_at"):
        C.find_groups(frame(organic(5)).drop(columns="created_at"))


@pytest.mark.parametrize("pred, truth, precision, recall", [
    ({"a": "G1", "b": "G1", "c": "G1", "d": ""}, {"a": "C1", "b": "C1", "c": "", "d": "C1"}, 1 / 3, 1 / 3),
    ({"a": "G1", "b": "G1", "c": "G2", "d": "G2"}, {"a": "C1", "b": "C1", "c": "C1", "d": "C1"}, 1.0, 2 / 6),
    ({"a": "G1", "b": "G1", "c": "G1", "d": "G1"}, {"a": "C1", "b": "C1", "c": "C2", "d": "C2"}, 2 / 6, 1.0),
    ({"a": "", "b": ""}, {"a": "", "b": ""}, 1.0, 1.0),
])
def test_pairwise_scores_golden(pred, truth, precision, recall):
    scores = C.pairwise_scores(pd.Series(pred), pd.Series(truth))
    assert scores["precision"] == pytest.approx(precision) and scores["recall"] == pytest.approx(recall)


def test_organic_only_groups_are_reported():
    pred = pd.Series({"a": "G1", "b": "G1", "c": "G2", "d": "G2"})
    truth = pd.DataFrame({"post_id": ["a"], "campaign_id": ["C1"]})
    assert C.organic_only_groups(pred, truth) == ["G2"]


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 240), st.sampled_from([MESSAGE, OTHER, "Amen"])),
                max_size=30), st.integers(2, 4), st.sampled_from([10, 60]))
@settings(max_examples=30, deadline=None)
def test_every_group_meets_its_own_rule(rows, min_accounts, window):
    posts = frame([(f"u{a}", m, t) for a, m, t in rows])
    ids, groups = C.find_groups(posts, min_accounts=min_accounts, window_minutes=window)
    assert ids.index.equals(posts.index)
    for _, g in groups.iterrows():
        part = posts[ids == g["group_id"]].sort_values("created_at")
        assert part["author_id"].nunique() == g["n_accounts"] >= min_accounts
        assert part["text"].map(normalise).nunique() == 1       # MESSAGE and OTHER never merge
        gaps = part["created_at"].diff().dropna()
        assert (gaps <= pd.Timedelta(minutes=window)).all()


def test_chunked_processing_gives_the_same_words_and_texts(monkeypatch):
    from analysis.coordination import normalise as CT
    texts = [MESSAGE, "", "Amen 🙏", OTHER, "É à ç", None, "un deux trois"] * 3
    codes, unique = CT.normalise_many(texts)
    whole = CT.words(unique)
    monkeypatch.setattr(CT, "CHUNK", 2)
    codes2, unique2 = CT.normalise_many(texts)
    assert unique2.to_pylist() == unique.to_pylist() and list(codes2) == list(codes)
    for a, b in zip(CT.words(unique2), whole):
        assert np.array_equal(a, b)


@given(st.lists(st.one_of(st.text(max_size=200), st.none(), st.integers(), st.just("a\udc80b")), min_size=1,
                max_size=15))
@settings(max_examples=40, deadline=None)
def test_find_groups_never_raises_on_odd_text(texts):
    posts = frame([(f"u{i % 4}", i, "x") for i in range(len(texts))])
    posts["text"] = pd.Series(texts, dtype=object)
    ids, groups = C.find_groups(posts, min_information=1)
    assert len(ids) == len(posts) and set(groups.columns) == set(C.GROUP_COLUMNS)


def test_precomputed_clusters_give_the_same_groups():
    posts = frame(organic(100) + burst(MESSAGE, [f"bot{i}" for i in range(6)], step=15))
    clusters = C.text_clusters(posts["text"])
    for n, window in [(3, 60), (5, 30), (2, 10)]:
        direct = C.find_groups(posts, n, window)
        reused = C.find_groups(posts, n, window, clusters=clusters)
        pd.testing.assert_series_equal(direct[0], reused[0])
        pd.testing.assert_frame_equal(direct[1], reused[1])
    with pytest.raises(ValueError, match="cluster labels"):
        C.find_groups(posts, clusters=clusters[:5])


def test_groups_from_stored_ids_match_a_fresh_run():
    from analysis.demo import corpus as demo
    posts = demo.build(3000, seed=5).posts
    ids, groups = C.find_groups(posts)
    again_ids, again = C.groups_from_ids(posts, ids)
    assert (again_ids == ids).all()
    assert again[["n_accounts", "n_posts"]].equals(groups[["n_accounts", "n_posts"]])
