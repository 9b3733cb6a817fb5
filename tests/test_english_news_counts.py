"""English questions about plant and builder news (english40): a count of machines is written
with 기 ("터빈 27기", "원전 2기"), not the households or won beside it ([counters] in
resources/english.toml, 기 among answer_types.toml [figures] counters); a builder's name ends
in 종합건설 ("Dorim Construction" of 도림종합건설) and a county's in 군, which English leaves out
("Haenam" of 해남군) -- [suffixes] in resources/romanization.toml.  Real Kiwi, real e5
embeddings, real FAISS; the article and its names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg import analyze_document, resolve
from search.english import english_counter
from search.question import analyze_question

ARTICLE = (
    "한울풍력, 해남 앞바다 해상풍력 단지 착공\n"
    "해상풍력 개발사 한울풍력은 해남군 앞바다에 360MW 규모 해상풍력 단지를 짓는다고 4일 "
    "밝혔다. 단지에는 12MW급 터빈 27기가 들어서며, 연간 발전량은 25만 가구가 1년 동안 쓸 수 "
    "있는 양이다. 공사는 도림종합건설이 맡고, 총사업비는 1조 8천억 원이다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "hanul", "한울풍력 해상풍력 착공") as kb:
        yield kb


@pytest.fixture(scope="module")
def ex():
    return resolve([analyze_document("hanul", ARTICLE)])


def _named(ex, question: str) -> list[str]:
    return [ex.entities[e].name for e, _ in analyze_question(question, ex).entities]


@pytest.mark.parametrize(
    "words, counter",
    [
        (["turbines", "will", "the"], "기"),
        (["reactors", "will", "be"], "기"),
        (["satellites", "did", "it"], "기"),
        (["wind", "turbines", "will"], "기"),  # the first counted noun among the words
        (["ships", "did", "it"], "척"),
        (["bidders", "took", "part"], ""),  # no counted noun: any count
    ],
)
def test_the_counter_of_the_noun_counted(words, counter):
    assert english_counter(words) == counter


def test_how_many_turbines_is_the_count_of_turbines(kb):
    """Before english40: "25만 가구" (a number, and "turbines" had no counter)."""
    ans = kb.ask("How many turbines will the Haenam wind farm use?")
    assert ans.answer is not None and ans.answer.startswith("27기"), (ans.answer, ans.method)


def test_the_korean_question_counts_machines_too(kb):
    ans = kb.ask("해남 해상풍력 단지에는 터빈이 몇 기 들어서나?")
    assert ans.answer is not None and "27기" in ans.answer, (ans.answer, ans.method)


def test_other_counts_are_not_machines(kb):
    ans = kb.ask("How many households can the wind farm supply?")
    assert ans.answer is not None and "가구" in ans.answer, (ans.answer, ans.method)


def test_a_general_contractor_by_its_english_ending(ex):
    """Before english40 "Dorim Construction" was a name the knowledge base lacks (the ending
    translated 건설 only: the stem was read as 도림종합)."""
    assert _named(ex, "Which project did Dorim Construction win?") == ["도림종합건설"]
    assert (
        "Construction" not in analyze_question("Is Dorim Construction a builder?", ex).unknown_names
    )


def test_a_county_without_its_unit():
    """A text that writes only 해남군 (no 해남 alone): English writes "Haenam"."""
    ex = resolve([analyze_document("d", "한울풍력은 해남군 앞바다에 해상풍력 단지를 짓는다.")])
    named = _named(ex, "What will Hanul Wind build off Haenam?")
    assert any(n.startswith("해남") for n in named), named
