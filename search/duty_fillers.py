"""The party that fills the duty a question asks, among the reader's candidates: "다람웨어의
대표 주관사는?", "건물 설계를 맡은 곳은?", "감리를 하는 회사는?" and "국내 배급사는?" ask who
does a job of a deal (주관, 설계, 감리, 배급), and a news sentence names several parties in
several jobs at once ("설계는 A가 맡았고, 감리는 B가 수행한다"; "대표 주관사인 C와 공동 주관사
D가"; "E를 시공사로 뽑았다"): the reader's belief often goes to a neighbour of another job.

The asked duty is read from the question, generally:

- a role noun of a firm made of a verbal noun and a suffix of its doer (resources/
  party_nouns.toml ``[duty_suffixes]``: 주관+사, 배급+사, 시공+사, 운영+기관, 인수+자): the role
  itself and its verbal noun ("주관사" -> 주관);
- else the object of a verb of duty or a light verb ("설계를 맡은", "감리를 하는"), or the
  topic of one whose subject is asked ("연출은 누가 맡나?");
- else the job written before a kind of person that is no title ("주연 배우", "음악 감독");

with the noun written before it that says which one ("대표 주관사", "법률 자문", "국내 배급").

A sentence fills it in one of a few places: the role's own slots (search/role_slots.py:
"주관사인 A", "A가 시공사로", "주관사는 A가 맡았다"), and

- the subject of the duty made a verb, or the noun it describes: "A가 배급한다", "앱을
  운영하는 B";
- the subject of a verb of duty whose object or topic is the duty: "A가 공동주관을 맡았다",
  "배급은 A가 맡는다", the pair's own of "배급은 A, 마케팅은 B가 담당한다";
- the agent of the duty in the passive: "A에 의해 배급된다", "A를 통해 배급된다";
- the one given the duty: "율촌에 법률 자문을 맡겼다".

These candidates are the doers of the asked act for search/choice.py (search/doers.py).

An occurrence of the duty with another noun of which before it ("기술 자문" asked, "법률
자문은 A가 맡았다" written) fills no slot of the question's, unless the sentence also writes
the question's noun.  Tables: resources/party_nouns.toml ``[duty_suffixes]``, ``[duties]``.

>>> from search.passages import sentence_tokens
>>> q = sentence_tokens("데이터센터 건물 설계를 맡은 곳은 어디인가?")
>>> asked_duty(q, -1)
('설계', '', ('건물',))
>>> text = "건물 설계는 나무건축이 맡았고, 공사 감리는 가람엔지니어링이 수행한다."
>>> [text[s:e] for s, e in duty_spans(text, sentence_tokens(text), [], ("감리", "", ()))]
['가람엔지니어링']
"""

from __future__ import annotations

from .answer_tables import answer_type_tables
from .answer_types import read_asked
from .contract_parties import counter_acts
from .descriptions import no_answer
from .doers import asked_act, subject_before
from .party_nouns import PARTY_KINDS, party_kind, role_index, written_noun
from .passages import sentence_tokens
from .question import Question
from .resource_tables import resource_table
from .results import Answer, Hit
from .role_slots import slot_party
from .sentence_answers import said_in
from .spans import NOMINAL, Token
from .title_reach import folded_titles

__all__ = [
    "asked_duty",
    "duty_doers",
    "duty_keys",
    "duty_party_answer",
    "duty_spans",
    "unstated_or_none",
]

#: the best sentences read for the party of the asked duty
_TOP = 6
#: an answer read from one sentence's wording: below what counts as confident until a refit
_PRIOR = 0.6
#: the entity types that answer a duty asked of each kind of party
_PARTY_TYPES = {
    "person": frozenset({"Person"}),
    "company": frozenset({"Company", "Organization"}),
    "organization": frozenset({"Company", "Organization"}),
    "where": frozenset({"Company", "Organization"}),
}

#: tags of a duty's noun as Kiwi reads it (시공사/NNP as often as /NNG)
_KNOWN = frozenset({"NNG", "NNP"})
#: tags of the nouns that may say which duty ("법률 자문", "국내 배급")
_NOUNS = frozenset({"NNG", "NNP", "SL"})


