"""A local place written once before a list of organisations is where each of them is (kg/
place_lists.py): "경남 하동군 가람농협과 누리농협이".  Found on real news of cooperative mergers,
where only the first member got the place.  Real Kiwi; the sentences are invented."""

from __future__ import annotations

import pytest

from kg import analyze_document, resolve


def _located(text: str) -> set[tuple[str, str]]:
    ex = resolve([analyze_document("doc", text)])
    name = {e.id: e.name for e in ex.entities.values()}
    return {(name[r.subject], name[r.object]) for r in ex.relations if r.type == "LOCATED_IN"}


def _rule(text: str) -> list[str]:
    a = analyze_document("doc", text)
    return sorted(
        f"{a.mentions[c.subject].text}>{a.mentions[c.object].text}"
        for c in a.candidates
        if c.rule == "place-before-list"
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "충북 옥천군 가람농협과 누리농협이 하나로 합친다. 두 조합은 합병에 합의했다.",
            "충북 옥천군",
        ),
        (
            "전북 정읍의 가람농협과 누리농협이 하나로 합친다. 두 조합은 합병에 합의했다.",
            "전북 정읍",
        ),
    ],
)
def test_a_local_place_before_a_list_covers_each_member(text, place):
    assert {("가람농협", place), ("누리농협", place)} <= _located(text), text


def test_a_list_joined_by_a_middle_dot_is_covered_too():
    assert _rule("충북 옥천군 가람농협·누리농협이 합병 계약을 맺었다.") == [
        "가람농협>충북 옥천군",
        "누리농협>충북 옥천군",
    ]


def test_a_country_before_a_list_is_the_first_members_alone():
    assert _rule("미국 노스웨이브와 한빛텔레콤이 협약을 맺었다.") == []


def test_one_organisation_after_the_place_is_left_to_the_place_org_rule():
    assert _rule("충북 옥천군 가람농협이 새 조합장을 뽑았다.") == []


def test_a_place_with_another_particle_covers_nobody():
    assert _rule("충북 옥천군에서 가람농협과 누리농협이 협약을 맺었다.") == []
