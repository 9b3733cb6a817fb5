"""Names as real news writes them (extract20): quoted titles listed after one word for a kind of
work, each on invented sentences, with the lexicon and without it."""

from __future__ import annotations

from relation_cases import entity_types


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
