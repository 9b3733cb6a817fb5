"""A count asked with one counter and written with another: "병원은 몇 곳인가?" is answered by
"국내 7개 병원" (곳 / 개), "몇 군데" likewise.  Real Kiwi, real e5 embeddings, real FAISS; the
article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "소리담, 수면 치료 앱 확증 임상 착수\n"
    "디지털 치료기기 기업 소리담은 불면증 치료 앱 '숨결-S'의 확증 임상을 시작한다고 14일 "
    "밝혔다. 임상은 한솔대학교병원 수면센터 진다온 교수가 책임연구자를 맡아, 한솔대병원을 "
    "포함한 국내 7개 병원에서 성인 환자 180명을 대상으로 진행된다. 환자들은 8주 동안 매일 "
    "20분씩 스마트폰으로 숨결-S의 수면 훈련 프로그램을 따른다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "sori", "소리담 확증 임상") as kb:
        yield kb


@pytest.mark.parametrize(
    "question",
    [
        "임상이 진행되는 병원은 모두 몇 곳인가?",  # no answer at 517f66f
        "임상에 참여하는 병원은 몇 군데야?",  # '180명' at 517f66f
    ],
)
def test_places_counted_with_another_counter(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "7개", (ans.answer, ans.method, ans.confidence)
