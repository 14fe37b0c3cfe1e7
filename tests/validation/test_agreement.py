"""Agreement equals the reference implementations (krippendorff, scikit-learn) and the store summary."""
import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from analysis.validation import agreement, labels
from tests.validation.helpers import make_store, write_labels


def _matrix(seed, coders=4, items=60, values=3, missing=0.3):
    """coders x items codes with missing cells (NaN), biased toward a shared truth so alpha is not ~0."""
    rng = np.random.default_rng(seed)
    truth = rng.integers(0, values, items)
    data = np.where(rng.random((coders, items)) < 0.7, truth, rng.integers(0, values, (coders, items))).astype(float)
    data[rng.random((coders, items)) < missing] = np.nan
    return data


@pytest.mark.parametrize("seed", range(6))
def test_alpha_equals_the_krippendorff_package(seed):
    data = _matrix(seed, coders=2 + seed % 3, values=2 + seed % 4)
    units = [[v for v in data[:, j] if not np.isnan(v)] for j in range(data.shape[1])]
    reference = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert agreement.krippendorff_alpha(units) == pytest.approx(reference, abs=0.001)


@pytest.mark.parametrize("seed", range(6))
def test_kappa_equals_scikit_learn(seed):
    data = _matrix(seed, coders=2, values=2 + seed % 3)
    both = ~np.isnan(data).any(axis=0)
    a, b = data[0, both].astype(int).tolist(), data[1, both].astype(int).tolist()
    assert agreement.cohen_kappa(a, b) == pytest.approx(cohen_kappa_score(a, b), abs=0.001)


def test_perfect_and_degenerate_cases():
    assert agreement.krippendorff_alpha([["a", "a"], ["b", "b"], ["a", "a", "a"]]) == pytest.approx(1.0)
    assert agreement.krippendorff_alpha([["a", "a"], ["a", "a"]]) is None      # one value only: undefined
    assert agreement.cohen_kappa(["a", "a"], ["a", "a"]) is None
    assert agreement.percent_agreement([["a", "a", "b"], ["c"]]) == pytest.approx(1 / 3)


def test_the_store_summary(tmp_path):
    db = tmp_path / "s.duckdb"
    make_store(db, ["positive", "negative", "neutral", "positive"])
    rows = [("twitter:0", "tone", "positive", "awa"), ("twitter:0", "tone", "positive", "ben"),
            ("twitter:1", "tone", "negative", "awa"), ("twitter:1", "tone", "neutral", "ben"),
            ("twitter:2", "tone", "neutral", "awa"), ("twitter:3", "tone", "negative", "awa"),
            ("twitter:1", "tone", "negative", "adjudicator")]
    labels.import_labels(write_labels(tmp_path / "l.csv", rows), db)
    result = agreement.agreement(db, "tone")
    assert (result["n_items"], result["n_annotators"]) == (2, 2)
    assert result["percent_agreement"] == 0.5
    assert set(result["cohen_kappa"]) == {"awa|ben"}
    assert result["krippendorff_alpha"] == pytest.approx(krippendorff.alpha(
        reliability_data=[[2, 0], [2, 1]], level_of_measurement="nominal"), abs=0.001)
    machine = result["machine"]
    # adjudicated: 0 positive, 1 negative, 2 neutral, 3 negative; the machine: positive, negative, neutral, positive
    assert machine["n"] == 4 and machine["accuracy"] == 0.75
    assert machine["confusion"]["rows_people_cols_machine"] == [[1, 0, 1], [0, 1, 0], [0, 0, 1]]
    assert machine["per_class"]["negative"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2}
