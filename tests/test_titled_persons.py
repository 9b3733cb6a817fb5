"""Persons read from the title beside their name (kg/titled_persons.py): a line of work after
a name written right after its employer ("한결증권 오지환 연구원은", "법무법인 한솔의 국서희
변호사는"), a name Kiwi cuts into a noun and a prefix ("주재범": 주재/범), a four-syllable name
of a two-syllable family ("남궁현수"), a name written after its title ("대표이사 김태현은"), a
name Kiwi opens with a prefix ("진하린": 진/XPN, kg/name_context.py) or cuts before 은 ("마정은
상무는").
Real Kiwi; the sentences are invented."""

from __future__ import annotations

import pytest

from kg import analyze_document, resolve


def _types(text: str) -> dict[str, str]:
    ex = resolve([analyze_document("doc", text)])
    return {e.name: e.type for e in ex.entities.values()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('한결증권 오지환 연구원은 "하반기 수출이 회복될 것"이라고 말했다.', "오지환"),
        ("법무법인 한솔의 국서희 변호사는 이번 판결의 의미가 크다고 설명했다.", "국서희"),
        ("누리여행 주재범 대표는 해외 수요가 늘었다고 밝혔다.", "주재범"),
        ("삼정회계법인 남궁현수 회계사는 감사 의견을 냈다.", "남궁현수"),
        ("다온캐피탈 방지후 심사역은 투자 배경을 설명했다.", "방지후"),
    ],
)
def test_a_name_between_its_employer_and_its_title_is_a_person(text, name):
    assert _types(text).get(name) == "Person", text


@pytest.mark.parametrize(
    "text",
    [
        "하버드대 박사후 연구원 출신인 그는 귀국했다.",  # a degree before a line of work
        "한빛대 석사후 연구원 과정을 마쳤다.",
    ],
)
def test_a_degree_before_a_line_of_work_is_no_name(text):
    assert "Person" not in _types(text).values(), text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("대표이사 김태현은 주주총회에서 배당 확대를 약속했다.", "김태현"),
        ("회사 측은 신임 사장 노경태가 취임한다고 밝혔다.", "노경태"),
        ("부사장 차민규는 북미 사업을 맡는다.", "차민규"),
    ],
)
def test_a_name_after_its_title_is_a_person(text, name):
    assert _types(text).get(name) == "Person", text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("연구를 이끈 진하린 최고기술책임자(CTO)가 회사를 세웠다.", "진하린"),  # 진/XPN 하/NNG 린
        ("연구를 이끈 진하윤 최고기술책임자(CTO)가 회사를 세웠다.", "진하윤"),
    ],
)
def test_a_name_kiwi_reads_with_a_prefix_is_a_person(text, name):
    assert _types(text).get(name) == "Person", text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("두 사람은 승진했고, 마정은 상무는 전무로 올랐다.", "마정은"),  # 마정/은(JX)
        ("이번 인사에서 하경은 상무는 부사장으로 승진했다.", "하경은"),
    ],
)
def test_a_name_kiwi_cuts_before_eun_is_a_person(text, name):
    assert _types(text).get(name) == "Person", text


def test_a_word_and_its_particle_before_a_title_stay_apart():
    assert "이번은" not in _types("이번은 사장이 직접 나섰다.")
