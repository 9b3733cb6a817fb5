"""Who was promoted: "누리중공업에서 부사장으로 승진한 사람은?" is every person the article writes
before the post they rise to, whether the list is the verb's subject ("A, B 등 2명이 부사장으로
승진했다") or object ("A와 B 등 상무 2명을 전무로 승진 발령했다"), and with a post asked only the
people of its clause ("A는 전무에서 부사장으로, B는 상무에서 전무로 각각 승진했다"); the head
written in brackets after the company is no one promoted (search/promoted.py).  Real Kiwi, real
e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "누리중공업, 정기 임원 인사 단행\n"
    "누리중공업(회장 봉태준)이 2027년 정기 임원 인사를 단행했다고 4일 밝혔다. "
    "이번 인사에서 탁서린 해양사업본부장, 길도윤 조선설계실장 등 2명이 부사장으로 승진했다. "
    "누리중공업은 또 추하람 재무팀장과 엄지석 안전환경팀장 등 상무 2명을 전무로 승진 발령했다. "
    "계열사 누리엔진에서는 반소율 기술연구소장은 전무에서 사장으로, 여민재 품질본부장은 "
    "상무에서 부사장으로 각각 승진했다. "
    "회사 관계자는 현장 경험을 갖춘 인재를 중용한 인사라고 설명했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "promoted", "누리중공업 임원 인사") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "people", "not_promoted"),
    [
        # the subject list, and 여민재 of the clause "상무에서 부사장으로"; no chairman in brackets
        ("누리중공업에서 부사장으로 승진한 사람은?", ["탁서린", "길도윤", "여민재"], ["봉태준"]),
        # the object list of 승진 발령
        ("전무로 승진한 사람은 누구누구야?", ["추하람", "엄지석"], ["반소율", "봉태준"]),
        # a clause each: 반소율 rose to 사장, not to 부사장
        ("사장으로 승진한 사람은?", ["반소율"], ["여민재", "탁서린"]),
    ],
)
def test_every_person_promoted_to_the_asked_post(kb, question, people, not_promoted):
    ans = kb.ask(question)
    answer = ans.answer or ""
    assert all(p in answer for p in people), (ans.answer, ans.method, ans.confidence)
    assert not any(p in answer for p in not_promoted), (ans.answer, ans.method)
