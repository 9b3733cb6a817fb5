"""A joint venture described by the clause that names its parents: "X는 A와 B가 2021년 세운
합작사로" (kg/joint_ventures.py, venture_clause_relations).  Found on real news of project
companies: the parents were not read as founders.  Real Kiwi; the sentences are invented."""

from __future__ import annotations

from kg import analyze_document


def _founded(text: str) -> list[str]:
    a = analyze_document("doc", text)
    return sorted(
        f"{a.mentions[c.subject].text}>{a.mentions[c.object].text}"
        for c in a.candidates
        if c.rule == "venture-clause"
    )


def test_two_parents_one_described_found_the_topic():
    text = (
        "동해윈드는 가람에너지와 호주 연기금 운용사 서던크로스캐피털(Southern Cross Capital)이 "
        "2020년 세운 합작사로, 전남 해상에 발전단지를 짓는다."
    )
    assert _founded(text) == ["가람에너지>동해윈드", "서던크로스캐피털>동해윈드"]


def test_a_verb_made_of_a_noun_and_hada_and_a_copula_after_the_noun():
    text = "누리모빌리티는 한빛전자와 독일 부품사 베르크(Werk)가 2019년 설립한 합작법인이다."
    assert "한빛전자>누리모빌리티" in _founded(text)


def test_a_verb_that_founds_nothing_is_no_venture_clause():
    assert _founded("누리모빌리티는 한빛전자가 2019년 인수한 합작법인이다.") == []


def test_another_name_between_the_subject_and_its_verb_is_another_clause():
    assert _founded("누리모빌리티는 한빛전자가 누리랩과 세운 합작사로 알려졌다.") == []


def test_no_organisation_topic_no_venture():
    assert _founded("한빛전자가 2019년 세운 합작사로 인력이 옮겨 갔다.") == []


def test_the_noun_used_otherwise_is_no_description_of_the_topic():
    assert _founded("누리모빌리티는 한빛전자가 세운 합작사의 지분을 샀다.") == []
