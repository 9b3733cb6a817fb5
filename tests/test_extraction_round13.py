"""Round 13 of the extraction work: what made the spent held-out rounds 10 and 11's misses
(everyday words of industry taken for names, ...), each on invented sentences, with the lexicon
and without it."""

from __future__ import annotations

from relation_cases import extraction


def _names(text: str) -> set[str]:
    ex = extraction(text)
    return {a for e in ex.entities.values() for a in (e.name, *e.aliases)}


INDUSTRY_WORDS = (
    "물류 기업 한결해운은 유럽 인프라 총괄 부사장을 지낸 오다인을 영입했다. 회사가 만든 "
    "컨테이너선 항법 장비는 지난달 형식승인을 받았고 선급 검사도 통과했다. 반도체 기업 "
    "다온칩스는 HBM 물량을 늘린다."
)


def test_everyday_words_of_industry_are_never_names(lexicon):
    # "인프라 총괄", "컨테이너선", "형식승인", "선급", "HBM": a field, a kind of ship, a
    # procedure, a kind of body, a kind of chip; never a person, company or product
    names = _names(INDUSTRY_WORDS)
    assert not names & {"인프라", "컨테이너선", "형식승인", "선급", "HBM"}, names
    assert {"한결해운", "다온칩스"} <= names, names
