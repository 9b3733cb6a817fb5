"""English questions read by the answer reader as Korean ones are (search/english_reading.py):
the Korean words glossing one English word weigh as one word, the verb's Korean words are the
predicate the answer stands beside, and the word order says the role asked ("Who founded X?"
the doer).  Real Kiwi, real e5 embeddings, real FAISS; the articles are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.answer_types import read_asked
from search.answering import read_question
from search.english_reading import english_predicates, english_reading, english_role
from search.reader import question_reading

STUDIO = (
    "게임사 별무리스튜디오, 도하윤 COO 신임 대표 선임…창업자 길태준은 의장으로\n"
    "경기 성남시 판교에 본사를 둔 게임사 별무리스튜디오(Byeolmuri Studio)가 도하윤 "
    "최고운영책임자(COO)를 신임 대표이사로 선임했다고 5일 밝혔다.\n"
    "2014년 회사를 세운 길태준 대표는 12년 만에 경영에서 물러나 이사회 의장을 맡는다.\n"
    "도 신임 대표는 2018년 별무리스튜디오에 합류해 모바일 게임 '하늘정원'의 해외 출시를 "
    "이끌었다.\n"
    "이번 인사에 앞서 별무리스튜디오는 지난해 인디 개발사 모래시계게임즈를 인수했다.\n"
    "별무리스튜디오의 시리즈C 투자는 지난해 한솔벤처파트너스가 주도했으며 기존 투자사 "
    "누리캐피탈도 참여했다."
)

LICENCE = (
    "가온바이오, 셀바이오에 항체 신약 기술이전…계약금 300억 원\n"
    "바이오 기업 가온바이오가 미국 제약사 셀바이오에 자가면역질환 항체 후보물질 'GB-210'을 "
    "기술이전했다고 10일 밝혔다.\n"
    "계약 규모는 최대 1조5000억 원이며 반환 의무가 없는 계약금은 300억 원이다.\n"
    "셀바이오는 GB-210의 임상 2상을 내년 초 미국에서 시작할 계획이다.\n"
    "가온바이오는 앞서 2023년 일본 제약사 아오바제약에 비만 치료제 후보 'GB-105'의 일본 "
    "판권을 넘겼다.\n"
    "이번 계약의 법률 자문은 법무법인 한결이 맡았다.\n"
    "한편 가온바이오를 창업한 서진오 대표는 서울대 약대 교수 출신이다."
)


@pytest.fixture(scope="module")
def studio(tmp_path_factory):
    with article_kb(tmp_path_factory, STUDIO, "studio", "별무리스튜디오 대표 선임") as kb:
        yield kb


@pytest.fixture(scope="module")
def licence(tmp_path_factory):
    with article_kb(tmp_path_factory, LICENCE, "licence", "가온바이오 기술이전") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Who founded Byeolmuri Studio?", "길태준"),  # '도하윤' at aca9ff7
        ("Who led Byeolmuri Studio's Series C round?", "한솔벤처파트너스"),  # '도하윤' at aca9ff7
        ("Who founded Byeolmuri Studio in 2014?", "길태준"),  # a guard: right at aca9ff7
        ("별무리스튜디오를 세운 사람은 누구인가?", "길태준"),  # a guard: right at aca9ff7
    ],
)
def test_the_doer_of_the_verb_asked(studio, question, answer):
    ans = studio.ask(question)
    assert ans.answer == answer, (ans.answer, ans.method, ans.confidence)


def test_the_buyer_of_rights_is_the_other_company(licence):
    ans = licence.ask("Who bought the Japanese rights to GB-105?")  # '가온바이오' at aca9ff7
    assert ans.answer == "아오바제약", (ans.answer, ans.method, ans.confidence)


def test_the_synonyms_of_one_word_weigh_as_one(studio):
    snap = studio.snapshot()
    q = read_question(snap, "Who founded Byeolmuri Studio?")
    before = question_reading(q.tokens, snap.bm25.idf, read_asked(q.tokens))
    after = english_reading(before, q, snap.bm25)
    founded = [w for k, w in before.terms.items() if k in {"설립", "창업", "세우", "창단", "창립"}]
    assert len(founded) >= 3
    # the six Korean words of "founded" add one word's weight, not six
    assert after.total <= before.total - sum(founded) + max(founded)
    assert {"설립", "창업"} <= after.predicates and after.role == "subj"


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("Who founded Highroad Games?", "subj"),
        ("Which securities firm underwrote the listing?", ""),  # no verb of [reader] verbs
        ("Which company will build the plant?", "subj"),
        ("Which startup did Onbit Capital acquire?", "obj"),
        ("What did the company release last month?", "obj"),
        ("Who did Mulgyeol Soft develop Starvoyage with?", ""),  # a partner
        ("Who was appointed as chief executive?", "obj"),  # the one appointed
        ("Who is buying the volleyball club?", "subj"),
        ("Who was the club sold to?", ""),
        ("When was GrabOne launched?", ""),
    ],
)
def test_the_role_asked_by_word_order(question, role):
    assert english_role(question) == role


def test_the_predicate_is_the_main_verb():
    assert {"설립", "창업"} <= english_predicates("Who founded Highroad Games?")
    # the verb after "before" is no predicate of what is asked
    assert not english_predicates("What did she do before founding the company?")
    assert "발주" in english_predicates("Which shipowner ordered the carriers?")
