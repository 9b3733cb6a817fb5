"""How an English question is read as a whole (search/question.py, search/romanized.py,
search/english.py, search/question_forms.py): its opening word is no name, a name it writes in
Hangul leaves it English, names of Hangul and Latin letters and names of two words link, "built
on" and "compared with" name no maker and no partner, a plural asked noun asks for all.
Real Kiwi, real e5 embeddings, real FAISS; the article and its names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg import analyze_document, resolve
from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.english import english_frame, english_gloss
from search.question import analyze_question
from search.question_forms import question_form
from search.spans import tokens_of

ARTICLE = (
    "한결텔레콤, 美 클라우드 기업과 AI 데이터센터 합작법인 세운다\n"
    "통신사 한결텔레콤은 미국 클라우드 기업 블루리버클라우드(BlueRiver Cloud)와 합작법인을 세운다고 "
    "5일 밝혔다. "
    "합작법인은 경북 영덕군 일대 부지에 200메가와트 규모의 AI 데이터센터를 짓는다. "
    "업계에서는 동해안에 대형 데이터센터가 들어서는 첫 사례로 본다. "
    "영덕군은 데이터센터 주변 전력망 구축에 170억 원을 배정했다. "
    "한결텔레콤의 IT 자회사 다온SDS는 같은 날 인사를 내고 민서율 최고정보보호책임자(CISO)를 선임했다. "
    "구태오 클라우드사업부장은 전략 담당으로 자리를 옮겼다. "
    "다온SDS의 상담 서비스 '다온 메이트'는 한결텔레콤이 만든 언어모델 '한결LM'을 바탕으로 만들었다. "
    "별무리엔터테인먼트(이하 별무리엔터)는 다온 메이트를 음원 추천에 쓴다."
)


@pytest.fixture(scope="module")
def ex():
    return resolve([analyze_document("hangyeol", ARTICLE)])


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "hangyeol", "한결텔레콤 합작법인") as kb:
        yield kb


def _named(ex, question: str) -> list[str]:
    return [ex.entities[e].name for e, _ in analyze_question(question, ex).entities]


@pytest.mark.parametrize(
    "question", ["How much is allocated to the power grid?", "Was Hangyeol a startup?"]
)
def test_the_opening_word_is_no_unknown_name(ex, question):
    """At 66f7272: "How" and "Was" were names the text never writes, so "How much ...?" had
    no answer."""
    assert {"How", "Was"}.isdisjoint(analyze_question(question, ex).unknown_names)


def test_how_much_is_allocated(kb):
    """At 66f7272: no answer ("How" an unknown name)."""
    ans = kb.ask("How much is allocated to building the power grid?")
    assert ans.answer and "170억" in ans.answer, (ans.answer, ans.method)


def test_a_name_of_hangul_and_latin_letters_links(ex):
    """At 66f7272: "Daon SDS" linked nothing (다온SDS is neither all Hangul nor all Latin)."""
    assert "다온SDS" in _named(ex, "Who became the CISO of Daon SDS?")


def test_a_name_of_two_hangul_words_links_by_its_sound(ex):
    """At 66f7272: "Daon Mate" linked nothing (a name of two words was read by word)."""
    assert "다온 메이트" in _named(ex, "What language model is Daon Mate built on?")


def test_the_stem_of_a_company_name_links_alone(ex):
    """At 66f7272: "Byeolmuri" linked nothing (only "Byeolmuri Entertainment" did)."""
    assert _named(ex, "What does Byeolmuri use?") == ["별무리엔터"]


def test_an_english_question_may_write_a_name_in_hangul(ex):
    """At 66f7272: read as a Korean question (no gloss, no English frame)."""
    q = analyze_question("Where will the joint venture of 한결텔레콤 build its data center?", ex)
    assert q.english and "합작법인" in q.gloss


def test_built_on_names_no_maker(ex):
    """At 66f7272: DEVELOPED, so the answer was the maker (한결텔레콤), not the model."""
    assert analyze_question("What model is Daon Mate built on?", ex).relation == ""


def test_built_on_answers_the_model(kb):
    """At 66f7272: no answer or the maker."""
    ans = kb.ask("What language model is Daon Mate built on?")
    assert ans.answer and "한결LM" in ans.answer, (ans.answer, ans.method)


def test_compared_with_asks_no_partner():
    """At 66f7272: a company, as "Who did A develop B with?" asks."""
    assert english_frame("Which model was Nuri 2 compared with?") is None
    assert english_frame("Who did Nuri develop Bada with?").expected_type == "Company"


@pytest.mark.parametrize(
    "question, form",
    [
        ("Which models did Nuri 2 beat on the test?", "list"),
        ("Which model did Nuri 2 beat?", "factoid"),
    ],
)
def test_a_plural_asked_noun_asks_for_all(question, form):
    """At 66f7272: always one factoid ("Which models" read as "Which model")."""
    toks = tokens_of(kiwi().tokenize(question))
    assert question_form(toks, question, 1, read_asked(toks)) == form


@pytest.mark.parametrize(
    "question",
    [
        "Which US airline did Han Joon work at before?",
        "Which airline ordered the ten jets?",
        "Which Japanese broadcaster co-produces the series?",
        "Which broadcaster will air the final?",
    ],
)
def test_an_airline_or_a_broadcaster_asked_is_a_company(question):
    """answerable42: read as a thing, the question got no answer from a text that names one."""
    assert read_asked(tokens_of(kiwi().tokenize(question))).kind == "company"


def test_news_words_are_glossed():
    """At 66f7272: "joint venture" and "preliminary ruling" had no Korean words."""
    assert "합작법인" in english_gloss("Where will the joint venture build it?")
    assert "예비판정" in english_gloss("Who issued the preliminary ruling?")


KEYNOTE = (
    "AI 학회 둘째 날 기조연설\n"
    "학계에서는 모은결 한빛대 전산학과 교수와 여도윤 새봄과학기술원(SIST) 컴퓨터공학과 교수가 "
    "연단에 올랐다. "
    "모 교수는 모델 평가의 한계를 짚었다. "
    "여 교수는 자신의 연구실이 공개한 소형 한국어 모델 '은하수-2B'를 예로 들며 작은 모델도 쓸모가 "
    "있다고 말했다. "
    "은하수-2B는 논문 한 편을 요약하는 데 약 40초가 걸린다."
)


@pytest.fixture(scope="module")
def keynote_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, KEYNOTE, "keynote", "AI 학회 기조연설") as kb:
        yield kb


def test_a_given_name_spelled_with_oo_links(keynote_kb):
    """At 66f7272: no answer ("Do-yoon" read as doyun, 도윤 as doyon: the person did not link,
    and "Yeo", "Do" were names the text never writes)."""
    ans = keynote_kb.ask("What model did Professor Yeo Do-yoon's lab release?")
    assert ans.answer and "은하수-2B" in ans.answer, (ans.answer, ans.method)


def test_a_romanized_person_the_text_writes_is_no_unknown_subject():
    """At 66f7272: no such reading (a person the knowledge base lacks made the question one
    about a name the text never writes)."""
    from search.romanized import written_romanized

    assert written_romanized("What did Professor Jang Tae-in's lab release?", "장태인 교수 연구실")
    assert not written_romanized("What did Professor Kim Tae-in's lab release?", "장태인 교수")


def test_how_long_asks_a_length_of_time(keynote_kb):
    """At 66f7272: a description ("how" alone asks a manner), the sentence naming the model."""
    ans = keynote_kb.ask("How long does 은하수-2B take to summarize a paper?")
    assert ans.answer_type == "number" and "40초" in (ans.answer or ""), (ans.answer, ans.method)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How many engineers were on site when the outage began?", "number"),
        ("How much did the county set aside when the plan was announced?", "money"),
        ("Where was the plant built when the project began?", "place"),
        ("Who signed the deal when the two firms met in Seoul?", "person"),
    ],
)
def test_the_opening_interrogative_is_asked_not_a_later_when_or_where(question, kind):
    """At 7691686: "How many … when …" was read as asking a date (a later "when" or "where"
    opens a clause in English, it is no interrogative): round 24's night-shift workers question
    got no answer. It is read as a number now (the reader still picks another count there)."""
    asked = read_asked(tokens_of(kiwi().tokenize(question)))
    assert asked.wh_index == 0 and asked.kind == kind, (asked.kind, asked.wh)
