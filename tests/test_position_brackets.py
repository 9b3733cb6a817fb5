"""Photo-caption position brackets ("(왼쪽)", "(사진)", "(앞줄 왼쪽 세 번째)") read as blank space:
the person before one keeps the organisation after it, and a particle glued after it stays the
person's. Sentences written for these tests (names and numbers made up)."""

from __future__ import annotations

import pytest

from kg import analyze_document, resolve
from kg.analysis import relation_pairs
from kg.kiwi import kiwi
from kg.pieces import Tok, continues, pieces
from kg.position_brackets import BLANK, blank_gap, without_positions


def _shown(text: str) -> str:
    return without_positions(text).replace(BLANK, "_")


def _relations(text: str) -> set[tuple[str, str, str]]:
    ex = resolve([analyze_document("d", text)])
    return {(ex.entities[r.subject].name, r.type, ex.entities[r.object].name) for r in ex.relations}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("박서진(왼쪽) 한빛협회 의장", "박서진____ 한빛협회 의장"),
        ("정하람(사진) 대표", "정하람____ 대표"),
        ("윤세라(사진 우) 이사", "윤세라______ 이사"),
        ("(앞줄 왼쪽 세 번째)", "____________"),
        ("참석자들(왼쪽부터)", "참석자들______"),
        ("오지훈 이사(왼쪽 두번째)", "오지훈 이사________"),
        ("한도윤(오른쪽 3번째)", "한도윤_________"),
        ("서민재(맨 왼쪽에서)", "서민재________"),
    ],
)
def test_position_brackets_are_blanked_to_the_same_length(text, want):
    assert _shown(text) == want
    assert len(without_positions(text)) == len(text)


def test_a_particle_glued_after_the_bracket_moves_before_the_blank():
    # "상무(왼쪽)와": 와 is the title's particle, read right after 상무
    assert _shown("이도윤 상무(왼쪽)와 정하람 대표") == "이도윤 상무와____ 정하람 대표"
    # at the very start nothing precedes it to glue to: the particle stays in place
    assert _shown("(왼쪽)이 대표") == "____이 대표"
    # after a space the bracket stands alone: the particle stays in place
    assert _shown("김태리 (오른쪽)은 말했다") == "김태리 _____은 말했다"


def test_a_word_glued_after_the_bracket_is_kept_where_it_is():
    assert _shown("배수아(왼쪽)이사장") == "배수아____이사장"


@pytest.mark.parametrize(
    "text",
    [
        "하민석(52) 씨",
        "누리전자(123450)",
        "(사진=누리전자 제공)",
        "강(가)",
        "빈 괄호 () 와 ( )",
        "괄호 없음",
    ],
)
def test_other_brackets_stay(text):
    assert without_positions(text) == text


def test_bad_input_is_a_clear_type_error():
    with pytest.raises(TypeError):
        without_positions(None)


def test_blank_gap():
    assert blank_gap(BLANK * 4 + " ")
    assert blank_gap(" " + BLANK * 4 + " ")
    assert not blank_gap(BLANK * 4 + ", ")  # a comma still ends a name
    assert not blank_gap("  ")  # two plain spaces are no blanked bracket
    assert not blank_gap("")


def test_pieces_join_across_a_blanked_bracket_only():
    text = without_positions("박서진(왼쪽) 한빛협회 의장, 조민수(오른쪽), 누리협회 회장")
    ps = pieces(text, [Tok.of(t) for t in kiwi().tokenize(text)])
    by = {p.stem: p for p in ps}
    assert by["한빛협회"].blank_from == by["박서진"].end
    assert continues(by["박서진"], by["한빛협회"])
    assert by["누리협회"].blank_from == -1  # the comma after the bracket still cuts
    assert not continues(by["조민수"], by["누리협회"])


def test_a_person_before_a_bracket_keeps_the_organisation_after_it():
    text = "박서진(왼쪽) 한빛스타트업협회 의장과 조민수 누리소프트협회 회장이 협약을 체결했다."
    a = analyze_document("d", text)
    assert a.sentences[0].text == text  # the sentence is stored as written
    for m in a.mentions:  # offsets are the written text's own
        assert text[m.start : m.end] == m.text
    types = {m.text: m.voted_type for m in a.mentions}
    assert types["박서진"] == "Person"
    assert types["한빛스타트업협회"] == "Organization"
    assert ("박서진", "WORKED_AT", "한빛스타트업협회") in _relations(text)


def test_a_photo_bracket_between_a_name_and_its_company():
    text = "강태오(사진) 미래바이오 대표는 새 치료제를 공개했다고 밝혔다."
    assert ("강태오", "WORKED_AT", "미래바이오") in _relations(text)


def test_people_in_a_caption_keep_their_own_companies():
    text = "한라전자 이도윤 상무(왼쪽)와 누리소프트 정하람 대표(가운데)가 기념 촬영을 하고 있다."
    got = _relations(text)
    assert ("정하람", "WORKED_AT", "누리소프트") in got
    assert ("정하람", "WORKED_AT", "한라전자") not in got


def test_relation_pairs_read_the_blanked_sentence():
    text = "박서진(왼쪽) 한빛스타트업협회 의장이 참석했다."
    analysis, pairs = relation_pairs("d", text)
    assert analysis.sentences[0].text == text
    assert {m.text for m in analysis.mentions} >= {"박서진", "한빛스타트업협회"}
    assert pairs
