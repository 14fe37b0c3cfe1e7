"""Participation page charts: categories over the campaign, turnout beside online mobilisation."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.charts.overview import _layout, add_events
from analysis.charts.base import custom
from analysis.charts.colours import PARTICIPATION_COLORS, color_map


def category_lines(tidy: pd.DataFrame, value: str, labels: dict, title: str, events: list[dict] | None = None,
                   lang: str = "fr", y_title: str = "") -> go.Figure:
    """One line per participation category (tidy: period, participation, n, posts, share); value 'n' or 'share'."""
    cmap = color_map(tidy["participation"].unique(), PARTICIPATION_COLORS)
    shown = ".1%" if value == "share" else ",d"
    traces = []
    for category, part in tidy.groupby("participation", sort=True):
        traces.append(go.Scatter(
            x=part["period"], y=part[value], name=labels.get(category, category), mode="lines+markers",
            line=dict(color=cmap[category], width=2), marker=dict(size=6),
            customdata=custom([category] * len(part), part["period"].dt.strftime("%Y-%m-%d"), part["n"]),
            hovertemplate=f"%{{fullData.name}}<br>%{{x|%d/%m/%Y}} : %{{y:{shown}}} (n = %{{customdata[2]}})"
                          "<extra></extra>"))
    fig = go.Figure(data=traces)
    _layout(fig, title, height=480)
    fig.update_xaxes(tickformat="%d/%m")  # day/month numbers: no English month names
    fig.update_yaxes(title=y_title, tickformat=".0%" if value == "share" else None, rangemode="tozero")
    fig.update_layout(legend=dict(orientation="v", x=1.02, y=1, yanchor="top"), margin=dict(r=200))
    return add_events(fig, events or [], lang)


def turnout_scatter(tidy: pd.DataFrame, title: str, x_title: str, y_title: str) -> go.Figure:
    """One labelled point per region (tidy: region, turnout, mobilisation, posts), size ~ posts."""
    biggest = max(1, int(tidy["posts"].max())) if len(tidy) else 1
    fig = go.Figure(go.Scatter(
        x=tidy["mobilisation"], y=tidy["turnout"], mode="markers+text", text=tidy["region"],
        textposition=label_positions(tidy), marker=dict(size=(10 + 25 * (tidy["posts"] / biggest) ** 0.5).tolist(),
                                               color="#0072B2", opacity=0.75, line=dict(color="#FFFFFF", width=1)),
        customdata=custom(tidy["region"], tidy["posts"]),
        hovertemplate="<b>%{customdata[0]}</b><br>%{x:.1f} % / %{y:.1f} %<br>n = %{customdata[1]}<extra></extra>"))
    _layout(fig, title, height=460)
    fig.update_xaxes(title=x_title, rangemode="tozero")
    fig.update_yaxes(title=y_title, range=[0, 100])
    return fig


def label_positions(tidy: pd.DataFrame) -> list[str]:
    """Text position per point: a label goes below, left or right when another point sits close above it,
    so neighbours (Ségou, Mopti, Sikasso, Koulikoro) do not print over each other."""
    xs, ys = tidy["mobilisation"].to_numpy(dtype=float), tidy["turnout"].to_numpy(dtype=float)
    x_span = max(float(xs.max()), 1e-9) if len(xs) else 1.0  # the x axis starts at zero
    taken = [(x / x_span, y) for x, y in zip(xs, ys)]  # labels keep off every dot as well
    order = sorted(range(len(xs)), key=lambda i: (-ys[i], xs[i]))
    choice = {}
    for i in order:
        for pos, dx, dy in (("top center", 0, 5), ("bottom center", 0, -5), ("middle right", 0.07, 0),
                            ("middle left", -0.07, 0), ("top right", 0.06, 5), ("bottom left", -0.06, -5)):
            spot = (xs[i] / x_span + dx, ys[i] + dy)
            if all(abs(spot[0] - a) > 0.09 or abs(spot[1] - b) > 4.5 for a, b in taken):
                break
        choice[i] = pos
        taken.append(spot)
    return [choice[i] for i in range(len(xs))]
