"""A person written with a public office ("대통령", "장관", "도지사") holds it in the state, not at
a company the sentence names beside them: "X 대통령은 반도체 소재기업 Y와 Z도의 협약식에
참석했다" gives X no job at Y (kg/pairs.py, grammar.toml public_offices; issue 12).  A company's
own officer in the same shape keeps the relation.  Found on a real broadcast item.
Real Kiwi; the sentences are invented."""

from __future__ import annotations

from kg import analyze_document, resolve


def _jobs(text: str) -> set[tuple[str, str]]:
    ex = resolve([analyze_document("doc", text)])
    names = {e.id: e.name for e in ex.entities.values()}
    return {(names[r.subject], names[r.object]) for r in ex.relations if r.type == "WORKED_AT"}


def test_an_official_beside_a_company_works_there_not():
    jobs = _jobs(
        "도민준 대통령은 이어 반도체 소재기업인 누리실트론과 한빛도의 투자협약식에 참석했다."
    )
    assert not any(p == "도민준" for p, _ in jobs), jobs


def test_a_companys_officer_still_works_there():
    jobs = _jobs("한편 김도윤 누리전자 사장은 협약식에 참석했다.")
    assert ("김도윤", "누리전자") in jobs, jobs
