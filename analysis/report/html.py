"""The report as one self-contained HTML file: inline style, images as base64 PNG, no script, no external link.

Every text is escaped with html.escape (post text is untrusted and is never markup here).
"""
from __future__ import annotations

import base64
from html import escape

from analysis.i18n import t
from analysis.i18n.numbers import number
from analysis.report.content import Report

STYLE = ("body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:980px;margin:2em auto;color:#222;"
         "line-height:1.4}table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #bbb;"
         "padding:.25em .5em;vertical-align:top;font-size:.9em}th{background:#e8eef4}img{max-width:100%}"
         ".banner{background:#fff4e0;color:#8a4b00;padding:.6em;border-radius:4px}")


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _image(caption: str, png: bytes) -> str:
    data = base64.b64encode(png).decode("ascii")
    return f'<figure><img alt="{escape(caption)}" src="data:image/png;base64,{data}"><figcaption>' \
           f"{escape(caption)}</figcaption></figure>"


def render(report: Report) -> bytes:
    lang = report.lang
    n_posts = number(report.n_posts)
    parts = [f"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{escape(report.title)}"
             f"</title><style>{STYLE}</style></head><body><h1>{escape(report.title)}</h1>",
             f"<p>{escape(t('rep_scope', lang))} : {escape(report.scope)}<br>{escape(t('rep_posts', lang))} : "
             f"{n_posts}<br>{escape(t('rep_generated', lang))} : {escape(report.generated_at)}</p>"]
    if report.is_demo:
        parts.append(f'<p class="banner">{escape(t("demo_banner", lang))}</p>')
    parts += [f"<h2>{escape(t('rep_headline', lang))}</h2>",
              _table([t("rep_figure", lang), t("rep_value", lang)], [list(r) for r in report.headline]),
              f"<h2>{escape(t('rep_accuracy', lang))}</h2><p>{escape(report.accuracy)}</p>",
              f"<h2>{escape(t('rep_charts', lang))}</h2>", *(_image(c, png) for c, png in report.charts)]
    parts += [f"<h2>{escape(title)}</h2>{_table(header, rows)}" for title, header, rows in report.tables]
    parts += [f"<h2>{escape(t('rep_method', lang))}</h2>", *(f"<p>{escape(n)}</p>" for n in report.notes),
              "</body></html>"]
    return "".join(parts).encode("utf-8")
