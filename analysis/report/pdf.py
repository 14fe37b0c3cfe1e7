"""The report as a PDF with reportlab (pure Python, no system libraries; weasyprint would need Pango and Cairo).

Text goes through reportlab's Paragraph, which reads a small markup: every text, post text above all, is
escaped first. The font is the DejaVu Sans shipped inside matplotlib (Bambara letters ɛ ɔ ŋ, offline).
"""
from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

import matplotlib
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from analysis.i18n import t
from analysis.report.content import Report

FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FONT, BOLD = "VigieSans", "VigieSans-Bold"
CONTENT_WIDTH = A4[0] - 4 * cm


def _fonts() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))


def _styles() -> dict:
    base = getSampleStyleSheet()
    make = lambda name, parent, **kw: ParagraphStyle(name, parent=base[parent], fontName=kw.pop("font", FONT), **kw)
    return {"title": make("t", "Title", font=BOLD, fontSize=20), "h2": make("h", "Heading2", font=BOLD),
            "body": make("b", "BodyText", fontSize=9.5, leading=12.5), "small": make("s", "BodyText", fontSize=7.5,
                                                                                  leading=9.5),
            "banner": make("w", "BodyText", fontSize=10, textColor=colors.HexColor("#8A4B00"),
                           backColor=colors.HexColor("#FFF4E0"), borderPadding=6)}


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(str(text)), style)


def _table(header: list[str], rows: list[list[str]], style, widths=None) -> Table:
    data = [[_p(h, style) for h in header]] + [[_p(c, style) for c in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
                               ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _image(png: bytes) -> Image:
    width, height = ImageReader(io.BytesIO(png)).getSize()
    scale = min(CONTENT_WIDTH / width, (A4[1] * 0.55) / height)
    return Image(io.BytesIO(png), width=width * scale, height=height * scale)


def _opening(report: Report, s: dict) -> list:
    story = [_p(report.title, s["title"]), _p(f"{t('rep_scope', report.lang)} : {report.scope}", s["body"]),
             _p(f"{t('rep_posts', report.lang)} : {report.n_posts:,}".replace(",", "\u202f"), s["body"]),
             _p(f"{t('rep_generated', report.lang)} : {report.generated_at}", s["body"]), Spacer(1, 8)]
    if report.is_demo:
        story += [_p(t("demo_banner", report.lang), s["banner"]), Spacer(1, 8)]
    story += [_p(t("rep_headline", report.lang), s["h2"]),
              _table([t("rep_figure", report.lang), t("rep_value", report.lang)], report.headline, s["body"],
                     [9 * cm, 8 * cm]),
              _p(t("rep_accuracy", report.lang), s["h2"]), _p(report.accuracy, s["body"])]
    return story


def render(report: Report) -> bytes:
    _fonts()
    s = _styles()
    story = _opening(report, s) + [PageBreak(), _p(t("rep_charts", report.lang), s["h2"])]
    for caption, png in report.charts:
        story += [_p(caption, s["body"]), _image(png), Spacer(1, 10)]
    for title, header, rows in report.tables:
        story += [PageBreak() if title == report.tables[-1][0] else Spacer(1, 6), _p(title, s["h2"]),
                  _table(header, rows, s["small"])]
    story += [_p(t("rep_method", report.lang), s["h2"])] + [_p(note, s["body"]) for note in report.notes]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title=report.title, author="Vigie")
    doc.build(story, onFirstPage=_footer(report), onLaterPages=_footer(report))
    return buffer.getvalue()


def _footer(report: Report):
    def draw(canvas, doc) -> None:
        canvas.setFont(FONT, 7.5)
        canvas.drawString(2 * cm, 1.2 * cm, f"Vigie · {report.generated_at} · {doc.page}")
    return draw
