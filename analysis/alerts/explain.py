"""Each alert's explanation, in plain French (times in UTC, like the rest of Vigie)."""
from __future__ import annotations

import pandas as pd

from analysis.i18n import PLATFORM_LABELS


def when(start: pd.Timestamp, end: pd.Timestamp) -> str:
    return f"du {start:%d/%m à %H} h au {end:%d/%m à %H} h (UTC)"


def where(platform: str, region: str) -> str:
    parts = [f"à {region}" if region == "Bamako" else f"dans la région de {region}" if region else "",
             f"sur {PLATFORM_LABELS.get(platform, platform)}" if platform else ""]
    return " ".join(p for p in parts if p) or "sur l'ensemble des posts"


def volume(kind: str, platform: str, region: str, start, end, observed: float, expected: float) -> str:
    what = "Pic de publications" if kind == "volume_spike" else "Chute des publications"
    return (f"{what} {where(platform, region)} {when(start, end)} : {observed:.0f} posts, contre {expected:.0f} "
            "attendus d'après les mêmes heures des deux semaines précédentes.")


def disruption(region: str, start, end, observed: float, expected: float, platforms: list[str]) -> str:
    names = ", ".join(PLATFORM_LABELS.get(p, p) for p in platforms) or "toutes les plateformes"
    hours = (end - start).total_seconds() / 3600
    return (f"Silence des comptes situés dans la région de {region} pendant {hours:.0f} h {when(start, end)} : "
            f"{observed:.0f} posts au lieu d'environ {expected:.0f}, sur toutes les plateformes à la fois ({names}). "
            "Possible coupure d'internet ou du réseau : à vérifier auprès de sources sur place.")


def surge(kind: str, region: str, start, end, observed: float, expected: float, share: float) -> str:
    what = "appels au boycott" if kind == "boycott_surge" else "posts hostiles (insultes, haine, menaces)"
    return (f"Montée des {what} {where('', region)} {when(start, end)} : {observed:.0f} posts, contre "
            f"{expected:.1f} attendus si leur part habituelle ({share:.1%} des posts des deux semaines "
            "précédentes) était restée la même.")


def coordination(group: str, n_accounts: int, n_posts: int, minutes: float, platforms: list[str]) -> str:
    names = ", ".join(PLATFORM_LABELS.get(p, p) for p in platforms)
    return (f"Nouveau groupe coordonné {group} : {n_accounts} comptes ont publié le même message {n_posts} fois "
            f"en {minutes:.0f} minutes ({names}). Une coordination n'est pas la preuve de faux comptes.")


def claim(claim_id: str, keywords: str, n_posts: int, platforms: list[str], n_rebuttals: int, delay) -> str:
    names = ", ".join(PLATFORM_LABELS.get(p, p) for p in platforms)
    denied = (f"{n_rebuttals} démentis, le premier {delay:.0f} h après le premier post" if n_rebuttals
              else "aucun démenti trouvé")
    return (f"Rumeur {claim_id} ({keywords}) : {n_posts} posts sur {names} ; {denied}. "
            "À vérifier avant toute reprise.")
