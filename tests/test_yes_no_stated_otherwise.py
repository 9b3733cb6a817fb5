"""Yes/no questions the text answers in other words (issue 13): a goal stated as "…을 목표로
하다", a result stated with another verb ("흑자를 냈나?" / "흑자로 돌아섰다"), a denial that
leaves every name to its paragraph ("다만 구체적인 고객사 이름은 밝히지 않았다"), a verb the
text says with its synonym ("밝히" ~ "공개", "인정" ~ "받아들이", "선정" ~ "뽑히").  Real Kiwi, real e5
embeddings, real FAISS; the shipped reader and calibration.  The article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.asked_clause import clause_polarity
from search.spans import tokens_of

ARTICLE = (
    "물결로보틱스, 시리즈B 300억 원 유치\n"
    "협동로봇 스타트업 물결로보틱스가 300억 원 규모의 시리즈B 투자를 유치했다고 5일 밝혔다. "
    '한도윤 대표는 "2030년 코스피 상장을 목표로 하고 있다"고 말했다. '
    "물결로보틱스의 물류 로봇 부문은 주문이 늘면서 4개 분기 만에 흑자로 돌아섰다.\n"
    "한 대표는 북미 시장 진출 계획도 설명했다. "
    "다만 구체적인 협력사 이름은 밝히지 않았다.\n"
    "물결로보틱스는 경쟁사 대오테크를 상대로 특허 소송을 냈다. "
    "법원은 대오테크의 특허 침해를 인정했지만, 물결로보틱스가 요구한 판매 금지 신청은 "
    "받아들이지 않았다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "mulgyeol", "물결로보틱스 시리즈B") as kb:
        yield kb


def _toks(text: str):
    return tokens_of(kiwi().tokenize(text))


def test_a_noun_made_the_predicate_by_ro_and_a_verb():
    toks = _toks("2030년 코스피 상장을 목표로 하고 있다")
    assert clause_polarity(toks, ["코스피", "상장", "목표"]) == "yes"
    toks = _toks("물류 로봇 부문은 4개 분기 만에 흑자로 돌아섰다.")
    assert clause_polarity(toks, ["물류", "부문", "흑자"]) == "yes"
    # a noun before 로 and another noun is no predicate ("흑자로 전환 뒤에도")
    toks = _toks("물류 로봇 부문은 흑자로 전환 뒤에도 인력을 줄였다.")
    assert clause_polarity(toks, ["부문", "흑자"]) is None


def test_a_goal_stated_in_the_speakers_words(kb):
    ans = kb.ask("물결로보틱스는 코스피 상장을 목표로 하고 있나?")
    assert ans.answer == "예", ans.sentence
    assert "목표로" in ans.evidence[0].text


def test_a_result_stated_with_another_verb(kb):
    ans = kb.ask("물류 로봇 부문은 흑자를 냈나?")
    assert ans.answer == "예", ans.sentence
    assert "흑자로 돌아섰다" in ans.evidence[0].text


def test_a_denial_that_leaves_every_name_to_its_paragraph(kb):
    ans = kb.ask("한도윤 대표는 북미 협력사 이름을 밝혔나?")
    assert ans.answer == "아니오", ans.sentence
    assert "밝히지 않았다" in ans.evidence[0].text


def test_a_verb_stated_with_its_synonym():
    toks = _toks("다만 구체적인 협력사 이름은 공개하지 않았다.")
    assert clause_polarity(toks, ["협력사", "이름", "밝히"]) == "no"
    toks = _toks("물결로보틱스가 요구한 판매 금지 신청은 받아들이지 않았다.")
    assert clause_polarity(toks, ["판매", "금지", "신청", "인정"]) == "no"
    toks = _toks("새솔랩은 바이오 혁신 과제 본사업으로 뽑혔다.")
    assert clause_polarity(toks, ["혁신", "과제", "본사업", "선정"]) == "yes"


def test_the_court_did_not_accept_the_ban(kb):
    ans = kb.ask("법원은 판매 금지 신청을 인정했나?")
    assert ans.answer == "아니오", ans.sentence
    assert "받아들이지 않았다" in ans.evidence[0].text
