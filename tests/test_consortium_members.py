"""A consortium's members (kg/consortia.py), on invented sentences: the lead named before the
word ("X 컨소시엄에는") or beside the members ("X 외에") is each joining member's partner."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations


def _partners(a: str, b: str) -> set[tuple[str, str, str]]:
    return {(a, "PARTNER_OF", b), (b, "PARTNER_OF", a)}


@pytest.mark.parametrize(
    ("text", "lead", "members"),
    [
        (
            "한빛정밀 컨소시엄에는 ▲다온대학교병원 ▲한국로봇기술원 ▲영상 기업 루멘스캔 등 "
            "6개 기관이 이름을 올렸다.",
            "한빛정밀",
            ["다온대학교병원", "한국로봇기술원", "루멘스캔"],
        ),
        (
            "포항시는 자율주행 기업 누리모빌과 시범 운행을 시작한다. 컨소시엄에는 누리모빌 외에 "
            "버스 제조사 한결모터스와 지역 운수업체 가람여객이 참여했다.",
            "누리모빌",
            ["한결모터스", "가람여객"],
        ),
    ],
)
def test_the_lead_partners_each_member(text, lead, members):
    assert_relations(text, [_partners(lead, m) for m in members], [])
