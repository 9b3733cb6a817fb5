"""Foreign persons written in Hangul right before their employer and post (kg/posted_persons.py):
"레이쥔 샤오미 회장", "왕원빈(汪文斌) 중국 외교부 대변인", "파브리스 브레지에 CEO".  Kiwi types
such names as companies or places, reads them as verbs, or cuts a last syllable off for a
particle; the words between a clause boundary and the post are the person.  Every name,
company and body below is invented; the sentences show the patterns of real news."""

from __future__ import annotations

import pytest
from relation_cases import entity_types, named_relations

from kg import posted_persons
from kg.kiwi import kiwi
from kg.pieces import Tok


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a company glossed in Latin between the name and the post
        ("크리스티앙 뒤랑 베르텍스(Vertex) CEO는 투자를 약속했다.", "크리스티앙 뒤랑"),
        # a company of two words glossed in two Latin words ("에어 모닝(Air Morning)")
        ("이에 장 피에르 루 에어 모닝(Air Morning) 회장은 말했다.", "장 피에르 루"),
        # a country and its body between the name and the post
        ("알베르토 산체스 칠레 광업부 장관과 만났다.", "알베르토 산체스"),
        # a Chinese name with its Hanja, a state's post that companies do not hold
        ("류샤오펑(刘晓峰) 중국 상무부 대변인은 말했다.", "류샤오펑"),
        # a modifier of the post before it
        ("크리스티앙 뒤랑 베르텍스(Vertex) 전 대표는 말했다.", "크리스티앙 뒤랑"),
        # Kiwi cut the name's last syllable for a particle: the word is kept whole
        ("다니엘 모로에 CEO는 말했다.", "다니엘 모로에"),
    ],
)
def test_the_words_before_an_employer_and_a_post_are_a_person(text, person):
    assert entity_types(text).get(person) == "Person"


def test_the_person_works_at_the_body_before_the_post():
    rels = named_relations("알베르토 산체스 칠레 광업부 장관과 만났다.")
    assert ("알베르토 산체스", "WORKED_AT", "칠레 광업부") in rels


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("한국 측에서는 박서연 누리(Nuri) 회장과 만났다.", "박서연"),  # Korean: the tagger's
        ("이날 베르텍스(Vertex) 대표는 말했다.", "이날"),  # a common noun Kiwi knows
        ("지난 베르텍스(Vertex) 대표는 말했다.", "지난"),  # no noun: a verb's form
        (
            "오늘 아침 크리스티앙 뒤랑 베르텍스(Vertex) CEO가 말했다.",
            "아침 크리스티앙 뒤랑",
        ),  # no start
        ("크리스티앙 뒤랑 대변인은 말했다.", "크리스티앙 뒤랑"),  # a state's post with no country
        (
            "이에 크리스티앙 뒤랑(불어권) 프랑스 대사가 말했다.",
            "크리스티앙 뒤랑(불어권)",
        ),  # Hangul gloss
        ("베르텍스 대표는 말했다.", "베르텍스"),  # the sentence's first word: nothing before
    ],
)
def test_no_posted_person_without_a_foreign_name_before_the_post(text, word):
    found = _posted(text)
    assert all(m.text != word for m in found)
    assert all(m.rule == "posted-person" for m in found)


def test_a_hangul_gloss_or_a_korean_name_gives_no_posted_person():
    assert _posted("이에 크리스티앙 뒤랑(불어권) 프랑스 대사가 말했다.") == []
    assert _posted("오늘 아침 크리스티앙 뒤랑 베르텍스(Vertex) CEO가 말했다.") == []
    assert _posted("크리스티앙 뒤랑 대변인은 말했다.") == []
    assert _posted("한국 측에서는 박서연 누리(Nuri) 회장과 만났다.") == []


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("록사렉스", 1),
        ("리퀴드(Air Liquide)", 2),
        ("토탈에너지(Total Energies)", 1),
        ("X(a b c)", 1),
    ],
)
def test_a_company_glossed_in_two_latin_words_may_take_two_words(word, count):
    assert posted_persons._employer_words(word) == count


def test_an_oddly_cut_word_is_a_name_kiwi_does_not_know():
    text = "다니엘 모로에 CEO는 말했다."
    words = [(w.start(), w.end()) for w in posted_persons._WORD.finditer(text)]
    toks = [Tok.of(t) for t in kiwi().tokenize(text)]
    assert posted_persons._odd(text, words, 1, toks)
    assert not posted_persons._odd(text, words, 0, toks)  # 다니엘: one proper noun
    assert not posted_persons._odd(text, words, 2, toks)  # CEO는: no Hangul word
    assert not posted_persons._odd(text, words, -1, toks)


