"""Filters that dropped the reader's right candidate (issue 13, bench/miss_stages.py "candidates:
read, then filtered"): a name written right after a person's title is a person whatever type
the extractor gave it (search/person_fits.py); a date followed by its event's noun is a date
of the event (search/event_dates.py, search/predicate_dates.py); a word glued to a number names a numbered part, no unknown version
(search/graph_answers.py); an English question opening on a preposition names nothing by it
(search/question_terms.py).  Real Kiwi, real e5 embeddings, real FAISS; the article is
invented."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest
from article_kb import article_kb
from candidate_inputs import read

from search.answering import read_question
from search.event_dates import noun_after
from search.graph_answers import unknown_version
from search.passages import sentence_tokens
from search.person_fits import clashes
from search.reader import Candidate
from search.spans import Span

ARTICLE = (
    "한빛제강, 3고로 넉 달 멈춘다\n"
    "철강업체 한빛제강이 광양제철소의 3고로(용광로) 가동을 4개월 동안 멈춘다고 2일 밝혔다. "
    "한빛제강의 철강 주문 앱 '쇳물톡'은 2024년 5월 출시 이후 고객사 120곳이 도입했다. "
    "한빛제강은 2023년 8월 사내 물류 시스템 '쇳길'을 내놓았다. "
    "회사는 상담 서비스 '쇳물봇'을 올해 3분기에 먼저 내놓고, 나머지 두 서비스는 내년 2월부터 "
    "전 지점에 배포한다. "
    "한빛제강 주가는 이날 3.1% 내린 4만1천200원에 장을 마쳤다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "hanbit", "한빛제강, 3고로 넉 달 멈춘다") as kb:
        yield kb


@pytest.mark.parametrize("question", ["쇳물톡은 언제 출시됐어?", "쇳물톡 출시 시기"])
def test_a_date_before_the_events_noun_is_its_date(kb, question):
    ans = kb.ask(question)  # "2024년 5월 출시 이후 … 도입했다": of 출시, not of 도입
    assert ans.answer == "2024년 5월", (ans.answer, ans.method, ans.confidence)


def test_the_noun_after_a_date_and_not_after_a_longer_span():
    toks = sentence_tokens("A은행은 2022년 12월 지점 설립을 신청했다.")
    month = next(i for i, t in enumerate(toks) if t.form == "월")
    assert noun_after(toks, month) == "지점"
    assert noun_after(toks, month + 1) == ""  # "2022년 12월 지점 | 설립": the branch's


def test_the_events_noun_dates_only_the_thing_its_sentence_writes(kb):
    ans = kb.ask("쇳물봇 출시 시기")  # "쇳물톡은 2024년 5월 출시 이후" is another app's
    assert ans.answer != "2024년 5월", (ans.answer, ans.method, ans.confidence)


def test_an_opening_preposition_is_no_unknown_name(kb):
    ans = kb.ask("At what price did the shares close that day?")
    assert ans.answer == "4만1천200원", (ans.answer, ans.method, ans.confidence)
    q, _ = read("In which city did the company stop its furnace?")
    assert q.unknown_names == []


def test_a_word_glued_to_a_number_is_a_part_no_version(kb):
    snap = kb.snapshot()
    part = read_question(snap, "한빛제강 3고로 얼마 동안 멈춰?")
    assert unknown_version(part, snap.extraction) is None
    version = read_question(snap, "한빛제강 2는 언제 나왔어?")  # a particle: a version
    assert unknown_version(version, snap.extraction) == "한빛제강 2"


def _at(text: str, words: str, features: dict, entity: dict | None = None) -> Candidate:
    """The candidate ``words`` of ``text`` with the token indexes the rules read."""
    start = text.index(words)
    toks = sentence_tokens(text)
    first = next(i for i, t in enumerate(toks) if t.start >= start)
    last = max(i for i, t in enumerate(toks) if t.start < start + len(words))
    span = Span(words, start, start + len(words), first, last)
    return Candidate(words, 0, span, features, probability=0.5, entity=entity)


def _input(text: str) -> NS:
    passage = NS(text=text, tokens=list(sentence_tokens(text)), entities=[])
    return NS(passages=[passage], named=set(), named_names=frozenset())


@pytest.mark.parametrize(
    ("text", "clash"), [("솔로 가수 윤하람이", False), ("자회사 윤하람이", True)]
)
def test_a_name_after_a_persons_title_is_a_person(text, clash):
    sentence = f"{text} 새 앨범을 냈다."
    start = sentence.index("윤하람")
    company = {"id": "e1", "type": "Company", "name": "윤하람", "start": start, "end": start + 3}
    c = _at(sentence, "윤하람", {}, entity=company)
    q, asked = read("새 앨범을 낸 가수는 누구야?")
    ri = NS(**vars(_input(sentence)), expected=frozenset({"Person"}), reading=NS(tokens=q.tokens))
    assert clashes(asked, c, ri, people=True) is clash
