"""A party asked by a role noun (issue 13): "X의 최대주주는?", "시공사는?", "낙찰자는?",
"행동주의 펀드는?" ask for a company, a body or a person — never for the stake, the amount or
the demand written beside it (search/party_nouns.py), and Korean news writes the party at a
fixed place of the role's slot (search/role_slots.py).  Sentences and the article are our own,
in the shapes read in real business news; real Kiwi, real e5 embeddings, real FAISS."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.answer_types import read_asked
from search.party_nouns import party_kind
from search.passages import sentence_tokens
from search.role_slots import echoes_role, slot_party


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        # -처: the other end of a trade
        ("투자처", "company"),
        ("납품처", "company"),
        ("수요처", "company"),
        ("매각처", "company"),
        # -사 (社): a firm of a role
        ("후원사", "company"),
        ("수탁사", "company"),
        ("해양시공사", "company"),
        # -자, -주, 후보: any party
        ("낙찰자", "party"),
        ("수상자", "party"),
        ("우선협상대상자", "party"),
        ("최대주주", "party"),
        ("건물주", "party"),
        ("인수 후보".split()[-1], "party"),
        # bodies, and people by a title or a post
        ("주관기관", "organization"),
        ("시민단체", "organization"),
        ("은행장", "person"),
        ("내정자", "person"),
        ("회계사", "person"),
        ("책임연구자", "person"),
        ("이사장", "person"),
    ],
)
def test_role_nouns_name_a_party(word, kind):
    assert party_kind(word) == kind


@pytest.mark.parametrize(
    "word",
    # a source, a use, a place; an amount, an inquiry, a speech, shares, a week, a reading
    [
        "출처",
        "용처",
        "사용처",
        "근처",
        "연락처",
        "영업적자",
        "재투자",
        "순이자",
        "여론조사",
        "기념사",
        "자사주",
        "신주",
        "이번주",
        "예측",
        "가입자",
        "투자",
    ],
)
def test_words_of_those_endings_that_name_no_party(word):
    assert party_kind(word) == ""


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("세림식품의 최대주주는?", "company"),  # was a thing: "지분 41%" answered it
        ("펀드의 첫 투자처는 어디인가?", "company"),  # was where: a place could answer
        ("물류센터 공사 낙찰자는?", "company"),
        ("이번 매각의 인수자는?", "company"),  # Kiwi: 인수/NNG 자/XSN
        ("지분을 사들인 행동주의 펀드는?", "company"),
        ("대회 후원사는?", "company"),
        ("유력 인수 후보는?", "company"),
        ("매각 대금의 용처는?", "thing"),  # a use, no party
        ("자금의 출처는?", "thing"),
        ("공장 근처에는 무엇이 있나?", "thing"),
    ],
)
def test_the_asked_kind_of_a_role_noun(question, kind):
    assert read_asked(list(sentence_tokens(question))).kind == kind


def _slot(text: str, names: list[str], role: str, ordinal: str = "", modifier: str = ""):
    ents = [
        {"start": text.index(n), "end": text.index(n) + len(n), "type": "Company", "id": n}
        for n in names
    ]
    found = slot_party(text, sentence_tokens(text), ents, role, ordinal, modifier)
    return text[found["start"] : found["end"]] if found else None


def test_the_party_of_a_role_as_complement():
    # the subject of the clause: "A가 ROLE로 결정됐다", across a connective ("취득해")
    text = "가장 낮은 금액을 써낸 한길건설이 낙찰자로 결정됐다."
    assert _slot(text, ["한길건설"], "낙찰자") == "한길건설"
    text = "가온보안이 경영 참여를 위해 라온텍 지분 39%를 취득해 최대주주로 올라섰다."
    assert _slot(text, ["가온보안", "라온텍"], "주주", "최대") == "가온보안"
    # the object chosen, never the chooser; a name followed by its title
    text = "매각주관사인 다인회계법인은 세븐힐컨소시엄을 우선협상대상자로 선정했다."
    assert _slot(text, ["다인회계법인", "세븐힐컨소시엄"], "우선협상대상자") == "세븐힐컨소시엄"
    text = "이사회는 한도윤 일시대표이사를 신임 대표이사 후보로 추천하기로 했다."
    assert _slot(text, ["한도윤"], "후보") == "한도윤"
    # a subject of a clause describing a noun ("민 대표가 보유한") does no act of the role
    text = "청솔PE는 민 대표가 보유한 지분을 사들여 최대주주에 오른다."
    assert _slot(text, ["청솔PE", "민 대표"], "주주", "최대") == "청솔PE"
    text = "지분 9%를 가진 국민연금이 2대 주주가 된다."
    assert _slot(text, ["국민연금"], "주주", "2대") == "국민연금"


def test_the_party_beside_or_after_a_role():
    text = "영국계 행동주의 펀드인 스톤브릿지캐피털은 지배구조 개선을 요구했다."
    assert _slot(text, ["스톤브릿지캐피털"], "펀드", "", "행동주의") == "스톤브릿지캐피털"
    assert _slot(text, ["스톤브릿지캐피털"], "펀드", "", "블라인드") is None
    text = "주관사는 한빛증권이 맡았다."
    assert _slot(text, ["한빛증권"], "주관사") == "한빛증권"
    text = "대상 수상자는 정산 앱을 만든 스타트업 모아랩(대표 하지안)이었다."
    assert _slot(text, ["모아랩", "하지안"], "수상자") == "모아랩"
    # the extractor knew no name: the word after a noun of its kind is one
    assert _slot("회사의 최대 고객사는 국내 발전사 서해에너지였다.", [], "고객사", "최대") == (
        "서해에너지"
    )
    # no name in the slot: nothing ("최대주주 지위", a role bare as a party)
    assert (
        _slot("미주강관은 지분을 늘려 최대주주 지위를 얻었다.", ["미주강관"], "주주", "2대") is None
    )
    assert (
        _slot("동해조선이 유럽 발주처와 계약을 맺은 것은 처음이다.", ["동해조선"], "발주처") is None
    )


def test_an_ordinal_picks_among_parties():
    text = "한빛은 다온을 두 번째 투자처로 골랐다."
    assert _slot(text, ["한빛", "다온"], "투자처", "첫") is None
    assert _slot(text, ["한빛", "다온"], "투자처", "두번째") == "다온"


def test_a_role_echoed_is_no_name():
    assert echoes_role("유럽 발주처", "발주처")
    assert echoes_role("네덜란드 해양시공사", "시공사")
    assert not echoes_role("베스트하브에너지", "발주처")
    assert not echoes_role("누리 성장펀드", "펀드")  # a bare kind may end a name


ARTICLE = (
    "다온식품 최대주주, 새봄파트너스로 바뀐다\n"
    "다온식품의 최대주주가 창업주 일가에서 사모펀드 새봄파트너스로 바뀐다. "
    "새봄파트너스는 창업주 일가가 가진 지분 41%를 2150억 원에 사들여 최대주주에 오른다고 "
    "2일 밝혔다. 지분 12%를 가진 한빛연금은 2대 주주로 남는다.\n"
    "행동주의 펀드 청솔자산운용도 최근 다온식품 지분 6%를 사들이며 배당 확대를 요구했다.\n"
    "이천 물류센터 공사 입찰에는 건설사 세 곳이 참여했으며, 1120억 원을 써낸 한길건설이 "
    "낙찰자로 결정됐다. 회사는 매각 대금의 용처로 부채 상환을 들었다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "daon", "다온식품 최대주주 변경") as kb:
        yield kb


def test_the_largest_shareholder_is_no_stake(kb):
    ans = kb.ask("다온식품의 새 최대주주는?")
    assert ans.answer is not None and "새봄파트너스" in ans.answer, (ans.answer, ans.method)


def test_the_second_shareholder_is_no_first(kb):
    ans = kb.ask("다온식품의 2대 주주는?")
    assert ans.answer is not None and "한빛연금" in ans.answer, (ans.answer, ans.method)


def test_the_activist_fund_is_no_demand(kb):
    ans = kb.ask("다온식품 지분을 사들인 행동주의 펀드는?")
    assert ans.answer is not None and "청솔자산운용" in ans.answer, (ans.answer, ans.method)


def test_the_winning_bidder_is_no_bid(kb):
    ans = kb.ask("이천 물류센터 공사 낙찰자는?")
    assert ans.answer is not None and "한길건설" in ans.answer, (ans.answer, ans.method)
