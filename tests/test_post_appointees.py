"""Personnel news (issue 13: held-out round 21 lost five questions on one hospital
reshuffle): who was named to a post the question writes as one word, the department of a
professor or of a post's new holder, whether a head serves another term or is replaced, the
posts someone went through, and whom they succeed.
Real Kiwi, real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "누리의료원, 새 의료원장에 맹지호 교수…계열 병원장 2명 교체\n"
    "병원 세 곳을 운영하는 누리의료원은 새 의료원장에 맹지호 누리중앙병원장(내분비내과 교수)을 "
    "선임했다고 7일 밝혔다. 임기는 내년 3월부터 2년이다.\n"
    "곽민재 현 의료원장은 임기를 마치고 물러난다.\n"
    "계열 병원장도 바뀐다. ▲누리중앙병원장에 편서아 흉부외과 교수 ▲누리동부병원장에 "
    "안태린 피부과 교수가 각각 임명됐다. 누리서부병원 설도겸 원장은 유임됐다.\n"
    "맹 신임 의료원장은 누리중앙병원 기획실장과 교육수련부장을 지냈다. 맹 의료원장은 8년간 "
    "의료원을 이끈 곽민재 의료원장의 뒤를 잇는다.\n"
    "의료원이 세운 자회사 누리헬스케어의 신임 대표에는 여하람 전 한결제약 상무가 선임됐다.\n"
    "센터장 2명도 새로 뽑았다. △폐암센터장 노윤재 호흡기내과 교수 △뇌졸중센터장 채하율 신경과 교수."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "reshuffle", "누리의료원 인사") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "person"),
    [
        # "새 의료원장에 맹지호 …병원장(…교수)을 선임했다": the name right after the post
        ("누리의료원의 새 의료원장은 누구인가?", "맹지호"),
        # one item of a ▲ list, not the last person the sentence names
        ("누리동부병원장에 임명된 사람은?", "안태린"),
        ("누리중앙병원장에 임명된 사람은?", "편서아"),
    ],
)
def test_the_person_written_right_after_a_post_is_named_to_it(kb, question, person):
    ans = kb.ask(question)
    assert ans.answer == person, ans
    assert ans.answer_type == "person"


@pytest.mark.parametrize(
    ("question", "department"),
    [
        ("안태린 병원장의 진료과는?", "피부과"),  # "안태린 피부과 교수"
        ("맹지호 의료원장의 진료과는?", "내분비내과"),  # "맹지호 누리중앙병원장(내분비내과 교수)"
        ("새 누리중앙병원장의 진료과는?", "흉부외과"),  # the new holder's, not the old one's
    ],
)
def test_a_department_is_the_word_in_kwa_before_the_professors_title(kb, question, department):
    ans = kb.ask(question)
    assert ans.answer == department, ans


@pytest.mark.parametrize(
    "question",
    [
        "곽민재 의료원장은 연임하나?",  # "임기를 마치고 물러난다"
        "누리서부병원 원장은 교체됐나?",  # "설도겸 원장은 유임됐다"
    ],
)
def test_a_head_who_leaves_serves_no_other_term_and_one_kept_is_not_replaced(kb, question):
    assert kb.ask(question).answer == "아니오"


def test_another_bodys_post_is_not_the_one_asked(kb):
    """ "누리헬스케어의 신임 대표에는 여하람": the subsidiary's head, not the medical centre's."""
    assert kb.ask("누리의료원의 새 대표는 누구인가?").answer != "여하람"


def test_the_posts_gone_through_are_every_item_of_the_object(kb):
    ans = kb.ask("맹지호 의료원장이 지낸 자리는?")  # "A과 B를 지냈다", the person by family name
    assert "기획실장" in ans.answer and "교육수련부장" in ans.answer, ans


def test_the_predecessor_is_written_before_the_words_of_succeeding(kb):
    ans = kb.ask("맹지호 의료원장의 전임 의료원장은 누구인가?")  # "곽민재 의료원장의 뒤를 잇는다"
    assert ans.answer == "곽민재", ans


@pytest.mark.parametrize(
    ("question", "post"),
    [
        ("편서아 교수는 어떤 자리에 임명됐나?", "누리중앙병원장"),  # "▲누리중앙병원장에 편서아"
        (
            "채하율 교수는 어느 센터를 맡았나?",
            "뇌졸중센터장",
        ),  # a △ item, the verb a sentence before
    ],
)
def test_the_post_a_named_person_gets_is_written_right_before_the_name(kb, question, post):
    assert kb.ask(question).answer == post


GROUP = (
    "한솔그룹, 계열사 대표 2명 교체\n"
    "한솔그룹이 주요 계열사 대표 인사를 단행했다고 4일 밝혔다. 한솔카드 대표는 교체됐다. "
    "한솔카드 신임 대표에는 문서연(52) 전무가 선임됐다. 한솔물류 대표도 바뀌었다. "
    "반면 한솔건설 민도현 대표는 자리를 지켰다."
)


@pytest.fixture(scope="module")
def group(tmp_path_factory):
    with article_kb(tmp_path_factory, GROUP, "group", "한솔그룹 인사") as kb:
        yield kb


def test_another_organisations_post_as_the_subject_says_nothing_of_the_one_asked(group):
    """ "한솔카드 대표는 교체됐다" is about 한솔카드's head, not 한솔건설's."""
    assert group.ask("한솔건설 대표는 교체됐나?").answer != "예"


def test_an_age_is_a_number_in_brackets_after_the_name_or_with_its_unit(group):
    assert group.ask("문서연 전무의 나이는?").answer == "52"  # "문서연(52) 전무"
    ans = group.ask("민도현 대표의 나이는?")  # unwritten: no other figure ("2명 교체")
    assert ans.method == "none" or not any(c.isdigit() for c in ans.answer or ""), ans
