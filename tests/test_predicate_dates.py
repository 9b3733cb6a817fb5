"""A "언제" question asking an event by its verb is answered by the date written with the verb
of that event, in the text's words ("언제 끝나?" / "다음 달 20일 서비스를 종료한다"), not by a
date of another event of the same company.  Real Kiwi, real e5 embeddings, real FAISS; the
article is invented."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from article_kb import article_kb
from candidate_inputs import candidate, read

from kg.kiwi import kiwi
from search.predicate_dates import alike_verbs, asked_verb, verb_dated
from search.reader import Candidate
from search.spans import Span, tokens_of

ARTICLE = (
    "교육 앱 온새미로, 서비스 종료\n"
    "에듀테크 스타트업 온새미로가 다음 달 20일 학습 앱 서비스를 종료한다. "
    "온새미로는 2018년 교사 출신 창업자가 세운 회사다. "
    "남은 직원 30명은 이달 말 회사를 떠난다. "
    "온새미로가 입주한 새 사옥은 내년 말에 착공해 2029년 상반기에 공사를 마칠 계획이었다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "onsaemiro", "온새미로 서비스 종료") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("온새미로 서비스 언제 끝나?", "다음 달 20일"),  # '2018년' before: 종료 is 끝나
        ("새 사옥은 언제 착공하나?", "내년 말"),  # no "2029년 상반기" of 마치
        ("새 사옥 공사는 언제 마치나?", "2029년 상반기"),
        ("직원들은 언제 회사를 떠나?", "이달 말"),  # a guard: the verb as written
    ],
)
def test_the_date_of_the_asked_verb(kb, question, want):
    ans = kb.ask(question)
    assert ans.answer == want, (ans.answer, ans.method, ans.confidence)


def _toks(text: str):
    return tokens_of(kiwi().tokenize(text))


def test_the_asked_verb():
    assert asked_verb(_toks("코드나래 서비스 언제 끝나?"), 2) == "끝나"
    assert asked_verb(_toks("언제 착공하나?"), 0) == "착공"
    assert asked_verb(_toks("출시는 언제인가?"), 2) == ""  # the copula
    assert asked_verb(_toks("언제"), 0) == ""  # nothing after it
    assert asked_verb(_toks("서비스 끝나?"), -1) == ""  # no 언제
    assert {"종료", "마치"} <= alike_verbs("끝나") and alike_verbs("떠나") == {"떠나"}


@dataclass
class _Passage:
    text: str

    @property
    def tokens(self):
        return _toks(self.text)


@dataclass
class _Input:
    passages: list


def test_verb_dated_keeps_cands_without_a_verb_or_a_date_of_it():
    text = "A사는 2019년 세워졌고 다음 달 31일 서비스를 종료한다."
    ri = _Input([_Passage(text)])
    cands = [candidate(text, "2019년", 0.7), candidate(text, "31일", 0.3)]
    for c in cands:
        c.features["cand=date"] = 1.0
    q, asked = read("A사 서비스는 언제인가?")  # no verb asked
    assert verb_dated(q, asked, ri, cands) is cands
    q, asked = read("A사는 언제 상장하나?")  # no date of 상장 written
    assert verb_dated(q, asked, ri, cands) is cands


def _date(text: str, words: str, p: float) -> Candidate:
    """A date candidate with the token indexes the rule reads."""
    start = text.index(words)
    toks = _toks(text)
    first = next(i for i, t in enumerate(toks) if t.start >= start)
    last = max(i for i, t in enumerate(toks) if t.start < start + len(words))
    span = Span(words, start, start + len(words), first, last)
    return Candidate(words, 0, span, {"cand=date": 1.0}, probability=p)


def test_verb_dated_takes_the_date_of_the_alike_verb():
    text = "A사는 2019년 세워졌고 다음 달 31일 서비스를 종료한다."
    cands = [_date(text, "2019년", 0.7), _date(text, "31일", 0.3)]
    q, asked = read("A사 서비스 언제 끝나?")
    got = verb_dated(q, asked, _Input([_Passage(text)]), cands)
    assert [c.text for c in got] == ["31일"] and got[0].probability == pytest.approx(1.0)


def test_verb_dated_prefers_the_sentence_of_the_asked_nouns():
    service = "A사는 다음 달 31일 서비스를 종료한다."
    works = "A사 사옥은 2029년 공사를 마칠 계획이다."
    cands = [_date(works, "2029년", 0.7), _date(service, "31일", 0.3)]
    cands[1] = Candidate("31일", 1, cands[1].span, cands[1].features, probability=0.3)
    q, asked = read("A사 서비스 언제 끝나?")
    got = verb_dated(q, asked, _Input([_Passage(works), _Passage(service)]), cands)
    assert [c.text for c in got] == ["31일"]


def test_the_verb_said_before_the_date_of_saying():
    text = "A사는 B의 후속작을 공개했다고 3일 밝혔다."
    cands = [_date(text, "3일", 0.3), _date("A사는 9월 C를 세웠다.", "9월", 0.7)]
    cands[1] = Candidate("9월", 1, cands[1].span, cands[1].features, probability=0.7)
    q, asked = read("후속작은 언제 공개됐나?")
    passages = [_Passage(text), _Passage("A사는 9월 C를 세웠다.")]
    got = verb_dated(q, asked, _Input(passages), cands)
    assert [c.text for c in got] == ["3일"]


@pytest.mark.parametrize(
    "text",
    [
        "3일 밝혔다.",  # a verb of saying, no predicate before the date
        "A사는 B를 세웠다고 3일 밝혔다.",  # the predicate before it is another event's
        "A사는 3일 B를 세웠다.",  # no verb of saying either
    ],
)
def test_dates_of_no_asked_verb_leave_the_candidates(text):
    cands = [_date(text, "3일", 0.3)]
    q, asked = read("후속작은 언제 공개됐나?")
    assert verb_dated(q, asked, _Input([_Passage(text)]), cands) is cands


def test_the_date_of_saying_after_the_events_own_date():
    text = "A사는 다음 달 5일부터 후속작을 공개한다고 3일 밝혔다."
    cands = [_date(text, "3일", 0.6), _date(text, "5일", 0.4)]
    q, asked = read("후속작은 언제 공개되나?")
    got = verb_dated(q, asked, _Input([_Passage(text)]), cands)
    assert [c.text for c in got] == ["5일"]  # 3일 is when it was said
