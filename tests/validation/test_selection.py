"""Who gets the next labels: equal shares per cell, least sure first, a random share."""
import numpy as np
import pytest

from analysis.validation import selection


def test_quotas_share_equally_and_pass_on_what_a_small_cell_cannot_take():
    assert selection.quotas([5, 100, 100], 61) == [5, 28, 28]
    assert selection.quotas([3, 3], 10) == [3, 3]
    assert selection.quotas([], 5) == []


def test_balanced_least_sure_takes_equal_numbers_of_each_class_least_sure_first():
    gaps = np.array([0.01, 0.02, 0.03, 0.04, 0.5, 0.6, 0.7, 0.05])
    predicted = np.array(["a", "a", "a", "a", "b", "b", "b", "c"])
    chosen = selection.balanced_least_sure(gaps, predicted, 5)
    assert sorted(chosen) == [0, 1, 4, 5, 7]            # two of a, two of b, the one c
    assert chosen == sorted(chosen, key=lambda i: gaps[i])
    assert selection.balanced_least_sure(gaps, predicted, 100) == list(np.argsort(gaps, kind="stable"))


def test_balanced_least_sure_refuses_mismatched_inputs():
    with pytest.raises(ValueError, match="3 gaps but 2"):
        selection.balanced_least_sure(np.zeros(3), np.zeros(2), 1)


def test_random_share_completes_without_repeats_and_is_seeded():
    done = selection.with_random_share([4, 2], 10, 6, np.random.default_rng(3))
    assert done[:2] == [4, 2] and len(set(done)) == 6 and all(0 <= i < 10 for i in done)
    assert done == selection.with_random_share([4, 2], 10, 6, np.random.default_rng(3))
    assert sorted(selection.with_random_share([1], 3, 10, np.random.default_rng(0))) == [0, 1, 2]
