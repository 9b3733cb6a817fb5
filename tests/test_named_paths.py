"""Every answer path names itself to the calibration (issue 13, calib22): an answerer that shares
a path's weights (``path=before``, ``path=description``) reports a second ``path=`` signal of its
own, every answer says where retrieval put the sentence it stands on, and a list reports the
belief of all its items.  Real Kiwi, e5 and FAISS; the article is invented for the test."""

from __future__ import annotations

import json
import math

import pytest
from article_kb import article_kb

from search.answering import ANSWER_POOL, read_question, search
from search.calibration import Calibrator, calibrator, features
from search.qa import NO_ANSWER_PROBABILITY, answer

ARTICLE = (
    "미리내페이, 코스닥 상장 추진\n"
    "핀테크 기업 미리내페이가 다음 달 코스닥 상장을 추진한다고 4일 밝혔다. 상장 주관사는 "
    "한빛투자증권과 다올증권이 공동으로 맡았다. 공모가 희망 범위는 1만 8천~2만 1천 원이다.\n"
    "미리내페이는 2018년 서하람 대표가 세웠다. 서 대표는 창업 전에 누리카드 "
    "리스크관리팀에서 일했다. 최고기술책임자(CTO)는 윤새봄 부사장이다.\n"
    "한편 미리내페이 재무 담당 임원이던 차온유 상무는 다음 달 가람캐피탈로 자리를 옮긴다. "
    "차 상무는 2009년 한결은행에 처음 입사했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "mirinae", "미리내페이, 코스닥 상장 추진") as kb:
        yield kb


def asked(kb, question: str):
    """The answer ``ask`` would give and the signals its confidence comes from."""
    snap = kb.snapshot()
    q = read_question(snap, question)
    hits = search(snap, kb.embedder, question, ANSWER_POOL, q)

    def hit_for(sid):
        return next((h for h in hits if h.sentence_id == sid), None)

    signals: list[dict] = []
    return answer(q, snap, hits, hit_for, signals_out=signals), signals[0], hits


#: (question, the answer, the shared path, the answerer's own path)
NAMED = [
    ("서하람 대표는 창업 전에 어디서 일했나?", "누리카드", "before", "past"),
    ("차온유 상무는 어디로 옮기나?", "가람캐피탈", "before", "destinations"),
    ("차온유 상무가 처음 입사한 회사는?", "한결은행", "before", "first_employer"),
]


@pytest.mark.parametrize(("question", "expected", "shared", "own"), NAMED)
def test_an_answerer_on_a_shared_path_names_itself(kb, question, expected, shared, own):
    ans, signals, _ = asked(kb, question)
    assert expected in ans.answer, ans.answer
    assert signals[f"path={shared}"] == 1.0 and signals[f"path={own}"] == 1.0, signals
    # its own weight is one on the shared path: the shared weights still apply
    assert f"{shared}|path={own}" in features(signals)


def test_every_answer_says_where_retrieval_put_its_sentence(kb):
    ans, signals, hits = asked(kb, "차온유 상무는 어디로 옮기나?")
    rank = next(i for i, h in enumerate(hits) if h.sentence_id == ans.evidence[0].sentence_id)
    assert signals["support_score"] == pytest.approx(hits[rank].score)
    assert signals["support_rank"] == pytest.approx(math.log1p(rank))


def test_a_list_reports_the_belief_of_all_its_items(kb):
    ans, signals, _ = asked(kb, "미리내페이 상장 주관사는 어디 어디인가?")
    assert "한빛투자증권" in ans.answer and "다올증권" in ans.answer
    # both underwriters, not the first one's share alone
    assert signals["list_belief"] > signals["prior"] + 0.2, signals
    assert signals["list_left_out"] < 0.1
    _, single, _ = asked(kb, "차온유 상무가 처음 입사한 회사는?")
    assert "list_belief" not in single  # one item is no list


def test_the_no_answer_line_is_shipped_with_the_calibration():
    assert NO_ANSWER_PROBABILITY == calibrator().no_answer
    assert 0.0 < NO_ANSWER_PROBABILITY < 0.8


@pytest.mark.parametrize("line", [1.5, -0.1, "0.2"])
def test_a_no_answer_line_that_is_no_probability_is_refused(tmp_path, line):
    path = tmp_path / "calibration.json"
    path.write_text(json.dumps({"weights": {}, "no_answer": line}), encoding="utf-8")
    with pytest.raises(ValueError, match="no_answer must be a probability"):
        Calibrator.load(path)


def test_the_shipped_calibration_weighs_each_named_answerer_on_its_own():
    weights = calibrator().weights
    for own in ("past", "worked_at", "destinations", "affiliation"):
        assert f"before|path={own}" in weights, own
    for own in ("who_is", "passage", "purpose", "called"):
        assert f"description|path={own}" in weights, own
    # the rest of the 2026-11-29 weights are kept as they were
    assert weights["path=before"] == pytest.approx(0.33486)
