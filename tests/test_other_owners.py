"""A place read from a sentence about another organisation is that one's: "B사 본사는 어디에
있나?" is not answered by "대전에 본사를 둔 … A사가" when no sentence gives B's (search/
other_owners.py, issue 13; s20-trust42: a rival's head office answered with the subject
company's 판교 at 0.72).  Real Kiwi, real e5 embeddings, real FAISS; the article is invented
for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "누리바이오, 항체 신약 후보 기술수출\n"
    "(서울=한빛뉴스) 모가람 기자 = 대전에 본사를 둔 바이오기업 누리바이오가 항체 신약 후보 "
    "물질을 해외 제약사에 넘기는 계약을 맺었다고 2일 밝혔다.\n"
    "같은 후보 물질을 두고 경쟁했던 국내 바이오기업 한결셀은 올해 임상 2상을 시작한다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nuri", "누리바이오 기술수출") as kb:
        yield kb


def test_the_named_companys_place_answers(kb):
    ans = kb.ask("누리바이오 본사는 어디에 있나?")
    assert ans.answer and "대전" in ans.answer, (ans.answer, ans.confidence)


def test_another_companys_place_does_not_answer(kb):
    ans = kb.ask("한결셀 본사는 어디에 있나?")
    assert ans.method == "none", (ans.answer, ans.confidence)
