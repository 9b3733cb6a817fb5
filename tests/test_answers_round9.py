"""Answers that hold on text nobody tuned on (issue 13, round 9): a question asking whether
something ever happened before is answered 아니오 by a sentence that calls this time the first;
a person's title in a yes/no question is who is asked about, not what; "남나?" is answered by
"떠나"; "모두 얼마" asks for one total, not a list; an interrogative said
twice asks for a list; a new post is the person named to it; "어디에 있나/생기나" asks for a
place, written whole ("미국 텍사스주 오스틴"); someone "연구하다" somewhere worked there, and
what they say in quotes is no biography, and "(전 대한은행 투자금융부장)" after a name is its
former post.  Real Kiwi, real e5 embeddings, real
FAISS; the shipped reader and calibration.  The article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.question_forms import question_form
from search.spans import tokens_of

ARTICLE = (
    "온결로보틱스, 美 펀드서 300억원 유치\n"
    "물류 로봇 스타트업 온결로보틱스는 미국 벤처캐피털 그레이록벤처스가 주도한 시리즈B에서 "
    "300억원을 투자받았다고 3일 밝혔다. "
    "그레이록벤처스가 한국 기업에 투자하는 것은 이번이 처음이다.\n"
    "온결로보틱스는 투자금으로 미국 텍사스주 오스틴에 물류 로봇 공장을 짓는다.\n"
    "로봇 개발을 총괄한 하도윤 부사장은 아마존에서 음성 모델을 연구하다 2023년 온결로보틱스에 "
    '합류했다. 하 부사장은 "한국어로 일하는 현장에 맞는 로봇을 만들겠다"고 말했다.\n'
    "임원 인사도 냈다. ▲온결로보틱스 재무실장 석하람 전무(전 대한은행 투자금융부장) "
    "▲온결로보틱스 영업본부장 변소율 상무(전 물류나라 영업팀장).\n"
    "온결로보틱스는 2020년 윤채원 이사와 강도현 대표가 세웠다. "
    "공동창업자 가운데 윤채원 이사는 투자가 마무리되면 회사를 떠나 새 회사를 차린다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "round9", "온결로보틱스 투자") as kb:
        yield kb


def test_never_before_when_the_text_calls_it_the_first(kb):
    ans = kb.ask("그레이록벤처스는 이전에 한국 기업에 투자한 적이 있나?")
    assert ans.answer == "아니오", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_a_title_after_a_name_is_no_predicate_and_leaving_is_not_staying(kb):
    ans = kb.ask("윤채원 이사는 투자 뒤에도 온결로보틱스에 남나?")
    assert ans.answer == "아니오", (ans.answer, ans.method, ans.confidence, ans.sentence)


def _form(text: str) -> str:
    toks = tokens_of(kiwi().tokenize(text))
    return question_form(toks, text, 1, read_asked(toks))


def test_모두_얼마_asks_for_one_total():
    assert _form("두 회사가 공장에 투자하는 금액은 모두 얼마인가?") == "factoid"
    assert _form("온결로보틱스가 만든 로봇은 모두 무엇인가?") == "list"  # names: every one


def test_an_interrogative_said_twice_asks_for_a_list():
    # Kiwi reads the second 무엇 as the interrogative; either of the two makes it a list
    assert _form("온결로보틱스가 만든 로봇은 무엇 무엇인가?") == "list"
    assert _form("온결로보틱스가 만든 로봇은 무엇인가?") == "factoid"


def _toks(text: str):
    return tokens_of(kiwi().tokenize(text))


def _named_to(text: str, name: str, titles: set[str]) -> bool:
    from search.titles import appointed

    toks = _toks(text)
    at = next(i for i, t in enumerate(toks) if t.form == name)
    return appointed(toks, at, at, titles)


def test_a_new_post_is_the_person_named_to_it_not_its_holder():
    from search.titles import new_posts

    asked = new_posts(_toks("하늘로보틱스의 새 대표이사로 내정된 사람은 누구인가?"))
    assert {"대표이사", "대표"} <= asked, asked
    assert new_posts(_toks("하늘로보틱스 대표는 누구인가?")) == set()  # the one holding it
    assert _named_to("이사회는 새 대표이사에 민서후 부사장을 내정했다.", "민서후", asked)
    text = "이사회는 오다인 최고재무책임자(CFO)를 신임 대표이사로 선임했다."
    assert _named_to(text, "오다인", {"대표"})
    assert not _named_to("창업자인 변주호 대표는 이사회 의장으로 물러난다.", "변주호", {"대표"})


def test_where_a_thing_stands_is_a_place(kb):
    assert read_asked(_toks("공장은 어디에 있나?")).kind == "place"
    assert read_asked(_toks("창업하기 전에 어디에 있었나?")).kind != "place"  # a workplace
    ans = kb.ask("온결로보틱스의 물류 로봇 공장은 어디에 생기나?")
    assert "오스틴" in (ans.answer or ""), (ans.answer, ans.method, ans.confidence)


def test_an_earlier_employer_is_where_they_did_research_not_a_quoted_word(kb):
    ans = kb.ask("하도윤 부사장은 온결로보틱스에 오기 전에 어디에서 일했나?")
    assert ans.answer == "아마존", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_a_former_post_in_brackets_after_the_name(kb):
    ans = kb.ask("석하람 전무 이전 직장")
    assert "대한은행" in (ans.answer or ""), (ans.answer, ans.method, ans.confidence, ans.sentence)
