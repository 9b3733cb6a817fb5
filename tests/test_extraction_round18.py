"""Round 18 of the extraction work: short forms of organisation names as real news writes them,
each on invented sentences, with the lexicon and without it."""

from __future__ import annotations

from relation_cases import entity_spellings, entity_types, extraction

from kg import analyze_document, resolve
from kg.materials import is_traded_goods
from kg.model import Mention
from kg.name_context import company_word_vote
from kg.pieces import Tok


def test_a_company_written_with_the_word_company_glued_on(lexicon):
    # "중월강철사와" is one word to Kiwi; 중월강철 is the company the document names again
    # (grammar.toml company_words): one entity, the partner of the contract the first
    # sentence states
    text = (
        "한빛제철은 중국의 중월강철사와 석도원판 공급 계약을 체결했다. "
        "한빛제철은 중월강철에 석도원판을 공급한다."
    )
    names = entity_spellings(text)
    assert "중월강철" in names and not any("중월강철사" in n for n in names.values()), names
    ex = extraction(text)
    name = {eid: e.name for eid, e in ex.entities.items()}
    partners = [
        r
        for r in ex.relations
        if r.type == "PARTNER_OF" and {name[r.subject], name[r.object]} == {"한빛제철", "중월강철"}
    ]
    assert partners and any("중월강철사와" in ev.text for r in partners for ev in r.evidence), (
        ex.relations
    )


def test_a_word_ending_in_sa_is_no_company_the_document_does_not_name(lexicon):
    # 사 glued on makes a known company's name only: "변호사와" is no company
    text = "한빛제철은 변호사와 상의했다. 한빛제철은 누리캔에 철판을 공급한다."
    assert not any(
        t == "Company" and n in {"변호", "변호사"} for n, t in entity_types(text).items()
    )


def test_a_name_shortened_to_some_of_its_syllables(lexicon):
    # "누리항공우주" ... "누항", "한국가람진흥원" ... "가진원" (its public prefix 한국 dropped):
    # the short form takes syllables of the one long name of the document, in order
    # (kg/abbreviations.py, the merge rule of kg/merge_rules.py)
    text = (
        "한국가람진흥원은 누리항공우주와 협약을 맺었다. 가진원은 이번 협약으로 위성 부품을 "
        "공동 개발한다. 누항은 내년부터 부품을 공급한다."
    )
    names = entity_spellings(text)
    assert {"누리항공우주", "누항"} in names.values(), names
    assert {"한국가람진흥원", "가진원"} in names.values(), names


def test_a_short_form_two_long_names_fit_stays_apart(lexicon):
    # "누항" fits 누리항공우주 and 누리항만물류 alike: which one it is the text does not say
    text = "누리항공우주는 누리항만물류와 협약을 맺었다. 누항은 내년부터 부품을 공급한다."
    names = entity_spellings(text)
    assert not any("누항" in n and len(n) > 1 for n in names.values()), names


def test_a_short_form_in_another_document_is_no_abbreviation():
    # the long name must be one of the short form's own documents
    docs = [
        analyze_document("a", "누리항공우주는 한빛전자와 협약을 맺었다."),
        analyze_document("b", "누항은 내년부터 한빛전자에 부품을 공급한다."),
    ]
    names = {e.name: {e.name, *e.aliases} for e in resolve(docs).entities.values()}
    assert not any("누항" in n and len(n) > 1 for n in names.values()), names


def test_a_company_whose_first_letter_is_a_surname(lexicon):
    # "길운사 부사장과": three letters, the first a surname's, before a title read like a person;
    # 사 (社) ends a company's name (grammar.toml company_words), so the post is at a company
    text = "박영수 회장은 길운사 부사장과 한빛전자 사장을 지냈다. 정하람 대표는 도원사 전무를 역임했다."
    types = entity_types(text)
    assert types.get("길운사") == "Company" and types.get("도원사") == "Company", types
    assert types.get("박영수") == "Person", types
    ex = extraction(text)
    name = {eid: e.name for eid, e in ex.entities.items()}
    worked = {
        (name[r.subject], name[r.object]): r.role for r in ex.relations if r.type == "WORKED_AT"
    }
    assert worked.get(("박영수", "길운사")) == "부사장", worked
    assert worked.get(("정하람", "도원사")) == "전무", worked


