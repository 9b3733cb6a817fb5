"""Where a thing is ("2공장은 어느 도시에 들어서나?") is answered by the place its sentence writes
that thing beside, not by where the company that keeps it sits: the graph's place edge of the
company ("울산에 본사를 둔 X") answers only when the thing asked is the company itself or its
head office (search/located_things.py), and the reader's places only when their sentence writes
the thing beside them (search/placed_candidates.py).  A thing the article never writes has no
place (r21-portterminal: the terminal answered with the operator's head office at 0.91;
s20-trust42: the second plant with the first plant's town).
Real Kiwi, real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.located_things import located_thing
from search.passages import sentence_tokens

ARTICLE = (
    "한솔정밀, 반도체 부품 2공장 착공\n"
    "(대구=한빛뉴스) 모가람 기자 = 경남 창원에 본사를 둔 정밀부품 기업 한솔정밀이 반도체 부품 "
    "2공장을 짓는다고 3일 밝혔다.\n"
    "2공장은 경북 구미 국가산업단지에 들어서며 2027년 가동이 목표다. "
    "한솔정밀은 2011년 경남 김해에 첫 공장을 세워 장비용 부품을 만들어 왔다.\n"
    "회사는 올해 매출 목표를 1500억 원으로 잡았다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "hansol", "한솔정밀 2공장") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("한솔정밀 2공장은 어느 도시에 들어서나?", "구미"),  # not its head office nor 1공장's
        ("한솔정밀이 짓는 반도체 부품 2공장은 어느 도시에 들어서나?", "구미"),  # 창원 at 0.94
        ("한솔정밀 본사는 어디에 있나?", "창원"),  # the company's own place
        ("한솔정밀 첫 공장은 어디에 있나?", "김해"),
    ],
)
def test_the_place_written_beside_the_thing_answers(kb, question, place):
    ans = kb.ask(question)
    assert ans.answer and place in ans.answer, (question, ans.answer, ans.confidence)


def test_a_thing_the_article_never_writes_has_no_place(kb):
    ans = kb.ask("한솔정밀이 새로 세우는 연구소는 어느 도시에 들어서나?")
    assert ans.method == "none", (ans.answer, ans.confidence)


@pytest.mark.parametrize(
    ("question", "name", "thing"),
    [
        (
            "한바다포트가 운영권을 따낸 컨테이너 터미널은 어느 도시에 들어서나?",
            "한바다포트",
            "터미널",
        ),
        ("한솔정밀 2공장은 어느 도시에 들어서나?", "한솔정밀", "2공장"),
        ("한솔정밀 본사는 어디에 있나?", "한솔정밀", ""),  # the company itself
        ("한솔정밀은 어디에 있나?", "한솔정밀", ""),
        ("한솔정밀의 소재지는 어디인가?", "한솔정밀", ""),  # a location, no thing
    ],
)
def test_the_thing_a_place_question_asks(question, name, thing):
    assert located_thing(question, sentence_tokens(question), [name]) == thing
