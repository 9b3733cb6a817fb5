"""A thing asked by its kind noun is the name the text writes with that noun (issue 13: "어떤
게임 엔진으로" answered with the engine's maker in round 15, "어느 공장에서" with nothing in round
13): "크로마 엔진 3", "누리켐 여수 2공장", not the company or the place of the sentence.  Real
Kiwi, real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "별무리게임즈, 신작 '은하 항로' 일본 출시\n"
    "게임사 별무리게임즈가 신작 '은하 항로'를 다음 달 일본에 출시한다고 4일 밝혔다. "
    "'은하 항로'는 우주 함대를 꾸려 교역로를 여는 전략 게임으로, 반도소프트의 크로마 엔진 "
    "3으로 만들어졌다.\n"
    "한편 배터리 소재 기업 누리켐은 미국 완성차 업체 벨타모터스에 양극재를 공급하는 계약을 "
    "맺었다. 공급 물량은 전남 여수시에 있는 누리켐 여수 2공장에서 전량 생산된다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "headed", "은하 항로 출시") as kb:
        yield kb


def test_the_engine_is_the_name_written_with_engine_not_its_maker(kb):
    ans = kb.ask("은하 항로는 어떤 게임 엔진으로 만들어졌나?")
    assert ans.answer == "크로마 엔진 3", ans


def test_the_plant_is_the_name_written_with_plant(kb):
    ans = kb.ask("벨타모터스에 보낼 양극재는 어느 공장에서 만드나?")
    assert "여수 2공장" in (ans.answer or ""), ans


# A thing asked by its kind noun alone ("로켓은 무엇인가?", "서비스는 어떤 것들인가?"): the name
# quotes or a gloss mark with the noun, never the maker a headline writes before it (rounds 8,
# 10, 17: the maker's "X 로켓" of a headline answered for the rocket, one of two quoted services, the company).
LAUNCH = (
    "하늬샛, 첫 관측위성 '하늬-2' 美 오리온X 로켓에 싣는다\n"
    "위성 스타트업 하늬샛이 만든 초소형 관측위성 '하늬-2'가 다음 달 10일 오리온X의 "
    "스타콘3(Starcon 3) 로켓에 실려 발사된다고 2일 밝혔다. "
    "하늬샛은 위성이 보내는 영상을 지도 서비스 '하늬맵'과 농업 관제 서비스 '하늬팜'에 쓸 "
    "계획이다. 두 서비스는 내년 상반기 문을 연다. 회사는 연말까지 위성 교육 앱 ‘하늬스쿨’과 "
    "재난 경보 알림 앱 ‘하늬경보’도 차례로 선보일 계획이다."
)


@pytest.fixture(scope="module")
def launch_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, LAUNCH, "launch", "하늬샛 위성 발사") as kb:
        yield kb


def test_the_rocket_is_the_name_glossed_before_rocket_not_its_maker(launch_kb):
    ans = launch_kb.ask("하늬-2를 싣고 올라갈 로켓은 무엇인가?")
    assert "스타콘3" in (ans.answer or "") and "오리온X" not in ans.answer, ans


def test_the_services_are_every_name_quoted_after_service(launch_kb):
    ans = launch_kb.ask("하늬샛이 위성 영상을 쓸 서비스는 어떤 것들인가?")
    assert "하늬맵" in (ans.answer or "") and "하늬팜" in ans.answer, ans


def test_names_in_curly_quotes_are_read_too(launch_kb):
    ans = launch_kb.ask("하늬샛이 연말까지 선보일 앱은 어떤 것들인가?")
    assert "하늬스쿨" in (ans.answer or "") and "하늬경보" in ans.answer, ans


# things40 (round 20): a product asked by its kind noun and 이름 ("무인기 이름이 뭐야?") was
# answered by its maker; the name is quoted after the noun, quoted before it ("'솔빛 하우스'
# 아파트 브랜드로"), or the topic a clause defines as the noun ("바다매는 … 내놓은 무인기로").
DRONE = (
    "누리항공, 칠레에 무인기 30대 수출…8천억 원 규모\n"
    "항공기 제조사 누리항공이 칠레 공군과 8천억 원 규모의 정찰 무인기 '바다매(Badamae)' 30대 "
    "수출 계약을 맺었다고 3일 밝혔다. "
    "바다매는 누리항공이 2024년 내놓은 무인기로, 최대 24시간 동안 비행한다. "
    "누리항공은 부산에 본사를 둔 회사로, '누리 스카이' 헬리콥터 브랜드로도 알려져 있다."
)


@pytest.fixture(scope="module")
def drone_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, DRONE, "drone", "누리항공 무인기 수출") as kb:
        yield kb


def test_a_name_asked_with_its_kind_noun_is_the_name_not_the_maker(drone_kb):
    ans = drone_kb.ask("칠레에 수출하는 무인기 이름이 뭐야?")
    assert ans.answer == "바다매", ans


def test_the_brand_quoted_before_its_kind_noun(drone_kb):
    ans = drone_kb.ask("누리항공의 헬리콥터 브랜드는?")
    assert ans.answer == "누리 스카이", ans


def _tokens(text):
    from search.passages import sentence_tokens

    return list(sentence_tokens(text))


@pytest.mark.parametrize(
    ("text", "noun", "want"),
    [
        ("바다매는 누리항공이 내놓은 무인기로, 하루를 난다.", "무인기", ["바다매"]),
        ("바다매는 누리항공이 만든 무인기다.", "무인기", ["바다매"]),  # the copula
        ("회사는 새로 내놓은 무인기로 시장을 연다.", "무인기", []),  # a common noun topic
        ("누리항공이 만든 바다매는 무인기로 분류된다.", "무인기", []),  # no clause before it
        ("바다매는 누리항공이 내놓은 무인기를 닮았다.", "무인기", []),  # neither 로 nor 이다
        ("누리항공이 내놓은 무인기로 바다매가 뽑혔다.", "무인기", []),  # no topic
        ("그러나 바다매는 누리항공이 내놓은 무인기다.", "무인기", []),  # not at the start
        ("누리항공은 '누리 스카이' 헬리콥터 브랜드로 알려졌다.", "브랜드", ["누리 스카이"]),
        ("누리항공은 '누리 스카이' 브랜드로 알려졌다.", "브랜드", ["누리 스카이"]),
        ("누리항공은 '' 브랜드로 알려졌다.", "브랜드", []),  # empty quotes
        ("누리항공은 스카이) 브랜드로 알려졌다.", "브랜드", []),  # no opening quote
        ("정찰 무인기 '바다매(Badamae)' 30대", "무인기", ["바다매"]),  # the gloss dropped
        ("정찰 무인기 '(Badamae)' 30대", "무인기", ["(Badamae)"]),  # a gloss alone stays
        ("통합보험 상품인 '누리케어 플러스'는 인기다.", "상품", ["누리케어 플러스"]),  # 인 between
        ("통합보험 상품인 누리케어는 인기다.", "상품", []),  # 인 and no quotes
    ],
)
def test_names_marked_with_their_kind_noun(text, noun, want):
    from search.headed_names import headed_names

    assert headed_names(text, _tokens(text), noun, True) == want


def test_a_name_word_names_the_kind_before_it():
    from search.headed_names import _name_asked_of
    from search.question import Question

    def asked(text):
        return _name_asked_of(Question(text=text, tokens=_tokens(text)))

    assert asked("수출하는 무인기 이름이 뭐야?") == "무인기"
    assert asked("새 앱의 명칭은?") is None  # 의 between: the name of the app's owner, not read
    assert asked("이름 명칭은?") is None  # a name word before it is no kind
    assert asked("대표 이름은?") == "대표"
    assert asked("누가 만들었나?") is None


def test_a_model_asked_with_its_name_word_is_left_to_the_model_readers():
    from search.answer_types import Asked
    from search.headed_names import _named_kind
    from search.question import Question

    text = "쓰는 언어모델 이름은?"
    q = Question(text=text, tokens=_tokens(text))
    assert _named_kind(q, Asked(kind="model", head="이름")) is None
    assert _named_kind(q, Asked(kind="thing", head="이름")) == "모델"  # Kiwi: 언어 + 모델


# A sentence about the asked firm that writes the kind noun without a name ("보험금 지급 기준
# 위반") is the one to read: a later sentence's named "KX365 광고 심의 위반" is another firm's
# (realqa43: "신한투자증권은 어떤 위반으로?" answered with another broker's breach, 0.64).
BREACHES = (
    "보험사 두 곳 제재 확정\n"
    "금융위원회는 한빛생명과 누리손해보험에 대한 제재를 확정했다고 9일 밝혔다. "
    "한빛생명은 보험금 지급 기준 위반으로 과태료 2억원의 조치를 받았다. "
    "누리손해보험은 KX365 광고 심의 위반이 제재에서 빠지면서 과태료가 1억원으로 줄었다."
)


@pytest.fixture(scope="module")
def breaches(tmp_path_factory):
    with article_kb(tmp_path_factory, BREACHES, "breaches", "보험사 제재") as kb:
        yield kb


def test_the_asked_firms_own_sentence_wins_over_a_later_named_one(breaches):
    ans = breaches.ask("한빛생명은 어떤 위반으로 과태료를 받았나?")
    assert "KX365" not in (ans.answer or ""), ans
    assert "보험금 지급 기준 위반" in (ans.answer or ""), ans
