"""A film's, a show's or a performance's date asked by its noun ("개봉일은?", "방영일은?") is a
date, as 출시일 is a product's (search/resources/answer_types.toml [heads]); "개봉일" alone was
read as asking a thing and answered "영화".  "X 대표이사는?" asks a person: Kiwi splits
대표이사 into 대표 + 이사, and 이사 ended the question as a thing.  Real Kiwi, real e5
embeddings, real FAISS; the articles are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

FILM = (
    "영화 '푸른 새벽' 다음 달 개봉\n"
    "영화 '푸른 새벽'이 다음 달 14일 개봉한다. 한재윤 감독이 연출하고 서린픽처스가 제작했다. "
    "한재윤 감독의 전작 '겨울 정원'은 2021년 개봉해 관객 300만 명을 모았다. "
    "한솔바이오는 최근 이사회를 열고 정윤호 부사장을 대표이사 직무대행으로 선임했다. "
    "한솔바이오는 내년 3월 주주총회에서 새 대표를 뽑는다."
)


@pytest.fixture(scope="module")
def film(tmp_path_factory):
    with article_kb(tmp_path_factory, FILM, "film", "푸른 새벽 개봉") as kb:
        yield kb


def test_release_date_asked_by_its_noun(film):
    ans = film.ask("푸른 새벽의 개봉일은?")  # '영화' (thing) at df3ba91
    assert "14일" in ans.answer, (ans.answer, ans.method, ans.confidence)
    assert ans.answer_type == "date"


@pytest.mark.parametrize(
    ("question", "want"),
    [("푸른 새벽은 언제 개봉하나?", "14일"), ("겨울 정원은 언제 개봉했나?", "2021년")],
)
def test_release_asked_by_its_verb(film, question, want):
    ans = film.ask(question)
    assert want in ans.answer, (ans.answer, ans.method, ans.confidence)


def test_the_director_before_the_title(film):
    ans = film.ask("푸른 새벽을 연출한 감독은?")
    assert ans.answer == "한재윤", (ans.answer, ans.method, ans.confidence)


@pytest.mark.parametrize("question", ["한솔바이오 대표이사는?", "한솔바이오 대표는 누구?"])
def test_the_acting_head_answers_who_heads(film, question):
    """The acting head is the only head the text names: the answer, asked by 대표이사 or 대표
    ('한솔바이오 대표이사는?' was read as asking a thing at df3ba91)."""
    ans = film.ask(question)
    assert ans.answer == "정윤호", (ans.answer, ans.method, ans.confidence)
    assert ans.answer_type == "person"
