"""A figure's pieces pool their belief into the figure written whole (search/figure_pieces.py);
a figure another candidate writes on into one more number (a ratio) keeps its pieces apart.
Sentences written for the test; the figure reading is the shipped one."""

from __future__ import annotations

from types import SimpleNamespace

from search.figure_pieces import pooled_pieces
from search.reader import Candidate
from search.spans import Span


def _cands(sentence: str, beliefs: dict[str, float]) -> tuple[list[Candidate], SimpleNamespace]:
    out = []
    for text, p in beliefs.items():
        start = sentence.index(text)
        out.append(
            Candidate(text, 0, Span(text, start, start + len(text), 0, 0), {}, probability=p)
        )
    return out, SimpleNamespace(passages=[SimpleNamespace(text=sentence)])


def test_pieces_pool_into_the_whole_figure():
    cands, ri = _cands(
        "파라미터가 3천 600억 개로, 이전 버전의 두 배를 넘는다.",
        {"3천": 0.1, "600억 개": 0.15, "3천 600억 개": 0.2, "두 배": 0.3},
    )
    pooled = {c.text: round(c.probability, 3) for c in pooled_pieces(cands, ri)}
    assert pooled == {"3천 600억 개": 0.45, "두 배": 0.3}


def test_a_ratio_keeps_its_pieces_apart():
    cands, ri = _cands(
        "수요예측 경쟁률은 1천 520대 1을 기록했다.",
        {"1천": 0.1, "1천 520대": 0.2, "1천 520대 1": 0.25},
    )
    pooled = {c.text: round(c.probability, 3) for c in pooled_pieces(cands, ri)}
    assert pooled == {"1천": 0.1, "1천 520대": 0.2, "1천 520대 1": 0.25}
