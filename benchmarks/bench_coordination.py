"""Speed of coordination detection at 100k, 300k and 1M posts, and how cost grows with size.

Posts are generated in-script: organic posts of random words (mostly distinct texts), frequent
short phrases, and coordinated bursts (about 5% of posts) copied with small variations by 5-30
accounts within 40 minutes, some carrying a shared link.

    .venv/bin/python benchmarks/bench_coordination.py [--sizes 100000 300000 1000000] [--colink]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from analysis import coordination  # noqa: E402

SHORT = ["Vive le Mali", "Amen", "Bonjour à tous", "I ni ce", "Inch'Allah", "Merci beaucoup"]
START = pd.Timestamp("2020-02-20", tz="UTC").value // 10**9


def _vocabulary(rng: np.random.Generator, size: int = 30000) -> np.ndarray:
    letters = np.array(list("abcdefghijklmnopqrstuvwxyzéè"))
    lengths = rng.integers(2, 11, size)
    return np.array(["".join(rng.choice(letters, n)) for n in lengths], dtype=object)


def _organic(rng: np.random.Generator, vocab: np.ndarray, n: int) -> list[str]:
    lengths = rng.integers(4, 45, n)
    words = vocab[np.minimum(rng.zipf(1.3, lengths.sum()) - 1, len(vocab) - 1)]
    ends = np.cumsum(lengths)
    texts = [" ".join(words[e - k:e]) for e, k in zip(ends, lengths)]
    short = rng.random(n) < 0.1
    for i in np.flatnonzero(short):
        texts[i] = SHORT[i % len(SHORT)]
    return texts


def _campaigns(rng: np.random.Generator, vocab: np.ndarray, n: int, n_accounts: int) -> pd.DataFrame:
    rows, made, c = [], 0, 0
    while made < n:
        size = int(rng.integers(5, 31))
        base = " ".join(vocab[rng.integers(0, len(vocab), int(rng.integers(25, 50)))])
        start = START + int(rng.integers(0, 85 * 86400))
        for k, account in enumerate(rng.choice(n_accounts, size, replace=False)):
            text = base if k % 3 else f"Transféré : {base.upper()} 🇲🇱"
            rows.append((f"u{account}", start + int(rng.integers(0, 2400)), text,
                         f"https://site.example/c{c}" if c % 2 else None))
        made, c = made + size, c + 1
    return pd.DataFrame(rows[:n], columns=["author_id", "t", "text", "url"])


def make_posts(n: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    vocab = _vocabulary(rng)
    n_accounts = max(1000, n // 8)
    n_camp = n // 20
    organic = pd.DataFrame({"author_id": "u" + pd.Series(rng.integers(0, n_accounts, n - n_camp)).astype(str),
                            "t": START + rng.integers(0, 85 * 86400, n - n_camp),
                            "text": _organic(rng, vocab, n - n_camp)})
    organic["url"] = np.where(rng.random(len(organic)) < 0.2,
                              "https://news.example/a" + pd.Series(rng.integers(0, n // 10, len(organic))).astype(str),
                              None)
    posts = pd.concat([organic, _campaigns(rng, vocab, n_camp, n_accounts)], ignore_index=True)
    posts["created_at"] = pd.to_datetime(posts.pop("t"), unit="s", utc=True)
    posts["platform"] = np.array(["facebook", "twitter", "whatsapp", "telegram"], dtype=object)[rng.integers(0, 4, n)]
    posts["post_id"] = posts["platform"] + ":" + pd.Series(np.arange(n)).astype(str)
    return posts


def _time(fn) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds of this process, result): on a shared machine the CPU figure is the
    one to compare; the wall figure is what a user waits."""
    started, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - started, time.process_time() - cpu, out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000, 1_000_000])
    parser.add_argument("--colink", action="store_true", help="also time co-link networks")
    args = parser.parse_args()
    results = {}
    for n in args.sizes:
        posts = make_posts(n)
        seconds, cpu, (_, groups) = _time(lambda: coordination.find_groups(posts))
        line = (f"find_groups  n={n:>9,}  wall {seconds:6.2f} s  cpu {cpu:6.2f} s  {n / seconds:>9,.0f} posts/s"
                f"  groups={len(groups)}")
        if args.colink:
            link_s, link_cpu, res = _time(lambda: coordination.colink_networks(posts))
            line += (f"  | colink wall {link_s:6.2f} s cpu {link_cpu:6.2f} s (interval {res.interval_seconds:.0f} s,"
                     f" networks {len(res.networks)})")
        print(line, flush=True)
        results[n] = cpu
    sizes = sorted(results)
    for small, big in zip(sizes, sizes[1:]):
        ratio = results[big] / results[small]
        print(f"scaling {small:,} -> {big:,}: size x{big / small:.1f}, cpu time x{ratio:.2f}")


if __name__ == "__main__":
    main()
