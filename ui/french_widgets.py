"""Streamlit's own widget texts in French: the file uploader, the hint under a text field, a multiple choice's list.

Streamlit 1.67 has no option for these texts ("Upload", "200MB per file", "Drag and drop files here", "Press Enter
to apply", "Select all", "No results"): our fixed stylesheet hides them (font-size 0) and shows French ones in their place (::after). Only a
number from the configuration goes in, never post content. The accepted file types, which the hidden uploader line
also listed, are in each uploader's label instead.
"""
from __future__ import annotations

import streamlit as st

DROPZONE = '[data-testid="stFileUploaderDropzone"]'
BUTTON_TEXT = f'{DROPZONE} button [data-testid="stMarkdownContainer"] p'
INSTRUCTIONS = f'{DROPZONE} [data-testid="stFileUploaderDropzoneInstructions"] span'
DRAG_OVERLAY = f'{DROPZONE} > div:not([data-testid]) > span'   # shown only while files are dragged over
# The first hint under a field being typed in ("Press Enter to apply", "... to submit form" in the login form)
ENTER_HINT = '[data-testid="stTextInput"] [data-testid="InputInstructions"] > span:first-child'
CTRL_ENTER_HINT = '[data-testid="stTextArea"] [data-testid="InputInstructions"] > span:first-child'
# A multiple choice's list with nothing to offer: "No results", or "You can only select up to N options..."
EMPTY_CHOICES = '[data-testid="stMultiSelectDropdown"] [role="listbox"][data-empty] > [role="option"] > span'
SELECT_ALL = '[data-testid="stMultiSelectDropdown"] [data-key="__select_all__"] [data-item-hl]'
TEXTS = {"button": "Parcourir", "instructions": "Glissez-déposez vos fichiers ici · {mb} Mo max. par fichier",
         "overlay": "Déposez vos fichiers ici", "enter": "Entrée pour valider",
         "ctrl_enter": "Ctrl+Entrée pour valider", "empty_choices": "Aucun choix disponible",
         "select_all": "Tout sélectionner"}


def _replaced(selector: str, text: str, size: str) -> str:
    return f'{selector} {{font-size: 0}}\n{selector}::after {{content: "{text}"; font-size: {size}}}'


def stylesheet(max_upload_mb: int) -> str:
    """The <style> block; max_upload_mb is server.maxUploadSize (an int, checked: nothing else reaches the CSS)."""
    mb = int(max_upload_mb)
    rules = [_replaced(BUTTON_TEXT, TEXTS["button"], "0.875rem"),
             _replaced(INSTRUCTIONS, TEXTS["instructions"].format(mb=mb), "0.875rem"),
             _replaced(DRAG_OVERLAY, TEXTS["overlay"], "0.875rem"),
             _replaced(ENTER_HINT, TEXTS["enter"], "0.75rem"),
             _replaced(CTRL_ENTER_HINT, TEXTS["ctrl_enter"], "0.75rem"),
             _replaced(EMPTY_CHOICES, TEXTS["empty_choices"], "0.875rem"),
             _replaced(SELECT_ALL, TEXTS["select_all"], "1rem")]
    return "<style>\n" + "\n".join(rules) + "\n</style>"


def apply() -> None:
    st.html(stylesheet(st.get_option("server.maxUploadSize")))
