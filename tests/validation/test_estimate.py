"""Corrected shares on synthetic posts whose machine errors are known; fallbacks; the sentence under a chart."""
import numpy as np
import pandas as pd
import pytest

from analysis.validation import estimate, fields
from analysis.validation.groups import group_keys

CLASSES = ("negative", "neutral", "positive")
TRUE_SHARES = np.array([0.55, 0.30, 0.15])
# P(machine = column | truth = row): the machine over-calls neutral and positive
CONFUSION = np.array([[0.60, 0.30, 0.10], [0.15, 0.70, 0.15], [0.05, 0.25, 0.70]])
TONE = fields.get("tone")


def _corpus(n=3000, seed=0):
    rng = np.random.default_rng(seed)
    truth = rng.choice(3, size=n, p=TRUE_SHARES)
    machine = np.array([rng.choice(3, p=CONFUSION[t]) for t in truth])
    ids = [f"t:{i}" for i in range(n)]
    return ids, np.array(CLASSES, dtype=object)[truth], np.array(CLASSES, dtype=object)[machine]


def _validation(ids, truth, machine, picks, source="random"):
    return pd.DataFrame({"post_id": np.array(ids)[picks], "truth": truth[picks], "predicted": machine[picks],
                         "source": source, "platform": "twitter", "lang": "fr"})


def _shares_of(truth):
    return np.array([np.mean(truth == c) for c in CLASSES])


def test_corrected_shares_are_near_the_truth_and_inside_their_interval():
    ids, truth, machine = _corpus()
    picks = np.random.default_rng(1).choice(len(ids), 300, replace=False)
    corrector = estimate.Corrector(TONE, _validation(ids, truth, machine, picks), corpus_n=len(ids))
    result = corrector.shares(pd.Series(machine, index=ids))
    real = _shares_of(truth)
    raw = np.array([result["classes"][c]["raw"] for c in CLASSES])
    assert np.abs(raw - real).max() > 0.08                    # the raw shares are off
    assert (result["status"], result["method"], result["n_validated"]) == ("corrected", "calibration", 300)
    for k, name in enumerate(CLASSES):
        share = result["classes"][name]
        assert abs(share["corrected"] - real[k]) < 0.05, name
        assert share["low"] <= real[k] <= share["high"], name


@pytest.mark.parametrize("method, close_share", [("calibration", 0.9), ("inversion", 0.65)])
def test_the_interval_covers_the_truth_across_draws(method, close_share):
    inside, errors, trials = 0, [], 30
    for seed in range(trials):
        ids, truth, machine = _corpus(n=1500, seed=seed)
        picks = np.random.default_rng(100 + seed).choice(len(ids), 300, replace=False)
        result = estimate.Corrector(TONE, _validation(ids, truth, machine, picks), n_boot=200, seed=seed,
                                    method=method).shares(pd.Series(machine, index=ids))
        real = _shares_of(truth)
        for k, name in enumerate(CLASSES):
            share = result["classes"][name]
            inside += share["low"] <= real[k] <= share["high"]
            errors.append(share["corrected"] - real[k])
    assert inside / (3 * trials) >= 0.85        # about 0.93 measured over 150 draws (nominal 0.95)
    assert np.mean(np.abs(errors) < 0.05) >= close_share and abs(np.mean(errors)) < 0.01


def test_a_part_with_another_class_mix_is_corrected_by_inversion():
    ids, truth, machine = _corpus(n=4000, seed=7)
    rng = np.random.default_rng(8)
    part_truth = rng.choice(3, size=1000, p=[0.15, 0.25, 0.60])         # a party's posts: mostly positive
    part_machine = np.array([rng.choice(3, p=CONFUSION[t]) for t in part_truth])
    names = np.array(CLASSES, dtype=object)
    ids = ids + [f"p:{i}" for i in range(1000)]
    truth, machine = np.concatenate([truth, names[part_truth]]), np.concatenate([machine, names[part_machine]])
    picks = rng.choice(len(ids), 600, replace=False)
    corrector = estimate.Corrector(TONE, _validation(ids, truth, machine, picks), corpus_n=len(ids))
    part = pd.Series(machine[-1000:], index=ids[-1000:])
    real = _shares_of(truth[-1000:])
    result = corrector.shares(part)
    assert result["method"] == "inversion"
    for k, name in enumerate(CLASSES):
        share = result["classes"][name]
        assert abs(share["corrected"] - real[k]) < 0.06 and share["low"] <= real[k] <= share["high"], name
    pulled = estimate.Corrector(TONE, _validation(ids, truth, machine, picks), method="calibration").shares(part)
    assert abs(pulled["classes"]["positive"]["corrected"] - real[2]) > 0.1     # why parts are not calibrated


