"""Yes/no on how a figure moved (search/asked_figure.py): "영업이익은 늘었나?" is read in the
sentence that writes 영업이익 and its change, not in the first sentence naming the company; a
sentence leaving the company to the one before it is that company's; another company's figure
is not.  늘 / 감소 and 증가 / 줄 are opposites.  Real Kiwi, real e5 embeddings, real FAISS; the
article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.asked_figure import asked_figures, figure_verdict
from search.question import Question
from search.results import Hit

ARTICLE = (
    "한결화학, 2분기 실적 발표\n"
    "한결화학은 2분기 매출이 1조2000억원으로 지난해 같은 기간보다 8% 늘었다고 30일 밝혔다. "
    "같은 기간 영업이익은 850억원으로 12% 감소했다. "
    "순이익은 610억원으로 3% 증가했다. "
    "한결화학은 하반기 울산 공장 증설에 2000억원을 투자한다.\n"
    "푸른제약은 2분기 매출 3200억원, 영업이익 410억원을 올렸다. "
    "매출은 5% 줄었지만 영업이익은 20% 늘었다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "figures", "한결화학 실적") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("한결화학의 2분기 매출은 늘었나?", "예"),
        ("한결화학의 매출은 감소했나?", "아니오"),  # 감소 / 늘었다: opposites
        ("한결화학의 영업이익은 증가했나?", "아니오"),  # not the sentence naming 한결화학
        ("한결화학의 영업이익은 줄었나?", "예"),  # 줄 / 감소: the same side
        ("한결화학의 순이익은 늘었나?", "예"),
        ("순이익은 줄었나?", "아니오"),
        ("푸른제약의 영업이익은 늘었나?", "예"),  # its own sentence, not 한결화학's 12% 감소
        ("푸른제약의 매출은 증가했나?", "아니오"),
    ],
)
def test_the_asked_figure_decides(kb, question, want):
    assert kb.ask(question).answer == want


def _hit(n: int, text: str, ents=()) -> Hit:
    return Hit(sentence_id=f"d#{n}", doc_id="d", text=text, score=1.0, entities=list(ents))


def _ent(eid: str, _: str, name: str) -> dict:
    return {"id": eid, "name": name, "type": "Company", "start": 0, "end": len(name)}


def _q(text: str) -> Question:
    from kg.kiwi import kiwi
    from search.spans import tokens_of

    return Question(text=text, tokens=tokens_of(kiwi().tokenize(text)))


def test_asked_figures_keep_the_longest_noun():
    assert asked_figures("영업 이익은 늘었나?") == ["영업이익"]
    assert asked_figures("영업이익률은 올랐나?") == ["영업이익률", "이익률"]
    assert asked_figures("공장을 지었나?") == []


def test_no_figure_or_no_change_reads_nothing():
    h = _hit(0, "영업이익은 12% 줄었다.")
    assert figure_verdict(_q("공장을 지었나?"), [h], {"공장", "짓"}) is None
    assert figure_verdict(_q("영업이익은 얼마인가?"), [h], {"영업", "이익"}) is None


def test_a_sentence_writing_the_figure_without_its_move_is_skipped():
    q = _q("영업이익은 늘었나?")
    only = _hit(0, "한결화학은 영업이익 627억원을 올렸다.")
    assert figure_verdict(q, [only], {"영업", "이익", "늘"}) is None
    moved = _hit(1, "영업이익은 8% 늘었다.")
    assert figure_verdict(q, [only, moved], {"영업", "이익", "늘"}) == ("yes", moved)


def test_the_sentence_writing_the_figure_s_qualifier_comes_first():
    q = _q("KT 부문 매출은 늘었나?")
    other = _hit(0, "클라우드 부문 매출은 31% 늘었다.")
    asked = _hit(1, "반면 KT 부문 매출은 12% 줄었다.")
    assert figure_verdict(q, [other, asked], {"매출", "늘"}) == ("no", asked)


def test_a_longer_figure_word_is_no_asked_figure():
    q = _q("영업이익은 늘었나?")
    margin = _hit(0, "영업이익률은 2%포인트 늘었다.")
    assert figure_verdict(q, [margin], {"영업", "이익", "늘"}) is None


def test_the_company_is_carried_from_the_sentences_before():
    q = _q("현성의 매출은 늘었나?")
    kinds, aliases = {"c1": "Company"}, {"c1": ["현성"]}
    ours = _hit(0, "현성은 영업이익 299억원을 기록했다.", [_ent("c1", "", "현성")])
    theirs = _hit(0, "다온은 영업이익 10억원을 기록했다.", [_ent("c2", "", "다온")])
    plain = _hit(1, "작년 동기 대비 46.7% 증가한 수치다.")
    fell = _hit(2, "같은 기간 매출은 8% 감소했다.")
    pred = {"매출", "늘"}
    for before, want in ((ours, ("no", fell)), (theirs, None)):
        sentences = {h.sentence_id: h for h in (before, plain, fell)}
        got = figure_verdict(q, [fell], pred, kinds, aliases, sentences.get)
        assert got == want
    # no sentence before names a company (or the first sentence): the article's own company;
    # ids that are not numbered: not known to be the question's
    assert figure_verdict(q, [fell], pred, kinds, aliases, lambda s: None) == ("no", fell)
    first = _hit(0, fell.text)
    assert figure_verdict(q, [first], pred, kinds, aliases, lambda s: None) == ("no", first)
    odd = Hit(sentence_id="d-x", doc_id="d", text=fell.text, score=1.0)
    assert figure_verdict(q, [odd], pred, kinds, aliases, lambda s: None) is None
    # a sentence naming another company is that company's; naming ours by alias is ours
    other = _hit(5, "다온의 매출은 8% 감소했다.", [_ent("c2", "", "다온")])
    assert figure_verdict(q, [other], pred, kinds, aliases, lambda s: None) is None
    named = _hit(6, "현성의 매출은 8% 늘었다.")
    assert figure_verdict(q, [named], pred, kinds, aliases, lambda s: None) == ("yes", named)
