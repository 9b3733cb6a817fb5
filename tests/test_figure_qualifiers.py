"""The figure a question qualifies (issue 13): news writes figures of one measure side by side,
each with its own qualifier (a statistic: 평균/최고/최저/중간값/가장 높은; a round: 첫날/둘째 날,
1차/2차, 1단계; a part: 3년물/5년 만기, 변동/고정금리, 수요예측/일반 청약/특별공급, 국내/해외,
보통주/우선주; a whole: 총/모두; an analysts' estimate: 전망치), and the answer is the figure
whose own clause writes the asked qualifier, never a neighbour's (search/figure_qualifiers.py).
Real Kiwi, real e5 embeddings, real FAISS; the articles and sentences are invented for the
test."""

from __future__ import annotations

import pytest
from article_kb import cases_kb

from search.figure_qualifiers import (
    asked_qualifiers,
    contradicts,
    figure_qualifiers,
    figure_start,
)


def _read(sentence: str, figure: str) -> dict:
    at = sentence.index(figure)
    return figure_qualifiers(sentence, at, at + len(figure))


@pytest.mark.parametrize(
    ("sentence", "figure", "kind", "values"),
    [
        # statistics, before the figure or right after it
        ("평균 경쟁률은 41.3대 1, 최고 경쟁률은 188대 1이었다.", "188대 1", "statistic", {"max"}),
        ("평균 경쟁률은 41.3대 1, 최고 경쟁률은 188대 1이었다.", "41.3대 1", "statistic", {"mean"}),
        ("최저 입찰가는 3억2000만원이었다.", "3억2000만원", "statistic", {"min"}),
        ("소득은 평균 5120만원, 중위값은 4400만원이었다.", "4400만원", "statistic", {"median"}),
        (
            "동쪽 지구가 9.4대 1로 가장 높았고, 서쪽 지구는 2.1대 1이었다.",
            "9.4대 1",
            "statistic",
            {"max"},
        ),
        (
            "남부 지구가 12.5 대 1의 가장 높은 평균 경쟁률을 보였다.",
            "12.5 대 1",
            "statistic",
            {"max", "mean"},
        ),
        # rounds
        ("1차 모집에 340명, 2차 모집에 120명이 지원했다.", "120명", "round", {"2"}),
        (
            "청약 첫날 경쟁률은 4.2대 1이었고, 마감일인 둘째 날 경쟁률은 95대 1로 올랐다.",
            "95대 1",
            "round",
            {"2"},
        ),
        ("두 번째 증설에는 910억원이 들어갔다.", "910억원", "round", {"2"}),
        # parts: a qualifier before an earlier figure of the clause still governs ("모집에 …")
        (
            "3년물 700억원 모집에 2900억원, 5년물 300억원 모집에 1800억원이 몰렸다.",
            "2900억원",
            "tenor",
            {"3"},
        ),
        (
            "3년물 700억원 모집에 2900억원, 5년물 300억원 모집에 1800억원이 몰렸다.",
            "1800억원",
            "tenor",
            {"5"},
        ),
        ("채권은 3년 만기 4억달러와 7년 만기 6억달러로 구성됐다.", "6억달러", "tenor", {"7"}),
        (
            "기관 수요예측에서 930대 1, 일반 청약에서 1410대 1을 기록했다.",
            "1410대 1",
            "subscriber",
            {"public"},
        ),
        ("특별공급 90가구에는 1천215명이 신청했다.", "1천215명", "subscriber", {"special"}),
        ("국내 판매는 8만2천대, 해외 판매는 31만대였다.", "31만대", "region", {"overseas"}),
        (
            "변동금리 채권 2억달러와 고정금리 채권 3억달러를 찍었다.",
            "3억달러",
            "rate_type",
            {"fixed"},
        ),
        (
            "영업이익은 870억원으로 시장 전망치(1030억원)에 못 미쳤다.",
            "1030억원",
            "estimate",
            {"estimate"},
        ),
        # the year of a figure, by where it stands from the article's own
        ("지난해 매출은 2900억원, 올해 매출 목표는 3500억원이다.", "2900억원", "period", {"last"}),
        ("지난해 매출은 2900억원, 올해 매출 목표는 3500억원이다.", "3500억원", "period", {"this"}),
        ("매출은 작년(410억원)보다 줄었다.", "410억원", "period", {"last"}),
        # a row of figures of one unit: the qualifier before it governs each (no comma of the
        # row ends a clause)
        ("해외 매출과 영업이익은 각각 17%, 52% 늘었다.", "52%", "region", {"overseas"}),
        ("수출 물량은 각각 1200억원, 800억원이었다.", "800억원", "region", {"overseas"}),
    ],
)
def test_the_qualifier_written_in_a_figures_own_clause(sentence, figure, kind, values):
    assert _read(sentence, figure).get(kind) == values


