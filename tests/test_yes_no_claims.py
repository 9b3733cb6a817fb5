"""Yes/no questions answered by what a sentence claims of the asked act, the way journalists
write it: a figure above or below an expectation ("컨센서스를 웃돌았나?" / "전망치에 못 미쳤다"),
an intent ("상고할 계획인가?" / "상고할 방침"이라고 말했다), a first ("…한 것은 처음인가?" /
"창사 이후 처음이다"), and both parties written as one subject ("양사는 …").  Held-out round
22 answered one question of each shape the wrong way.  Real Kiwi, real e5 embeddings, real
FAISS; the articles and their names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.asked_clause import clause_polarity
from search.first_claims import first_act, first_stated
from search.pair_subjects import pair_subject
from search.passages import sentence_tokens
from search.passing_verbs import passed_way
from search.polarity import polarity
from search.stated_intents import intended_act, intent_stated, promised_act

EARNINGS = (
    "누리소재, 2분기 영업이익 38억…시장 기대 밑돌아\n"
    "누리소재는 2분기 연결 기준 영업이익이 38억 원으로 작년 같은 기간보다 41% 줄었다고 8일 "
    "공시했다. 증권사들이 내놓은 전망치 평균 52억 원에 크게 미치지 못한 수치다. "
    "회사는 원자재값 상승이 수익성을 끌어내렸다고 설명했다."
)
LAWSUIT = (
    "특허법원, 한결제약 위장약 특허 무효 판결\n"
    "특허법원은 한결제약이 보유한 위장약 제조 특허가 무효라고 판결했다. 한결제약 측 대리인은 "
    '"판결문을 받는 대로 대법원에 상고할 방침"이라고 말했다. '
    "소송을 낸 미루바이오는 별도의 손해배상 소송은 내지 않기로 했다."
)
CEO = (
    "다온식품, 창사 첫 여성 대표 선임\n"
    "다온식품은 임시 이사회를 열어 윤서진 전무를 대표이사로 선임했다고 5일 밝혔다. "
    "1985년 창사 이후 여성을 대표이사로 선임한 것은 처음이다. "
    "다온식품이 해외에 생산법인을 세운 것은 이번이 처음은 아니다."
)
ROAMING = (
    "가람통신, 이탈리아 벨라텔과 로밍 제휴\n"
    "가람통신이 이탈리아 통신사 벨라텔과 로밍 제휴를 맺었다고 2일 밝혔다. "
    "양사는 내년 1월부터 상대 회사의 여행자 유심을 자사 매장에서 판매한다."
)

RECALL = (
    "보늬제과, 쿠키 2만 상자 자진 회수\n"
    "보늬제과는 금속 이물질이 섞인 쿠키 2만 상자를 자진 회수한다고 9일 밝혔다. "
    "정다인 보늬제과 대표는 홈페이지에 사과문을 올렸다. "
    "정 대표는 구매 영수증이 없어도 제품만 가져오면 환불해 주겠다고 약속했다. "
    "회사는 생산 라인을 멈추더라도 매장 직원은 해고하지 않기로 했다."
)

TRIAL = (
    "노을바이오, 탈모 신약 임상 2상 착수\n"
    "노을바이오는 탈모 치료제 후보물질 NB-11의 임상 2상을 내년 미국에서 시작할 계획이라고 "
    "4일 밝혔다. 회사는 임상 비용을 마련하려고 유상증자를 검토하고 있다."
)


@pytest.mark.parametrize(
    ("sentence", "yardstick", "way"),
    [
        ("영업이익은 시장 예상치를 20% 하회했다.", "컨센서스", "below"),
        ("순이익이 증권가 추정치를 크게 밑돌았다.", "전망", "below"),
        ("매출이 시장 기대에 못 미쳤다.", "컨센서스", "below"),
        ("영업이익이 전망치에 미치지 못했다.", "예상", "below"),
        ("실적이 시장의 눈높이에 부합하지 못했다.", "기대", "below"),
        ("영업이익은 컨센서스를 15% 웃돌았다.", "전망", "above"),
        ("순이익이 전망치를 뛰어넘었다.", "컨센서스", "above"),
        ("매출이 예상치를 넘어섰다.", "추정", "above"),
        ("영업이익이 컨센서스를 상회했다.", "컨센서스", "above"),
        ("영업이익은 컨센서스에 부합했다.", "컨센서스", "level"),
        ("영업이익은 12% 늘었다.", "컨센서스", None),
    ],
)
def test_which_way_a_figure_passed_an_expectation(sentence, yardstick, way):
    assert passed_way(sentence_tokens(sentence), {yardstick}) == way


@pytest.mark.parametrize(
    ("question", "act"),
    [
        ("멤버 측은 법원 결정에 항고할 계획인가?", "항고"),
        ("회사는 판결에 항소할 방침인가?", "항소"),
        ("노조는 파업하기로 했나?", "파업"),
        ("가온전자는 공장을 지을 예정인가?", "짓"),
        ("가온전자는 공장을 지었나?", ""),
    ],
)
def test_the_act_whose_intent_is_asked(question, act):
    assert intended_act(sentence_tokens(question)) == act


@pytest.mark.parametrize(
    ("question", "act"),
    [
        ("두메푸드는 영수증이 없는 소비자에게도 환불해 주나?", "환불"),
        ("가람통신은 벨라텔 유심을 자사 매장에서 판매하나?", "판매"),
        ("회사는 내년에 신차를 출시하나?", "출시"),
        ("회사는 영수증이 없는 소비자에게도 환불해 줬나?", ""),  # a promise is not yet done
    ],
)
def test_the_act_a_question_in_the_present_asks(question, act):
    assert promised_act(sentence_tokens(question)) == act


@pytest.mark.parametrize(
    ("sentence", "act", "verdict"),
    [
        ('대리인은 "결정문을 검토해 항고할 계획"이라고 말했다.', "항고", "yes"),
        ("회사 측은 즉시 항소할 방침이다.", "항소", "yes"),
        ('대표는 "곧바로 항소하겠다"고 밝혔다.', "항소", "yes"),
        ("노조는 다음 주 파업하기로 했다.", "파업", "yes"),
        ("회사는 판결에 불복, 항소키로 했다.", "항소", "yes"),
        ("그룹 측은 항소한다는 방침이다.", "항소", "yes"),
        ('회사 측은 "항소 여부를 결정할 것"이라고 밝혔다.', "항소", None),
        ("시는 판결에 항소하지 않기로 했다.", "항소", "no"),
        ('회장은 "당장 상장할 생각은 없다"고 말했다.', "상장", "no"),
        ("회사는 항소할 계획이 없다고 밝혔다.", "항소", "no"),
        ("회사는 항고 여부를 검토하겠다고 밝혔다.", "항고", None),
        ("법원은 항고를 받아들였다.", "항고", None),
    ],
)
def test_an_intent_stated_or_denied(sentence, act, verdict):
    assert intent_stated(sentence_tokens(sentence), act) == verdict


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("1999년 창사 이후 외부에서 대표를 영입한 것은 처음이다.", "yes"),
        ("회사는 창사 이래 처음으로 외부 인사를 대표로 영입했다.", "yes"),
        ("외부 출신을 대표로 영입한 것은 업계 최초다.", "yes"),
        ("외부에서 대표를 영입한 것은 이번이 처음이 아니다.", "no"),
        ("회사는 외부에서 대표를 영입했다.", None),
        ("회사는 처음으로 해외 공장을 세웠다.", None),
    ],
)
def test_a_first_claimed_or_denied(sentence, verdict):
    act = first_act(sentence_tokens("가온마트가 외부에서 대표를 영입한 것은 이번이 처음인가?"), 5)
    assert first_stated(sentence_tokens(sentence), act) == verdict


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("양사는 내년부터 상대 회사 좌석을 판매한다.", True),
        ("두 회사는 공동 개발에 나선다.", True),
        ("양측은 합의안에 서명했다.", True),
        ("두 기업이 손을 잡았다.", True),
        ("두 번째 공장은 내년에 짓는다.", False),
        ("회사는 두 달 뒤 출시한다.", False),
    ],
)
def test_both_parties_as_one_subject(sentence, pair):
    assert pair_subject(sentence) is pair


def test_a_negation_the_question_writes_is_no_denial():
    """ "영수증이 없는 소비자에게도 환불해 주나?" / "영수증이 없어도 … 환불해 주겠다": the 없 is
    the question's own condition.  At 677c32f: 아니오 at 0.73 (held-out round 17)."""
    toks = sentence_tokens("대표는 영수증이 없어도 전액 환불해 주겠다고 약속했다.")
    assert clause_polarity(toks, ["영수증", "환불"]) == "no"  # read as before without it
    assert clause_polarity(toks, ["영수증", "환불"], frozenset({"없"})) != "no"


