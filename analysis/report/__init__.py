"""Report: a French (or English) report of one view of the corpus, as a PDF or one self-contained HTML file.

content.build_report gathers what the report says (period, filters, headline figures, tables, the sample of
posts, accuracy, method notes) from the filtered posts; figures draws the charts as PNG with matplotlib (offline,
no browser needed); pdf writes it with reportlab, html as one file with the images inlined. write_report picks
the format from the file name. Post text is escaped in both (never rendered as markup).
"""
from analysis.report.content import Report, build_report
from analysis.report.writer import FORMATS, render, write_report

__all__ = ["FORMATS", "Report", "build_report", "render", "write_report"]
