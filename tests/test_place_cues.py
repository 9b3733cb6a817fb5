"""Places news tells by the words around them (kg/place_cues.py): a noun of the place's kind
before it, a direction or vicinity after it, a site put there.  Sentences of our own, each run
with the built-in lexicon and without it."""

from __future__ import annotations

import pytest

from kg import analyze_document, resolve


def _types(text: str) -> dict[str, str]:
    ex = resolve([analyze_document("t", text)])
    return {e.name: e.type for e in ex.entities.values()}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a noun of its kind before it
        ("계약식은 페루 수도 리마에서 열렸다.", "리마"),
        ("한빛물류는 튀르키예 최대 항구 도시인 이즈미르에 물류 거점을 마련했다.", "이즈미르"),
        ("가온해운은 휴양 도시 다낭에서 첫 크루즈 노선을 띄운다.", "다낭"),
        # a direction or vicinity after it
        ("공장은 멕시코 몬테레이에서 남쪽으로 약 30km 떨어진 살티요에 들어선다.", "몬테레이"),
        ("미래에너지는 호주 서부 퍼스 인근 광산에 투자했다.", "퍼스"),
        ("해솔건설은 이집트 카이로 외곽에 담수화 설비를 짓는다.", "카이로"),
        # a site put there, or a verb of standing
        ("현지 시공은 아스타나에 본사를 둔 협력사 두 곳이 맡는다.", "아스타나"),
        ("누리은행은 2019년 알마티에 낸 사무소를 지점으로 바꾼다.", "알마티"),
        ("공장은 멕시코 몬테레이에서 남쪽으로 약 30km 떨어진 살티요에 들어선다.", "살티요"),
    ],
)
def test_cued_name_is_a_place(lexicon, text, place):
    assert _types(text).get(place) == "Place"


def test_a_company_near_a_cue_keeps_its_type(lexicon):
    types = _types(
        "가온전자는 한빛반도체에 공장 설비를 공급한다. 박 대표는 다온소프트에 있을 때 영업을 맡았다."
    )
    assert types["한빛반도체"] == "Company"
    assert types["다온소프트"] == "Company"
