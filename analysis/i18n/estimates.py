"""French and English sentences under a chart of tone, hostility or participation shares (merged by core)."""
from __future__ import annotations

STRINGS = {
    "est_corrected": ("corrigé d'après {n} posts validés ; F1 machine {f1}",
                      "corrected from {n} validated posts; machine F1 {f1}"),
    "est_unvalidated": ("chiffre non validé", "unvalidated figure"),
    "est_too_small": ("chiffre non validé : {n} posts validés au hasard, il en faut {need}",
                      "unvalidated figure: {n} posts validated at random, {need} needed"),
    "est_not_random": ("chiffre non validé : les posts validés n'ont pas été tirés au hasard",
                       "unvalidated figure: the validated posts were not drawn at random"),
}
