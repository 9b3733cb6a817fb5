"""Yes/no questions whose sentence states the predicate of another party (issue 13): "B가
주도했고 A도 참여했다" answers 아니오 to "A가 주도했나?" and 예 to "B가 주도했나?" and "A도
참여했나?".  Real Kiwi, real e5 embeddings, real FAISS; the shipped reader and calibration.
The article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.asked_clause import clause_polarity
from search.other_party import filled_by_other
from search.passages import sentence_tokens

ARTICLE = (
    "가람모빌리티, 80억원 시리즈A 투자 유치\n"
    "전기 스쿠터 공유 기업 가람모빌리티가 80억원 규모의 시리즈A 투자를 유치했다고 3일 밝혔다. "
    "이번 투자는 새봄인베스트먼트가 주도했고 기존 투자사인 한결파트너스도 참여했다. "
    "같은 날 새봄인베스트먼트는 일본 배터리 기업 미나토에너지에 지분을 투자했다고 밝혔다. "
    "가람모빌리티는 투자금으로 부산과 대구에 스쿠터 2000대를 새로 배치한다. "
    "배터리 교환소 구축 컨소시엄은 다올클라우드를 주관사로 지도 기업 누리맵스와 함께 꾸렸다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "parties", "가람모빌리티 시리즈A") as kb:
        yield kb


def test_another_party_before_the_predicate_is_no(kb):
    ans = kb.ask("한결파트너스가 이번 투자를 주도했나?")  # 예 at 66f7272
    assert ans.answer == "아니오", (ans.answer, ans.method, ans.confidence, ans.sentence)
    assert ans.confidence < 0.8
    assert "새봄인베스트먼트가 주도했고" in ans.evidence[0].text


def test_a_noun_the_question_splits_is_the_sentences_one_word(kb):
    ans = kb.ask("누리맵스가 컨소시엄 주관사인가?")  # 예 at 66f7272: 주관/사 is not 주관사
    assert ans.answer == "아니오", (ans.answer, ans.method, ans.confidence, ans.sentence)
    assert "다올클라우드를 주관사로" in ans.evidence[0].text


@pytest.mark.parametrize(
    "question",
    [
        "새봄인베스트먼트가 이번 투자를 주도했나?",
        "한결파트너스도 이번 투자에 참여했나?",
    ],
)
def test_the_party_before_its_own_predicate_is_yes(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "예", (ans.answer, ans.method, ans.confidence, ans.sentence)


def _company(eid: str, text: str, name: str) -> dict:
    start = text.index(name)
    return {"id": eid, "type": "Company", "start": start, "end": start + len(name)}


def test_a_party_written_after_a_modifying_word_is_its_own():
    # "출신" and "돌아가는" modify the name after them: that name is their party
    text = "가온은 구글 출신 인재를 영입했고 인터넷 없이 돌아가는 모델 '나래'도 내놓았다."
    ents = [_company("g", text, "가온"), _company("n", text, "나래")]
    ents[1]["type"] = ents[0]["type"]
    assert not filled_by_other(text, ents, {"n": "Company"}, {"돌아가"})


def test_a_question_word_written_only_inside_a_sentence_word_does_not_crash():
    # 'max() arg is an empty sequence' at 66f7272: the question's 주관/사 found in the
    # clause's joined morphemes ("주관사"), but no morpheme of its own to be the predicate
    toks = sentence_tokens("컨소시엄은 다올클라우드를 주관사로 누리맵스와 함께 꾸렸다.")
    assert clause_polarity(toks, ["컨소시엄", "주관", "사"]) is None


@pytest.mark.parametrize(
    ("text", "verb", "other"),
    [
        # "ㄴ 바 있는" after an auxiliary: the clause modifies the name after it
        ("다온시스템은 여러 지자체와 업무협약을 맺어온 바 있는 한결정보와 손잡았다.", "맺", False),
        ("다온시스템이 협약을 체결한 적이 있는 한결정보는 올해 사업을 따냈다.", "체결", False),
        ("다온시스템이 개발해 온 한결정보의 모델이 나왔다.", "개발", False),
        # the clause goes on in 있 and ends there: the name before it is the party
        ("다온시스템은 강원도와 업무협약을 맺은 적이 있고 한결정보는 처음이다.", "맺", True),
        ("다온시스템은 지자체와 업무협약을 맺어온 바 있고 한결정보도 참여했다.", "맺", True),
        # 바 with no 있 after it: the ETM itself ends the clause
        ("다온시스템이 협약을 맺은 바 한결정보는 빠졌다.", "맺", False),
    ],
)
def test_a_clause_closed_in_itda_modifies_the_name_after_it(text, verb, other):
    ents = [_company("d", text, "다온시스템"), _company("h", text, "한결정보")]
    assert filled_by_other(text, ents, {"h": "Company"}, {verb}) is other
