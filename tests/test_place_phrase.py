"""One reading of the place phrase before 에서/에 (search/place_phrase.py), shared by where an
event was held (search/venues.py), a site widened to the names before it (search/sites.py) and
a place run read forward (search/place_runs.py).  Each case shows where the readings differed
before and which one was the bug; the sentences are invented, the patterns are those of real
Korean news read on 2026-11-30 (a place ending as a particle does, "상하이", "하와이", "두바이";
an hour or a duration before the venue; a bracketed English name with a space in it).
Real Kiwi; the last test builds a small knowledge base with real e5 embeddings and FAISS."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.place_phrase import PlaceWord, locative, named_tail, place_phrase, words_before
from search.place_runs import place_run
from search.reader import Passage
from search.sites import sited
from search.spans import tokens_of
from search.venues import venue_in


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        # a place ending on 이 was read as a word with a particle ("몬테비데오 가온컨벤션센터")
        (
            "누리포럼은 오는 9일 우루과이 몬테비데오 가온컨벤션센터에서 열린다.",
            "우루과이 몬테비데오 가온컨벤션센터",
        ),
        # an hour written before the venue was part of it ("2시 대전 유성구 가온홀")
        ("한솔랩은 12일 오후 2시 대전 유성구 가온홀에서 설명회를 열었다.", "대전 유성구 가온홀"),
        # so was a duration ("나흘간 부산 …") and a year written without a digit ("올해 …")
        ("박람회는 나흘간 부산 해운대구 누리전시장에서 열린다.", "부산 해운대구 누리전시장"),
        ("행사는 올해 경기 고양시 누리전시장에서 열렸다.", "경기 고양시 누리전시장"),
        # a bracketed name with a space in it was kept ("누리빌리지(Nuri Village)")
        ("협의회는 누리빌리지(Nuri Village)에서 총회를 개최했다.", "누리빌리지"),
        # a name Kiwi reads as a verb inside ("명해은행": 명/하/어/은행) still ends on a noun
        (
            "두 회사는 3일 부산 동구 명해은행 본점 7층 강당에서 체결식을 열었다.",
            "부산 동구 명해은행 본점 7층 강당",
        ),
        # the noun closing an attendance clause is no part of it ("참석한 가운데 …")
        (
            "가온제철은 임직원 등이 참석한 가운데 울산 후판공장에서 준공식을 열었다.",
            "울산 후판공장",
        ),
        # a verb form before the venue is no part of it ("새로 만든 강당")
        ("두 회사는 새로 만든 강당에서 협약식을 열었다.", "강당"),
    ],
)
def test_the_venue_is_the_place_phrase(sentence, venue):
    assert venue_in(sentence) == venue


@pytest.mark.parametrize(
    ("sentence", "name", "site"),
    [
        # a time word or an adverb of two letters was read as a region ("이날 물류센터")
        ("회사는 이날 물류센터에서 첫 출고식을 했다.", "물류센터", "물류센터"),
        ("두 회사는 모두 데이터센터에서 서버를 운영한다.", "데이터센터", "데이터센터"),
        # a name written in Latin letters is a name of the run, as place_runs read it
        ("시상식은 LA 누리컨벤션센터에서 열렸다.", "누리컨벤션센터", "LA 누리컨벤션센터"),
        # a region written before the site that Kiwi reads as no proper noun is still kept
        (
            "누리우주는 경남 사천테크노밸리에 공장을 짓는다.",
            "사천테크노밸리",
            "경남 사천테크노밸리",
        ),
        # what describes a site is no name: the site alone
        ("회사는 최첨단 물류센터에서 출고한다.", "물류센터", "물류센터"),
    ],
)
def test_a_site_is_widened_over_the_names_of_its_phrase(sentence, name, site):
    assert sited(sentence, name) == site


def _passage(text: str, place: str) -> Passage:
    at = text.find(place)
    ents = [{"start": at, "end": at + len(place), "type": "Place"}]
    return Passage("s1", text, tokens_of(kiwi().tokenize(text)), entities=ents)


@pytest.mark.parametrize(
    ("sentence", "run"),
    [
        # the word with 에 held a digit ("광양2산단에") or a bracketed short name: no run was read
        ("해솔배터리는 전남 광양2산단에 공장을 짓는다.", "전남 광양2산단"),
        ("누리텍은 미국 텍사스주 누리센터(NRC)에 연구소를 세운다.", "미국 텍사스주 누리센터"),
        # a comma after the word with 에 ends the run there
        ("누리텍은 미국 텍사스주 오스틴에, 가온텍은 일본에 공장을 세운다.", "미국 텍사스주 오스틴"),
    ],
)
def test_a_place_run_ends_on_the_word_the_phrase_reads(sentence, run):
    name = sentence.split()[1]
    assert place_run(_passage(sentence, name), name) == run


def test_locative_reads_the_word_with_eseo_or_e():
    assert locative("빛누리센터(BNC)에서") == "빛누리센터"
    assert locative("코코모에,") == "코코모"
    assert locative("센터에서도") is None  # 에서도: more follows, no place ends here
    assert locative("센터") is None


def test_words_before_stops_at_a_particle_and_counts_most():
    text = "누리통신과 한빛은행은 3일 서울 영등포구 한빛은행 본점 15층 대회의실에서 열었다."
    at = text.find("대회의실")
    assert [w.text for w in words_before(text, at, 6)] == [
        "서울", "영등포구", "한빛은행", "본점", "15층",
    ]  # fmt: skip
    assert [w.text for w in words_before(text, at, 2)] == ["본점", "15층"]
    assert words_before(text, at, 0) == []


def test_the_first_word_of_a_sentence_has_no_words_before_it():
    assert words_before("센터에서 열었다.", 0, 3) == []
    assert place_phrase("(가온)에서 열린다.", 4, 7) == []


def test_a_negative_count_is_a_clear_error():
    with pytest.raises(ValueError, match="0 or more"):
        words_before("서울 센터에서 열었다.", 3, -1)
    with pytest.raises(ValueError, match="1 word or more"):
        place_phrase("서울 센터에서 열었다.", 5, 0)


def test_named_tail_keeps_the_names_after_the_last_description():
    words = [PlaceWord("신규", 0, False), PlaceWord("미국", 3, True), PlaceWord("실버록", 6, True)]
    assert [w.text for w in named_tail(words)] == ["미국", "실버록"]
    assert named_tail([PlaceWord("신규", 0, False)]) == []
    assert named_tail([]) == []


ARTICLE = (
    "가온데이터, 남미 개발자 대회 개최\n"
    "가온데이터는 오는 9일 우루과이 몬테비데오 누리컨벤션센터에서 '남미 개발자 대회'를 연다고 "
    "2일 밝혔다. 대회에는 남미 8개국 개발자 300여 명이 참가한다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "place-phrase", "가온데이터 개발자 대회") as kb:
        yield kb


def test_the_venue_keeps_a_country_ending_as_a_particle_does(kb):
    ans = kb.ask("가온데이터 개발자 대회는 어디서 열리나?")
    assert ans.answer == "우루과이 몬테비데오 누리컨벤션센터", (
        ans.answer,
        ans.method,
        ans.sentence,
    )
