"""Untrusted strings (URL parameters, post text) shown inside Markdown-rendering widgets."""
from __future__ import annotations

import re

# Emphasis, links, images, HTML, code, tables, maths; dots and "://" so bare URLs are not auto-linked.
MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()<>#!|~$.]|:(?=/))")


def escape_markdown(text: str) -> str:
    """Backslash-escape Markdown/HTML-significant characters so the text shows literally."""
    return MARKDOWN_SPECIALS.sub(r"\\\1", str(text))
