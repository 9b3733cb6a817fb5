"""A question Korean asks in the singular of plural things ("키우는 시장은?", "들여오는 나라는?",
"생산하는 품목은?", "잇는 두 도시는?") is answered by every item the text coordinates, not by
one of them (issue 13; held-out round 30's largest group of misses: '일본 시장' of "미국과 일본
시장을", '페루' of "페루와 칠레산" at 0.851).  Real Kiwi, real e5 embeddings, real FAISS; the
article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.resolve import Extraction
from search.answer_types import read_asked
from search.head_lists import rows_of
from search.passages import sentence_tokens
from search.question import analyze_question
from search.question_forms import question_form
from search.results import Hit
from search.shared_heads import shared_head, shared_names
from search.whole_rows import written_row

ARTICLE = (
    "해온식품, 중국 공장 철수…동남아 시장 공략\n"
    "해온식품은 중국 톈진 공장을 내년 6월까지 정리하고 대신 베트남과 태국 시장을 키운다고 12일 "
    "밝혔다. 이 회사는 에콰도르와 콜롬비아산 바나나 수입 물량을 지난해의 두 배로 늘렸다. "
    "안성공장은 냉동 만두 '한입교자'와 즉석 국 '뚝배기탕'을 하루 평균 3만 개 생산한다. "
    "해온식품은 미국 업체와 협력해 일본에 새 공장을 짓는다. 신제품은 김포와 파주를 잇는 "
    "배송망으로 먼저 나간다. 급한 주문은 부산과 울산의 물류센터에서 보낸다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "haeon", "해온식품 중국 공장 철수") as kb:
        yield kb


def _items(ans) -> list[str]:
    return (ans.answer or "").split(", ")


def test_names_before_a_shared_head_are_each_answered_with_it(kb):
    # "베트남과 태국 시장": the markets of both, not "태국 시장" alone
    ans = kb.ask("해온식품이 중국 대신 키우는 시장은?")
    assert _items(ans) == ["베트남 시장", "태국 시장"], ans


def test_cities_of_one_row_answer_a_question_of_a_city(kb):
    ans = kb.ask("급한 주문은 어느 도시의 물류센터에서 보내나?")
    assert _items(ans) == ["부산", "울산"], ans


def test_two_quoted_products_joined_by_wa_read_as_with_are_both_answered(kb):
    # the tagger reads "'한입교자'와 즉석 국" as "with"; the two quoted names are still one row
    ans = kb.ask("안성공장에서 생산하는 품목은?")
    assert _items(ans) == ["한입교자", "뚝배기탕"], ans


def test_a_count_before_the_asked_noun_asks_for_that_many(kb):
    ans = kb.ask("배송망이 잇는 두 도시는?")
    assert sorted(_items(ans)) == ["김포", "파주"], ans


def test_a_partner_of_the_act_is_no_second_place(kb):
    # "미국 업체와 협력해 일본에 새 공장을 짓는다": 미국 stands in no row with 일본
    ans = kb.ask("해온식품이 새 공장을 짓는 나라는?")
    assert _items(ans) == ["일본"], ans


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("배송망이 잇는 두 도시는?", "list"),
        ("세 나라는 어디야?", "list"),
        ("에코텍 2대 주주 어디야?", "factoid"),  # the second-largest shareholder: one
        ("이 도시는 어디에 있나?", "factoid"),  # a determiner, no number
    ],
)
def test_a_number_word_right_before_the_asked_noun_makes_a_list(question, form):
    q = analyze_question(question, Extraction())
    assert question_form(q.tokens, q.text, 0, read_asked(q.tokens)) == form


def _hit(text: str, *names: tuple[str, str]) -> Hit:
    ents = [
        {"id": n, "name": n, "type": kind, "start": text.index(n), "end": text.index(n) + len(n)}
        for n, kind in names
    ]
    return Hit(sentence_id="s", doc_id="d", text=text, score=0.0, entities=ents)


def _row(h: Hit) -> list[tuple[int, int]]:
    return rows_of(sentence_tokens(h.text))[0]


def test_a_suffix_glued_to_the_last_name_is_the_rows_shared_head():
    # "칠레산": 칠레, a proper noun no entity holds, takes the row's kind
    h = _hit(
        "대양수산은 페루와 칠레산 오징어를 들여온다.", ("대양수산", "Company"), ("페루", "Place")
    )
    found = shared_head(h, _row(h))
    assert found is not None
    assert [h.text[a:b] for a, b in found.names] == ["페루", "칠레"]
    assert found.kind == "Place"
    assert shared_names(h, _row(h)) == ["페루산 오징어", "칠레산 오징어"]


def test_a_noun_glued_to_a_name_makes_one_word_not_a_head():
    h = _hit(
        "로드스톤랩스와 광주창조경제혁신센터가 참여했다.",
        ("로드스톤랩스", "Company"),
        ("광주", "Place"),
    )
    assert shared_head(h, _row(h)) is None


def test_names_of_two_kinds_share_no_head():
    h = _hit("한빛전자와 일본 시장을 겨냥한다.", ("한빛전자", "Company"), ("일본", "Place"))
    assert shared_head(h, _row(h)) is None


def test_quoted_names_of_one_row_are_one_kind_whatever_their_types():
    # the extractor typed one car a company: quoted alike, it is a car of the row all the same
    h = _hit(
        "이 공장은 중형 세단 '에스테라'와 전기 SUV '루미온 E'를 생산한다.",
        ("에스테라", "Company"),
        ("루미온 E", "Model"),
    )
    q = analyze_question("공장에서 생산하는 차종은?", Extraction())
    assert written_row(q, h, ["루미온 E"]).items == ["에스테라", "루미온 E"]
