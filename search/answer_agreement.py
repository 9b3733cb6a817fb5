"""Does the chosen answer fit what the question qualifies?  Checks of the answer's own sentence
against the question; an answer that fails one keeps its text but not a confident score.

The reader and the calibration score how well an answer fits its sentence; none of them compares
what the question binds (수입 not 수출, 단양군수 not 괴산군수, a date still to come) with what the
answer's own clause says.  Each check reads the question and the evidence sentence that writes
the answer:

- measure: the question asks a figure of one measure (수입) and the figure's clause writes
  another (수출): "11월 수입은 몇 % 늘었나?" from "수출이 1년 전보다 8.4% 늘며";
- title: the question binds a title to a place or a body (단양군수) and the answer's own title is
  bound to another (송인섭 괴산군수);
- post: the question asks a post (대표) and the answer's clause gives them another ("B 대표는
  합병 법인의 최고운영책임자를 맡는다");
- act: the question asks the doer of one act (주관) and the answer's clause does another while
  the sentence gives the asked act its own subject ("A가 주최하고 B가 주관했다");
- tense: a when-question of a time still to come (할 예정, will) answered by a date whose clause
  is past (1978년 설립된);
- place: a when-question names where or to whom the act is done (일본에 언제 출시되나?) and
  the date's sentence never writes it (2019년 미국 기업에서 들여와);
- owner: the answer names the parent of the body its clause is about (환경부 산하 ○○센터가
  맡는다), or the place in a clause about another named body ("서울에 본사를 둔 B은행은");
- counted: the question counts one kind of people (숨진 사람, 사망자) and the figure's clause
  counts another ("홍역 환자가 87명으로 늘었다" for "숨진 사람은 몇 명인가?"), or the counted
  noun is qualified by another act ("승진한 임원은 14명" for "퇴임한 임원은 몇 명인가?").
- unit: the answer is a figure of a unit family the question does not ask (search/unit_families.py):
  a count or a rate for money ("공장에 들이는 돈은?" / "14만 장"), money for "몇 명".

Tables are search/resources/answer_agreement.toml; the cap is fitted by bench/fit_agreement.py.
search/qa.py reads this before its no-answer line: while the cap is below it, a capped answer
is no answer.

>>> disagreement("단양군수는 누구인가?", "송인섭", "송인섭 괴산군수는 서둘러 달라고 말했다.")
'title'
>>> disagreement("괴산군수는 누구인가?", "송인섭", "송인섭 괴산군수는 서둘러 달라고 말했다.")
''
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import pairwise

from .english import english_gloss
from .passages import sentence_tokens
from .resource_tables import resource_table
from .results import Answer
from .romanized import romanizes
from .spans import NOMINAL, Token, clause_before
from .unit_families import foreign_answer

__all__ = ["agreement_capped", "answer_sentence", "disagreement"]

#: clause ends: a connective, a final or an adnominal ending, a nominalizer
_CLAUSE_ENDS = {"EC", "EF", "ETM", "ETN"}
_PAST = {"었", "았", "였", "ㅆ었"}
_VERBS = {"VV", "XSV"}
_DATE = re.compile(r"\d+\s*(년|월|일)|\d{4}")
_LATIN = re.compile(r"[A-Za-z]")
_TOPIC_OR_SUBJECT = {"은", "는", "이", "가"}
#: a measure word written as a subject or a topic ("수출이", "수입액은")
_AS_SUBJECT = re.compile(r"액?[은는이가](?![가-힣])")
#: what stands between a measure word and its figure written right after it ("수출액 98억")
_BEFORE_FIGURE = re.compile(r"액?\s*")
#: a count of people ("87명", "1천200 명")
_PEOPLE_COUNT = re.compile(r"\d\s*[만천백]?\s*명")
#: the particles of where or to whom an act is done ("일본에 출시", "미국에서 공개")
_AT = {"에", "에서"}
#: the marks inside a post's name ("최고운영책임자(COO)")
_IN_POST = NOMINAL | {"SSO", "SSC", "SL", "SN"}
#: two spellings this alike are one name mistyped ("한결손해보엄" for 한결손해보험)
_SAME_SPELLING = 0.6


def _table() -> dict:
    return resource_table("answer_agreement.toml")


def _after(tokens: list[Token], end: int) -> list[Token]:
    return [t for t in tokens if t.start >= end]


def _within(tokens: list[Token], start: int, end: int) -> list[Token]:
    return [t for t in tokens if start <= t.start < end]


def _clause(after: list[Token]) -> list[Token]:
    """The tokens up to the first clause end (kept) that is not inside the clause: an
    adjective's modifier ending ("같은 급의") and a connective before an auxiliary verb ("운영해
    왔다") go on."""
    for i, t in enumerate(after):
        if t.tag not in _CLAUSE_ENDS:
            continue
        before, nxt = after[i - 1] if i else None, after[i + 1] if i + 1 < len(after) else None
        if t.tag == "ETM" and before is not None and before.tag == "VA":
            continue
        if t.tag == "EC" and nxt is not None and nxt.tag == "VX":
            continue
        return after[: i + 1]
    return after


