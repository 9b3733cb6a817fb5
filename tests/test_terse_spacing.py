"""A question typed as one glued word ("한결제철3고로연간생산능력", "누리모빌리티와한별오토합병기일")
is read as its spaced form: cut at the names the knowledge base knows wherever they stand in the
word, and at noun boundaries elsewhere, keeping whole the compound the asked kind is read from
(search/terse_spacing.py).  Before, the rest after a name opening the word was cut at every
noun ("연간 생산 능력" asked a thing, not a figure), and a name further in a word no name opens
stayed glued to the words before it.  Real Kiwi, e5, FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "누리모빌리티·한별오토 합병 결의\n"
    "중고차 거래 플랫폼 누리모빌리티와 한별오토는 이사회를 열고 두 회사의 합병을 결의했다고 "
    "밝혔다. 합병 기일은 10월 1일이다. 한별오토 주식 1주당 누리모빌리티 주식 0.35주가 "
    "배정된다. 누리모빌리티의 전기스쿠터 바람E는 출시 2년 만에 국내 누적 판매 3만 2000대를 "
    "기록했다. 한편 한결제철은 당진 3고로의 개보수를 마쳤다. 한결제철 3고로의 연간 "
    "생산능력은 400만t으로 늘었다."
)

QUESTIONS = [
    # the kind is read from the glued compound: 생산능력 a figure, 기일 a date, 누적판매 a count
    ("한결제철3고로연간생산능력", "400만", "number"),
    ("누리모빌리티와한별오토합병기일", "10월 1일", "date"),
    ("바람E국내누적판매", "3만 2000대", "number"),
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nuri", "누리모빌리티·한별오토 합병 결의") as kb:
        yield kb


@pytest.mark.parametrize(("terse", "answer", "kind"), QUESTIONS)
def test_a_glued_question_asks_the_kind_of_its_last_compound(kb, terse, answer, kind):
    got = kb.ask(terse)
    assert got.answer_type == kind, (got.answer_type, got.answer)
    assert answer in (got.answer or ""), (got.answer, got.method, got.confidence)
    assert got.question == terse  # the question as typed is what the user sees


@pytest.mark.parametrize(
    ("question", "repaired"),
    [
        # a name inside the word, after words of no name
        ("분할뒤누리모빌리티주식1주당가격", "분할뒤 누리모빌리티 주식 1주당 가격"),
        ("올해누리모빌리티국내누적판매", "올해 누리모빌리티 국내 누적판매"),
        # a head compound stays whole: 누적판매 asks a count, 판매 alone does not
        ("누리모빌리티국내누적판매", "누리모빌리티 국내 누적판매"),
    ],
)
def test_a_glued_word_is_cut_at_the_names_inside_it(kb, question, repaired):
    from search.question_repair import repair_question

    snap = kb.snapshot()
    assert repair_question(question, snap.extraction, snap.names) == repaired