def test_a_verb_kiwi_glued_inside_a_proper_noun_is_odd():
    # Kiwi's reading of a real Chinese name in one sentence (레이/NNP 쥐/VV ᆫ/ETM), on an
    # invented one: Kiwi reads it so only in some contexts, so the tokens are written out
    text = "메이쥔 누리텍 회장은"
    toks = [Tok("메이", "NNP", 0, 2), Tok("쥐", "VV", 2, 3), Tok("ᆫ", "ETM", 2, 3)]
    toks += [Tok("누리텍", "NNP", 4, 7), Tok("회장", "NNG", 8, 10), Tok("은", "JX", 10, 11)]
    words = [(0, 3), (4, 7), (8, 11)]
    assert posted_persons._odd(text, words, 0, toks)
    assert posted_persons._reads_as_name("메이쥔", toks[:3], 1, _grammar())
    ends = posted_persons._name_runs(text, words, 1, frozenset(), toks)
    assert (0, 0, 1) in ends  # the name before the Hangul company


def test_a_title_or_a_taken_word_is_no_posted_person():
    assert _posted("이에 마르셀 사장 베르텍스(Vertex) 대표는 말했다.") == []
    assert _posted("이에 누리AI 베르텍스(Vertex) 대표는 말했다.") == []  # no Hangul name
    assert _posted("이에 루 베르텍스(Vertex) 대표는 말했다.") == []  # one syllable alone
    assert _posted("크리스티앙 뒤랑 베르텍스(Vertex) CEO는 말했다.", taken=True) == []


def test_a_comma_starts_the_next_name_of_a_list():
    text = "사절단은 크리스티앙 뒤랑 베르텍스(Vertex) CEO, 다니엘 모로 누리텍(Nuritech) 부사장으로 꾸려졌다."
    assert [m.text for m in _posted(text)] == ["크리스티앙 뒤랑", "다니엘 모로"]


@pytest.mark.parametrize(
    "text",
    [
        "이에 줄리아 박(Julia Park·한국명 박서연) 전무를 영입했다.",  # Hangul in the gloss
        "이에 마르셀 박(Marcel) 전무를 영입했다.",  # a one-syllable word: a family name
        "장민서 대표와 라이언 피셔(Ryan Fisher) 최고기술책임자(CTO)가 창업했다.",  # a title
        "산드라 왓킨스 애리조나주 상무청(ACA) 청장은 말했다.",  # a state: the employer's
        "문소희 태을전자 AI플랫폼팀장은 승진했다.",  # a Korean name first
        # the cost: a foreign first name read as a Korean one (마 + two syllables) is left
        # to the tagger
        "마르셀 뒤랑 베르텍스(Vertex) CEO는 투자를 약속했다.",
    ],
)
def test_no_posted_person_where_the_words_are_no_foreign_name_and_company(text):
    assert _posted(text) == []


def test_a_name_glossed_in_latin_before_a_hangul_company():
    found = _posted("이에 안드레스 몰리나(Andres Molina) 누리파워 회장은 말했다.")
    assert [m.text for m in found] == ["안드레스 몰리나"]


def test_a_name_kiwi_knows_whole_across_a_space():
    # Kiwi's dictionary has some foreign names of two words as one token (an example outside
    # any article); the words are still read one by one
    found = _posted("그는 관저에서 저스틴 트뤼도 캐나다 총리를 만났다.")
    assert [m.text for m in found] == ["저스틴 트뤼도"]


@pytest.mark.parametrize(
    ("word", "region"), [("애리조나주", True), ("광둥성", True), ("보나시", False), ("주", False)]
)
def test_a_region_ends_in_a_region_suffix(word, region):
    assert posted_persons._a_region(word) is region


@pytest.mark.parametrize(
    ("word", "full"),
    [("산티아고(Eduardo Santiago)", True), ("리퀴드(Air liquide)", False), ("X(Roxalex)", False)],
)
def test_a_full_name_gloss_is_two_or_three_capitalised_words(word, full):
    assert posted_persons._full_name_gloss(word) is full


def test_a_missing_country_list_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(posted_persons, "load_table", lambda name: {})
    posted_persons.foreign_countries.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"foreign_names\.toml needs countries"):
            posted_persons.foreign_countries()
    finally:
        posted_persons.foreign_countries.cache_clear()


def _grammar():
    from kg.resources import resources

    return resources().grammar


def _posted(text: str, taken: bool = False):
    """The posted-person mentions of one sentence (``taken``: every token found before)."""
    from kg.model import Sentence
    from kg.pieces import pieces

    toks = [Tok.of(t) for t in kiwi().tokenize(text)]
    sentence = Sentence("s", "d", 0, 0, 0, text)
    ps = pieces(text, toks)
    return posted_persons.posted_persons(sentence, ps, toks, [taken] * len(toks))
