"""A party the text leaves unnamed has no answer: news that does not give a name writes the
kind of the party in its place ("노바서트는 이후 일본 통신사 계열 펀드에 팔렸다", "국내 메모리
업체에 납품하고 있는 장비", "국내 클라우드 기업 두 곳과 공급 계약을 맺었지만 이름은 밝히지
않았다").  A question that asks for that kind ("사들인 펀드는?", "납품받는 국내 메모리 업체는?")
is then answered by nothing, never by

- the kind phrase itself ("계열 펀드", "국내 클라우드 기업": the question's own kind noun with
  modifiers, no name), nor
- another company of the sentence, when the sentence writes the question's kind phrase (a word
  before the kind noun and the kind noun, "메모리 업체") as a bare party, followed by a particle
  of a party ("업체에", "업체와", "업체가"): that company is the other party of the act.  A
  phrase as object or role ("첫 해외 고객사를 확보했다", "공급기업으로 A와 B를 뽑았다")
  describes a party named beside it.

A phrase after "등" or "같은" ("가람반도체 등 국내 메모리 업체에") or followed by a name
("메모리 업체 가람반도체에") is named.  Kind nouns are resources/unnamed_parties.toml.

>>> from search.passages import sentence_tokens
>>> q = sentence_tokens("장비를 납품받는 국내 메모리 업체는 어디인가?")
>>> asked_kind_phrases(q)
[('메모리', '업체')]
>>> text = "가온테크는 국내 메모리 업체에 장비를 납품하고 있다."
>>> written_unnamed(sentence_tokens(text), q)
True
>>> text = "가온테크는 다솜반도체 등 국내 메모리 업체에 장비를 납품하고 있다."
>>> written_unnamed(sentence_tokens(text), q)
False
>>> q2 = sentence_tokens("기술을 사 간 제약사는 어디인가?")
>>> written_unnamed(sentence_tokens("다온바이오는 미국의 한 제약사에 기술을 넘겼다."), q2)
True
>>> echoes_kind("일본 통신사 계열 펀드", {"펀드"}), echoes_kind("누리파트너스", {"펀드"})
(True, False)
"""

from __future__ import annotations

from functools import cache

from .descriptions import no_answer
from .passages import sentence_tokens
from .question import Question
from .resource_tables import resource_table
from .results import Answer, Hit
from .spans import Token

__all__ = ["asked_kind_phrases", "echoes_kind", "unnamed_or_none", "written_unnamed"]

#: the answer types of a party's name
_PARTY_TYPES = frozenset({"company", "organization"})


@cache
def _table() -> tuple[frozenset[str], frozenset[str]]:
    t = resource_table("unnamed_parties.toml")
    return frozenset(t["kinds"]), frozenset(t["named_before"])


@cache
def _determiners() -> frozenset[str]:
    return frozenset(resource_table("unnamed_parties.toml")["a_certain"])


@cache
def _party_particles() -> frozenset[str]:
    return frozenset(resource_table("unnamed_parties.toml")["party_particles"])


def asked_kind_phrases(q_tokens: list[Token]) -> list[tuple[str, str]]:
    """The question's kind phrases as (noun before, kind noun): "국내 메모리 업체는" ->
    ("메모리", "업체")."""
    kinds, _ = _table()
    return [
        (q_tokens[i - 1].form, t.form)
        for i, t in enumerate(q_tokens)
        if i > 0 and t.form in kinds and q_tokens[i - 1].tag.startswith("NN")
    ]


def written_unnamed(toks: list[Token], q_tokens: list[Token]) -> bool:
    """The sentence writes a kind phrase of the question as a bare party: the noun before the
    kind noun as the question writes it ("메모리 업체"), or 한/모, "a certain", before the kind
    noun ("미국의 한 제약사에"), then a case particle; never after 등/같은."""
    kinds_all, named_before = _table()
    phrases = asked_kind_phrases(q_tokens)
    kinds = {t.form for t in q_tokens if t.form in kinds_all}
    for i in range(1, len(toks) - 1):
        if toks[i + 1].form not in _party_particles() or not toks[i + 1].tag.startswith("J"):
            continue
        bare = (toks[i - 1].form, toks[i].form) in phrases
        if not (bare or (toks[i].form in kinds and _a_certain(toks[:i]))):
            continue
        if not named_before & {t.form for t in toks[max(0, i - 4) : i]}:
            return True
    return False


def _a_certain(before: list[Token]) -> bool:
    """The words before a kind noun end in 한, 모 or 여러 ("한 제약사", "모 업체", "여러 업체")."""
    determiners = _determiners()
    rest = before[:-1] if before and before[-1].tag == "XPN" else before
    return bool(rest) and rest[-1].tag == "MM" and rest[-1].form in determiners


def echoes_kind(answer: str, kinds: set[str]) -> bool:
    """The answer is a kind phrase of the question: its last word is one of ``kinds``."""
    words = answer.split()
    return len(words) > 0 and words[-1] in kinds


def unnamed_or_none(q: Question, ans: Answer, hits: list[Hit]) -> Answer:
    """``ans``, or no answer when it answers a party the text leaves unnamed: the question's
    kind noun with modifiers ("계열 펀드"), or a name from a sentence that writes the asked
    kind phrase bare ("국내 메모리 업체에 납품")."""
    if ans.method == "none" or ans.answer_type not in _PARTY_TYPES or not ans.answer:
        return ans
    kinds, _ = _table()
    asked = {t.form for t in q.tokens if t.form in kinds}
    if not asked:
        return ans
    items = [x.strip() for x in ans.answer.split(",") if x.strip()]
    if (items and all(echoes_kind(x, asked) for x in items)) or written_unnamed(
        sentence_tokens(ans.sentence or ""), q.tokens
    ):
        return no_answer(q, hits, ans.answer_type)
    return ans
