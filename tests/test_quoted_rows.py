"""Lists of quoted titles: "첫 공개작은 어떤 작품들인가?" is answered by every title of the
row the sentence quotes, not one of them; two titles written apart are no row.  Real Kiwi,
real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.quoted_rows import quoted_row

ARTICLE = (
    "온누리스튜디오, AI 더빙으로 유럽 진출\n"
    "콘텐츠 제작사 온누리스튜디오가 AI 더빙 기술로 드라마를 유럽에 내보낸다고 9일 밝혔다. "
    "첫 공개작은 드라마 '바람의 집'과 '새벽 식당', 예능 '우리 동네 탐정' 등 세 편이다. "
    "더빙에는 음성 기술 기업 소리나무의 음성 합성 모델 '보이스잇 2'가 쓰인다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "onnuri", "온누리스튜디오 AI 더빙") as kb:
        yield kb


def test_every_quoted_title_of_the_row(kb):
    ans = kb.ask("첫 공개작은 어떤 작품들인가?")  # '바람의 집' alone at 517f66f
    for title in ("바람의 집", "새벽 식당", "우리 동네 탐정"):
        assert title in ans.answer, (ans.answer, ans.method, ans.confidence)


def test_titles_written_apart_are_no_row():
    assert quoted_row("회사는 '바람의 집'을 먼저 내놓고 다음 달 '새벽 식당'도 공개한다.") == []
