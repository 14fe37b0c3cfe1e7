"""The stylesheet that puts the file uploader's texts in French: fixed texts, only an integer from the config."""
import pytest

from ui import french_widgets


def test_the_stylesheet_replaces_the_uploader_texts_and_the_enter_hint_with_french_ones():
    css = french_widgets.stylesheet(200)
    assert css.startswith("<style>") and css.endswith("</style>")
    for selector in (french_widgets.BUTTON_TEXT, french_widgets.INSTRUCTIONS, french_widgets.DRAG_OVERLAY,
                     french_widgets.ENTER_HINT, french_widgets.CTRL_ENTER_HINT, french_widgets.EMPTY_CHOICES,
                     french_widgets.SELECT_ALL):
        assert f"{selector} {{font-size: 0}}" in css and f"{selector}::after" in css
    assert '"Glissez-déposez vos fichiers ici · 200 Mo max. par fichier"' in css
    assert '"Parcourir"' in css and '"Déposez vos fichiers ici"' in css and '"Entrée pour valider"' in css
    assert '"Tout sélectionner"' in css and '"Aucun choix disponible"' in css


@pytest.mark.parametrize("bad", ['200"; } body {display: none', "2e2", None])
def test_only_an_integer_reaches_the_stylesheet(bad):
    with pytest.raises((TypeError, ValueError)):
        french_widgets.stylesheet(bad)


def test_charts_get_french_number_separators_and_dates_on_their_date_axes_only(monkeypatch):
    import pandas as pd
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    from ui import widgets
    monkeypatch.setattr(widgets, "lang", lambda: "fr")
    fig = make_subplots(rows=1, cols=2)
    fig.add_trace(go.Bar(x=pd.to_datetime(["2020-03-29", "2020-04-19"]), y=[1, 2]), row=1, col=1)
    fig.add_trace(go.Bar(x=[-0.5, 0.5], y=[3, 4]), row=1, col=2)
    widgets.localised(fig)
    assert fig.layout.separators == ",\u202f"
    assert fig.layout.xaxis.tickformat == "%d/%m" and fig.layout.xaxis2.tickformat is None
    monkeypatch.setattr(widgets, "lang", lambda: "en")
    assert widgets.localised(go.Figure(go.Bar(x=["2020-03-29"], y=[1]))).layout.xaxis.tickformat is None
