"""Yes/no questions whose answer turns on what exactly is asked (issue 13): a relation word
that only says when ("인수 후 ... 사명을 바꾸나?" is not answered by the acquisition), a
question asking that a thing is already done ("이미 취임했나?" / "다음 달 취임한다"), one
day asked by its count where the text says another ("첫날" / "둘째 날에는"), "at once" where
the text says late ("곧바로 보고했나?" / "두 달 넘게 미뤄"), a plan
word of the next clause ("선정되면서 추진된다" still says 선정).  Real Kiwi, real e5 embeddings,
real FAISS; the shipped reader and calibration.  An English question is read with the Korean
words of its gloss ("stay" -> 남).  The article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.asked_predicate import asks_relation, delayed, not_yet, other_ordinal, timed_nouns
from search.spans import tokens_of
from search.yes_no import polarity

ARTICLE = (
    "한결제약, 바이오 스타트업 새솔랩 인수\n"
    "중견 제약사 한결제약이 바이오 스타트업 새솔랩을 인수한다고 3일 밝혔다. "
    "한결제약은 새솔랩 이사회 7석 가운데 4석을 가져가되, 연구소와 사명은 그대로 두기로 했다. "
    "새솔랩을 이끌 신임 대표로는 도하람 전무가 내정됐다. "
    "새솔랩(Saesol Lab)의 두 공동창업자는 인수 뒤에도 회사에 남는다. "
    "도하람 신임 대표는 다음 달 열리는 주주총회를 거쳐 공식 취임한다. "
    "이번 거래는 새솔랩이 보건복지부의 바이오 혁신 과제에 선정되면서 추진됐다.\n"
    "두 회사는 다음 주 이틀 동안 기술 설명회를 연다. "
    "설명회 둘째 날에는 새솔랩 연구소장 마태은 박사가 항체 플랫폼을 발표한다.\n"
    "새솔랩의 항체 플랫폼 '솔바디'는 지난 3월 유럽의약품청의 희귀의약품 지정을 받았다. "
    "회사는 다음 달 미국 식품의약국에도 같은 플랫폼의 희귀의약품 지정을 신청할 예정이다.\n"
    "한편 새솔랩은 지난해 임상 시료 보관 장비 고장을 겪었지만, 이를 보건당국에 보고하는 것을 "
    "두 달 넘게 미뤄 과태료를 물었다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "saesol", "한결제약 새솔랩 인수") as kb:
        yield kb


def _toks(text: str):
    return tokens_of(kiwi().tokenize(text))


def test_a_noun_before_a_word_of_time_only_says_when():
    assert timed_nouns(_toks("한결제약은 인수 후 새솔랩의 사명을 바꾸나?")) == {"인수"}
    assert timed_nouns(_toks("한결제약은 합병 이후 인력을 줄이나?")) == {"합병"}
    assert timed_nouns(_toks("한결제약이 새솔랩을 인수하나?")) == set()


def test_already_done_is_answered_not_yet_by_a_sentence_without_a_past_ending():
    q = _toks("도하람 대표는 이미 취임했나?")
    assert not_yet(q, "도하람 대표는 다음 달 주주총회를 거쳐 취임한다.")
    assert not_yet(q, "도하람 대표는 다음 달 취임할 예정이다.")
    assert not not_yet(q, "도하람 대표는 지난달 취임했다.")
    assert not not_yet(q, "지난달 취임한 도하람 대표는 조직을 바꿨다.")
    # a question without 이미 asks no such thing
    assert not not_yet(_toks("도하람 대표는 취임하나?"), "도하람 대표는 다음 달 취임한다.")


def test_another_day_of_the_same_count_says_no():
    q = "마태은 박사는 첫날 발표했나?"
    assert other_ordinal(q, "설명회 둘째 날에는 마태은 박사가 발표한다.")
    assert other_ordinal(q, "마태은 박사는 첫날이 아니라 둘째 날 발표한다.")
    assert not other_ordinal(q, "설명회 첫날에는 마태은 박사가 발표한다.")
    assert not other_ordinal(q, "마태은 박사는 첫 주주총회에서 발표한다.")  # no day named
    assert not other_ordinal("마태은 박사는 발표했나?", "둘째 날에는 마태은 박사가 발표한다.")


def test_late_is_no_to_at_once():
    q = _toks("새솔랩은 고장을 곧바로 보건당국에 보고했나?")
    assert delayed(q, "새솔랩은 보고를 두 달 넘게 미뤘다.")
    assert delayed(q, "새솔랩은 고장 사흘 뒤에야 보건당국에 보고했다.")
    assert delayed(q, "새솔랩은 한 달이 지나서야 보고했다.")
    assert not delayed(q, "새솔랩은 고장 당일 보건당국에 보고했다.")
    assert not delayed(_toks("새솔랩은 보건당국에 보고했나?"), "새솔랩은 보고를 미뤘다.")


def test_reported_at_once(kb):
    ans = kb.ask("새솔랩은 장비 고장을 곧바로 보건당국에 보고했나?")
    assert ans.answer == "아니오", ans.sentence
    assert "미뤄" in ans.evidence[0].text


def test_a_plan_word_of_the_next_clause_is_no_plan_of_the_predicate():
    assert polarity("새솔랩이 혁신 과제에 선정되면서 인수가 추진됐다.", {"선정"}) == "yes"
    assert polarity("한결제약은 새솔랩 인수를 추진하고 있다.", {"인수"}) == "no"


def test_still_before_it_is_not_yet():
    assert polarity("새솔랩 신약의 임상 3상 진입은 아직 전이다.", {"진입"}) == "no"
    assert polarity("상장 전인 새솔랩은 투자를 더 받는다.", {"상장"}) == "no"
    # "전" only modifying another noun is no predicate ("상장 전 마지막 투자")
    assert polarity("새솔랩은 상장 전 마지막 투자를 유치했다.", {"투자", "유치"}) == "yes"


def test_keeping_the_name_is_the_opposite_of_changing_it():
    text = "한결제약은 이사회 4석을 가져가되, 연구소와 사명은 그대로 두기로 했다."
    assert polarity(text, {"사명", "바꾸"}) == "no"
    assert polarity("새솔랩의 사명은 유지한다.", {"사명", "바꾸"}) == "no"


def test_the_graph_edge_of_a_timed_relation_does_not_answer(kb):
    ans = kb.ask("한결제약은 인수 후 새솔랩의 사명을 바꾸나?")
    assert ans.answer == "아니오", ans.sentence
    assert "그대로" in ans.evidence[0].text
    assert not asks_relation(_read(kb, "한결제약은 인수 후 새솔랩의 사명을 바꾸나?"))
    # the acquisition itself is still asked and answered by the graph
    assert kb.ask("한결제약이 새솔랩을 인수했나?").answer == "예"


def test_already_appointed_is_not_yet(kb):
    ans = kb.ask("도하람 대표는 이미 공식 취임했나?")
    assert ans.answer == "아니오", ans.sentence
    assert "취임한다" in ans.evidence[0].text


def test_already_asked_of_what_is_only_planned(kb):
    q = _toks("솔바디는 이미 희귀의약품 지정을 받았나?")
    assert not_yet(q, "회사는 다음 달 희귀의약품 지정을 신청할 예정이다.")
    assert not not_yet(q, "솔바디는 지난 3월 희귀의약품 지정을 받았다.")
    ans = kb.ask("솔바디는 이미 미국 식품의약국의 희귀의약품 지정을 받았나?")
    assert ans.answer == "아니오", ans.sentence
    assert "신청할 예정" in ans.evidence[0].text


def test_chosen_before_a_following_clause(kb):
    ans = kb.ask("새솔랩은 바이오 혁신 과제에 선정됐나?")
    assert ans.answer == "예", ans.sentence


def test_presenting_on_another_day(kb):
    ans = kb.ask("마태은 박사는 설명회 첫날 발표했나?")
    assert ans.answer == "아니오", ans.sentence
    assert "둘째 날" in ans.evidence[0].text
    assert kb.ask("마태은 박사는 설명회 둘째 날 발표했나?").answer == "예"


def test_an_english_yes_no_question_is_read_with_its_gloss(kb):
    from search.asked_clause import asked_words

    q = _read(kb, "Will Saesol Lab's co-founders stay after the acquisition?")
    assert asked_words(q)[-1] >= {"남"}  # the verb's gloss is what the clause must state
    ans = kb.ask("Will Saesol Lab's co-founders stay after the acquisition?")
    assert ans.answer == "예", ans.sentence
    assert "남는다" in ans.evidence[0].text


def _read(kb, text: str):
    from search.question import analyze_question

    return analyze_question(text, kb.snapshot().extraction)
