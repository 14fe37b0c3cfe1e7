"""The two corrections of a machine's class counts, from the validated posts (rows resampled for intervals).

- inversion (misclassification table, P(machine = j | true = i), the matrix form of Rogan-Gladen): the
  machine's shares q of a set of posts are q = p M, so p = q M^-1 (pseudo-inverse, clipped to shares).
  Exact in expectation whenever the machine errs alike in every part of the corpus, whatever each part's
  class mix: the right default for filtered views and groups (a party's posts are more negative than the
  corpus, the machine's errors are not).
- calibration (P(true = i | machine = j)): p = q C. Smaller intervals, but only right when the posts shown
  have the class mix of the validated sample (the whole corpus drawn at random); under another mix it
  pulls the shares toward the sample's.
Both tables give a class the validated posts never show an identity row (the machine is taken at its word).
"""
from __future__ import annotations

import numpy as np

METHODS = ("inversion", "calibration")


def table(pred: np.ndarray, truth: np.ndarray, weight: np.ndarray, k: int, method: str) -> np.ndarray:
    """k x k row-stochastic table: rows true classes (inversion) or machine classes (calibration)."""
    rows, cols = (truth, pred) if method == "inversion" else (pred, truth)
    counts = np.bincount(rows * k + cols, weights=weight, minlength=k * k).reshape(k, k)
    totals = counts.sum(axis=1, keepdims=True)
    out = np.where(totals > 0, counts / np.where(totals > 0, totals, 1), np.eye(k))
    return out / out.sum(axis=1, keepdims=True)


def tables(pred, truth, weight, k: int, method: str, rng: np.random.Generator, n_boot: int) -> np.ndarray:
    """(1 + n_boot) x k x k: the measured table, then one per resample of the validated posts."""
    picks = rng.integers(0, len(pred), size=(n_boot, len(pred)))
    boots = [table(pred[p], truth[p], weight[p], k, method) for p in picks]
    return np.stack([table(pred, truth, weight, k, method), *boots])


def _to_shares(values: np.ndarray) -> np.ndarray:
    values = np.clip(values, 0, None)
    total = values.sum(axis=-1, keepdims=True)
    return np.where(total > 0, values / np.where(total > 0, total, 1), 1.0 / values.shape[-1])


def _invert(stack: np.ndarray, q: np.ndarray) -> np.ndarray:
    """Shares p with p M = q for each table M of the stack (q one vector or one per table)."""
    inverse = np.linalg.pinv(np.transpose(stack, (0, 2, 1)))
    return np.einsum("bij,bj->bi", inverse, np.broadcast_to(q, stack.shape[:2]))


def inverted(m: np.ndarray, stack: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Point counts per true class, and per resampled table the counts with the finite-sample noise of the
    machine's own labels (the posts' labels drawn again from their estimated true classes)."""
    total = m.sum()
    if not total:
        return np.zeros(len(m)), np.zeros((len(stack) - 1, len(m)))
    q = m / total
    shares = _to_shares(_invert(stack, q))
    boots, boot_tables = shares[1:], stack[1:]
    true_counts = np.rint(boots * total).astype(np.int64)
    drawn = rng.multinomial(true_counts, boot_tables).sum(axis=1) / total
    expected = np.einsum("bi,bij->bj", true_counts / total, boot_tables)
    noisy = _to_shares(boots + _invert(boot_tables, drawn - expected))
    return shares[0] * total, noisy * total


def calibrated(m: np.ndarray, stack: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Point counts per true class, and per resampled table one multinomial draw of the true classes."""
    point = m @ stack[0]
    draws = rng.multinomial(np.broadcast_to(m, stack[1:].shape[:2]), stack[1:]).sum(axis=1)
    return point, draws.astype(float)


def corrected(m: np.ndarray, stack: np.ndarray, method: str, rng: np.random.Generator):
    return inverted(m, stack, rng) if method == "inversion" else calibrated(m, stack, rng)