@pytest.mark.parametrize(
    ("sentence", "figure", "kind"),
    [
        ("3년물과 5년물에 각각 900억원, 600억원이 들어왔다.", "600억원", "tenor"),  # a row: which?
        ("최고경영자가 밝힌 매출 목표는 5천억원이다.", "5천억원", "statistic"),  # a title
        ("국내 최대 규모인 2천억원을 투자한다.", "2천억원", "region"),  # a record's scope
        # a year compared with is a yardstick; a year of another verb is no figure's
        ("3분기 매출은 지난해 같은 기간보다 20% 늘어난 640억원이었다.", "640억원", "period"),
        ("지난해 12월 내놓은 제품은 석 달 만에 8만대가 팔렸다.", "8만대", "period"),
        ("기업가치는 지난해 시리즈B 때보다 3배 커졌다.", "3배", "tranche"),
        # a statistic after the next clause's start is that clause's
        ("연봉은 7100만원이었고, 가장 낮은 업종은 숙박업이었다.", "7100만원", "statistic"),
    ],
)
def test_no_qualifier_is_read_where_none_governs_the_figure(sentence, figure, kind):
    assert kind not in _read(sentence, figure)


@pytest.mark.parametrize(
    ("text", "figure", "start"),
    [
        ("올해 삼천억 원", "삼천억 원", 3),  # in Hangul words: its number, no -1
        ("일조 이천억 원", "일조 이천억 원", 0),
        ("3년 만기 변동금리 5억달러", "3년 만기 변동금리 5억달러", 11),
        ("5년 만기", "5년 만기", -1),  # a qualifier's number only
    ],
)
def test_where_a_readers_figure_starts(text, figure, start):
    at = text.index(figure)
    assert figure_start(text, at, at + len(figure)) == start


def test_a_contradicting_qualifier_and_a_whole_for_a_part():
    row = "3년물 700억원 모집에 2900억원, 5년물 300억원 모집에 1800억원이 몰렸다."
    assert contradicts(asked_qualifiers("5년물에 들어온 주문은?"), _read(row, "2900억원"))
    assert not contradicts(asked_qualifiers("5년물에 들어온 주문은?"), _read(row, "1800억원"))
    whole = "회사는 총 1000억원 규모의 회사채를 발행한다."
    assert contradicts(asked_qualifiers("5년물 발행 규모는?"), _read(whole, "1000억원"))
    # a question that names both of a kind asks them both
    assert not contradicts(asked_qualifiers("3·5년물 주문 합계는?"), _read(row, "2900억원"))
    # a question that names no estimate asks the figure itself
    beat = "영업이익은 870억원으로 시장 전망치(1030억원)에 못 미쳤다."
    assert contradicts(asked_qualifiers("3분기 영업이익은?"), _read(beat, "1030억원"))


