"""A linear model's scores read block by block: the logits of [A | B | C] @ W are A @ W_a + B @ W_b + C @ W_c,
so scoring never builds the side-by-side design matrix (scipy stacks sparse blocks side by side through a
full re-sort of every entry, which cost more than the products themselves)."""
from __future__ import annotations

import numpy as np


def weights_by_block(coef: np.ndarray, widths: list[int]) -> list[np.ndarray]:
    """coef.T (features x classes) cut into consecutive row blocks of `widths`, in float64."""
    edges = np.cumsum([0] + list(widths))
    if edges[-1] != coef.shape[1]:
        raise ValueError(f"blocks of {edges[-1]} columns for weights over {coef.shape[1]}")
    weights = coef.T.astype(np.float64)
    return [np.ascontiguousarray(weights[a:b]) for a, b in zip(edges[:-1], edges[1:])]


def logits(blocks, weights: list[np.ndarray], intercept: np.ndarray) -> np.ndarray:
    """sum of block @ weights (blocks: sparse or dense, n rows each, multiplied in float64) plus intercept."""
    if len(blocks) != len(weights):
        raise ValueError(f"{len(blocks)} blocks for {len(weights)} weight blocks")
    total = np.zeros((blocks[0].shape[0], weights[0].shape[1])) if blocks else np.zeros((0, 0))
    for block, block_weights in zip(blocks, weights):
        total += np.asarray(block.astype(np.float64) @ block_weights)
    return total + intercept


def probabilities(logits_: np.ndarray, multi_label: bool) -> np.ndarray:
    """Sigmoid per class (multi-label), two-class sigmoid (one logit column) or softmax. A logit beyond
    about -709 overflows exp to inf, which gives the right limit (0), so that warning is not raised."""
    with np.errstate(over="ignore"):
        return _probabilities(logits_, multi_label)


def _probabilities(logits_: np.ndarray, multi_label: bool) -> np.ndarray:
    if multi_label:
        return 1.0 / (1.0 + np.exp(-logits_))
    if logits_.shape[1] == 1:
        positive = 1.0 / (1.0 + np.exp(-logits_[:, 0]))
        return np.column_stack([1.0 - positive, positive])
    shifted = logits_ - logits_.max(axis=1, keepdims=True)
    expd = np.exp(shifted)
    return expd / expd.sum(axis=1, keepdims=True)
