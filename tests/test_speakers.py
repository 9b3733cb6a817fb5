"""Interviews told in the speaker's own words (kg/speakers.py, kg/first_person.py): the
interviewee of a Q&A, or the person named beside a quote, is the subject of the first-person
clauses that have none.  Invented articles."""

from __future__ import annotations

from relation_cases import extraction

QA = (
    '[인터뷰] 마서윤 누리셀 대표 "작은 배터리로 오래 가는 센서 만들겠다"\n'
    "소형 배터리 관리 칩 스타트업 누리셀의 마서윤 대표를 지난 10일 대전 사무실에서 만났다. "
    "다음은 마 대표와의 일문일답.\n"
    '―창업 전에는 무슨 일을 했나. "한울화학 배터리연구소에서 8년 동안 셀 설계를 했고, '
    "이후 미국 테라셀(Terracell)로 옮겨 3년간 일했습니다. 2022년 연구소 후배였던 권도하 이사와 둘이서 "
    '회사를 차렸어요."\n'
    '―누리셀의 강점은. "저희는 전력 관리 칩을 직접 설계합니다. 올해 매출은 40억 원 정도로 '
    '예상합니다."\n'
)

QUOTE = (
    "바람소프트는 물류 로봇 관제 소프트웨어를 만드는 회사다. 바람소프트 진하람 대표는 "
    '"한결로보틱스에서 6년 동안 근무했고, 이후 미래모빌리티로 이직했다"며 "2020년에 '
    '창업했다"고 말했다.\n'
)

OWN_SUBJECT = (
    "소형 배터리 관리 칩 스타트업 누리셀의 마서윤 대표를 지난 10일 만났다. "
    "다음은 마 대표와의 일문일답.\n"
    '―공동창업자는 어떤 분인가. "저는 다올에너지에서 일했고, 권도하 이사는 새빛전자에서 '
    '10년 동안 근무했습니다."\n'
)


def _relations(text: str) -> set[tuple[str, str, str]]:
    """(subject, type, object) of every relation, under each spelling of its ends."""
    ex = extraction(text)
    names = {eid: {e.name, *e.aliases} for eid, e in ex.entities.items()}
    return {(s, r.type, o) for r in ex.relations for s in names[r.subject] for o in names[r.object]}


def test_a_qa_answer_is_the_interviewees_career_and_founding():
    rels = _relations(QA)
    assert ("마서윤", "WORKED_AT", "한울화학") in rels, rels  # "… 배터리연구소에서 … 설계를 했고"
    assert ("마서윤", "WORKED_AT", "테라셀") in rels, rels  # "(…)로 옮겨"
    assert ("마서윤", "FOUNDED", "누리셀") in rels, rels
    assert ("권도하", "FOUNDED", "누리셀") in rels, rels  # "권도하 이사와 둘이서"
    assert ("누리셀", "FOUNDED_IN", "2022년") in rels, rels


def test_a_quote_is_its_named_speakers_career_and_founding():
    rels = _relations(QUOTE)
    assert ("진하람", "WORKED_AT", "한결로보틱스") in rels, rels
    assert ("진하람", "WORKED_AT", "미래모빌리티") in rels, rels
    assert ("진하람", "FOUNDED", "바람소프트") in rels, rels


def test_a_quoted_sentence_with_its_own_subject_keeps_it():
    rels = _relations(OWN_SUBJECT)
    assert ("마서윤", "WORKED_AT", "다올에너지") in rels, rels  # "저는 … 일했고"
    assert ("권도하", "WORKED_AT", "새빛전자") in rels, rels
    assert ("마서윤", "WORKED_AT", "새빛전자") not in rels, rels
    assert ("권도하", "WORKED_AT", "다올에너지") not in rels, rels  # the speaker's, "저는 …"


def test_a_quote_nobody_is_named_beside_is_no_ones():
    # an unattributed quote in an article that is no interview: its clauses stay unread
    text = (
        "바람소프트는 물류 로봇 관제 소프트웨어를 만드는 회사다. "
        '"한결로보틱스에서 6년 동안 근무했다"는 말이 업계에 돌았다.\n'
    )
    rels = _relations(text)
    assert not any(t == "WORKED_AT" and o == "한결로보틱스" for _, t, o in rels), rels


def test_answer_lines_of_a_q_and_a_are_the_interviewees():
    # "Q." / "A." lines, the answer without quotes
    text = (
        "물류 로봇 스타트업 바람소프트의 진하람 대표를 지난 3일 만났다.\n"
        "Q. 창업 전에는 어디에 있었나.\n"
        "A. 한결로보틱스에서 6년 동안 근무했습니다. 2020년에 창업했어요.\n"
    )
    rels = _relations(text)
    assert ("진하람", "WORKED_AT", "한결로보틱스") in rels, rels
    assert ("진하람", "FOUNDED", "바람소프트") in rels, rels
