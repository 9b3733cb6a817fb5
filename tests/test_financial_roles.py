"""The bank that arranges, leads or advises on a company's financing is its partner (kg/
financial_roles.py): "금융주선기관인 A·B와", "X가 금융 주선사로 참여한", "대주단은 X가
주관하고".  Found on real project-finance news.  Real Kiwi; the sentences are invented."""

from __future__ import annotations

import pytest

from kg import analyze_document


def _roles(text: str) -> list[str]:
    a = analyze_document("doc", text)
    return sorted(
        f"{a.mentions[c.subject].text}>{a.mentions[c.object].text}"
        for c in a.candidates
        if c.rule == "financial-role"
    )


def test_an_apposition_list_of_arrangers_serves_the_topic():
    text = "동해풍력발전은 금융주선기관인 가람은행·누리은행과 지난달 킥오프 회의를 가졌다."
    got = _roles(text)
    assert "가람은행>동해풍력발전" in got and "누리은행>동해풍력발전" in got, got


@pytest.mark.parametrize(
    "text",
    [
        "동해풍력발전은 새 발전단지를 짓는다. 가람은행이 금융 주선사로 참여했다.",
        "동해풍력발전은 새 발전단지를 짓는다. 대주단은 가람은행이 주관하고 보험사 3곳이 참여했다.",
        "동해풍력발전은 금융자문사인 가람증권과 함께 조건을 검토했다.",
    ],
)
def test_a_bank_in_a_financial_role_partners_the_company(text):
    got = _roles(text)
    bank = "가람증권" if "가람증권" in text else "가람은행"
    assert f"{bank}>동해풍력발전" in got, got


def test_another_apposition_is_no_financial_role():
    assert _roles("동해풍력발전은 시행사인 가람건설과 회의를 가졌다.") == []


def test_leading_without_lenders_is_no_loan():
    assert _roles("동해풍력발전은 새 단지를 짓는다. 가람은행이 주관하는 행사가 열렸다.") == []


def test_no_organisation_to_serve_no_partner():
    assert _roles("금융주선기관인 가람은행과 회의가 열렸다.") == []


def test_a_second_arranger_serves_the_articles_company_not_the_first_arranger():
    text = (
        "세진소재가 1200억 원 규모 유상증자를 결정했다. "
        "대표 주관사는 가람투자증권이 맡았고, 누리증권이 공동 주관사로 참여한다."
    )
    got = _roles(text)
    assert "누리증권>가람투자증권" not in got, got
    assert "누리증권>세진소재" in got, got
