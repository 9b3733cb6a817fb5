"""The index of Hangul names English questions spell in Latin letters (search/romanized.py) is
a function of the names the knowledge base holds, not of the order its documents came in: a
knowledge base changed one document at a time publishes it by delta (search/
snapshot_update.py takes a changed entity's keys out and puts them back), so the rule "the
short form of one company wins when its name begins the others'" (한서조선 of 한서조선해양)
is read from the names at question time, never baked into the keys.  At english38 adding the
long form first, then the short one, left both under "Hanseo Shipbuilding" (ambiguous: no
link) where a rebuild kept the short form alone.  Real Kiwi, real e5 embeddings, real FAISS;
the articles and their names are invented."""

from __future__ import annotations

import pytest

from search import KnowledgeBase
from search.question import analyze_question, partial_names
from search.romanized import NAMES_MARK, RomanIndex, _shortest_of, roman_index

# two documents whose companies compete for one spelling: "Dohan Shipbuilding" is 도한조선
# (stem "dohan" + 조선) and 도한조선해양 (stem "dohan" + 조선해양)
LONG = "도한조선해양은 지난달 유조선 3척을 4500억 원에 수주했다고 5일 밝혔다."
SHORT = "도한조선은 올해 거제 야드에 도장 공장을 새로 짓는다고 밝혔다."
QUESTION = "How many tankers did Dohan Shipbuilding win?"


def _tables(snap) -> list[dict]:
    return [{k: sorted(v) for k, v in t.items()} for t in snap.partial_names]


def _linked(snap, question: str = QUESTION) -> list[str]:
    ex = snap.extraction
    q = analyze_question(question, ex, snap.partial_names)
    return [ex.entities[e].name for e, _ in q.entities]


@pytest.fixture(scope="module")
def kbs(tmp_path_factory):
    """Knowledge bases of the two documents added in either order, one with the short one
    removed again, and fresh builds of the same documents to compare them to."""
    base = tmp_path_factory.mktemp("order")
    made = {}
    for name, steps in {
        "long-first": [("add", "long", LONG), ("add", "short", SHORT)],
        "short-first": [("add", "short", SHORT), ("add", "long", LONG)],
        "short-removed": [("add", "long", LONG), ("add", "short", SHORT), ("remove", "short")],
        "long-removed": [("add", "short", SHORT), ("add", "long", LONG), ("remove", "long")],
        "both": [("add", "both", LONG + "\n" + SHORT)],
        "long-only": [("add", "long", LONG)],
        "short-only": [("add", "short", SHORT)],
    }.items():
        kb = KnowledgeBase.build([], path=base / name)
        for op, doc_id, *text in steps:
            if op == "add":
                kb.add_text(text[0], doc_id=doc_id)
            else:
                assert kb.remove(doc_id)
        made[name] = kb
    yield made
    for kb in made.values():
        kb.close()


@pytest.mark.parametrize(
    "changed, fresh",
    [
        ("long-first", "short-first"),
        ("short-removed", "long-only"),
        ("long-removed", "short-only"),
    ],
)
def test_any_order_of_adds_and_removes_gives_one_index(kbs, changed, fresh):
    snap, other = kbs[changed].snapshot(), kbs[fresh].snapshot()
    assert _tables(snap) == _tables(other)
    # and both are what the whole name set gives at once
    assert _tables(snap) == [
        {k: sorted(v) for k, v in t.items()} for t in partial_names(snap.extraction)
    ]


@pytest.mark.parametrize("name", ["long-first", "short-first"])
def test_the_short_form_wins_in_either_order(kbs, name):
    """Both companies are known; the spelling is the short form's."""
    snap = kbs[name].snapshot()
    names = {e.name for e in snap.extraction.entities.values()}
    assert {"도한조선", "도한조선해양"} <= names
    assert _linked(snap) == ["도한조선"]


def test_after_a_remove_the_one_left_is_the_name(kbs):
    assert _linked(kbs["short-removed"].snapshot()) == ["도한조선해양"]
    assert _linked(kbs["long-removed"].snapshot()) == ["도한조선"]


def test_the_names_are_kept_by_entity_id():
    """Each entity's names are a key of their own (marked, never a sound skeleton), so that a
    delta takes out and puts back exactly one entity's names."""
    from kg import analyze_document, resolve

    ex = resolve([analyze_document("d", LONG + "\n" + SHORT)])
    index = roman_index(ex)
    marked = {k: v for k, v in index.sounds.items() if k.startswith(NAMES_MARK)}
    by_name = {e.name: e.id for e in ex.entities.values()}
    assert marked[NAMES_MARK + by_name["도한조선"]] == {"도한조선"}
    assert marked[NAMES_MARK + by_name["도한조선해양"]] == {"도한조선해양"}
    # the raw index holds both ids under the shared spelling: the choice is made on reading
    assert {by_name["도한조선"], by_name["도한조선해양"]} <= index.translated[("dohan", "")]


def test_shortest_of_reads_names_from_the_index():
    index = RomanIndex(
        {}, {NAMES_MARK + "a": {"한서조선"}, NAMES_MARK + "b": {"한서조선해양"}}, {}, {}
    )
    assert _shortest_of({"a", "b"}, index) == {"a"}
    assert _shortest_of({"a"}, index) == {"a"}
    # an entity without names in the index (never in it) begins nothing: all, ambiguous
    assert _shortest_of({"a", "c"}, index) == {"a", "c"}


def test_two_entities_of_one_name_are_ambiguous_in_any_order():
    """Each begins the other: neither is the short form (the answer must not depend on which
    the set gives first)."""
    index = RomanIndex({}, {NAMES_MARK + "a": {"한서조선"}, NAMES_MARK + "b": {"한서조선"}}, {}, {})
    assert _shortest_of({"a", "b"}, index) == {"a", "b"}
    assert _shortest_of({"b", "a"}, index) == {"a", "b"}
