"""Charts of the early-warning pages: hostility over time, a claim against its rebuttals, an alert's
observed against expected. Tidy frames in, figures out; nothing is grouped here."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.charts.base import custom
from analysis.charts.colours import OKABE_ITO
from analysis.charts.overview import base_layout, event_marks

ROLE_COLOURS = {"claim": "#D55E00", "rebuttal": "#0072B2"}


def hostility_lines(tidy: pd.DataFrame, groups: list[str], title: str, y_title: str, events: list[dict],
                    lang: str = "fr") -> go.Figure:
    """Share of hostile posts per period, one line per group; customdata carries (group, period)."""
    traces = []
    for i, group in enumerate(groups):
        part = tidy[tidy["group"] == group]
        traces.append(go.Scatter(x=part["period"], y=part["share"], mode="lines+markers", name=str(group),
                                 line=dict(color=OKABE_ITO[(i + 1) % len(OKABE_ITO)]),
                                 customdata=custom(part["group"].astype(str), part["period"].astype(str),
                                                   part["hostile"]),
                                 hovertemplate="%{customdata[0]} · %{x|%d/%m} : %{y:.1%} (%{customdata[2]})"
                                               "<extra></extra>"))
    shapes, notes = event_marks(events, lang)
    layout = base_layout(title, shapes=shapes, annotations=notes)
    layout["yaxis"] = dict(layout["yaxis"], title=y_title, tickformat=".0%", rangemode="tozero")
    return go.Figure(data=traces, layout=layout)


def claim_curve(tidy: pd.DataFrame, labels: dict, title: str, y_title: str) -> go.Figure:
    """Running totals of claim posts and rebuttals on one time axis."""
    traces = [go.Scatter(x=part["time"], y=part["cumulative"], mode="lines", name=labels.get(role, role),
                         line=dict(color=ROLE_COLOURS.get(role, "#777777"), shape="hv"),
                         customdata=custom(part["n"]), hovertemplate="%{x|%d/%m %H:%M} : %{y} (+%{customdata[0]})"
                                                                     "<extra></extra>")
              for role, part in tidy.groupby("role", sort=True)]
    layout = base_layout(title)
    layout["yaxis"] = dict(layout["yaxis"], title=y_title, rangemode="tozero")
    return go.Figure(data=traces, layout=layout)


def observed_expected(tidy: pd.DataFrame, start, end, labels: dict, title: str) -> go.Figure:
    """Observed counts as bars, the baseline as a line, the alert's span shaded."""
    traces = [go.Bar(x=tidy["time"], y=tidy["observed"], name=labels["observed"], marker_color="#999999"),
              go.Scatter(x=tidy["time"], y=tidy["expected"], name=labels["expected"], mode="lines",
                         line=dict(color="#D55E00", width=2))]
    layout = base_layout(title, shapes=[dict(type="rect", xref="x", yref="paper", x0=start, x1=end, y0=0, y1=1,
                                             fillcolor="#F0E442", opacity=0.25, line=dict(width=0))])
    layout["bargap"] = 0.05
    return go.Figure(data=traces, layout=layout)
