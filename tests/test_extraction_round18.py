"""Round 18 of the extraction work: short forms of organisation names as real news writes them,
each on invented sentences, with the lexicon and without it."""

from __future__ import annotations

from relation_cases import entity_types, extraction


def _names(text: str) -> dict[str, set[str]]:
    """Each entity's name with every spelling it was merged from."""
    ex = extraction(text)
    return {e.name: {e.name, *e.aliases} for e in ex.entities.values()}


def test_a_company_written_with_the_word_company_glued_on(lexicon):
    # "중월강철사와" is one word to Kiwi; 중월강철 is the company the document names again
    # (grammar.toml company_words): one entity, the partner of the contract the first
    # sentence states
    text = (
        "한빛제철은 중국의 중월강철사와 석도원판 공급 계약을 체결했다. "
        "한빛제철은 중월강철에 석도원판을 공급한다."
    )
    names = _names(text)
    assert "중월강철" in names and not any("중월강철사" in n for n in names.values()), names
    ex = extraction(text)
    name = {eid: e.name for eid, e in ex.entities.items()}
    partners = [
        r for r in ex.relations
        if r.type == "PARTNER_OF" and {name[r.subject], name[r.object]} == {"한빛제철", "중월강철"}
    ]
    assert partners and any(
        "중월강철사와" in ev.text for r in partners for ev in r.evidence
    ), ex.relations


def test_a_word_ending_in_sa_is_no_company_the_document_does_not_name(lexicon):
    # 사 glued on makes a known company's name only: "변호사와" is no company
    text = "한빛제철은 변호사와 상의했다. 한빛제철은 누리캔에 철판을 공급한다."
    assert not any(t == "Company" and n in {"변호", "변호사"} for n, t in entity_types(text).items())
