"""Yes/no questions answered by a sentence that leaves the article's topic or the interview's
speaker unnamed (issue 13): "은행은 ... 모델을 은행 내부 서버에 두기로 했다", an interviewee's
"상장은 아직 생각하지 않고 있습니다", "A 지역은 협의 중이지만 B 지역은 계획이 없다".  Real Kiwi,
real e5 embeddings, real FAISS; the shipped reader and calibration.  The article is invented
for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.asked_clause import clause_polarity, topic_left_verdict
from search.results import Hit
from search.spans import tokens_of

ARTICLE = (
    '[인터뷰] 노을바이오 한도겸 대표 "피부 진단 앱, 동남아부터 간다"\n'
    "노을바이오는 스마트폰 카메라로 피부 상태를 진단하는 앱 '스킨렌즈'를 만든다. "
    "송림저축은행은 노을바이오와 제휴를 맺고 스킨렌즈 데이터를 쓰되, 고객 정보가 외부로 "
    "나가지 않도록 분석 모델을 은행 자체 서버에 두기로 했다.\n"
    "— 해외 진출 계획은.\n"
    '"내년 하반기에 베트남 보건부에 의료기기 허가를 신청할 계획입니다. '
    "태국은 현지 유통사와 협의 중이지만 인도네시아는 아직 계획이 없습니다. "
    '코스닥 상장은 아직 생각하지 않고 있습니다."\n'
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "topic-left", "노을바이오 인터뷰") as kb:
        yield kb


def _toks(text: str):
    return tokens_of(kiwi().tokenize(text))


def _hit(text: str) -> Hit:
    return Hit(sentence_id="s", doc_id="d", text=text, score=1.0, entities=[], explain={})


def test_the_clause_of_the_asked_word_decides():
    said = _toks("태국은 현지 유통사와 협의 중이지만 인도네시아는 아직 계획이 없다.")
    assert clause_polarity(said, ["태국", "협의"]) == "yes"
    assert clause_polarity(said, ["인도네시아", "계획"]) == "no"
    # the words of the question stand in two clauses: neither says it
    assert clause_polarity(said, ["인도네시아", "유통사", "협의"]) is None
    assert clause_polarity(_toks("상장은 아직 생각하지 않고 있다."), ["상장", "준비"]) == "no"
    assert clause_polarity(_toks("일본 진출을 검토하고 있다."), ["일본", "진출"]) is None
    assert clause_polarity(_toks("일본 진출을 검토하고 있다."), ["브라질"]) is None


def test_yes_needs_every_asked_word_stated():
    said = _toks("전작은 내국인만 평가할 수 있었다.")
    assert clause_polarity(said, ["외국인", "근로자", "평가"]) is None
    assert clause_polarity(said, ["내국인", "평가"]) == "yes"
    # a noun that modifies another ("인수 뒤에도") is no predicate
    assert clause_polarity(_toks("대표는 인수 뒤에도 회사를 이끈다."), ["인수"]) is None


def test_a_sentence_missing_two_names_is_no_answer():
    hit = _hit("분석 모델을 자체 서버에 두기로 했다.")
    from search.question import Question

    q = Question(text="가람은행은 누리 모델을 자체 서버에 두나?", spans=[(0, 5), (7, 9)])
    q.tokens = _toks(q.text)
    aliases = {"가람은행": ["가람은행"], "누리": ["누리"]}
    kinds = {"가람은행": "Company", "누리": "Model"}
    assert topic_left_verdict(q, [hit], aliases, kinds) is None
    aliases = {"가람은행": ["가람은행"], "누리": ["분석 모델"]}
    assert topic_left_verdict(q, [hit], aliases, kinds) == ("yes", hit)


@pytest.mark.parametrize(
    "question, answer",
    [
        ("송림저축은행은 스킨렌즈 분석 모델을 자체 서버에 두나?", "예"),  # "은행 자체 서버에"
        ("노을바이오는 베트남 의료기기 허가를 신청할 계획인가?", "예"),  # the speaker's words
        ("노을바이오는 코스닥 상장을 준비하고 있나?", "아니오"),  # "생각하지 않고 있습니다"
        ("노을바이오는 태국 유통사와 협의하고 있나?", "예"),  # the clause before "지만"
    ],
)
def test_the_topic_left_unnamed(kb, question, answer):
    ans = kb.ask(question)
    assert ans.answer == answer, (ans.answer, ans.method, ans.confidence, ans.sentence)
    assert ans.confidence < 0.8


def _company(name: str, text: str) -> dict:
    start = text.index(name)
    return {"id": name, "name": name, "type": "Company", "start": start, "end": start + len(name)}


def _question(text: str, names: list[str]):
    from search.question import Question

    q = Question(text=text, spans=[(text.index(n), text.index(n) + len(n)) for n in names])
    q.tokens = _toks(text)
    return q


def test_another_subject_of_the_names_kind_is_no_answer():
    q = _question("한결전자가 픽셀웨이를 인수했나?", ["한결전자", "픽셀웨이"])
    aliases = {"한결전자": ["한결전자"], "픽셀웨이": ["픽셀웨이"]}
    kinds = {"한결전자": "Company", "픽셀웨이": "Company"}
    said = "세림전자가 픽셀웨이를 인수했다."
    hit = _hit(said)
    hit.entities = [_company("세림전자", said), _company("픽셀웨이", said)]
    assert topic_left_verdict(q, [hit], aliases, kinds) is None
    # the subject of a modifying clause is not the sentence's subject
    said = "회사는 세림전자가 만든 픽셀웨이를 인수했다."
    hit = _hit(said)
    hit.entities = [_company("세림전자", said), _company("픽셀웨이", said)]
    assert topic_left_verdict(q, [hit], aliases, kinds) == ("yes", hit)


def test_a_word_kiwi_cuts_in_the_sentence_is_written():
    said = _toks('"내년에 미국 식품의약국(FDA)에 510(k) 인허가를 신청할 계획입니다.')
    assert clause_polarity(said, ["인허가", "신청", "계획"]) == "yes"
