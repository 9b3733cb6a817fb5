"""A question of one thing with no list word is answered by every item of the coordination
its answer stands in, unless it asks for one (issue 13; round 26 lost such questions at the
question stage: "투입한 인력은?" answered with one of "관리직과 협력업체 인력을").  Real Kiwi,
real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.resolve import Extraction
from search.answer_types import read_asked
from search.coordinated_items import asks_one_thing, coordinated_items
from search.head_lists import rows_of
from search.passages import sentence_tokens
from search.question import analyze_question
from search.results import Answer, Hit

ARTICLE = (
    "한별전자 노조 파업 사흘째…조립 라인 멈춰\n"
    "한별전자 노조가 임금 협상 결렬로 사흘째 파업을 이어가고 있다. "
    "회사는 사무직과 외주업체 인력을 조립 라인에 투입해 가동률을 절반 수준으로 유지하고 "
    "있다고 밝혔다. 파업으로 생산이 밀린 제품 고객은 전화 또는 문자로 배송 일정을 문의할 수 "
    "있다. 노조는 기본급 7% 인상과 성과급 지급 기준 공개를 요구하고 있다. "
    "노조 지도부의 구인호 위원장과 맹다솔 부위원장은 각각 교섭 대표와 현장 농성 지휘를 맡는다. "
    "사측은 대체 인력 투입이나 직장 폐쇄를 검토하고 있다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "strike", "한별전자 노조 파업") as kb:
        yield kb


def _items(ans) -> list[str]:
    return (ans.answer or "").split(", ")


def test_workers_joined_by_gwa_are_both_answered(kb):
    ans = kb.ask("한별전자가 파업 중 조립 라인에 투입한 인력은?")
    assert _items(ans) == ["사무직", "외주업체 인력"], ans


def test_ways_joined_by_ttoneun_are_both_answered(kb):
    ans = kb.ask("고객은 무엇으로 배송 일정을 문의할 수 있나?")
    assert _items(ans) == ["전화", "문자"], ans


def test_options_joined_by_ina_are_both_answered(kb):
    ans = kb.ask("사측이 검토하는 대응 방안은?")
    assert _items(ans) == ["대체 인력 투입", "직장 폐쇄"], ans


def test_a_question_of_the_first_keeps_one_item(kb):
    ans = kb.ask("한별전자가 조립 라인에 처음 투입한 인력은?")
    assert len(_items(ans)) == 1, ans


def test_a_row_given_respectively_keeps_one_item(kb):
    # "A와 B는 각각 X와 Y를 맡는다": one of them takes one of the two, never both
    ans = kb.ask("구인호 위원장은 파업에서 무엇을 맡나?")
    assert len(_items(ans)) == 1, ans


@pytest.mark.parametrize(
    "question",
    ["가장 많이 팔린 품목은?", "한 가지 방법은?", "1종만 파는 매장은?", "두 번째로 내놓은 제품은?"],
)
def test_a_rank_a_count_of_one_or_an_ordinal_asks_for_one(question):
    assert asks_one_thing(analyze_question(question, Extraction()))


def test_a_question_of_kinds_sold_asks_for_every_one():
    assert not asks_one_thing(analyze_question("면세점 판매 품목은?", Extraction()))


@pytest.mark.parametrize("joining", ["또는", "혹은"])
def test_ttoneun_and_hokeun_join_a_row(joining):
    text = f"신청은 우편 {joining} 이메일로 받는다."
    rows = rows_of(sentence_tokens(text))
    assert [[text[a:b] for a, b in row] for row in rows] == [["우편", "이메일"]]


def _read(question: str, sentence: str):
    """The rule run on a reader's answer "B" written in ``sentence`` (no knowledge base)."""
    q = analyze_question(question, Extraction())
    asked = read_asked(q.tokens)
    hit = Hit(sentence_id="d#0", doc_id="d", text=sentence, score=1.0)
    ans = Answer(question=question, answer="이메일", evidence=[hit], method="sentence")
    return coordinated_items(q, asked, "factoid", (ans, {}))[0].answer


def test_a_sentence_row_grows_and_a_headline_row_does_not():
    question = "무엇으로 신청을 받나?"
    assert _read(question, "재단은 우편, 이메일로 신청을 받는다.") == "우편, 이메일"
    # a headline's commas join clauses: "…우편 접수, 이메일로 신청" is no row of ways
    assert _read(question, "재단, 장학생 선발…우편 접수, 이메일로 신청") == "이메일"
