"""The sentence a court gave or prosecutors asked for: "김 모 씨에게 선고된 형량은?" is answered by
the object of 선고 in court news, "… 씨에게 징역 1년에 집행유예 2년을 선고했다" gives "징역 1년에
집행유예 2년", and "구형량은?" by the object of 구형 ("징역 5년을 구형했다").

A reporter writes the penalty as one noun phrase right before 을/를 and the verb, opened by the
kind of penalty (징역, 벌금, 무죄, …) and closed by the particle; the phrase runs back from the
particle to its first penalty word, stopped by the person it is given to ("…씨에게") or by
another clause.  The nouns that ask for a penalty, the verbs and the penalty words are data:
resources/penalties.toml.

>>> penalty_in("재판부는 박 모 씨에게 벌금 500만원을 선고했다.", ("선고",))
'벌금 500만원'
"""

from __future__ import annotations

from functools import cache

from .answer_types import Asked
from .passages import sentence_tokens
from .question import Question
from .resource_tables import resource_table
from .results import Answer, Hit
from .sentence_answers import said_in

__all__ = ["asked_verbs", "penalty_answer", "penalty_in"]

#: the best sentences read for the penalty
_TOP = 8
#: an answer read from one sentence's wording: below what counts as confident until a refit
_PRIOR = 0.6
#: tags that end the penalty phrase going back: another argument, clause or sentence
_STOPS = frozenset({"JKS", "JKO", "JX", "SP", "SF", "EC", "EF", "ETM", "VV", "VA"})


@cache
def _tables() -> dict:
    return resource_table("penalties.toml")


def asked_verbs(q: Question, asked: Asked) -> tuple[str, ...] | None:
    """The verbs whose object answers a question asking for a penalty: 구형 when it asks what
    prosecutors sought ("구형량은?"), else those of a court's sentence; None when the question
    asks no penalty or asks a person, a date or a count ("형량을 선고한 판사는?").

    >>> from search.question import Question
    >>> from search.spans import Token
    >>> q = Question(text="형량은?", tokens=[Token("형량", "NNG", 0, 2), Token("은", "JX", 2, 3)])
    >>> asked_verbs(q, Asked(kind="thing"))
    ('선고', '확정')
    """
    t = _tables()
    if asked.kind != "thing":
        return None
    forms = {tok.form for tok in q.tokens if tok.tag.startswith("NN")}
    if not forms & set(t["asking_nouns"]):
        return None
    # "구형량" may be one noun or 구형 + 량: what prosecutors sought either way
    sought = [v for v in t["sought"] if any(f.startswith(v) for f in forms)]
    return tuple(sought) if sought else tuple(t["given"])


def penalty_in(text: str, verbs: tuple[str, ...]) -> str | None:
    """The penalty phrase the sentence writes as the object of one of ``verbs``; None when it
    writes none ("사회봉사를 명령했다" is no penalty of these verbs)."""
    starts = tuple(_tables()["penalty_words"])
    toks = sentence_tokens(text)
    for i, verb in enumerate(toks):
        if verb.form not in verbs or i < 2 or toks[i - 1].tag != "JKO":
            continue
        first = None
        for tok in reversed(toks[: i - 1]):
            if tok.tag in _STOPS or tok.form.startswith("에게"):
                break
            if tok.form.startswith(starts):
                first = tok.start
        if first is not None:
            return text[first : toks[i - 1].start].strip()
    return None


def penalty_answer(q: Question, asked: Asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The penalty the best sentences write as given or sought ("징역 1년에 집행유예 2년"); None
    when the question asks no penalty or no sentence writes one."""
    verbs = asked_verbs(q, asked)
    if verbs is None:
        return None
    for h in hits[:_TOP]:
        if (found := penalty_in(h.text, verbs)) is not None:
            return said_in(q, [found], [h], hits, "penalty", _PRIOR, answer_type="thing")
    return None