def _tables() -> dict:
    return resource_table("party_nouns.toml")


def _duty_of_role(word: str) -> str:
    """The verbal noun of a role noun of its doer ("주관사" -> 주관, "인수자" -> 인수), "" when
    its suffix names no doer (a -처 is the other end of the trade: 투자처 is invested in)."""
    for suffix in sorted(_tables()["duty_suffixes"]["endings"], key=len, reverse=True):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return ""


def _glued_start(toks: list[Token], i: int) -> int:
    """The first token of the noun written whole that ends at ``i`` (written_noun's start)."""
    while i > 0 and toks[i - 1].end == toks[i].start and toks[i - 1].tag in {"NNG", "NNP", "XSN"}:
        i -= 1
    return i


def _which(toks: list[Token], first: int, skip: int = -1, names=()) -> tuple[str, ...]:
    """The noun written right before token ``first``, that says which duty ("대표 주관사" ->
    대표, "데이터센터 건물 설계" -> 건물), not the interrogative nor a name the question gives
    ("세움톡 운영사": 세움톡 is whose, not which)."""
    k = first - 1
    if k < 0 or toks[k].tag not in _NOUNS or k == skip:
        return ()
    if any(s <= toks[k].start < e for s, e in names):
        return ()
    return (written_noun(toks, k),)


def _read_duty(q_tokens: list[Token], wh_index: int, head_index: int, names):
    """The duty of a role noun the question asks, else the object of its verb of duty or the
    topic whose doer it asks ("연출은 누가 맡나?"), else the noun before a person's kind
    ("주연 배우는?": 주연)."""
    head_i = role_index(q_tokens, wh_index, head_index)
    if head_i >= 0:
        word = written_noun(q_tokens, head_i)
        if party_kind(word) in PARTY_KINDS and (duty := _duty_of_role(word)):
            return duty, word, _which(q_tokens, _glued_start(q_tokens, head_i), wh_index, names)
    verbs = set(_tables()["duties"]["verbs"])
    for i, t in enumerate(q_tokens):
        if t.form not in verbs or not t.tag.startswith(("VV", "NNG")) or i < 2:
            continue
        k = i - 2  # "감리를 하는": the object
        if q_tokens[i - 1].tag == "JKS" and k == wh_index:  # "연출(은) 누가 맡나"
            k = k - 1 if k > 0 and q_tokens[k - 1].tag != "JX" else k - 2
        elif q_tokens[i - 1].tag != "JKO":
            continue
        if k < 0 or q_tokens[k].tag not in _KNOWN:
            continue
        duty = q_tokens[k].form
        if party_kind(duty) or duty in verbs:
            continue  # "투자사를 맡은": a role, read above
        return duty, "", _which(q_tokens, _glued_start(q_tokens, k), wh_index, names)
    head = q_tokens[head_i].form if head_i > 0 else ""
    if answer_type_tables()["heads"].get(head) == "person" and head not in folded_titles():
        before = q_tokens[head_i - 1]  # a kind of person, no title ("대표": titles.py)
        if before.tag == "NNG" and before.end < q_tokens[head_i].start:
            return before.form, "", ()  # "주연 배우", "음악 감독": the one in that job
    return None


def _asked(duty, q_tokens: list[Token]):
    """``duty`` unless it is an act done together ("협력사": the partner, also the asker), an
    investor's (the graph's own relation: "투자사"), or the question asks a role by an act
    of its own ("시리즈B를 주도한 투자사": who led, not who invested)."""
    tables = answer_type_tables()
    if duty is None or duty[0] in tables["doers"]["reciprocal"]:
        return None
    if duty[1] and tables["heads"].get(duty[1]) == "investor":
        return None
    act = asked_act(q_tokens)
    if duty[1] and act and act not in _tables()["duties"]["verbs"] and act != duty[0]:
        return None
    return duty


