"""A list answer drops an item read without an entity when it is the first or last words of
another item ("가온 소프트" and "소프트"); items the graph knows, and items that only share
letters ("SKT", "KT"), stay; an item read without an entity that ends with another item the
graph knows ("검색 포털 누리넷" beside "누리넷") is that item described, and goes."""

from __future__ import annotations

import pytest

from search.list_pieces import without_pieces

ENTITY = object()


@pytest.mark.parametrize(
    ("ents", "names", "kept"),
    [
        (
            [ENTITY, ENTITY, None],
            ["가온 소프트", "누리게임즈", "소프트"],
            ["가온 소프트", "누리게임즈"],
        ),
        ([ENTITY, None], ["다온 헬스케어", "다온"], ["다온 헬스케어"]),
        ([ENTITY, ENTITY], ["SKT", "KT"], ["SKT", "KT"]),
        ([ENTITY, ENTITY], ["가온 소프트", "소프트"], ["가온 소프트", "소프트"]),
        ([None, None], ["한빛", "가온"], ["한빛", "가온"]),
        # a name and the same name with the words its row describes it with: the name
        ([None, ENTITY, ENTITY], ["검색 포털 누리넷", "누리넷", "하늘AI"], ["누리넷", "하늘AI"]),
    ],
)
def test_pieces_of_another_item_are_dropped(ents, names, kept):
    got_ents, got = without_pieces(ents, names)
    assert got == kept
    assert len(got_ents) == len(got)