def test_a_stratified_sample_is_reweighted_to_the_corpus():
    ids, truth, machine = _corpus(seed=3)
    rng = np.random.default_rng(4)
    picks = np.concatenate([rng.choice(np.flatnonzero(machine == c), 100, replace=False) for c in CLASSES])
    validation = _validation(ids, truth, machine, picks, source="stratified")
    cells = pd.Series("twitter|fr|" + pd.Series(machine)).value_counts()
    result = estimate.Corrector(TONE, validation, corpus_cells=cells, corpus_n=len(ids)).shares(
        pd.Series(machine, index=ids))
    real = _shares_of(truth)
    for k, name in enumerate(CLASSES):
        assert abs(result["classes"][name]["corrected"] - real[k]) < 0.05, name


@pytest.mark.parametrize("size, source, status", [(50, "random", "too_small"), (300, "uncertain", "not_random"),
                                                  (300, "other", "not_random"), (0, "random", "unvalidated")])
def test_without_a_usable_random_sample_the_raw_shares_come_back(size, source, status):
    ids, truth, machine = _corpus(n=1000)
    picks = np.arange(size)
    result = estimate.Corrector(TONE, _validation(ids, truth, machine, picks, source)).shares(
        pd.Series(machine, index=ids))
    assert result["status"] == status
    for share in result["classes"].values():
        assert share["low"] is None and share["high"] is None
    # the posts people labelled count with their label, the rest as the machine says
    assert result["classes"]["negative"]["corrected"] == result["classes"]["negative"]["raw"]


def test_participation_is_corrected_category_by_category():
    rng = np.random.default_rng(5)
    n = 3000
    fraud = rng.random(n) < 0.2
    found = np.where(fraud, rng.random(n) < 0.6, rng.random(n) < 0.02)      # misses 40 %, 2 % false alarms
    truth = np.where(fraud, "fraud_allegation", "none").astype(object)
    machine = np.where(found, "fraud_allegation", "none").astype(object)
    ids = [f"t:{i}" for i in range(n)]
    picks = rng.choice(n, 400, replace=False)
    result = estimate.Corrector(fields.get("participation"), _validation(ids, truth, machine, picks)).shares(
        pd.Series(machine, index=ids))
    share = result["classes"]["fraud_allegation"]
    assert abs(share["raw"] - fraud.mean()) > 0.03
    assert abs(share["corrected"] - fraud.mean()) < 0.03 and share["low"] <= fraud.mean() <= share["high"]
    assert result["classes"]["boycott"]["corrected"] == 0.0


def test_the_sentence_under_a_chart():
    assert estimate.chart_note("tone", "corrected", 300, 0.71) == \
        "corrigé d'après 300 posts validés ; F1 machine 0,71"
    assert estimate.chart_note("tone", "corrected", 300, 0.71, "en") == \
        "corrected from 300 validated posts; machine F1 0.71"
    assert estimate.chart_note("hostility", "unvalidated", 0, None) == "chiffre non validé"
    assert estimate.chart_note("tone", "too_small", 42, 0.6).startswith("chiffre non validé : 42 posts")
    assert "not drawn at random" in estimate.chart_note("tone", "not_random", 0, None, "en")


def test_group_keys_per_week_and_party():
    posts = pd.DataFrame({"created_at": pd.to_datetime(["2020-03-29T10:00Z", "2020-03-30T10:00Z", "2020-04-05T23:00Z"]),
                          "parties": ["URD;RPM", "", "RPM"]})
    assert group_keys(posts, "week").tolist() == ["2020-03-23", "2020-03-30", "2020-03-30"]
    parties = group_keys(posts, "party")
    assert sorted(zip(parties.index, parties)) == [(0, "RPM"), (0, "URD"), (1, "none"), (2, "RPM")]
