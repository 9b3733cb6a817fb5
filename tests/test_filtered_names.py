"""Names the candidate filters dropped though the reader read them (issue 13, bench/
miss_stages.py "candidates: read, then filtered"): a name glued to a Hangul numeral ("바람넷",
Kiwi's 바람/NNG 넷/NR) is a name a company asked for may be, no count (search/numeral_names.py);
a name written right after a line of work ending on 가 or 자 ("작곡가 모아람", "편곡자 한결")
is a person's whatever type the extractor gave it (search/person_fits.py); the reader's best
name, of a sentence far nearer the question than any typed body's and named by no entity, may
be the asked body itself (search/bodies.py).  Real Kiwi, real e5
embeddings, real FAISS; the article is invented."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest
from article_kb import article_kb
from candidate_inputs import read

from search.answer_types import read_asked
from search.answering import ANSWER_POOL, read_question, search
from search.bodies import of_asked_body
from search.numeral_names import numeral_name
from search.passages import sentence_tokens
from search.person_fits import clashes
from search.reader import Candidate
from search.reader_input import reader_input, relation_kind
from search.spans import Span
from search.typed_candidates import typed_candidates

ARTICLE = (
    "영화 '달빛 정거장' 다음 달 개봉\n"
    "배급사 새봄픽처스는 영화 '달빛 정거장'을 다음 달 12일 개봉한다고 3일 밝혔다. "
    "영화는 신예 감독 권하율이 연출했고, 주연은 배우 서지안이 맡았다. "
    "영화의 음악은 작곡가 모아람이 만들었다. "
    "전국 상영을 맡은 곳은 극장 체인 바람넷이며, 새봄픽처스는 제작비 45억 원을 들였다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "moon", "영화 '달빛 정거장' 다음 달 개봉") as kb:
        yield kb


def _typed(kb, question: str) -> list[str]:
    """The texts of the typed candidates of ``question``, read as kb.ask reads it."""
    snap = kb.snapshot()
    q = read_question(snap, question)
    hits = search(snap, snap.embedder, question, ANSWER_POOL, q)
    asked = relation_kind(q, read_asked(q.tokens))
    return [
        c.text for c in typed_candidates(q, snap, reader_input(q, snap, hits, asked), asked, None)
    ]


def test_a_name_glued_to_a_hangul_numeral_is_kept_for_a_company(kb):
    assert "바람넷" in _typed(kb, "'달빛 정거장'의 전국 상영을 맡은 곳은 어디인가?")


def _at(text: str, words: str, entity: dict | None = None) -> Candidate:
    """The candidate ``words`` of ``text`` with the token indexes the rules read, classed a
    number as the reader classes a span holding a Hangul numeral."""
    start = text.index(words)
    toks = sentence_tokens(text)
    first = next(i for i, t in enumerate(toks) if t.start >= start)
    last = max(i for i, t in enumerate(toks) if t.start < start + len(words))
    span = Span(words, start, start + len(words), first, last)
    return Candidate(words, 0, span, {"cand=number": 1.0}, probability=0.5, entity=entity)


def _input(text: str) -> NS:
    passage = NS(text=text, tokens=list(sentence_tokens(text)), entities=[])
    return NS(passages=[passage], named=set(), named_names=frozenset())


@pytest.mark.parametrize(
    ("sentence", "words", "name"),
    [
        ("발주처는 클라우드 기업 바다넷이며, 공사는 내년 끝난다.", "바다넷", True),
        ("발주처는 클라우드 기업 별하나이며, 공사는 내년 끝난다.", "별하나", True),
        ("이번 공사에는 건설사 넷이 참여했다.", "넷", False),  # four builders: a count
        ("이번 공사에는 건설사 넷이 참여했다.", "건설사 넷", False),
    ],
)
def test_a_hangul_numeral_glued_to_a_noun_names(sentence, words, name):
    _, asked = read("공사 발주처는 어디인가?")
    assert numeral_name(asked, _at(sentence, words), _input(sentence)) is name


@pytest.mark.parametrize(
    ("title", "clash"),
    [("작곡가", False), ("편곡자", False), ("협력사", True)],  # 협력사: a company's word
)
def test_a_name_after_a_line_of_work_is_a_person(title, clash):
    sentence = f"영화의 음악은 {title} 모아람이 만들었다."
    start = sentence.index("모아람")
    company = {"id": "e1", "type": "Company", "name": "모아람", "start": start, "end": start + 3}
    c = _at(sentence, "모아람", entity=company)
    q, asked = read("영화 음악을 만든 사람은 누구인가?")
    ri = NS(**vars(_input(sentence)), expected=frozenset({"Person"}), reading=NS(tokens=q.tokens))
    assert clashes(asked, c, ri, people=True) is clash


def test_an_unnamed_body_of_the_nearer_sentence_stays():
    sentence = "햅보리 매입은 다음 달 초부터 한빛곡물중앙회를 통해 진행된다."
    _, asked = read("햅보리 매입은 어느 기관을 통해 하나?")
    best = _at(sentence, "한빛곡물중앙회")
    best = Candidate(best.text, 0, best.span, {"cand=thing": 1.0, "sent_match": 0.4}, 0, 0.7)
    union = {"id": "e2", "type": "Organization", "name": "전국보리농가연합회"}
    far = Candidate("전국보리농가연합회", 1, None, {"sent_match": 0.1}, 0, 0.1, union)
    month = Candidate("다음 달", 0, None, {"cand=date": 1.0, "sent_match": 0.4}, 0, 0.1)
    kept = of_asked_body(asked, frozenset({"Organization"}), [best, far, month])
    assert [c.text for c in kept] == ["한빛곡물중앙회", "전국보리농가연합회"]
