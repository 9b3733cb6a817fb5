"""Names that share one title ("한빛전자의 석도윤, 변지아 전무는"): every name of the comma list
is a person working where the title says, not only the last one before the title
(kg/shared_titles.py; issue 13).  Before, the first name was typed a company and the second
linked to it.  Real Kiwi; the sentences are invented."""

from __future__ import annotations

import pytest

from kg import analyze_document, resolve


def _resolved(text: str):
    ex = resolve([analyze_document("doc", text)])
    people = {e.name for e in ex.entities.values() if e.type == "Person"}
    names = {k: e.name for k, e in ex.entities.items()}
    worked = {(names[r.subject], names[r.object]) for r in ex.relations if r.type == "WORKED_AT"}
    return people, worked


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자의 석도윤, 변지아 전무는 부사장으로 승진했다.",
        "한빛전자 석도윤, 변지아 전무는 부사장으로 승진했다.",
        "한빛전자 석도윤·변지아 전무는 부사장으로 승진했다.",  # a middle dot lists them too
        "한빛전자의 석도윤ㆍ변지아 전무는 부사장으로 승진했다.",
    ],
)
def test_every_name_of_the_list_is_a_person_of_the_company(text):
    people, worked = _resolved(text)
    assert {"석도윤", "변지아"} <= people, text
    assert ("석도윤", "한빛전자") in worked, text
    assert ("변지아", "석도윤") not in worked, text


def test_a_company_in_the_list_stays_a_company():
    """Five syllables are no Korean person's name, though 한 is a family name."""
    people, _ = _resolved("한빛전자, 누리소프트 두 회사의 변지아 전무가 자리를 옮겼다.")
    assert "한빛전자" not in people
