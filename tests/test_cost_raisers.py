"""A sum of money a project needs, taken for a company's name by the tagger, raises no round
(kg/funding.py, kg/resources/cost_nouns.toml): "총사업비는 3조 원으로, 이 가운데 2조 원을 PF로
조달한다" made the stake holders of the next sentence investors in "총사업비".  Found on real
project-finance news.  Real Kiwi; the sentences are invented."""

from __future__ import annotations

from kg import analyze_document, resolve
from kg.funding import _cost
from kg.model import Mention

TEXT = (
    "해상풍력 개발사 동해윈드가 발전단지의 PF 약정을 맺었다고 밝혔다. "
    "총사업비는 2조 8천억 원으로, 이 가운데 2조 원을 PF로 조달한다. "
    "동해윈드는 가람에너지와 누리인프라가 세운 합작사로, "
    "지분은 가람에너지가 55%, 누리인프라가 45%를 갖고 있다."
)


def _invested() -> set[tuple[str, str]]:
    ex = resolve([analyze_document("doc", TEXT)])
    name = {e.id: e.name for e in ex.entities.values()}
    return {(name[r.subject], name[r.object]) for r in ex.relations if r.type == "INVESTED_IN"}


def test_no_investment_goes_to_a_cost():
    got = _invested()
    assert not {o for _, o in got} & {"총사업비"}, got


def test_a_cost_noun_ends_the_name_and_a_company_does_not():
    def mention(text: str) -> Mention:
        return Mention(text=text, start=0, end=len(text), sentence_id="s0")

    assert _cost(mention("총사업비"))
    assert not _cost(mention("누리인프라"))
