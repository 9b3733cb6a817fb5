"""Court news: the penalty a court gave or prosecutors sought is the object of 선고 or 구형
("징역 2년에 집행유예 3년을 선고했다", search/penalties.py), and the judge is the name before 판사
(a title of kg/resources/grammar.toml; "판사는?" asks a person, search/resources/answer_types.toml).
Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.analysis import analyze_document
from search.answer_types import Asked
from search.penalties import asked_verbs, penalty_answer, penalty_in
from search.question import Question
from search.spans import Token

ARTICLE = (
    "'투자 사기' 40대, 1심서 집행유예\n"
    "대전지법 형사3단독 오한결 판사는 12일 사기 혐의로 기소된 이 모 씨에게 징역 2년에 "
    "집행유예 3년을 선고하고, 120시간의 사회봉사를 명령했다. "
    "검찰은 앞서 결심 공판에서 이 씨에게 징역 3년을 구형했다. "
    '오 판사는 "피해자들과 합의한 점을 고려했다"고 밝혔다.'
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "penalties", "투자 사기 1심") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("이 모 씨에게 선고된 형량은?", "징역 2년에 집행유예 3년"),
        ("검찰 구형량은?", "징역 3년"),  # what prosecutors sought, not what the court gave
        ("이 씨에게 징역형을 선고한 판사는?", "오한결"),  # "판사는?" asks a person
        ("선고한 판사는 누구?", "오한결"),
    ],
)
def test_court_questions(kb, question, answer):
    ans = kb.ask(question)
    assert ans.answer == answer, (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_a_judge_is_a_titled_person_and_an_inspection_is_not():
    found = analyze_document("t", "창원지법 형사2단독 류서진 판사는 3일 선고했다.").mentions
    assert "류서진" in [m.text for m in found]
    found = analyze_document("u", "금감원은 5개 은행을 대상으로 테마 검사를 실시했다.").mentions
    assert "테마" not in [m.text for m in found]


def test_penalty_in_branches():
    given = ("선고", "확정")
    assert penalty_in("재판부는 무죄를 선고했다.", given) == "무죄"
    assert penalty_in("120시간의 사회봉사를 명령했다.", given) is None  # no verb of these
    assert penalty_in("선고 공판이 열렸다.", given) is None  # 선고 without its object
    assert penalty_in("재판부는 원심을 확정했다.", given) is None  # an object but no penalty
    assert penalty_in("", given) is None


def _q(text: str, *nouns: str) -> Question:
    return Question(text=text, tokens=[Token(n, "NNG", 0, len(n)) for n in nouns])


def test_asked_verbs_branches():
    assert asked_verbs(_q("구형량은?", "구형량"), Asked(kind="thing")) == ("구형",)
    assert asked_verbs(_q("형량은?", "형량"), Asked(kind="thing")) == ("선고", "확정")
    assert asked_verbs(_q("형량은?", "형량"), Asked(kind="person")) is None  # a person asked
    assert asked_verbs(_q("혐의는?", "혐의"), Asked(kind="thing")) is None  # no penalty asked


def test_penalty_answer_needs_a_penalty_question_and_a_sentence(kb):
    hits = kb.search("형량", k=5)
    assert penalty_answer(_q("혐의는?", "혐의"), Asked(kind="thing"), hits) is None
    assert penalty_answer(_q("형량은?", "형량"), Asked(kind="thing"), []) is None
    assert penalty_answer(_q("형량은?", "형량"), Asked(kind="thing"), hits[:0]) is None
