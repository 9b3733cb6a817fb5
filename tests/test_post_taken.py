"""A person who takes a post as the subject of 맡다 ("X 실장이 대표를 맡아 이끈다") holds it, though
the title written right after the name is another office: "누리온맵 대표" is X, not no answer.
Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "누리온, 쇼핑·지도 사업 분사\n"
    "포털 기업 누리온이 쇼핑과 지도 사업을 떼어 내 '누리온몰'과 '누리온맵'을 출범시켰다고 2일 "
    "밝혔다. 두 회사 모두 누리온이 지분 100%를 갖는다. "
    "누리온몰 대표에는 대형마트 출신인 남궁하린 부사장이 선임됐다. "
    "누리온맵은 한도경 누리온 지도사업실장이 대표를 맡아 이끈다. 한 대표는 내비게이션 "
    "스타트업을 창업해 매각한 뒤 2020년 누리온에 합류했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "taken", "누리온 분사") as kb:
        yield kb


@pytest.mark.parametrize("question", ["누리온맵 대표", "누리온맵 대표는 누구인가?"])
def test_the_subject_who_takes_the_post_holds_it(kb, question):
    """Without titles._takes: no answer (the office rule read only 커머스실장 after the name)."""
    ans = kb.ask(question)
    assert ans.answer == "한도경", (ans.answer, ans.method, ans.confidence, ans.sentence)
