"""A name given with a verb of naming ("새 감기약에 붙인 이름은?", "로봇에 지어 준 이름은?") is
the name of the noun before 에, no person's (search/question_heads.py, answer_types.toml
[name_heads] naming_verbs).  Real Kiwi, real e5 embeddings, real FAISS; the article is
invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.resolve import Extraction
from search.question import analyze_question

ARTICLE = (
    "다솜제약은 새 감기약에 '코코린'이라는 이름을 붙였다고 밝혔다. 출시는 내년 1월이다.\n\n"
    "가람로보틱스는 안내 로봇에 '모모'라는 이름을 지어 줬다. 로봇은 다음 달 공항에 배치된다.\n\n"
    "한빛모터스는 첫 전기 트럭에 '누리온'이라는 이름을 붙였다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "names", "다솜제약 새 감기약") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("다솜제약이 새 감기약에 붙인 이름은?", "코코린"),
        ("새 감기약에 붙인 이름은?", "코코린"),  # not 다솜제약, a person's name asked before
        ("가람로보틱스가 안내 로봇에 지어 준 이름은?", "모모"),
        ("한빛모터스가 전기 트럭에 붙인 이름은 무엇인가?", "누리온"),
    ],
)
def test_the_name_given_to_a_thing(kb, question, name):
    ans = kb.ask(question)
    assert ans.answer == name, ans


def test_a_name_given_asks_for_no_person():
    q = analyze_question("새 감기약에 붙인 이름은?", Extraction())
    assert q.expected_type != "Person"