def test_a_surname_with_a_title_glued_on_stays_a_person():
    # "박이사", "최검사": a surname and a title (이사, director; 검사, prosecutor) end in 사 too
    names = [
        Mention("s", 0, 3, text, votes={"Person": 3.0}) for text in ("박이사", "최검사", "길운사")
    ]
    company_word_vote(names)
    assert [m.voted_type for m in names] == ["Person", "Person", "Company"]


def test_goods_a_supply_contract_trades_are_no_company(lexicon):
    # "석도원판을 공급한다", "유연탄 구매 계약": a material's name (resources/materials.toml) the
    # object of a trade word or right before one is goods, never a company
    text = (
        "한빛제철은 누리캔에 석도원판을 공급한다. 누리캔은 석도원판을 가공한다. "
        "가람발전은 도담광업과 유연탄 구매 계약을 맺었다."
    )
    types = entity_types(text)
    assert "석도원판" not in types and "유연탄" not in types, types
    assert types.get("누리캔") == "Company", types


def _object(name: str, noun: str) -> tuple[Mention, list[Tok]]:
    """The name ``name`` with 을, then the noun ``noun`` (a sentence "NAME을 NOUN하였다")."""
    m = Mention("s", 0, len(name), name, votes={"Company": 3.0})
    m.particle = "을"
    end = len(name)
    return m, [
        Tok(name, "NNP", 0, end),
        Tok("을", "JKO", end, end + 1),
        Tok(noun, "NNG", end + 2, end + 4),
    ]


def test_a_company_named_for_its_goods_is_still_a_company():
    # "누리강판을 인수했다": a name ending in 강판 that no trade word follows
    assert not is_traded_goods(*_object("누리강판", "인수"))
    assert is_traded_goods(*_object("석도원판", "공급"))


def test_a_company_the_tagger_names_with_sa_is_the_company():
    # "가온스틸사와" taken whole as a name, "가온스틸에" later: one company, merged by the
    # short form 사 (grammar.toml organisations.short_forms)
    text = (
        "한빛제철은 최근 중국의 가온스틸사와 석도원판의 장기공급계약을 체결했다고 밝혔다. "
        "한빛제철은 내년부터 석도원판을 가온스틸에 공급하게 된다. 가온스틸은 중국의 대표적인 "
        "제조업체다."
    )
    ex = extraction(text)
    steel = [e for e in ex.entities.values() if e.name.startswith("가온스틸")]
    assert len(steel) == 1 and {"가온스틸", "가온스틸사"} <= set(steel[0].aliases), steel
    assert any(m["rule"] == "short-form" for m in steel[0].merges), steel[0].merges
    # the goods of the contract, after 의 and as the object, are no entity
    assert "석도원판" not in entity_types(text)


def test_goods_after_the_genitive_trade_in_the_next_word():
    # "석도원판의 장기공급계약": goods; "누리강판의 가온스틸 공급": the word after 의 is a name
    m = Mention("s", 0, 4, "석도원판", votes={"Company": 3.0})
    m.particle = "의"
    toks = [
        Tok("석도원판", "NNG", 0, 4),
        Tok("의", "JKG", 4, 5),
        Tok("장기", "NNG", 6, 8),
        Tok("공급", "NNG", 8, 10),
        Tok("계약", "NNG", 10, 12),
    ]
    assert is_traded_goods(m, toks)
    m = Mention("s", 0, 4, "누리강판", votes={"Company": 3.0})
    m.particle = "의"
    toks = [
        Tok("누리강판", "NNP", 0, 4),
        Tok("의", "JKG", 4, 5),
        Tok("가온스틸", "NNP", 6, 10),
        Tok("공급", "NNG", 11, 13),
    ]
    assert not is_traded_goods(m, toks)
