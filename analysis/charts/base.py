"""Pieces shared by the page charts: small-multiple grids with campaign events on every panel."""
from __future__ import annotations

import math

import numpy as np

import plotly.graph_objects as go

from analysis.charts.overview import FONT
from analysis.charts.colours import OKABE_ITO, TOL_MUTED
from analysis.gazetteer import region_names


def custom(*columns) -> np.ndarray:
    """customdata as one object array (plotly checks a numpy array at once, a list of tuples item by item)."""
    return np.column_stack([np.asarray(c, dtype=object) for c in columns]) if len(columns[0]) else \
        np.empty((0, len(columns)), dtype=object)


def region_colors() -> dict[str, str]:
    """One fixed colour per region (gazetteer order), so a region keeps its colour whatever the filters."""
    palette = [c for c in OKABE_ITO + TOL_MUTED if c not in ("#000000", "#F0E442")]
    return dict(zip(region_names(), palette))


def grid_layout(names: list[str], title: str, cols: int = 3, row_height: int = 210, y_axis: dict | None = None) -> dict:
    """Layout of a grid of small multiples titled by names, x axes matched so the campaign lines up.

    Built as one layout dict, y_axis settings included (make_subplots, add_trace per panel and
    update_yaxes each re-validate the figure: several times slower on every re-run).
    """
    cols = max(1, min(cols, len(names)))
    rows = max(1, math.ceil(len(names) / cols))
    gap_x, gap_y = 0.04, min(0.12, 0.5 / rows)
    width, height = (1 - gap_x * (cols - 1)) / cols, (1 - gap_y * (rows - 1)) / rows
    layout = dict(title=title, height=90 + row_height * rows, font=FONT, plot_bgcolor="white", showlegend=False,
                  margin=dict(l=50, r=20, t=80, b=40), hovermode="closest", annotations=[])
    for i, name in enumerate(names):
        row, col = cell(i, cols)
        x0 = round((col - 1) * (width + gap_x), 6)
        y1 = round(1 - (row - 1) * (height + gap_y), 6)
        k = "" if i == 0 else str(i + 1)
        grid = dict(showgrid=True, gridcolor="#EEEEEE")
        layout[f"xaxis{k}"] = dict(domain=[x0, min(1.0, round(x0 + width, 6))], anchor=f"y{k}", **grid,
                                   **({} if i == 0 else {"matches": "x"}), showticklabels=row == rows or
                                   i + cols >= len(names))
        layout[f"yaxis{k}"] = dict(domain=[max(0.0, round(y1 - height, 6)), y1], anchor=f"x{k}", **grid,
                                   showticklabels=col == 1, **(y_axis or {}))
        layout["annotations"].append(dict(text=f"<b>{name}</b>", x=x0 + width / 2, y=y1, xref="paper", yref="paper",
                                          xanchor="center", yanchor="bottom", showarrow=False))
    return layout


def cell(i: int, cols: int) -> tuple[int, int]:
    return i // cols + 1, i % cols + 1


def axes(i: int) -> dict:
    """xaxis/yaxis references of panel i (0-based) for a trace."""
    k = "" if i == 0 else str(i + 1)
    return {"xaxis": f"x{k}", "yaxis": f"y{k}"}


def event_shapes(events: list[dict], n_panels: int, cols: int = 3) -> list[dict]:
    """Dotted event lines down each column of panels (x axes are matched): one per column and event."""
    return [dict(type="line", xref=f"x{'' if k == 0 else k + 1}", yref="paper", x0=e["date"], x1=e["date"], y0=0,
                 y1=1, line=dict(color="#999999", width=1, dash="dot"))
            for k in range(min(cols, n_panels)) for e in events]


def event_markers(events: list[dict], lang: str = "fr", y: float = 1.0) -> go.Scatter:
    """Triangles at the top of the first panel whose hover gives each event's label."""
    labels = [f"{i} · " + (e["label_en"] if lang == "en" else e["label_fr"]) for i, e in enumerate(events, start=1)]
    return go.Scatter(x=[e["date"] for e in events], y=[y] * len(events), mode="markers",
                      marker=dict(symbol="triangle-down", size=8, color="#777777"), text=labels,
                      hovertemplate="%{x|%d/%m/%Y} : %{text}<extra></extra>", name="events",
                      customdata=[["__event__"]] * len(events))
