"""A career told as a story ("A에서 7년 일했다. 이후 B로 옮겨 3년간 ..."): "몇 년 일했나?" asks a
length of time, answered by the count of years ("7년"), never by a year the text writes nearby
("2019년"); and a move told as done ("B 본사로 옮겨", "C로 이직해") names an earlier employer,
so "창업 전에 일한 곳은 어디 어디인가?" gets every one.  A move announced ("다음 달 D로 자리를
옮긴다") is no past.  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.passages import sentence_tokens
from search.past_cues import past_affiliations
from search.spans import tokens_of

ARTICLE = (
    "물결로보틱스, 창고 로봇으로 150억 원 유치\n"
    "[테크한빛 소하람 기자] 창고 물류 로봇을 만드는 물결로보틱스가 150억 원 규모의 투자를 "
    "유치했다고 밝혔다. 물결로보틱스는 2019년 도혜강 대표가 세운 회사다.\n"
    "도 대표는 누리모터스에서 구동 설계 엔지니어로 9년 일했다. 이후 독일 물류 장비 업체 "
    "하르텐(Harten)으로 옮겨 4년간 창고 자동화 장비를 팔았고, 2019년 독립해 물결로보틱스를 "
    "차렸다. 공동창업자인 진서율 최고기술책임자(CTO)는 바람소프트에서 6년간 제어 "
    '소프트웨어를 만들다 합류했다. 도 대표는 "창고마다 바닥이 달라 바퀴 설계가 관건"이라고 말했다.'
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "mulgyeol", "물결로보틱스 투자 유치") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("그는 누리모터스에서 몇 년 일했나?", "number"),
        ("그 회사에서 몇 년 근무했어?", "number"),
        ("개발에 몇 년 걸렸나?", "number"),
        ("몇 년에 입사했나?", "date"),
    ],
)
def test_years_before_a_verb_are_a_length_and_before_e_a_year(question, kind):
    assert read_asked(tokens_of(kiwi().tokenize(question))).kind == kind


def test_years_worked_are_counted_not_a_year_written_nearby(kb):
    ans = kb.ask("도혜강 대표는 누리모터스에서 몇 년 일했나?")
    assert ans.answer == "9년", ans


def test_every_employer_before_the_founding_with_the_one_moved_to(kb):
    ans = kb.ask("도혜강 대표가 물결로보틱스를 세우기 전에 일한 곳은 어디 어디인가?")
    assert ans.answer is not None and "누리모터스" in ans.answer and "하르텐" in ans.answer, ans


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "윤 대표는 누리모터스에서 3년 일한 뒤 바람소프트로 이직해 5년을 보냈다.",
            ["누리모터스", "바람소프트"],
        ),
        ("윤 대표는 다음 달 바람소프트로 자리를 옮긴다.", []),
        ("윤 대표는 2009년 누리모터스에 입사해 설계를 맡았다.", ["누리모터스"]),
        ("윤 대표는 다음 달 누리모터스에 입사한다.", []),
        ("윤정후 전 누리모터스 부사장이 대표로 선임됐다.", ["누리모터스"]),
        ("윤정후 대표는 인수 전 누리모터스 공장을 찾았다.", []),  # 전 of "before", no post
        ("윤 대표는 누리모터스에서 8년간 바퀴를 설계하다 독립했다.", ["누리모터스"]),
        ("윤 대표는 누리모터스에서 10년 동안 바퀴를 설계했다.", ["누리모터스"]),
        ("윤 대표는 누리모터스에서 2019년 바퀴를 설계했다.", []),  # a year, no stint
    ],
)
def test_a_move_done_is_a_past_employer_and_one_announced_is_not(text, orgs):
    ref = [(0, text.index(" "))]  # the person: "윤 대표는", "윤정후 전 ..."
    found = [o for o, who in past_affiliations(text, sentence_tokens(text), ref) if who == 0]
    assert found == orgs


HIRE = (
    "한솔에너지, 새 대표에 구하진 전 바람전기 부사장\n"
    "[에너지한빛 최윤서 기자] 배터리 재활용 기업 한솔에너지가 구하진 전 바람전기 부사장을 신임 "
    "대표로 선임했다고 12일 밝혔다. 구 신임 대표는 1998년 바람전기에 입사해 배터리사업부에서 "
    "14년간 셀 개발을 이끌었다. 2012년에는 미국 에너지 저장 업체 그리드나인(GridNine)으로 옮겨 "
    "6년 동안 아시아 사업을 총괄했다."
)


HIRE_MOVED = (
    "보안 기업 다솜시큐리티, 새 대표에 오하준 선임\n"
    "[보안한빛 정다인 기자] 보안 소프트웨어 기업 다솜시큐리티는 신임 대표이사에 오하준 전 "
    "누리넷코리아 보안관제부문장을 선임했다고 5일 밝혔다. 오 신임 대표는 해양보안원에서 "
    "사고대응팀장을 지낸 뒤 누리넷코리아로 옮겨 6년간 관제 사업을 이끌었다."
)


@pytest.mark.parametrize(
    ("article", "question", "employers"),
    [
        # joined ("입사해"), moved to ("옮겨") and held a former post at ("전 바람전기 부사장")
        (
            HIRE,
            "구하진 대표는 한솔에너지에 오기 전에 어디 어디에서 일했나?",
            ["바람전기", "그리드나인"],
        ),
        # Kiwi reads 해양보안원 as common nouns: the cue of 지낸 names nothing, the graph does (a
        # guard of the move cue: it answered 누리넷코리아 alone before the graph joined, 277baf7)
        (
            HIRE_MOVED,
            "오하준 대표는 다솜시큐리티에 오기 전에 어디 어디에서 일했나?",
            ["해양보안원", "누리넷코리아"],
        ),
    ],
)
def test_every_employer_of_a_hire(tmp_path_factory, article, question, employers):
    with article_kb(tmp_path_factory, article, "hire", article.split(",")[0]) as kb:
        ans = kb.ask(question)
    assert ans.answer is not None and all(e in ans.answer for e in employers), ans
