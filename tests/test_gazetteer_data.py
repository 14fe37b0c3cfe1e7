"""The shipped vocabularies agree with the canonical names and with each other."""
import json
from pathlib import Path

import pytest

from analysis import gazetteer
from analysis.geo import points as geo
from analysis.annotate import parties
from analysis.annotate import context_rules as rules
from analysis.annotate import topics
from analysis.annotate.participation import CATEGORIES, OVERRIDES

SHARED = json.loads((Path(__file__).resolve().parents[2] / "shared/domain/gazetteer.json").read_text("utf-8")) \
    if (Path(__file__).resolve().parents[2] / "shared/domain/gazetteer.json").exists() else None
ELECTORAL_REGIONS = {"Kayes", "Koulikoro", "Sikasso", "Ségou", "Mopti", "Tombouctou", "Gao", "Kidal", "Bamako"}


def test_party_aliases_point_to_known_acronyms():
    known = set(parties.catalogue()["acronym"])
    rows = gazetteer.read_csv("party_aliases.csv", ("alias", "acronym", "kind", "rule"))
    assert {r["acronym"] for r in rows} <= known
    assert {r["rule"] for r in rows} - {""} <= set(rules.RULES)


@pytest.mark.skipif(SHARED is None, reason="domain reference not beside the project")
def test_canonical_names_are_those_of_the_domain_gazetteer():
    assert set(parties.catalogue()["acronym"]) - {"COFOP"} == {p["acronym"] for p in SHARED["parties"]}
    assert ELECTORAL_REGIONS <= {r["name"] for r in SHARED["regions"]}


def test_places_use_2020_electoral_regions_and_known_cercles():
    cercles = {a.cercle for a in geo.areas()} | {f"Commune {n}" for n in ("I", "II", "III", "IV", "V", "VI")} | {""}
    rows = gazetteer.read_csv("places.csv", ("alias", "region", "cercle", "kind", "rule"))
    assert {r["region"] for r in rows} == ELECTORAL_REGIONS
    assert {r["cercle"] for r in rows} <= cercles
    assert {r["rule"] for r in rows} - {""} <= set(rules.RULES)


def test_map_regions_are_canonical():
    assert {a.region for a in geo.areas()} == ELECTORAL_REGIONS
    assert len(geo.areas()) == 50


def test_participation_and_topic_vocabularies():
    rows = gazetteer.read_csv("participation.csv", ("term", "category", "rule", "lang"))
    assert {r["category"] for r in rows} == set(CATEGORIES) | {"suppress"}
    assert {r["rule"] for r in rows} - {""} <= set(rules.RULES)
    assert set(OVERRIDES) <= set(CATEGORIES) | {"suppress"}
    assert set(topics.FROM_PARTICIPATION.values()) <= set(topics.taxonomy())


def test_broken_csv_is_a_one_line_error(tmp_path, monkeypatch):
    (tmp_path / "parties.csv").write_text("acronym,name\nRPM,Rassemblement\n", encoding="utf-8")
    monkeypatch.setattr(gazetteer, "GAZETTEER_DIR", tmp_path)
    with pytest.raises(ValueError, match=r"parties\.csv: missing column"):
        gazetteer.read_csv("parties.csv", ("acronym", "name", "type"))
    (tmp_path / "x.csv").write_text("alias,acronym\n,RPM\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"x\.csv:2: empty alias"):
        gazetteer.read_csv("x.csv", ("alias", "acronym"))


def test_unknown_rule_is_reported():
    from analysis.annotate.automaton import Hit
    with pytest.raises(ValueError, match="unknown context rule"):
        rules.accepts("no_such_rule", rules.Context("x", "x"), Hit(0, 1, "party", "X", "no_such_rule", "x"))
