"""Context rules for ambiguous terms: one small predicate per ambiguity, named in the gazetteer CSVs.

Each rule gets the `Context` of the post and the `Hit`, and says whether the hit counts.
They only run for the few hits whose term is ambiguous, so they may use regular expressions
on the original text (case matters: `RDA` the party, `Koro` the town, `dire` the verb).
"""
from __future__ import annotations

import re
from functools import cached_property, lru_cache

from analysis.text import fold_keep_case

from analysis.annotate.automaton import Hit, words_after, words_before

POLITICS = frozenset("""parti partis liste listes candidat candidats candidate candidates depute deputes militant
militants militante elu elus elue legislatives legislative siege sieges campagne alliance alliances coalition secretaire
president presidente bureau politique vote voter votez votes electeurs electorat scrutin election elections meeting
opposition majorite leader tete chef circonscription adherents sympathisants soutien soutient soutenir investi investiture
kalata depite depitew tour rpm urd adema""".split())
PREPS = frozenset("a de d du des vers depuis sur dans en pour et au cercle region ville commune habitants prefet "
                  "maire populations jeunes originaire natif ressortissants".split())
ELECTION = frozenset("elections election scrutin legislatives vote votes tour second premier date legislative "
                     "kalata".split())
TURNOUT = frozenset("taux faible forte timide record baisse hausse pourcentage moyenne tres grande petite "
                    "mobilisation affluence massive".split())
ELECTION_WIDE = ELECTION | frozenset("voter votez urnes dimanche mascarade 29 mars avril bureaux boycott".split())
APPEAL_PREFIXES = ("appel", "invit", "exhort", "encourag", "incit", "demand")
CONDEMN_PREFIXES = ("condamn", "denonc", "rejet", "refus", "ignor", "malgre", "contre", "combat")
VOTE_MONEY = frozenset("vote voter voix electeurs candidat candidats acheter achete achetent achat san depite kalata "
                       "carte cartes conscience consciences distribue distribuent donne".split())
MINE = frozenset("explose explosion explosif explosifs saute sautee engin antipersonnel vehicule piege artisanale tue "
                 "tues morts mort blesses".split())


class Context:
    """One post's text in the forms the rules need, computed lazily."""

    def __init__(self, text: str, norm: str):
        self._text = text if isinstance(text, str) else ""
        self.norm = norm
        self.read_original = False      # set once a rule looked at the original text, not only at `norm`

    @property
    def text(self) -> str:
        self.read_original = True
        return self._text

    @cached_property
    def folded(self) -> str:
        return fold_keep_case(self.text)

    @cached_property
    def words(self) -> frozenset:
        return frozenset(self.norm.split())

    def near(self, hit: Hit, n: int) -> list[str]:
        return words_before(self.norm, hit.start, n) + words_after(self.norm, hit.end, n)

    def surfaces(self, hit: Hit) -> list[tuple[str, str]]:
        """(surface form, preceding text) of each occurrence of the hit's term in the original text."""
        return [(m.group(0), self.folded[max(0, m.start() - 30):m.start()])
                for m in _term_regex(hit.term).finditer(self.folded)]


@lru_cache(maxsize=4096)
def _term_regex(term: str) -> re.Pattern:
    # separators may be absent in the original (`M5`, `#VoteURD`): normalise() splits those
    body = r"[^A-Za-z0-9]*".join(re.escape(word) for word in term.split())
    return re.compile(rf"(?:(?<![A-Za-z0-9])|(?<=[a-z0-9])(?=[A-Z])){body}(?![a-z0-9])", re.IGNORECASE)


def _caps(ctx: Context, hit: Hit) -> bool:
    return any(s.replace("-", "").replace(" ", "").isupper() for s, _ in ctx.surfaces(hit))


def _capitalised(ctx: Context, hit: Hit) -> bool:
    return any(s[:1].isupper() for s, _ in ctx.surfaces(hit))


def caps(ctx: Context, hit: Hit) -> bool:
    """Acronyms that are also other things in lower case or alone (CPM, ARP, LDC...)."""
    return _caps(ctx, hit)


def caps_politics(ctx: Context, hit: Hit) -> bool:
    """Short acronyms (RDA, CDS, UFD...) count in capitals and in a political post."""
    return _caps(ctx, hit) and bool(ctx.words & POLITICS)


def caps_or_near(ctx: Context, hit: Hit) -> bool:
    return _caps(ctx, hit) or bool(set(ctx.near(hit, 6)) & POLITICS)


