"""An event named in quotes next to the word for its kind is no entity (kg/quoted_events.py):
real briefing news wrote "투자 유치 설명회(이하 IR)인 'Korea Startup Summit ...'", and the
tagger cut the English title into a company, a person and a product, again wherever the title
came back.  A product quoted after its own kind word stays a product; a venture-capital firm
written by its kind word alone ("벤처캐피탈") is no company."""

from __future__ import annotations

from relation_cases import entity_types

_BRIEFING = (
    "누리진흥원은 14일 미국 보스턴에서 스타트업 투자 유치 설명회(이하 IR)인 "
    "'Nuri Startup Summit Boston 2030'을 개최했다고 밝혔다. "
    "'Nuri Startup Summit Boston 2030'에서 IR을 하는 스타트업은 12곳으로, "
    "해외 벤처캐피탈의 추천을 받았다. 한빛소프트는 같은 날 'Hanbit Week' 행사에서 "
    "신제품 '한빛노트 X'를 공개했다."
)


def test_no_piece_of_a_quoted_event_is_an_entity():
    types = entity_types(_BRIEFING)
    pieces = [n for n in types if any(w in n for w in ("Summit", "Startup", "Boston", "Hanbit"))]
    assert not pieces, types


def test_the_kind_word_of_investors_is_no_company():
    assert "벤처캐피탈" not in entity_types(_BRIEFING)


def test_the_host_and_the_product_stay():
    types = entity_types(_BRIEFING)
    assert types.get("한빛소프트") == "Company" and types.get("한빛노트 X") == "Model", types
