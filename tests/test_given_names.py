"""A thing asked by its kind noun is the name a clause gives that noun (issue 13: "첫 공동 상품"
answered with the bank, "단지의 이름" with the brand the name is built from, round 18): the noun or
its name noun as topic or object and the quoted name as predicate — "첫 상품은 … 'X'이다", "단지명은
'X'로 정해졌다", "이름을 'X'로 지었다" — or a name that calls the noun, "'X'라는 새 상품".  Real
Kiwi, real e5 embeddings, real FAISS; the articles and sentences are invented for the tests."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.given_names import given_name


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        # the topic defined by the copula
        (
            "두 회사가 처음 내놓는 상품은 소상공인 전용 카드 '가온 비즈카드'다.",
            "상품",
            "가온 비즈카드",
        ),
        (
            "올해 첫 신작 게임은 모바일 퍼즐 '별빛 정원(Starlight Garden)'이며 봄에 나온다.",
            "게임",
            "별빛 정원",
        ),
        ("이번 협약으로 선보일 서비스는 '동네 배송 온'이었다.", "서비스", "동네 배송 온"),
        ("그렇게 해서 나온 적금 상품이 '두리 함께적금'이다.", "상품", "두리 함께적금"),
        # a name noun and a naming verb after (으)로
        (
            "단지명은 시공사 브랜드 '라온'을 붙인 '라온 리버뷰 마포'로 확정됐다.",
            "단지",
            "라온 리버뷰 마포",
        ),
        ("회사는 새 앱 이름을 '모아톡'으로 지었다.", "앱", "모아톡"),
        ("제품명은 '그린셀 프로'에서 '그린셀 맥스'로 바뀌었다.", "제품", "그린셀 맥스"),
        ("두 은행은 공동 펀드의 명칭을 '미래 동행 펀드'로 정했다.", "펀드", "미래 동행 펀드"),
        # a name that calls the noun
        ("한결손보는 '한결 펫케어'라는 새 보험 상품을 출시했다.", "상품", "한결 펫케어"),
        ("카페 체인 솔담은 '달빛 라떼'라는 이름의 음료를 내놨다.", "음료", "달빛 라떼"),
        ("업계에서 '바람개비'라 불리는 이 드론은 날개가 셋이다.", "드론", "바람개비"),
        ("연구소는 '한빛-3'으로 명명된 관측위성을 내년에 쏜다.", "위성", "한빛-3"),
        ("온새전자는 새 노트북 브랜드 이름을 '에어폴드'로 결정했다.", "브랜드", "에어폴드"),
    ],
)
def test_the_name_a_clause_gives_the_kind_noun(sentence, kind, name):
    assert given_name(sentence, kind) == name


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("새 상품은 다음 달 전국 지점에서 판매된다.", "상품"),  # no name given
        ("게임은 '역대 최고'라는 평가를 받았다.", "게임"),  # the quote calls an 평가, not the game
        ("회사는 '고객이 먼저'라고 강조했다.", "서비스"),  # a quoted saying, no noun at all
        ("상품 기획은 '누리론' 출시 뒤 시작됐다.", "상품"),  # 상품 modifies 기획: no predicate
        # the name is another topic's: "회사는" opens the clause that names the app
        ("새 상품은 다음 달 나오며, 회사는 앱 이름도 '모아톡'으로 정했다.", "상품"),
    ],
)
def test_no_name_without_a_clause_that_gives_it(sentence, kind):
    assert given_name(sentence, kind) is None


ARTICLE = (
    "가온카드·미르통신, 데이터 결합 상품 낸다\n"
    "가온카드와 통신사 미르통신이 통신 이용 데이터를 결합한 금융 상품을 함께 만든다고 3일 "
    "밝혔다. 미르통신은 요금 납부 이력을 제공하고, 가온카드는 이를 카드 한도 심사에 쓴다. "
    "두 회사가 처음 내놓는 상품은 사회초년생 전용 카드 '미르 첫걸음카드'다. "
    "한편 가온카드 계열 건설사 가온건설이 짓는 서울 마포구 아파트의 단지명은 자사 브랜드 "
    "'가온 하임'을 붙인 '가온 하임 리버뷰'로 확정됐다. 가온건설은 이 단지 옆에 '하임 키즈'라는 "
    "이름의 공동 보육 시설도 짓는다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "given", "가온카드 미르통신 결합 상품") as kb:
        yield kb


def test_the_first_joint_product_is_the_name_the_copula_gives(kb):
    ans = kb.ask("가온카드와 미르통신이 처음 내놓는 상품은 무엇인가?")
    assert ans.answer == "미르 첫걸음카드", ans


def test_the_complex_name_is_the_one_it_was_named_not_the_brand(kb):
    ans = kb.ask("마포구 아파트 단지의 이름은 무엇인가?")
    assert ans.answer == "가온 하임 리버뷰", ans


def test_the_first_joint_product_asked_without_a_question_word(kb):
    ans = kb.ask("가온카드 미르통신 첫 공동 상품")
    assert ans.answer == "미르 첫걸음카드", ans


def test_the_facility_is_the_name_that_calls_it(kb):
    ans = kb.ask("단지 옆에 짓는 보육 시설의 이름은?")
    assert ans.answer == "하임 키즈", ans
