"""One home per fact: the party list, the campaign calendar and the labels come from data/gazetteer/ only."""
import ast
import re
from datetime import date
from pathlib import Path

import pytest

from analysis import filters, gazetteer, i18n
from analysis.aggregate.timeline import events_for
from analysis.annotate import parties, participation, topics
from analysis.charts.colours import PARTY_COLORS
from analysis.demo import corpus

ROOT = Path(__file__).resolve().parent.parent


def _alias_rows():
    return gazetteer.read_csv("party_aliases.csv", ("alias", "acronym", "kind", "rule"))


def test_every_party_the_analysers_can_output_is_selectable_and_coloured():
    selectable = set(gazetteer.party_acronyms(None))      # the sidebar's options
    found = {a for row in _alias_rows() for a in parties.parties(row["alias"])}
    found |= {parties.canonical_party(row["alias"]) for row in _alias_rows()}
    assert len(found) > 30
    assert found <= selectable
    assert {r["acronym"] for r in _alias_rows()} <= selectable
    assert all(re.fullmatch(r"#[0-9A-Fa-f]{6}", PARTY_COLORS[a]) for a in found)


def test_one_party_list_feeds_the_analysers_the_sidebar_and_the_colours():
    acronyms = gazetteer.party_acronyms(None)
    assert list(parties.catalogue()["acronym"]) == acronyms == list(PARTY_COLORS)
    assert len(acronyms) == len(set(acronyms))
    assert {"COFOP", "RPM", "URD", "M5-RFP"} <= set(acronyms)
    assert gazetteer.party_acronyms() == [a for a, t in zip(acronyms, parties.catalogue()["type"]) if t == "party"]


def test_the_main_parties_have_distinct_colours():
    main = ["RPM", "URD", "ADEMA-PASJ", "ADP-Maliba", "MPM", "CODEM", "ASMA-CFP", "Yelema", "SADI", "PARENA"]
    assert len({PARTY_COLORS[p] for p in main}) == len(main)


def test_a_bad_party_colour_is_a_one_line_error(tmp_path, monkeypatch):
    (tmp_path / "parties.csv").write_text("acronym,name,type,camp,colour,leader\nRPM,R,party,majority,orange,x\n",
                                          encoding="utf-8")
    monkeypatch.setattr(gazetteer, "GAZETTEER_DIR", tmp_path)
    gazetteer.parties.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"parties\.csv:2: colour 'orange'"):
            gazetteer.parties()
    finally:
        gazetteer.parties.cache_clear()


def test_spelling_ignores_case_and_accents():
    assert gazetteer.spelling("segou", gazetteer.region_names()) == "Ségou"
    assert gazetteer.spelling("adema-pasj", gazetteer.party_acronyms(None)) == "ADEMA-PASJ"
    assert gazetteer.spelling("Nowhere", gazetteer.region_names()) == "Nowhere"
    assert gazetteer.spelling("", gazetteer.region_names()) == ""


def test_key_events_are_the_votes_campaigns_and_results():
    key = {e["id"] for e in gazetteer.calendar() if e["key"]}
    assert key == {"r1_campaign_opens", "r1_campaign_closes", "r1_vote", "r1_provisional_results",
                   "r1_final_results", "r2_campaign_opens", "r2_campaign_closes", "r2_vote",
                   "r2_provisional_results", "final_results"}
    shown = events_for(gazetteer.key_dates(), "key")
    assert {e["id"] for e in shown} == key and all("label_en" in e for e in shown)


def test_calendar_ids_are_unique_and_dates_sorted():
    events = gazetteer.calendar()
    assert len({e["id"] for e in events}) == len(events)
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)


def test_period_bounds_are_calendar_events():
    assert gazetteer.event_day("r1_vote") == date(2020, 3, 29)
    assert gazetteer.event_day("r1_vote+1") == date(2020, 3, 30)
    assert gazetteer.event_day("r1_campaign_opens-1") == date(2020, 3, 7)
    assert gazetteer.event_day("2020-05-31") == date(2020, 5, 31)
    with pytest.raises(ValueError, match="no_such_event"):
        gazetteer.event_day("no_such_event")


def test_presets_topic_periods_and_demo_periods_come_from_the_calendar():
    day = gazetteer.event_day
    assert filters.PRESETS["preset_r1"] == (day("r1_campaign_opens"), day("r1_final_results"))
    assert filters.PRESETS["preset_r2"] == (day("r2_campaign_opens"), day("final_results"))
    assert topics.PERIODS["campagne_t1"] == (str(day("r1_campaign_opens")), str(day("r1_vote+1")))
    assert topics.PERIODS["entre_deux_tours"] == (str(day("r1_vote+1")), str(day("r2_vote+1")))
    assert corpus.SPIKES[str(day("r1_vote"))] == max(corpus.SPIKES.values())
    starts = [p[0] for p in corpus.PERIODS]
    assert str(day("r1_vote")) in starts and str(day("r2_vote")) in starts
    assert all(a[1] == b[0] for a, b in zip(corpus.PERIODS, corpus.PERIODS[1:]))


@pytest.mark.parametrize("module", ["analysis/filters.py", "analysis/annotate/topics.py",
                                    "analysis/aggregate/timeline.py", "analysis/demo/corpus.py",
                                    "analysis/charts/overview.py"])
def test_no_calendar_date_or_event_label_is_written_in_code(module):
    dates = {e["date"] for e in gazetteer.calendar()}
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    assert not [s for s in strings if s in dates or s.startswith(("Premier tour", "Second tour", "Résultats"))]
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "date"]
    assert calls == []


def test_topic_and_category_labels_have_one_table():
    assert list(i18n.TOPIC_LABELS) == list(topics.taxonomy())
    assert {k: fr for k, (fr, _) in i18n.TOPIC_LABELS.items()} == topics.taxonomy()
    assert tuple(i18n.CATEGORY_LABELS) == participation.CATEGORIES
    for table in (i18n.TOPIC_LABELS, i18n.CATEGORY_LABELS):
        assert all(fr.strip() and en.strip() for fr, en in table.values())
    assert i18n.label(i18n.TOPIC_LABELS, "security", "en") == "Security"


def test_a_topic_without_label_is_a_one_line_error(tmp_path, monkeypatch):
    (tmp_path / "topics.csv").write_text("term,topic\nrizière,rice\n", encoding="utf-8")
    (tmp_path / "labels.csv").write_text("kind,id,label_fr,label_en\ntopic,security,Sécurité,Security\n",
                                         encoding="utf-8")
    monkeypatch.setattr(gazetteer, "GAZETTEER_DIR", tmp_path)
    gazetteer.labels.cache_clear()
    topics.taxonomy.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"topics\.csv:2: topic 'rice' has no label"):
            topics.taxonomy()
    finally:
        gazetteer.labels.cache_clear()
        topics.taxonomy.cache_clear()
