"""Where an organisation stands, read from its premises written after it: "서울 강남구 누리랩
본사에서", "경기 성남시 한빛텔레콤 판교 사옥에서" (kg/office_sites.py), and the host of an event
at its own premises stays the organisation it is, no venue (kg/venues.py).  Found on real news:
photo captions and meeting reports name the address, the host and its head office in one run,
and a start-up holding a meeting at its head office was typed a place.  Real Kiwi; the
sentences are invented."""

from __future__ import annotations

import pytest

from kg import analyze_document, resolve


def _located(text: str) -> set[tuple[str, str]]:
    ex = resolve([analyze_document("doc", text)])
    name = {e.id: e.name for e in ex.entities.values()}
    return {(name[r.subject], name[r.object]) for r in ex.relations if r.type == "LOCATED_IN"}


def _site_rules(text: str) -> list[str]:
    a = analyze_document("doc", text)
    return [
        f"{a.mentions[c.subject].text}>{a.mentions[c.object].text}"
        for c in a.candidates
        if c.rule == "place-org-site"
    ]


def _types(text: str) -> dict[str, str]:
    ex = resolve([analyze_document("doc", text)])
    return {e.name: e.type for e in ex.entities.values()}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "박 대표는 지난달 서울 강남구 누리랩 본사에서 가진 간담회에서 말했다.",
            ("누리랩", "서울 강남구"),
        ),
        ("두 기관은 독일 튀빙겐 가람연구소 본원에서 협약을 맺었다.", ("가람연구소", "튀빙겐")),
        ("양사는 서울 중구 청해은행 본점에서 협약을 맺었다.", ("청해은행", "서울 중구")),
    ],
)
def test_the_address_before_a_host_and_its_premises_is_where_it_is(text, pair):
    assert pair in _located(text), text


def test_a_place_between_the_host_and_its_premises_is_where_it_is_too():
    text = "3사는 22일 경기 성남시 한빛텔레콤 판교 사옥에서 협약을 체결했다."
    assert {("한빛텔레콤", "경기 성남시"), ("한빛텔레콤", "판교")} <= _located(text)


def test_no_premises_after_the_host_no_site():
    assert _site_rules("양사는 서울 중구 청해은행과 협약을 맺었다.") == []


def test_premises_of_another_clause_are_not_the_hosts():
    # "누리랩은 본사를 ...": the particle says the premises open a clause of their own
    assert _site_rules("서울 강남구 누리랩은 본사를 판교로 옮긴다.") == []


def test_a_place_with_its_own_particle_is_not_the_address():
    assert _site_rules("박 대표는 서울에서 누리랩 본사를 찾았다.") == []


def test_a_branch_is_no_premises_of_the_parent():
    # "미국 뉴욕 X 지사": the branch is in New York, not X (kg/resources/sites.toml)
    assert _site_rules("행사는 미국 뉴욕 누리랩 지사에서 열렸다.") == []


def test_a_host_at_its_own_head_office_is_no_venue():
    text = "박 대표는 지난달 30일 서울 강남구 누리랩 본사에서 가진 간담회에서 말했다."
    assert _types(text).get("누리랩") == "Company"


def test_a_hall_where_an_event_is_held_is_still_a_venue():
    assert _types("양사는 누리스퀘어에서 업무협약식을 열었다.").get("누리스퀘어") == "Place"
