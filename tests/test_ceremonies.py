"""A ceremony is no name (kg/ceremonies.py): the act and 식, whatever Kiwi made of the word.
Sentences of our own, each run with the built-in lexicon and without it."""

from __future__ import annotations

import pytest

from kg import analyze_document, resolve


def _names(text: str) -> set[str]:
    return {e.name for e in resolve([analyze_document("t", text)]).entities.values()}


@pytest.mark.parametrize(
    ("text", "ceremony", "named"),
    [
        ("계약식은 지난달 27일 페루 수도 리마에서 열렸다.", "계약식", "리마"),
        ("서명식은 가온항공 대표와 누리에어 사장이 참석한 가운데 진행됐다.", "서명식", "가온항공"),
        ("개점식에는 김영식 한결은행장이 참석했다.", "개점식", "김영식"),
        ("진수식을 마친 새 선박은 다음 달 해솔해운에 인도된다.", "진수식", "해솔해운"),
    ],
)
def test_ceremony_is_no_entity(lexicon, text, ceremony, named):
    names = _names(text)
    assert ceremony not in names
    assert named in names


def test_venue_after_a_ceremony_read_as_a_proper_noun_is_a_place(lexicon):
    ex = resolve([analyze_document("t", "계약식은 가온타워에서 열렸다.")])
    assert ex.entity_by_name("가온타워").type == "Place"
