"""Tidy frame -> plotly Figure, one function per chart; no group-by in here.

Figures are built in one go from plain dicts and numpy arrays: plotly validates a whole figure far
faster than a series of update_layout() calls (this keeps a page re-run under 0.5 s at 1M posts).
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis.charts.colours import color_map

FONT = dict(family="DejaVu Sans, Arial, sans-serif", size=14)
GRID = dict(showgrid=True, gridcolor="#EEEEEE")


def base_layout(title: str, height: int = 420, **extra) -> dict:
    """The common layout: title, font, horizontal legend on top, light grid, day/month dates."""
    return dict(title=title, height=height, font=FONT, margin=dict(l=40, r=20, t=60, b=40),
                legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0), hovermode="closest",
                plot_bgcolor="white", xaxis=dict(GRID), yaxis=dict(GRID), **extra)


def event_label(event: dict, lang: str = "fr") -> str:
    return event["label_en"] if lang == "en" else event["label_fr"]


def event_legend(events: list[dict], lang: str = "fr") -> str:
    """The key of the numbered marks, one line per event (shown under the chart)."""
    return "  \n".join(f"**{i}** · {e['date'][8:10]}/{e['date'][5:7]} : {event_label(e, lang)}"
                       for i, e in enumerate(events, start=1))


def event_marks(events: list[dict], lang: str = "fr") -> tuple[list[dict], list[dict]]:
    """Campaign events as dotted lines with a small numbered box at the top (its full label on hover); the
    numbers are staggered on two heights so events a day apart never overlap, and event_legend() gives the key."""
    shapes, notes = [], []
    for i, event in enumerate(events, start=1):
        shapes.append(dict(type="line", xref="x", yref="paper", x0=event["date"], x1=event["date"], y0=0, y1=1,
                           line=dict(color="#777777", width=1, dash="dot")))
        notes.append(dict(x=event["date"], xref="x", yref="paper", y=1 if i % 2 else 0.92, text=str(i),
                          showarrow=False, font=dict(size=11, color="#333333"), bgcolor="white",
                          bordercolor="#777777", borderwidth=1, borderpad=2, xanchor="center", yanchor="top",
                          hovertext=f"{event['date'][8:10]}/{event['date'][5:7]} : {event_label(event, lang)}"))
    return shapes, notes


def add_events(fig: go.Figure, events: list[dict], lang: str = "fr") -> go.Figure:
    """Adds event marks to an existing figure in one layout update."""
    shapes, notes = event_marks(events, lang)
    fig.update_layout(shapes=list(fig.layout.shapes or ()) + shapes,
                      annotations=list(fig.layout.annotations or ()) + notes)
    return fig


def stacked_volume(tidy: pd.DataFrame, group: str, colors: dict, title: str, events: list[dict] | None = None,
                   labels: dict | None = None, lang: str = "fr") -> go.Figure:
    """Posts per day as stacked bars, one colour per group (tidy: day, group, n)."""
    cmap = color_map(tidy[group].unique(), colors)
    bars = [dict(type="bar", x=part["day"].to_numpy(), y=part["n"].to_numpy(),
                 name=(labels or {}).get(value, value), marker=dict(color=cmap[value]),
                 customdata=np.full((len(part), 1), value, dtype=object),
                 hovertemplate="%{x|%d/%m/%Y} : %{y} posts<extra>%{fullData.name}</extra>")
            for value, part in tidy.groupby(group, sort=True)]
    shapes, notes = event_marks(events or [], lang)
    layout = base_layout(title, barmode="stack", bargap=0.1, shapes=shapes, annotations=notes)
    layout["xaxis"]["tickformat"] = "%d/%m"
    return go.Figure(data=bars, layout=layout)


def horizontal_bars(tidy: pd.DataFrame, label: str, value: str, title: str, color: str = "#0072B2") -> go.Figure:
    bar = dict(type="bar", x=tidy[value].to_numpy(), y=tidy[label].astype(str).to_numpy(), orientation="h",
               marker=dict(color=color), hovertemplate="%{y} : %{x}<extra></extra>")
    layout = base_layout(title, height=max(300, 28 * len(tidy) + 80))
    layout["yaxis"]["autorange"] = "reversed"
    return go.Figure(data=[bar], layout=layout)


def _layout(fig: go.Figure, title: str, height: int = 420) -> go.Figure:
    """Applies base_layout to an existing figure (for charts built trace by trace)."""
    fig.update_layout(**base_layout(title, height))
    return fig
