"""Every string exists in French and English with the same placeholders, in every table; unknown keys fail."""
import string

import pytest

from analysis import i18n
from analysis.i18n import core


def fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


@pytest.mark.parametrize("table", sorted(core.TABLES))
def test_every_key_has_both_languages_with_the_same_placeholders(table):
    problems = [key for key, (fr, en) in core.TABLES[table].items()
                if not (fr.strip() and en.strip()) or fields(fr) != fields(en)]
    assert problems == []


def test_the_placeholder_check_sees_a_difference():
    assert fields("{n} posts sur {total}") != fields("{n} posts")


def test_category_and_topic_labels_cover_every_category_in_both_languages():
    from analysis.annotate.participation import CATEGORIES
    assert set(CATEGORIES) <= set(i18n.CATEGORY_LABELS)
    for table in (i18n.CATEGORY_LABELS, i18n.TOPIC_LABELS):
        assert all(fr and en for fr, en in table.values())


def test_an_unknown_key_fails_under_the_tests(monkeypatch):
    monkeypatch.setenv(core.STRICT_ENV, "1")
    with pytest.raises(KeyError, match="no_such_key"):
        i18n.t("no_such_key")
    monkeypatch.delenv(core.STRICT_ENV)
    assert i18n.t("no_such_key") == "no_such_key"   # in the dashboard: visible, never a crash


def test_a_key_defined_in_two_tables_is_refused(monkeypatch):
    monkeypatch.setattr(core, "TABLES", {"a": {"k": ("x", "x")}, "b": {"k": ("y", "y")}})
    with pytest.raises(KeyError, match="table b redefines k"):
        core._merged()
