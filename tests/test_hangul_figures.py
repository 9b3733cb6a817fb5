"""Amounts in Hangul words (issue 13): a broadcast interview's transcript writes "삼천억 원",
"일조 이천억 원", "이천이백 가구"; the answer is the amount with its unit, as with digits
(search/figures.py: a number in Hangul words with its unit is a figure; 659bc37 read them for
counted people only).  Real Kiwi, e5, FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.figures import whole_figure

ARTICLE = (
    '[인터뷰] 한별에너지 대표 "올해 삼천억 원 투자"\n'
    "앵커: 한별에너지가 올해 설비 투자를 크게 늘린다고요. "
    "윤서진 대표: 네, 올해 설비 투자에 삼천억 원을 쓸 계획입니다. "
    "앵커: 지난해 매출은 얼마였습니까? "
    "윤서진 대표: 지난해 매출은 일조 이천억 원이었습니다. "
    "앵커: 새로 짓는 사택 단지는 얼마나 큽니까? "
    "윤서진 대표: 사택 단지에는 이천이백 가구가 들어섭니다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "hanbyeol", "한별에너지 인터뷰") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("한별에너지의 올해 설비 투자 규모는 얼마인가?", "삼천억 원"),
        ("한별에너지 지난해 매출은 얼마인가?", "일조 이천억 원"),
        ("사택 단지에는 몇 가구가 들어서나?", "이천이백 가구"),
    ],
)
def test_an_amount_in_hangul_words_is_answered_with_its_unit(kb, question, want):
    ans = kb.ask(question)
    assert ans.answer == want, (ans.answer, ans.confidence)


@pytest.mark.parametrize(
    ("sentence", "piece", "whole"),
    [
        ("매출은 일조 이천억 원으로 늘었다.", "이천억", "일조 이천억 원"),
        ("사택 단지에는 이천이백 가구가 들어섭니다.", "이천이백", "이천이백 가구"),
        ("올해 삼천여 명을 뽑는다.", "삼천", "삼천여 명"),
        ("이사회는 오늘 열린다.", "이사", "이사"),  # a board, no number
    ],
)
def test_a_number_in_hangul_words_is_written_whole(sentence, piece, whole):
    start = sentence.index(piece)
    assert whole_figure(sentence, start, start + len(piece)) == whole
