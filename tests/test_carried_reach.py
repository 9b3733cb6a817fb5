"""Whose figure a sentence naming no one writes, two or three sentences after its company
(realqa33): an IPO round-up writes the company once and then its offering price, what that is
against the range, the amount raised and, in a new paragraph, the book-building ratio, none of
them naming it again ("수요예측에는 … 1268대1의 경쟁률을 기록했다"). The figure is carried over
from the nearest sentence before it that names a company, up to three sentences back
(search/carried_owners.py). Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from article_kb import article_kb

from search.carried_owners import _carried

ARTICLE = (
    "코스닥 상장을 앞둔 한결소재와 누리시스템이 나란히 공모가를 확정했다.\n"
    "한결소재는 수요예측을 거쳐 공모가를 2만 1000원으로 정했다고 5일 공시했다. 이는 희망 범위 "
    "상단보다 10% 높은 금액이다. 공모액은 150억 원이다.\n"
    "수요예측 경쟁률은 980대1을 기록했다.\n"
    "누리시스템은 공모가를 1만 2000원으로 확정했다. 공모액은 84억 원이다. 수요예측 경쟁률은 "
    "412대1이었다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "ipo", "공모가 확정") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("한결소재 수요예측 경쟁률은?", "980대1"),  # three sentences after 한결소재: was 412대1
        ("누리시스템 수요예측 경쟁률은?", "412대1"),  # two after 누리시스템: was 980대1
    ],
)
def test_a_figure_is_carried_over_sentences_that_name_no_one(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer == figure, ans
    assert ans.confidence >= 0.8, ans  # the other company's ratio gives its belief


def _snap(sentences: list[tuple[str, list[tuple[str, int, int]]]], doc_ids=None):
    """A snapshot of the few fields _carried reads: sentences with the names they write."""
    ids = [f"s{i}" for i in range(len(sentences))]
    return SimpleNamespace(
        extraction=SimpleNamespace(
            sentence_entities={sid: mentions for sid, (_, mentions) in zip(ids, sentences)},
            entities={"a": SimpleNamespace(type="Company"), "b": SimpleNamespace(type="Company")},
        ),
        pos_of_sentence={sid: i for i, sid in enumerate(ids)},
        doc_ids=doc_ids or ["d"] * len(ids),
        sentence_ids=ids,
        texts=[text for text, _ in sentences],
    )


NAMED_A = ("가람은 계약을 맺었다.", [("a", 0, 2)])
NAMED_B = ("다온은 계약을 맺었다.", [("b", 0, 2)])
NO_ONE = ("금액은 크다.", [])


def test_carried_from_three_sentences_back():
    snap = _snap([NAMED_A, NO_ONE, NO_ONE, NO_ONE])
    assert _carried(snap, "s3", {"a"}) is True
    assert _carried(snap, "s3", {"b"}) is False  # another company's, written as its topic


def test_not_carried_past_the_reach():
    snap = _snap([NAMED_A, NO_ONE, NO_ONE, NO_ONE, NO_ONE])
    assert _carried(snap, "s4", {"a"}) is None


def test_not_carried_past_the_documents_start():
    snap = _snap([NAMED_A, NO_ONE, NO_ONE], doc_ids=["d1", "d2", "d2"])
    assert _carried(snap, "s2", {"a"}) is None


def test_the_nearest_company_carries_it():
    snap = _snap([NAMED_A, NAMED_B, NO_ONE, NO_ONE])
    assert _carried(snap, "s3", {"b"}) is True
    assert _carried(snap, "s3", {"a"}) is False
