"""Reasons Korean news states of one act in so many words (search/motives.py, named_as.py,
judged_reasons.py): a reason labelled with the act ("…다고 인하 배경을 설명했다", a rater's
"…고 하향 이유를 설명했다"), a measure taken with something in mind ("…부담을 고려한
조치다"), the actor's own wish ("…갚고 싶었다"고 말했다) — each answers before the headline,
a restated act ("이번 인하로", "등급이 떨어지면서 …전망이다") or another act's reason; a
reason given of another act leaves the question unanswered.  Real Kiwi, real e5 embeddings,
real FAISS; the articles are invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.judged_reasons import judged_reason
from search.named_as import labelled_reason
from search.stated_reasons import closes_on_reason, stated_reason

RATE_CUT = (
    '가온은행, 대출 금리 0.3%p 인하…"이자 부담 덜어"\n\n'
    "(서울=누리뉴스) 한솔 기자 = 가온은행이 주택담보대출 금리를 다음 달부터 0.3%포인트 "
    "내린다.\n\n"
    "가온은행은 이런 내용의 금리 조정안을 확정했다고 3일 밝혔다. 은행이 대출 금리를 내린 "
    "것은 올해 들어 두 번째다.\n\n"
    "이번 인하로 대출자 12만 명의 연간 이자가 평균 30만 원 줄어든다.\n\n"
    '최도윤 가온은행장은 "조달 비용이 석 달째 떨어지고 연체율도 안정됐다"며 "고객과 이익을 '
    '나누겠다"고 인하 배경을 설명했다.\n\n'
    "가온은행은 같은 날 해외 송금 수수료도 없앤다고 밝혔다. 은행은 외국인 고객이 1년 새 "
    "두 배로 늘었다고 폐지 배경을 설명했다."
)

DOWNGRADE = (
    "한빛해운 신용등급 'A'에서 'A-'로 하향\n\n"
    "(서울=누리뉴스) 한솔 기자 = 신용평가사 미래신용평가가 한빛해운의 장기 신용등급을 "
    "'A'에서 'A-'로 한 단계 낮췄다고 5일 밝혔다.\n\n"
    '미래신용평가는 보고서에서 "컨테이너 운임 하락이 길어지면서 영업이익이 절반으로 '
    '줄었다"고 하향 이유를 설명했다.\n\n'
    "등급이 떨어지면서 한빛해운의 회사채 발행 금리도 오를 전망이다.\n\n"
    "한빛해운은 1985년 설립된 국내 5위 해운사다."
)

CITY = (
    "부산시, 섬 주민 여객선 요금 절반 지원\n\n"
    "(부산=누리뉴스) 한솔 기자 = 부산시가 다음 달부터 섬 주민의 여객선 요금 절반을 대신 "
    "내준다.\n\n"
    "부산시는 섬 주민의 여객선 요금 절반을 시 예산으로 대신 내주는 조례를 공포했다고 7일 "
    "밝혔다. 섬 주민들의 교통비 부담을 고려한 조치다. 시는 한 해 예산 12억 원을 쓴다.\n\n"
    "같은 날 부산시는 연안여객터미널 개장을 9월로 미룬다고 발표했다. 공사 중 지반 침하가 "
    "발견됐기 때문이다.\n\n"
    "시는 보수 공사에 두 달가량 걸릴 것으로 내다봤다."
)

GIFT = (
    "마루식품 창업주 한도윤 회장, 사재 100억 원 내놓아 장학재단 세운다\n\n"
    "(대구=누리뉴스) 한솔 기자 = 식품업체 마루식품의 창업주 한도윤 회장(80)이 사재 100억 "
    "원을 내놓아 장학재단을 세운다.\n\n"
    "마루식품은 한 회장이 회사 주식 40만 주를 새로 세우는 마루장학재단에 출연한다고 "
    "10일 공시했다.\n\n"
    "재단은 해마다 대구 지역 고등학생 100명에게 장학금을 준다.\n\n"
    '한 회장은 "어려운 시절 도시락을 나눠 준 친구들에게 진 빚을 갚고 싶었다"고 말했다.\n\n'
    "그는 1975년 대구의 작은 방앗간에서 마루식품을 창업했다."
)


@pytest.fixture(scope="module")
def rate_cut(tmp_path_factory):
    with article_kb(tmp_path_factory, RATE_CUT, "ratecut", "가온은행 금리 인하") as kb:
        yield kb


@pytest.fixture(scope="module")
def downgrade(tmp_path_factory):
    with article_kb(tmp_path_factory, DOWNGRADE, "downgrade", "한빛해운 등급 하향") as kb:
        yield kb


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    with article_kb(tmp_path_factory, CITY, "city", "부산시 여객선 요금") as kb:
        yield kb


@pytest.fixture(scope="module")
def gift(tmp_path_factory):
    with article_kb(tmp_path_factory, GIFT, "gift", "마루식품 장학재단") as kb:
        yield kb


def test_the_reason_labelled_with_the_act_answers(rate_cut):
    # not "이번 인하로", a cause of what followed the cut; both quotes are what was said
    ans = rate_cut.ask("가온은행이 대출 금리를 내린 이유는?")
    assert "조달 비용이 석 달째 떨어지고" in ans.answer
    assert "외국인" not in ans.answer


def test_each_act_has_its_own_labelled_reason(rate_cut):
    ans = rate_cut.ask("가온은행이 송금 수수료를 없애는 이유는?")
    assert ans.answer == "외국인 고객이 1년 새 두 배로 늘었다"


def test_a_rater_gives_the_reason_of_its_downgrade(downgrade):
    # the rater speaks, the company it rated is named the sentence before; the sentence
    # "등급이 떨어지면서 …오를 전망이다" restates the act and tells a consequence
    ans = downgrade.ask("한빛해운 등급 왜 떨어진 거야?")
    assert "운임 하락이 길어지면서" in ans.answer
    assert "전망" not in ans.answer


def test_a_measure_taken_with_something_in_mind(city):
    ans = city.ask("부산시가 여객선 요금을 대신 내주는 이유는?")
    assert "교통비 부담을 고려한 조치" in ans.answer


def test_a_reason_given_of_another_act_is_no_answer(city):
    # the article explains why the opening is put off; it never says why a fee would rise
    ans = city.ask("부산시가 터미널 이용료를 올리는 이유는?")
    assert ans.answer is None


def test_the_actors_own_wish_is_its_motive(gift):
    ans = gift.ask("한도윤 회장이 장학재단을 세우는 이유는?")
    assert "진 빚을 갚고 싶었다" in ans.answer


@pytest.mark.parametrize(
    "text, acts, reason",
    [
        ("시는 연료비가 올랐다고 인상 배경을 설명했다.", {"인상"}, "연료비가 올랐다"),
        ('단장은 "포수가 필요했다"고 영입 배경을 설명했다.', {"영입"}, "포수가 필요했다"),
        (
            '총재는 "소비가 더디다"며 "위험에 먼저 대응하겠다"고 인하 배경을 설명했다.',
            {"인하"},
            '소비가 더디다"며 "위험에 먼저 대응하겠다',
        ),
        (
            "회사는 수입이 늘고 수요가 줄어든 것을 가동 중단 이유로 들었다.",
            {"중단"},
            "수입이 늘고 수요가 줄어든 것",
        ),
        (
            "회사는 현지 경쟁이 거세진 것을 철수 배경으로 설명했다.",
            {"철수"},
            "현지 경쟁이 거세진 것",
        ),
        ("시는 연료비가 올랐다고 인상 배경을 설명했다.", {"연기", "미루"}, None),
    ],
)
def test_labelled_reason(text, acts, reason):
    assert labelled_reason(text, acts) == reason


def test_a_conceded_claim_is_no_reason():
    text = '회사는 "전산 오류 때문"이라고 해명했지만, 누적된 적자 탓에 대금을 운영비로 써 온 사실이 드러났다.'
    assert judged_reason(text, telling=True) is None
    assert stated_reason(text) == "누적된 적자 탓에"


def test_a_reason_with_a_topic_of_its_own_is_its_topics():
    assert closes_on_reason("공사 중 지반 침하가 발견됐기 때문이다.")
    assert not closes_on_reason("두 회사가 손을 잡은 것은 경쟁이 거세졌기 때문이다.")
