"""The unit asked is the unit answered (search/unit_families.py).  Held-out round 29 answered a
question on what a plant costs with the count of wafers its capacity grows to (0.96) and a cap
on loans asked as an amount with the stress rate's new %포인트 (0.97): a rule that reads a
change's two ends took a figure of another unit.  Real Kiwi; the sentences are invented."""

from __future__ import annotations

import pytest

from search.answer_agreement import disagreement
from search.unit_families import FAMILIES, figure_family, question_families
from tests.article_kb import article_kb

PLANT = """누리전자, 청주에 8천억 원 들여 배터리 공장 짓는다

누리전자가 충북 청주에 8천억 원을 들여 전기차 배터리 셀 공장을 짓는다.

공장이 완공되면 누리전자의 셀 생산능력은 연 6만 개에서 11만 개로 늘어난다.

회사는 새 공장에서 일할 인력 650명을 새로 뽑을 계획이다.

누리전자 주가는 발표 직후 3.1% 오른 5만2천400원에 장을 마쳤다.
"""

TANGERINES = """감귤 도매가 40% 뛰어…출하량 줄어

제주 노지감귤 출하량이 줄면서 도매시장 가격이 크게 올랐다.

서울 가락시장의 노지감귤 한 상자(40개) 경락 가격은 이달 평균 3만 2000원으로, 지난해 같은 달(2만 3000원)보다 39% 올랐다.

제주도는 올해 감귤 생산량이 지난해보다 8% 줄어든 것으로 추정했다.
"""

LOANS = """전세대출 한도 3억 원으로 묶는다

금융당국이 전세자금대출 한도를 1인당 최대 3억 원으로 제한하고, 대출 심사 때 더하는 가산 금리를 0.5%포인트에서 1.2%포인트로 올린다.

새 규제는 다음 달 1일 신규 신청분부터 적용된다.
"""


@pytest.mark.parametrize(
    ("figure", "family"),
    [
        ("1조2천억 원", "money"),
        ("2천800만 달러", "money"),
        ("$3B", "money"),
        ("3만원 상당의 포인트", "money"),
        ("14만 장", "count"),
        ("약 350명", "count"),
        ("주 7회", "count"),
        ("2.0%포인트", "rate"),
        ("3배", "rate"),
        ("6개월", "time"),
        ("12만t", "measure"),
        ("9.7대 1", ""),  # a ratio: no unit of one figure
        ("4,126.57", ""),  # an index's close
    ],
)
def test_a_figure_is_read_by_its_unit(figure, family):
    assert figure_family(figure) == family


def _families(question: str) -> set[str]:
    return set(question_families(question))


@pytest.mark.parametrize(
    ("question", "families"),
    [
        ("새 공장에 들이는 돈은?", {"money"}),
        ("공장 건설 비용은 얼마인가?", {"money"}),
        ("새로 뽑는 인력은 몇 명인가?", {"count"}),
        ("지분은 몇 %인가?", {"rate"}),
        ("이번에 유치한 투자 규모는?", {"money"}),  # 규모 read by the noun it governs
        ("올해 채용 규모는?", {"count"}),
        # 얼마 asks a level: no rate, unless the question names one, and no count nor time,
        # unless the question names one
        ("대출 한도는 얼마로 제한되나?", {"money", "measure"}),
        ("기준금리는 얼마로 내렸나?", FAMILIES),
        ("시장 점유율은 얼마인가?", FAMILIES),
        ("감귤 한 상자는 얼마야?", {"money", "measure"}),
        ("축제 관람객 수는 얼마인가?", {"money", "measure", "count"}),
        ("올해 판매량은 얼마였나?", {"money", "measure", "count"}),
        ("신청자는 얼마였나?", {"money", "measure", "count"}),
        ("공장의 생산능력은 얼마인가?", {"money", "measure", "count"}),
        ("용광로는 얼마 동안 멈추나?", {"money", "measure", "time"}),
        ("계약 기간은 얼마인가?", {"money", "measure", "time"}),
        # a change may be a rate or an amount; another head says nothing of the unit
        ("수입 가격은 얼마나 올랐나?", FAMILIES),
        ("공장의 생산 규모는?", FAMILIES),
    ],
)
def test_the_question_asks_its_families(question, families):
    assert _families(question) == families


