"""Why a decision was made, where news writes it outside the clause before the event: the
decider's judgment in the sentence after the decision (재판부는 "…지만, …보기 어렵다"고
판단했다), the explanation the event's own sentence ends on ("미룬 데 대해 "…"고 설명했다"),
a claim closed by 다며/라며 or a judgment closed by "다고 보고" right before the event, "X를
이유로", "…하자", the answer to an interviewer's question about the event, and a cause written
far from the best hits in a sentence that names the event (search/judged_reasons.py,
search/answered_asks.py, search/caused.py, search/motives.py).  Real Kiwi, real e5 embeddings,
real FAISS; the articles are invented for the test, each in its own words."""

from __future__ import annotations

import pytest
from article_kb import article_kb, cases_kb

from search.answered_asks import asks
from search.caused import anchored_cause
from search.judged_reasons import asks_told, judged_reason

COURT = (
    "법원, 택배 기사 노조 '교섭 거부' 가처분 기각\n\n"
    "(서울=연합뉴스) 한지율 기자 = 택배 기사 노조가 물류회사 바로택배를 상대로 낸 단체교섭 "
    "응낙 가처분 신청이 받아들여지지 않았다.\n\n"
    "서울남부지방법원 민사51부는 노조의 가처분 신청을 지난 9일 기각했다고 10일 밝혔다. "
    '재판부는 "기사들이 회사의 지휘를 일부 받은 점은 인정되지만, 근로기준법상 근로자로 '
    '보기에는 부족하다"고 판단했다.\n\n'
    '노조는 지난 6월 "회사가 교섭 요구를 석 달째 무시하고 있다"며 가처분을 신청했다.\n\n'
    "한편 서울시는 지난달 안전 문제를 이유로 택배 기사 쉼터 두 곳의 운영을 중단했다."
)

PLANT = (
    '다온제약, 오송 공장 가동 연기…"원료 수급 차질"\n\n'
    "(서울=연합뉴스) 임서현 기자 = 다온제약이 충북 오송에 짓고 있는 주사제 공장의 가동을 "
    "내년 3월로 미룬다고 5일 공시했다.\n\n"
    "회사는 당초 올해 11월 공장을 가동할 계획이었다. 다온제약은 공장 가동을 미룬 데 대해 "
    '"핵심 원료를 공급하는 유럽 업체의 설비가 고장 나 원료 수급에 차질이 생겼다"고 설명했다.\n\n'
    "공장은 연면적 3만㎡ 규모로 총 2천억 원이 투입됐다.\n\n"
    "다온제약 주가는 공시 직후 6% 넘게 떨어졌다. 원료 수급이 늦어지자 증권가에서는 올해 "
    "실적 전망치를 낮추는 움직임도 나왔다."
)

PRICE = (
    "한빛커피, 아메리카노 값 300원 올려\n\n"
    "(서울=연합뉴스) 주하늘 기자 = 커피 전문점 한빛커피가 다음 달 1일부터 아메리카노 가격을 "
    "4천500원에서 4천800원으로 올린다고 2일 밝혔다. 원두 값과 물류비 상승이 2년째 이어지고 "
    "있다는 설명이다.\n\n"
    "한빛커피는 전국에 매장 420곳을 두고 있다."
)

MILK = (
    "하람유업, 흰 우유 출고가 5% 인상\n\n"
    "하람유업이 흰 우유 출고가격을 5% 올렸다고 12일 밝혔다.\n\n"
    "인상된 가격은 다음 달 1일 출고되는 제품부터 적용된다.\n\n"
    '하람유업 관계자는 "원유 구매 비용을 줄이려고 노력해 왔지만, 사료값과 인건비가 함께 올라 '
    '가격 조정이 불가피했다"고 설명했다.'
)

GAME = (
    "누리게임즈, 아이템 확률 잘못 표기\n\n"
    "(서울=연합뉴스) 도하진 기자 = 게임사 누리게임즈가 모바일 게임 '별빛 전사'의 뽑기 아이템 "
    "확률을 2년 동안 잘못 표기한 것으로 조사됐다. 공정거래위원회 조사 결과 공지된 확률은 3%였지만 "
    "실제 확률은 0.5%였던 것으로 드러났다.\n\n"
    '누리게임즈 관계자는 "확률 표기 오류는 담당 직원의 입력 실수였다"며 "이용자 보상 방안을 곧 '
    '내놓겠다"고 말했다.\n\n'
    '한편 서림모터스는 전기차 리콜에 대해 "부품 협력사가 규격과 다른 볼트를 납품했다"고 밝혔다.'
)