def asked_duty(q_tokens: list[Token], wh_index: int, head_index: int = -1, names=()):
    """The duty a question asks the party of: (verbal noun, role noun or "", the nouns that
    say which), or None when it asks none ("주관사는?" -> ("주관", "주관사", ());
    "설계를 맡은 곳은?" -> ("설계", "", ())); ``names`` are the character spans of the names
    the question gives."""
    return _asked(_read_duty(q_tokens, wh_index, head_index, names), q_tokens)


def _conflicts(toks: list[Token], first: int, which: tuple[str, ...], text: str) -> bool:
    """The duty at ``first`` is written with another noun of which than the question's, and
    the sentence writes none of the question's ("법률 자문" where "기술 자문" is asked); a
    noun of which holder ("대표 주관사" where "상장 주관사" is asked) is no other kind, unless
    the question too asks a holder ("공동 주관사는?")."""
    if not which or first == 0 or toks[first - 1].tag not in _NOUNS:
        return False
    before = written_noun(toks, first - 1)
    slots = _tables()["slots"]["words"]
    if before in which or (before in slots and not any(w in slots for w in which)):
        return False
    return not any(w in text for w in which)


def _given(toks: list[Token], verb: int) -> list[tuple[int, int]]:
    """The one given the duty by a verb of giving it ("율촌에 자문을 맡겼다": 율촌)."""
    for k in range(verb - 1, -1, -1):
        if toks[k].tag in {"EC", "EF", "SF"}:
            break
        if toks[k].tag == "JKB" and toks[k].form in {"에", "에게"}:
            return _run(toks, k)
    return []


def _adnominal(toks: list[Token], k: int) -> bool:
    """The verb whose suffix is at ``k`` ends on an adnominal ending: it describes a noun."""
    while k + 1 < len(toks) and toks[k + 1].tag == "EP":
        k += 1
    return k + 1 < len(toks) and toks[k + 1].tag == "ETM"


def _modified(toks: list[Token], i: int) -> list[tuple[int, int]]:
    """The doer of a duty made a verb that describes a noun: its own subject ("A가 배급하는
    영화": A), else the noun it describes ("앱을 운영하는 B": B)."""
    for k in range(i - 1, -1, -1):
        if toks[k].tag in {"EC", "EF", "SF", "ETM", "JX"}:
            break
        if toks[k].tag == "JKS":
            return _run(toks, k)
    k = next((j for j in range(i + 1, len(toks)) if toks[j].tag == "ETM"), len(toks))
    end = k + 1
    while end < len(toks) and toks[end].tag in NOMINAL:
        end += 1
    return [(toks[k + 1].start, toks[end - 1].end)] if end > k + 1 else []


def _run(toks: list[Token], k: int) -> list[tuple[int, int]]:
    """The noun run right before the particle at ``k``, with the pieces of a word glued to it
    that Kiwi reads as no noun ("세/MM 한/MM 엔지니어링": a name it does not know)."""
    i = k
    while i > 0 and (
        toks[i - 1].tag in NOMINAL
        or (toks[i - 1].end == toks[i].start and not toks[i - 1].tag.startswith(("J", "E", "S")))
    ):
        i -= 1
    return [(toks[i].start, toks[k - 1].end)] if i < k else []


def _agent(toks: list[Token], at: int) -> list[tuple[int, int]]:
    """The agent of the duty at ``at`` written in the passive ("A에 의해 배급된다", "A를 통해
    배급된다")."""
    table = _tables()["duties"]["agents"]
    for k in range(at - 1, 0, -1):
        if toks[k].tag in {"EF", "SF"}:
            break
        if toks[k].form in table and toks[k - 1].tag in {"JKB", "JKO"}:
            return _run(toks, k - 1)
    return []


def duty_spans(text: str, toks: list[Token], entities, duty) -> list[tuple[int, int]]:
    """The character spans of the parties ``text`` writes in the asked ``duty`` (a tuple of
    asked_duty)."""
    noun, role, which = duty
    at = _free_at(text, toks, noun, which)
    out: list[tuple[int, int]] = []
    if role and at:  # "북미 배급은 미국 배급사 A가" holds no slot of a 국내 배급사
        found = slot_party(text, toks, entities, role, "", _written_which(toks, role, which))
        if found is not None:
            out.append((found["start"], found["end"]))
    for i in at:
        if written_noun(toks, i).endswith(noun):
            out += _filled(toks, i)
    return out


