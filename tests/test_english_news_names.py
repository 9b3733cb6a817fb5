"""How English questions about real Korean news write its Hangul names (english38, from real
news read for the probe): a given name "-woo" (정우 "Jeong-woo", 대우 "Daewoo"), a romanized
stem with an English ending ("... Shipbuilding" of ...조선, "... International" of
...인터내셔널), English spellings news transliterates as they sound ("Ventures" 벤처스,
"International" 인터내셔널, a soft g), an initialism before a Hangul name (XX인터내셔널), a
short form and a long form of one company, and short company names (쏘카 "Socar") matched by
their whole spelling -- search/romanized.py, search/short_names.py.  Real Kiwi, real e5
embeddings, real FAISS; the articles and their names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg import analyze_document, resolve
from search.question import analyze_question
from search.romanized import NAMES_MARK, RomanIndex, _shortest_of, _spoken, romanizes
from search.short_names import short_alike, short_key, spelled
from search.spelled_initials import hangul_letters

ARTICLE = (
    "한서조선해양, 컨테이너선 4척 수주\n"
    "(서울=가온뉴스) 정하람 기자 = 한서조선이 아시아 선사로부터 컨테이너선 4척을 7200억 원에 "
    "수주했다고 3일 밝혔다. "
    "한서조선해양은 지난달 도현우 부사장을 신규 대표이사로 선임했다. "
    "이번 계약에는 HJ인터내셔널이 기자재 공급사로 참여했다. "
    "한서조선은 캡처벤처스와 노바제닉스로부터 투자를 받은 바 있다. "
    "선박용 소프트웨어는 타비가 공급한다. "
    "도장 설비는 케이엠솔루션이 맡는다."
)


@pytest.fixture(scope="module")
def ex():
    return resolve([analyze_document("hanseo", ARTICLE)])


def _named(ex, question: str) -> list[str]:
    return [ex.entities[e].name for e, _ in analyze_question(question, ex).entities]


def _unknown(ex, question: str) -> list[str]:
    return analyze_question(question, ex).unknown_names


def test_a_given_name_in_woo(ex):
    """At 3035a5b "Jeong-woo"-like spellings ("Hyun-woo") met no 우: -woo is u."""
    assert romanizes("Do Hyun-woo", "도현우") and romanizes("Hyunwoo Do", "도현우")
    assert "도현우" in _named(ex, "When was Do Hyun-woo appointed?")


def test_a_romanized_stem_with_an_english_ending(ex):
    """ "Hanseo Shipbuilding": the stem "hanso" is under five letters, the ending says the
    rest; the short form 한서조선 is the one company 한서조선해양 also is."""
    assert _unknown(ex, "How many ships did Hanseo Shipbuilding win?") == []
    assert _named(ex, "How many ships did Hanseo Shipbuilding win?") == ["한서조선"]


def test_a_short_stem_alone_is_no_name():
    """ "Miwoo Shipbuilding" is 미우조선 (stem "mio", three letters, and an ending); without
    its ending a stem of under five letters is too many names ("Han", "Seo")."""
    ex = resolve([analyze_document("d", "미우조선은 유조선 2척을 수주했다.")])
    assert _named(ex, "How many ships did Miwoo Shipbuilding win?") == ["미우조선"]
    assert "Miwoo" in _unknown(ex, "How many ships did Miwoo win?")


def _index(**names: str) -> RomanIndex:
    return RomanIndex({}, {NAMES_MARK + eid: {name} for eid, name in names.items()}, {}, {})


def test_the_short_form_of_one_company_is_its_name():
    assert _shortest_of({"a", "b"}, _index(a="한서조선", b="한서조선해양")) == {"a"}
    assert _shortest_of({"a", "b"}, _index(a="한서조선", b="동해조선")) == {"a", "b"}
    assert _shortest_of({"a"}, _index(a="한서조선")) == {"a"}


def test_english_spellings_as_they_sound():
    assert _spoken("Capture Ventures International") == "Capche Venches Internashonal"
    assert romanizes("Capture Ventures", "캡처벤처스")


def test_transliterated_names_of_news(ex):
    """At 3035a5b each of these was a name the knowledge base lacks."""
    assert _named(ex, "Did Capture Ventures invest?") == ["캡처벤처스"]
    assert _named(ex, "What does HJ International supply?") == ["HJ인터내셔널"]  # initialism
    assert _named(ex, "Did Nova Genix invest?") == ["노바제닉스"]  # a soft g: 제


def test_a_short_name_by_its_spelling(ex):
    """타비 (TP) was too short a skeleton to link; its whole spelling links it."""
    assert _named(ex, "What does Tabi supply?") == ["타비"]


def test_short_alike():
    assert short_alike("Socar", "쏘카") and short_alike("Hybe", "하이브")
    assert not short_alike("Kakao", "코코") and not short_alike("Toss", "타사")
    assert short_key("ssoka") == "~soka" and spelled("Coupang") == "kopank"


def test_two_short_names_alike_are_no_link():
    ex = resolve([analyze_document("d", "타비와 다비는 각각 30억 원을 투자했다.")])
    assert "Tabi" in _unknown(ex, "How much did Tabi invest?")


def test_a_short_word_unlike_any_name_stays_unknown(ex):
    assert "Zeno" in _unknown(ex, "What does Zeno supply?")


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "hanseo", "한서조선해양 컨테이너선 4척 수주") as kb:
        yield kb


def test_the_ships_a_romanized_shipyard_won(kb):
    """At 3035a5b: no answer ("Hanseo Shipbuilding" unknown, "ships" no word of the text)."""
    ans = kb.ask("How many container ships did Hanseo Shipbuilding win?")
    assert ans.answer and "4척" in ans.answer


def test_the_new_ceo_by_a_romanized_name(kb):
    ans = kb.ask("When was Do Hyun-woo appointed as CEO?")
    assert ans.analysis["unknown_names"] == []


def test_an_initialism_spelled_in_hangul(ex):
    """At 3035a5b "KM Solution" of 케이엠솔루션 (the letters' Korean names) was unknown."""
    assert hangul_letters("KM") == "케이엠" and hangul_letters("Km") == ""
    assert hangul_letters("A") == "" and hangul_letters("KOREA") == ""
    assert _named(ex, "What does KM Solution handle?") == ["케이엠솔루션"]


def test_an_initialism_of_no_name_stays_unknown(ex):
    assert "Solution" in _unknown(ex, "What does PQ Solution handle?")
