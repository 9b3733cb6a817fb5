"""Whose post a person holds ("X는 어느 기관 이사장인가?"): the body written between the name and
the title, glued to it, right before the name, or as the sentence's topic when the title is
bare.  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.post_bodies import body_before, body_between

ARTICLE = (
    "한누리공단, 새 이사장 선임 절차 착수\n"
    "5일 한누리공단에 따르면 이날 이사회를 열어 미래복지부와 갈등 끝에 물러난 도재윤 전 "
    "이사장의 후임을 뽑기 위한 추천위원회를 구성했다. "
    "한편 서지웅 해양수산부 장관은 이날 부산에서 항만 정책을 발표했다. "
    "민경록 전남도지사는 같은 날 도청에서 회견을 열었다. "
    "고나래 금융위원장도 이날 시장 점검 회의를 열었다. "
    "배서준 경남지사는 조선 산업 지원을 요청했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "bodies", "한누리공단 이사장 선임") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("도재윤은 어느 기관 이사장이었나?", "한누리공단"),  # the topic, not 미래복지부와
        ("서지웅은 어느 부처 장관인가?", "해양수산부"),  # between the name and the title
        ("민경록은 어느 도의 도지사인가?", "전남도"),  # glued: 도 written once
        ("고나래는 어느 기관의 위원장인가?", "금융위"),  # 위 written once for 금융위 위원장
        ("배서준은 어느 도의 지사인가?", "경남"),  # 지사: a head of the table's post_after
    ],
)
def test_the_body_of_the_persons_title(kb, question, want):
    ans = kb.ask(question)
    assert ans.answer == want


def test_a_question_of_no_body_by_title_is_not_read_here(kb):
    # no title after the interrogative: the path does not answer; nor a question of no person
    assert kb.ask("서지웅은 어느 도시에서 발표했나?").answer != "해양수산부"
    assert "post_body" not in str(kb.ask("한누리공단은 어느 기관 이사장인가?").to_dict())


@pytest.mark.parametrize(
    ("text", "name_end", "post", "want"),
    [
        ("서지웅 해양수산부 장관은 말했다.", 3, "장관", "해양수산부"),
        ("민경록 전남도지사는 말했다.", 3, "도지사", "전남"),
        ("오하늘 누리원장은 말했다.", 3, "원장", "누리원"),  # 원 written once for 누리원 원장
        ("오하늘 전 해양수산부 장관은", 3, "장관", "해양수산부"),  # 전 is no body
        ("오하늘 신임 이사장은", 3, "이사장", None),  # the title bare
        ("오하늘, 누리 장관은", 3, "장관", None),  # a comma ends the name's words
        ("오하늘 대표는 말했다.", 3, "장관", None),  # the title not written
    ],
)
def test_body_between(text, name_end, post, want):
    assert body_between(text, name_end, post) == want


def test_body_before_right_before_the_name_then_the_topic():
    text = "해양수산부 서지웅 장관은 말했다."
    assert body_before(text, 6, [(0, 5)]) == "해양수산부"
    text = "누리공단은 4일 오하늘 신임 이사장 취임식을 연다."
    assert body_before(text, 9, [(0, 4)]) == "누리공단"
    text = "미래복지부와 갈등 끝에 오하늘 전 이사장이 물러났다."
    assert body_before(text, 13, [(0, 5)]) is None  # 와 makes a party, no topic
    assert body_before("오하늘 이사장은 누리공단에서 일했다.", 0, [(9, 13)]) is None
