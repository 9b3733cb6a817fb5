"""A figure written with a noun Kiwi cuts a prefix out of ("양극재 공급 계약": 양극/NNG 재/XPN)
is still written with the nouns after the prefix: "한별소재 미라모터스 계약 규모" is the
"1조2천억원 규모의 양극재 공급 계약" of the two, not another company's "약 9조원 규모 계약" later
in the article.  Real Kiwi, real e5 embeddings, real FAISS.  The article is invented for the
test (the pattern is real news's: a supply contract cut back, beside other companies')."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.spans import tokens_of
from search.written_nouns import written_nouns

ARTICLE = (
    "한별소재, 미라모터스 계약 축소\n"
    "배터리 소재사 한별소재가 미국 전기차 업체 미라모터스와 체결했던 1조2천억원 규모의 "
    "양극재 공급 계약이 52억원으로 감소했다고 3일 공시했다.\n"
    "다온배터리는 이달에만 약 9조원 규모 계약을 해지했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "cathode", "한별소재 계약 축소") as kb:
        yield kb


@pytest.mark.parametrize(
    "question", ["한별소재 미라모터스 계약 규모", "한별소재와 미라모터스의 계약 규모는?"]
)
def test_the_contract_of_the_two_named(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "1조2천억원", ans


def test_the_nouns_after_a_prefix_are_read():
    text = "1조2천억원 규모의 양극재 공급 계약이 52억원으로 감소했다."
    words = written_nouns(text, tokens_of(kiwi().tokenize(text)), 0)
    assert {"규모", "공급", "계약"} <= words
