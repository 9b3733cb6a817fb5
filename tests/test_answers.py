"""Answers people can trust (issue 13): the twelve questions a new user asked of the default
article, each answered as a person expects, and the question forms on texts of our own.  Real
Kiwi, real e5 embeddings, real FAISS; the reader's weights are the shipped ones."""

from __future__ import annotations

import pytest
from article_kb import article_kb


def _ask(kb, question):
    ans = kb.ask(question)
    assert 0.0 <= ans.confidence <= 1.0
    assert ans.to_dict()["answer_type"] == ans.answer_type
    return ans


# ---- the twelve questions of the issue, on the default article ---------------------------------
def test_release_date_of_a_version_is_a_date_not_a_company(seed_kb):
    ans = _ask(seed_kb, "클로드 3 출시일")
    assert ans.answer_type == "date"
    assert "2024" in ans.answer and ("3월" in ans.answer or "-03" in ans.answer)
    assert any("2024년 3월" in h.text for h in ans.evidence[:2])


def test_where_a_company_was_founded_is_a_place(seed_kb):
    ans = _ask(seed_kb, "오픈AI는 어디에서 설립되었나요?")
    assert ans.answer == "미국"
    assert "2015년 미국에서 설립" in ans.evidence[0].text


def test_yes_no_about_an_investor_the_article_does_not_name(seed_kb):
    ans = _ask(seed_kb, "마이크로소프트가 앤스로픽에 투자했어?")
    assert ans.answer_type == "yes_no"
    assert ans.answer in {"아니오", "알 수 없음"}
    assert ans.confidence < 0.8  # the article never says so in words
    # the evidence is who did invest
    assert "Amazon과 Google Cloud가 전략적 투자자로" in ans.evidence[0].text


def test_the_company_behind_a_product_named_in_the_paragraph_before(seed_kb):
    ans = _ask(seed_kb, "ChatGPT를 개발한 회사는?")
    assert ans.answer in {"OpenAI", "오픈AI", "Open AI"}


def test_where_a_person_worked(seed_kb):
    ans = _ask(seed_kb, "다리오 아모데이는 어디서 일했어?")
    assert ans.answer in {"OpenAI", "오픈AI", "Open AI"}
    assert "주요 역할을 맡았던 연구자" in ans.evidence[0].text


def test_a_model_found_by_its_description(seed_kb):
    ans = _ask(seed_kb, "텍스트로 이미지를 만드는 OpenAI 모델은?")
    assert ans.answer in {"DALL·E", "DALL-E"}
    assert ans.answer_type == "model"


def test_relation_between_two_named_companies(seed_kb):
    ans = _ask(seed_kb, "오픈 AI 마이크로소프트 관계")
    assert ans.answer_type == "relation"
    assert "PARTNER_OF" in ans.answer
    assert "Microsoft와의 협업" in ans.evidence[0].text


def test_what_several_named_models_were_integrated_into(seed_kb):
    ans = _ask(seed_kb, "DALL·E, Whisper, Codex는 어느 모델에 통합되었나?")
    assert ans.answer == "GPT-4 Turbo"
    assert any("GPT-4 Turbo에 통합" in h.text for h in ans.evidence[:2])


@pytest.mark.xfail(
    strict=True,
    reason="known gap (issue 13): the sentence listing DALL·E, Whisper and Codex names no maker "
    "(OpenAI is in the sentence before) and no DEVELOPED edge holds them; only GPT is found",
)
def test_a_list_question_gets_every_model(seed_kb):
    ans = _ask(seed_kb, "OpenAI가 만든 모델은 뭐가 있어?")
    assert ans.answer_type == "list"
    named = {n for n in ("ChatGPT", "GPT", "DALL·E", "Whisper", "Codex") if n in ans.answer}
    assert len(named) >= 3, ans.answer
    assert "Claude" not in ans.answer


def test_yes_no_gets_yes_with_its_evidence(seed_kb):
    ans = _ask(seed_kb, "Amazon이 앤스로픽에 투자했나?")
    assert ans.answer == "예" and ans.answer_type == "yes_no"
    assert "Amazon과 Google Cloud가 전략적 투자자로" in ans.evidence[0].text


@pytest.mark.parametrize("question", ["앤스로픽설립자", "앤스로픽 설립자", "엔스로픽 설립자"])
def test_a_founder_with_and_without_spaces_and_with_a_slip(seed_kb, question):
    ans = _ask(seed_kb, question)
    assert ans.answer in {"Dario Amodei", "다리오 아모데이"}
    assert ans.question == question  # echoed as asked, not as repaired


