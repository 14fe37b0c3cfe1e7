"""Annotate: the pipeline over a batch of posts.

Every analyser is a module here: the matcher (one Aho-Corasick scan per text: `automaton` holds the automaton,
`matcher` the shared scan over the gazetteer vocabularies), context rules,
language, parties, regions, participation, topics; `per_text` runs them on distinct texts, `distinct` once per
distinct text of a run (on several processes if asked), `pipeline` spreads the results to posts and writes them
to the store. The accent fold and sentence splitter they share
live one level up, in analysis/text.py. `trained` reads the models people trained on the validation desk
from the store: a field that has one (tone, participation) takes its values from it.

Offers: annotate_frame(posts, actors) -> annotation frame; annotate_store(db, workers) -> summary;
VERSION (changes with any analyser, lexicon or model; annotate_store adds the trained models in use);
AnalyserError.
"""
from analysis.annotate.per_text import AnalyserError
from analysis.annotate.pipeline import COLUMNS, VERSION, annotate_frame, annotate_store

__all__ = ["AnalyserError", "COLUMNS", "VERSION", "annotate_frame", "annotate_store"]
