"""Yes/no read on the asked event's own noun (issue 13, search/event_polarity.py).

The sentence that writes the noun a question asks about ("화재가 난 적이 있나?" -> 화재) decides
by its own clause: denied ("화재는 보고되지 않았다", "사고는 없었다"), disclaimed ("교체설을
일축했다"), only a part against the question's whole ("가동을 완전히 멈췄나?" / "가동률을 평소의
절반 수준으로 유지했다"), only planned for a question of the past ("설치는 검토하고 있다"): 아니오;
a negated question answered by a denied sentence is 예.  A sentence that states the question's verb
keeps 예.  Real Kiwi, real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.event_polarity import clause_reading, event_nouns, event_verdict
from search.passages import sentence_tokens
from search.question import Question
from search.results import Hit

RECALL = (
    "한솔모터스 전기버스 '누리 E' 1200대 리콜\n"
    "국토교통부는 한솔모터스가 만든 전기버스 누리 E 1200대에서 배터리 결함이 확인돼 다음 달부터 "
    "리콜에 들어간다고 3일 밝혔다. 지금까지 이 결함으로 인한 화재는 보고되지 않았다.\n"
    "한솔모터스 노조는 지난주 사흘 동안 파업을 벌였다. 회사는 사무직 인력을 생산 라인에 투입해 "
    "공장 가동률을 평소의 절반 수준으로 유지했다.\n"
    "한솔모터스는 배터리 공급사 교체설을 일축했다. 회사는 고속도로 휴게소 충전소 추가 설치는 "
    "검토하고 있다고 말했다.\n"
    "한솔모터스는 지난해 부산에 정비센터를 열었다."
)


@pytest.fixture(scope="module")
def recall(tmp_path_factory):
    with article_kb(tmp_path_factory, RECALL, "hansol", "한솔모터스 누리 E 리콜") as kb:
        yield kb


def _reading(sentence: str, question: str) -> str | None:
    return clause_reading(sentence_tokens(sentence), sentence_tokens(question))


@pytest.mark.parametrize(
    "sentence, question, reading",
    [
        # negation after a verb of reporting, after the question's verb, right after the noun
        ("아직 화재나 인명 피해는 확인되지 않았다.", "화재가 난 적이 있나?", "denied"),
        ("그동안 화재가 나지 않았다.", "화재가 난 적이 있나?", "denied"),
        ("현장에서 사고는 없는 것으로 나타났다.", "사고가 났나?", "denied"),
        ("노조는 파업을 철회하지 않았다.", "노조는 파업을 철회했나?", "denied"),
        ("회사는 올해 투자를 하지 않았다.", "회사는 올해 투자했나?", "denied"),  # 하 carries it
        # a negation of another verb is no denial of the asked act ("철회하지 않았다": it goes on)
        ("노조는 파업을 철회하지 않았다.", "노조는 파업을 벌였나?", None),
        ("지난달 이 결함으로 화재가 났다.", "화재가 난 적이 있나?", "stated"),
        # the asked noun as the question modifies it: "인명 피해" is no "재산 피해"
        ("불로 인명 피해는 없었으나 재산 피해가 났다.", "재산 피해가 났나?", "stated"),
        ("불로 인명 피해는 없었으나 재산 피해가 났다.", "인명 피해가 있었나?", "denied"),
        # a purpose, and a noun that only modifies another, deny nothing of the asked noun
        ("회사는 화재가 나지 않도록 배터리를 점검했다.", "화재가 난 적이 있나?", None),
        ("화재 원인은 아직 확인되지 않았다.", "화재가 난 적이 있나?", None),
        # a denial of a claim
        ("회사는 공급사 교체설을 일축했다.", "공급사를 교체했나?", "disclaimed"),
        ("회사는 횡령 의혹을 전면 부인했다.", "대표가 횡령을 했나?", "disclaimed"),
        # a part against the question's whole; without the whole, a part says nothing
        ("공장 가동률을 평소의 60% 수준으로 유지했다.", "가동을 완전히 멈췄나?", "partial"),
        ("조달 자금은 일부만 설비 투자에 쓴다.", "자금을 모두 설비에 쓰나?", "partial"),
        ("공장 가동률을 평소의 60% 수준으로 유지했다.", "가동을 멈췄나?", None),
        # a plan answers a question of the past, not one of a plan
        ("충전소 추가 설치는 검토하고 있다.", "충전소를 설치했나?", "planned"),
        ("충전소 추가 설치는 검토하고 있다.", "충전소 설치를 검토하나?", "stated"),
        # others' guess is no verdict
        ("업계에서는 회사가 투자를 검토하고 있다는 관측이 나온다.", "투자를 했나?", "expected"),
    ],
)
def test_clause_reading(sentence, question, reading):
    assert _reading(sentence, question) == reading


def test_event_nouns_are_the_arguments_and_verbal_nouns():
    assert event_nouns(sentence_tokens("화재가 난 적이 있나?")) == {"화재"}
    assert event_nouns(sentence_tokens("회사는 충전소를 설치했나?")) == {"충전소", "설치"}
    assert event_nouns(sentence_tokens("사고로 인한 화재는 없었나?")) == {"화재"}  # the topic


def test_a_sentence_about_others_only_is_passed_over():
    q = Question(text="가람전자가 올해 투자했나?", entities=[("ent-garam", "가")], spans=[(0, 4)])
    q.tokens = sentence_tokens(q.text)
    other = {"id": "ent-haneul", "name": "하늘전자", "type": "Company", "start": 0, "end": 4}
    text = "하늘전자는 올해 투자를 하지 않았다."
    others = Hit(sentence_id="d#1", doc_id="d", text=text, score=1.0, entities=[other])
    own = Hit(sentence_id="d#2", doc_id="d", text="가람전자는 올해 투자를 하지 않았다.", score=0.9)
    assert event_verdict(q, [others]) is None
    assert event_verdict(q, [others, own]) == ("no", own)


@pytest.mark.parametrize(
    "question, verdict",
    [
        ("누리 E 결함으로 화재가 난 적이 있나?", "아니오"),  # 보고되지 않았다
        ("누리 E 결함으로 인한 화재는 없었나?", "예"),  # the negated question, the denied sentence
        ("한솔모터스 공장은 파업 기간에 가동을 완전히 멈췄나?", "아니오"),  # 절반 수준
        ("한솔모터스는 배터리 공급사를 교체했나?", "아니오"),  # 교체설을 일축했다
        ("한솔모터스는 휴게소에 충전소를 추가로 설치했나?", "아니오"),  # 검토하고 있다
        ("한솔모터스 노조는 파업을 벌였나?", "예"),
        ("한솔모터스는 부산에 정비센터를 열었나?", "예"),
    ],
)
def test_recall_verdicts(recall, question, verdict):
    ans = recall.ask(question)
    assert ans.answer == verdict, (ans.answer, ans.evidence[:1])
