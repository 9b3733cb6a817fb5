"""A name's short form declared in brackets with 이하 ("다온텔레콤(이하 DTC)", "(이하 '누정부')")
is that name from then on: one entity with both aliases, and no relation between the two.
Real Kiwi; the names are invented."""

from __future__ import annotations

import pytest

from kg import analyze_document, resolve


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "한빛에너지솔루션(이하 한빛ES)은 가람전자와 계약했다. 한빛ES는 배터리를 공급한다.",
            "한빛에너지솔루션",
            "한빛ES",
        ),
        (
            "누리정보통신부(이하 '누정부')는 15개 팀을 골랐다. 누정부는 다음 달 발표한다.",
            "누리정보통신부",
            "누정부",
        ),
        (
            "이 회사는 다온텔레콤(이하 DTC)과 협력한다. DTC는 내년에 새 모델을 공개한다.",
            "다온텔레콤",
            "DTC",
        ),
    ],
)
def test_the_short_form_is_the_name(text, full, short):
    ex = resolve([analyze_document("hereafter", text)])
    owner = [e for e in ex.entities.values() if full in e.aliases or e.name == full]
    assert owner and short in {owner[0].name, *owner[0].aliases}, [
        (e.name, e.aliases) for e in ex.entities.values()
    ]
    assert not [r for r in ex.relations if r.subject == r.object]


def test_brackets_without_the_word_are_no_short_form():
    ex = resolve([analyze_document("hereafter", "다온텔레콤(대표 김서준)은 가람전자와 계약했다.")])
    names = {e.name for e in ex.entities.values()}
    assert "다온텔레콤" in names and "김서준" in names, names
