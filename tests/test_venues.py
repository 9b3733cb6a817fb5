"""Where an event was held: the words the sentence writes before 에서 ahead of a verb of holding
("…에서 체결식을 열었다", "…에서 설명회를 개최했다"), not a district alone, the companies holding
it or its topic (search/venues.py).  Real Kiwi, real e5 embeddings, real FAISS; the article is
invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "누리통신·한빛은행, 데이터 협력 업무협약 체결\n"
    "누리통신과 한빛은행은 3일 서울 영등포구 한빛은행 본점 15층 대회의실에서 '통신 데이터 기반 "
    "금융 협력 업무협약(MOU)' 체결식을 열었다고 밝혔다. 이날 행사에는 누리통신 대표이사 강서진 "
    "사장과 한빛은행 오민규 행장이 참석했다. "
    "가온바이오는 지난 10일 경기 성남시 판교 가온타워 2층 강당에서 신약 개발 설명회를 개최했다. "
    "가온바이오는 내년 상반기 임상 2상에 들어간다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "venues", "누리통신 한빛은행 업무협약") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "venue"),
    [
        ("누리통신 한빛은행 협약식 어디서 열렸어?", "서울 영등포구 한빛은행 본점 15층 대회의실"),
        ("체결식은 어디에서 열렸나?", "서울 영등포구 한빛은행 본점 15층 대회의실"),
        ("업무협약 체결식 장소는?", "서울 영등포구 한빛은행 본점 15층 대회의실"),
        ("가온바이오 설명회는 어디서 개최됐나?", "경기 성남시 판교 가온타워 2층 강당"),
    ],
)
def test_the_venue_is_the_words_before_eseo(kb, question, venue):
    ans = kb.ask(question)
    assert ans.answer == venue, (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_where_a_company_is_is_no_venue_question(kb):
    ans = kb.ask("가온바이오는 언제 임상 2상에 들어가나?")
    assert "강당" not in (ans.answer or ""), ans.answer
