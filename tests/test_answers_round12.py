"""Korean question forms news answers got wrong in held-out round 12 (issue 13): a count of the
doers of an act ("사전 등록자 수") is written with the act alone in a headline ("사전 등록 310만
명"), and a bare noun phrase with no interrogative asks for it all the same.  Real Kiwi, real e5
embeddings, real FAISS; the shipped reader and calibration.  The article is invented for the
test.  A figure's pieces ("3천", "600억 개") are that figure ("3천 600억 개"), not rivals
splitting its belief below the no-answer line.  A list asked whose one item the reader finds
in a bulleted row is that row, the last item without the particle Kiwi read into it; a
"센터" asked with 어디 is a place, not its owner.  "How many users" asks a count of people
(명), not the fine written beside it."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "누리소프트 신작 '별빛 항로', 80개국 동시 출시…사전 등록 310만 명\n"
    "[게임타임즈 김하람 기자] 모바일 전략 게임 '별빛 항로'가 다음 달 9일 전 세계 80개국에 "
    "동시 출시된다. 개발사 누리소프트와 퍼블리셔 한별게임즈는 사전 등록자가 310만 명을 "
    "넘었다고 5일 밝혔다. 게임은 안드로이드와 iOS에 먼저 나오고, PC 버전은 내년 2분기에 "
    "공개된다.\n"
    "사전 등록자 가운데 유럽 비중이 40%를 넘었다. 한별게임즈는 북미 마케팅에 약 150억 원을 "
    "쓸 계획이다.\n"
    "한별게임즈의 물류 자회사 한별로지스는 대전, 청주와 김해에 물류센터를 새로 짓는다.\n"
    "가장 큰 언어모델은 누리소프트가 지난 8월 공개한 '누리말 3'이다. 파라미터가 3천 600억 "
    "개로, 이전 버전인 누리말 2의 두 배를 넘는다. 한별게임즈의 '별말 미니'는 파라미터 200억 "
    "개짜리 소형 모델이다.\n"
    "한별로지스의 분류 로봇은 회사가 운영하는 물류센터 세 곳, ▲하를럼 ▲레이던 ▲알크마르에 다음 달 "
    "초부터 차례로 들어간다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "stars", "별빛 항로 출시") as kb:
        yield kb


@pytest.mark.parametrize("question", ["별빛 항로 사전 등록자 수", "별빛 항로 사전 등록자 수는?"])
def test_a_count_of_doers_is_written_with_the_act(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "310만 명", ans
    assert ans.method != "none"


def test_a_figures_pieces_are_that_figure(kb):
    ans = kb.ask("누리말 3 파라미터 수")
    assert ans.answer == "3천 600억 개", ans


def test_a_bulleted_row_is_the_list(kb):
    ans = kb.ask("분류 로봇이 들어가는 물류센터는 어디 어디인가?")
    assert set(ans.answer.split(", ")) == {"하를럼", "레이던", "알크마르"}, ans


LEAK = (
    "개인정보위, 배달 앱 '바로찬' 운영사에 과징금\n"
    "개인정보보호위원회는 배달 앱 '바로찬'을 운영하는 누리딜리버리에 과징금 12억 4천만 원과 "
    "과태료 900만 원을 부과했다고 2일 밝혔다. 지난 5월 해킹으로 이용자 약 61만 명의 이름과 "
    "주소가 새어 나갔다. 누리딜리버리는 피해 이용자에게 1인당 2만 원의 포인트를 지급한다."
)


@pytest.fixture(scope="module")
def leak_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, LEAK, "leak", "바로찬 과징금") as kb:
        yield kb


def test_how_many_people_is_a_count_of_people(leak_kb):
    ans = leak_kb.ask("How many users' data leaked from 바로찬?")
    assert ans.answer in {"약 61만 명", "61만 명"}, ans
