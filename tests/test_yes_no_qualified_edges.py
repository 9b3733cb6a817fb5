"""A yes from a graph edge needs the edge's sentences to write what the question qualifies
(the round: "시리즈A에도 투자했나?").  At 699752d the Series B edge answered 예 at 0.92 while the
article says the Series A went to another investor alone.  The unqualified question and the
question about the round the edge's paragraph writes stay 예.  Real Kiwi, real e5 embeddings,
real FAISS; invented article."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from article_kb import article_kb

from search.passages import sentence_tokens
from search.qualified_edges import (
    qualified_reading,
    qualified_verdict,
    qualifiers,
    unqualified_edges,
    written_in,
)
from search.results import Hit

ARTICLE = (
    "[인터뷰] 하도윤 나래픽 대표\n"
    "재고관리 스타트업 나래픽(Narapick)이 250억 원 규모의 시리즈B 투자를 유치했다. "
    "청솔벤처스가 투자를 이끌었고 다래캐피탈·들꽃인베스트먼트 등 2곳이 새로 참여했다.\n"
    "-이번 투자는 어떻게 성사됐나.\n"
    '"청솔벤처스와는 3년 전 시리즈A 때부터 얘기를 나눴어요. 그때는 투자가 성사되지 않았고, '
    '시리즈A는 은하파트너스가 단독으로 투자했습니다."\n'
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "qualified", "나래픽 시리즈B 유치") as kb:
        yield kb


def test_an_edge_of_another_round_is_no_yes(kb):
    ans = kb.ask("청솔벤처스는 나래픽의 시리즈A에도 투자했나?")
    assert ans.answer == "아니오", (ans.answer, ans.confidence, ans.sentence)
    assert "시리즈A" in ans.evidence[0].text
    assert ans.confidence <= 0.8


@pytest.mark.parametrize(
    "question", ["청솔벤처스는 나래픽에 투자했나?", "청솔벤처스는 나래픽의 시리즈B에 투자했나?"]
)
def test_the_edges_own_round_stays_yes(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "예", (ans.answer, ans.confidence, ans.sentence)


def test_qualifiers_are_words_with_a_letter_or_number_outside_names():
    toks = sentence_tokens("B는 2019년에 A의 시리즈A에 투자했나?")
    assert qualifiers(toks, [(0, 1), (10, 11)]) == ["2019년", "시리즈A"]
    # a name holding a number is no qualifier
    assert qualifiers(toks, [(0, 1), (3, 8), (10, 11)]) == ["시리즈A"]
    assert qualifiers(sentence_tokens("B는 A에 투자했나?"), [(0, 1), (3, 4)]) == []
    # a title with a particle Kiwi reads as a noun ("CTO가" -> CTO, 가/NNG) narrows nothing
    assert (
        qualifiers(sentence_tokens("곽민 CTO가 LG AI연구원에서 일했나?"), [(0, 2), (8, 16)]) == []
    )
    # a qualifier keeps no particle read as a noun
    assert qualifiers(sentence_tokens("시리즈A가 끝났나?"), []) in (["시리즈A"], [])
    # a Latin word alone names or spells, it narrows nothing
    assert qualifiers(sentence_tokens("B는 AI 기업 A에 투자했나?"), [(0, 1), (9, 10)]) == []


def test_written_in_ignores_spaces_and_case():
    assert written_in("시리즈A", "시리즈 a 투자를 받았다")
    assert not written_in("시리즈A", "시리즈B 투자를 받았다")


def _hit(sid: str, text: str, entities=()) -> Hit:
    return Hit(doc_id="d", sentence_id=sid, text=text, score=1.0, entities=list(entities))


class _Edge:
    def __init__(self, sid: str):
        self.evidence = [type("E", (), {"sentence_id": sid})()]


def _snap(*texts: str) -> SimpleNamespace:
    """An article of ``texts`` with no paragraph before any sentence."""
    return SimpleNamespace(
        pos_of_sentence={},
        extraction=SimpleNamespace(sentences={}),
        texts=list(texts),
        doc_ids=["d"] * len(texts),
    )


def test_unqualified_edges_keeps_the_edges_that_write_the_qualifier():
    a, b = _hit("d:1", "B가 시리즈A 투자를 이끌었다."), _hit("d:2", "B가 투자를 이끌었다.")
    edges = [_Edge("d:1"), _Edge("d:2")]
    kept, hits = unqualified_edges(_snap(), edges, [a, b], ["시리즈A"])
    assert kept == edges[:1] and hits == [a]
    assert unqualified_edges(_snap(), edges, [a, b], []) == (edges, [a, b])


def test_qualified_reading_branches():
    pred, subject = {"투자"}, ("b", "Company")
    other = {"id": "c", "name": "C", "type": "Company", "start": 6, "end": 7}
    named = _hit("d:1", "시리즈A에는 B가 투자했다.")
    denied = _hit("d:2", "시리즈A 투자는 성사되지 않았다.")
    by_other = _hit("d:3", "시리즈A는 C가 단독으로 투자했다.", [other])
    unsaid = _hit("d:4", "시리즈A 때부터 얘기를 나눴다.")
    alone = _hit("d:5", "시리즈A에는 여러 곳이 투자했다.")
    says_b = lambda h: "B가" in h.text  # noqa: E731
    assert qualified_reading([named], ["시리즈A"], pred, subject, says_b) == ("yes", named)
    assert qualified_reading([unsaid, denied], ["시리즈A"], pred, subject, says_b) == (
        "no",
        denied,
    )
    assert qualified_reading([by_other], ["시리즈A"], pred, subject, says_b) == ("no", by_other)
    assert qualified_reading([alone], ["시리즈A"], pred, subject, says_b) is None
    assert qualified_reading([named], ["시리즈B"], pred, subject, says_b) is None
    assert qualified_reading([named], [], pred, subject, says_b) is None


def test_qualified_verdict_reads_a_qualifier_the_article_never_writes_as_no():
    pred, subject = {"투자"}, ("b", "Company")
    c_round = _hit("d:1", "시리즈C 투자는 B가 이끌었다.")
    says_b = lambda h: "B가" in h.text  # noqa: E731
    snap = _snap(c_round.text)
    # the article writes no 시리즈B: nothing says B took part in it
    assert qualified_verdict(snap, [c_round], ["시리즈B"], pred, subject, says_b) == (
        "no",
        c_round,
    )
    # written: the sentences decide
    assert qualified_verdict(snap, [c_round], ["시리즈C"], pred, subject, says_b) == (
        "yes",
        c_round,
    )
    assert qualified_verdict(snap, [], ["시리즈B"], pred, subject, says_b) is None
