"""Words of English questions about real Korean news that had no Korean word (english38):
airlines' maintenance and fleets, shipyards' orders, private equity and venture capital, plants
and jobs, months ("last January" is a date, no name the text lacks), "new" of a plant as of a
post, "Who owns X?" asking the parent company -- search/resources/english.toml.  Real Kiwi,
real e5 embeddings, real FAISS; the article and its names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg import analyze_document, resolve
from search.english import english_counter, english_frame, english_gloss
from search.question import analyze_question
from search.titles import new_posts

ARTICLE = (
    "누리항공, 엔진 정비 계약 체결\n"
    "(서울=가온뉴스) 정하람 기자 = 누리항공은 한결에어텍과 1500억 원 규모의 엔진 정비 계약을 "
    "체결했다고 3일 밝혔다. "
    "한결에어텍은 경남 사천 정비공장에서 앞으로 4년간 누리항공 엔진 18대를 정비한다. "
    "누리항공은 2027년부터 신형 여객기 12대를 도입할 예정이다. "
    "한결에어텍은 미국 에어로덴의 합작사다."
)


@pytest.mark.parametrize(
    "question, words",
    [
        ("Which company will maintain the engines?", ["정비", "엔진"]),
        ("How much is the maintenance contract worth?", ["정비", "계약"]),
        ("When will the jets be introduced?", ["도입"]),
        ("What is the annual target?", ["연간", "목표"]),
        ("Which asset manager took part?", ["자산운용"]),
        ("Which private equity firm invested?", ["사모펀드"]),
        ("Which venture capital firm led the round?", ["벤처캐피털"]),
        ("Who placed the order for the container ships?", ["발주", "컨테이너선"]),
        ("Which company is negotiating for the rest?", ["협상"]),
        ("How many jobs will be created?", ["일자리", "창출"]),
        ("Where will it build its new plant?", ["신설", "공장"]),
        ("Who owns the supplier?", ["자회사", "합작사"]),
        ("By when will the plant be built?", ["까지"]),
        ("Who is the new co-CEO?", ["각자", "대표"]),
        ("Who is the existing CEO?", ["기존"]),
        ("How much of the company did it buy?", ["인수"]),
        ("How large is the site?", ["부지"]),
        ("How many executives were promoted?", ["임원", "승진"]),
    ],
)
def test_words_of_news_questions(question, words):
    gloss = english_gloss(question)
    assert all(w in gloss for w in words), gloss


def test_ships_are_counted_as_ships():
    assert english_counter(["ships"]) == "척" and english_counter(["vessels"]) == "척"


def test_a_month_is_no_unknown_name():
    """At 3035a5b "January" was a name the text never writes: the question withheld."""
    ex = resolve([analyze_document("d", "누리항공은 지난해 1월 500억 원을 유치했다.")])
    q = analyze_question("How much did the airline raise last January?", ex)
    assert "January" not in q.unknown_names
    assert "1월" in english_gloss("How much did it raise in January?")


def test_may_is_left_unglossed():
    """ "may" is a verb as often as a month: no 5월 in a question's words."""
    assert "5월" not in english_gloss("Which company may sell the plant?")


def test_by_when_is_no_name():
    """ "By" opened the question, capitalised: a name the text lacks at 3035a5b."""
    ex = resolve([analyze_document("d", "누리항공은 2027년까지 공장을 짓는다.")])
    assert analyze_question("By when will the plant be built?", ex).unknown_names == []


def test_where_a_site_is_asks_a_place():
    """At 3035a5b "Where is the plant?" had no verb of [places]: the company running it won."""
    assert english_frame("Where is the engine maintenance plant?").expected_type == "Place"
    assert english_frame("Where did the plant's manager work before?") is None  # a workplace
    assert english_frame("Where is the chief executive?") is None  # no site, no place verb


def test_a_new_post_is_still_asked_as_one():
    """ "new" also glosses 신규/신설 (a plant); 신임 stays last, before the title's word, so
    "the new CEO" is still an office newly filled (search/titles.py new_posts): with 신설
    between 신임 and 대표 the reader took the resigning CEO of the lede."""
    ex = resolve([analyze_document("d", "한결제약은 오세린 부사장을 신임 대표이사로 선임했다.")])
    q = analyze_question("Who was appointed as the new CEO of Hangyeol Pharmaceutical?", ex)
    assert "대표" in new_posts(q.tokens)


def test_who_owns_asks_a_company():
    assert english_frame("Who owns Hangyeol Airtech?").expected_type == "Company"


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nuri", "누리항공 엔진 정비 계약") as kb:
        yield kb


def test_how_many_engines_are_maintained(kb):
    ans = kb.ask("How many engines will be maintained?")
    assert ans.answer and "18대" in ans.answer


def test_when_the_jets_are_introduced(kb):
    """At 3035a5b "introduced" had no word: another date of the text was the answer."""
    ans = kb.ask("When will the new jets be introduced?")
    assert ans.answer and "2027" in ans.answer


def test_where_the_maintenance_plant_is(kb):
    ans = kb.ask("Where is the engine maintenance plant?")
    assert ans.answer and "사천" in ans.answer
