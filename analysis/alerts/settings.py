"""The settings of the alert rules, in one frozen value (the Alertes page lets users change them)."""
from __future__ import annotations

from dataclasses import dataclass

KINDS = ("volume_spike", "volume_drop", "disruption", "boycott_surge", "hostility_surge", "coordination",
         "claim_spread")
ALERT_COLUMNS = ["kind", "platform", "region", "party", "start", "end", "observed", "expected", "score",
                 "explanation"]


@dataclass(frozen=True)
class Settings:
    fdr: float = 0.01                 # false discovery rate across every series and time bin of a kind
    min_volume: int = 10              # posts observed (spike) or expected (drop) before a bin is tested
    min_ratio: float = 2.0            # observed at least this many times expected (or that many times fewer)
    lookback_days: int = 14           # the baseline: the same hours of the previous days
    min_history_days: int = 7         # no test before this much history
    bin_hours: int = 6                # volume and surges are counted per 6 hours
    min_silent_hours: int = 6         # a silence shorter than this is not a disruption
    min_expected_silence: float = 10  # posts that the silence should have held, at least
    min_surge_posts: int = 8          # boycott or hostile posts in a bin, at least
    min_group_accounts: int = 5       # a coordinated group worth an alert
    min_claim_posts: int = 10         # a claim worth an alert

    def __post_init__(self):
        if not 0 < self.fdr < 1:
            raise ValueError(f"alerts: fdr must be between 0 and 1, got {self.fdr}")
        if self.min_ratio < 1:
            raise ValueError(f"alerts: min_ratio must be at least 1, got {self.min_ratio}")
        if self.bin_hours not in (1, 2, 3, 4, 6, 8, 12, 24):
            raise ValueError(f"alerts: bin_hours must divide a day, got {self.bin_hours}")
        if self.min_history_days > self.lookback_days:
            raise ValueError("alerts: min_history_days cannot exceed lookback_days")