CASES = [
    (
        "ipo",
        "한빛소재 공모주 청약에 12조원 몰려\n"
        "한빛소재는 지난 3∼4일 진행한 일반 청약에서 평균 경쟁률 812.4대 1을 기록했다고 5일 "
        "밝혔다. 증권사별로는 미래로증권이 1093대 1로 가장 높았고, 최저 경쟁률은 누리증권의 "
        "402대 1이었다. 앞서 진행된 기관 수요예측 경쟁률은 1250대 1로 집계됐다. 청약 증거금은 "
        "총 12조3000억원이 모였다.",
    ),
    (
        "bond",
        "해든전자 회사채 수요예측에 1조원 넘는 주문\n"
        "해든전자는 총 2000억원 규모의 회사채를 발행하기 위한 수요예측에서 1조1400억원의 주문을 "
        "받았다고 8일 밝혔다. 3년물 1200억원 모집에 6300억원, 5년물 800억원 모집에 5100억원의 "
        "주문이 각각 들어왔다. 해든전자는 최대 4000억원까지 증액 발행을 검토하고 있다.",
    ),
    (
        "apt",
        "가온시티 자이 1순위 청약 마감\n"
        "가온건설이 분양한 가온시티 자이는 1순위 청약에서 320가구 모집에 2만1400명이 몰려 평균 "
        "66.9대 1의 경쟁률을 기록했다. 전용 84㎡A 타입은 최고 214대 1까지 치솟았다. 앞서 진행된 "
        "특별공급에는 180가구에 3150명이 신청해 17.5대 1의 경쟁률을 보였다.",
    ),
    (
        "earn",
        "바다전자 3분기 영업이익 시장 기대 밑돌아\n"
        "바다전자는 3분기 영업이익이 2140억원으로 집계됐다고 30일 공시했다. 이는 증권가 "
        "전망치(2600억원)를 18% 밑도는 수준이다. 같은 기간 매출은 1조8300억원으로 내수 매출 "
        "7200억원, 수출 1조1100억원으로 구성됐다.",
    ),
    (
        "survey",
        "직장인 연봉 조사\n"
        "한결리서치가 직장인 3200명을 조사한 결과 올해 연봉은 평균 4870만원, 중간값은 4210만원으로 "
        "나타났다. 연봉이 가장 높은 업종은 금융업으로 7350만원이었고, 가장 낮은 업종은 숙박업으로 "
        "3120만원이었다.",
    ),
    (
        "orders",
        "미래건설 상반기 수주 5조원 넘어\n"
        "미래건설의 올해 상반기 신규 수주는 국내 2조1000억원, 해외 3조4000억원으로 집계됐다. "
        "회사의 국내 임직원은 1만2000명, 해외 임직원은 4300명이다.",
    ),
    (
        "tranches",
        "그린모빌리티 달러채 5억달러 발행\n"
        "그린모빌리티는 A 트랜치 3억달러와 B 트랜치 2억달러로 나눠 모두 5억달러의 달러채를 "
        "발행했다. 1차 입찰에는 7개 기관이, 2차 입찰에는 4개 기관이 참여했다.",
    ),
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with cases_kb(tmp_path_factory, CASES, "qualified") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("한빛소재 청약에서 가장 높은 경쟁률은?", "1093대 1"),  # no 평균 812.4대 1
        ("한빛소재 일반 청약 평균 경쟁률은?", "812.4대 1"),
        ("한빛소재 최저 경쟁률은 얼마인가?", "402대 1"),
        ("해든전자 3년물에 들어온 주문은 얼마인가?", "6300억원"),  # no 5년물's 5100억원
        ("가온시티 자이 최고 경쟁률은?", "214대 1"),  # no 평균 66.9대 1
        ("가온시티 자이 특별공급 경쟁률은?", "17.5대 1"),
        ("바다전자 3분기 영업이익은?", "2140억원"),  # no 전망치
        ("바다전자 3분기 수출 규모는?", "1조1100억원"),  # no 내수 7200억원
        ("직장인 연봉 중간값은?", "4210만원"),
        ("가장 낮은 업종 연봉은 얼마인가?", "3120만원"),  # no "가장 높은 … 7350만원"
        ("미래건설 상반기 해외 수주는 얼마인가?", "3조4000억원"),  # no headline's 5조원
        ("그린모빌리티 B 트랜치 발행 규모는?", "2억달러"),  # no A's, no 모두 5억달러
        ("2차 입찰에 참여한 기관은 몇 곳인가?", "4개"),
    ],
)
def test_the_figure_the_question_qualifies(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer is not None and figure.replace(" ", "") in ans.answer.replace(" ", ""), ans
