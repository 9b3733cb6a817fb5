"""English questions that write a Korean article's Hangul names in Latin letters: a person
by the Revised Romanization ("Kwon Min-hyuk" for 권민혁, either order, hyphen or not), a
company, product or place by its sound ("NeuroPulse" for 뉴로펄스) -- search/romanized.py.
Real Kiwi, real e5 embeddings, real FAISS; the article and its names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg import analyze_document, resolve
from search.question import analyze_question
from search.romanized import romanize, romanizes

ARTICLE = (
    "루미엘바이오, 신임 대표에 권민혁 선임\n"
    "바이오 기업 루미엘바이오는 권민혁 전 세진제약 연구소장을 신임 대표로 선임했다고 3일 밝혔다. "
    "권민혁 대표는 세진제약에서 15년간 신약 개발을 이끌었다. "
    "루미엘바이오의 치료제 '뉴로펄스'는 내년 일본에서 유통사 하나카와상사를 통해 판매된다. "
    "회사는 미국 스프링필드 공장에서 뉴로펄스를 생산한다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "lumiel", "루미엘바이오 신임 대표 권민혁") as kb:
        yield kb


@pytest.fixture(scope="module")
def ex():
    return resolve([analyze_document("lumiel", ARTICLE)])


def _named(ex, question: str) -> list[str]:
    return [ex.entities[e].name for e, _ in analyze_question(question, ex).entities]


def test_revised_romanization():
    assert romanize("권민혁") == "gwonminhyeok"
    assert romanize("서하준") == "seohajun"


@pytest.mark.parametrize(
    "written", ["Kwon Min-hyuk", "Min-hyuk Kwon", "Kwon Minhyuk", "Gwon Min-hyeok"]
)
def test_a_romanized_person_links_to_the_hangul_name(ex, written):
    """At ba1be55: no entity (the name is written only in Hangul)."""
    assert "권민혁" in _named(ex, f"Where did {written} work before?")


def test_common_surname_spellings():
    assert romanizes("Lee Jae-won", "이재원") and romanizes("Jae-won Rhee", "이재원")
    assert romanizes("Park Sung-min", "박성민") and romanizes("Choi Min-soo", "최민수")
    assert not romanizes("Kim Jae-won", "이재원")


@pytest.mark.parametrize(
    "written, hangul", [("NeuroPulse", "뉴로펄스"), ("Springfield", "스프링필드")]
)
def test_a_transliterated_name_links_to_the_hangul_name(ex, written, hangul):
    """At ba1be55: no entity."""
    assert hangul in _named(ex, f"Where is {written} made?")


def test_a_common_english_word_is_no_name(ex):
    assert _named(ex, "Which Company sells the Plant?") == []


def test_a_spelling_two_people_share_links_neither():
    people = resolve([analyze_document("d", "한빛상사는 임재원 대표와 림재원 이사를 선임했다.")])
    names = {e.name for e in people.entities.values() if e.type == "Person"}
    assert {"임재원", "림재원"} <= names
    assert _named(people, "Who is Lim Jae-won?") == []


def test_where_the_romanized_ceo_worked_before(kb):
    """At ba1be55: the answer is the company the CEO now heads, or no company."""
    ans = kb.ask("Where did Kwon Min-hyuk work before joining Lumiel Bio?")
    assert "세진제약" in ans.answer, (ans.answer, ans.method, ans.confidence)


def test_the_distributor_of_a_transliterated_product(kb):
    """At ba1be55: the product links to nothing and the answer is not the distributor."""
    ans = kb.ask("Which distributor will sell NeuroPulse in Japan?")
    assert "하나카와상사" in ans.answer, (ans.answer, ans.method, ans.confidence)


def test_korean_question_unchanged(kb):
    ans = kb.ask("권민혁 대표는 이전에 어디에서 일했나?")
    assert "세진제약" in ans.answer, (ans.answer, ans.method, ans.confidence)


def test_a_word_of_a_longer_hangul_name():
    """A place news writes with its state ("오하이오주 스프링데일") is asked by the town alone."""
    assert romanizes("Springdale", "오하이오주 스프링데일")
    assert not romanizes("Springdale", "오하이오주")


def test_a_company_romanized_in_part_and_translated_in_part():
    """ "Seowon Financial Group" style: a romanized stem and a translated ending."""
    assert romanizes("Dasol Financial Group", "다솔금융지주")
    assert romanizes("Dasol Life", "다솔생명") and not romanizes("Dasol Life", "다솔은행")


def test_the_insurer_a_romanized_group_acquired(tmp_path_factory):
    """At ba1be55: the group links to nothing (the text writes it only in Hangul)."""
    text = (
        "다솔금융지주, 새 회장 후보 확정\n"
        "다솔금융지주는 2021년 미르생명을 인수해 보험 부문을 키웠다. "
        "다솔금융지주의 자산은 310조 원이다."
    )
    with article_kb(tmp_path_factory, text, "dasol", "다솔금융지주 새 회장") as kb:
        ex = kb.snapshot().extraction
        assert "다솔금융지주" in _named(ex, "Which insurer did Dasol Financial Group acquire?")
        ans = kb.ask("Which insurer did Dasol Financial Group acquire in 2021?")
        assert "미르생명" in ans.answer, (ans.answer, ans.method, ans.confidence)


def test_a_model_built_into_a_romanized_app_is_not_its_maker(tmp_path_factory):
    """ "built into" puts a thing inside another: no DEVELOPED, so not the app's maker."""
    text = (
        "소리샘랩, 받아쓰기 앱 또랑 공개\n"
        "음성 AI 기업 소리샘랩은 받아쓰기 앱 '또랑'을 개발했다. "
        "또랑 앱에는 음성인식 모델 '울림 2'가 탑재됐다."
    )
    with article_kb(tmp_path_factory, text, "ttorang", "소리샘랩 또랑 공개") as kb:
        ans = kb.ask("What speech recognition model is built into the Ttorang app?")
        assert "울림" in ans.answer, (ans.answer, ans.method, ans.confidence)
