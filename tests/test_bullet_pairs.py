"""A bulleted row of named items, each after what it is ("▲폐암 치료제 '다온정' ▲편두통 치료제
'가람주'"): what a named item is comes from its own item, and the item a question describes
gives its name (search/bullet_pairs.py).  Real Kiwi, real e5 embeddings, real FAISS; the article
is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.answer_types import Asked
from search.bullet_pairs import bullet_pair_answer, items_of
from search.question import Question
from search.spans import Token

ARTICLE = (
    "식약처, 3분기 신약 12개 허가\n"
    "식품의약품안전처는 3분기에 신약 12개를 품목허가했다고 밝혔다. "
    "허가 품목에는 ▲폐암 치료제 '다온정' ▲편두통 치료제 '가람주' ▲아토피 치료제 "
    "'누리크림50mg' 등이 있다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "bullet-pairs", "식약처 신약 허가") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("다온정은 무슨 치료제?", "폐암 치료제"),  # its own item, not the next one's
        ("가람주는 어떤 치료제야?", "편두통 치료제"),
        ("편두통 치료제 이름은?", "가람주"),  # the item whose words the question repeats
        ("아토피 치료제 이름은?", "누리크림50mg"),
    ],
)
def test_each_item_is_read_alone(kb, question, answer):
    ans = kb.ask(question)
    assert ans.answer == answer, (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_items_of():
    assert items_of("허가 품목은 없다.") == []  # no row
    assert items_of("▲폐암 치료제 ▲편두통 치료제 '가람주'") == [("편두통 치료제", "가람주")]


def _q(text: str, *nouns: str) -> Question:
    return Question(text=text, tokens=[Token(n, "NNG", 0, len(n)) for n in nouns])


def test_bullet_pair_answer_branches(kb):
    hits = kb.search("허가 품목 치료제", k=5)
    thing = Asked(kind="thing", head="치료제")
    assert bullet_pair_answer(_q("다온정 개발사는?"), Asked(kind="company"), hits) is None
    assert bullet_pair_answer(_q("다온정은?"), Asked(kind="thing"), hits) is None  # no head
    assert bullet_pair_answer(_q("치료제 이름은?", "치료제"), thing, hits) is None  # all three fit
    assert bullet_pair_answer(_q("다온정은 무슨 약?"), thing, []) is None  # no sentence
    rowless = [h for h in kb.search("식품의약품안전처 3분기 신약", k=5) if "▲" not in h.text]
    assert bullet_pair_answer(_q("다온정은 무슨 치료제?"), thing, rowless) is None  # no row