def _written_group(groups: list[list[str]], text: str) -> int | None:
    """The group of the measure word that ``text``, up to a figure, writes it of: the word right
    before it ("내수 매출 7200억원, 수출 1조1100억원"), else the last one written as a subject or
    a topic ("3분기 수출이 제품 가격 회복에 힘입어 6.2% 늘었다": 수출, not 가격), else the
    last one."""
    found = [
        (
            _BEFORE_FIGURE.fullmatch(text, m.end()) is not None,
            bool(_AS_SUBJECT.match(text, m.end())),
            m.start(),
            g,
        )
        for g, words in enumerate(groups)
        for w in words
        for m in re.finditer(re.escape(w), text)
    ]
    return max(found)[3] if found else None


def _own_group(groups: list[list[str]], sentence: str, end: int) -> int | None:
    """The group of the measure the figure ending at ``end`` is written of ("58억원의
    영업이익"), if any."""
    rest = sentence[end:]
    return next(
        (g for g, words in enumerate(groups) for w in words if rest.startswith(f"의 {w}")), None
    )


def _measure(question: str, answer: str, sentence: str, at: int) -> bool:
    """A figure asked of one measure, written in a clause of another."""
    if not re.search(r"\d", answer):
        return False
    for family in ("measures", "bases"):
        groups = _table()[family]
        asked = {g for g, words in enumerate(groups) if any(w in question for w in words)}
        if not asked:
            continue
        own = _own_group(groups, sentence, at + len(answer))
        if own is None:
            own = _written_group(groups, sentence[:at])
        if own is None:  # written after the figure ("8.4% 늘어난 수출"): the sentence's one
            written = {g for g, words in enumerate(groups) if any(w in sentence for w in words)}
            own = written.pop() if len(written) == 1 else None
        if own is not None and own not in asked:
            return True
    return False


def _counted_groups(tokens: list[Token]) -> set[int]:
    groups = _table()["counted"]
    return {g for g, words in enumerate(groups) for t in tokens if t.form in words}


def _modifier(tokens: list[Token], j: int) -> str:
    """The verb of the adnominal clause written onto the noun at ``j`` ("퇴임한 임원" -> 퇴임,
    "숨진 외국인 작업자" -> 숨지), nouns of the phrase between; "" when none."""
    k = j - 1
    while k > 0 and tokens[k].tag in ("NNG", "NNP"):
        k -= 1
    if k < 1 or tokens[k].tag != "ETM":
        return ""
    verb = tokens[k - 1]
    if verb.tag in ("XSV", "XSA") and k > 1:
        return tokens[k - 2].form
    return verb.form if verb.tag in ("VV", "VA") else ""


