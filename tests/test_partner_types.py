"""A partnership is between organisations (PARTNER_OF in kg/resources/predicates.toml): a person
written beside one, as its chair in parentheses or as the spokesman who quotes "Y와 손잡고",
is never a partner; the companies' partnership stays.  Real Kiwi; the text is invented."""

from __future__ import annotations

from kg import analyze_document, resolve

TEXT = (
    "가온물산(회장 모태준)은 한빛전력과 석탄 장기공급계약을 체결했다고 25일 공시했다.\n"
    "라온게임즈와 별하소프트가 누리콘텐츠재단과 손잡고 모바일 게임 퍼블리싱에 나선다. "
    '이정훈 라온게임즈 퍼블리싱 팀장은 "별하소프트와 손잡고 해외 시장을 열겠다"고 밝혔다.'
)


def _partners():
    ex = resolve([analyze_document("partners", TEXT)])
    name = {k: e.name for k, e in ex.entities.items()}
    kind = {e.name: e.type for e in ex.entities.values()}
    pairs = {
        frozenset((name[r.subject], name[r.object])) for r in ex.relations if r.type == "PARTNER_OF"
    }
    return pairs, kind


def test_no_person_is_a_partner():
    pairs, kind = _partners()
    assert kind.get("모태준") == "Person" and kind.get("이정훈") == "Person", kind
    assert not [p for p in pairs if any(kind.get(n) == "Person" for n in p)], pairs


def test_the_companies_partnership_stays():
    pairs, _ = _partners()
    assert frozenset(("라온게임즈", "누리콘텐츠재단")) in pairs, pairs