def near_politics(ctx: Context, hit: Hit) -> bool:
    """Words like Maliba, Asma, Benso count only next to political vocabulary."""
    after = words_after(ctx.norm, hit.end, 1)
    if after and after[0].isdigit():          # Maliba24 and the like are media names
        return False
    return bool(set(ctx.near(hit, 6)) & POLITICS)


def near_politics_wide(ctx: Context, hit: Hit) -> bool:
    return bool(ctx.words & POLITICS) or "cisse" in ctx.words


def place_caps(ctx: Context, hit: Hit) -> bool:
    """Quartier and short names that are also words: only when written with a capital."""
    return _capitalised(ctx, hit)


def place_prep(ctx: Context, hit: Hit) -> bool:
    """Names that are also common words or surnames (San, Bla, Koro, Bamba): capital + place preposition."""
    for surface, before in ctx.surfaces(hit):
        words = re.findall(r"[a-z]+", before.lower())
        if surface[:1].isupper() and words and words[-1] in PREPS:
            return True
    return False


def place_dire(ctx: Context, hit: Hit) -> bool:
    """Diré the town, not the verb `dire`: accented, all capitals, or capital + preposition."""
    return bool(re.search(r"\bdir[ée]\b", ctx.text, re.IGNORECASE) and re.search(r"(?i:dir)é|DIRE\b", ctx.text)) \
        or place_prep(ctx, hit)


def place_macina(ctx: Context, hit: Hit) -> bool:
    """`Katiba Macina` / `Front de libération du Macina` name an armed group, not the place."""
    before = words_before(ctx.norm, hit.start, 3)
    return not ({"katiba", "liberation", "flm"} & set(before))


def report_ctx(ctx: Context, hit: Hit) -> bool:
    """`report` means postponement only next to election words."""
    return bool(set(ctx.near(hit, 4)) & ELECTION)


def election_ctx(ctx: Context, hit: Hit) -> bool:
    """`restez chez vous` is a boycott call on election day, health advice otherwise."""
    return bool(ctx.words & ELECTION_WIDE)


def appeal_ctx(ctx: Context, hit: Hit) -> bool:
    """`voter` / `aux urnes` after `appelle`, `invite`, `exhorte`... (within 6 words) is a call to vote."""
    return any(w.startswith(APPEAL_PREFIXES) for w in words_before(ctx.norm, hit.start, 6))


def nina_ctx(ctx: Context, hit: Hit) -> bool:
    return bool(set(ctx.near(hit, 3)) & {"carte", "cartes", "numero", "karti"})


def participation_ctx(ctx: Context, hit: Hit) -> bool:
    """Bare `participation` is turnout news only with a figure or a turnout qualifier nearby."""
    near = ctx.near(hit, 5)
    return any(w.isdigit() for w in near) or bool(set(ctx.near(hit, 3)) & TURNOUT)


def wari_ctx(ctx: Context, hit: Hit) -> bool:
    """Bambara `wari` (money) is vote buying only next to voting words."""
    return bool(set(ctx.near(hit, 6)) & VOTE_MONEY)


MONEY = frozenset("f fcfa francs franc cfa argent billets billet wari recu recus paye payes payee donne donnes "
                  "distribue distribues".split())


def money_ctx(ctx: Context, hit: Hit) -> bool:
    """`pour voter` is vote buying after money words or an amount (`reçu 5000 F pour voter`)."""
    before = words_before(ctx.norm, hit.start, 5)
    return bool(set(before) & MONEY) or any(w.isdigit() for w in before)


def mine_ctx(ctx: Context, hit: Hit) -> bool:
    return bool(set(ctx.near(hit, 5)) & MINE)


def condemned(ctx: Context, hit: Hit) -> bool:
    """A boycott call that the post condemns or rejects (`nous condamnons l'appel au boycott`)."""
    return any(w.startswith(CONDEMN_PREFIXES) or w == "non" for w in words_before(ctx.norm, hit.start, 5))


RULES = {fn.__name__: fn for fn in (
    caps, caps_politics, caps_or_near, election_ctx, appeal_ctx, near_politics, near_politics_wide, place_caps, place_prep, place_dire,
    place_macina, report_ctx, nina_ctx, participation_ctx, wari_ctx, mine_ctx, money_ctx)}


def accepts(rule: str, ctx: Context, hit: Hit) -> bool:
    """Apply the named rule; an unknown rule name is a data error, reported clearly."""
    if not rule:
        return True
    try:
        return RULES[rule](ctx, hit)
    except KeyError:
        raise ValueError(f"gazetteer: unknown context rule {rule!r} for term {hit.term!r}") from None
