"""Answers on news articles of our own (issue 13, seventh round): a figure of a year the text
never gives, of another year named from the article's ("지난해" for "올해 ... 목표"), or of
another company is no answer; the person asked by a title is the one written with it; a yes/no
question is read in the sentence that writes its own words ("GSM8K에서", "현금 대신"); a
bulleted row whose lead the question names answers whole.  Real Kiwi, real e5 embeddings, real
FAISS; the shipped reader and calibration.  The articles are invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "한결로보, 시리즈B 250억원 유치…새 대표에 문서진 전 LG전자 상무…CFO엔 삼정KPMG 출신 "
    "엘레나 코바치\n"
    "물류 로봇 기업 한결로보(Hangyeol Robo)가 250억원 규모의 시리즈B 투자를 유치하고 문서진 "
    "전 LG전자 상무를 신임 대표로 선임했다고 2026년 10월 2일 밝혔다. 최고재무책임자(CFO)에는 "
    "삼정KPMG에서 인수합병 자문을 이끈 엘레나 코바치(Elena Kovac) 전무가 영입됐다.\n"
    "이번 라운드는 파란벤처스가 주도했다. 신규 재무적 투자자로는 ▲동진정밀(30억원) "
    "▲세화물산(20억원) ▲누리텍(10억원)이 이름을 올렸다. 기존 투자자인 가온캐피털도 후속 "
    "투자에 나섰다.\n"
    "한결로보는 2027년부터 2030년까지 4년간 물류센터 자동화에 총 600억원을 투입한다. "
    "첫해인 2027년에는 120억원을 쓴다. 한결로보는 올해 매출 300억원을 목표로 하고 있다. "
    "앞서 일부 언론은 한결로보가 자동화 물류센터 6곳을 짓는다고 보도했지만, 최종 계획은 "
    "4곳으로 확정됐다.\n"
    "하도급 대금을 늦게 준 한결로보에 과징금 8억원과 과태료 900만원이 부과됐다. 물류 협력사 "
    "다온로지스에도 과태료 200만원이 부과됐다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "hangyeol", "한결로보 시리즈B") as kb:
        yield kb


@pytest.mark.parametrize(
    "question",
    [
        "한결로보가 2029년 투입하는 금액은 얼마인가?",  # 2027's and the four years' total only
        "한결로보의 지난해 매출은 얼마인가?",  # this year's target is no last year's revenue
        "다온로지스에 부과된 과징금은 얼마인가?",  # the fine is 한결로보's; 다온로지스 got a fee
    ],
)
def test_a_figure_of_another_year_or_company_is_no_answer(kb, question):
    ans = kb.ask(question)
    assert ans.method == "none", (question, ans.answer, ans.method, ans.confidence)
    assert ans.evidence


@pytest.mark.parametrize(
    "question, right",
    [
        ("한결로보가 2027년 쓰는 금액은 얼마인가?", "120억원"),
        ("한결로보의 올해 매출 목표는 얼마인가?", "300억원"),
        ("한결로보에 부과된 과징금은 얼마인가?", "8억원"),
        ("다온로지스에 부과된 과태료는 얼마인가?", "200만원"),
        ("한결로보가 짓는 자동화 물류센터는 몇 곳인가?", "4곳"),  # not the denied report's 6곳
    ],
)
def test_the_figure_of_the_asked_year_and_company_answers(kb, question, right):
    ans = kb.ask(question)
    assert right in (ans.answer or ""), (question, ans.answer, ans.method)


def test_the_person_asked_by_a_title_is_the_one_written_with_it(kb):
    # the headline writes the new CEO first ("새 대표에 문서진 전 LG전자 상무…CFO엔 ...")
    ans = kb.ask("Who is the new CFO of Hangyeol Robo?")
    assert "코바치" in (ans.answer or "") or "Kovac" in (ans.answer or ""), ans.answer
    assert "문서진" not in (ans.answer or "")


def test_a_bulleted_row_the_question_names_answers_whole(kb):
    ans = kb.ask("한결로보 시리즈B 신규 재무적 투자자")
    for name in ["동진정밀", "세화물산", "누리텍"]:
        assert name in (ans.answer or ""), ans.answer
    assert "파란벤처스" not in (ans.answer or "")
    assert any("▲" in h.text for h in ans.evidence[:1])


LAUNCH = (
    "새봄AI, 언어모델 '새봄 2' 공개…음성 AI 기업 소리별 인수\n"
    "인공지능 기업 새봄AI가 대규모언어모델 '새봄 2'를 공개했다고 2026년 9월 1일 밝혔다. "
    "회사에 따르면 새봄 2는 한국어 평가 'KoBEST'에서 88.1점을 받아 메타의 '라마 4'(85.0점)를 "
    "앞섰다. 다만 수학 평가 'GSM8K'에서는 71.3점으로 라마 4(74.2점)에 뒤졌다.\n"
    "새봄AI는 현금 대신 자사 주식을 주고 음성 AI 기업 소리별을 인수한다. 업계에 따르면 이번 "
    "인수전에는 한빛텔레콤도 뛰어들었지만 가격 조건에서 밀린 것으로 전해졌다.\n"
    "일부 언론은 누리전자가 새봄AI의 이번 라운드에 참여한다고 보도했지만, 새봄AI는 "
    "“누리전자와는 논의한 적이 없다”고 밝혔다. 새봄AI의 본사는 서울 마포구에 있다.\n"
    "새봄AI는 자체 개발한 AI 비서 앱 '새봄톡'에 새봄 2를 적용했다."
)


@pytest.fixture(scope="module")
def launch_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, LAUNCH, "saebom", "새봄AI 새봄 2 공개") as kb:
        yield kb


@pytest.mark.parametrize(
    "question, verdict, said",
    [
        ("새봄 2가 GSM8K에서 라마 4를 앞섰나?", "아니오", "GSM8K"),  # not the KoBEST sentence
        ("새봄 2가 KoBEST에서 라마 4를 앞섰나?", "예", "KoBEST"),
        ("새봄AI가 소리별을 현금 주고 사는 거야?", "아니오", "현금 대신"),
        ("한빛텔레콤이 소리별 인수전에서 이겼어?", "아니오", "밀린"),
        ("누리전자가 새봄AI에 투자했나?", "아니오", "논의한 적이 없다"),  # reported, denied
        ("새봄AI 본사는 서울 종로구에 있나요?", "아니오", "마포구"),  # 종로구 is never written
    ],
)
def test_a_yes_no_question_is_read_in_the_sentence_of_its_own_words(
    launch_kb, question, verdict, said
):
    ans = launch_kb.ask(question)
    assert ans.answer == verdict, (question, ans.answer, ans.confidence)
    assert said in ans.evidence[0].text, ans.evidence[0].text


MOVES = (
    "가람소프트, 새 대표에 변하준…납품은 2027년 3월부터 2028년 2월까지\n"
    "기업용 소프트웨어 기업 가람소프트는 변하준 신임 대표를 선임했다고 2026년 11월 4일 "
    "밝혔다. 변 대표는 한빛전자에서 클라우드사업부장을 지낸 뒤 2023년부터 AI 스타트업 "
    "누리랩의 최고운영책임자(COO)로 일했다. 박서윤(Seoyun Park) 한빛전자 클라우드사업부장은 "
    "“변 대표는 클라우드를 가장 잘 아는 경영자”라고 말했다. 가람소프트는 내년 일본 도쿄에 "
    "현지 법인을 세울 계획이다.\n"
    "가람소프트는 2027년 3월부터 2028년 2월까지 물류 기업 다온로지스에 업무 로봇 '튼튼이 2'"
    "를 공급한다. 튼튼이 2에는 가람소프트가 개발한 언어모델 '가람 1.2'가 탑재됐다."
)


@pytest.fixture(scope="module")
def moves_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, MOVES, "garam", "가람소프트 새 대표") as kb:
        yield kb


def test_the_employer_right_before_is_the_last_one_written(moves_kb):
    ans = moves_kb.ask("변하준 대표는 가람소프트에 오기 직전 어느 회사에서 일했나?")
    assert ans.answer == "누리랩", (ans.answer, ans.method)


def test_a_range_asked_is_answered_with_both_ends(moves_kb):
    ans = moves_kb.ask("가람소프트는 언제부터 언제까지 다온로지스에 로봇을 공급하나?")
    assert ans.answer == "2027년 3월부터 2028년 2월까지", (ans.answer, ans.method)
    one = moves_kb.ask("가람소프트는 언제부터 다온로지스에 로봇을 공급하나?")
    assert "까지" not in (one.answer or ""), one.answer  # one end asked: one end given


def test_a_name_cut_before_its_version_is_shown_whole(moves_kb):
    ans = moves_kb.ask("가람 1.2가 탑재된 로봇은 무엇인가?")
    assert ans.answer == "튼튼이 2", (ans.answer, ans.method)


def test_an_irregular_verb_of_a_question_is_a_content_word():
    from kg.resolve import Extraction
    from search.question import analyze_question

    # Kiwi: 듣/VV-I, 짓/VV-I; 받/VV-R is a light verb as 하 is ("투자받은")
    heard = analyze_question("환자의 대화를 듣고 진료 기록을 써 주는 서비스는?", Extraction())
    assert "듣" in heard.terms, heard.terms
    built = analyze_question("데이터센터를 함께 짓는 스타트업은 어디인가?", Extraction())
    assert "짓" in built.terms, built.terms
    funded = analyze_question("청음이 이번에 투자받은 금액은?", Extraction())
    assert "받" not in funded.terms, funded.terms


def test_a_model_asked_is_no_app_the_text_calls_so(launch_kb):
    ans = launch_kb.ask("새봄AI가 개발한 모델은 뭐뭐야?")
    assert "새봄 2" in (ans.answer or ""), ans.answer
    assert "새봄톡" not in (ans.answer or ""), ans.answer  # "AI 비서 앱 '새봄톡'"


@pytest.mark.parametrize("question", ["Who is Seoyun Park?", "박서윤은 누구야?"])
def test_who_is_a_named_person_is_the_title_written_after_the_name(moves_kb, question):
    ans = moves_kb.ask(question)
    assert "클라우드사업부장" in (ans.answer or ""), (ans.answer, ans.method)
    assert "박서윤" in ans.evidence[0].text


def test_the_head_of_a_part_the_text_names_no_one_for_is_no_one(moves_kb):
    ans = moves_kb.ask("가람소프트 일본 법인 대표는 누구?")
    assert ans.method == "none", (ans.answer, ans.confidence)  # 변하준 heads the company
    assert moves_kb.ask("가람소프트 대표는 누구?").answer == "변하준"
