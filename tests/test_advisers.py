"""Advisers and lead managers told by their role (kg/advisers.py): "X는 Y의 인수 자문을
맡았다", "X와 W는 Y와 Z의 상장을 공동주관한다", "Y는 X와 W의 자문을 받았다" — each adviser is
its client's PARTNER_OF (tests/gold/README.md).  Invented names."""

from __future__ import annotations

import pytest
from relation_cases import named_relations

from kg import advisers


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, t, o in named_relations(text) if t == "PARTNER_OF"}


@pytest.mark.parametrize(
    "text",
    [
        "법무법인 세화는 한빛제약의 누리바이오 인수 자문도 맡았다.",  # 맡/VV
        "법무법인 세화는 한빛제약의 누리출판 매각 자문을 마무리했다.",  # 마무리/NNG 하/XSV
    ],
)
def test_the_topic_takes_on_advice_for_the_name_with_ui(text):
    assert frozenset(("법무법인 세화", "한빛제약")) in _partners(text)


def test_co_lead_managers_of_two_listings_are_each_ones_partner():
    text = "한결증권과 대운증권은 누리바이오와 다온텍의 상장을 공동주관한다."
    found = _partners(text)
    for a in ("한결증권", "대운증권"):
        for b in ("누리바이오", "다온텍"):
            assert frozenset((a, b)) in found, (a, b, found)


def test_the_client_receives_advice_from_each_adviser():
    found = _partners("노스PE는 대운회계법인과 한결회계법인의 자문을 받았다.")
    assert {frozenset(("노스PE", "대운회계법인")), frozenset(("노스PE", "한결회계법인"))} <= found


@pytest.mark.parametrize(
    "text",
    [
        "한빛제약은 누리바이오의 연구를 맡았다.",  # a task that is no adviser's role
        "한결증권은 누리바이오의 상장 주관",  # a role without its verb
        "누리바이오의 자문 요청에 한빛제약이 답했다.",  # a role that is no verb's object
        "한빛제약의 자회사 누리바이오는 상장 주관을 맡았다.",  # the name with 의 before the topic
    ],
)
def test_no_adviser_without_the_role_its_verb_and_client(text):
    assert not _partners(text)


def test_a_missing_word_list_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(advisers, "load_table", lambda name: {"advisers": {"roles": ["자문"]}})
    advisers._table.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"\[advisers\] needs take, receive"):
            advisers._table()
    finally:
        advisers._table.cache_clear()


# realext38: two more shapes of real deal news
@pytest.mark.parametrize(
    "text",
    [
        "한빛제약의 누리바이오 인수 자문은 법무법인 세화가 맡았다.",  # the role as the topic
        "법무법인 세화는 이번 거래에서 한빛제약을 대리했다.",  # 대리/NNG 하/XSV
    ],
)
def test_the_role_as_topic_and_the_firm_that_represented_its_client(text):
    assert frozenset(("법무법인 세화", "한빛제약")) in _partners(text)


def test_each_firm_represented_the_client_after_it():
    found = _partners("법무법인 세화는 한빛제약을, 법무법인 정률은 누리바이오를 각각 대리했다.")
    assert frozenset(("법무법인 세화", "한빛제약")) in found
    assert frozenset(("법무법인 정률", "누리바이오")) in found
    assert frozenset(("법무법인 세화", "누리바이오")) not in found


@pytest.mark.parametrize(
    "text",
    [
        "한빛제약의 누리바이오 인수 자문은 아직 정해지지 않았다.",  # a topic role, no taking verb
        "한빛제약의 자문은 끝났다.",  # a topic role, no adviser after it
        "한빛제약의 김 대리는 누리바이오를 방문했다.",  # 대리 as a rank, no verb
        "한빛제약을 대리했다.",  # no firm that represented
    ],
)
def test_no_adviser_from_the_new_shapes_without_both_ends(text):
    assert not _partners(text)
