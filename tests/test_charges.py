"""Court news: the charge is the nouns right before 혐의, or the bracket after it, in the clause
of the person asked (search/charges.py); a story of several defendants writes each one's charge
in its own clause.  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.charges import charges_in

ARTICLE = (
    "'물류창고 침입' 20대 2명 1심서 벌금형\n"
    "춘천지법 형사1단독 한다온 판사는 7일 야간주거침입절도 혐의로 기소된 최 모 씨에게 "
    "징역 8개월을 선고했다. "
    "한 판사는 함께 물류창고 담을 넘어 재물손괴 혐의로 재판에 넘겨진 20대 남성 윤 모 씨와 "
    "20대 남성 서 모 씨에게는 각각 벌금 300만원을 선고했다. "
    "경비원에게 폭언을 한 혐의(모욕)로 기소된 B씨(52)에게는 벌금 100만원이 선고됐다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "charges", "물류창고 침입 1심") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "charge"),
    [
        ("윤 모 씨와 서 모 씨의 혐의는?", "재물손괴"),  # not the first defendant's
        ("최 모 씨는 무슨 혐의로 기소됐나?", "야간주거침입절도"),
        ("B씨의 혐의는 무엇인가?", "모욕"),  # the bracket after 혐의
    ],
)
def test_the_charge_of_the_person_asked(kb, question, charge):
    ans = kb.ask(question)
    assert ans.answer == charge, (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_a_charge_is_written_with_nouns_only():
    assert charges_in("업무방해 등 혐의로 기소된 정모(38)씨")[0][0] == "업무방해"
    assert charges_in("사기 등의 혐의로 구속됐다")[0][0] == "사기"
    assert charges_in("폭언을 한 혐의로 기소됐다") == []  # a clause, no charge's name
    assert charges_in("") == []
