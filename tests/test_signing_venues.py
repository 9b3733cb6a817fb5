"""Where an agreement was signed: the words before 에서 ahead of the verb of signing ("시청
3층 회의실에서 ... 참석한 가운데 투자협약을 체결했다", "도청 소회의실에서 ... 협약을 맺었다"), asked by
a venue noun, by 어디서, or as the place a ceremony was held ("협약식이 열린 곳은?"); "어디와
협약을 맺었나" asks the partner, never the venue (search/venues.py, search/venue_asks.py).
Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.venues import venue_in

ARTICLE = (
    "해솔시, 다온식품과 250억 원 투자협약\n"
    "해솔시는 12일 시청 5층 상황실에서 박지연 해솔시장과 다온식품 대표 등이 참석한 가운데 "
    "250억 원 규모의 투자협약을 체결했다. 다온식품은 해솔 제2산업단지에 2028년까지 공장을 "
    "짓고 90명을 채용한다. "
    "같은 날 청운군은 도청 별관 소회의실에서 가람바이오와 식품 원료 공장 설립 협약을 맺었다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "signing", "해솔시 다온식품 투자협약") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "venue"),
    [
        ("해솔시 투자협약 장소는?", "시청 5층 상황실"),  # a venue noun, the verb 체결
        ("해솔시는 어디서 다온식품과 협약을 체결했나?", "시청 5층 상황실"),  # 어디서 + signing
        ("해솔시 협약식이 열린 곳은?", "시청 5층 상황실"),  # a verb of holding before 곳
        ("청운군은 어디에서 가람바이오와 협약을 맺었나?", "도청 별관 소회의실"),  # 맺었
    ],
)
def test_a_signing_is_held_where_it_is_signed(kb, question, venue):
    ans = kb.ask(question)
    assert ans.answer == venue, (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_where_with_asks_the_partner_not_the_venue(kb):
    ans = kb.ask("청운군은 어디와 협약을 맺었나?")
    assert "소회의실" not in (ans.answer or ""), (ans.answer, ans.method)


def test_who_signed_is_no_venue_question(kb):
    ans = kb.ask("해솔시와 투자협약을 체결한 기업은?")
    assert "상황실" not in (ans.answer or ""), (ans.answer, ans.method)


def test_a_signing_with_no_eseo_has_no_venue():
    assert venue_in("해솔시는 다온식품과 투자협약을 체결했다.") is None
    assert venue_in("청운군은 시청에서 가람바이오와 협약을 맺었다.") == "시청"


LATE = (
    "가온구의회·가온상공회의소 업무협약 체결\n"
    "가온구의회와 가온상공회의소는 3월 4일 10시 가온구의회 대회의실에서 '기업소통협의회' "
    "참여를 위한 업무협약을 체결했다. "
    "이번 협약은 양 기관이 상호 협력을 바탕으로 가온지역 산업발전에 기여하고자 마련됐다. "
    "양 기관은 주요 협약사항으로 ▲공동연구와 간담회 개최 ▲지역 현안 토론회 공동 주관 등을 "
    "추진하기로 했다."
)


@pytest.fixture(scope="module")
def late_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, LATE, "late", "가온구의회 업무협약") as kb:
        yield kb


def test_the_venue_sentence_may_rank_below_the_agreements_others(late_kb):
    # the sentences about the agreement's content share more words with "협약식 장소" than the
    # one that signs it: the venue is read from the best five sentences, not three
    ans = late_kb.ask("협약식 장소는?")
    assert ans.answer == "가온구의회 대회의실", (ans.answer, [h.text[:30] for h in ans.evidence])
