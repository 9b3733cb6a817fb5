"""Borrowed common nouns glossed in English ("머신러닝(Machine Learning)", "팬데믹(Pandemic)") are
terms, not names, though the Hangul sounds like its Latin spelling as a name's would.
Sentences written for these tests (names made up)."""

from __future__ import annotations

from kg import analyze_document


def _names(text: str) -> set[str]:
    return {m.text for m in analyze_document("d", text).mentions}


def test_a_borrowed_term_and_its_gloss_are_no_names():
    names = _names("누리랩스는 머신러닝(Machine Learning)과 딥러닝(Deep Learning) 기술을 가졌다.")
    assert "누리랩스" in names
    assert not names & {"머신러닝", "Machine Learning", "딥러닝", "Deep Learning"}


def test_a_borrowed_term_kiwi_reads_as_a_proper_noun():
    names = _names("한빛전자와 누리텔레콤은 팬데믹(Pandemic) 시대의 기술 개발에 협력한다.")
    assert not names & {"팬데믹", "Pandemic"}
    assert {"한빛전자", "누리텔레콤"} <= names


def test_a_name_that_sounds_like_its_gloss_stays():
    # not a listed term: a company written with its own Latin spelling
    assert "누리소프트" in _names("누리소프트(Nuri Soft)는 새 서비스를 내놓았다.")


def test_a_quoted_term_is_left_to_the_name_rules():
    # quotes closing the gloss say a name is meant; the term list does not override them
    names = _names("한빛랩은 '메타버스(Metaverse)' 전시를 열었다.")
    assert "한빛랩" in names