def _free_at(text: str, toks: list[Token], noun: str, which: tuple[str, ...]) -> list[int]:
    """Where ``text`` writes the duty's noun (고객 of "고객사" too) with no noun of another
    kind before it than the question's ``which``."""
    return [
        i
        for i, t in enumerate(toks[:-1])
        if t.tag in _KNOWN
        and noun in written_noun(toks, i)
        and not _conflicts(toks, _glued_start(toks, i), which, text)
    ]


def _written_which(toks: list[Token], role: str, which: tuple[str, ...]) -> str:
    """The question's noun of which when the sentence writes it right before the role ("공동
    주관사 B"), so that only that slot is read; else "" (any)."""
    for i in range(len(toks)):
        first = _glued_start(toks, i)
        if first > 0 and written_noun(toks, i) == role and written_noun(toks, first - 1) in which:
            before = toks[first - 1].form  # slot_party compares the last piece ("공동")
            return "" if before in _tables()["ordinals"]["words"] else before  # "최대": an ordinal
    return ""


def _filled(toks: list[Token], i: int) -> list[tuple[int, int]]:
    """The party in the duty written at token ``i``: its subject made a verb ("A가 배급한다"),
    its agent in the passive, the subject of a verb of duty whose object or topic it is ("A가
    주관을 맡았다", "배급은 A가 맡는다"), the one given it ("A에 자문을 맡겼다")."""
    tables = _tables()["duties"]
    nxt = toks[i + 1]
    if nxt.tag.startswith("XSV"):
        if nxt.form in {"되", "받"}:
            return _agent(toks, i)
        return _modified(toks, i) if _adnominal(toks, i + 1) else subject_before(toks, i)
    if nxt.tag == "JKO" and i + 2 < len(toks):
        verb = toks[i + 2]
        if verb.form in tables["verbs"] and verb.tag.startswith(("VV", "NNG")):
            if _adnominal(toks, i + 2 if verb.tag.startswith("VV") else i + 3):
                return _modified(toks, i)  # "조사를 맡은 A는": A, unless "B가 조사를 맡은"
            return subject_before(toks, i + 2)
        return _given(toks, i + 2) if verb.form in tables["giving"] else []
    if nxt.tag in {"JX", "JKS"} and nxt.form in {"은", "는", "이", "가"}:
        for k in range(i + 2, len(toks)):
            if toks[k].tag in {"EC", "EF", "SF"}:
                break
            if toks[k].form == ",":  # "배급은 A, 마케팅은 B가 담당한다": the pair's own party
                return _run(toks, k - 1 if toks[k - 1].tag == "JKS" else k)
            if toks[k].form in tables["verbs"] and toks[k].tag.startswith(("VV", "NNG")):
                return subject_before(toks, k)
    return []


def duty_keys(cands, passages, duty, key_of) -> set[str]:
    """The keys of the candidates written in the asked ``duty`` in their own sentence; a
    candidate that is a role noun itself ("회사", "운영사") names no one."""
    spans: dict[int, list[tuple[int, int]]] = {}
    out = set()
    for c in cands:
        last = c.text.split()[-1] if c.text.split() else ""
        if c.span is None or party_kind(last) or last in answer_type_tables()["heads"]:
            continue  # "회사", "운영사"
        p = passages[c.passage]
        if c.passage not in spans:
            spans[c.passage] = duty_spans(p.text, p.tokens, p.entities, duty)
        if any(s < c.span.end and c.span.start < e for s, e in spans[c.passage]):
            out.add(key_of(c))
    return out


#: the asked kinds a duty's party answers
_PARTY_ASKED = frozenset({"company", "organization", "where", "person"})


