"""A merger told by the verb of absorbing: "합병은 A가 B를 흡수하는 방식으로" (kg/resources/
predicates.toml, MERGED_WITH).  Found on real news of cooperative mergers.  Real Kiwi; the
sentences are invented."""

from __future__ import annotations

from kg import analyze_document, resolve


def _merged(text: str) -> set[frozenset[str]]:
    ex = resolve([analyze_document("doc", text)])
    name = {e.id: e.name for e in ex.entities.values()}
    return {
        frozenset((name[r.subject], name[r.object]))
        for r in ex.relations
        if r.type == "MERGED_WITH"
    }


def test_absorbing_another_organisation_is_a_merger():
    text = "충북 옥천군 가람농협과 누리농협이 하나로 합친다. 합병은 가람농협이 누리농협을 흡수하는 방식으로 이뤄진다."
    assert frozenset({"가람농협", "누리농협"}) in _merged(text)


def test_absorbing_a_shock_is_no_merger():
    text = "가람농협은 올해 손실을 흡수하는 방식으로 적립금을 썼다."
    assert _merged(text) == set()
