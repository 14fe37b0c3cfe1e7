"""Charts: tidy frame -> plotly Figure, one function per chart, no group-by inside.

base (fonts, layout, event marks, shared helpers), colours (fixed colour-blind-safe palettes), overview,
tone, topics, participation, parties, map (offline choropleths), coordination.
"""
from analysis.charts import base, colours, coordination, map, overview, participation, parties, tone, topics

__all__ = ["base", "colours", "coordination", "map", "overview", "participation", "parties", "tone", "topics"]
