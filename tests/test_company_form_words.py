"""A foreign company named with its English form word as a word of its own ("로델라
테라퓨틱스(Rodella Therapeutics)") and without it afterwards ("로델라는") is one company
(grammar.toml organisations.short_forms), so what the later sentences say of it stands."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations, entity_spellings

_LICENSE = (
    "한빛제약은 신약 후보물질 'HB-12'를 독일 바이오기업 로델라 테라퓨틱스(Rodella Therapeutics)에 "
    "기술수출했다. 베를린에 본사를 둔 로델라는 2017년 설립됐다. "
    "마르쿠스 베버(Markus Weber) 로델라 최고경영자(CEO)는 기대를 밝혔다."
)


def test_the_short_name_is_the_company():
    names = entity_spellings(_LICENSE)
    assert any({"로델라", "로델라 테라퓨틱스"} <= spellings for spellings in names.values()), names


@pytest.mark.parametrize(
    "fact",
    [
        ("로델라 테라퓨틱스", "FOUNDED_IN", "2017년"),
        ("마르쿠스 베버", "WORKED_AT", "로델라 테라퓨틱스"),
    ],
)
def test_what_the_short_name_says_is_the_companys(fact):
    subject, rel, obj = fact
    latin = {"로델라 테라퓨틱스": "Rodella Therapeutics", "마르쿠스 베버": "Markus Weber"}
    spellings = {
        (s, rel, o)
        for s in {subject, latin.get(subject, subject)}
        for o in {obj, latin.get(obj, obj)}
    }
    assert_relations(_LICENSE, [spellings], [])


def test_a_form_word_glued_on_is_part_of_the_name():
    # "가온바이오사이언스" is one word: "가온" is another name, not its short form
    text = "가온바이오사이언스는 항체 신약을 개발한다. 가온은 지난해 설립된 화장품 회사다."
    names = entity_spellings(text)
    assert not any({"가온", "가온바이오사이언스"} <= spellings for spellings in names.values()), (
        names
    )
