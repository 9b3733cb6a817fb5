"""A head noun that asks for a name ("기종", "학술지") is answered by a name: a model code of
letters and digits, a quoted name, a name glossed in Latin, never a common noun phrase the
reader liked better nor the kind asked itself ("차세대 기종", "국제 학술지")
(search/candidates_named.py).  Real Kiwi, real e5 embeddings, real FAISS; the articles are
invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb
from candidate_inputs import Passage, Passages, candidate

from search.answer_types import Asked
from search.candidates_named import is_code, named_things
from search.reader import Candidate
from search.spans import Span

AIRLINE = (
    "누리항공, 보잉 차세대 기종 도입 계약\n"
    "(대구=한빛뉴스) 저비용항공사 누리항공이 미국 항공기 제작사 보잉과 B737-10 항공기 도입 "
    "계약을 맺었다고 3일 밝혔다. 확정 구매 12대에 추가 구매 권리 4대를 더해 최대 16대 규모다. "
    "누리항공 대표는 \u201c연료 효율이 높은 기종으로 정비 비용을 크게 줄일 수 있다\u201d고 말했다. "
    "새 항공기는 대구~하노이 노선에 먼저 투입된다."
)

JOURNAL = (
    "가람대병원, 폐암 조기 진단 AI 연구 결과 발표\n"
    "가람대병원과 의료 인공지능(AI) 기업 솔빛랩스가 흉부 엑스레이로 폐암을 조기에 찾아내는 AI의 "
    "임상 검증 결과를 국제 학술지에 발표했다고 11일 밝혔다. 논문은 '흉부영상의학 저널(Journal "
    "of Chest Imaging)' 최신호에 실렸다. 제1저자는 가람대병원 영상의학과 도하린 교수다."
)


@pytest.fixture(scope="module")
def airline(tmp_path_factory):
    with article_kb(tmp_path_factory, AIRLINE, "airline", "누리항공 도입 계약") as kb:
        yield kb


@pytest.fixture(scope="module")
def journal(tmp_path_factory):
    with article_kb(tmp_path_factory, JOURNAL, "journal", "폐암 AI 연구") as kb:
        yield kb


def test_the_type_asked_is_the_code(airline):
    ans = airline.ask("누리항공이 보잉에서 들여오는 항공기 기종은?")
    assert "B737-10" in (ans.answer or ""), (ans.answer, ans.method, ans.sentence)


def test_the_journal_asked_is_the_quoted_name(journal):
    ans = journal.ask("가람대병원과 솔빛랩스의 연구 결과가 실린 학술지는?")
    assert "흉부영상의학 저널" in (ans.answer or ""), (ans.answer, ans.method, ans.sentence)
    assert "국제 학술지" not in (ans.answer or "")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A321neo", True),
        ("보잉 737-800", True),
        ("K9", True),
        ("3080Ti", True),
        ("33대", False),
        ("5세대", False),
        ("조종사 교육", False),
    ],
)
def test_is_code(text, code):
    assert is_code(text) is code


SENTENCE = (
    "지난 9월 '바이오 리포트(Bio Reports)' 표지는 한빛대 연구팀의 논문이 장식했고, "
    "미래 리뷰(Future Review)에도 실렸으며 국제 학술지 두 곳과 K-Med 등이 다뤘다 "
    "(Seoul Letters), 김하늘 교수의 의료 인공지능(AI) 연구다. \u201c연구 성과가 크다\u201d고 했다."
)


def _kept(cands, head="학술지", kind="thing"):
    ri = Passages([Passage(SENTENCE)])
    return [
        (c.text, round(c.probability, 2)) for c in named_things(Asked(kind, head=head), ri, cands)
    ]


def test_names_take_the_belief():
    quoted = candidate(SENTENCE, "바이오 리포트(Bio Reports)", 0.1)  # quoted, its gloss inside
    glossed = candidate(SENTENCE, "미래 리뷰", 0.1)  # glossed in Latin
    kind = candidate(SENTENCE, "국제 학술지", 0.3)  # the kind asked, no name
    person = candidate(SENTENCE, "김하늘", 0.2, {"type": "Person"})  # a co-author
    acronym = candidate(SENTENCE, "의료 인공지능", 0.1)  # glossed by an acronym only
    remark = candidate(SENTENCE, "연구 성과", 0.1)  # the first words of a quoted remark
    latin = candidate(SENTENCE, "K-Med", 0.1)  # Latin words: a name
    kept = _kept([quoted, glossed, kind, person, acronym, remark, latin])
    assert [t for t, _ in kept] == ["바이오 리포트(Bio Reports)", "미래 리뷰", "K-Med"]
    assert sum(p for _, p in kept) == pytest.approx(1.0, abs=0.02)  # rounded each


def test_a_gloss_and_a_tail_are_no_names():
    gloss = candidate(SENTENCE, "Bio Reports", 0.5)  # inside the brackets of the name before it
    latin = candidate(SENTENCE, "Seoul Letters", 0.2)  # inside brackets too
    tail = candidate(SENTENCE, "리포트", 0.2)  # the end of a longer candidate
    whole = candidate(SENTENCE, "바이오 리포트", 0.1)
    assert _kept([gloss, latin, tail, whole]) == [("바이오 리포트", 1.0)]


def test_models_codes_and_latin_words_are_names():
    model = candidate(SENTENCE, "한빛대", 0.2, {"type": "Model"})
    code = candidate(SENTENCE, "두 곳과 K-Med", 0.2)  # no Latin word alone, no code: no name
    assert [t for t, _ in _kept([model, code], head="기종")] == ["한빛대"]
    coded = Candidate("누리 B737-10", 0, None, {}, probability=0.2)
    assert [t for t, _ in _kept([coded, code], head="기종")] == ["누리 B737-10"]
    latin = Candidate("Nature", 0, None, {}, probability=0.2)  # no span: read by its words
    assert [t for t, _ in _kept([latin, candidate(SENTENCE, "연구팀", 0.2)])] == ["Nature"]


def test_nothing_moves_when_no_name_or_no_such_head():
    kind = candidate(SENTENCE, "국제 학술지", 0.3)
    remark = candidate(SENTENCE, "연구 성과", 0.1)
    assert _kept([kind, remark]) == [("국제 학술지", 0.3), ("연구 성과", 0.1)]
    quoted = candidate(SENTENCE, "바이오 리포트(Bio Reports)", 0.1)
    assert _kept([kind, quoted], head="회사") == [
        ("국제 학술지", 0.3),
        ("바이오 리포트(Bio Reports)", 0.1),
    ]
    assert _kept([kind, quoted], kind="person") == [
        ("국제 학술지", 0.3),
        ("바이오 리포트(Bio Reports)", 0.1),
    ]
    assert _kept([], head="기종") == []


def test_a_quoted_remark_is_no_name():
    said = "대표는 \u201c연료 효율이 높은 기종으로 비용을 줄일 수 있다\u201d고 말했다."
    ri = Passages([Passage(said)])
    remark = candidate(said, "연료 효율이 높은 기종으로 비용을 줄일 수 있다", 0.4)
    short = candidate(said, "대표", 0.1)
    kept = named_things(Asked("thing", head="기종"), ri, [remark, short])
    assert [c.text for c in kept] == [remark.text, "대표"]  # nothing is a name: nothing moves


def _at(sentence: str, words: str, nth: int, p: float) -> Candidate:
    """The candidate ``words`` where ``sentence`` writes them the ``nth`` time (from 0)."""
    start = -1
    for _ in range(nth + 1):
        start = sentence.index(words, start + 1)
    return Candidate(words, 0, Span(words, start, start + len(words), 0, 0), {}, probability=p)


def test_an_acronym_of_a_common_noun_is_no_name():
    said = (
        "가람대병원과 의료 인공지능(AI) 기업 솔빛랩스는 AI의 임상 결과를 국제 학술지에 "
        "발표했고, 논문은 '흉부영상 저널'에 실렸다."
    )
    ri = Passages([Passage(said)])
    acronym = _at(said, "AI", 1, 0.5)  # 인공지능(AI): the word's abbreviation, written again
    journal = candidate(said, "흉부영상 저널", 0.1)
    kept = named_things(Asked("thing", head="학술지"), ri, [acronym, journal])
    assert [c.text for c in kept] == ["흉부영상 저널"]


def test_the_acronym_of_a_name_stays_a_name():
    said = "연구는 학술지 네이처(Nature)에 실렸고, Nature 편집진은 표지로 골랐다."
    ri = Passages([Passage(said)])
    latin = _at(said, "Nature", 1, 0.5)  # 네이처 is a name: its Latin spelling names it too
    kind = candidate(said, "학술지", 0.2)
    kept = named_things(Asked("thing", head="학술지"), ri, [latin, kind])
    assert [c.text for c in kept] == ["Nature"]
