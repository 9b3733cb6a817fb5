"""One reading of who takes which post (search/appointments.py), on invented sentences: the
four readers of an appointment (titles, named_posts, post_holders, promoted) read one table of
appointment words, so where one of them knew fewer words than another it now reads them all.
Each case below failed before the table was one: a question's post with 에 or 취임 was no new
post, a topic's post taken with 기용 named no one, a committee chair 위촉 held no one."""

from __future__ import annotations

import pytest

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
