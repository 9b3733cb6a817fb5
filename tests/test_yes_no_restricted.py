"""Yes/no questions that restrict with 만 ("국내에서만 판매하나?"), answered 아니오 by a text that
goes beyond the restricted thing: "국내뿐 아니라", another place with 에서도, a count of several
doing the asked act.  A text that restricts the same way still answers 예.  Real Kiwi, real e5
embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.passages import sentence_tokens
from search.restricted_asks import beyond_at, restricted

ARTICLE = (
    "온누리제약, 새 감기약 '숨결' 해외 판매\n"
    "온누리제약이 새 감기약 '숨결'을 국내뿐 아니라 베트남에서도 판매한다고 3일 밝혔다. "
    "숨결의 원료 공급 입찰에는 4개 업체가 참여했고, 한빛화학이 공급사로 뽑혔다. "
    "온누리제약은 오송 공장에서 숨결을 생산하며, 내년부터 충주 공장에서도 숨결을 생산한다. "
    "숨결은 약국에서 처방전 없이 살 수 있고, 한 사람이 한 번에 두 상자만 살 수 있다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "cold", "온누리제약 숨결") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("온누리제약은 숨결을 국내에서만 판매하나?", "아니오"),  # beyond: "국내뿐 아니라"
        ("숨결의 원료 공급 입찰에는 한빛화학만 참여했나?", "아니오"),  # several: "4개 업체가"
        ("온누리제약은 오송 공장에서만 숨결을 생산하나?", "아니오"),  # also: "충주 공장에서도"
    ],
)
def test_a_text_beyond_the_restriction_says_no(kb, question, want):
    ans = kb.ask(question)
    assert ans.answer == want, (ans.answer, ans.confidence, ans.evidence[0].text)


def test_the_same_restriction_is_not_denied(kb):
    ans = kb.ask("숨결은 한 사람이 한 번에 두 상자만 살 수 있나?")
    assert ans.answer == "예", (ans.answer, ans.confidence, ans.evidence[0].text)


def test_the_restricted_thing_and_its_particles():
    assert restricted(sentence_tokens("오송 공장에서만 생산하나?")) == ({"오송", "공장"}, ["에서"])
    assert restricted(sentence_tokens("3년 만에 다시 생산하나?")) is None  # 만 of time, no JX
    toks = sentence_tokens("국내 외에도 베트남에 판다.")
    assert beyond_at(toks, {"국내"})
    assert not beyond_at(toks, {"베트남"})
