"""Who takes a post (kg/appointments.py), on invented sentences: an organisation's name and a
title written as the topic ("X 초대 대표에는", "X 대표는") and a person as the subject of
선임되다 or 맡다 make that person work there in that post, whatever they did before.

The rule's candidates are what is checked (``KGSEARCH_RELATIONS=rules``): the relation scorer
weighs the rule ``appointed`` once it is refitted (bench/fit_relations.py)."""

from __future__ import annotations

import pytest
from relation_cases import named_relations


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setenv("KGSEARCH_RELATIONS", "rules")


def test_a_first_head_appointed():
    text = (
        "한빛모터스와 누리배터리가 합작법인 한누리에너지를 세운다. "
        "한누리에너지 초대 대표에는 표민재 한빛모터스 전무가 선임됐다."
    )
    rels = named_relations(text)
    assert ("표민재", "WORKED_AT", "한누리에너지") in rels, rels


def test_a_post_taken_by_someone_from_elsewhere():
    text = "음반사 가온랩이 새 출발을 한다. 가온랩 대표는 다온레코즈 총괄 프로듀서 출신인 하도진 전무가 맡았다."
    rels = named_relations(text)
    assert ("하도진", "WORKED_AT", "가온랩") in rels, rels


def test_a_post_that_modifies_a_noun_gives_no_one_a_job():
    text = "다온소프트 대표가 맡은 첫 사업은 클라우드 이전이다. 윤서하 씨가 발표했다."
    rels = named_relations(text)
    assert ("윤서하", "WORKED_AT", "다온소프트") not in rels, rels