INTERVIEW = (
    '[인터뷰] 문서윤 한결대 교수 "폐배터리에서 리튬 98% 회수"\n\n'
    "한결대학교 화학공학과 문서윤 교수팀의 폐배터리 재활용 기술이 소재 기업 누리머티리얼즈에 "
    "이전됐다. 대전 한결대 연구실에서 문 교수를 만났다.\n\n"
    "-어떤 기술인가.\n\n"
    '"다 쓴 전기차 배터리를 녹이지 않고 물에 녹는 용매로 리튬을 뽑아냅니다. 회수율이 98%에 '
    '이릅니다."\n\n'
    "-기술을 직접 사업화할 계획은 없나.\n\n"
    '"연구실 출신 두 명이 재활용 스타트업을 차렸습니다. 저는 자문만 합니다. 대학은 다음 '
    '세대를 길러내는 데 힘을 쏟아야 한다고 생각합니다."\n\n'
    "―해외 기업 대신 국내 기업을 택한 이유는?\n\n"
    '"국내에 공장이 있어 시험 생산을 빨리 해볼 수 있기 때문입니다."\n\n'
    "-기술료는 어떻게 쓰나.\n\n"
    '"연구실 장비를 바꾸는 데 쓸 계획입니다."'
)

FAR = (
    "바다푸드, 베트남에 김 가공 공장 준공\n\n"
    "(서울=연합뉴스) 고나래 기자 = 수산가공기업 바다푸드가 베트남 하이퐁에 김 가공 공장을 "
    "준공했다고 8일 밝혔다. 바다푸드가 해외에 생산시설을 세운 것은 처음이다.\n\n"
    "공장은 연면적 1만㎡ 규모로 700억 원이 들었다. 공장 운영은 바다푸드가 지난해 세운 현지 "
    "법인 바다비나가 맡으며, 직원 180명 가운데 170명을 현지에서 채용했다.\n\n"
    "이 공장에서는 조미김과 김부각을 만든다. 제품은 동남아 6개국에 공급된다.\n\n"
    "그동안 바다푸드는 동남아 수출 물량을 전남 목포 공장에서 만들어 보냈다. 관세가 제품 "
    "값의 15%에 달하고 배송에 3주가 걸려 현지 생산이 필요했다는 게 회사 설명이다.\n\n"
    '최윤서 바다푸드 대표는 "2030년까지 베트남 공장 매출을 2천억 원으로 키우겠다"고 말했다. '
    "바다푸드의 지난해 해외 매출은 900억 원으로 전체 매출의 35%를 차지했다.\n\n"
    "사진은 8일 베트남 하이퐁 공장 준공식에서 최윤서 대표(왼쪽 두 번째)와 관계자들이 "
    "기념 촬영을 하는 모습. [바다푸드 제공]"
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    cases = [
        ("court", COURT),
        ("plant", PLANT),
        ("price", PRICE),
        ("far", FAR),
        ("game", GAME),
        ("milk", MILK),
    ]
    with cases_kb(tmp_path_factory, cases, "reasons46") as kb:
        yield kb


@pytest.fixture(scope="module")
def interview_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, INTERVIEW, "interview", INTERVIEW.split("\n")[0]) as kb:
        yield kb


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            '재판부는 "늦게 낸 점은 인정되지만, 계약을 깰 만큼 중대하다고 보기는 어렵다"고 판단했다.',
            "계약을 깰 만큼 중대하다고 보기는 어렵다",
        ),
        ("법원은 회사가 안전 의무를 다하지 않았다고 판시했다.", "회사가 안전 의무를 다하지 않았다"),
        ("위원회는 사업성이 부족하다고 봤다.", "사업성이 부족하다"),
        ("구청은 주민 의견을 더 들어야 한다고 지적했다.", "주민 의견을 더 들어야 한다"),
        (
            '회사 측은 "원자재 값이 올라 적자가 커졌다"며 "본업에 집중할 방침"이라고 설명했다.',
            "원자재 값이 올라 적자가 커졌다",
        ),
        (
            "원두 값과 물류비 상승이 이어지고 있다는 설명이다.",
            "원두 값과 물류비 상승이 이어지고 있다",
        ),
        (
            "업계는 인건비 부담이 커져 인상이 불가피하다는 입장이다.",
            "인건비 부담이 커져 인상이 불가피하다",
        ),
        ("회사는 다음 달 새 공장을 짓겠다고 밝혔다.", None),  # 밝히다 tells, it does not judge
        ("위원회는 자료를 검토하고 판단했다.", None),  # a plain 고 joins two acts
    ],
)
def test_the_judgment_a_sentence_ends_on(text, reason):
    assert judged_reason(text) == reason


