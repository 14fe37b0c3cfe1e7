"""Aggregate: tidy group-bys that feed the charts, one module per page family.

overview (volumes, headline figures), codes and lists (fast counting helpers), timeline (days, periods,
events), tone, topics, participation, parties, map, posts (the posts behind a figure), coordination,
climate (hostility over time), claims (a rumour's curve, cascade, accounts), alerts (the alert feed).
Pure pandas/numpy; nothing here draws or reads the store. The twins cube (overview), cube_tone, cube_lists (topics,
participation), cube_pages (parties, map, climate) and cube_parties (the party comparison's summary, mixes and
accounts) give the same figures by SQL over the store's aggregate
tables, through a query function they are handed (analysis/store_aggregates.py).
"""
from analysis.aggregate import (alerts, claims, climate, codes, coordination, cube, cube_lists, cube_pages,
                                cube_parties, cube_tone, lists, map, overview, participation, parties, posts, timeline, tone, topics)

__all__ = ["alerts", "claims", "climate", "codes", "coordination", "cube", "cube_lists", "cube_pages", "cube_parties", "cube_tone", "lists", "map", "overview", "participation",
           "parties", "posts", "timeline", "tone", "topics"]
