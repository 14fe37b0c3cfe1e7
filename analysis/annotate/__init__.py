"""Annotate: the pipeline over a batch of posts.

Every analyser is a module here: the matcher (one Aho-Corasick scan per text, `matcher`), text
helpers (`text`: the one accent fold and sentence splitter), context rules, language, parties,
regions, participation, topics; `per_text` runs them once per distinct text, `pipeline` spreads the
results to posts and writes them to the store.

Offers: annotate_frame(posts, actors) -> annotation frame; annotate_store(db, workers) -> summary;
VERSION (changes with any analyser, lexicon or model).
"""

__all__ = ["AnalyserError", "COLUMNS", "VERSION", "annotate_frame", "annotate_store"]


def __getattr__(name: str):
    """The pipeline (and the sentiment model it loads) is imported on first use, so that `text`, the fold
    and sentence splitter used by other stages, imports without it."""
    if name in __all__:
        from analysis.annotate import per_text, pipeline
        return getattr(per_text if name == "AnalyserError" else pipeline, name)
    raise AttributeError(f"module 'analysis.annotate' has no attribute {name!r}")
