"""Claims: markers, content words, candidate claims on the demo against its injected rumours, user claims."""
import pandas as pd
import pyarrow as pa
import pytest

from analysis import claims
from analysis.claims import markers, track
from analysis.claims.words import content_words, stem
from analysis.coordination.normalise import normalise
from analysis.demo import corpus as demo


@pytest.fixture(scope="module")
def corpus():
    return demo.build(6000, seed=4)


@pytest.fixture(scope="module")
def found(corpus):
    return claims.find_claims(corpus.posts)


@pytest.mark.parametrize("text, rumour, rebuttal", [
    ("On dit que les urnes sont déjà remplies", True, False),
    ("Partagez avant que ça soit supprimé !!", True, False),
    ("URGENT des hommes armés à Gao", True, False),
    ("Des cas de COVID-19 au bureau de vote", True, False),
    ("FAUX : la CENI dément cette rumeur, ne partagez pas", False, True),
    ("#FactCheck cette information est infondée", False, True),
    ("c'est de l'intox", False, True),
    ("Bonne soirée la famille", False, False),
    ("Le fauxbourg de Bamako", False, False),
])
def test_markers(text, rumour, rebuttal):
    got = markers.flags(pa.array([normalise(text)]))
    assert (bool(got[0][0]), bool(got[1][0])) == (rumour, rebuttal)


@pytest.mark.parametrize("word, folded", [("bureaux", "bureau"), ("deplacees", "deplace"), ("vendues", "vendu"),
                                          ("testes", "teste"), ("chaque", "chaque"), ("vote", "vote")])
def test_stem(word, folded):
    assert stem(word) == folded


def test_content_words_drop_function_words_and_markers():
    assert content_words(normalise("URGENT : les bureaux de vote de Kati sont déplacés")) == \
        {"bureau", "vote", "kati", "deplace"}


def test_every_injected_rumour_is_found_with_its_rebuttals(corpus, found):
    scores = claims.best_matches(found.assignments, corpus.claims)
    assert len(scores) == corpus.claims["claim_id"].nunique() == 4
    assert (scores[["precision", "recall"]] >= 0.9).all().all(), scores
    assert (scores[["rebuttal_precision", "rebuttal_recall"]] >= 0.85).all().all(), scores
    assert scores["found"].nunique() == 4          # four distinct found claims, not one merged blob


def test_plain_copies_join_through_the_signature(corpus, monkeypatch):
    """Copies without any marker are found only by growing the burst: without it, recall falls."""
    monkeypatch.setattr(track, "CLAIM_MATCH", 1.01)
    scores = claims.best_matches(claims.find_claims(corpus.posts).assignments, corpus.claims)
    assert scores["recall"].min() < 0.9


def test_claim_table_tells_the_cascade(corpus, found):
    best = claims.best_matches(found.assignments, corpus.claims).set_index("claim_id")["found"]
    row = found.claims.set_index("claim_id").loc[best["R1"]]
    assert row["platforms"][0] == "whatsapp" and len(row["platforms"]) >= 3
    assert row["first_rebuttal"] > row["first_seen"] and 0 < row["rebuttal_delay_hours"] <= 12
    assert {"kalaban", "coro", "kati"} <= set(row["keywords"].split())


def test_every_post_has_one_role_per_claim(found):
    assert not found.assignments.duplicated(["post_id", "claim_id"]).any()
    assert set(found.assignments["role"]) == {"claim", "rebuttal"}


def test_user_claim_by_keywords_and_by_seed(corpus):
    seed = corpus.posts.set_index("post_id").loc[corpus.claims.query("claim_id == 'R2'")["post_id"].iloc[0], "text"]
    result = claims.find_claims(corpus.posts, user=(claims.UserClaim(keywords="Médine"), claims.UserClaim(seed_text=seed)))
    users = result.claims[result.claims["origin"] == "user"].set_index("claim_id")
    assert list(users.index) == ["U001", "U002"]
    truth = set(corpus.claims.query("claim_id == 'R2' and role == 'claim'")["post_id"])
    for claim_id in users.index:
        got = set(result.assignments.query("claim_id == @claim_id and role == 'claim'")["post_id"])
        assert len(got & truth) >= 0.9 * len(truth) and len(got - truth) <= 0.1 * len(got)


def test_empty_keywords_are_refused(corpus):
    with pytest.raises(ValueError, match="keywords"):
        claims.find_claims(corpus.posts.head(50), user=(claims.UserClaim(keywords="à de"),))


def test_stored_claims_describe_themselves_again(corpus, found):
    again = claims.summarise(corpus.posts, found.assignments, found.listed)
    pd.testing.assert_frame_equal(again.claims, found.claims)


def test_missing_columns_are_named():
    with pytest.raises(ValueError, match="author_id"):
        claims.find_claims(pd.DataFrame({"post_id": ["a"], "text": ["x"], "created_at": ["2020-03-01"],
                                         "platform": ["facebook"]}))
