"""A valuation belongs to the company invested in, not to the investor written last before it
("B벤처스가 투자를 이끌었고 ... 투자 후 기업가치는 1800억 원"), and a name written with 역시 owns
the figures after it ("새벽생명 역시 3분기 영업이익이 940억 원").  At 699752d both asked figures
were dropped (no answer).  Real Kiwi, real e5 embeddings, real FAISS; invented article."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.investee_figures import investee_asked, invests_at
from search.passages import sentence_tokens

ARTICLE = (
    "재고관리 스타트업 나래픽, 250억 원 투자 유치\n"
    "재고관리 스타트업 나래픽(Narapick)이 250억 원 규모의 시리즈B 투자를 유치했다. "
    "청솔벤처스가 투자를 이끌었고 다래캐피탈·들꽃인베스트먼트 등 2곳이 새로 참여했다. "
    "기존 투자사인 은하파트너스도 후속 투자에 나섰다. 투자 후 기업가치는 1800억 원으로 "
    "평가받았다.\n"
    "한빛생명은 3분기 영업이익이 2100억 원으로 12% 늘었다. 새벽생명 역시 3분기 영업이익이 "
    "940억 원으로 8% 증가했다.\n"
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "investee", "나래픽 투자 유치") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("나래픽 기업가치는 얼마인가?", "1800억"),
        ("새벽생명의 3분기 영업이익은?", "940억"),
        ("한빛생명의 3분기 영업이익은?", "2100억"),
    ],
)
def test_the_figure_of_the_named_company(kb, question, want):
    ans = kb.ask(question)
    assert ans.answer and want in ans.answer, (ans.answer, ans.confidence, ans.sentence)


@pytest.mark.parametrize(
    ("text", "name", "invests"),
    [
        ("누리벤처스가 투자를 이끌었고 하늘캐피탈이 새로 참여했다.", "누리벤처스", True),
        ("누리벤처스는 다온랩스에 50억 원을 투자했다.", "누리벤처스", True),  # 투자하다
        ("다온랩스가 200억 원 규모의 시리즈B 투자를 유치했다.", "다온랩스", False),  # raises it
        ("누리벤처스는 올해 인력을 두 배로 늘렸다.", "누리벤처스", False),  # no investing
        # the clause ends at 고: the next clause's investing is another's
        ("다온랩스는 서울에 있고 누리벤처스가 투자를 이끌었다.", "다온랩스", False),
    ],
)
def test_invests_at(text, name, invests):
    end = text.find(name) + len(name)
    assert invests_at(text, sentence_tokens(text), end) is invests


def test_investee_asked():
    assert investee_asked(("기업가치", "몸값", "가치"))
    assert not investee_asked(("매출",))
