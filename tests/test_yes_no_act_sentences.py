"""Yes/no: the sentence that writes the asked act decides (issue 13, search/act_sentences.py).

A question asks one act ("…을 운영하나?", "…에 포함됐나?", "…을 짓나?").  The sentence that
writes that act with the question's things reads its own clause: a plain statement is 예 (past,
present, future, or a plan for a question of what will be), a negation 아니오, a hedge neither.
Its plain 예 overrules a 아니오 read from a sentence about the same names that denies something
else ("평일 밤에는 소아 환자를 받지 않기로 했다" for "주말에 … 운영하나?"); its negation keeps
a 아니오 ("새 병동은 짓지 않는다" beside "300억 원을 장비 교체에 쓴다" for "새 병동을 짓나?").  Real Kiwi, real e5
embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.act_sentences import act_reading
from search.passages import sentence_tokens

HOSPITAL = (
    "해솔대병원, 평일 밤 소아 응급진료 중단\n"
    "해솔대병원은 다음 달부터 평일 밤에는 소아 응급환자를 받지 않기로 했다고 5일 밝혔다. "
    "주말에는 종전대로 어린이 진료실을 밤 12시까지 운영한다. "
    "병원 측은 소아과 전문의 5명 가운데 3명이 그만두면서 당직을 짤 수 없게 됐다고 설명했다.\n"
    "해솔대병원은 올해 300억 원을 검사 장비 교체에 쓴다. "
    "본관 옆 주차장 부지는 그대로 두기로 해 새 병동은 짓지 않는다. "
    "외래 진료비 할인 혜택도 환자 지원 사업에 담겼다.\n"
    "병원은 소아과 전문의 2명을 다음 달 새로 채용하기로 했다. "
    "평일 야간 진료를 다시 열지는 연말에 결정한다."
)


@pytest.fixture(scope="module")
def hospital(tmp_path_factory):
    with article_kb(tmp_path_factory, HOSPITAL, "haesol", "해솔대병원 소아 응급진료") as kb:
        yield kb


def _reading(sentence: str, act: str) -> str:
    toks = sentence_tokens(sentence)
    return act_reading(toks, next(i for i, t in enumerate(toks) if t.form == act))


@pytest.mark.parametrize(
    "sentence, act, reading",
    [
        ("토요일에는 어린이 진료실을 밤 12시까지 운영한다.", "운영", "yes"),
        ("외래 진료비 할인 혜택도 지원 사업에 포함됐다.", "포함", "yes"),
        # 쓰고 closes its clause: the rest is another act
        ("300억 원을 차입금 상환에 쓰고 나머지는 설비에 투자한다.", "쓰", "yes"),
        ("새 병동은 짓지 않는다.", "짓", "no"),
        ("새 병동은 당분간 안 짓는다.", "짓", "no"),
        ("원장은 연임 대신 대학 강단으로 돌아간다.", "연임", "no"),
        ("병원은 전문의 2명을 새로 채용하기로 했다.", "채용", "plan"),
        ("병원은 야간 진료 재개를 검토하고 있다.", "재개", "hedge"),
        ("당국은 그 기술이 핵심기술에 해당하지 않는다고 판단했다.", "판단", "hedge"),
        ("대표는 인수 뒤에도 회사를 이끈다.", "인수", "when"),
        # the next clause's negation is about another thing
        ("발전기 2기를 앞당겨 가동하고, 냉방기 가동은 줄이기로 했다.", "가동", "plan"),
        ("대표 사임…후임은 미정", "사임", "yes"),
    ],
)
def test_act_reading(sentence, act, reading):
    assert _reading(sentence, act) == reading


@pytest.mark.parametrize(
    "question, verdict",
    [
        # the act sentence names no one; the sentence naming the hospital denies another act
        ("주말에는 해솔대병원 어린이 진료실을 밤 12시까지 운영하나?", "예"),
        # the sentence naming the hospital writes another act (쓴다); the act's own denies it
        ("해솔대병원은 새 병동을 짓나?", "아니오"),
        # a plan is 예 to what will be
        ("해솔대병원은 소아과 전문의를 새로 채용하나?", "예"),
    ],
)
def test_the_act_sentence_decides(hospital, question, verdict):
    ans = hospital.ask(question)
    assert ans.answer == verdict, (ans.answer, ans.evidence[:1])


@pytest.mark.parametrize(
    "question",
    [
        "해솔대병원은 이미 소아과 전문의를 새로 채용했나?",  # "채용하기로 했다": not done yet
        "해솔대병원은 평일 야간 진료를 다시 여나?",  # "다시 열지는 연말에 결정한다": open
    ],
)
def test_no_yes_from_a_plan_or_an_open_act(hospital, question):
    ans = hospital.ask(question)
    assert ans.answer != "예", (ans.answer, ans.evidence[:1])
