"""A figure's noun written with the additive particle 도 ("상반기 당기순이익도 1조5030억 원으로",
"기관 배정 비율도 4.1%로") is that noun: the word was read "당기순이익도", matched no asked noun,
and the figure of the sentence before it (another period's, another company's) answered at
0.98-1.0 (realqa33: a bank holding's half-year profit and an IPO's lock-up ratio in real
news). search/figure_nouns.py cuts a word at the particle Kiwi reads in it. Real Kiwi, real e5
embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.spans import tokens_of
from search.written_nouns import _word_of

ARTICLE = (
    "한울금융, 상반기 최대 실적\n"
    "한울금융은 올해 2분기 당기순이익이 8120억 원으로 집계됐다고 24일 밝혔다. 상반기 "
    "당기순이익도 1조5030억 원으로 최대 반기 이익을 경신했다.\n"
    "공모주 배정도 마무리됐다. 다솜테크의 기관 배정 비율은 약 12%였다. 누리바이오의 기관 배정 "
    "비율도 4.1%로 낮았다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "half", "한울금융 상반기 실적") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("한울금융 상반기 당기순이익은?", "1조5030억 원"),  # was 8120억 원 (2분기) at 0.98
        ("누리바이오 기관 배정 비율은?", "4.1%"),  # was 다솜테크's 약 12% at 1.0
        ("한울금융 2분기 당기순이익은?", "8120억 원"),
        ("다솜테크 기관 배정 비율은?", "약 12%"),
    ],
)
def test_a_noun_written_with_do_measures_its_figure(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer == figure, ans


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("상반기 당기순이익도 2조 원이다.", "당기순이익", "당기순이익"),  # 도 read as a particle
        ("대출한도 5억 원", "대출한도", "대출한도"),  # 도 of a noun stays
        ("유치액은 97억원이다.", "유치액", "유치액"),
        ("지분 35%", "지분", "지분"),  # no particle
        ("이용자 수는 1400만 명", "수", "수는"),  # a word of two letters is left as written
    ],
)
def test_word_of(text, word, expected):
    toks = tokens_of(kiwi().tokenize(text))
    t = next(t for t in toks if text[t.start : t.end] and word.startswith(text[t.start : t.end]))
    assert _word_of(text, t, toks) == expected


def test_word_of_without_tokens_strips_a_particle_by_its_letters():
    text = "유치액은 97억원"
    toks = tokens_of(kiwi().tokenize(text))
    assert _word_of(text, toks[0]) == "유치액"
