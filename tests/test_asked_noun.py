"""The relation a question asks about is the noun it asks for, when that noun names one: in
"파도 시리즈C를 이끈 투자사는?" the verb 이끌 (which alone asks who leads a company) only
describes the investor asked for.  Real Kiwi; the extraction is of an invented sentence."""

from __future__ import annotations

import pytest

from kg import analyze_document, resolve
from search.question import analyze_question


@pytest.fixture(scope="module")
def ex():
    return resolve(
        [
            analyze_document(
                "d",
                "파도가 300억원 규모의 시리즈C 투자를 유치했다. 이번 투자는 한빛벤처스가 이끌었다. "
                "한빛전자는 누리소프트를 인수했다.",
            )
        ]
    )


@pytest.mark.parametrize(
    ("question", "relation", "side"),
    [
        # the asked noun decides over the verb that describes it
        ("파도 시리즈C를 이끈 투자사는?", "INVESTED_IN", "subject"),
        ("파도 투자를 주도한 투자자는?", "INVESTED_IN", "subject"),
        # a noun that names no relation leaves the verb to decide
        ("누리소프트를 인수한 회사는?", "ACQUIRED", "subject"),
        ("누리소프트를 인수한 곳은 어디야?", "ACQUIRED", "subject"),
    ],
)
def test_the_asked_noun_names_the_relation(ex, question, relation, side):
    q = analyze_question(question, ex)
    assert (q.relation, q.side) == (relation, side), vars(q)


# a post the question writes is the post of the answer: the company's chief is no answer for
# who heads the centre its partner opened
POSTS = (
    "한결대와 누리모빌리티가 자율주행 협약을 맺었다. 협약식에는 배도현 누리모빌리티 대표가 "
    "참석했다. 누리모빌리티는 한결대 교내에 '누리모빌리티 자율주행 연구센터'를 열고 연구 "
    "인력을 길러낸다. 센터장은 한결대 기계공학부 한지우 교수가 맡는다."
)


def test_the_graph_answers_the_asked_post_only():
    # the graph's WORKED_AT edges of the linked company, asked for the centre's 센터장: its 대표
    # holds another post and gives no answer (the reader looks for the sentence that says it)
    from dataclasses import replace

    from kg.graph import build_graph
    from search.graph_answers import graph_edges

    ex = resolve([analyze_document("d", POSTS)])
    nuri = ex.entity_by_name("누리모빌리티")
    graph = build_graph(ex)
    q = analyze_question("누리모빌리티 연구센터 센터장은 누가 맡아?", ex)
    q = replace(q, entities=[(nuri.id, "")], relation="WORKED_AT", side="subject")
    found = graph_edges(q, ex, graph)
    assert not found or "배도현" not in {ent.name for ent, _, _ in found[1]}, found
    q = analyze_question("누리모빌리티 대표는 누가 맡아?", ex)
    q = replace(q, entities=[(nuri.id, "")], relation="WORKED_AT", side="subject")
    assert "배도현" in {ent.name for ent, _, _ in graph_edges(q, ex, graph)[1]}


def test_a_role_names_the_posts_news_writes_for_it():
    from kg.kiwi import kiwi
    from search.spans import tokens_of
    from search.titles import holds_post, written_posts

    def posts_of(question):
        return written_posts(tokens_of(kiwi().tokenize(question)))

    posts = posts_of("누리모빌리티 CEO는 누구야?")
    assert holds_post("대표", posts) and holds_post("대표이사 사장", posts)
    assert not holds_post("교수", posts_of("연구센터 센터장은 누구야?"))
    assert holds_post("", posts)  # an unrecorded role says nothing either way
