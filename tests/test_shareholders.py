"""The largest shareholder asked in English (issue 13, round 12's miss): "largest shareholder" is
glossed 최대주주 (resources/english.toml), so the sentence that names the holder is read, not the
lead whose byline names the reporter.  Real Kiwi, real e5 embeddings, real FAISS; the article
is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "전력기기 '하람에너텍', 코스닥 상장 첫날 32% 올라\n"
    "(서울=증시저널) 노은결 기자 = 전력기기 업체 하람에너텍(Haram Enertech)이 코스닥 시장에 "
    "상장한 첫날 공모가보다 32% 오른 2만 6400원에 거래를 마쳤다. 장중 한때 주가는 2만 9천 "
    "원까지 올랐다.\n"
    "2015년 설립된 하람에너텍은 변압기와 배전반을 만들어 전국 발전소에 공급한다. 최대주주는 "
    "창업자인 권나래 대표로, 상장 후 지분 28.5%를 보유한다. 2대 주주인 벤처캐피털 "
    "솔바람파트너스는 지분 9%를 갖고 있다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "haram", "하람에너텍 상장") as kb:
        yield kb


@pytest.mark.parametrize(
    "question",
    [
        "Who is Haram Enertech's largest shareholder?",
        "Who is the largest shareholder of Haram Enertech?",
        "하람에너텍의 최대주주는 누구인가?",
    ],
)
def test_the_largest_shareholder_is_the_holder_the_text_calls_so(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "권나래", ans
