"""The party a sentence writes in the slot of the role noun a question asks ("낙찰자는?",
"2대 주주는?", "행동주의 펀드는?", "후원사는?"): Korean news writes a party's role in a few
shapes, and the party stands at a fixed place in each —

- right after the role, in apposition: "행동주의 펀드 바른가치운용도", "해양시공사 반데르가";
- as the subject or the topic of a clause whose complement is the role: "동진건설이 낙찰자로
  결정됐다", "국민연금이 2대 주주가 된다", "한울은행이 후원사로 참여한";
- as the object of a verb of choosing with the role as its complement: "시공사로 동진건설을
  선정했다", "두레를 두 번째 투자처로 골랐다";
- after the role as topic, as the subject or the predicate: "주관사는 한결회계법인이 맡았다",
  "최대 고객사는 발전사 서해발전이었다".

The role is matched with the ordinal or superlative written before it ("첫", "2대", "최대"): a
question about the first party is never answered from "두 번째 투자처로".  The role nouns are
search/party_nouns.py's; the ordinal words resources/party_nouns.toml ``[ordinals]``.

>>> text = "가장 낮은 값을 써낸 동진건설이 낙찰자로 결정됐다."
>>> toks = sentence_tokens(text)
>>> ents = [{"start": 12, "end": 16, "type": "Company", "id": "d"}]
>>> slot_party(text, toks, ents, "낙찰자", "")["id"]
'd'
>>> text = "새길은 두레를 두 번째 투자처로 골랐다."
>>> ents = [{"start": 0, "end": 2, "type": "Company", "id": "s"},
...         {"start": 4, "end": 6, "type": "Company", "id": "t"}]
>>> slot_party(text, sentence_tokens(text), ents, "투자처", "첫") is None
True
>>> slot_party(text, sentence_tokens(text), ents, "투자처", "두번째")["id"]
't'
"""

from __future__ import annotations

from .answer_tables import answer_type_tables
from .answer_types import Asked, read_asked
from .descriptions import no_answer
from .party_nouns import PARTY_KINDS, asks_the_head, party_kind, role_index, written_noun
from .passages import sentence_tokens
from .question import Question
from .resource_tables import resource_table
from .results import Answer, Hit
from .sentence_answers import said_in
from .title_reach import folded_titles

__all__ = ["asked_role", "echoes_role", "role_echo_or_none", "role_party_answer", "slot_party"]

#: the best sentences read for the role's party
_TOP = 6
#: an answer read from one sentence's wording: below what counts as confident until a refit
_PRIOR = 0.6
#: the entity types that may fill a party's slot
_PARTIES = frozenset({"Company", "Organization", "Investor", "Person"})
#: particles of a subject or a topic, of an object, and of a role's complement
_SUBJECT = frozenset({"이", "가"})
_TOPIC = frozenset({"은", "는"})
_OBJECT = frozenset({"을", "를"})
_COMPLEMENT = frozenset({"로", "으로", "에"})
#: the first written as a count ("첫 번째", "1번째"): 첫
_FIRST = {"첫번째": "첫", "1번째": "첫", "첫째": "첫"}
#: the asked kinds of a figure or a date: no party is asked
_FIGURES = frozenset({"date", "number", "money"})
#: tags that end a clause (a connective or final ending, a sentence's end)
_CLAUSE_END = frozenset({"EC", "EF", "SF"})


def _ordinal_words() -> frozenset[str]:
    return frozenset(resource_table("party_nouns.toml")["ordinals"]["words"])


def _bare_nouns() -> frozenset[str]:
    """Role nouns that are a bare kind ("펀드", "기관", "업체"): the word written before them
    says which ("행동주의 펀드"), and a sentence must write it too."""
    return frozenset(resource_table("party_nouns.toml")["suffixes"])


def _role_at(toks, i: int) -> tuple[str, str, int, str]:
    """The role word ending at token ``i`` without its ordinal, the ordinal or superlative
    written before or onto it ("두 번째", "2대", "최대"; spaces left out), where the phrase
    starts, and the noun written before it, spaced ("행동주의" of "행동주의 펀드")."""
    words = _ordinal_words()
    word = written_noun(toks, i)
    start = i
    while start > 0 and toks[start - 1].end == toks[start].start and toks[start - 1].tag != "SF":
        start -= 1  # the word's own glued pieces ("최대"+"주주")
    j = start
    while j > 0 and (toks[j - 1].form in words or toks[j - 1].tag == "SN"):
        j -= 1
    ordinal = "".join(t.form for t in toks[j:start])
    for w in (w for w in words if len(w) >= 2):  # no 대 of "대주주"
        if word.startswith(w) and len(word) > len(w) and party_kind(word[len(w) :]):
            word, ordinal = word[len(w) :], ordinal + w  # "최대주주" -> 주주, 최대
            break
    modifier = toks[j - 1].form if j > 0 and toks[j - 1].tag in {"NNG", "NNP"} else ""
    return word, _FIRST.get(ordinal, ordinal), j, modifier


