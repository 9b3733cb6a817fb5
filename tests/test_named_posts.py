"""Who takes or holds an organisation's post in a reshuffle story: the particle after "ORG POST"
says whose post it is ("가람전자 대표에는 민준서 …이", "노하린 … 사장을 가람화재 사장으로",
"누리은행(행장 강민호)"), and "한도경 가람에너지 사장은 고문으로 물러났다" is the title of the
name before it (search/named_posts.py).  Real Kiwi, real e5 embeddings, real FAISS; the article
is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.answer_types import Asked
from search.named_posts import holder_after, named_post_answer, post_of_question
from search.question import Question

ARTICLE = (
    "가람그룹, 사장단 인사 단행\n"
    "가람그룹은 2일 서태오 가람물산 사장을 주력사인 가람건설 사장 겸 혁신위원회 위원장으로 "
    "임명하고 노하린 가람캐피탈 사장을 가람화재 사장으로 내정했다. "
    "가람전자 대표에는 민준서 전 가람통상 부사장이, 가람푸드 대표는 가람백화점 상품본부장인 "
    "윤채원 전무가 각각 선임됐다. "
    "또 송지후 가람건설 전무는 가람에너지 사장에, 배수아 가람캐피탈 상무는 가람캐피탈 사장으로 "
    "승진 임명됐다. 한편 한도경 가람에너지 사장은 고문으로 물러났다.\n"
    "금융감독원에 따르면 상반기 제재는 누리은행(행장 강민호), 다온은행(행장 오세린)이 각각 "
    "1건씩 기록했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "named-posts", "가람그룹 사장단 인사") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("가람건설 사장으로 임명된 사람은?", "서태오"),  # "사장 겸 … 위원장으로": two posts
        ("가람화재 사장으로 내정된 사람은?", "노하린"),  # not 서태오 of the clause before
        ("가람전자 대표는 누구?", "민준서"),  # "대표에는 민준서 전 가람통상 부사장이"
        ("가람푸드 대표로 선임된 사람은?", "윤채원"),  # "대표는 … 상무본부장인 윤채원 전무가"
        ("가람에너지 사장은?", "송지후"),  # not 한도경, who held it and retired
        ("누리은행 행장은 누구?", "강민호"),  # "(행장 강민호)"
        ("다온은행 행장은?", "오세린"),  # not the head of the bank bracketed before it
    ],
)
def test_the_post_holder_is_read_from_the_particle(kb, question, holder):
    ans = kb.ask(question)
    assert ans.answer == holder, (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_post_of_question():
    assert post_of_question("가람건설 대표이사로 누가 선임됐나?", (0, 4)) == "대표이사"
    assert post_of_question("가람건설 대표이사 누구", (0, 4)) == "대표이사"  # 이 is no particle
    assert post_of_question("가람건설 본부장은?", (0, 4)) == "본부장"  # a post ending in 長
    assert post_of_question("가람건설 실적은?", (0, 4)) is None
    assert post_of_question("가람건설", (0, 4)) is None  # nothing after the name


S = "서태오 가람물산 사장을 가람건설 사장으로 임명했다."


def test_holder_after_branches():
    people = [(0, 3)]
    assert holder_after(S, (13, 17), "사장", people) == (0, 3)  # destination: the person before
    assert holder_after(S, (13, 17), "대표", people) is None  # another post
    assert holder_after("가람건설 사장으로 일했다.", (0, 4), "사장", []) is None  # no appointing
    retired = "한도경 가람에너지 사장은 고문으로 임명됐다."
    assert holder_after(retired, (4, 9), "사장", [(0, 3)]) is None  # the title of the name
    assert holder_after("가람건설 사장으로 임명됐다.", (0, 4), "사장", []) is None  # nobody before
    assert holder_after("가람건설 사장에는 외부 인사가 임명됐다.", (0, 4), "사장", []) is None
    two_words = "한편 오세윤 사장은 19일 가람중공업 대표이사 사장으로 선임될 예정이다."
    org = two_words.index("가람중공업")
    assert holder_after(two_words, (org, org + 5), "대표이사", [(3, 6)]) == (3, 6)
    topic = "가람전자 대표에는 민준서 전무가 임명됐다."
    assert holder_after(topic, (0, 4), "대표", [(10, 13)]) == (10, 13)
    bracketed = "누리은행(행장: 강민호)이 1건을 기록했다."
    assert bracketed[slice(*holder_after(bracketed, (0, 4), "행장", []))] == "강민호"
    assert holder_after("", (0, 0), "C++", []) is None  # a post is matched as written


def test_no_answer_without_one_organisation_and_its_post(kb):
    q = Question(text="가람전자 실적은?", entities=[("가람전자", "")], spans=[(0, 4)])
    hits = kb.search("가람전자 대표", k=5)
    assert named_post_answer(q, Asked(kind="person"), hits) is None  # no post asked
    two = Question(text="가람전자 대표는?", entities=[("가람전자", ""), ("가람푸드", "")])
    assert named_post_answer(two, Asked(kind="person"), hits) is None  # two names
    q = Question(text="가람전자 대표는?", entities=[("가람전자", "")], spans=[(0, 4)])
    assert named_post_answer(q, Asked(kind="date"), hits) is None  # a date is asked
    asks_thing = Asked(kind="thing", wh="무엇", wh_index=3)
    assert named_post_answer(q, asks_thing, hits) is None  # "대표의 나이는 무엇" asks no person
    assert named_post_answer(q, Asked(kind="person"), []) is None  # no sentence
    person = Question(text="민준서 대표는?", entities=[("민준서", "")], spans=[(0, 3)])
    assert named_post_answer(person, Asked(kind="person"), hits) is None  # a person's title
