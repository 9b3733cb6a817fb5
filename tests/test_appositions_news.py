"""What a thing is, asked as news names it: the noun phrase written right before the name, with a
bracketed gloss inside or after it ("저비용항공사(LCC) 누리에어", "특발성 폐섬유증(IPF) 치료
후보물질 'HN-301'"), a head Kiwi tags as a proper noun ("자사 인기 웹툰 '푸른 등대'"), and never
the phrase before a longer name that begins with it ("앱 '한빛홈 케어'" is no description of
한빛홈).  Real Kiwi, e5 embeddings, FAISS; invented article."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.appositions import appositions

ARTICLE = (
    "누리에어·한빛항공 합병 승인\n"
    "공정거래위원회가 국내 3위 항공사 한빛항공과 저비용항공사(LCC) 누리에어의 합병을 조건부로 "
    "승인했다.\n"
    "생활가전 기업 한빛홈(대표 석진우)은 공기청정기 신제품 3종을 출시한다고 2일 밝혔다. 한빛홈은 "
    "내년 1분기 안에 전용 모바일 앱 '한빛홈 케어'를 내놓는다.\n"
    "코스닥 상장사 가온바이오가 특발성 폐섬유증(IPF) 치료 후보물질 'HN-301'의 임상 3상 결과를 "
    "공시했다. 웹툰 플랫폼 누리툰이 자사 인기 웹툰 '푸른 등대'의 판권을 팔았다. 게임사는 원작을 "
    "바탕으로 한 탐사 게임 '푸른 등대: 표류'를 만든다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "appos", "누리에어 한빛항공 합병") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("누리에어는 어떤 회사인가?", "저비용항공사"),
        ("HN-301은 무슨 약인가?", "폐섬유증"),
        ("한빛홈은 어떤 회사인가?", "생활가전 기업"),
        ("'푸른 등대'는 어떤 작품인가?", "웹툰"),
    ],
)
def test_what_a_thing_is_is_the_phrase_before_its_name(kb, question, expected):
    ans = kb.ask(question)
    assert ans.answer and expected in ans.answer, (ans.answer, ans.method, ans.confidence)


def test_a_gloss_inside_the_phrase_stays_in_it():
    text = "가온바이오가 특발성 폐섬유증(IPF) 치료 후보물질 'HN-301'의 결과를 공시했다."
    assert [a.phrase for a in appositions(text, ["HN-301"])] == [
        "특발성 폐섬유증(IPF) 치료 후보물질"
    ]
