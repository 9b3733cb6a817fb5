"""A question of languages is answered by every language its sentence lists: "어떤 언어로
더빙되나?" by "독일어와 프랑스어, 이탈리아어" (all three, not the last), "지원 언어" by the row
written beside 지원, not another sentence's languages.  Real Kiwi, real e5 embeddings, real
FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "온누리스튜디오, AI 더빙으로 유럽 진출\n"
    "콘텐츠 제작사 온누리스튜디오가 AI 더빙 기술로 드라마를 유럽에 내보낸다고 9일 밝혔다. "
    "온누리스튜디오 작품은 독일어와 프랑스어, 이탈리아어로 더빙돼 유럽 스트리밍 플랫폼 "
    "'루미플릭스'에서 공개된다. 더빙에는 음성 기술 기업 소리나무의 음성 합성 모델 "
    "'보이스잇 2'가 쓰인다. 보이스잇 2는 한국어·영어·일본어를 지원한다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "onnuri", "온누리스튜디오 AI 더빙") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want", "not_in"),
    [
        # '이탈리아어' alone at 517f66f
        (
            "온누리스튜디오 작품은 어떤 언어로 더빙되나?",
            ["독일어", "프랑스어", "이탈리아어"],
            "영어",
        ),
        ("보이스잇 2 지원 언어", ["한국어", "영어", "일본어"], "독일어"),
    ],
)
def test_every_language_of_the_row(kb, question, want, not_in):
    ans = kb.ask(question)
    assert all(w in ans.answer for w in want), (ans.answer, ans.method, ans.confidence)
    assert not_in not in ans.answer, ans.answer
