"""Work handed to a partner (kg/delegated.py), on invented sentences: a task written as the topic
and an organisation as the subject of 맡다 or 담당하다 make that organisation a partner of the
company the task is written with ("라온텍의 법률 자문은 A가 맡았다"), or of the one the text is
about when the sentences before were about it too; no company is guessed otherwise.

The rule's candidates are what is checked (``KGSEARCH_RELATIONS=rules``): the relation scorer
weighs the rule ``delegated`` once it is refitted (bench/fit_relations.py)."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations, named_relations


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setenv("KGSEARCH_RELATIONS", "rules")


def _partners(a: str, b: str) -> set[tuple[str, str, str]]:
    return {(a, "PARTNER_OF", b), (b, "PARTNER_OF", a)}


def test_the_task_of_a_named_company():
    assert_relations(
        "라온텍이 코스닥 상장을 추진한다. 라온텍의 법률 자문은 법무법인 새봄이 맡았다.",
        [_partners("법무법인 새봄", "라온텍")],
        [],
    )


def test_tasks_of_the_company_the_text_is_about():
    text = (
        "클라우드 기업 누리클라우드가 한결물산의 전산 시스템을 옮기는 사업을 따냈다. "
        "누리클라우드는 이 사업에 3년간 120명을 투입한다. "
        "누리클라우드는 내년 2월 이전을 마친다. "
        "암호 키 관리는 보안 기업 라이트온이 맡고, 기존 서버 운영은 IT 기업 다솜소프트가 담당한다."
    )
    assert_relations(
        text,
        [_partners("라이트온", "누리클라우드"), _partners("다솜소프트", "누리클라우드")],
        [("라이트온", "PARTNER_OF", "한결물산"), ("다솜소프트", "PARTNER_OF", "한결물산")],
    )


def test_no_company_guessed_for_a_task_of_no_one_named():
    # the text is about no organisation the sentences before were about: no partner is guessed
    text = "이번 행사는 다음 달 열린다. 행사 진행은 기획사 모아이벤트가 맡는다."
    rels = {r for r in named_relations(text) if r[1] == "PARTNER_OF"}
    assert not rels, rels
