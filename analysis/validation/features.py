"""What the learner reads of each text, computed once per text: the tone analyser's Batch (scores and
Readings, for the cues and the word tokens) and the raw n-gram counts. Cross-validation folds and the
final fit of `train` take row subsets of one Features instead of reading the same posts six times;
every column is a function of its own text only, so a subset equals the Features of the subset's texts.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix, vstack

from analysis.validation import cues, ngrams


@dataclass(frozen=True)
class Features:
    posts: cues.Batch
    counts: dict            # block -> raw hashed counts (csr, one row per text)

    def __len__(self) -> int:
        return len(self.posts.texts)

    def rows(self, index) -> "Features":
        """The Features of the texts at `index` (in that order)."""
        index = np.asarray(index, dtype=np.int64)
        posts = cues.Batch([self.posts.texts[i] for i in index], self.posts.tone_scores[index],
                           [self.posts.readings[i] for i in index])
        return Features(posts, {block: matrix[index] for block, matrix in self.counts.items()})


def of_texts(texts: list[str]) -> Features:
    posts = cues.batch(texts)
    return Features(posts, ngrams.counts(posts.texts, [r.words for r in posts.readings]))


def stacked_counts(first: Features, second: Features | None) -> dict[str, csr_matrix]:
    """Both sets' counts, one above the other (the corpus the IDF is learnt on)."""
    if second is None:
        return first.counts
    return {block: vstack([matrix, second.counts[block]], format="csr") for block, matrix in first.counts.items()}
