"""No answer where the text says it does not give the asked thing (search/stated_support.py):
news writes "금액은 공개하지 않았다", "주관사는 아직 정해지지 않았다", "조직의 정체는 밝혀지지
않았으며", "출시 시기는 미정이다", and a question asking that thing is answered by nothing —
not by another figure, name or date of the right kind.  The dev gold answered "링커스를 해킹한
조직의 이름은?" with the police agency of the same sentence.  Real Kiwi, real e5 embeddings,
real FAISS; the sentences are our own."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.stated_support import withheld

ARTICLE = (
    "가람소프트, 물류 로봇 스타트업 누비봇 인수\n"
    "소프트웨어 기업 가람소프트가 물류 로봇 스타트업 누비봇을 인수했다고 12일 밝혔다. "
    "가람소프트는 누비봇 지분 80%를 사들였지만, 구체적인 인수 금액은 공개하지 않았다.\n"
    "누비봇은 2021년 설립된 회사로, 지난해 매출 95억 원을 올렸다.\n"
    "가람소프트는 2027년 코스닥 상장을 추진하고 있으나 상장 주관사는 아직 정해지지 않았다.\n"
    "업계에서는 해외 물류 기업 한 곳이 누비봇 지분 투자를 검토하고 있다는 관측도 나오지만, "
    '가람소프트 측은 "정해진 바 없다"고 말했다.\n'
    "누비봇이 개발 중인 창고용 로봇 '누비 X'의 출시 시기는 미정이다. "
    "회사는 2025년 5월 첫 제품 '누비 원'을 출시했다.\n"
    "지난달 누비봇 서버에 침입한 해커 조직의 정체는 밝혀지지 않았으며, "
    "경찰청이 접속 기록을 분석하고 있다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "withheld", "가람소프트 누비봇 인수") as kb:
        yield kb


@pytest.mark.parametrize(
    "question",
    [
        "가람소프트가 누비봇을 인수한 금액은 얼마인가?",
        "가람소프트의 상장 주관사는 어디인가?",
        "누비 X는 언제 출시되나?",
        "누비봇 서버에 침입한 해커 조직은 어디인가?",
        "누비봇 지분 투자를 검토하는 해외 물류 기업은 어디인가?",
    ],
)
def test_a_thing_the_text_withholds_is_not_answered(kb, question):
    ans = kb.ask(question)
    assert ans.method == "none", (ans.answer, ans.confidence)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("누비봇을 인수한 회사는 어디인가?", "가람소프트"),  # the 금액 withheld, not the buyer
        ("누비봇의 지난해 매출은 얼마인가?", "95억"),
        ("누비 원은 언제 출시됐나?", "2025년 5월"),
    ],
)
def test_what_the_text_does_give_is_still_answered(kb, question, answer):
    ans = kb.ask(question)
    assert ans.answer and answer in ans.answer, (ans.answer, ans.confidence)


@pytest.mark.parametrize(
    ("sentence", "things", "said"),
    [
        ("양사는 계약 조건을 공개하지 않았다.", {"조건"}, True),
        ("정확한 피해 규모는 알려지지 않았다.", {"피해"}, True),
        ("새 공장의 착공 일정은 확정되지 않았다.", {"착공"}, True),
        ("투자 규모에 대해서는 함구했다.", {"투자"}, True),
        ("인수 가격은 비공개다.", {"인수"}, True),
        ("상장 일정은 결정된 바 없다.", {"상장"}, True),
        ("유출된 계정 수는 아직 파악되지 않았다.", {"계정"}, True),
        ("정확한 피해액은 집계되지 않았다.", {"피해"}, True),
        # the withholding is another clause's: the buyer is given
        ("다온랩스가 누리소프트를 인수했지만, 금액은 공개하지 않았다.", {"인수"}, False),
        # the asked word is the predicate's own: "공개하지 않았던" withholds no 공개
        ("회사는 그동안 공개하지 않았던 신제품을 선보였다.", {"공개"}, False),
        ("회사는 인수 금액을 500억 원이라고 밝혔다.", {"인수"}, False),
        # a predicate inside a longer word is none: 미정산 (unsettled) is no 미정 (undecided)
        ("운영사는 미정산 대금을 내년까지 갚겠다고 밝혔다.", {"대금"}, False),
        ("가맹점에 줄 미정산 수수료는 80억 원이다.", {"수수료"}, False),
        ("남은 대금의 지급 시기는 미정이다.", {"대금"}, True),
        ("구체적인 인수 대금은 언급을 피했다.", {"대금"}, True),
    ],
)
def test_withheld(sentence, things, said):
    assert withheld(sentence, things) is said


@pytest.mark.parametrize(
    ("sentence", "phrase", "said"),
    [
        # a denial right after a report of others withholds what the report says
        (
            '한 대기업이 투자를 검토한다는 이야기가 나오지만, 회사는 "미정"이라고 했다.',
            {"대기업"},
            True,
        ),
        (
            '다온랩스가 매각을 추진한다는 보도가 나왔으나, 회사 측은 "확정된 바 없다"고 밝혔다.',
            {"매각"},
            True,
        ),
        # the report is of another thing: a 미국 startup is no 일본 one
        (
            '미국 스타트업 인수를 추진한다고 보도했으나, 회사는 "확정된 바 없다"고 밝혔다.',
            {"일본", "스타트업"},
            False,
        ),
        # no report before the denial: nothing of the phrase is withheld
        ('다온랩스는 대기업과 손잡았고, 추가 협력은 "정해진 바 없다"고 말했다.', {"대기업"}, False),
    ],
)
def test_a_denial_withholds_the_report_before_it(sentence, phrase, said):
    assert withheld(sentence, {"없는말"}, phrase=phrase) is said