SHEETS = "공장이 완공되면 생산능력은 월 8만 장에서 13만 장으로 늘어난다."


@pytest.mark.parametrize(
    ("question", "answer", "sentence", "check"),
    [
        ("새 공장에 들이는 돈은?", "13만 장", SHEETS, "unit"),
        ("새로 뽑는 인력은 몇 명인가?", "3억 원", "인건비로 3억 원을 쓴다.", "unit"),
        ("새 공장에 들이는 돈은?", "3천억 원", "공장에 3천억 원을 들인다.", ""),
        ("생산능력은 얼마로 늘어나나?", "13만 장", SHEETS, ""),  # any unit of a level
        # a rate written in a clause that names the asked noun is that noun's level, whatever
        # the unit a money noun or 얼마 would ask
        ("카드 수수료는 얼마로 내려가나?", "0.4%", "카드 수수료를 0.5%에서 0.4%로 내린다.", ""),
        ("과징금 상한은 얼마로 오르나?", "25%", "과징금 상한은 15%에서 25%로 오른다.", ""),
        # ... but not when the question names the unit, nor in another clause
        ("새로 뽑는 인력은 몇 명인가?", "3억 원", "새로 뽑는 인력에 3억 원을 쓴다.", "unit"),
        (
            "대출 한도는 얼마로 제한되나?",
            "2.0%포인트",
            "한도를 5억 원으로 묶고, 금리를 2.0%포인트로 올린다.",
            "unit",
        ),
    ],
)
def test_an_answer_of_another_unit_is_flagged(question, answer, sentence, check):
    assert disagreement(question, answer, sentence) == check


@pytest.fixture(scope="module")
def plant(tmp_path_factory):
    with article_kb(tmp_path_factory, PLANT, "plant", PLANT.split("\n")[0]) as kb:
        yield kb


@pytest.fixture(scope="module")
def loans(tmp_path_factory):
    with article_kb(tmp_path_factory, LOANS, "loans", LOANS.split("\n")[0]) as kb:
        yield kb


def test_money_asked_is_no_count_of_a_change(plant):
    ans = plant.ask("누리전자가 새 공장에 들이는 돈은?")
    assert "8천억" in ans.answer and "개" not in ans.answer


def test_a_count_asked_is_the_count(plant):
    assert "650명" in plant.ask("누리전자가 새로 뽑는 인력은 몇 명인가?").answer


def test_a_level_asked_by_얼마_is_no_rate_of_the_same_sentence(loans):
    ans = loans.ask("전세자금대출 한도는 얼마로 제한되나?")
    assert "3억" in ans.answer and "%" not in ans.answer


@pytest.fixture(scope="module")
def tangerines(tmp_path_factory):
    with article_kb(tmp_path_factory, TANGERINES, "tangerines", "감귤 도매가 40% 뛰어") as kb:
        yield kb


@pytest.mark.parametrize(
    "question", ["노지감귤 한 상자는 얼마야?", "감귤 한 상자 이달에 얼마였어?"]
)
def test_a_bare_얼마_of_one_unit_asks_its_price_not_what_it_holds(tangerines, question):
    # "한 상자(40개)": the count is what the box holds, 3만 2000원 what it costs
    ans = tangerines.ask(question)
    assert "3만 2000원" in ans.answer and "40개" not in ans.answer


def test_a_count_asked_of_one_unit_is_what_it_holds(tangerines):
    assert "40개" in tangerines.ask("감귤 한 상자에 몇 개 들어 있나?").answer