def asked_role(q_tokens, asked: Asked) -> tuple[str, str, str] | None:
    """The role noun a question asks the party of, its ordinal, and the noun that says which
    when it is a bare kind ("2대 주주는 누구인가?" -> ("주주", "2대", "")); None when its head is
    no role noun of a party.

    >>> from search.answer_types import read_asked
    >>> toks = sentence_tokens("온누리바이오의 2대 주주는 누구인가?")
    >>> asked_role(toks, read_asked(list(toks)))
    ('주주', '2대', '')
    >>> toks = sentence_tokens("지분을 확보한 행동주의 펀드는?")
    >>> asked_role(toks, read_asked(list(toks)))
    ('펀드', '', '행동주의')
    >>> toks = sentence_tokens("자금 사용처는?")
    >>> asked_role(toks, read_asked(list(toks))) is None
    True
    >>> toks = sentence_tokens("이번 매각의 인수자는 누구인가?")
    >>> asked_role(toks, read_asked(list(toks)))
    ('인수자', '', '')
    """
    head_i = role_index(q_tokens, asked.wh_index, asked.head_index)  # "인수자": 인수/NNG 자/XSN
    if head_i < 0 or asked.kind in _FIGURES or not asks_the_head(q_tokens, asked.wh_index):
        return None  # "누리우주는 어디에 공장을 짓나?" asks where, no party of 누리우주's role
    word = written_noun(q_tokens, head_i)
    heads = answer_type_tables()["heads"]
    if q_tokens[head_i].form in heads or word in heads:
        return None  # "투자사", "대표": the tables' own heads, read by their own rules
    if party_kind(word) not in PARTY_KINDS:
        return None
    word, ordinal, _, modifier = _role_at(q_tokens, head_i)
    return word, ordinal, modifier if word in _bare_nouns() else ""


def _party_in(entities, start: int, end: int, skip: set[str]):
    """The first party mention in [start, end), not one of ``skip``."""
    inside = [
        e
        for e in entities
        if start <= e["start"] < end and e.get("type") in _PARTIES and e.get("id") not in skip
    ]
    return min(inside, key=lambda e: e["start"]) if inside else None


def _phrase_before(entities, toks, k: int, skip: set[str]):
    """The first party mention of the noun phrase ending before the particle at ``k``
    ("문태오 한울금융지주 부사장을" -> 문태오)."""
    j = k
    while j > 0 and (
        toks[j - 1].tag.startswith(("NN", "NR", "SN", "SL", "SH", "XS", "XP", "MM"))
        or toks[j - 1].tag in {"SSO", "SSC"}
    ):
        j -= 1
    found = _party_in(entities, toks[j].start if j < k else toks[k].start, toks[k].start, skip)
    return found or (_name_like(toks, _word_start(toks, k - 1), k - 1) if j < k else None)


def slot_party(
    text: str,
    toks,
    entities,
    role: str,
    ordinal: str,
    modifier: str = "",
    skip: set[str] = frozenset(),
):
    """The party mention ``text`` writes in the slot of ``role`` (with ``ordinal`` and the
    ``modifier`` when the question writes them), None when it writes the role in no slot of
    a party."""
    echoes = {e.get("id") for e in entities if echoes_role(text[e["start"] : e["end"]], role)}
    skip = set(skip) | echoes  # "유럽 발주처" is no name a slot may hold
    for r, t in enumerate(toks):
        if t.tag not in {"NNG", "NNP", "XSN"} or not written_noun(toks, r).endswith(role):
            continue
        if (
            r + 1 < len(toks)
            and toks[r + 1].tag in {"NNG", "NNP", "XSN"}
            and (toks[r + 1].start == t.end)
        ):
            continue  # the role is the start of a longer word ("주주총회")
        word, written, begins, before = _role_at(toks, r)
        if (word != role and not word.endswith(role)) or (modifier and before != modifier):
            continue  # "행동주의 펀드" is no "블라인드 펀드"
        if ordinal and written != ordinal:
            continue  # "첫 투자처" is never "두 번째 투자처"
        found = _filled(toks, entities, r, begins, skip)
        if found is not None:
            return found
    return None