def duty_doers(asked, q_tokens, cands, passages, key_of, names=()) -> set[str]:
    """The keys of the candidates written in the duty the question asks of a party ("설계를
    맡은 곳은?": the 설계 firm, not the 감리 firm of the same sentence); none when it asks
    none.  They are the doers of the asked act, as search/doers.py's are."""
    if asked.kind not in _PARTY_ASKED:
        return set()
    duty = asked_duty(q_tokens, asked.wh_index, asked.head_index, names)
    return duty_keys(cands, passages, duty, key_of) if duty is not None else set()


def duty_party_answer(q: Question, asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The party the best sentence writing the asked duty puts in it, by the sentence's
    wording: "조사를 맡은 한국개발연구원(KDI)은", "건물 설계는 나무건축사사무소가 맡았고", "부지
    확보는 A가, 서버 조달은 B가 맡는다" — the reader often believes a neighbour in another duty
    more.  Only a named party of the asked kind, not one the question gives; None when the
    question asks no duty by a verb of duty ("설계를 맡은 곳", not the role "주관사") or no
    sentence fills it.  Returns ``(Answer, signals)`` like every
    answerer of search/qa.py."""
    types = _PARTY_TYPES.get(asked.kind)
    duty = asked_duty(q.tokens, asked.wh_index, asked.head_index, q.spans) if types else None
    if duty is None or duty[1]:
        return None  # a role noun's slots ("대표 주관사는 A와 B가") are role_slots.py's
    named = {eid for eid, _ in q.entities}
    for h in hits[:_TOP]:
        if duty[0] not in h.text:
            continue
        spans = duty_spans(h.text, sentence_tokens(h.text), h.entities, duty)
        words = [w for s, t in spans for w in _party_words(h, s, t, types, named)]
        if words:
            kind = "person" if types == _PARTY_TYPES["person"] else asked.kind
            words = list(dict.fromkeys(words))
            return said_in(q, words, [h], hits, "duty_party", _PRIOR, answer_type=kind)
    return None


def _party_words(h: Hit, start: int, end: int, types, named) -> list[str]:
    """The names of the party in the span ``start:end`` of a sentence: the entities of
    ``types`` in it (or a piece of it: Kiwi may leave "한결" of "한결엔지니어링" out) that the
    question does not give, else, for an organisation, the span itself when it is one word and
    no role noun ("나무건축사사무소", not "시공사")."""
    inside = [e for e in h.entities if e["start"] < end and start < e["end"]]
    if any(e.get("id") in named for e in inside):
        return []
    found = [h.text[e["start"] : e["end"]] for e in inside if e.get("type") in types]
    if found or inside or "Person" in types:
        return found
    word = h.text[start:end]
    if " " in word or party_kind(word) or word in answer_type_tables()["heads"]:
        return []
    return [word]


def unstated_or_none(q: Question, ans: Answer, hits: list[Hit]) -> Answer:
    """``ans``, or no answer when it is read from a sentence for a duty the retrieved sentences
    do not write: a role of a doer ("상장 주관사는?") whose act (주관) none writes, or a duty
    of a kind ("기술 자문") of which they write only others ("법률 자문은 A가 맡았다").  The
    text does not say who holds it, and a name in another role nearby is a guess."""
    if ans.method != "sentence" or not ans.answer:
        return ans
    asked = read_asked(list(q.tokens))
    duty = asked_duty(q.tokens, asked.wh_index, asked.head_index, q.spans)
    if duty is None or _written(duty, hits):
        return ans
    return no_answer(q, hits, ans.answer_type)


def _written(duty, hits: list[Hit]) -> bool:
    """Some retrieved sentence writes the duty: of a role, its act at all; of a kind, with no
    other noun of which before it (or with the question's written in the same sentence)."""
    noun, role, which = duty
    said = [h.text for h in hits if noun in h.text]
    if not said:  # a role's act may be written from the deal's other side: "B에 매각" (인수자)
        return not role or any(c in h.text for h in hits for c in counter_acts(noun))
    return not which or any(_free_at(t, sentence_tokens(t), noun, which) for t in said)
