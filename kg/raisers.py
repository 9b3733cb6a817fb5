"""The company that raises a round or does what only organisations do, even when Kiwi reads its
name as a common noun.

News names a startup that raises money as the subject of the raise: ``와디즈가 300억원 규모의
시리즈C 투자 유치에 성공했다``, ``리브랩은 50억원을 유치했다``, ``코드잇이 시리즈B 투자를
받았다``.  A brand Kiwi has met on the web (``와디즈``) comes out as a common noun (NNG), the name
tagger reads it as a word, and the round loses its company — so none of its investors are
linked.  The subject of a raise is a name of a company unless it is a word of the grammar
(``회사가``, ``이 스타트업은``, ``정부는``: cue nouns, titles, self nouns): a vote for Company.
So is the subject of an act only organisations do (``전서가 누리소프트를 인수했다``: buying,
merging, investing) and the partner of an agreement (``A가 모래와 업무협약을 맺었다``), unless a
plan or a field stands there (``일본 진출은 ... 손잡고``: grammar.toml ``[actors]``).

>>> from kg.kiwi import kiwi
>>> from kg.model import Sentence
>>> from kg.pieces import Tok, pieces
>>> s = Sentence("d#0", "d", 0, 0, 0, "와디즈가 300억원 규모의 시리즈C 투자 유치에 성공했다.")
>>> toks = [Tok.of(t) for t in kiwi().tokenize(s.text)]
>>> [(m.text, m.votes) for m in raiser_names(s, pieces(s.text, toks), toks, [False] * len(toks))]
[('와디즈', {'Company': 2.0})]
"""

from __future__ import annotations

from .features import closed_words
from .model import Mention, Sentence
from .particles import claimed_name, particles_after
from .pieces import Piece, Tok
from .resources import resources

__all__ = ["latin_pair_names", "raiser_names"]

# tokens that end the raiser's clause before the raise: a verb's ending (a relative clause or an
# earlier clause names another subject) or a sentence's end
_CLAUSE_ENDS = {"EC", "EF", "ETM", "SF"}
# how many tokens before a raise word may tell that it raises a round ("시리즈C 투자 유치",
# "300억원을 유치했다", "투자를 받았다")
_REACH = 3
# the tags a raiser's name is made of: nouns, Latin letters, digits, hanja
_NAME_TAGS = {"NNG", "NNP", "SL", "SN", "SH"}
_VOTE = 2.0


def _raises_at(toks: list[Tok], k: int) -> bool:
    """Token k is a raise of a round: "유치"/"조달" after a round word or an amount, or "받" after
    the word for investment ("투자를 받았다")."""
    f = resources().grammar
    t = toks[k]
    before = toks[max(0, k - _REACH) : k]
    if t.form in f.raise_verbs or t.form.removesuffix("하") in f.raise_verbs:
        return any(b.form in f.round_words or b.form == "원" for b in before)
    if t.tag == "VV" and t.form in f.receive_verbs:
        return any(b.form in f.round_words and b.form not in f.raise_verbs for b in before)
    return False


def _acts_at(toks: list[Tok], k: int) -> bool:
    """Token k is an act only an organisation does: buying, merging with or investing in another
    ("인수했다", "투자한다"), or an agreement ("업무협약을 맺었다", "손잡고")."""
    a = resources().grammar.actors
    t = toks[k]
    after = toks[k + 1].tag if k + 1 < len(toks) else ""
    if t.form in a["acts"]:
        return after == "XSV"
    # an agreement made, not one talked about ("이번 제휴가 득이 될 것")
    return t.form in a["agreements"] and (t.tag == "VV" or after in {"XSV", "JKO"})


def _partner_before(ps: list[Piece], toks: list[Tok], k: int, text: str) -> Piece | None:
    """The piece marked "와/과" right before an agreement at token k ("A가 B와 업무협약을")."""
    if toks[k].form not in resources().grammar.actors["agreements"]:
        return None
    return _subject_before(ps, toks, k, text, set(resources().grammar.particles["with"]))


