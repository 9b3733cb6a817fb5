"""Figures asked as people ask them (figure63): a word of when or of which value written between
what is measured and 얼마 ("보조금 내년에 최대 얼마야?", "보험료 원래 한 달에 얼마였대?") is no
head noun of the ask (search/question_heads.py passes it over); a figure a clause sets its
object to ("보조금을 최대 150만원으로 유지한다") is written with the object's nouns
(search/written_nouns.py); 원래 asks the value a change starts from, written with 에서 or as a
past level ("월 4만2천원이던 보험료가 5만원 가까이로", search/change_ends.py); 적자 asks the
figure written with a noun of a loss ([attributes] of resources/answer_types.toml).  Real Kiwi,
real e5 embeddings, real FAISS; the article is invented.
"""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.spans import tokens_of
from search.written_nouns import written_nouns


def _head(question: str) -> str:
    return read_asked(tokens_of(kiwi().tokenize(question))).head


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # a year and a bound between the noun and 얼마: 내년 was read as the head
        ("누리시 지방비 보조금 내년에 최대 얼마야?", "보조금"),
        ("누리시 지방비 보조금은 내년에 최대 얼마인가?", "보조금"),
        # a former value and a span counted per: 달 was read as the head
        ("가입자 보험료 원래 한 달에 얼마였대?", "보험료"),
        ("요금은 처음에 얼마였나?", "요금"),
        # nothing but the adverb before 얼마: nothing to pass over to
        ("올해 얼마야?", "올해"),
        # the year written before the noun stays a word of the phrase, the noun the head
        ("내년 예산은 얼마인가?", "예산"),
    ],
)
def test_adverbs_before_the_interrogative_are_no_head(question, head):
    assert _head(question) == head


def test_a_figure_set_to_is_written_with_its_object():
    text = "누리시는 내년에도 전기 승용차 지방비 보조금을 최대 150만원으로 유지하기로 했다."
    toks = tokens_of(kiwi().tokenize(text))
    # before: only the clause's topic (누리시), so a headline's "보조금 최대 580만원" won
    assert {"지방비", "보조금"} <= written_nouns(text, toks, text.index("150"))
    # no (으)로 after the figure: the object is no value set, only the topic is read
    text = "누리시는 보조금을 최대 150만원 지급한다."
    toks = tokens_of(kiwi().tokenize(text))
    assert written_nouns(text, toks, text.index("150")) == {"누리시"}
    # a target set is no value of what it targets: "MAU 목표를 1300만 명으로" is no MAU
    text = "부행장은 내년 누리온 MAU 목표를 1300만 명으로 잡았다."
    toks = tokens_of(kiwi().tokenize(text))
    assert "mau" not in written_nouns(text, toks, text.index("1300"))


ARTICLE = (
    "내년 전기차 보조금 최대 580만원으로 줄어\n"
    "환경부는 내년 전기 승용차 국고 보조금을 최대 580만원으로 정했다고 3일 밝혔다. "
    "올해보다 70만원 줄어든 금액이다.\n"
    "지방자치단체 보조금도 줄어드는 곳이 많다. 다만 누리시는 내년에도 전기 승용차 지방비 "
    "보조금을 최대 150만원으로 유지하기로 했다. 한빛시는 지방비 보조금을 90만원에서 "
    "60만원으로 낮춘다.\n"
    "한편 가람자동차 주가는 이날 전날보다 6.2% 내린 3만1천원에 거래를 마쳤다.\n"
    '가람동에 사는 회사원 박소율(38)씨는 "월 2만6천원이던 충전 요금이 3만원 가까이로 '
    '오른다는 안내를 받았다"고 말했다.\n'
    "충전 사업자 누리차지는 지난해 매출 2천310억원에 영업손실 184억원을 냈다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(
        tmp_path_factory, ARTICLE, "evsub", "내년 전기차 보조금 최대 580만원으로 줄어"
    ) as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # no answer before (내년 read as the head, the headline's 580만원 the only figure of it)
        ("누리시 전기차 지방비 보조금 내년에 최대 얼마야?", "150만원"),
        # the headline's 580만원 at 0.88 before
        ("누리시 전기차 지방비 보조금은 내년에 최대 얼마인가?", "150만원"),
        ("누리시 지방비 보조금 최대 얼마야?", "150만원"),
        # the national figure, asked the same way, stays the national one
        ("전기 승용차 국고 보조금 내년에 최대 얼마야?", "580만원"),
        # the value before a change asked by 원래 (search/change_ends.py): "A이던 X가 B로" is
        # a change from A, and the person's age (38) no money; 38 before
        ("박소율씨 충전 요금 원래 한 달에 얼마였대?", "2만6천원"),
        ("한빛시 지방비 보조금 원래 얼마였어?", "90만원"),
        # a loss asked by 적자 is the figure written with a noun of a loss ([attributes]),
        # no revenue of the same sentence (매출 2천310억원 before)
        ("누리차지 작년에 적자 얼마 냈어?", "184억원"),
        # a fall as people ask it (빠지다: search/changes.py)
        ("가람자동차 주가 얼마나 빠졌어?", "6.2%"),
    ],
)
def test_colloquial_figures(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer is not None and figure in ans.answer, (ans.answer, ans.confidence)
