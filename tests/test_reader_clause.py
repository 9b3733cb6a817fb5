"""The reader reads two things distances and overlaps miss: a question word Kiwi splits otherwise
in the sentence ("모회사" / 모 + 회사) and the candidate's role in the clause of the verb the
question asks about (the one who ordered, not the yard that took the order).  Real Kiwi, invented
sentences and names.  The features are computed and tested here; the shipped reader gives them no
weight yet (their fit cost a right answer and added one confidently wrong on the dev gold: see
bench/RESULTS.md, session 13), so no test of the shipped reader's picks."""

from __future__ import annotations

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.reader import Passage, question_reading
from search.reader_features import candidate_features
from search.reader_joined import joined_matches, joined_terms
from search.reader_roles import asked_role, clause_roles
from search.spans import tokens_of


def _toks(text):
    return tokens_of(kiwi().tokenize(text))


def _features(question, *texts):
    passages = [
        Passage(f"d#{i}", t, _toks(t), rank=i, score=1.0 - 0.1 * i) for i, t in enumerate(texts)
    ]
    return {
        c.text: c.features for c in candidate_features(question_reading(_toks(question)), passages)
    }


def test_a_question_word_split_in_the_sentence_is_matched_on_its_surface():
    feats = _features(
        "미르로보의 모회사는 어디인가?",
        "미르로보는 지난해 매출 120억 원을 냈다.",
        "가온테크는 미르로보의 모 회사로, 지분 70%를 갖고 있다.",
    )
    assert feats["가온테크"]["joined_near"] > 0
    assert feats["가온테크"]["joined_match"] > 0
    assert "joined_match" not in feats["120억 원"]  # its sentence says no 모회사
    assert feats["회사"]["joined_inside"] == 1.0  # the question's own word, split


def test_a_question_word_split_in_the_question_is_matched_in_one_sentence_word():
    q = _toks("미르로보의 모 회사는 어디야?")
    s = _toks("미르로보의 모회사인 가온테크는 올해 상장한다.")
    matched = joined_matches(joined_terms(q, {"미르로보": 3.0, "회사": 1.0}), s)
    assert [s[k].form for k, _ in matched] == ["모회사"]


def test_words_split_alike_on_both_sides_are_left_to_the_direct_match():
    q = _toks("최대 주주는 누구인가?")
    s = _toks("최대 주주는 청람홀딩스다.")
    assert joined_matches(joined_terms(q, {"최대": 1.0, "주주": 2.0}), s) == []


def test_the_role_the_question_asks_for_in_its_verb_s_clause():
    def role(question, pred):
        q = _toks(question)
        return asked_role(q, read_asked(q), pred)

    assert role("화물선을 발주한 선사는 어디인가?", "발주") == "subj"
    assert role("바다해운이 발주한 배는 무엇인가?", "발주") == "obj"
    assert role("누가 한결소프트를 인수했나?", "인수") == "subj"
    assert role("미르로보의 모회사는 어디인가?", "") == ""


def test_the_orderer_is_the_subject_of_the_asked_verb_and_the_yard_is_not():
    feats = _features(
        "화물선을 발주한 선사는 어디인가?",
        "서해중공업은 바다해운이 발주한 화물선 6척을 수주했다고 밝혔다.",
    )
    assert feats["바다해운"]["role_match"] == 1.0
    assert not any(k.startswith("role") for k in feats["서해중공업"])


def test_a_relative_clause_of_the_asked_verb_says_the_role_of_the_noun_it_modifies():
    s = _toks("바다해운이 발주한 화물선은 내년에 인도된다.")
    roles = clause_roles(s, "발주")
    first = next(k for k, t in enumerate(s) if t.form == "화물선")
    assert roles.role(first, first, "topic") == "rel_obj"
    s = _toks("화물선을 발주한 바다해운은 내년에 배를 받는다.")
    first = next(k for k, t in enumerate(s) if t.form == "바다해운")
    assert clause_roles(s, "발주").role(first, first, "topic") == "rel_subj"
