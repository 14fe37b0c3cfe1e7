"""Party tone in a batch (per_text._tones: sentences normalised once, shared parties.tone calls) equals the tone of
each post worked out on its own, sentence by sentence, and does not depend on the other posts of the batch."""
from analysis import sentiment
from analysis.annotate import matcher, parties, per_text
from analysis.demo import corpus as demo
from analysis.schema import join_map
from analysis.text import normalize, sentences

HAND = ["Bravo à l'URD pour sa campagne. Honte au RPM et à ses magouilles !",
        "Honte au RPM et à ses magouilles ! Bravo à l'URD pour sa campagne.",
        "Honte au RPM et à ses magouilles ! Les Tisserands ont tenu leur meeting. Quelle fraude.",
        "Les Tisserands ont tenu leur meeting. Honte au RPM et à ses magouilles !",
        "Le vote a lieu dimanche. Rien à dire.\nL'URD et l'ADEMA présentent leurs listes.",
        "Bravo à l'URD pour sa campagne.", "Bravo à l'URD pour sa campagne. Vive le Mali !",
        "Le soleil brille. Il fait chaud.", "d'ADEMA à l'URD. Soumaïla Cissé enlevé, quelle honte."]


def _alone(text: str) -> str:
    """One post's party tone, written plainly: the sentences naming a party by one of its terms, each scored."""
    scan = matcher.scan(text)
    names, score = parties.from_scan(scan), sentiment.score(text)
    parts = sentences(text)
    if not names or len(parts) <= 1:
        return join_map({name: score for name in names})
    terms = {term for found in parties.terms_by_party(scan).values() for term in found}
    naming = [p for p in parts if any(f" {t} " in f" {normalize(p)} " for t in terms)]
    tone = parties.tone(scan, [(p, sentiment.score(p)) for p in naming])
    return join_map({name: tone.get(name, score) for name in names})


def _texts() -> list[str]:
    posts = demo.build(3000, seed=3).posts["text"]
    multi = [t for t in dict.fromkeys(posts) if len(sentences(t)) > 1]
    return HAND + multi[:150]


def test_batch_party_tone_equals_each_post_alone():
    texts = _texts()
    batch = per_text.analyse_texts(texts)["party_tone"]
    assert batch == [_alone(t) for t in texts]
    assert sum(";" in tone for tone in batch) > 3 and sum(bool(tone) for tone in batch) > 50


def test_party_tone_does_not_depend_on_the_other_posts():
    texts = _texts()
    batch = per_text.analyse_texts(texts)["party_tone"]
    assert per_text.analyse_texts(texts[::-1])["party_tone"][::-1] == batch
    assert [per_text.analyse_texts([t])["party_tone"][0] for t in HAND] == batch[:len(HAND)]
