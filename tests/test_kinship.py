"""Family ties between two people (search/kinship.py): "B는 A와 어떤 관계인가?" is answered by
the tie word a sentence writes after one of them ("박 회장의 차녀인 박소연 상무"), before the
graph's edges or a path.  Real Kiwi, real e5 embeddings, real FAISS; the article is invented for
the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.kinship import kinship_answer, kinship_tables, tie_phrase

ARTICLE = (
    "한빛그룹, 2027년 정기 임원 인사 단행\n"
    "한빛그룹은 1일 계열사 대표 4명을 바꾸는 정기 임원 인사를 단행했다고 밝혔다. "
    "2010년부터 그룹을 이끌어 온 박상철 회장(70)은 경영 일선에서 물러나 명예회장을 맡는다. "
    "박 회장의 차녀인 박소연 한빛물산 상무(41)는 전무로 승진해 신사업을 맡는다. "
    "한빛전자 대표에는 김지훈 사장이 선임됐다. "
    "김 사장은 박 회장의 사위로, 한빛전자에서 20년 넘게 일했다. "
    "한빛건설 대표에는 오현우 부사장이 선임됐다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "kinship", "한빛그룹 인사") as kb:
        yield kb


def test_the_tie_after_the_family_name_and_title_answers():
    text = "박 회장의 차녀인 박소연 한빛물산 상무는 전무로 승진했다."
    assert tie_phrase(text, "박상철", "박소연") == "박 회장의 차녀"
    # the other way round the sentence writes no tie of 박상철 to 박소연
    assert tie_phrase(text, "박소연", "박상철") is None


def test_the_tie_after_the_full_name_with_a_company_and_title_or_in_brackets():
    assert tie_phrase("박상철 한빛그룹 회장의 장남 박준서", "박상철", "박준서") == (
        "박상철 한빛그룹 회장의 장남"
    )
    assert tie_phrase("박준서 상무(박상철 회장 장남)가 승진했다", "박상철", "박준서") == (
        "박상철 회장 장남"
    )
    assert tie_phrase("김지훈 사장은 박 회장의 사위다.", "박상철", "김지훈") == "박 회장의 사위"


def test_no_tie_without_the_other_person_or_a_tie_word_at_a_word_end():
    # the other person is not named: a tie to someone else
    assert tie_phrase("박 회장의 장남은 해외에 있다.", "박상철", "오현우") is None
    # "형" of "형사" is no tie
    assert tie_phrase("박 회장의 형사 고발에 오현우 부사장이 나섰다.", "박상철", "오현우") is None
    # the holder is not written at all
    assert tie_phrase("오현우 부사장의 장남이 입사했다.", "박상철", "오현우") is None


def test_bad_names_read_no_tie():
    # an empty name or the same person on both sides
    assert tie_phrase("박 회장의 장남 박준서", "", "박준서") is None
    assert tie_phrase("박 회장의 장남 박준서", "박상철", "박상철") is None
    # a name that is no Korean full name is matched only as written ("Tom Lee")
    assert tie_phrase("Tom Lee 회장의 아들 박준서", "Tom Lee", "박준서") == "Tom Lee 회장의 아들"
    assert tie_phrase("이 회장의 아들 박준서", "Tom Lee", "박준서") is None


def test_the_tables_list_ties_and_what_may_follow_them():
    t = kinship_tables()
    assert {"장남", "사위", "외아들", "조카"} <= set(t["nouns"])
    assert "인" in t["after"]


def test_ask_reads_the_tie_by_family_name_and_title(kb):
    ans = kb.ask("박소연 상무는 박상철 회장과 어떤 관계인가?")
    assert "차녀" in ans.answer
    assert ans.answer_type == "relation"
    assert "박소연" in ans.evidence[0].text
    assert 0 < ans.confidence <= 1  # calibrated from the 0.8 prior


def test_ask_reads_the_tie_of_the_other_direction(kb):
    # the question's subject is the holder: "박상철 회장은 김지훈 사장과": the sentence writes
    # 김 사장 as 박 회장's 사위
    ans = kb.ask("박상철 회장은 김지훈 사장과 어떤 관계인가?")
    assert "사위" in ans.answer


def test_no_tie_leaves_the_relation_to_the_graph(kb):
    ans = kb.ask("오현우 부사장은 박상철 회장과 어떤 관계인가?")
    assert "장남" not in ans.answer and "사위" not in ans.answer and "차녀" not in ans.answer


def test_kinship_answer_reads_only_people(kb):
    snap = kb.snapshot()
    ex = snap.extraction
    people = [e for e in ex.entities.values() if e.type == "Person"]
    others = [e for e in ex.entities.values() if e.type != "Person"]
    assert people and others
    assert kinship_answer(None, ex, (people[0].id, others[0].id), [], lambda s: None) is None
