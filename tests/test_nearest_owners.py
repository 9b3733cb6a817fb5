"""search/nearest_owners.py: a far figure of another company loses to the asked company's own
bracketed figure in the same sentence ("A가 … 48.2%를 차지한 가운데 B(31.5%)"), and a short
group name links to its article's "…지주" name (search/suffixed_names.py).  Unit branches on
hand-made inputs; the whole path with real Kiwi, e5 embeddings and FAISS on an invented
article."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from article_kb import article_kb

from search.attributes import _linked, _qualified
from search.nearest_owners import _last_name, nearest_owned
from search.question import Question
from search.reader import Candidate
from search.spans import Span
from search.suffixed_names import _with_suffix, suffixed_entity

ROW = (
    "점유율은 가온텔레콤이 과반에 조금 못 미치는 48.2%를 차지한 가운데 누리넷(31.5%)이 뒤를 이었다."
)


def _cand(text: str, sentence: str, probability: float = 0.5, entity=None) -> Candidate:
    start = sentence.index(text)
    span = Span(text=text, start=start, end=start + len(text), first=0, last=0)
    return Candidate(
        text=text, passage=0, span=span, features={}, probability=probability, entity=entity
    )


def _ri(sentence: str, *names: str):
    mentions = [
        {"id": n, "start": sentence.index(n), "end": sentence.index(n) + len(n), "type": "Company"}
        for n in names
    ]
    return SimpleNamespace(passages=[SimpleNamespace(text=sentence, entities=mentions)])


def _asked(text: str, *names: str) -> Question:
    return Question(text, entities=[(n, "") for n in names])


def test_the_far_figure_of_another_name_is_dropped_and_gives_its_belief():
    ri = _ri(ROW, "가온텔레콤", "누리넷")
    far, own = _cand("48.2%", ROW, 0.7), _cand("31.5%", ROW, 0.3)
    word = _cand("점유율", ROW, 0.1)  # no figure: untouched
    kept = nearest_owned(_asked("누리넷 점유율은?", "누리넷"), ri, [far, own, word])
    assert [c.text for c in kept] == ["31.5%", "점유율"]
    assert sum(c.probability for c in kept) == pytest.approx(1.1)


def test_nothing_changes_without_an_asked_name():
    ri = _ri(ROW, "가온텔레콤", "누리넷")
    cands = [_cand("48.2%", ROW), _cand("31.5%", ROW)]
    assert nearest_owned(Question("점유율은?"), ri, cands) == cands


def test_nothing_changes_when_the_asked_name_owns_no_figure_there():
    # 가온텔레콤's figure is far from its name: owned by no one near, so the row stays
    ri = _ri(ROW, "가온텔레콤", "누리넷")
    cands = [_cand("48.2%", ROW), _cand("31.5%", ROW)]
    assert nearest_owned(_asked("가온텔레콤 점유율은?", "가온텔레콤"), ri, cands) == cands


def test_a_far_figure_after_the_asked_name_itself_stays():
    sentence = "누리넷(31.5%)은 크게 늘어 올해 목표치 40%에 다가섰다."
    ri = _ri(sentence, "누리넷")
    cands = [_cand("31.5%", sentence), _cand("40%", sentence)]
    assert nearest_owned(_asked("누리넷 점유율은?", "누리넷"), ri, cands) == cands


def test_a_figure_with_no_name_before_it_stays():
    sentence = "전체 48.2% 가운데 누리넷(31.5%)이 가장 많았다."
    ri = _ri(sentence, "누리넷")
    cands = [_cand("48.2%", sentence), _cand("31.5%", sentence)]
    assert nearest_owned(_asked("누리넷 점유율은?", "누리넷"), ri, cands) == cands
    assert _last_name(sentence, ri.passages[0].entities, 3) is None


def test_a_date_the_graph_marks_is_no_owner():
    sentence = "누리지회는 2023년 4월 설립됐으며, 조합원은 약 620명이다."
    ri = _ri(sentence, "누리지회")
    ri.passages[0].entities.append(
        {
            "id": "2023-04",
            "start": sentence.index("2023"),
            "end": sentence.index("설립"),
            "type": "Date",
        }
    )
    cands = [_cand("620명", sentence), _cand("2023년 4월", sentence)]
    assert nearest_owned(_asked("누리지회 조합원 수", "누리지회"), ri, cands) == cands


def test_an_entity_candidate_is_no_figure_to_drop():
    ri = _ri(ROW, "가온텔레콤", "누리넷")
    name = _cand("가온텔레콤", ROW, 0.2, entity="가온텔레콤")
    own = _cand("31.5%", ROW, 0.3)
    assert nearest_owned(_asked("누리넷 점유율은?", "누리넷"), ri, [name, own]) == [name, own]


@pytest.mark.parametrize(
    ("word", "index", "found"),
    [
        ("가온금융", {"가온금융지주": "g"}, "g"),
        ("나래", {"나래홀딩스": "n"}, "n"),
        ("가온금융", {}, None),  # no such entity
        ("가온", {"가온지주": "a", "가온그룹": "b"}, None),  # two: no guess
        ("가", {"가지주": "a"}, None),  # one letter is no name
    ],
)
def test_a_short_group_name_links_to_its_suffixed_entity(word, index, found):
    assert suffixed_entity(word, index) == found


def test_the_suffix_rule_takes_its_suffixes():
    assert _with_suffix("가온금융", {"가온금융지주": "g"}, ("홀딩스",)) is None


ARTICLE = (
    "통신 3사 점유율 5:3:2 유지\n"
    "지난달 이동통신 시장 점유율은 가온텔레콤이 과반에 조금 못 미치는 48.2%를 차지한 가운데 "
    "누리넷(31.5%), 다온모바일(20.3%)이 뒤를 이었다.\n"
    "한결금융지주는 올해 3분기까지 누적 순이익 3조2150억원을 기록했다고 28일 밝혔다. "
    "5대 금융지주의 3분기 누적 순이익은 약 12조원으로 집계됐다.\n"
    "계열사 가운데 한결증권은 1250억원의 당기순이익을 달성했고, 한결캐피탈은 순이익이 줄었다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nearest", "통신 점유율") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("누리넷 점유율 몇 %?", "31.5%"),  # not 가온텔레콤's 48.2%
        ("한결금융 3분기 누적 순이익", "3조2150억원"),  # "한결금융" is 한결금융지주
        ("한결증권 순이익은?", "1250억원"),  # "1250억원의 당기순이익": 순이익 (attributes.py)
    ],
)
def test_on_an_article(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer == figure, ans


@pytest.mark.parametrize(
    ("after", "linked"),
    [
        ("의 당기순이익을 달성했다", True),  # a qualifier glued before the attribute
        ("의 연결 매출을 올렸다", False),  # 연결 for 순이익 asked: another attribute
        ("의 순이익을 냈다", True),  # the attribute itself
        ("의 당기 손실을 냈다", False),  # a qualifier before another word
        ("을 투자했다", False),  # no link
    ],
)
def test_a_qualified_attribute_after_its_figure(after, linked):
    assert _linked(after, ["의"], ("순이익",)) is linked


def test_the_qualifier_may_stand_apart():
    assert _qualified("연결 매출을", ("매출",))
    assert not _qualified("매출을", ("순이익",))
