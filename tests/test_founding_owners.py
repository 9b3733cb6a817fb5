"""A founding date is read from a sentence writing the asked company founded, not from another
company's founding that ranks higher ("그린웨이브소재는 2009년 설립된" does not answer when
해담파워 was founded).  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from article_kb import article_kb

from search.founding_owners import _names_asked
from search.reader import Passage

ARTICLE = (
    "새솔에너지, 도담소재와 재활용 합작사 세운다\n"
    "배터리 소재 기업 도담소재는 2011년 설립된 음극재 전문 회사로, 지난해 매출 900억원을 올렸다. "
    "양태오 대표가 2018년 세운 회사 새솔에너지는 가정용 저장장치를 만든다. "
    "두 회사는 합작사 지분을 절반씩 나눠 갖는다. 합작사 운영은 누리물류가 맡는다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "saesol", "새솔에너지 합작사") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("새솔에너지는 언제 설립됐나?", "2018년"),  # no "도담소재는 2011년 설립된"
        ("도담소재는 언제 설립됐나?", "2011년"),  # a guard: its own founding
        ("누리물류는 언제 설립됐나?", None),  # never told: no other company's founding date
    ],
)
def test_the_founding_date_of_the_asked_company(kb, question, want):
    ans = kb.ask(question)
    if want is None:
        assert not ans.answer or not any(y in ans.answer for y in ("2011", "2018")), (
            ans.answer,
            ans.method,
            ans.confidence,
        )
        return
    assert ans.answer == want, (ans.answer, ans.method, ans.confidence)


def _sentence(text: str, names: list[str]) -> Passage:
    ents = [
        {"id": n, "type": "Company", "start": text.index(n), "end": text.index(n) + len(n)}
        for n in names
    ]
    return Passage("d#0", text, [], entities=ents)


def test_whose_founding_a_sentence_tells():
    asked = SimpleNamespace(named={"보람센서"}, named_names=frozenset({"보람센서"}))
    other = _sentence("도담소재는 2011년 설립된 음극재 회사다.", ["도담소재"])
    # another company named where it is no subject: the founded company may be the asked one
    former = _sentence("2019년 한빛전자에서 함께 일하던 동료와 회사를 차렸다.", ["한빛전자"])
    own = _sentence("보람센서는 2019년 세워졌다.", ["보람센서"])
    assert _names_asked(other, asked) is False
    assert _names_asked(former, asked) is None
    assert _names_asked(own, asked) is True
