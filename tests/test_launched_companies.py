"""A company that launches a new one founds it: "자회사 X를 출범시켰다", "합작법인 X를 출범시켰다"
(predicates.toml FOUNDED, stem 출범), on invented sentences."""

from __future__ import annotations

from relation_cases import assert_relations


def test_a_subsidiary_launched_is_founded():
    assert_relations(
        "가전 기업 한빛전자는 자율주행 사업부를 물적분할한 자회사 '누리모빌리티'를 출범시켰다고 "
        "밝혔다. 누리모빌리티 대표에는 김가람 전무가 선임됐다.",
        [{("한빛전자", "FOUNDED", "누리모빌리티")}],
        [],
    )


def test_every_parent_of_a_joint_venture_launched_founds_it():
    assert_relations(
        "한빛전자와 다솜랩스가 합작법인 '새솔AI'를 공식 출범시켰다. 새솔AI는 AI 칩을 개발한다.",
        [{("한빛전자", "FOUNDED", "새솔AI")}, {("다솜랩스", "FOUNDED", "새솔AI")}],
        [],
    )


def test_a_service_launched_is_no_company_founded():
    assert_relations(
        "한빛전자는 구독 서비스 '한빛플러스'를 출범시켰다. 한빛플러스는 월 9900원이다.",
        [],
        [("한빛전자", "FOUNDED", "한빛플러스")],
    )
