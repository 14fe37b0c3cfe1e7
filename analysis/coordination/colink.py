"""Co-link sharing networks, after CooRnet (Giglietto, Righetti, Rossi, Marino).

1. The coordination interval is estimated from the data: among links shared at least twice, take
   the 10% that reach their second share fastest; the interval is the median time those links
   take to reach half of their shares (at least their second share).
2. Two accounts are linked when they share the same link within that interval of each other; the
   edge weight is the number of distinct links they shared together that way.
3. Only edges at or above the 90th percentile of weight are kept; the connected components of
   what remains are the networks.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from analysis.coordination.normalise import canonical_urls

FASTEST_SHARE = 0.10
HALF_SHARES = 0.50
EDGE_PERCENTILE = 0.90
MAX_PARTNERS = 1000
EDGE_COLUMNS = ["account_a", "account_b", "weight", "network_id"]
NETWORK_COLUMNS = ["network_id", "n_accounts", "n_edges", "accounts", "n_links", "links", "platforms",
                   "first_seen", "last_seen"]


@dataclass
class ColinkResult:
    interval_seconds: float            # estimated coordination interval (nan without repeated links)
    weight_threshold: float            # edges kept at or above this weight
    n_links: int                       # distinct links shared at least twice
    n_shares: int                      # posts carrying a link
    edges: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=EDGE_COLUMNS))
    networks: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=NETWORK_COLUMNS))
    all_edges: int = 0                 # edges before the percentile cut

    @property
    def components(self) -> pd.DataFrame:
        return self.networks


def _shares(posts: pd.DataFrame) -> pd.DataFrame:
    """One row per post carrying a link, sorted by (link, time); t in epoch seconds."""
    if "url" not in posts.columns or not len(posts):
        return pd.DataFrame({"link": [], "account": [], "t": np.zeros(0), "platform": [], "post": np.zeros(0, int)})
    links = canonical_urls(posts["url"].to_numpy(dtype=object))
    times = pd.to_datetime(posts["created_at"], utc=True).astype("datetime64[ns, UTC]")
    frame = pd.DataFrame({"link": links, "account": posts["author_id"].astype(object).fillna("").to_numpy(),
                          "t": times.astype("int64").to_numpy() / 1e9,
                          "platform": posts["platform"].astype(str).to_numpy(), "post": np.arange(len(posts))})
    frame = frame[(frame["link"] != "") & (frame["account"] != "")]
    return frame.sort_values(["link", "t"], kind="stable").reset_index(drop=True)


def estimate_interval(shares: pd.DataFrame, fastest: float = FASTEST_SHARE, half: float = HALF_SHARES) -> float:
    """CooRnet's coordination interval in seconds (nan when no link is shared twice)."""
    seconds = shares["t"].to_numpy(dtype=float)
    codes, _ = pd.factorize(shares["link"])
    counts = np.bincount(codes) if len(codes) else np.zeros(0, dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
    repeated = np.flatnonzero(counts >= 2)
    if not len(repeated):
        return float("nan")
    first = seconds[starts[repeated]]
    to_second = seconds[starts[repeated] + 1] - first
    fast = repeated[to_second <= np.quantile(to_second, fastest)]
    rank = np.maximum(np.ceil(counts[fast] * half).astype(np.int64), 2) - 1
    return float(np.median(seconds[starts[fast] + rank] - seconds[starts[fast]]))


def _co_shares(shares: pd.DataFrame, interval: float) -> pd.DataFrame:
    """Pairs of distinct accounts sharing one link within `interval` seconds: (a, b, link) codes."""
    link = pd.factorize(shares["link"])[0].astype(np.int64)
    account = pd.factorize(shares["account"])[0].astype(np.int64)
    t = shares["t"].to_numpy(dtype=float) - shares["t"].min()
    key = link * (t.max() + interval + 1.0) + t     # links never overlap in this key
    ends = np.searchsorted(key, key + interval, side="right")
    # A link shared by thousands of accounts within one interval would give millions of pairs; each
    # share is paired with at most MAX_PARTNERS following shares, which still ties such accounts.
    partners = np.minimum(ends - np.arange(len(key)) - 1, MAX_PARTNERS)
    left = np.repeat(np.arange(len(key)), partners)
    step = np.arange(len(left)) - np.repeat(np.cumsum(partners) - partners, partners) + 1
    right = left + step
    a, b = account[left], account[right]
    pairs = pd.DataFrame({"a": np.minimum(a, b), "b": np.maximum(a, b), "link": link[left]})[a != b]
    return pairs.drop_duplicates()


def colink_networks(posts: pd.DataFrame, interval_seconds: float | None = None,
                    percentile: float = EDGE_PERCENTILE) -> ColinkResult:
    """Networks of accounts that repeatedly share the same links within the coordination interval."""
    shares = _shares(posts)
    n_links = int((shares["link"].value_counts() >= 2).sum()) if len(shares) else 0
    interval = estimate_interval(shares) if interval_seconds is None else float(interval_seconds)
    result = ColinkResult(interval, float("nan"), n_links, len(shares))
    if not n_links or not np.isfinite(interval):
        return result
    pairs = _co_shares(shares, interval)
    if not len(pairs):
        return result
    weights = pairs.groupby(["a", "b"]).size().rename("weight").reset_index()
    result.all_edges = len(weights)
    result.weight_threshold = float(np.quantile(weights["weight"], percentile))
    kept = weights[weights["weight"] >= result.weight_threshold].reset_index(drop=True)
    names = pd.factorize(shares["account"])[1].astype(str)
    result.edges, result.networks = _networks(kept, names, shares, pairs)
    return result


def _networks(kept: pd.DataFrame, names: np.ndarray, shares: pd.DataFrame, pairs: pd.DataFrame):
    """Connected components of the kept edges, largest first, with what they shared."""
    nodes = np.unique(kept[["a", "b"]].to_numpy())
    local = np.searchsorted(nodes, kept[["a", "b"]].to_numpy())
    graph = coo_matrix((np.ones(len(kept)), (local[:, 0], local[:, 1])), shape=(len(nodes), len(nodes)))
    comp = connected_components(graph, directed=False)[1]
    sizes = np.bincount(comp)
    rank = np.empty_like(sizes)
    rank[np.lexsort((np.arange(len(sizes)), -sizes))] = np.arange(len(sizes))
    node_net = np.array([f"R{r + 1:03d}" for r in rank[comp]], dtype=object)
    edges = pd.DataFrame({"account_a": names[kept["a"]], "account_b": names[kept["b"]],
                          "weight": kept["weight"].to_numpy(), "network_id": node_net[local[:, 0]]})
    members = pd.DataFrame({"account": names[nodes], "network_id": node_net})
    # Links of a network: those behind its kept ties; its shares: members sharing those links.
    linked = pairs.merge(kept[["a", "b"]], on=["a", "b"])
    linked = pd.DataFrame({"network_id": node_net[np.searchsorted(nodes, linked["a"].to_numpy())],
                           "link": pd.factorize(shares["link"])[1].astype(str)[linked["link"].to_numpy()]}).drop_duplicates()
    mine = shares.merge(members, on="account").merge(linked, on=["network_id", "link"])
    by = mine.sort_values("t").groupby("network_id")
    table = pd.DataFrame({
        "n_accounts": members.groupby("network_id").size(), "n_edges": edges.groupby("network_id").size(),
        "accounts": members.groupby("network_id")["account"].agg(tuple),
        "n_links": linked.groupby("network_id").size(),
        "links": linked.groupby("network_id")["link"].agg(lambda s: tuple(s.iloc[:20])),
        "platforms": by["platform"].agg(lambda s: tuple(pd.unique(s))),
        "first_seen": pd.to_datetime(by["t"].min(), unit="s", utc=True),
        "last_seen": pd.to_datetime(by["t"].max(), unit="s", utc=True)}).rename_axis("network_id").reset_index()
    table = table.sort_values(["n_accounts", "network_id"], ascending=[False, True])[NETWORK_COLUMNS]
    return edges.sort_values(["network_id", "weight"], ascending=[True, False]).reset_index(drop=True), \
        table.reset_index(drop=True)
