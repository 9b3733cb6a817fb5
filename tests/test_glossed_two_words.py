"""A word glossed with two Latin words ("구조재(Steel Frame)", "박서윤(Seoyun Park)") is read
without failing: kg/glossed_terms.py looked the surnames up where the resources do not keep
them, so building a knowledge base of a disclosure that writes such a gloss raised
AttributeError (issue 13, found on real news).  Real Kiwi, real e5 embeddings, real FAISS.
The sentences are invented for the test."""

from __future__ import annotations

from article_kb import article_kb

from kg.glossed_terms import _korean_name_spelt

ARTICLE = (
    "한결소재, 산업용 구조재 공급계약\n"
    "한결소재는 120억원 규모의 산업용 구조재(Steel Frame) 공급계약을 체결했다고 3일 공시했다."
)


def test_a_korean_name_romanised_is_told_from_a_term():
    assert _korean_name_spelt("박서윤", "Seoyun Park")  # given name first, surname last
    assert not _korean_name_spelt("구조재", "Steel Frame")


def test_a_two_word_gloss_builds(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "frame", "한결소재 공시") as kb:
        ans = kb.ask("한결소재의 공급계약 규모는?")
    assert ans.answer is not None and "120억원" in ans.answer, (ans.answer, ans.method)
