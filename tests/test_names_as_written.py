"""Names as real news writes them (extract20): quoted titles listed after one word for a kind of
work, short forms Kiwi cuts apart, each on invented sentences, with the lexicon and without it."""

from __future__ import annotations

from relation_cases import entity_spellings, entity_types, named_relations


def test_quoted_titles_listed_after_a_kind_of_work(lexicon):
    # "드라마 'A'와 'B', 예능 'C'": 드라마 introduces both quoted titles of its list
    # (kg/quoted_titles.py, resources/works.toml), and a city's name inside a title ("서울") is
    # part of the title, not a place
    text = (
        "누리픽처스는 올해 방영된 드라마 '푸른 다락방'과 '서울 밤열차', 예능 '같이 걸어요' "
        "시즌2 등 세 편을 해외에 공급한다."
    )
    types = entity_types(text)
    for title in ("푸른 다락방", "서울 밤열차", "같이 걸어요"):
        assert types.get(title) == "Model", types
    assert "서울" not in types, types


def test_a_quoted_phrase_after_a_title_is_no_work_unless_listed(lexicon):
    # the list goes on only through a joiner: a quoted remark later in the sentence is no title
    text = "드라마 '푸른 다락방'이 인기를 끌자 누리픽처스는 '글로벌 진출'을 선언했다."
    types = entity_types(text)
    assert types.get("푸른 다락방") == "Model" and "글로벌 진출" not in types, types


def test_a_short_form_kiwi_cuts_into_common_words(lexicon):
    # "한누전" shortens "한국누리전력" (Kiwi: 한/MM 누전/NNG) and "대가공" "대한가람공사"
    # (대/XPN 가공/NNG): neither is offered as a name by the tagger; each is its organisation
    # (kg/short_forms.py), merged with it (kg/merge_rules.py)
    text = (
        "한국누리전력은 2일 새 발전소 건설 계획을 발표했다. 한누전은 이 발전소에 3000억 원을 "
        "투입한다. 대한가람공사도 참여한다. 대가공은 설계를 맡는다."
    )
    names = entity_spellings(text)
    assert {"한국누리전력", "한누전"} in names.values(), names
    assert {"대한가람공사", "대가공"} in names.values(), names


def test_a_common_word_that_fits_no_organisation_stays_a_word(lexicon):
    # "신제품" fits no organisation of the document; "대규모" fits none either; "한국어" keeps the
    # public prefix 한국 whole: the language, not "한국누리어학원" shortened
    text = "한국누리어학원은 대규모 강의실을 짓는다. 신제품은 내년에 나온다. 한국어 강좌도 늘린다."
    names = entity_spellings(text)
    assert not any(n & {"신제품", "대규모", "한국어"} for n in names.values()), names


def test_names_of_a_list_counted_as_countries_are_places(lexicon):
    # "A·B·C 등 남미 3개국": the counter says the names listed are countries, whatever the tagger
    # guessed of unknown foreign names (grammar.toml [lists.counted], kg/followers.py)
    text = "누리플레이는 내년부터 벨마리아·코르단·세비아 등 남미 3개국에 드라마를 공급한다."
    types = entity_types(text)
    for country in ("벨마리아", "코르단", "세비아"):
        assert types.get(country) == "Place", types
    assert types.get("누리플레이") == "Company", types


def test_names_of_a_list_counted_as_companies_stay_companies(lexicon):
    # "2개사" counts companies; a lone name before a count is no list and gets no vote
    text = "가람전자는 한빛소재·다온화학 등 2개사와 손잡았다. 세비아 3개국 순방이 끝났다."
    types = entity_types(text)
    assert types.get("한빛소재") == types.get("다온화학") == "Company", types


def test_a_place_before_an_acronym_for_a_trade_is_the_place(lexicon):
    # "페루 OTT 누리플릭스와": a country and a kind of service before the company's name; the
    # tagger took "페루 OTT" for one name, and the document names 페루 as a country
    # (kg/placed_acronyms.py)
    text = (
        "가온엔터, 페루 OTT 누리플릭스와 손잡고 K드라마 AI 더빙 남미 공급\n"
        "가온엔터는 페루·칠레·볼리비아 등 남미 3개국에 드라마를 공급한다."
    )
    types = entity_types(text)
    assert "페루 OTT" not in types and types.get("페루") == "Place", types
    assert types.get("누리플릭스") == "Company", types


def test_a_union_branch_is_an_organisation(lexicon):
    # "누리게임즈지회": the branch of a union at the company 누리게임즈, named by the company and
    # the ending 지회 (grammar.toml organisations.Organization), no company of its own
    text = (
        "전국화학섬유식품산업노동조합 누리게임즈지회는 15일 파업을 예고했다. "
        "누리게임즈지회는 2023년 4월 설립됐으며 사측과 교섭을 이어간다."
    )
    assert entity_types(text).get("누리게임즈지회") == "Organization", entity_types(text)
    # an organisation is founded as a company is (predicates.toml FOUNDED_IN subject types)
    founded = {r for r in named_relations(text) if r[1] == "FOUNDED_IN"}
    assert {o for s, _, o in founded if s == "누리게임즈지회"}, founded


def test_a_union_written_by_its_kind_alone_is_no_name(lexicon):
    # "노동조합이", "노조는": the union of the company the text is about, no organisation of its
    # own (stopnames.toml words_body_kind); a union's own name stays one
    text = (
        "누리게임즈의 임금 교섭이 결렬되면서 노동조합이 지방노동위원회에 조정을 신청했다. "
        "노조는 파업을 예고했다. 전국가람노동조합 누리게임즈지회도 참여했다."
    )
    types = entity_types(text)
    assert "노동조합" not in types and "노조" not in types, types
    assert types.get("전국가람노동조합") == "Organization", types
