"""The branches of search/respective_figures.py on sentences written for the test (the whole
path, with real Kiwi and FAISS, is in tests/test_part_periods.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from search.question import Question
from search.reader import Candidate
from search.respective_figures import _names_before, _row_after, respective_figures
from search.spans import Span

TEXT = "가람과 다솔의 점유율은 각각 34%, 26%로 집계됐다."


def _cand(text: str, sentence: str, probability: float = 0.5) -> Candidate:
    start = sentence.index(text)
    span = Span(text=text, start=start, end=start + len(text), first=0, last=0)
    return Candidate(text=text, passage=0, span=span, features={}, probability=probability)


def _mentions(sentence: str, *names: str) -> list[dict]:
    return [
        {"id": n, "start": sentence.index(n), "end": sentence.index(n) + len(n), "type": "company"}
        for n in names
    ]


def _inputs(sentence: str, mentions: list[dict], named: set[str]):
    passage = SimpleNamespace(text=sentence, entities=mentions)
    ri = SimpleNamespace(passages=[passage], named=named, named_names=frozenset())
    snap = SimpleNamespace(extraction=SimpleNamespace(entities={}))
    return snap, ri


def test_the_named_ones_place_wins_and_takes_the_belief():
    snap, ri = _inputs(TEXT, _mentions(TEXT, "가람", "다솔"), {"다솔"})
    first, second = _cand("34%", TEXT, 0.6), _cand("26%", TEXT, 0.4)
    whole = _cand("34%, 26%", TEXT, 0.1)  # the row whole is no one name's: dropped
    word = _cand("점유율", TEXT, 0.1)  # no figure: untouched
    kept = respective_figures(Question("다솔 점유율은?"), snap, ri, [first, second, whole, word])
    assert [c.text for c in kept] == ["26%", "점유율"]
    assert sum(c.probability for c in kept) == pytest.approx(1.2)


@pytest.mark.parametrize(
    ("sentence", "names", "named", "question"),
    [
        (TEXT, ("가람", "다솔"), set(), "점유율은?"),  # no name asked
        (TEXT, ("가람", "다솔"), {"다솔"}, "What is Dasol's share?"),  # English: not read
        (
            "가람의 점유율은 34%, 다솔은 26%다.",
            ("가람", "다솔"),
            {"다솔"},
            "다솔 점유율은?",
        ),  # no 각각
        (TEXT, ("다솔",), {"다솔"}, "다솔 점유율은?"),  # one name for two figures: no pairing
        ("가람과 다솔의 점유율은 각각 34%로 같다.", ("가람", "다솔"), {"가람"}, "가람 점유율은?"),
    ],
)
def test_no_row_or_no_asked_name_leaves_the_figures(sentence, names, named, question):
    snap, ri = _inputs(sentence, _mentions(sentence, *names), named)
    cands = (
        [_cand("34%", sentence), _cand("26%", sentence)]
        if "26%" in sentence
        else [_cand("34%", sentence)]
    )
    q = Question(question, english=question.isascii())
    assert respective_figures(q, snap, ri, cands) == cands


def test_a_row_ends_at_a_word_and_names_end_at_a_figure():
    assert _row_after(TEXT, TEXT.index("각각") + 2) == [(16, 19), (21, 24)]
    assert _row_after("각각 늘어 34%", 2) == []  # a word before the first figure: no row
    assert len(_row_after("각각 34%, 그 뒤 26%", 2)) == 1  # words between: the row ends
    text = "가람 30%와 다솔의 점유율은 각각 34%, 26%"
    mentions = _mentions(text, "가람", "다솔")
    assert [m["id"] for m in _names_before(mentions, text.index("각각"), text)] == ["다솔"]
    text = "가람은 34%를 얻었고 각각 26%"  # a figure between the name and 각각
    assert _names_before(_mentions(text, "가람"), text.index("각각"), text) == []
    assert _names_before([], 5, TEXT) == []


def test_a_name_asked_by_an_alias_and_a_figure_outside_the_row():
    from kg.names import name_key

    text = TEXT + " 시장은 12% 커졌다."
    snap, ri = _inputs(text, _mentions(text, "가람", "다솔"), {"다른id"})
    ri.named_names = frozenset({name_key("다솔")})
    snap.extraction.entities = {"다솔": SimpleNamespace(aliases=["다솔"])}
    cands = [_cand("34%", text), _cand("26%", text), _cand("12%", text)]
    kept = respective_figures(Question("다솔 점유율은?"), snap, ri, cands)
    assert [c.text for c in kept] == ["26%", "12%"]  # 12% follows 각각 but is no row's


def test_both_names_asked_leaves_the_row():
    snap, ri = _inputs(TEXT, _mentions(TEXT, "가람", "다솔"), {"가람", "다솔"})
    cands = [_cand("34%", TEXT), _cand("26%", TEXT)]
    assert respective_figures(Question("가람과 다솔 점유율은?"), snap, ri, cands) == cands


GLOSSED = "한솔은 베트남 바람(Baram)과 누리(Nuri) 공장에 각각 300만 달러, 700만 달러를 쓴다."


def _glossed_mentions() -> list[dict]:
    spans = [("한솔", "한솔"), ("베트남", "베트남"), ("바람", "baram"), ("Baram", "baram")]
    spans += [("누리", "nuri"), ("Nuri", "nuri")]
    return [
        {"id": i, "start": GLOSSED.index(w), "end": GLOSSED.index(w) + len(w), "type": "company"}
        for w, i in spans
    ]


def test_names_glossed_in_brackets_after_a_place_pair_with_the_row():
    names = _names_before(_glossed_mentions(), GLOSSED.index("각각"), GLOSSED)
    # the gloss is one name with its Hangul form; the country before is joined by a space only
    assert [(m["id"], GLOSSED[m["start"] : m["end"]]) for m in names] == [
        ("베트남", "베트남"),
        ("baram", "바람"),
        ("nuri", "누리"),
    ]
    snap, ri = _inputs(GLOSSED, _glossed_mentions(), {"한솔", "nuri"})
    cands = [_cand("300만 달러", GLOSSED), _cand("700만 달러", GLOSSED)]
    kept = respective_figures(Question("한솔 누리 공장 투자 금액은?"), snap, ri, cands)
    assert [c.text for c in kept] == ["700만 달러"]  # the place before the row is trimmed


def test_a_row_name_asked_with_a_head_noun_after_it():
    from kg.names import name_key

    snap, ri = _inputs(GLOSSED, _glossed_mentions(), {"누리공장"})
    ri.named_names = frozenset({name_key("누리공장")})
    snap.extraction.entities = {"nuri": SimpleNamespace(aliases=["누리", "Nuri"])}
    cands = [_cand("300만 달러", GLOSSED), _cand("700만 달러", GLOSSED)]
    kept = respective_figures(Question("누리 공장 투자 금액은?"), snap, ri, cands)
    assert [c.text for c in kept] == ["700만 달러"]
    ri.named_names = frozenset({name_key("누리연구개발센터")})  # a longer word: another name
    assert respective_figures(Question("누리연구개발센터 투자는?"), snap, ri, cands) == cands


def test_a_question_naming_none_of_the_row_asks_the_figure_outside_it():
    text = GLOSSED + " 한솔은 베트남 공장에 1000만 달러를 투자한다."
    snap, ri = _inputs(text, _glossed_mentions(), {"한솔", "베트남"})
    cands = [_cand("300만 달러", text, 0.5), _cand("700만 달러", text, 0.3)]
    outside = _cand("1000만 달러", text, 0.2)
    kept = respective_figures(
        Question("한솔이 베트남 공장에 투자하는 금액은?"), snap, ri, [*cands, outside]
    )
    assert [c.text for c in kept] == ["1000만 달러"]
    assert kept[0].probability == pytest.approx(1.0)  # the row's belief goes to it
    # no figure outside a row: the row's figures stay, nothing better is written
    assert respective_figures(Question("한솔 공장 투자 금액은?"), snap, ri, cands) == cands


PLANTS = (
    "한솔섬유, 베트남 공장에 1000만 달러 투자\n"
    "한솔섬유는 생산량 확대를 위해 베트남 현지 공장에 1000만 달러를 투자한다고 5일 밝혔다. "
    "한솔섬유는 베트남 하롱(Halong)과 다낭(Danang) 공장에 각각 300만 달러, 700만 달러를 투자한다."
)


@pytest.fixture(scope="module")
def plants_kb(tmp_path_factory):
    from article_kb import article_kb

    with article_kb(tmp_path_factory, PLANTS, "plants", "한솔섬유 투자") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("한솔섬유가 베트남 공장에 투자하는 금액은?", "1000만 달러"),  # no one plant's part
        ("하롱 공장 투자 금액은?", "300만 달러"),  # glossed names pair with the row
        ("다낭 공장 투자 금액은?", "700만 달러"),
    ],
)
def test_a_row_of_glossed_plants_in_an_article(plants_kb, question, figure):
    ans = plants_kb.ask(question)
    assert ans.answer == figure, ans


# realqa39: 각각 written after the row of figures ("과태료 6290만원과 1370만원을 각각 부과했다")
AFTER = "해솔거래소와 다온감독원 직원들에게 과태료 5120만원과 980만원을 각각 부과했다."


@pytest.mark.parametrize(
    ("named", "kept"), [({"다온감독원"}, "980만원"), ({"해솔거래소"}, "5120만원")]
)
def test_each_after_the_figures_pairs_them_in_order(named, kept):
    snap, ri = _inputs(AFTER, _mentions(AFTER, "해솔거래소", "다온감독원"), named)
    cands = [_cand("5120만원", AFTER), _cand("980만원", AFTER)]
    assert [c.text for c in respective_figures(Question("과태료는?"), snap, ri, cands)] == [kept]


def test_a_row_with_no_each_after_it_is_left_alone():
    text = "해솔거래소와 다온감독원 직원들에게 과태료 5120만원과 980만원을 부과했다."
    snap, ri = _inputs(text, _mentions(text, "해솔거래소", "다온감독원"), {"다온감독원"})
    cands = [_cand("5120만원", text), _cand("980만원", text)]
    assert len(respective_figures(Question("과태료는?"), snap, ri, cands)) == 2