def _subject_before(
    ps: list[Piece], toks: list[Tok], k: int, text: str, marks: set[str] | None = None
) -> Piece | None:
    """The nearest piece before token k that carries a subject or topic particle (or one of
    ``marks``), within k's clause."""
    g = resources().grammar
    # not "에서", which names where the money came in ("시리즈B 라운드에서 200억원을 유치했다")
    if marks is None:
        marks = (set(g.particles["subject"]) | set(g.particles["topic"])) - set(
            g.particles["source"]
        )
    for p in reversed([p for p in ps if p.last < k]):
        if any(toks[j].tag in _CLAUSE_ENDS for j in range(p.last + 1, k)):
            return None
        if particles_after(toks, p.stem_last, p.stem_end, text)[0] in marks:
            return p
    return None


def _words(p: Piece, toks: list[Tok]) -> list[str]:
    return [t.form for t in toks[p.first : p.stem_last + 1]]


def _is_name(p: Piece, toks: list[Tok]) -> bool:
    """A stem that can be a name: nouns, not a word of the grammar nor of a round ("투자는 받지
    않았다")."""
    stem_toks = toks[p.first : p.stem_last + 1]
    return (
        len(p.stem) >= 2
        and bool(stem_toks)
        and all(t.tag in _NAME_TAGS for t in stem_toks)
        and p.stem not in closed_words()
        and not any(w in resources().grammar.round_words for w in _words(p, toks))
        and p.stem.casefold() not in resources().stopnames
        and p.stem not in resources().grammar.actors["not_actors"]
    )


def raiser_names(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """The subject of each raise of a round in the sentence that no detector took, as a name with a
    Company vote."""
    out = []
    for k in range(len(toks)):
        if _raises_at(toks, k):
            found = [_subject_before(ps, toks, k, sentence.text)]
        elif _acts_at(toks, k):
            found = [
                _subject_before(ps, toks, k, sentence.text),
                _partner_before(ps, toks, k, sentence.text),
            ]
        else:
            continue
        for p in found:
            first = _latin_start(ps, p, toks) if p is not None else None
            if first is None:  # else "NC AI는": a Latin name of two words
                if p is None or not _is_name(p, toks):
                    continue
                first = p
            span = (first.first, p.stem_last, first.start, p.stem_end)
            if m := claimed_name(sentence, toks, taken, span, "raiser", {"Company": _VOTE}):
                out.append(m)
    return out


def _latin_start(ps: list[Piece], p: Piece, toks: list[Tok]) -> Piece | None:
    """The Latin word before ``p`` when both are Latin words in capitals and ``p`` alone is a
    common word ("NC AI는", "GS ITM은" reads as a name already): the name's first word, or None."""
    i = ps.index(p)
    prev = ps[i - 1] if i else None
    stems = [toks[j] for q in (prev, p) if q for j in range(q.first, q.stem_last + 1)]
    if prev is None or prev.tail or p.before != " " or len(stems) != 2:
        return None
    caps = all(t.tag == "SL" and t.form.isupper() for t in stems)
    return prev if caps and p.stem.casefold() in resources().stopnames else None


def latin_pair_names(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """Two capital Latin words whose last alone is a common word, with a particle of a party
    ("NC AI는", "NC AI와", "NC AI의"): one company's name, whatever the sentence does with it."""
    g = resources().grammar
    marks = set(g.particles["subject"]) | set(g.particles["topic"]) | set(g.particles["with"])
    out = []
    for p in ps:
        first = _latin_start(ps, p, toks)
        if first is None or p.tail not in marks | {"의"}:
            continue
        span = (first.first, p.stem_last, first.start, p.stem_end)
        if m := claimed_name(sentence, toks, taken, span, "latin-pair", {"Company": _VOTE}):
            out.append(m)
    return out
