"""A thing asked by its kind noun is the name the text writes with that noun (issue 13: "어떤
게임 엔진으로" answered with the engine's maker in round 15, "어느 공장에서" with nothing in round
13): "크로마 엔진 3", "누리켐 여수 2공장", not the company or the place of the sentence.  Real
Kiwi, real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "별무리게임즈, 신작 '은하 항로' 일본 출시\n"
    "게임사 별무리게임즈가 신작 '은하 항로'를 다음 달 일본에 출시한다고 4일 밝혔다. "
    "'은하 항로'는 우주 함대를 꾸려 교역로를 여는 전략 게임으로, 반도소프트의 크로마 엔진 "
    "3으로 만들어졌다.\n"
    "한편 배터리 소재 기업 누리켐은 미국 완성차 업체 벨타모터스에 양극재를 공급하는 계약을 "
    "맺었다. 공급 물량은 전남 여수시에 있는 누리켐 여수 2공장에서 전량 생산된다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "headed", "은하 항로 출시") as kb:
        yield kb


def test_the_engine_is_the_name_written_with_engine_not_its_maker(kb):
    ans = kb.ask("은하 항로는 어떤 게임 엔진으로 만들어졌나?")
    assert ans.answer == "크로마 엔진 3", ans


def test_the_plant_is_the_name_written_with_plant(kb):
    ans = kb.ask("벨타모터스에 보낼 양극재는 어느 공장에서 만드나?")
    assert "여수 2공장" in (ans.answer or ""), ans


# A thing asked by its kind noun alone ("로켓은 무엇인가?", "서비스는 어떤 것들인가?"): the name
# quotes or a gloss mark with the noun, never the maker a headline writes before it (rounds 8,
# 10, 17: the maker's "X 로켓" of a headline answered for the rocket, one of two quoted services, the company).
LAUNCH = (
    "하늬샛, 첫 관측위성 '하늬-2' 美 오리온X 로켓에 싣는다\n"
    "위성 스타트업 하늬샛이 만든 초소형 관측위성 '하늬-2'가 다음 달 10일 오리온X의 "
    "스타콘3(Starcon 3) 로켓에 실려 발사된다고 2일 밝혔다. "
    "하늬샛은 위성이 보내는 영상을 지도 서비스 '하늬맵'과 농업 관제 서비스 '하늬팜'에 쓸 "
    "계획이다. 두 서비스는 내년 상반기 문을 연다. 회사는 연말까지 위성 교육 앱 ‘하늬스쿨’과 "
    "재난 경보 알림 앱 ‘하늬경보’도 차례로 선보일 계획이다."
)


@pytest.fixture(scope="module")
def launch_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, LAUNCH, "launch", "하늬샛 위성 발사") as kb:
        yield kb


def test_the_rocket_is_the_name_glossed_before_rocket_not_its_maker(launch_kb):
    ans = launch_kb.ask("하늬-2를 싣고 올라갈 로켓은 무엇인가?")
    assert "스타콘3" in (ans.answer or "") and "오리온X" not in ans.answer, ans


def test_the_services_are_every_name_quoted_after_service(launch_kb):
    ans = launch_kb.ask("하늬샛이 위성 영상을 쓸 서비스는 어떤 것들인가?")
    assert "하늬맵" in (ans.answer or "") and "하늬팜" in ans.answer, ans


def test_names_in_curly_quotes_are_read_too(launch_kb):
    ans = launch_kb.ask("하늬샛이 연말까지 선보일 앱은 어떤 것들인가?")
    assert "하늬스쿨" in (ans.answer or "") and "하늬경보" in ans.answer, ans