def _filled(toks, entities, r: int, begins: int, skip: set[str]):
    """The party in one of the role's slots at token ``r`` (see the module's docstring)."""
    nxt = toks[r + 1] if r + 1 < len(toks) else None
    after = toks[r + 2] if r + 2 < len(toks) else None
    if nxt is None:
        return None
    if nxt.start - toks[r].end <= 1 and nxt.tag.startswith("NN"):
        word_end = _word_end(toks, r + 1)
        return _party_in(entities, nxt.start, nxt.end, skip) or _name_like(
            toks, r + 1, word_end
        )  # "해양시공사 반데르크루이스"
    if nxt.tag == "VCP" and after is not None and after.tag == "ETM" and r + 3 < len(toks):
        named = toks[r + 3]
        return _party_in(entities, named.start, named.end, skip) or _name_like(
            toks, r + 3, _word_end(toks, r + 3)
        )  # "주관사인 A", "행동주의 펀드인 Palliser"
    particle = nxt.tag.startswith("J")
    becomes = nxt.form in _SUBJECT and after is not None and after.form == "되"
    if particle and nxt.form in _TOPIC | _SUBJECT and not becomes:
        return _after_topic(toks, entities, r + 2, skip)  # "주관사는 A가 맡았다"
    if not ((particle and (nxt.form in _COMPLEMENT or becomes)) or nxt.tag == "VCP"):
        return None
    end = next((k for k in range(r + 2, len(toks)) if toks[k].tag in _CLAUSE_END), len(toks))
    start = max((k + 1 for k in range(begins) if toks[k].tag in _CLAUSE_END), default=0)
    objects = [
        k
        for k in [*range(r + 2, end), *range(begins - 1, start - 1, -1)]
        if toks[k].form in _OBJECT
        and toks[k].tag.startswith("J")
        # "지분 31%를 가진 최대주주에": the object of a clause that describes the role
        and not (k < begins and any(toks[m].tag == "ETM" for m in range(k, begins)))
    ]
    if objects:  # "시공사로 동진건설을 선정했다": the one chosen, never the chooser
        return _phrase_before(entities, toks, objects[0], skip)
    for k in range(begins - 1, -1, -1):
        if toks[k].tag.startswith("J") and toks[k].form in _SUBJECT | _TOPIC:
            if _relative_subject(toks, k, begins):
                continue  # "민 대표가 보유한 지분": the subject of a clause describing a noun
            if found := _phrase_before(entities, toks, k, skip):
                return found  # "동진건설이 낙찰자로", "A가 지분을 사들여 최대주주에 올랐다"
    return None


def _relative_subject(toks, k: int, end: int) -> bool:
    """The subject at ``k`` is that of a clause that ends on an adnominal ending before
    ``end`` ("민 대표가 보유한 지분을"): it describes a noun, it does no act of the role."""
    if toks[k].form in _TOPIC:
        return False  # a topic stands outside the clauses after it ("A는 9일 열린 총회에서")
    ending = next((t for t in toks[k + 1 : end] if t.tag.startswith("E")), None)
    return ending is not None and ending.tag == "ETM"


def _after_topic(toks, entities, k0: int, skip: set[str]):
    """After a role written as the topic: the first party with a subject particle, else the
    last party before the copula that ends the clause ("최대 고객사는 발전사 A였다")."""
    last, depth = None, 0
    for k in range(k0, len(toks)):
        t = toks[k]
        depth += (t.tag == "SSO") - (t.tag == "SSC")
        if t.tag in _CLAUSE_END:
            break
        if t.tag.startswith("J") and t.form in _SUBJECT:
            return _phrase_before(entities, toks, k, skip)
        if t.tag == "VCP":
            return last or _name_like(toks, _word_start(toks, k - 1), k - 1, after_kind=True)
        if depth > 0:
            continue  # "A(대표 B)였다": the bracket's person is A's head, not the party
        for e in entities:
            if e["start"] == t.start and e.get("type") in _PARTIES and e.get("id") not in skip:
                last = e
    return None


