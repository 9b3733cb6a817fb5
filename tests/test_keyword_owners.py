"""A keyword question names the owner bare before the asked role ("동녘순환도로 최대주주" as
"동녘순환도로의 최대주주는?", issue 13, held-out round 32's toll road): the noun Kiwi splits off
the end of the owner's name (동녘순환/도로) is no word saying which kind of 주주, and the party
the text writes in the role's slot answers.  Real Kiwi, real e5 embeddings, real FAISS; the
article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "동녘순환도로 통행료 내년부터 20% 인하\n"
    "국토교통부는 민자도로 운영사 동녘순환도로와 사업 재구조화 협약을 맺고 통행료를 내년 "
    "1월부터 20% 낮추기로 했다고 9일 밝혔다. 승용차 통행료는 3천200원에서 2천560원이 된다.\n"
    "동녘순환도로의 최대주주는 지분 58%를 가진 마루인프라자산운용이다. 나머지 지분은 "
    "한결건설 등 건설사 세 곳이 나눠 갖고 있다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "ringroad", "동녘순환도로 통행료 인하") as kb:
        yield kb


@pytest.mark.parametrize(
    "question", ["동녘순환도로 최대주주", "동녘순환도로최대주주", "동녘순환도로의 최대주주는?"]
)
def test_the_owner_written_bare_is_no_kind_of_the_role(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "마루인프라자산운용", ans
    assert ans.method != "none"
