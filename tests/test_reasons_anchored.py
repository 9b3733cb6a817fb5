"""Reasons, named reasons and a package's items as Korean news writes them (round 20 missed
them): the cause written right before what the question asks happened ("추가 투자 유치에
실패해 더는 서비스를"), what a sentence names as a reason or a weakness ("X를 감점 사유로
들었다", "X가 약점으로 꼽혀 왔다", "X라고 이유를 설명했다"), the reason after "데 따른 것",
and the items before a verb of holding ("A와 B를 묶은 상품").  Real Kiwi, real e5 embeddings,
real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.resolve import Extraction
from search.answer_types import read_asked
from search.caused import anchored_cause, clause_start, event_words, list_comma
from search.contents import asks_contents, contents_items
from search.motives import reason_clause
from search.named_as import asked_names, named_as, naming_nouns
from search.passages import sentence_tokens
from search.question import analyze_question

ARTICLE = (
    "음악교육 앱 소리마루, 서비스 종료\n\n"
    "피아노 교육 앱을 운영해 온 스타트업 소리마루가 다음 달 15일 서비스를 종료한다. "
    "회사는 공지에서 “후속 투자 유치에 실패해 더는 서비스를 운영하기 어렵다”고 밝혔다. "
    "법원은 채권자들의 가압류를 막기 위해 같은 날 보전처분을 내렸다.\n\n"
    "심사위원회는 대주주가 편성에 개입한 정황을 주된 감점 사유로 들었다. "
    "대부분 무료 이용자에 머물러 결제율이 낮다는 점이 약점으로 꼽혀 왔다.\n\n"
    "소리마루가 내놓은 '여름 연습패스'는 레슨 영상 40편과 악보 내려받기 이용권을 묶은 "
    "상품이다. 이번 이용료 인상은 저작권료가 크게 오른 데 따른 것이다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "sori", "소리마루 서비스 종료") as kb:
        yield kb


def _toks(text: str) -> list:
    return list(sentence_tokens(text))


def analyze(text: str):
    return analyze_question(text, Extraction())


# caused.py


def test_the_cause_right_before_the_event():
    text = "회사는 “후속 투자 유치에 실패해 더는 서비스를 운영하기 어렵다”고 밝혔다."
    assert anchored_cause(text, {"서비스"}) == "후속 투자 유치에 실패해"
    assert anchored_cause("공사가 끝나지 않아 개통을 미뤘다.", {"개통"}) == "공사가 끝나지 않아"


def test_no_event_word_no_cause():
    assert anchored_cause("공사가 끝나지 않아 개통을 미뤘다.", set()) is None
    assert anchored_cause("공사가 끝나지 않아 개통을 미뤘다.", {"폐업"}) is None


def test_an_ending_before_an_auxiliary_is_no_cause():
    # "운영해 온": 어 then the auxiliary 오, no cause of 서비스
    assert anchored_cause("앱을 운영해 온 소리마루가 서비스를 종료한다.", {"서비스"}) is None


def test_a_verb_that_ties_a_phrase_is_no_cause():
    text = "신촌점을 비롯해 매장 세 곳이 문을 닫는다."
    assert anchored_cause(text, {"매장"}) is None


def test_a_noun_of_cause_and_its_particle():
    text = "비가 오는 중에 칠을 하는 바람에 도색이 벗겨졌다."
    assert anchored_cause(text, {"벗겨지"}) == "비가 오는 중에 칠을 하는 바람에"


def test_the_clause_begins_after_a_clause_that_ends_before_it():
    text = "자금 지원을 요청했지만 채권단이 거부하면서 결국 법정관리를 택했다."
    assert anchored_cause(text, {"택하"}) == "채권단이 거부하면서"


def test_an_empty_clause_is_none():
    # a noun of cause right after the opening quote: nothing before it is its clause
    assert anchored_cause("“바람에 서비스를 접는다”", {"서비스"}) is None


def test_a_strong_ending_stands_anywhere():
    text = "조합원들이 배당 축소를 우려하면서 한 차례 부결됐다."
    assert anchored_cause(text, set(), strong_only=True) == "조합원들이 배당 축소를 우려하면서"
    assert anchored_cause("공사가 끝나지 않아 미뤘다.", set(), strong_only=True) is None


def test_a_comma_of_a_row_is_held():
    toks = _toks("니켈, 크롬 등 원자재 값이 올랐다.")
    assert list_comma(toks, 1)
    assert not list_comma(_toks("값이 올라, 가격을 올렸다."), 3)
    assert clause_start(toks, len(toks) - 1) == 0


def test_a_sentence_that_shares_no_word_of_the_event_gives_no_cause_of_its_own():
    from search.motives import _reason_in

    q = analyze("두 조합이 합병을 반대한 이유는?")
    shared = "합병 논의는 시작됐지만, 조합원들이 배당 축소를 우려하면서 부결됐다."
    words = event_words(q)
    assert _reason_in(q, shared, words, True, "before") == "조합원들이 배당 축소를 우려하면서"
    other = "이번 조사는 경쟁사가 신고하면서 늘었다."
    assert _reason_in(q, other, words, True, "before") is None
    assert _reason_in(q, shared, words, False, "before") is None
    # a reason written as one is read on its own pass
    assert _reason_in(q, shared, words, True, "written") is None
    written = "합병 반대는 배당이 줄 것이라는 우려 때문이다."
    assert _reason_in(q, written, words, False, "written") == "배당이 줄 것이라는 우려 때문"


def test_a_reason_named_of_another_event_is_not_read():
    from search.motives import _reason_in

    q = analyze("산성터널이 비판을 받은 이유는?")
    text = "시는 공사가 늦어진 이유로 장마를 꼽았다."
    assert _reason_in(q, text, event_words(q), False, "written") is None
    q = analyze("공사가 늦어진 이유는?")
    assert _reason_in(q, text, event_words(q), False, "written") == "장마"
    assert _reason_in(q, text, set(), False, "written") == "장마"


def test_a_meeting_held_is_no_cause():
    text = "누리화학은 이날 이사회를 열어 한지성 부사장을 대표로 선임했다."
    assert anchored_cause(text, {"선임"}) is None


def test_the_event_words_of_a_question():
    words = event_words(analyze("소리마루가 서비스를 종료하는 이유는?"))
    assert {"서비스", "종료"} <= words
    assert "이유" not in words


# named_as.py


def test_what_a_sentence_names_as_a_reason():
    text = "심사위원회는 대주주가 편성에 개입한 정황을 주된 감점 사유로 들었다."
    assert named_as(text, {"사유"}) == "대주주가 편성에 개입한 정황"


def test_what_is_named_as_a_weakness():
    text = "대부분 무료 이용자에 머물러 결제율이 낮다는 점이 약점으로 꼽혀 왔다."
    assert named_as(text, {"약점"}) == "대부분 무료 이용자에 머물러 결제율이 낮다는 점"


def test_the_reason_named_after_its_noun():
    text = "구청은 공사가 늦어진 이유로 장마, 교통 혼잡을 꼽았다."
    assert named_as(text, {"이유"}) == "장마, 교통 혼잡"
    assert named_as("구청은 개인적인 이유로 공사를 미뤘다.", {"이유"}) is None


def test_the_reason_told_before_its_noun():
    text = "회사는 원가가 70% 올랐다고 가격 인상의 이유를 설명했다."
    assert named_as(text, {"이유"}) == "원가가 70% 올랐다"
    assert named_as("회사는 가격 인상의 이유를 설명했다.", {"이유"}) is None


def test_the_object_of_a_noun_of_reason():
    text = "당초 10월이었으나 발사업체가 탑재체의 준비 지연을 이유로 일정을 미뤘다."
    assert named_as(text, {"이유"}) == "발사업체가 탑재체의 준비 지연"
    assert named_as("“지연을 이유로 미뤘다”", {"이유"}) == "지연"
    assert anchored_cause("위성은 로켓에 실려 발사된다.", {"발사"}) is None


def test_no_noun_no_name():
    assert named_as("정황을 감점 사유로 들었다.", set()) is None
    assert named_as("시는 공사가 늦어졌다고 밝혔다.", {"이유"}) is None
    # the particle is out of reach or a topic stands between
    assert named_as("그는 사유로 들었다.", {"사유"}) is None


def test_the_nouns_a_question_asks_named():
    assert naming_nouns(analyze("경북 관광의 약점으로 꼽혀 온 것은?")) == {"약점"}
    assert naming_nouns(analyze("감점 사유는?")) == set()
    assert asked_names(analyze("주된 감점 사유는?")) == {"사유"}


# motives.py: "데 따른 것", a clause of purpose set aside


def test_the_reason_before_it_followed():
    text = "이번 인상은 니켈, 크롬 등 원자재 값이 오른 데 따른 것이다."
    assert reason_clause(text, purposes=False) == "니켈, 크롬 등 원자재 값이 오른"
    assert reason_clause("이번 인상은 원가 상승에 따른 것이다.") == "원가 상승"
    assert reason_clause("이에 따라 가격이 오른다.", purposes=False) is None


def test_a_purpose_only_when_asked_for():
    text = "법원은 가압류를 막기 위해 보전처분을 내렸다."
    assert reason_clause(text) == "가압류를 막기 위해"
    assert reason_clause(text, purposes=False) is None


# contents.py


def test_the_items_before_a_verb_of_holding():
    text = "이 패스는 레슨 영상 40편과 악보 내려받기 이용권을 묶은 상품이다."
    assert contents_items(text) == ["레슨 영상 40편", "악보 내려받기 이용권"]
    assert contents_items("패키지는 객실 1박 등이 포함됐다.") == ["객실 1박"]
    assert contents_items("세트는 머핀, 쿠키 및 우유 2잔 등으로 구성된다.") == [
        "머핀",
        "쿠키",
        "우유 2잔",
    ]
    assert contents_items("회사는 서울에 본사를 둔다.") == []
    assert contents_items("할인 혜택 제공에 나선다.") == []


def test_a_question_of_what_a_thing_holds():
    q = analyze("여름 연습패스에는 무엇 무엇이 포함되나?")
    assert asks_contents(q, read_asked(q.tokens))
    q = analyze("여름 연습패스는 언제 나오나?")
    assert not asks_contents(q, read_asked(q.tokens))
    q = analyze("소리마루는 무엇을 만드나?")
    assert not asks_contents(q, read_asked(q.tokens))


# the whole path, on a knowledge base


def test_why_a_service_ends(kb):
    ans = kb.ask("소리마루가 서비스를 종료하는 이유는?")
    assert ans.answer == "후속 투자 유치에 실패해", ans.answer


def test_the_named_reason(kb):
    ans = kb.ask("심사위원회가 든 주된 감점 사유는?")
    assert ans.answer == "대주주가 편성에 개입한 정황", ans.answer


def test_the_named_weakness(kb):
    ans = kb.ask("소리마루의 약점으로 꼽혀 온 것은?")
    assert "결제율이 낮다" in ans.answer, ans.answer


def test_what_the_pass_holds(kb):
    ans = kb.ask("여름 연습패스에는 무엇 무엇이 포함되나?")
    assert "레슨 영상 40편" in ans.answer and "악보 내려받기 이용권" in ans.answer, ans.answer


def test_why_the_fee_rose(kb):
    ans = kb.ask("이용료 인상의 배경은?")
    assert "저작권료가 크게 오른" in ans.answer, ans.answer
