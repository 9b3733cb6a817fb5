"""A list item the article writes with a bracketed Latin second spelling, "A(B)", is one
item shown to a Korean question as A, the article's own Hangul name (search/shown_names.py
hangul_shown): not the Latin B alone, which a reader of the Korean article does not look for,
and not two items."""

from __future__ import annotations

import pytest
from article_kb import article_kb

_ROUND = (
    "한빛로봇, 시리즈A 200억원 유치\n"
    "물류 로봇 스타트업 한빛로봇이 200억원 규모의 시리즈A 투자를 유치했다고 3일 밝혔다. "
    "이번 라운드는 미국 벤처캐피털 솔바람벤처스(Solbaram Ventures)가 주도했고, "
    "누리인베스트와 가람파트너스가 참여했다. "
    "한빛로봇은 투자금으로 창고용 운반 로봇의 양산 설비를 늘린다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, _ROUND, "hanbit", "한빛로봇, 시리즈A 200억원 유치") as kb:
        yield kb


def test_a_glossed_investor_is_listed_by_its_hangul_name(kb):
    ans = kb.ask("한빛로봇에 투자한 곳을 모두 알려줘")
    items = [item.strip() for item in ans.answer.split(",")]
    assert "솔바람벤처스" in items, ans.answer
    assert "Solbaram Ventures" not in items, ans.answer
    assert "누리인베스트" in items and "가람파트너스" in items, ans.answer
