"""Yes/no questions the text answers no (issue 13): a fare not taken while something is free,
a date not set yet, no plan stated, a thing that works without what the question says it
needs, a plan the question itself asks about; and 알 수 없음 kept when the text says nothing.
Real Kiwi, real e5 embeddings, real FAISS; the shipped reader and calibration.  The article
is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.denials import denied, needed_without, weighed_instead
from search.results import Hit
from search.spans import tokens_of
from search.yes_no import polarity

ARTICLE = (
    "강릉시, 해변 순환 전기버스 시범 운영\n"
    "강릉시는 바다모빌리티와 함께 경포해변과 강문해변을 잇는 순환 전기버스를 다음 달부터 "
    "운영한다고 4일 밝혔다. "
    "순환버스는 오전 9시부터 오후 6시까지 30분 간격으로 다니며, 여름 성수기가 끝나는 8월까지는 "
    "승차 요금을 받지 않는다. "
    "정식 운행 시점은 아직 정해지지 않았다.\n"
    "한편 도담소프트와 누리웍스는 두 회사를 합치는 합병 계약을 맺었다. "
    "두 회사는 합병 이후에도 인력 감축 계획이 없다고 밝혔다. "
    "누리웍스가 함께 공개한 번역기 '누리톡 미니'는 와이파이 연결 없이도 작동한다. "
    "도담소프트는 해외 사업을 넓히기 위해 일본 법인 설립을 검토하고 있다. "
    '누리웍스 최고기술책임자는 "외부 번역 엔진을 검토하기도 했지만 속도를 고려해 자체 엔진을 '
    '택했다"고 말했다. '
    '도담소프트 대표는 "외부 투자는 아직 받지 않았고, 매출로 충분하다"고 말했다.'
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "denials", "강릉시 순환버스") as kb:
        yield kb


def _toks(text: str):
    return tokens_of(kiwi().tokenize(text))


def _hit(text: str) -> Hit:
    return Hit(sentence_id="s", doc_id="d", text=text, score=1.0, entities=[], explain={})


def test_a_denial_after_the_question_words():
    toks = _toks("공연장 주차 요금을 받나?")
    assert denied(toks, "공연 기간에는 공연장 주차 요금을 받지 않는다.", {"주차", "요금", "받"})
    assert not denied(toks, "공연장 주차 요금을 받는다.", {"주차", "요금", "받"})


def test_a_denial_in_another_clause_is_not_the_answer():
    toks = _toks("공연장 주차 요금을 받나?")
    text = "공연장 주차 요금을 받으며, 주말에는 셔틀을 운행하지 않는다."
    assert not denied(toks, text, {"주차", "요금", "받"})


def test_a_sentence_missing_a_question_noun_is_no_answer():
    toks = _toks("공연장 주차 요금을 받나?")
    assert not denied(toks, "입장권은 받지 않는다.", {"주차", "요금", "받"})


@pytest.mark.parametrize(
    "sentence, predicate",
    [
        ("박 교수는 교수직을 유지한 채 대표를 맡는다.", {"교수", "직", "그만두"}),  # 유지 / 그만두
        ("주말에도 순환버스는 무료로 운행한다.", {"순환버스", "요금", "유료", "받"}),  # 무료
        ("새 앱의 출시일은 미정이다.", {"출시", "일", "정하"}),  # 미정
    ],
)
def test_a_word_that_says_no(sentence, predicate):
    assert polarity(sentence, predicate) == "no"


def test_a_plan_the_question_asks_about_is_yes():
    assert polarity("한결은 일본 진출을 검토하고 있다.", {"일본", "진출", "검토"}) == "yes"
    assert polarity("한결은 일본 진출을 검토하고 있다.", {"일본", "진출"}) == "no"


def test_without_what_is_needed():
    toks = _toks("이 앱은 블루투스 연결이 있어야 쓸 수 있나?")
    hit = _hit("이 앱은 블루투스 연결 없이도 쓸 수 있다.")
    assert needed_without(toks, [hit]) is hit
    # the question asking about working without it states no requirement
    assert needed_without(_toks("블루투스 연결 없이 쓸 수 있나?"), [hit]) is None


@pytest.mark.parametrize(
    "question",
    [
        "여름 성수기에 순환버스 승차 요금을 받나?",  # "요금을 받지 않는다", no name
        "합병 이후 인력 감축 계획이 있나?",  # "계획이 없다고", no name
        "누리톡 미니는 와이파이 연결이 있어야 작동하나?",  # "연결 없이도 작동한다"
        "누리웍스는 외부 번역 엔진을 택했나?",  # "검토하기도 했지만 ... 자체 엔진을 택했다"
    ],
)
def test_the_text_says_no(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "아니오", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_a_date_not_set_yet(kb):
    ans = kb.ask("순환버스의 정식 운행 시점이 정해졌나?")
    assert ans.answer == "아니오", (ans.answer, ans.method, ans.confidence, ans.sentence)
    assert "정해지지" in ans.evidence[0].text


def test_weighed_then_another_chosen():
    toks = _toks("그 은행은 외국 업체를 사업자로 택했나?")
    said = '행장은 "외국 업체를 검토했지만 결국 국내 업체를 택했다"고 말했다.'
    assert weighed_instead(toks, said)
    assert not weighed_instead(toks, "행장은 외국 업체를 검토한 끝에 택했다고 말했다.")


def test_a_denial_in_the_subjects_own_words(kb):
    ans = kb.ask("도담소프트가 외부 투자를 받았어?")
    assert ans.answer == "아니오", (ans.answer, ans.method, ans.confidence, ans.sentence)
    assert "받지 않았고" in ans.evidence[0].text


def test_weighing_is_yes_when_the_question_asks_about_weighing(kb):
    ans = kb.ask("도담소프트는 일본 법인 설립을 검토하고 있나?")
    assert ans.answer == "예", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_absence_is_no_denial(kb):
    ans = kb.ask("합병 이후 배당 확대 계획이 있나?")
    # "인력 감축 계획이 없다" denies no dividend: the answer is the text's silence (아니오 by
    # default, the article's own things asked about), never that sentence read as a denial
    assert "말하지 않습니다" in ans.sentence, (ans.answer, ans.method, ans.sentence)
