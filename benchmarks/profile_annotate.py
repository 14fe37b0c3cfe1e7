"""Where annotation time goes: CPU seconds of each analyser over the distinct texts of a demo, one core.

Runs the stages of `per_text` one after the other on the same distinct texts (gazetteer scan and the analysers
reading it, language, tone, party tone, hostility), then the whole `annotate_frame`: what it spends beyond the
stages is the per-post part (spreading the values to posts, region, author party). Each stage's share is of
the stages' sum. vaderSentiment-fr on every post
is timed in the same run as the reference.

    python benchmarks/profile_annotate.py [--posts 100000] [--distinct]
"""
from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.annotate import per_text, pipeline  # noqa: E402
from analysis.demo import corpus as demo  # noqa: E402


def _cpu(work) -> tuple[float, object]:
    """CPU seconds of work() with the cyclic collector paused, as annotate runs it."""
    gc.disable()
    try:
        started = time.process_time()
        result = work()
        return time.process_time() - started, result
    finally:
        gc.enable()


def stage_seconds(posts, actors) -> tuple[dict[str, float], float]:
    """CPU seconds per stage, in the order annotate runs them (shipped analysers, no trained model), and
    those of the whole annotate_frame."""
    models = per_text.NO_MODELS
    seconds = {}
    seconds["distinct_texts"], (codes, texts) = _cpu(lambda: pipeline.distinct_texts(posts))
    seconds["gazetteer"], (fields, scans) = _cpu(lambda: per_text._gazetteer_fields(texts))
    seconds["language"], _ = _cpu(lambda: per_text._language(texts))
    seconds["sentiment"], (score, _) = _cpu(lambda: per_text._sentiment(texts, models))
    seconds["party_tone"], _ = _cpu(lambda: per_text._tones(texts, scans, fields["parties"], score,
                                                            per_text._scorer(models)))
    seconds["hostility"], _ = _cpu(lambda: per_text._hostility(texts, models))
    per_text.clear_memo()
    whole, _ = _cpu(lambda: pipeline.annotate_frame(posts, actors))
    # what annotate_frame spends beyond the stages: spreading to posts, regions, author party, assembling
    seconds["per_post_and_rest"] = max(0.0, whole - sum(seconds.values()))
    return seconds, whole


def vader_seconds(texts: list[str]) -> float:
    from vaderSentiment_fr.vaderSentiment import SentimentIntensityAnalyzer
    analyzer = SentimentIntensityAnalyzer()
    seconds, _ = _cpu(lambda: [analyzer.polarity_scores(text) for text in texts])
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=100000)
    parser.add_argument("--distinct", action="store_true", help="every post its own text (demo --distinct)")
    args = parser.parse_args()
    corpus = demo.build(args.posts, 0, distinct=args.distinct)
    pipeline.annotate_frame(corpus.posts.head(200), corpus.actors)     # load lexicons, models, automaton
    per_text.clear_memo()
    seconds, whole = stage_seconds(corpus.posts, corpus.actors)
    total = sum(seconds.values())
    vader = vader_seconds(corpus.posts["text"].astype(str).tolist())
    print(json.dumps({"posts": args.posts, "distinct": args.distinct,
                      "distinct_texts": int(corpus.posts["text"].nunique()),
                      "cpu_seconds": {k: round(v, 2) for k, v in seconds.items()},
                      "shares": {k: round(v / total, 3) for k, v in seconds.items()},
                      "annotate_frame_cpu_s": round(whole, 2), "vader_fr_cpu_s": round(vader, 2),
                      "ratio_vs_vader_cpu": round(vader / whole, 2)}))


if __name__ == "__main__":
    main()
