"""Demo: the synthetic Mali 2020 campaign and its ground truth.

`templates` holds the post templates and slot values, `accounts` the synthetic accounts and actors list,
`text` fills templates and adds noise, `corpus` draws the whole corpus and writes it to a store.

Offers: build(n_posts, seed) -> DemoCorpus; write(db_path, n_posts, seed) -> summary.
"""
from analysis.demo.corpus import DemoCorpus, build, write

__all__ = ["DemoCorpus", "build", "write"]