def _asked_count(q_tokens: list[Token]) -> tuple[str, str]:
    """The noun a "몇" question counts, as its topic or subject, and the verb written onto it
    ("퇴임한 임원은 몇 명인가?" -> (임원, 퇴임)); ("", "") when none."""
    at = next((i for i, t in enumerate(q_tokens) if t.form == "몇" and t.tag == "MM"), None)
    if at is None or at < 2 or not _subject(q_tokens[at - 1]):
        return "", ""
    noun = q_tokens[at - 2]
    return (noun.form, _modifier(q_tokens, at - 2)) if noun.tag == "NNG" else ("", "")


def _counted(q_tokens: list[Token], s_tokens: list[Token], at: int, after: list[Token]) -> bool:
    """A count of people asked of one kind (숨진 사람) and the figure's own clause counting only
    another ("홍역 환자가 87명으로 늘었다"); the clause that writes the asked kind anywhere fits
    ("환자 가운데 3명이 숨졌다").  Or the counted noun asked with one clause on it ("퇴임한
    임원은 몇 명인가?") and the figure's noun with another ("승진한 임원은 14명이며")."""
    # the figure's own clause; an adnominal clause before its noun ("신고된 홍역 환자가") is in
    before = clause_before(s_tokens, at)
    clause = before + _clause(after)
    asked, own = _counted_groups(q_tokens), _counted_groups(clause)
    if asked and own and not own & asked:
        return True
    noun, verb = _asked_count(q_tokens)
    if not verb or any(t.form == verb for t in clause):
        return False
    nouns = [i for i, t in enumerate(before) if t.form == noun]
    own_verb = _modifier(before, nouns[-1]) if nouns else ""
    return bool(own_verb) and own_verb != verb


def _bindings(tokens: list[Token]) -> dict[str, str]:
    """Each title of the table written with a proper noun before it: {"군수": "단양"}."""
    titles = set(_table()["titles"])
    found = {}
    for i, t in enumerate(tokens[1:], 1):
        if t.form in titles and tokens[i - 1].tag == "NNP":
            found[t.form] = tokens[i - 1].form
    return found


def _same_name(a: str, b: str) -> bool:
    """One name, whole, in part or mistyped (단양 and 단양군; 모아트레블 and 모아트래블)."""
    return a in b or b in a or SequenceMatcher(None, a, b).ratio() >= _SAME_SPELLING


def _title(q_tokens: list[Token], answer: list[Token], after: list[Token]) -> bool:
    """The question's place-title (단양군수) against the answer's own (송인섭 괴산군수): right
    after it, or inside it after its first word ("송인섭 괴산군수"; "신우람 대표" binds none)."""
    asked, own = _bindings(q_tokens), {**_bindings(after[:3]), **_bindings(answer[1:])}
    return any(
        title in own and not _same_name(place, own[title]) and not _named_to(title, place, after)
        for title, place in asked.items()
    )


def _named_to(title: str, place: str, after: list[Token]) -> bool:
    """The answer's clause gives them the asked place-title ("노하린 가람캐피탈 사장을 가람화재
    사장으로 내정했다" for 가람화재 사장)."""
    return any(
        t.form == title and n.tag == "NNP" and _same_name(place, n.form)
        for n, t in pairwise(_clause(after))
    )


def _post(q_tokens: list[Token], sentence: str, after: list[Token]) -> bool:
    """Who takes a post is asked ("대표 누가 맡아?"), and the answer, the subject of its
    clause, takes another ("B 대표는 합병 법인의 최고운영책임자(COO)를 맡는다")."""
    table = _table()
    acts = set(table["taking_verbs"]) | set(table["naming_acts"])
    asked = {t.form for t in q_tokens if t.form in table["titles"]}
    if not asked or not any(t.form in acts for t in q_tokens):
        return False
    clause = _clause(after)
    for i, t in enumerate(clause[2:], 2):
        marker = clause[i - 1]
        takes = t.tag == "VV" and t.form in table["taking_verbs"] and marker.tag == "JKO"
        named = t.form in table["naming_acts"] and marker.form in ("로", "으로")
        if takes or named:
            k = i - 1
            while k > 0 and clause[k - 1].tag in _IN_POST:
                k -= 1
            post = sentence[clause[k].start : marker.start] if k < i - 1 else ""
            subject = any(_subject(x) for x in clause[:k])
            return subject and bool(post) and not any(title in post for title in asked)
    return False


