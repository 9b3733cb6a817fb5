"""People in appointment news: "X는 누구인가?" is answered by the fullest title the article writes
beside X (before or after the name, 전 included), never by another person; "X의 이전 직책은?"
and "X는 ORG에서 무슨 일을 했나?" by the post written with X ("ORG에서 TITLE로 재직했다"), not by
a company.  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "보람게임즈, 해외 퍼블리싱 확대…새 대표에 채윤호 내정\n"
    "게임사 보람게임즈가 해외 퍼블리싱 사업을 키우기 위해 경영진을 새로 꾸렸다. "
    "보람게임즈는 채윤호 다올엔터 부사장을 신임 대표로 내정했다고 3일 밝혔다. "
    "채윤호 부사장은 다올엔터를 떠나 보람게임즈 대표로 자리를 옮긴다. "
    "보람게임즈는 이날 솔샘소프트와 퍼블리싱 협약도 맺었다. "
    "협약식에는 연하은 솔샘소프트 퍼블리싱 팀장과 기민석 보람게임즈 사업본부장이 참석했다. "
    '연하은 팀장은 "두 회사가 함께 동남아 시장을 넓히겠다"고 말했다. '
    "사외이사에는 도은결 전 한결화재 부사장이 선임됐다. "
    "함지율 씨는 한결화재에서 영업고문으로 재직했다. "
    "자문단은 방세린 한가람통신 전무가 이끈다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "roles", "보람게임즈 경영진 개편") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "title"),
    [
        # the fullest title, not the short one of a later sentence ("연하은 팀장은") nor the
        # other person of the sentence
        ("연하은은 누구인가?", "솔샘소프트 퍼블리싱 팀장"),
        ("채윤호는 누구인가?", "다올엔터 부사장"),
        ("도은결은 누구인가?", "전 한결화재 부사장"),  # 전 written between name and title
        ("방세린은 누구인가?", "한가람통신 전무"),  # the company Kiwi reads 한/MM 가람 통신
    ],
)
def test_who_is_a_named_person_is_their_fullest_title(kb, question, title):
    ans = kb.ask(question)
    assert ans.answer == title, (ans.answer, ans.method, ans.confidence, ans.sentence)


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("도은결의 이전 직책은?", "부사장"),
        ("도은결은 한결화재에서 어떤 직책이었나?", "부사장"),
        ("함지율 씨는 한결화재에서 무슨 일을 했나?", "영업고문"),
        ("함지율의 직책은?", "영업고문"),
    ],
)
def test_a_role_question_is_answered_by_the_post_not_a_company(kb, question, title):
    ans = kb.ask(question)
    assert title in ans.answer and "화재" not in ans.answer.replace("한결화재 부사장", ""), (
        ans.answer,
        ans.method,
        ans.confidence,
    )


def test_a_role_at_another_company_is_no_answer(kb):
    """The question names a company the person's titles never go with: no post of theirs."""
    ans = kb.ask("함지율은 보람게임즈에서 어떤 직책이었나?")
    assert "영업고문" not in (ans.answer or ""), (ans.answer, ans.method)


def test_a_post_about_to_be_taken_is_not_the_title_held_now(kb):
    """ "채윤호는 어떤 직책을 맡나?" asks the post taken (대표), not the 부사장 written beside him."""
    ans = kb.ask("채윤호는 어떤 직책을 맡나?")
    assert "부사장" not in (ans.answer or ""), (ans.answer, ans.method, ans.confidence)


SHIPPING = (
    "누리해운, 새 물류본부장에 권다온 영입\n"
    "해운사 누리해운이 물류본부장에 권다온 전 바닷길물류 상무를 영입했다고 4일 밝혔다. "
    "권다온 씨는 바닷길물류에서 운영총괄로 재직했다. "
    "누리해운은 이날 한빛항공과 화물 연계 운송 협약도 맺었다. "
    "한빛항공은 국내 2위의 화물 항공사다."
)


def test_no_post_at_a_company_the_persons_sentences_never_write(tmp_path_factory):
    """The person's posts are written (바닷길물류's 상무, 운영총괄), none in a sentence naming
    the company asked: no answer, not a post of another company nor a word of the article."""
    with article_kb(tmp_path_factory, SHIPPING, "nuri", "누리해운 본부장 영입") as kb:
        ans = kb.ask("권다온은 한빛항공에서 어떤 직책이었나?")
        assert ans.method == "none", (ans.answer, ans.method, ans.confidence)
        ans = kb.ask("권다온은 바닷길물류에서 어떤 직책이었나?")
        assert "상무" in ans.answer or "운영총괄" in ans.answer, (ans.answer, ans.method)