def _word_end(toks, i: int) -> int:
    """The last token of the noun word that starts at token ``i``."""
    while i + 1 < len(toks) and toks[i + 1].start == toks[i].end and toks[i + 1].tag in _NAMEY:
        i += 1
    return i


def _word_start(toks, i: int) -> int:
    """The first token of the noun word that ends at token ``i``."""
    while i > 0 and toks[i - 1].end == toks[i].start and toks[i - 1].tag in _NAMEY:
        i -= 1
    return i


#: the tags of a name's pieces, and those of which one marks a name (a proper noun, Latin)
_NAMEY = frozenset({"NNG", "NNP", "SL", "SN", "XSN"})
_PROPER = frozenset({"NNP", "SL"})


def _name_like(toks, first: int, last: int, after_kind: bool = False) -> dict | None:
    """A word the extractor left unnamed that is written as a name: it holds a proper noun or
    Latin letters, or is written of pieces Kiwi reads apart, or, as a predicate
    (``after_kind``), follows a noun of its kind; and it is no role noun nor title itself
    ("최대 고객사는 발전사 서해에너지였다" -> 서해에너지)."""
    if not 0 <= first <= last < len(toks) or toks[last].tag not in _NAMEY:
        return None
    pieces = toks[first : last + 1]
    word = "".join(t.form for t in pieces)
    kind_before = after_kind and first > 0 and bool(party_kind(written_noun(toks, first - 1)))
    coined = len(pieces) >= 2  # a name Kiwi knows no word of: "청솔자산운용" -> 청/솔/자산/운용
    if not (kind_before or coined or any(t.tag in _PROPER for t in pieces)) or party_kind(word):
        return None  # a name is written with a proper noun, or after its kind ("발전사 A")
    if word.casefold() in folded_titles():
        return None  # "대표이사" is no one's name
    return {"start": pieces[0].start, "end": pieces[-1].end, "type": "", "id": None}


def echoes_role(answer: str, role: str) -> bool:
    """The answer is the asked role noun itself with words before it ("유럽 발주처" of
    "발주처는?", "네덜란드 해양시공사" of "해양시공사는?"): no party's name.  A bare kind
    ("펀드", "업체") may end a name ("누리 성장펀드").

    >>> echoes_role("유럽 발주처", "발주처"), echoes_role("베스트하브", "발주처")
    (True, False)
    """
    if not answer.split() or role in _bare_nouns():
        return False
    return answer.split()[-1].endswith(role)


def role_echo_or_none(q: Question, ans: Answer, hits: list[Hit]) -> Answer:
    """``ans``, or no answer when it answers a role noun's question with the role noun itself
    ("발주처는?" -> "유럽 발주처")."""
    if ans.method == "none" or not ans.answer:
        return ans
    role = asked_role(q.tokens, read_asked(list(q.tokens)))
    if role is None or not all(echoes_role(x.strip(), role[0]) for x in ans.answer.split(",")):
        return ans
    return no_answer(q, hits, ans.answer_type)


def _owner_apart(q: Question, role: tuple[str, str, str]) -> tuple[str, str, str]:
    """The role without the noun read as saying which kind when that noun is the end of a
    name the question names before the role: a keyword question writes the owner bare ("서해누리
    도로 최대주주" as "서해누리도로의 최대주주는?"; Kiwi reads 서해누리/도로), and no sentence
    writes "도로 최대주주"."""
    word, ordinal, modifier = role
    at = q.text.rfind(word)
    if modifier and any(
        e <= at and q.text[s:e].replace(" ", "").endswith(modifier) for s, e in q.spans
    ):
        return word, ordinal, ""
    return role


def role_party_answer(q: Question, asked: Asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The party the best sentences write in the slot of the role noun the question asks,
    with the ordinal it writes; None when the question asks no role or no sentence fills it.

    Returns ``(Answer, signals)`` like every answerer of search/qa.py."""
    role = asked_role(q.tokens, asked)
    if role is None:
        return None
    role = _owner_apart(q, role)  # "서해누리도로 최대주주": 서해누리도로's, no 도로 주주
    named = {eid for eid, _ in q.entities}
    for h in hits[:_TOP]:
        if role[0] not in h.text:
            continue
        found = slot_party(h.text, sentence_tokens(h.text), h.entities, *role, skip=named)
        if found is not None:
            name = h.text[found["start"] : found["end"]]
            kind = "person" if found.get("type") == "Person" else "company"
            return said_in(q, [name], [h], hits, "role_slot", _PRIOR, answer_type=kind)
    return None