def test_the_graph_overrules_a_reader_pick_linked_by_another_relation(seed_kb):
    # the sentence beside the name says 오픈AI (where he worked); the FOUNDED edge says Anthropic
    ans = _ask(seed_kb, "다리오 아모데이가 설립한 회사는?")
    assert ans.answer in {"Anthropic", "앤스로픽"}


def test_the_graph_overrules_a_reader_pick_it_does_not_link_at_all(seed_kb):
    # "메타의 라마 모델이 ..." gives the DEVELOPED edge; the reader leaned, barely, to 오픈AI of
    # the sentences around it, which the graph links to 라마 by nothing
    ans = _ask(seed_kb, "라마를 개발한 회사는?")
    assert ans.answer in {"Meta", "메타"}, ans


@pytest.mark.parametrize(
    "question",
    [
        "Claude 2는 언제 출시됐어?",  # only Claude 3's date is written
        "앤스로픽의 직원 수는?",  # a count: no name answers it
        "아마존이 앤스로픽에 투자한 금액은 얼마야?",  # an amount: the article gives none
    ],
)
def test_what_the_article_does_not_say_gets_no_answer(seed_kb, question):
    ans = _ask(seed_kb, question)
    assert ans.method == "none" and ans.answer is None
    assert ans.evidence  # the nearest sentences, as before


# ---- forms on texts of our own ---------------------------------------------------------------
NEWS = (
    "바람솔루션, 200억원 규모 시리즈B 투자 유치\n"
    "물류 AI 스타트업 바람솔루션이 200억원 규모의 시리즈B 투자를 유치했다고 3일 밝혔다. "
    "이번 라운드는 푸른벤처스가 주도했으며 한결캐피탈과 새봄인베스트가 참여했다. "
    "한편 투자를 검토했던 대한은행은 이번 라운드에 참여하지 않았다. "
    "업계에서는 누리전자가 추가 투자를 검토하고 있다는 관측도 나온다.\n"
    "바람솔루션은 2019년 김도윤 대표가 창업한 회사로, 본사는 부산 해운대구에 있다. "
    "김 대표는 창업 전 한빛물류에서 8년간 일했다. "
    "바람솔루션은 지난해 한빛물류와 업무협약(MOU)을 맺고 배송 경로 최적화 모델 '바람길'을 공동 개발했다."
)


@pytest.fixture(scope="module")
def news_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, NEWS, "news-1", "바람솔루션 투자 유치") as kb:
        yield kb


def test_yes_no_reads_negation_observation_and_statement(news_kb):
    assert _ask(news_kb, "푸른벤처스가 바람솔루션에 투자했나?").answer == "예"
    no = _ask(news_kb, "대한은행이 바람솔루션에 투자했나?")
    assert no.answer == "아니오" and "참여하지 않았다" in no.evidence[0].text
    unknown = _ask(news_kb, "누리전자가 바람솔루션에 투자했어?")
    assert unknown.answer == "알 수 없음"


def test_amount_date_and_place_are_typed(news_kb):
    money = _ask(news_kb, "바람솔루션이 유치한 투자 규모는?")
    assert money.answer == "200억원" and money.answer_type in {"money", "number"}
    date = _ask(news_kb, "바람솔루션은 언제 창업했나?")
    assert "2019" in date.answer and date.answer_type == "date"
    place = _ask(news_kb, "바람솔루션 본사는 어디에 있나?")
    assert "부산" in place.answer


def test_relation_by_keywords_and_list_of_investors(news_kb):
    rel = _ask(news_kb, "바람솔루션 한빛물류 관계")
    assert rel.answer_type == "relation" and "업무협약" in rel.answer
    investors = _ask(news_kb, "바람솔루션에 투자한 곳을 모두 알려줘")
    assert investors.answer_type == "list"
    assert all(n in investors.answer for n in ("푸른벤처스", "한결캐피탈", "새봄인베스트"))
    assert "대한은행" not in investors.answer


def test_before_founding_is_the_earlier_employer(news_kb):
    # read from the sentence (search/past.py): "김 대표는 창업 전 한빛물류에서 8년간 일했다" has
    # no WORKED_AT edge since the learned tagger
    ans = _ask(news_kb, "김도윤 대표는 창업 전에 어디서 일했어?")
    assert ans.answer == "한빛물류"


def test_no_answer_below_the_threshold_keeps_the_nearest_sentences(news_kb):
    ans = _ask(news_kb, "바람솔루션의 직원 수는?")
    assert ans.answer is None and ans.method == "none"
    assert ans.evidence  # the nearest sentences, as before
