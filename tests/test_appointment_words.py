"""One reading of who takes which post (search/appointments.py), on invented sentences: the
four readers of an appointment (titles, named_posts, post_holders, promoted) read one table of
appointment words, so where one of them knew fewer words than another it now reads them all.
Each case below failed before the table was one: a question's post with 에 or 취임 was no new
post, a topic's post taken with 기용 named no one, a committee chair 위촉 held no one."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.appointments import appointed, appointing, appointment_verbs, named_to_after
from search.post_holders import holder_in
from search.spans import tokens_of
from search.titles import new_posts


def _toks(text):
    return tokens_of(kiwi().tokenize(text))


def test_every_kind_of_verb_is_read_from_the_one_table():
    assert appointment_verbs("promoting") == ("승진",)
    assert appointment_verbs("taking") == ("맡",)
    every = appointment_verbs()
    assert {"임명", "위촉", "승진", "맡"} <= set(every)
    assert set(appointment_verbs("naming", "promoting")) < set(every)


def test_an_unknown_kind_of_verb_names_the_kinds():
    with pytest.raises(ValueError, match="no kind of appointment verb 'firing': one of naming"):
        appointment_verbs("firing")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("도해준 본부장이 누리마트 사장으로 임명됐다.", True),  # a noun of naming
        ("도해준 본부장이 누리마트 대표를 맡는다.", True),  # a verb of taking
        ("도해준 본부장이 누리마트 사장으로 일했다.", False),  # a post held, not taken
    ],
)
def test_a_sentence_appoints_by_any_verb_of_the_table(sentence, expected):
    assert appointing(_toks(sentence)) is expected


@pytest.mark.parametrize(
    ("question", "post"),
    [
        ("누리마트 대표이사로 승진한 사람은?", "대표이사"),  # as before
        ("누리마트 대표이사에 선임된 사람은?", "대표이사"),  # 에: was no new post
        ("누리마트 대표로 취임한 사람은?", "대표"),  # 취임: was no verb of naming
    ],
)
def test_a_question_asks_a_new_post_by_any_destination_and_verb(question, post):
    assert post in new_posts(_toks(question))


def test_a_post_with_another_verb_is_no_new_post():
    toks = _toks("누리마트 대표를 만난 사람은?")
    assert new_posts(toks) == set()
    assert not named_to_after(toks, 2)  # "를 만나": no destination
    assert not named_to_after(toks, len(toks))  # past the end


def test_the_subject_named_to_a_topic_post_by_any_verb_of_naming():
    """기용 was not among the verbs after a topic's post (titles knew 8, named_posts 15)."""
    for verb in ("기용됐다", "선임됐다"):
        toks = _toks(f"가온랩 초대 대표에는 다온레코즈 부사장을 지낸 하도진 전무가 {verb}.")
        at = next(i for i, t in enumerate(toks) if t.form == "하도진")
        assert appointed(toks, at, at, {"대표"}), verb
    toks = _toks("가온랩 초대 대표에는 다온레코즈 부사장을 지낸 하도진 전무가 말했다.")
    at = next(i for i, t in enumerate(toks) if t.form == "하도진")
    assert not appointed(toks, at, at, {"대표"})  # no verb of appointment


def test_a_post_taken_by_any_verb_of_appointment_has_its_holder():
    """post_holders read only 맡 as a verb: a chair 위촉 (a noun to Kiwi) held no one."""
    text = "심사위원장에는 교수 출신인 노은서 이사가 위촉됐다."
    people = [(text.index("노은서"), text.index("노은서") + 3)]
    assert holder_in(text, "위원장", people) == people[0]
    said = "심사위원장에는 교수 출신인 노은서 이사가 의견을 냈다."
    assert holder_in(said, "위원장", people) is None  # no verb of appointment, no name beside


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("누리상선은 도해준 대표이사 후임으로 여민재 전무를 선임했다.", True),  # as before
        ("도 대표의 후임으로는 여민재 전략실장이 내정됐다.", True),  # 의 before 후임
        ("누리상선은 여민재 전무를 후임 대표이사로 선임했다.", True),  # 후임 as 신임
        ("도 대표의 친구인 여민재 실장이 말했다.", False),  # 의 and no successor
    ],
)
def test_the_successor_is_named_to_the_post_of_the_one_replaced(sentence, expected):
    """Real news writes the successor three ways ("노정익 대표이사 후임으로 이재현 …을",
    "최 대표의 후임으로는 허인철 …이", "이 전무를 후임 대표이사로"); the last named no one
    (후임 was no word before a new post, as 신임 is)."""
    toks = _toks(sentence)
    at = next(i for i, t in enumerate(toks) if t.form == "여민재")
    assert appointed(toks, at, at, {"대표", "대표이사"}) is expected


@pytest.mark.parametrize(
    "question",
    [
        "누리상선 대표 후임으로 내정된 사람은?",
        "누리상선 후임 대표는 누구?",
        "누리상선 대표 후임자는?",
    ],
)
def test_a_question_of_the_successor_asks_a_new_post(question):
    assert "대표" in new_posts(_toks(question))


SUCCESSION = (
    "누리상선, 대표이사 교체\n"
    "누리상선은 23일 이사회를 열고 임기가 끝나는 도해준 대표이사 후임으로 여민재 "
    "컨테이너영업본부장(전무)을 선임했다. 누리상선 측은 도 대표의 이사 임기가 끝나기 때문에 "
    "여 전무를 후임 대표이사로 선임했다고 설명했다."
)


def test_the_successor_answers_who_the_next_head_is(tmp_path_factory):
    """Real Kiwi, e5, FAISS; invented article.  At df3ba91 "후임 대표" asked the head in office
    (도해준, whose term ends), as "대표" alone does."""
    with article_kb(tmp_path_factory, SUCCESSION, "successor", "누리상선 대표 교체") as kb:
        ans = kb.ask("누리상선 후임 대표는 누구?")
    assert ans.answer == "여민재", (ans.answer, ans.method, ans.confidence)
