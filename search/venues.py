"""Where an event was held: "협약식은 어디서 열렸나?", "설명회는 어디서 개최됐나?", "체결식 장소는?".

News writes the venue as the phrase before 에서 ahead of a verb of holding ("두 회사는 3일 서울
영등포구 한빛은행 본점 15층 대회의실에서 '…' 체결식을 열었다"): a run of words no entity covers
whole, so the reader answered a district alone, the companies holding the event, or the event's
topic (round 18 and real news read by three engineers, 2026-11-30).  The venue is the place
phrase before 에서 (search/place_phrase.py: stopped by a date, a time word, a word with a
particle or an ending, punctuation); the verbs of holding are resources/answer_types.toml
``[venues]``.
"""

from __future__ import annotations

import re

from .answer_types import Asked, answer_type_tables
from .place_phrase import place_phrase
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in

__all__ = ["venue_answer", "venue_in"]

#: the best sentences read for a venue: five, as an agreement's content ("이번 협약은 ...
#: 마련됐다", "주요 협약사항으로 ▲...") shares more words with "협약식 장소는?" than the sentence
#: that signs it does (a real council's agreement ranked it fourth)
_TOP = 5
#: the longest run of words a venue is read over
_WORDS = 7
#: how far before the verb the 에서 phrase may stand (a quoted event name sits between)
_REACH = 90
#: an answer read from the sentence's wording: below what counts as confident until a refit
_PRIOR = 0.6


def venue_answer(q: Question, asked: Asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The venue the best sentences write before a verb of holding, when the question asks
    where an event was held; None otherwise."""
    table = answer_type_tables()["venues"]
    asks_where = "어디" in q.text and _verb(table["verbs"]).search(q.text)
    # "협약식이 열린 곳은?": the place a verb of holding is written for
    held_at = re.search(_verb(table["verbs"]).pattern + r"[가-힣]*\s+곳", q.text)
    # "어디서 협약을 맺었나": a signing's venue is asked with 어디서, never by 어디 alone
    signed_where = re.search(r"어디\s*(에서|서)", q.text) and _verb(table["signing"]).search(q.text)
    if not (asks_where or held_at or signed_where) and not any(w in q.text for w in table["nouns"]):
        return None
    for h in hits[:_TOP]:
        venue = venue_in(h.text)
        if venue:
            return said_in(q, [venue], [h], hits, "venue", _PRIOR, answer_type="place")
    return None


def venue_in(text: str) -> str | None:
    """The words before 에서 that stand ahead of the first verb of holding in ``text``.

    >>> venue_in("누리통신과 한빛은행은 3일 서울 영등포구 한빛은행 본점 15층 대회의실에서 "
    ...          "'데이터 협력 업무협약(MOU)' 체결식을 열었다고 밝혔다.")
    '서울 영등포구 한빛은행 본점 15층 대회의실'
    >>> venue_in("가온바이오는 지난 10일 경기 성남시 판교 가온타워 2층 강당에서 설명회를 개최했다.")
    '경기 성남시 판교 가온타워 2층 강당'
    >>> venue_in("미국 라스베이거스에서 열린 가전 전시회에서 신제품을 공개했다.")
    '미국 라스베이거스'
    >>> venue_in("착공식은 광주 누리컨벤션센터(NCC)에서 열렸다.")
    '광주 누리컨벤션센터'
    >>> venue_in("해솔시는 3일 시청 2층 회의실에서 다온식품 대표가 참석한 가운데 투자협약을 "
    ...          "체결했다.")
    '시청 2층 회의실'
    >>> venue_in("가온바이오는 판교에서 신약을 개발한다.") is None
    True
    """
    table = answer_type_tables()["venues"]
    verb = _verb([*table["verbs"], *table["signing"]]).search(text)
    if verb is None:
        return None
    before = text[max(0, verb.start() - _REACH) : verb.start()]
    at = list(re.finditer(r"에서(?=\s)", before))
    if not at:
        return None
    end = verb.start() - len(before) + at[-1].start()
    return " ".join(w.text for w in place_phrase(text, end, _WORDS)) or None


def _verb(verbs: list[str]) -> re.Pattern:
    return re.compile(rf"(?<![가-힣])(?:{'|'.join(map(re.escape, verbs))})")
