"""A word Kiwi reads as a prefix and a noun ("최연소", "최고령": 최- "most") is no person, though
it starts like the family name 최; a name of that family ("최수연") still is."""

from __future__ import annotations

from relation_cases import extraction


def test_a_prefixed_word_is_no_person():
    ex = extraction(
        "김일두 오픈리서치 대표는 카카오 그룹 최연소 최고경영자(CEO)로 이름을 알렸다. "
        "행사에는 최고령 참가자도 나왔다."
    )
    names = {e.name for e in ex.entities.values()}
    assert not names & {"최연소", "최고령"}, names
    assert ex.entity_by_name("김일두") is not None


def test_a_name_of_the_family_choi_is_still_a_person():
    ex = extraction("최수연 누리소프트 대표는 기자간담회에서 계획을 밝혔다.")
    person = ex.entity_by_name("최수연")
    assert person is not None and person.type == "Person"
