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
