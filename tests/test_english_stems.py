"""English questions read by the stems of their words and nouns: "Which companies ...?" asks
for every company, "founding" is glossed as "founded" is, "last year" is no date asked, and
news words the glossary lacked ("KOSPI", "players") find their Korean sentence.  Real Kiwi,
real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.english import english_gloss
from search.question_forms import question_form
from search.spans import tokens_of

ARTICLE = (
    "누리해운, 수소 화물선 컨소시엄 꾸려\n"
    "해운사 누리해운(Nuri Shipping)이 수소 추진 화물선을 만드는 컨소시엄을 꾸렸다고 3일 "
    "밝혔다. 이번 사업에는 누리해운을 주간사로 동진조선, 가람엔진, 태백연료전지가 컨소시엄으로 "
    "참여했다. "
    "누리해운은 2009년 설립된 코스피 상장사다. 지난해 매출은 1조 2000억 원, 영업이익은 "
    "930억 원이었다. 누리해운 유튜브 채널 구독자는 15만 명이며, 요트팀 선수단은 모두 28명이다. "
    "유럽 영업팀은 독일 출신 올리버 벤트(Oliver Wendt) 지사장이 이끈다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nuri", "누리해운 컨소시엄") as kb:
        yield kb


def test_which_companies_asks_for_all_of_them():
    """At b0b62a3: one factoid ("companies" was no head noun; "models" was one)."""
    question = "Which companies took part in the consortium?"
    toks = tokens_of(kiwi().tokenize(question))
    assert question_form(toks, question, 0, read_asked(toks)) == "list"


def test_last_year_is_no_date_asked(kb):
    """At b0b62a3: '2009년' (the "year" of "last year" read as the noun asked)."""
    assert kb.ask("What was Nuri Shipping's operating profit last year?").answer == "930억 원"


def test_listed_on_kospi(kb):
    """At b0b62a3: '아니오' (KOSPI had no Korean word)."""
    assert kb.ask("Is Nuri Shipping listed on KOSPI?").answer == "예"


def test_how_many_players(kb):
    """At b0b62a3: '15만 명' (players had no Korean word)."""
    assert kb.ask("How many players does the yacht team have?").answer == "28명"


def test_a_glossed_capitalised_word_is_no_unknown_name(kb):
    """At b0b62a3: no answer ("Europe" was a name the text never writes)."""
    assert kb.ask("Who leads the team in Europe?").answer in {"올리버 벤트", "Oliver Wendt"}


def test_the_company_head_stays(kb):
    """A guard: right at b0b62a3."""
    assert kb.ask("When was Nuri Shipping founded?").answer.startswith("2009")


@pytest.mark.parametrize(
    "question, korean",
    [
        ("What did she do before founding it?", "설립"),  # "founded"
        ("Which agency manages the programme?", "관리"),  # "manage"
        ("Which vehicles use the battery?", "사용"),  # "uses"
        ("Which companies took part in it?", "참여"),  # "take part"
    ],
)
def test_a_word_is_glossed_in_any_of_its_forms(question, korean):
    """At b0b62a3: no gloss (the glossary held another form of the word)."""
    assert korean in english_gloss(question)


def test_a_capitalised_word_of_a_name_is_read_as_written():
    """'Publishing' in a name is no "publish" (a verb the glossary has)."""
    assert "퍼블리셔" not in english_gloss("Who is the CEO of Geulbit Publishing?")


LISTED = (
    "소담푸드, 태국 공장 준공\n"
    "식품 기업 소담푸드(Sodam Food)가 태국 방콕에 두 번째 공장을 지었다고 2일 밝혔다. "
    "회사는 2019년 코스닥에 상장했다."
)


@pytest.fixture(scope="module")
def listed_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, LISTED, "sodam", "소담푸드 태국 공장") as kb:
        yield kb


@pytest.mark.parametrize(
    "question, answer",
    [
        ("Is Sodam Food listed on KOSDAQ?", "예"),  # 아니오 at 3bdae97: "코스닥" read last
        ("Is Sodam Food listed on KOSPI?", "아니오"),  # a guard
    ],
)
def test_listed_is_the_predicate_asked(listed_kb, question, answer):
    """ "listed on KOSDAQ" asks "코스닥에 상장했나?": the verb is the predicate, read last."""
    assert listed_kb.ask(question).answer == answer


@pytest.mark.parametrize("query", ["ß", "Straße ß founders", "ﬁnance", "WHO FOUNDED IT'S"])
def test_letters_that_casefold_apart_never_break_the_glossary(query):
    # "ß" casefolds to "ss": the lower-cased and the as-written word lists came apart and the
    # glossary lookup raised IndexError (found by test_lifecycle's any-unicode property test)
    from search.english import glossed_words

    assert isinstance(glossed_words(query), set)
