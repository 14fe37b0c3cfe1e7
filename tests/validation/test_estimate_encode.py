"""Encoding machine and human labels for the corrector: one pass per distinct value, same codes as value by value."""
import numpy as np

from analysis.validation import estimate, fields

CLASSES = ("negative", "neutral", "positive")


def _one_by_one(values, target, classes):
    index = {c: i for i, c in enumerate(classes)}
    return np.array([int(target in fields.split(v)) if target else index.get(v, -1) for v in values])


def test_single_label_codes_equal_value_by_value_with_missing_and_unknown():
    values = ["positive", None, "neutral", float("nan"), "positive", "other", "negative", ""]
    assert estimate._encode(values, "", CLASSES).tolist() == _one_by_one(values, "", CLASSES).tolist()
    assert estimate._encode(values, "", CLASSES).tolist() == [2, -1, 1, -1, 2, -1, 0, -1]


def test_category_targets_from_strings_and_from_lists():
    strings = ["call_to_vote;boycott", "boycott", None, "", "fraud"]
    lists = [("call_to_vote", "boycott"), ("boycott",), (), (), ("fraud",)]
    for values in (strings, lists):
        got = estimate._encode(values, "boycott", ())
        assert got.tolist() == _one_by_one(values, "boycott", ()).tolist() == [1, 1, 0, 0, 0]


def test_no_values():
    assert estimate._encode([], "", CLASSES).shape == (0,)


def test_machine_labels_once_per_value_equal_value_by_value():
    import pandas as pd
    from analysis.validation import machine
    cells = ["positive", None, float("nan"), pd.NA, "call_to_vote;boycott", "boycott,call_to_vote", "", "none",
             "hostile", "negative"] * 3
    for field in fields.FIELDS.values():
        posts = pd.DataFrame({"post_id": [f"p{i}" for i in range(len(cells))],
                              field.column: pd.Series(cells, dtype=object)})
        assert machine.current(posts, field).tolist() == [fields.machine_label(field, v) for v in cells], field.name
