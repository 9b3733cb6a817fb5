"""A chip maker's English form word (kg/resources: cues.toml [suffixes], grammar.toml short_forms
and closers), on invented sentences: "벨론 세미컨덕터(Belon Semiconductor)" is a company, and
"벨론" written after it is the same company, so what is said of 벨론 is said of it."""

from __future__ import annotations

from relation_cases import assert_relations, entity_spellings, entity_types

_TEXT = (
    "한빛텔레콤이 미국 반도체 기업 벨론 세미컨덕터(Belon Semiconductor)와 손잡고 합작법인 "
    "'누리필드(NuriField)'를 세운다. 한빛텔레콤과 벨론은 지난 3일 계약을 맺었다. "
    "벨론의 최신 칩 'BX-7'이 들어간다."
)


def test_the_short_form_is_the_same_company():
    merged = [names for names in entity_spellings(_TEXT).values() if "벨론 세미컨덕터" in names]
    assert merged and "벨론" in merged[0], entity_spellings(_TEXT)
    assert entity_types(_TEXT)["벨론 세미컨덕터"] == "Company"


def test_what_the_short_form_does_belongs_to_the_company():
    company = {"벨론 세미컨덕터", "Belon Semiconductor"}
    assert_relations(
        _TEXT,
        [
            {(c, "DEVELOPED", "BX-7") for c in company},
            {(c, "LOCATED_IN", "미국") for c in company},
        ],
        [("벨론", "DEVELOPED", "BX-7")],
    )
