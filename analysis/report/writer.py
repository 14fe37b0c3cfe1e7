"""Writing a Report to a file: the format from the extension (.pdf or .html)."""
from __future__ import annotations

from pathlib import Path

from analysis.report import html, pdf
from analysis.report.content import Report

FORMATS = {".pdf": pdf.render, ".html": html.render, ".htm": html.render}


def render(report: Report, fmt: str) -> bytes:
    """The report as bytes, fmt 'pdf' or 'html'."""
    key = f".{fmt.lower().lstrip('.')}"
    if key not in FORMATS:
        raise ValueError(f"report format {fmt!r}: choose .pdf or .html")
    return FORMATS[key](report)


def write_report(report: Report, out: str | Path) -> dict:
    path = Path(out)
    if path.suffix.lower() not in FORMATS:
        raise ValueError(f"{path}: the report file must end in .pdf or .html")
    data = render(report, path.suffix)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return {"out": str(path), "format": path.suffix.lower().lstrip("."), "bytes": len(data)}
