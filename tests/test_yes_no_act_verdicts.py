"""Yes/no: an act answered as the text states it (issue 13).

A plan called off is no plan ("출시 계획이 철회됐다" for "예정대로 출시되나?": 아니오, stated_intents);
a sentence that denies the asked act of its object ("새 체육관은 짓지 않는다") overrules a 예 read
from one that never writes the act; the best sentence that writes the act with every thing of the
question ("VIP 주차권도 후원 계약에 포함됐다") overrules a 아니오 read from no sentence; an ability
("받을 수 있나?") is answered by the act granted ("접종을 받도록 했다"); a "whether" to be checked
("마쳤는지 확인하라고") leaves nothing pending.  Real Kiwi, real e5 embeddings, real FAISS; the
articles are invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.act_sentences import act_denied
from search.passages import sentence_tokens
from search.pending_acts import pending_at
from search.question import analyze_question
from search.results import Hit
from search.stated_intents import intent_stated

GAMES = (
    "별빛게임즈, 신작 '은하항로' 출시 철회…개발팀 해체\n"
    "별빛게임즈가 4년 동안 개발해 온 우주 전략 게임 '은하항로'는 출시 계획이 철회됐다. "
    "회사는 개발비 가운데 150억 원을 3분기 손실로 처리한다.\n"
    "부산시는 게임 축제에 모두 80억 원을 들인다. "
    "기존 전시장 3곳을 그대로 쓰기로 해 새 체육관은 짓지 않는다. "
    "축제 후원사인 누리페이와 맺은 후원 계약은 3년 동안 이어진다. "
    "VIP 주차권도 후원 계약에 포함됐다.\n"
    "경남도는 별빛게임즈 창원 연구소에 보조금 40억 원을 지원하기로 했다."
)

VACCINE = (
    '독감 환자 한 달 새 두 배…보건당국 "접종 서둘러야"\n'
    "보건당국은 해외 여행을 떠나기 전 독감 예방접종을 마쳤는지 확인하고, 기록이 없으면 "
    "출국 2주 전까지 접종을 받으라고 권고했다. "
    "생후 9개월 아기도 겨울에 해외에 나간다면 미리 접종을 받도록 했다. "
    "보건당국은 다음 달부터 요양시설 종사자에게 무료 접종을 지원한다."
)


@pytest.fixture(scope="module")
def games(tmp_path_factory):
    with article_kb(tmp_path_factory, GAMES, "stargames", "별빛게임즈 은하항로") as kb:
        yield kb


@pytest.fixture(scope="module")
def vaccine(tmp_path_factory):
    with article_kb(tmp_path_factory, VACCINE, "flu", "독감 예방접종") as kb:
        yield kb


@pytest.mark.parametrize(
    "sentence, act, verdict",
    [
        ("'은하항로'는 출시 계획이 철회됐다.", "출시", "no"),
        ("회사는 상장 계획을 연기했다.", "상장", "no"),
        ("'은하항로'는 내년 출시할 계획이다.", "출시", "yes"),
    ],
)
def test_a_plan_called_off_is_no_plan(sentence, act, verdict):
    assert intent_stated(sentence_tokens(sentence), act) == verdict


def test_a_whether_to_check_leaves_nothing_pending():
    toks = sentence_tokens("출국 전 예방접종을 마쳤는지 확인하라고 권고했다.")
    assert pending_at(toks, "접종") is None
    assert (
        pending_at(sentence_tokens("예방접종을 마쳤는지는 밝히지 않았다."), "접종") == "undisclosed"
    )


def _hit(n: int, text: str) -> Hit:
    return Hit(sentence_id=f"d#{n}", doc_id="d", text=text, score=1.0)


def test_the_act_denied_of_its_object():
    from kg.resolve import Extraction

    q = analyze_question("시는 축제를 위해 새 체육관을 짓나?", Extraction())
    denial = _hit(2, "기존 전시장을 쓰기로 해 새 체육관은 짓지 않는다.")
    assert act_denied(q, [_hit(1, "시는 축제에 80억 원을 들인다."), denial], []) == denial
    # another object denied: not this act's
    assert act_denied(q, [_hit(3, "새 주차장은 짓지 않는다.")], []) is None
    # one of the best sentences states it: no denial read
    built = _hit(4, "새 체육관은 내년에 짓는다.")
    assert act_denied(q, [denial, built], []) is None


@pytest.mark.parametrize(
    "question, verdict",
    [
        ("은하항로는 예정대로 출시되나?", "아니오"),
        ("부산시는 게임 축제를 위해 새 체육관을 짓나?", "아니오"),
        ("VIP 주차권도 후원 계약에 포함됐나?", "예"),
        ("경남도가 별빛게임즈에 보조금을 주나?", "예"),
    ],
)
def test_games(games, question, verdict):
    ans = games.ask(question)
    assert ans.answer == verdict, (ans.answer, ans.evidence[:1])


def test_an_ability_granted(vaccine):
    ans = vaccine.ask("생후 9개월 아기도 독감 예방접종을 받을 수 있나?")
    assert ans.answer == "예", (ans.answer, ans.evidence[:1])
