"""An English question asking by "credit rating agency" or "court" is answered by a name
written with that kind's words ("한빛신용평가", "서울남부지방법원"), as "어느 신용평가사", "어느
법원" are (search/english_kinds.py, search/kind_names.py), never by the ministry or the company
beside it in the sentence.  Round 33 answered "Which credit rating agency ...?" with a ministry; a court
asked in Korean ("판결을 내린 법원은?") is one of those names too, never the word after "법원".
Real Kiwi, real e5 embeddings, real FAISS; the article and its names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "새솔건설 신용등급 전망 하향\n"
    "국토교통부가 하자 보수 실태 조사에 나선 가운데 한빛신용평가는 새솔건설의 신용등급 전망을 "
    "'안정적'에서 '부정적'으로 낮췄다고 3일 밝혔다. 새솔건설은 하자 보수 비용으로 올해 "
    "420억 원을 쌓았다.\n"
    "배달 앱 운영사 도담딜리버리가 낸 영업정지 가처분 신청에 대해 서울남부지방법원 민사51부는 "
    "지난 2일 기각 결정을 내렸다. 도담딜리버리는 항고하겠다고 밝혔다."
)
#: a court written short ("OO지법") in an article that writes "법원 판단" too
SHORT_COURT = (
    "AI 학습에 저작권 침해 책임, 법원 첫 판단\n"
    "AI 기업의 학습에 저작권 침해 책임이 있다는 법원 판단이 나왔다. 서울중앙지법 민사12부는 "
    "출판사 푸른숲북스가 AI 기업 픽셀랩을 상대로 낸 손해배상 청구 소송에서 원고 일부 승소로 "
    "판결했다고 20일 밝혔다. 배상액은 2억 원이다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "saesol", "새솔건설 등급 전망") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Which credit rating agency lowered 새솔건설's outlook to negative?", "한빛신용평가"),
        ("Which court ruled on 도담딜리버리's injunction request?", "서울남부지방법원"),
    ],
)
def test_a_rater_or_a_court_asked_by_its_kind_is_a_name_of_that_kind(kb, question, want):
    ans = kb.ask(question)
    assert want in (ans.answer or ""), (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_a_court_written_short_is_the_court_asked_not_the_word_after_beopwon(tmp_path_factory):
    # "법원 판단" names no court, though a name after a kind's word is of the kind ("법무법인
    # 광장"); "서울중앙지법" is a court's name written short
    with article_kb(tmp_path_factory, SHORT_COURT, "pixellab", "AI 저작권 판결") as kb:
        ans = kb.ask("픽셀랩에 배상 판결을 내린 법원은?")
    assert "서울중앙지법" in (ans.answer or ""), (ans.answer, ans.method, ans.confidence)
