"""Untrusted strings (URL parameters, post text) shown inside Markdown-rendering widgets."""
from __future__ import annotations

import re

MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~:$=])")


def escape_markdown(text: str) -> str:
    """Backslash-escape every Markdown/HTML-significant character so the text shows literally."""
    return MARKDOWN_SPECIALS.sub(r"\\\1", str(text))
