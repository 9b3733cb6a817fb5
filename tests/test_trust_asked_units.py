"""Every branch of the rules that make answers fit what is asked (search/asked_items.py,
search/new_names.py, search/ever_asked.py, search/event_dates.py ``_tells_event``), on
sentences written for the test; real Kiwi."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest

from kg.model import Sentence
from search.asked_items import _clauses, asked_items, edge_fits, item_words, paragraph_of
from search.event_dates import _tells_event, asked_event, event_dated
from search.ever_asked import _told_past, ever_event, ever_stated
from search.new_names import asks_new_name, renamed_only, writes_renaming
from search.passages import sentence_tokens


@pytest.mark.parametrize(
    ("question", "spans", "items"),
    [
        ("A사 단지에 터빈을 공급하는 회사는?", [(0, 2)], ["터빈"]),
        ("A사와 업무협약을 맺은 곳은?", [(0, 2)], ["업무협약"]),
        ("A사와 협약을 맺은 곳은?", [(0, 2)], []),  # the relation's own word asks nothing more
        ("A사에 GPU를 공급하는 회사는?", [(0, 2)], []),  # a Latin word: a code, a round
        ("A사는 누구에게 무엇을 공급하나?", [(0, 2)], []),  # no noun before 을
        ("A사와 영상 공급이나 판매 계약을 맺은 곳은?", [(0, 2)], []),  # either of two
        ("A사에 칩 및 보드를 공급한 곳은?", [(0, 2)], []),
        ("하늘소와 업무협약을 맺은 곳은?", [(0, 3)], ["업무협약"]),  # the partner is a name
        ("누리칩을 공급하는 곳은?", [(0, 3)], []),  # the item is a name the question gives
        ("A사 투자 규모는?", [(0, 2)], []),  # no 을/를
    ],
)
def test_asked_items(question, spans, items):
    assert asked_items(sentence_tokens(question), spans) == items


def test_item_words_of_a_question_without_tokens_are_none():
    assert item_words(NS(tokens=[], spans=[])) == []


def test_item_words_leave_the_round_to_other_rules():
    q = NS(tokens=sentence_tokens("A사 시리즈C에 참여한 투자사를 알려줘"), spans=[(0, 2)])
    assert item_words(q) == []
    q = NS(tokens=sentence_tokens("A사 시리즈A를 리드한 투자사는?"), spans=[(0, 2)])
    assert item_words(q) == []


def test_clauses_split_after_a_connective_and_a_comma():
    text = "발전기로는 B사 터빈이 들어가며, 해저 케이블은 C사가 공급한다."
    assert [text[a:b] for a, b in _clauses(text)] == [
        "발전기로는 B사 터빈이 들어가며,",
        " 해저 케이블은 C사가 공급한다.",
    ]


def _ex(texts: list[tuple[int, str]], ents: dict):
    sents = {
        f"d#{i}": Sentence(id=f"d#{i}", doc_id="d", index=i, paragraph=p, start=0, text=t)
        for i, (p, t) in enumerate(texts)
    }
    return NS(sentences=sents, sentence_entities=ents)


def _rel(ex, *sids):
    return NS(evidence=[NS(sentence_id=s, text=ex.sentences[s].text) for s in sids])


SUPPLY = "발전기로는 B사 터빈이 들어가며, 해저 케이블은 C사가 공급한다."
PARTNER = "A사가 D기관과 손잡고 상품을 내놓는다."
AGREED = "두 기관은 업무협약을 맺었다."
OTHER = "A사는 지난해 E사와 송객 제휴를 맺었다."


@pytest.fixture
def ex():
    ents = {
        "d#0": [("B", 6, 8), ("C", 33, 35)],
        "d#1": [("A", 0, 2), ("D", 4, 7)],
        "d#3": [("A", 0, 2), ("E", 8, 10)],
    }
    return _ex([(0, SUPPLY), (1, PARTNER), (1, AGREED), (2, OTHER)], ents)


def test_an_edge_fits_when_nothing_is_asked(ex):
    assert edge_fits(ex, _rel(ex, "d#0"), "C", [])


def test_an_item_written_in_another_clause_does_not_fit(ex):
    assert not edge_fits(ex, _rel(ex, "d#0"), "C", ["터빈"])
    assert edge_fits(ex, _rel(ex, "d#0"), "B", ["터빈"])
    assert edge_fits(ex, _rel(ex, "d#0"), "C", ["케이블"])


def test_an_item_of_the_paragraph_fits_and_one_of_no_sentence_does_not(ex):
    assert edge_fits(ex, _rel(ex, "d#1"), "D", ["업무협약"])
    assert not edge_fits(ex, _rel(ex, "d#3"), "E", ["업무협약"])


def test_a_sentence_without_the_answer_s_mention_reads_the_whole_sentence(ex):
    assert edge_fits(ex, _rel(ex, "d#0"), "Z", ["터빈"])


@pytest.mark.parametrize("sid", ["d#9", "nohash", "d#x"])
def test_paragraph_of_an_unknown_or_odd_id_is_empty(ex, sid):
    ex.sentences = (
        {**ex.sentences, sid: Sentence(sid, "d", 0, 0, 0, "")} if sid != "d#9" else ex.sentences
    )
    assert paragraph_of(ex, sid) == []


@pytest.mark.parametrize(
    ("question", "new"),
    [
        ("합병 법인의 새 이름은 무엇인가?", True),
        ("바뀐 사명은?", True),
        ("A사의 새로운 명칭은 무엇인가?", True),
        ("합병 법인의 이름은 무엇인가?", False),
        ("새 대표는 누구인가?", False),
    ],
)
def test_asks_new_name(question, new):
    assert asks_new_name(question) is new


def test_writes_renaming():
    assert writes_renaming("합병 법인은 사명을 '한빛'으로 바꾼다.")
    assert not writes_renaming("두 농협은 합병안을 가결했다.")


def _cands(*rows):
    ri = NS(passages=[NS(text=t) for t, _ in rows])
    cands = [NS(passage=i, entity=e) for i, (_, e) in enumerate(rows)]
    return ri, cands


def test_renamed_only_keeps_a_name_a_renaming_gives():
    ri, cands = _cands(
        ("두 농협은 합병안을 가결했다.", {"id": "old"}),
        ("합병 농협은 '한빛농협'이라는 이름으로 출범한다.", None),
        ("A사는 사명을 B로 바꾼다.", {"id": "A"}),
    )
    q = NS(english=False, text="합병 농협의 새 이름은?", entities=[("A", "")])
    assert renamed_only(q, ri, cands) == [cands[1]]


@pytest.mark.parametrize(
    "q",
    [
        NS(english=True, text="새 이름은?", entities=[]),
        NS(english=False, text="A사의 이름은?", entities=[]),
    ],
)
def test_renamed_only_leaves_other_questions_alone(q):
    ri, cands = _cands(("두 농협은 합병안을 가결했다.", None))
    assert renamed_only(q, ri, cands) == cands
    assert renamed_only(q, ri, []) == []


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("두 농협의 합병안이 부결된 적이 있나?", "부결"),
        ("H는 한국에 온 적이 있나?", "오"),
        ("E사가 상장을 추진한 바 있나?", "추진"),
        ("C씨는 D사에서 일한 적이 있어?", ""),  # a noun of one syllable
        ("A사는 B에 투자했나?", ""),
        ("A사는 B에 투자한 적이 없나?", ""),
        ("적은 금액인가?", ""),
    ],
)
def test_ever_event(question, event):
    assert ever_event(sentence_tokens(question)) == event


@pytest.mark.parametrize(
    ("text", "event", "told"),
    [
        ("두 농협의 합병안은 한 차례 부결된 바 있다.", "부결", True),
        ("앞서 두 기관은 협업을 통해 추진, 성과를 거뒀으며 앞으로 협력에 나선다.", "협업", True),
        ("A사는 B사에 투자하지 않았다.", "투자", False),
        ("A사는 B사에 투자할 계획이다.", "투자", False),
        ("A사는 B사에 투자한다.", "부결", False),
    ],
)
def test_told_past(text, event, told):
    assert _told_past(sentence_tokens(text), event) is told


def test_ever_stated_needs_the_names_and_an_event():
    hits = [NS(text="A사는 B사에 투자하지 않았다."), NS(text="A사는 2019년 B사에 투자한 바 있다.")]
    toks = sentence_tokens("A사는 B사에 투자한 적이 있나?")
    assert ever_stated(toks, hits, lambda h: True) is hits[1]
    assert ever_stated(toks, hits, lambda h: False) is None
    assert ever_stated(sentence_tokens("A사는 B사에 투자했나?"), hits, lambda h: True) is None


def _dated(*texts):
    passages = [NS(tokens=sentence_tokens(t)) for t in texts]
    return NS(passages=passages), [
        NS(passage=i, span=NS(), features={"cand=date": 1.0}) for i in range(len(texts))
    ]


def test_tells_event():
    relation = "FOUNDED_IN"
    ri, cands = _dated("A사는 2028년부터 부품을 공급한다.")
    assert not _tells_event(relation, ri, cands)
    ri, cands = _dated("A사는 2019년 문을 열고 설립 허가를 받았다.")
    assert _tells_event(relation, ri, cands)
    ri, cands = _dated("2021년 동료와 둘이서 회사를 차렸다.")  # resources/event_words.toml
    assert _tells_event(relation, ri, cands)
    assert _tells_event(relation, ri, [NS(passage=0, span=None, features={})])
    ri, cands = _dated("B사는 새 모델을 2024년 출시했다.")  # a release tells no founding
    assert not _tells_event(relation, ri, cands)
    # "내놨다" is one verb Kiwi reads as 내 + 어 + 놓: it tells a release (내놓)
    ri, cands = _dated("C사는 2012년 첫 브랜드를 내놨다.")
    assert _tells_event("RELEASED_IN", ri, cands)
    assert not _tells_event(relation, ri, cands)


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("거가대교는 언제 착공됐나?", "착공"),
        ("A사는 언제 세웠나?", ""),  # a verb of its own
        ("1호기는 언제 상업 운전을 시작하나?", ""),  # an act on an object
        ("A사 설립 시기는?", ""),  # no 언제
    ],
)
def test_asked_event(question, event):
    assert asked_event(sentence_tokens(question)) == event


def test_an_event_no_sentence_read_writes_has_no_date():
    q = NS(tokens=sentence_tokens("B다리는 언제 착공됐나?"), english=False, relation="")
    ri, cands = _dated("B다리는 지난 13일 개통했다.")
    ri.passages[0].text = "B다리는 지난 13일 개통했다."
    assert event_dated(q, ri, cands) == []
    ri.passages[0].text = "B다리는 2020년 착공해 지난 13일 개통했다."
    assert event_dated(q, ri, cands) == cands
    assert event_dated(NS(**{**vars(q), "english": True}), ri, cands) == cands
