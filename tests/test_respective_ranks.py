"""각각 rows beyond "A와 B의 점유율은 각각 34%, 26%" (search/respective_figures.py): ranks
("A, B, C가 각각 2위, 5위, 7위에"), figures written before names ("120억원과 80억원을 각각
A와 B에"), a genitive row whose first name owns its first figure ("A와 B의 영업이익은
각각 …") and changes ("A와 B 주가는 각각 2.1%, 3.4% 올랐다").  Real Kiwi, real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "올해 대학생 선호 기업 조사에서 한빛전자, 누리통신, 가온식품이 각각 2위, 5위, 7위에 "
    "올랐다. 1위는 다솜증권이었다.\n\n"
    "벤처캐피털 마루인베스트는 120억원과 80억원을 각각 별내바이오와 초록에너지에 투자했다.\n\n"
    "3분기 한결모터스와 푸른정밀의 영업이익은 각각 1200억원, 830억원으로 집계됐다.\n\n"
    "별빛게임즈와 초록소프트는 신작 흥행에 힘입어 각각 1위와 3위를 차지했다.\n\n"
    "이날 다온화학과 새봄제약 주가는 각각 2.1%, 3.4% 올랐다.\n\n"
    "기업별로는 가람전자와 솔빛자동차가 각각 매출 302조2314억원, 142조5275억원으로 1, 2위를 "
    "차지했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "ranks", "선호 기업 순위") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("누리통신은 몇 위에 올랐나?", "5위"),  # the middle of three, not the last name's 7위
        ("한빛전자는 몇 위?", "2위"),  # not the next sentence's 1위
        ("별빛게임즈의 순위는?", "1위"),  # "1위와 3위를": joined by 와
        ("별내바이오가 받은 투자금은?", "120억원"),  # the names after 각각
        ("한결모터스 영업이익은 얼마인가?", "1200억원"),  # though "푸른정밀의" stands before it
        ("새봄제약 주가는 얼마나 올랐나?", "3.4%"),  # a change asked: no row whole "2.1%, 3.4%"
        ("가람전자 매출은 얼마인가?", "302조2314억원"),  # "각각 매출 …": the measure's word first
    ],
)
def test_each_name_takes_the_figure_at_its_place(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer == figure, ans
