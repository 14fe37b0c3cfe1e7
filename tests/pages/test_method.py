"""Méthode page: the docs rendered in French and English, and what is not measured."""
from tests.pages.reading_pages import ROOT, METHOD, _store, _run, _ok  # noqa: F401,F811  (fixtures)


def test_method_page_renders_the_docs_and_notes_what_is_not_measured():
    at = _ok(_run(METHOD))
    text = " ".join(m.value for m in at.markdown)
    assert "Limites à garder en tête" in text
    for name in ("methode_sentiment.md", "methode_attribution.md", "methode_coordination.md", "importers.md"):
        if not (ROOT / "docs" / name).exists():
            assert any(f"docs/{name}" in i.value for i in at.info)
    assert any(e.label.startswith("data/README") for e in at.expander)


def test_method_page_in_english_reads_the_english_text():
    at = _ok(_run(METHOD))
    at.sidebar.radio(key="ui_lang_choice").set_value("English").run()
    assert "Limits to keep in mind" in " ".join(m.value for m in _ok(at).markdown)
