"""Streamlit's own file-uploader texts in French.

Streamlit 1.67 has no option for the uploader's texts ("Upload", "200MB per file", "Drag and drop files here"): our
fixed stylesheet hides them (font-size 0) and shows French ones in their place (::after). Only numbers from the
configuration go in, never post content. The accepted file types, which the hidden line also listed, are in each
uploader's label instead.
"""
from __future__ import annotations

import streamlit as st

DROPZONE = '[data-testid="stFileUploaderDropzone"]'
BUTTON_TEXT = f'{DROPZONE} button [data-testid="stMarkdownContainer"] p'
INSTRUCTIONS = f'{DROPZONE} [data-testid="stFileUploaderDropzoneInstructions"] span'
DRAG_OVERLAY = f'{DROPZONE} > div:not([data-testid]) > span'   # shown only while files are dragged over
TEXTS = {"button": "Parcourir", "instructions": "Glissez-déposez vos fichiers ici · {mb} Mo max. par fichier",
         "overlay": "Déposez vos fichiers ici"}


def _replaced(selector: str, text: str, size: str) -> str:
    return f'{selector} {{font-size: 0}}\n{selector}::after {{content: "{text}"; font-size: {size}}}'


def stylesheet(max_upload_mb: int) -> str:
    """The <style> block; max_upload_mb is server.maxUploadSize (an int, checked: nothing else reaches the CSS)."""
    mb = int(max_upload_mb)
    rules = [_replaced(BUTTON_TEXT, TEXTS["button"], "0.875rem"),
             _replaced(INSTRUCTIONS, TEXTS["instructions"].format(mb=mb), "0.875rem"),
             _replaced(DRAG_OVERLAY, TEXTS["overlay"], "0.875rem")]
    return "<style>\n" + "\n".join(rules) + "\n</style>"


def apply() -> None:
    st.html(stylesheet(st.get_option("server.maxUploadSize")))
