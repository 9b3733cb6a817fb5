"""A speaker is not placed at a company named only inside the speaker's quoted words (issue 13):
on real news a bank chairman's quote about the AI company his bank had just signed with made
him work at that company.  Invented sentences, with the lexicon and without it
(tests/relation_cases)."""

from __future__ import annotations

from relation_cases import assert_relations

from kg.speech import speech_spans

ARTICLE = (
    "누리AI가 한결은행과 업무협약을 체결했다. "
    "오다온 한결은행 회장과 마크 윤 누리AI 최고전략책임자(CSO)는 협약식을 열었다. "
    '오다온 회장은 "앞으로는 AI 산업의 고도화가 국가의 경쟁력이 될 것"이라며 "한국에서 누리AI의 '
    '활동을 위해 한결은행은 아낌없이 지원할 것"이라고 밝혔다.'
)


def test_a_company_named_in_the_speakers_words_is_not_the_speakers(lexicon):
    assert_relations(
        ARTICLE,
        [{("오다온", "WORKED_AT", "한결은행")}, {("마크 윤", "WORKED_AT", "누리AI")}],
        [("오다온", "WORKED_AT", "누리AI")],
    )


def test_speech_is_double_quoted_words_not_a_quoted_title():
    text = "누리AI는 '바다 2'를 공개하며 \"한국어 성능을 크게 높였다\"고 밝혔다."
    assert [text[a:b] for a, b in speech_spans(text)] == ['"한국어 성능을 크게 높였다"']