@pytest.mark.parametrize(
    ("article", "question", "want", "evidence"),
    [
        (EARNINGS, "누리소재 2분기 실적이 컨센서스를 웃돌았나?", "아니오", "밑돌|미치지 못한"),
        (EARNINGS, "누리소재 영업이익은 시장 예상치에 못 미쳤나?", "예", "밑돌|미치지 못한"),
        (LAWSUIT, "한결제약 측은 대법원에 상고할 계획인가?", "예", "상고할 방침"),
        (LAWSUIT, "한결제약은 상고할 방침인가?", "예", "상고할 방침"),
        (LAWSUIT, "미루바이오는 손해배상 소송을 낼 계획인가?", "아니오", "내지 않기로"),
        (CEO, "다온식품이 여성을 대표로 선임한 것은 이번이 처음인가?", "예", "처음이다|첫 여성"),
        (CEO, "다온식품이 해외에 생산법인을 세운 것은 이번이 처음인가?", "아니오", "처음은 아니다"),
        (ROAMING, "가람통신은 벨라텔 유심을 자사 매장에서 판매하나?", "예", "양사는"),
        (RECALL, "보늬제과는 영수증이 없는 손님에게도 환불해 주나?", "예", "환불해 주겠다"),
        (RECALL, "보늬제과는 매장 직원을 해고하나?", "아니오", "해고하지 않기로"),
        # the intent of another place is no intent here (at the dev gold's r9 licensing shape)
        (TRIAL, "노을바이오는 NB-11 임상 2상을 한국에서 시작하나?", "아니오", "미국에서"),
        (TRIAL, "노을바이오는 NB-11 임상 2상을 미국에서 시작할 계획인가?", "예", "미국에서"),
    ],
)
def test_claims_answer_through_the_knowledge_base(
    tmp_path_factory, article, question, want, evidence
):
    """At 677c32f the first question of each article was answered the other way (웃돌았나 예 at
    0.51, 상고할 계획인가 and 방침인가 아니오 at 0.31 and 0.35, 처음인가 아니오 at 0.84, 판매하나
    아니오 at 0.26), as round 22's were, and RECALL's 환불해 주나 아니오 at 0.74 (round 17's
    shape); the others were right and must stay so.  The headline states the same claim ("시장 기대 밑돌아", "창사 첫
    여성 대표"): either sentence is the evidence."""
    title = article.split("\n")[0]
    with article_kb(tmp_path_factory, article, "claims", title) as kb:
        ans = kb.ask(question)
    assert ans.answer == want, (ans.answer, ans.confidence, ans.sentence)
    assert any(e in ans.evidence[0].text for e in evidence.split("|"))


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("회사의 수익성은 원가 부담으로 악화됐다.", {"수익", "개선"}),
        ("이 회사 주가는 전날보다 3% 하락했다.", {"주가", "오르"}),
        ("영업이익률은 2%포인트 떨어졌다.", {"영업", "이익", "상승"}),
        ("순이익은 시장 예상치를 밑돌았다.", {"순이익", "상회"}),
    ],
)
def test_the_opposite_verb_of_another_stock_is_no(sentence, predicate):
    """News mixes the native and the Sino-Korean verb of one direction ("올랐나?" / "하락했다",
    "개선됐나?" / "악화됐다", "상회했나?" / "밑돌았다"): 예 or 알 수 없음 without the
    [yes_no] opposites pairs for them."""
    assert polarity(sentence, predicate) == "no"
