"""Coordination: copy-paste campaigns and co-link networks.

`normalise` turns texts and URLs into comparable forms, `minhash` finds near-duplicate texts (MinHash +
LSH in numpy), `bursts` keeps those posted by several accounts within a time window, `colink` finds
accounts sharing the same links, `groups` ties them together.

Offers: find_groups(posts) -> (post -> group id, group table), groups_from_ids(posts, stored),
text_clusters(texts), colink_networks(posts), cascade_text(cascade), pairwise_scores, MIN_INFORMATION.
"""
from analysis.coordination.colink import ColinkResult, colink_networks
from analysis.coordination.groups import (GROUP_COLUMNS, MIN_INFORMATION, cascade_text, find_groups, groups_from_ids,
                                          organic_only_groups, pairwise_scores, text_clusters)

__all__ = ["ColinkResult", "colink_networks", "GROUP_COLUMNS", "MIN_INFORMATION", "cascade_text", "find_groups",
           "groups_from_ids", "organic_only_groups", "pairwise_scores", "text_clusters"]
