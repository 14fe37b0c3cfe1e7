"""Tidy frames for the Coordination page: filtered group lists, a group's timeline and accounts,
and a network layout. Pure pandas; the page only draws what these return."""
from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd

from analysis.coordination.groups import cascade_text
from analysis.frame import has_any


def filter_groups(groups: pd.DataFrame, categories=(), parties=(), platforms=()) -> pd.DataFrame:
    """Groups whose message carries one of the categories, one of the parties, and that reached one of
    the platforms (each filter ignored when empty); order kept (most accounts first)."""
    keep = pd.Series(True, index=groups.index)
    if categories:
        keep &= has_any(groups["participation"], categories)
    if parties:
        keep &= has_any(groups["parties"], parties)
    if platforms:
        keep &= groups["platforms"].map(lambda ps: bool(set(platforms).intersection(ps)))
    return groups[keep]


def visible_groups(ids: pd.Series, groups: pd.DataFrame, visible_index) -> pd.DataFrame:
    """Groups with at least one post among the posts the sidebar filters keep."""
    seen = set(ids.reindex(visible_index).dropna().astype(str)) - {""}
    return groups[groups["group_id"].isin(seen)]


def item_options(groups: pd.DataFrame, column: str) -> list[str]:
    values = groups[column].fillna("").astype(str).str.split(";").explode()
    return sorted(set(values) - {""})


def group_rows(groups: pd.DataFrame, platform_labels: dict, category_labels: dict) -> pd.DataFrame:
    """Display table of groups, one row each, plain values (French column keys resolved by the page)."""
    def cats(value: str) -> str:
        return ", ".join(category_labels.get(c, c) for c in value.split(";") if c)

    return pd.DataFrame({
        "group_id": groups["group_id"], "n_accounts": groups["n_accounts"], "n_posts": groups["n_posts"],
        "cascade": groups["cascade"].map(lambda c: cascade_text([(platform_labels.get(p, p), t) for p, t in c])),
        "first_seen": groups["first_seen"], "duration_minutes": groups["duration_minutes"],
        "participation": groups["participation"].fillna("").map(cats),
        "parties": groups["parties"].fillna("").str.replace(";", ", "),
        "sentiment": groups["sentiment"].astype(float).round(2),
        "sample_text": groups["sample_text"].astype(str).str.slice(0, 200),
    }).reset_index(drop=True)


def group_posts(posts: pd.DataFrame, ids: pd.Series, group_id: str) -> pd.DataFrame:
    """The posts of one group, oldest first."""
    chosen = posts.loc[ids.index[ids.eq(group_id).to_numpy()]]
    return chosen.sort_values("created_at", kind="stable")


def timeline(chosen: pd.DataFrame, names: pd.Series) -> pd.DataFrame:
    """One row per post: time, platform, displayed author, minutes since the first copy."""
    first = chosen["created_at"].min()
    return pd.DataFrame({"created_at": chosen["created_at"].to_numpy(), "platform": chosen["platform"].astype(str).to_numpy(),
                         "author": np.asarray(names),
                         "minutes": ((chosen["created_at"] - first).dt.total_seconds() / 60).round(1).to_numpy()})


def accounts(chosen: pd.DataFrame, names: pd.Series, platform_labels: dict | None = None) -> pd.DataFrame:
    """One row per account of a group: displayed name, posts, platforms, first and last post."""
    platforms = chosen["platform"].astype(str).map(lambda p: (platform_labels or {}).get(p, p))
    frame = pd.DataFrame({"author": np.asarray(names), "platform": platforms.to_numpy(),
                          "created_at": chosen["created_at"].to_numpy()})
    by = frame.groupby("author", sort=False)
    return pd.DataFrame({"posts": by.size(), "platforms": by["platform"].agg(lambda s: ", ".join(pd.unique(s))),
                         "first": by["created_at"].min(), "last": by["created_at"].max()}) \
        .reset_index().sort_values(["first", "author"]).reset_index(drop=True)


MAX_LAYOUT_EDGES = 1500  # a force layout of more ties takes seconds and is unreadable anyway


def network_layout(edges: pd.DataFrame, network_ids, seed: int = 7) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(nodes: account, network_id, degree, x, y; segments: x, y with None breaks) for the chosen networks;
    beyond MAX_LAYOUT_EDGES ties only the strongest are drawn (the page says so)."""
    chosen = edges[edges["network_id"].isin(list(network_ids))]
    if len(chosen) > MAX_LAYOUT_EDGES:
        chosen = chosen.nlargest(MAX_LAYOUT_EDGES, "weight")
    graph = nx.Graph()
    for a, b, w, net in chosen[["account_a", "account_b", "weight", "network_id"]].itertuples(index=False):
        graph.add_edge(a, b, weight=float(w))
        graph.nodes[a]["network_id"] = graph.nodes[b]["network_id"] = net
    if not graph.number_of_nodes():
        return pd.DataFrame(columns=["account", "network_id", "degree", "x", "y"]), pd.DataFrame(columns=["x", "y"])
    pos = nx.spring_layout(graph, seed=seed, weight="weight", k=1.5 / np.sqrt(graph.number_of_nodes()), iterations=40)
    nodes = pd.DataFrame({"account": list(graph.nodes), "network_id": [graph.nodes[n]["network_id"] for n in graph.nodes],
                          "degree": [graph.degree(n) for n in graph.nodes],
                          "x": [pos[n][0] for n in graph.nodes], "y": [pos[n][1] for n in graph.nodes]})
    xs, ys = [], []
    for a, b in graph.edges:
        xs += [pos[a][0], pos[b][0], None]
        ys += [pos[a][1], pos[b][1], None]
    return nodes, pd.DataFrame({"x": xs, "y": ys})
