"""Where a thing comes from or is made: "데이터센터는 전력을 어디서 받나?" is answered by what the
best sentence writes before 에서 and the question's own verb ("전력은 대양에너지가 인근에 짓는
LNG 발전소에서 받는다": the plant with its clause), not by the city the article is about.  The
source may be a facility, a company or a place; the verbs of coming from or being made, in
groups that say the same, are data: resources/answer_types.toml ``[sources]``.

>>> source_phrase("전력은 한빛에너지가 인근에 짓는 가스 발전소에서 받는다.", {"받"})
'인근에 짓는 가스 발전소'
>>> source_phrase("선박은 통영시에 있는 동진조선 조선소에서 건조된다.", {"건조"})
'통영시에 있는 동진조선 조선소'
>>> source_phrase("칩은 대만 TSMC의 2나노 공정에서 생산된다.", {"생산"})
'대만 TSMC의 2나노 공정'
>>> source_phrase("회사는 부품을 직접 만든다.", {"만들"}) is None
True
"""

from __future__ import annotations

from .answer_types import Asked, answer_type_tables
from .appositions import noun_phrase_before
from .motives import phrase_answer
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .spans import Token

__all__ = ["asked_verbs", "source_answer", "source_phrase"]

#: the best sentences read for a source
_TOP = 3
#: the particles of "어디서", "어디에서", "어느 공장에서"
_FROM = frozenset({"서", "에서"})
#: morphemes an owner's name is written with ("대만 TSMC", "한빛에너지")
_OWNER = frozenset({"NNG", "NNP", "SL", "SN", "SH"})
#: morphemes that may stand between 에서 and the verb ("에서 직접 받는다")
_BETWEEN = frozenset({"MAG"})


def asked_verbs(q_tokens: list[Token], asked: Asked) -> set[str]:
    """ "어디서 받나?", "어디에서 건조되나?", "어느 공장에서 만드나?": the question's verb after
    the interrogative (or its head noun) and 에서, with the verbs that say the same; empty when
    the question asks no source (a workplace, "전에 어디서 일했나", or where an event took place,
    "어디서 열렸나", is another's)."""
    table = answer_type_tables()["sources"]
    i = (
        asked.head_index
        if asked.wh == "어느" and asked.head_index > asked.wh_index
        else asked.wh_index
    )
    if asked.wh not in table["interrogatives"] or not 0 <= i < len(q_tokens) - 2:
        return set()
    if q_tokens[i + 1].form not in _FROM or q_tokens[i + 1].tag != "JKB":
        return set()
    before = set(answer_type_tables()["forms"]["before_words"])
    if any(t.form in before for t in q_tokens[:i]):
        return set()
    verb = q_tokens[i + 2]
    if not verb.tag.startswith(("VV", "NNG")):
        return set()
    # only verbs of coming from or being made: "어디서 태어났나", "어디에서 열렸나" ask the place
    # of an event, which the place readings answer
    return next((set(same) for same in table["alike"] if verb.form in same), set())


def source_phrase(text: str, verbs: set[str]) -> str | None:
    """The noun phrase (with its clause) a sentence writes before 에서 and one of ``verbs``."""
    toks = sentence_tokens(text)
    for i, t in enumerate(toks):
        if t.form not in verbs or not t.tag.startswith(("VV", "NNG")):
            continue
        j = i - 1
        while j > 0 and toks[j].tag in _BETWEEN:
            j -= 1
        if j > 0 and toks[j].form in _FROM and toks[j].tag == "JKB":
            found = noun_phrase_before(text, toks[j].start)
            if found:
                return _owner_before(text, toks, text.rindex(found, 0, toks[j].start), found)
    return None


def _owner_before(text: str, toks: list[Token], start: int, phrase: str) -> str:
    """The phrase with the owner written before it with 의 ("대만 TSMC의 | 2나노 공정"): the
    maker is what the question asks as often as its plant."""
    k = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].end <= start), -1)
    if k <= 0 or toks[k].tag != "JKG":
        return phrase
    m = k
    while m > 0 and toks[m - 1].tag in _OWNER:
        m -= 1
    return text[toks[m].start : start].rstrip() + " " + phrase if m < k else phrase


def source_answer(q: Question, ex, asked: Asked, hits: list[Hit]) -> Answer | None:
    """The source the best-ranked sentence that writes one gives, or None."""
    verbs = asked_verbs(q.tokens, asked)
    if not verbs:
        return None
    for h in hits[:_TOP]:
        phrase = source_phrase(h.text, verbs)
        s = ex.sentences.get(h.sentence_id) if phrase else None
        if s is not None:
            ans = phrase_answer(q, phrase, s, hits)
            ans.answer_type = "thing"
            return ans
    return None