@pytest.mark.parametrize(
    ("text", "events", "cause"),
    [
        ("법원은 소명이 부족하다며 신청을 기각했다.", {"기각"}, "소명이 부족하다며"),
        ('회사는 "수익성이 낮다"라며 사업을 접었다.', {"사업"}, '"수익성이 낮다"라며'),
        (
            '재판부는 "보전의 필요성을 인정하기 어렵다"며 신청을 기각했다.',
            {"기각"},
            '"보전의 필요성을 인정하기 어렵다"며',
        ),
        ("위원회는 근거가 부족하다고 보고 안건을 부결했다.", {"부결"}, "근거가 부족하다고 보고"),
        ("시는 안전 문제를 이유로 허가를 취소했다.", {"취소"}, "안전 문제를 이유로"),
        ("주문이 몰리자 회사는 공장을 증설했다.", {"공장"}, "주문이 몰리자"),
        ("그는 한빛은행 대표이자 이사회 의장이다.", {"의장"}, None),  # copula: two nouns
        ("그는 서류를 검토하며 회의를 열었다.", {"회의"}, None),  # 며 without a quote joins
    ],
)
def test_a_claim_or_judgment_right_before_the_event(text, events, cause):
    assert anchored_cause(text, events) == cause


@pytest.mark.parametrize(
    ("text", "asking"),
    [
        ("-창업 생각은 없나.", True),
        ("―왜 직접 세우지 않았습니까?", True),
        ("그렇다면 왜 그랬을까.", True),
        ("저는 자문만 합니다.", False),
    ],
)
def test_a_question_the_article_asks(text, asking):
    assert asks(text) is asking


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("확률 오류가 왜 생겼다고 설명했나?", True),
        ("리콜 이유를 뭐라고 밝혔나?", True),
        ("왜 생겼다고 말했어?", True),
        ("확률 오류는 왜 생겼나?", False),
        ("회사가 설명회를 연 이유는?", False),
    ],
)
def test_a_question_asks_the_reason_as_told(question, told):
    from search.passages import sentence_tokens

    assert asks_told(list(sentence_tokens(question))) is told


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # the base answered the decision's own sentence, then the other side's claim
        ("법원이 노조의 가처분 신청을 기각한 이유는?", "근로기준법상 근로자로 보기에는 부족하다"),
        ("노조가 가처분을 신청한 이유는?", "교섭 요구를 석 달째 무시하고 있다"),
        ("서울시가 쉼터 운영을 중단한 이유는?", "안전 문제"),
        # the base answered the whole sentence the explanation is written in
        ("다온제약이 공장 가동을 미룬 이유는?", "원료 수급에 차질이 생겼다"),
        ("증권가가 다온제약 실적 전망치를 낮춘 이유는?", "원료 수급이 늦어지자"),
        ("한빛커피가 아메리카노 가격을 올린 이유는?", "원두 값과 물류비 상승이 2년째 이어지고"),
        # the explanation two paragraphs after the event: the base answered its purpose clause
        ("하람유업이 우유 출고가를 올린 이유는?", "사료값과 인건비가 함께 올라"),
        # asked what was told: the base answered what the inquiry found ("0.5%였던 것")
        ("누리게임즈는 확률 표기 오류가 왜 생겼다고 설명했나?", "담당 직원의 입력 실수"),
        ("누리게임즈는 확률을 잘못 표기한 이유를 뭐라고 밝혔나?", "담당 직원의 입력 실수"),
        ("서림모터스는 전기차 리콜이 왜 필요하다고 설명했나?", "규격과 다른 볼트를 납품했다"),
        # the base answered an unrelated sentence of the best hits
        ("바다푸드가 베트남 현지 생산에 나선 이유는?", "배송에 3주가 걸려"),
    ],
)
def test_why_is_the_reason_not_the_event(kb, question, reason):
    ans = kb.ask(question)
    assert reason in (ans.answer or ""), ans.answer
    assert ans.answer != ans.sentence


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("문서윤 교수가 폐배터리 기술을 직접 사업화하지 않는 이유는?", "다음 세대를 길러내는"),
        ("문서윤 교수는 왜 기술을 직접 사업화하지 않나?", "다음 세대를 길러내는"),
        ("문서윤 교수가 국내 기업에 기술을 넘긴 이유는?", "시험 생산을 빨리 해볼 수 있기"),
    ],
)
def test_why_is_answered_by_the_interview_answer(interview_kb, question, reason):
    # the base answered the headline or the lede
    ans = interview_kb.ask(question)
    assert reason in (ans.answer or ""), ans.answer


def test_a_cause_far_from_the_best_hits_is_read_where_the_event_is_named(kb):
    """The sentences of the article that write two of the question's words of the event come
    first, the one writing them all before one writing two."""
    from search.motives import _event_sentences

    ex = kb.snapshot().extraction
    hits = kb.search("바다푸드 베트남 공장 준공", k=3)
    found = [ex.sentences[sid].text for sid in _event_sentences(ex, hits, {"현지", "생산", "나서"})]
    assert found and "관세가 제품 값의 15%에 달하고" in found[0]
    assert all("현지" in text for text in found)
