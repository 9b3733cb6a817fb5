"""Short forms news writes alone (extract23): a company's or an agency's name shortened to the
first syllables of its parts, which the tagger reads as a person's name of three syllables, is the
organisation's alias; a person whose name only happens to fit stays a person.  Invented sentences,
with the lexicon and without it."""

from __future__ import annotations

from relation_cases import entity_spellings, entity_types


def test_a_short_form_typed_a_person_is_the_organisations_alias(lexicon):
    # "한누원" picks 한(국)누(리)원(자력); written alone before a person and a title, the tagger
    # took it for a person's name (kg/short_forms.retyped_short_forms)
    text = (
        "한국누리원자력은 새 원전 건설 계획을 2일 발표했다. 한누원은 이 사업에 3조 원을 쓴다. "
        '한누원 측은 "안전을 먼저 지키겠다"고 말했다.'
    )
    names = entity_spellings(text)
    assert {"한국누리원자력", "한누원"} in names.values(), names
    assert entity_types(text)["한누원"] in {"Company", "Organization"}


def test_a_short_form_before_a_person_and_a_title(lexicon):
    text = '한국누리원자력은 새 원전 계획을 2일 발표했다. 한누원 오정민 사장은 "안전"이라고 말했다.'
    types = entity_types(text)
    assert types.get("한누원") == types.get("한국누리원자력") != "Person", types
    assert types.get("오정민") == "Person", types


def test_a_persons_name_that_fits_stays_a_person(lexicon):
    # 한가람 takes the word 가람 whole, 한지원 the name's last syllable: names, not short forms
    text = (
        '한국가람전력은 새 계획을 발표했다. 한가람 대표는 "성장하겠다"고 말했다. '
        "한국지능정보원도 참여한다. 한지원 연구원은 설계를 맡는다."
    )
    types = entity_types(text)
    assert types.get("한가람") == types.get("한지원") == "Person", types
