"""The rules that weigh a graph edge against the reader read the edge at their own weight
(search/graph_trust.py), so that a refit reader that weighs edges less does not move what their
thresholds mean; an edge of the asked relation at the reader's pick that gives it no support
(another item's, another year's) is no link that keeps the pick (search/graph_answers.py)."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

from kg.model import Relation
from search.graph_answers import prefer_asked_edge
from search.graph_trust import GRAPH_TRUST, edge_trust, trusted
from search.reader_model import ReaderModel


def test_a_reader_weighing_edges_as_the_rules_do_is_read_as_it_is():
    reader = ReaderModel({**GRAPH_TRUST, "sent_match": 3.0})
    assert trusted({"바다관광공사": 0.3, "다낭트립": 0.6}, {"바다관광공사": 0.62}, reader) == {
        "바다관광공사": 0.3,
        "다낭트립": 0.6,
    }


def test_a_reader_weighing_edges_less_is_read_with_the_rules_weight():
    """A refit giving an edge at 0.9 1.8 logits, not the rules' 2.62: its candidate's belief
    is raised by the difference against the others', and the total belief is kept."""
    reader = ReaderModel({"graph": 0.0, "graph_confidence": 2.0})
    gap = GRAPH_TRUST["graph"] + (GRAPH_TRUST["graph_confidence"] - 2.0) * 0.9
    assert edge_trust(0.9, reader) == pytest.approx(math.exp(gap))
    beliefs = trusted({"바다관광공사": 0.3, "다낭트립": 0.6}, {"바다관광공사": 0.9}, reader)
    assert beliefs["바다관광공사"] / beliefs["다낭트립"] == pytest.approx(0.5 * math.exp(gap))
    assert sum(beliefs.values()) == pytest.approx(0.9)


def _graph(*relations):
    ents = {e: SimpleNamespace(id=e) for e in ("하늘여행", "바다관광공사", "다낭트립")}
    return SimpleNamespace(entities=ents, relations=list(relations))


def test_an_unsupported_edge_of_the_asked_relation_is_no_link():
    """ "하늘여행과 업무협약을 맺은 곳은?": 다낭트립 is linked to 하늘여행 by the 송객 제휴 of
    the year before, a PARTNER_OF edge that the asked item's fit dropped from the support; the
    edge of the asked agreement (바다관광공사) wins when believed half as much."""
    q = SimpleNamespace(relation="PARTNER_OF")
    ex = _graph(Relation("PARTNER_OF", "하늘여행", "다낭트립", 0.7))
    edges = ("하늘여행", [])
    support = {"바다관광공사": 0.62}
    pooled = {"다낭트립": 0.45, "바다관광공사": 0.4}
    assert prefer_asked_edge(q, ex, edges, support, pooled, "다낭트립") == "바다관광공사"
    # believed under half the pick, the edge does not overrule it
    pooled = {"다낭트립": 0.8, "바다관광공사": 0.15}
    assert prefer_asked_edge(q, ex, edges, support, pooled, "다낭트립") == "다낭트립"


def test_an_edge_of_another_relation_still_gives_way_to_the_asked_one():
    q = SimpleNamespace(relation="PARTNER_OF")
    ex = _graph(Relation("INVESTED_IN", "다낭트립", "하늘여행", 0.8))
    pooled = {"다낭트립": 0.9, "바다관광공사": 0.05}
    got = prefer_asked_edge(q, ex, ("하늘여행", []), {"바다관광공사": 0.62}, pooled, "다낭트립")
    assert got == "바다관광공사"
