"""bench/miss_stages.py: each wrong answer of a small knowledge base of our own sentences is
put at the stage where the right answer was lost, and the right ones are left alone."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from bench import miss_stages

ARTICLE = """누리바이오, 경기 판교에 신약 연구소 연다
누리바이오는 2026년 5월 경기 판교에 신약 연구소를 연다고 밝혔다.
연구소 건립에는 300억 원이 들어간다.
김도윤 누리바이오 대표는 "항암제 개발을 서두르겠다"고 말했다.
연구는 이수민 연구소장이 이끈다.
연구소에는 연구원 120명이 일한다.
"""


def _q(question: str, answers: list, answer_type: str, evidence: str = "") -> dict:
    return {
        "question": question,
        "answers": answers,
        "answer_type": answer_type,
        "evidence": evidence,
        "style": "short",
    }


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    gold = {
        "questions": [
            _q("누리바이오 대표는 누구인가?", ["김도윤"], "person"),
            # the gold of a date for a "who" question: read as another kind
            _q("누리바이오 대표는 누구인가?", ["2026년 5월"], "date"),
            # a name the article never writes
            _q("누리바이오의 최대주주는 누구인가?", ["박서준"], "person"),
            # written, and a person the reader proposes, but the other person wins
            _q("항암제 개발을 서두르겠다고 말한 사람은?", ["이수민"], "person"),
            # written, but no place candidate is a drug
            _q("연구소를 여는 곳은 어디인가?", ["항암제"], "place"),
            # the article cannot answer it: answering is the loss
            _q("연구소 건립에 드는 돈은 얼마인가?", [], "money"),
        ]
    }
    with article_kb(tmp_path_factory, ARTICLE, "nuri-lab", ARTICLE.split("\n")[0]) as kb:
        yield miss_stages.stage_rows(kb, gold, "news/r30-nuri-01_qa")


def test_right_answers_have_no_stage(rows):
    assert rows[0]["right"] and rows[0]["stage"] == "right"


def test_each_loss_is_put_at_its_stage(rows):
    stages = [r["stage"] for r in rows[1:]]
    assert stages == ["question", "retrieval", "ranking", "candidates", "abstain"]
    assert "asked person, gold date" in rows[1]["detail"]
    assert "박서준" in rows[2]["detail"]
    assert "right '이수민' rank 2" in rows[3]["detail"]


def test_table_counts_the_stages_per_round(rows):
    text = miss_stages.table(rows)
    assert "| r30 | 6 | 5 | 1 (20%) | 1 (20%) | 1 (20%) | 1 (20%) |" in text
    assert miss_stages.examples(rows, lo=30, hi=30).count("\n") == 4  # five examples


def test_gold_kinds_and_their_fits():
    assert miss_stages.gold_kind("오후 2시 15분", {}) == "date"
    assert miss_stages.gold_kind("120명", {}) == "number"
    assert miss_stages.gold_kind("5천만 달러", {}) == "money"
    assert miss_stages.gold_kind("판교", {"판교": "Place"}) == "place"
    assert miss_stages.gold_kind("신약", {}) is None
    assert miss_stages.gold_kind("라마 3", {}) is None  # a name with a number is no figure
    assert miss_stages.gold_kind("2021", {}) == "date"
    assert miss_stages.kind_disagrees("date", {"money"})
    assert not miss_stages.kind_disagrees("where", {"organization"})
