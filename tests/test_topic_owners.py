"""A figure of a sentence that opens with another company as its topic is that company's
("B건설은 ... 17건의 공사를 위탁했다" is no count of A건설's), when other sentences name the
company asked (search/topic_owners.py).  Real Kiwi, real e5 embeddings, real FAISS for the
knowledge-base cases; the article is invented."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from article_kb import article_kb

from search.question import Question
from search.reader import Candidate
from search.spans import Span
from search.topic_owners import topic_owned

ARTICLE = (
    "공정위, 허위 하도급계약서 발급한 가람종합건설·다솔건설 제재\n"
    "공정거래위원회는 가람종합건설과 다솔건설에 과징금과 시정명령을 부과했다고 9일 밝혔다. "
    "가람종합건설은 2021년 3월부터 2023년 5월까지 14개 수급사업자에 도로 포장공사 등 "
    "31건을 위탁하면서 허위 계약서를 발급했다. "
    "다솔건설은 2020년 2월부터 2022년 9월까지 9개 수급사업자에 12건의 공사를 위탁하면서 "
    "같은 방식으로 계약서를 발급했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "owners", "공정위 하도급 제재") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [("가람종합건설이 위탁한 공사는 몇 건?", "31건"), ("다솔건설이 위탁한 공사는 몇 건?", "12건")],
)
def test_each_companys_count_is_read_from_its_own_sentence(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer == figure, (ans.answer, ans.confidence, ans.sentence)


def _case(sentences: list[tuple[str, list[dict]]], named: set[str]):
    passages = [SimpleNamespace(text=t, entities=m) for t, m in sentences]
    ri = SimpleNamespace(passages=passages, named=named, named_names=frozenset())
    cands = []
    for k, (text, _) in enumerate(sentences):
        figure = re.search(r"\d+건", text).group()
        start = text.index(figure)
        span = Span(text=figure, start=start, end=start + len(figure), first=0, last=0)
        cands.append(Candidate(figure, k, span, {}, probability=0.5))
    return ri, cands


def _m(text: str, name: str, kind: str = "Company") -> dict:
    return {
        "id": name,
        "start": text.index(name),
        "end": text.index(name) + len(name),
        "type": kind,
    }


A = "가람은 31건을 위탁했다."
B = "다솔은 12건을 위탁했다."


@pytest.mark.parametrize(
    ("sentences", "named", "question", "kept"),
    [
        ([(A, [_m(A, "가람")]), (B, [_m(B, "다솔")])], {"가람"}, "가람 몇 건?", ["31건"]),
        # no sentence names the asked one: nothing to prefer
        ([(B, [_m(B, "다솔")])], {"가람"}, "가람 몇 건?", ["12건"]),
        # two names asked: whose figure is asked is not one company's
        (
            [(A, [_m(A, "가람")]), (B, [_m(B, "다솔")])],
            {"가람", "다솔"},
            "몇 건?",
            ["31건", "12건"],
        ),
        # a person opening the sentence is no other company
        (
            [
                (A, [_m(A, "가람")]),
                ("김하늘은 12건을 말했다.", [_m("김하늘은", "김하늘", "Person")]),
            ],
            {"가람"},
            "가람 몇 건?",
            ["31건", "12건"],
        ),
        # the name not first in its sentence is no topic
        (
            [(A, [_m(A, "가람")]), ("이에 다솔이 12건을 위탁했다.", [_m("이에 다솔이", "다솔")])],
            {"가람"},
            "가람 몇 건?",
            ["31건", "12건"],
        ),
    ],
)
def test_topic_owned_branches(sentences, named, question, kept):
    ri, cands = _case(sentences, named)
    assert [c.text for c in topic_owned(Question(question), ri, cands)] == kept


def test_an_english_question_is_not_read():
    ri, cands = _case([(A, [_m(A, "가람")]), (B, [_m(B, "다솔")])], {"가람"})
    q = Question("How many for Garam?", english=True)
    assert len(topic_owned(q, ri, cands)) == 2
