"""Curated topics and NMF discovery."""
import pandas as pd
import pytest

from analysis.annotate import topics


@pytest.mark.parametrize("text, expected", [
    ("La grève des enseignants paralyse les écoles", ("education",)),
    ("Les délestages d'EDM et les routes défoncées", ("infrastructure",)),
    ("Soumaïla Cissé toujours otage, libérez-le", ("security", "cisse_abduction")),
    ("Achat de voix à Sikasso", ("electoral_fraud",)),
    ("Le couvre-feu commence ce soir", ("covid_health",)),
    ("Bonne nuit la famille", ()),
])
def test_taxonomy(text, expected):
    assert topics.topics(text) == expected


def test_taxonomy_size_and_labels():
    tax = topics.taxonomy()
    assert 12 <= len(tax) <= 15
    assert all(label for label in tax.values())


def _corpus():
    texts = ([f"grève des enseignants école fermée élèves {i}" for i in range(20)]
             + [f"coronavirus masque couvre-feu hôpital {i}" for i in range(20)]
             + [f"fraude urnes bourrées résultats truqués {i}" for i in range(20)])
    return pd.DataFrame({"post_id": [f"p{i}" for i in range(60)], "text": texts,
                         "created_at": pd.date_range("2020-03-01", periods=60, freq="h", tz="UTC")})


def test_discover_is_reproducible_and_separates_themes():
    first = topics.discover(_corpus(), n_topics=3, seed=1)
    assert first == topics.discover(_corpus(), n_topics=3, seed=1)
    assert len(first) == 3
    tops = [set(t["top_terms"][:3]) for t in first]
    assert any({"greve", "enseignants"} & t for t in tops)
    assert any({"coronavirus", "masque"} & t for t in tops)
    assert all(t["example_post_ids"] for t in first)


def test_discover_period_and_tiny_input():
    posts = _corpus()
    assert topics.discover(posts, n_topics=3, period=("2020-03-01", "2020-03-01 02:00")) == []
    assert topics.discover(posts.head(0), n_topics=3) == []


def test_discover_named_period():
    posts = _corpus()
    assert len(topics.discover(posts, n_topics=3, period="precampagne")) == 3
    assert topics.discover(posts, n_topics=3, period="campagne_t1") == []
    with pytest.raises(ValueError, match="unknown period"):
        topics.discover(posts, period="nope")