def _subject(t: Token) -> bool:
    return t.tag == "JKS" or (t.tag == "JX" and t.form in _TOPIC_OR_SUBJECT)


def _act(q_tokens: list[Token], s_tokens: list[Token], after: list[Token]) -> bool:
    """The answer does one act (주최하고) and the sentence gives the asked one (주관) to
    another subject ("A가 주최하고 B가 주관했다")."""
    if not after or not _subject(after[0]):
        return False  # the answer is no subject of its clause ("휘담 H2에는 …")
    clause = _clause(after)
    own = next((n.form for n, t in pairwise(clause) if n.tag == "NNG" and t.tag == "XSV"), "")
    # the acts the question asks the doer of: "보도한 신문은?", "주관 기관은?"
    heads = set(_table()["doer_heads"])
    asked = {
        t.form
        for t, nxt in pairwise(q_tokens)
        if t.tag == "NNG" and (nxt.tag == "XSV" or nxt.form in heads)
    }
    if not own or own in asked:
        return False
    rest = s_tokens[s_tokens.index(clause[-1]) + 1 :] if clause else []
    # the asked act with its own subject right before it ("B가 주관했다")
    return any(
        t.tag == "NNG" and t.form in asked and nxt.tag == "XSV" and i > 0 and _subject(rest[i - 1])
        for i, (t, nxt) in enumerate(pairwise(rest))
    )


def _asks_future(question: str, q_tokens: list[Token]) -> bool:
    table = _table()
    if _LATIN.search(question):
        low = f" {question.lower()} "
        return any(f" {w} " in low for w in table["english_when"]) and any(
            f" {w} " in low for w in table["english_future"]
        )
    if not any(w in question for w in table["when_words"]):
        return False
    if any(t.tag == "EP" and t.form in _PAST for t in q_tokens) or any(
        v.tag in _VERBS and t.tag == "ETM" and t.form == "ᆫ" for v, t in pairwise(q_tokens)
    ):
        return False  # "언제 열렸나?", "계획이 시작된 시기는?"
    # a verb asked in the present ("언제 열리나?", not "언제인가?"), a plan ("할 예정"), a
    # time to come ("내년 언제")
    verb_asked = any(v.tag in _VERBS and t.tag == "EF" for v, t in pairwise(q_tokens))
    plan = any(
        e.tag == "ETM" and e.form == "ᆯ" and t.form in table["plan_nouns"]
        for e, t in pairwise(q_tokens)
    )
    return verb_asked or plan or any(t.form in table["future_words"] for t in q_tokens)


def _place(question: str, q_tokens: list[Token], sentence: str) -> bool:
    """A date asked of an act at a named place or party ("일본에 언제 출시되나?", "기아에
    언제 납품하나?") from a sentence that never writes the name: the date of the act elsewhere
    ("2019년 미국 기업에서 기술을 들여와")."""
    if not any(w in question for w in _table()["when_words"]):
        return False
    flat = re.sub(r"\s+", "", sentence).casefold()
    return any(
        n.tag == "NNP" and at.tag == "JKB" and at.form in _AT and n.form.casefold() not in flat
        for n, at in pairwise(q_tokens)
    )


def _past_clause(after: list[Token]) -> bool:
    """The clause after the answer is past ("1978년 설립된", "2016년부터 운영해 왔다")."""
    clause = _clause(after)
    table = _table()
    if any(t.form in table["future_words"] or t.form in table["plan_nouns"] for t in clause):
        return False
    if any(t.tag == "EP" and t.form in _PAST for t in clause):
        return True
    end = clause[-1] if clause else None
    return (
        end is not None
        and end.tag == "ETM"
        and end.form == "ᆫ"
        and any(t.tag in _VERBS for t in clause)
    )


