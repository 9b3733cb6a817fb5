"""A question asking what one thing measures ("X의 높이", "X의 연간 이용권 가격") is answered by the
figure written with that thing or with the other nouns asked, not by the figure another thing's
sentence writes with the bare measure noun ("높이는 42미터", "입장권 가격은 1회에 8천원").
Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg import analyze_document, resolve
from search.figure_nouns import owner_names
from search.question import analyze_question

VALLEY = (
    "한빛계곡 탐방 안내\n"
    "한빛계곡은 강원도 동쪽 산악 지대에 있다. 계곡 입구의 청솔폭포는 도내 3대 폭포로 "
    "꼽히며, 높이는 42미터, 너비 3미터에 달한다. 은하폭포는 이것보다 더 높은 96미터에 "
    "달하며, 물줄기가 세차기로 이름나 있다. 한빛계곡 입장권 가격은 1회에 8천원 3회에 "
    "2만원이며, 연간 이용권은 9만5천원이다."
)


@pytest.fixture(scope="module")
def valley(tmp_path_factory):
    with article_kb(tmp_path_factory, VALLEY, "hanbit", "한빛계곡 탐방 안내") as kb:
        yield kb


def test_figure_of_the_owner_named(valley):
    """은하폭포's height is the 96미터 its own sentence writes, not the 42미터 written "높이는"
    for 청솔폭포 (the only figure written with the measure noun at 3059e9e)."""
    ans = valley.ask("은하폭포의 높이는?")
    assert ans.answer == "96미터", (ans.answer, ans.method, ans.confidence)


def test_figure_of_the_other_nouns_asked(valley):
    """The yearly pass's price is the figure written "연간 이용권은", not the 2만원 of "가격은
    ... 3회에" (at 3059e9e only figures written with 가격 were kept)."""
    ans = valley.ask("한빛계곡의 연간 이용권 가격은?")
    assert ans.answer == "9만5천원", (ans.answer, ans.method, ans.confidence)


@pytest.mark.parametrize(
    ("question", "head", "want"),
    [
        ("은하폭포의 높이는?", "높이", {"은하폭포"}),
        ("은하폭포 높이는?", "높이", set()),  # no 의: no owner
        ("청솔폭포의 높이는?", "높이", {"청솔폭포"}),  # no name known: the nouns before 의, whole
        ("폭포 한 변의 길이는?", "길이", set()),  # 변: one letter, no owner told
    ],
)
def test_owner_names(question, head, want):
    ex = resolve([analyze_document("d", "은하폭포(Eunha Falls)는 96미터에 달한다.")])
    q = analyze_question(question, ex)
    assert owner_names(q, [t.form for t in q.tokens].index(head)) == want


def test_owner_names_without_a_head():
    """No head noun (index -1) or one out of the question's tokens: no owner."""
    q = analyze_question("은하폭포의 높이는?", resolve([]))
    assert owner_names(q, -1) == set()
    assert owner_names(q, 0) == set()
    assert owner_names(q, len(q.tokens)) == set()


def test_owner_written_whole(valley):
    """청솔폭포 (no name the knowledge base knows) is the owner as written: 96미터's "은하폭포" is no
    figure of it although both end in 폭포 (a first try scored the pieces 청솔, 폭포)."""
    ans = valley.ask("청솔폭포의 높이는?")
    assert ans.answer == "42미터", (ans.answer, ans.method, ans.confidence)