def _owner(question: str, sentence: str, after: list[Token]) -> bool:
    """The answer names a parent (환경부 산하 ○○센터) or the place of another body's clause
    ("서울에 본사를 둔 B은행은" for A은행); a figure is neither ("2%에서 4%로, 담합은 …")."""
    parents = _table()["parent_words"]
    if after and after[0].form in parents and not any(w in question for w in parents):
        return True
    if not after or after[0].tag != "JKB":
        return False
    clause_end = _clause(after)[-1]
    if clause_end.tag != "ETM":
        return False
    head = sentence[clause_end.end :].split(maxsplit=1)
    word = sentence_tokens(head[0]) if head else ()
    if not word or word[-1].form not in _TOPIC_OR_SUBJECT or not head[0][:-1].isalnum():
        return False  # the clause's head is no name written as a topic or a subject
    name = head[0][: word[-1].start]
    is_name = any(x.tag == "NNP" for x in word) or (len(name) >= 4 and len(word) >= 3)
    return is_name and not _named_in(name, question)


def _named_in(name: str, question: str) -> bool:
    """A word of the question that is part of ``name`` or holds it (한누리 of 한누리저축은행),
    or Latin words that write it (Takashima Medical of 다카시마메디컬)."""
    words = re.findall(r"[가-힣A-Za-z0-9]{2,}", question)
    latin = re.findall(r"[A-Z][A-Za-z]*(?:[ -][A-Z][A-Za-z]*)*", question)
    return any(w in name or name in w for w in words) or any(romanizes(w, name) for w in latin)


def disagreement(question: str, answer: str, sentence: str) -> str:
    """The name of the first check the answer fails in its sentence, "" when it fits (where
    the sentence writes the answer twice, when one of them fits).

    >>> disagreement("11월 수입은 몇 % 늘었나?", "5.1%", "11월 수출은 5.1% 늘었다.")
    'measure'
    """
    starts = [m.start() for m in re.finditer(re.escape(answer), sentence)] if answer else []
    if not starts:
        return ""
    english = bool(_LATIN.search(question))
    question_ko = f"{question} {english_gloss(question)}" if english else question
    q_tokens, s_tokens = sentence_tokens(question_ko), sentence_tokens(sentence)
    failed = [
        _failed(question, question_ko, q_tokens, answer, sentence, s_tokens, at) for at in starts
    ]
    return "" if "" in failed else failed[0]


def _failed(question, question_ko, q_tokens, answer, sentence, s_tokens, at: int) -> str:
    """The first check the answer written at ``at`` fails, "" when none."""
    after = _after(s_tokens, at + len(answer))
    checks = {
        "measure": lambda: _measure(question_ko, answer, sentence, at),
        "title": lambda: _title(q_tokens, _within(s_tokens, at, at + len(answer)), after),
        "post": lambda: _post(q_tokens, sentence, after),
        "act": lambda: _act(q_tokens, s_tokens, after),
        "tense": lambda: (
            bool(_DATE.search(answer))
            and _asks_future(question, sentence_tokens(question))
            and _past_clause(after)
        ),
        "owner": lambda: not answer[:1].isdigit() and _owner(question_ko, sentence, after),
        "counted": lambda: (
            bool(_PEOPLE_COUNT.search(answer)) and _counted(q_tokens, s_tokens, at, after)
        ),
        "place": lambda: (
            bool(_DATE.search(answer)) and _place(question, sentence_tokens(question), sentence)
        ),
        "unit": lambda: foreign_answer(question, answer, s_tokens, at),
    }
    return next((name for name, failed in checks.items() if failed()), "")


def answer_sentence(ans: Answer) -> str:
    """The first evidence sentence that writes the answer ("" when none does)."""
    return next((h.text for h in ans.evidence if ans.answer and ans.answer in h.text), "")


def agreement_capped(question: str, ans: Answer) -> Answer:
    """``ans`` with its confidence capped when it fails a check (the text stays)."""
    cap = _table()["cap"]
    if ans.method == "none" or ans.answer_type == "yes_no" or ans.confidence <= cap:
        return ans
    if disagreement(question, ans.answer or "", answer_sentence(ans)):
        ans.confidence = cap
    return ans
