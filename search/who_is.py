""" "Who is X?" about a person the question names asks what the article calls them: the title
written right after the name ("마크 헨더슨(Mark Henderson) 마이크로소프트 아시아 스타트업
파트너십 총괄은" -> "마이크로소프트 아시아 스타트업 파트너십 총괄"), not a name of their sentence.
Titles are kg/resources/grammar.toml ``titles``.

>>> from search.passages import sentence_tokens
>>> text = "마크 헨더슨(Mark Henderson) 마이크로소프트 아시아 스타트업 파트너십 총괄은 말했다."
>>> title_after(text, sentence_tokens(text), 6)
'마이크로소프트 아시아 스타트업 파트너십 총괄'
>>> title_after("마크 헨더슨은 말했다.", sentence_tokens("마크 헨더슨은 말했다."), 6) is None
True
"""

from __future__ import annotations

from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .spans import NOMINAL, Token
from .titles import folded_titles

__all__ = ["title_after", "who_is_answer"]


def title_after(text: str, toks: list[Token], end: int) -> str | None:
    """The run of nouns right after character ``end`` (a bracket after the name passed over)
    when it ends on a title; None otherwise."""
    after = [t for t in toks if t.start >= end]
    i = 0
    if after and after[0].tag == "SSO":
        while i < len(after) and after[i].tag != "SSC":
            i += 1
        i += 1
    run = []
    while i < len(after) and after[i].tag in NOMINAL:
        run.append(after[i])
        i += 1
    titles = folded_titles()
    if not run or run[-1].form.casefold() not in titles:
        return None
    return text[run[0].start : run[-1].end]


def who_is_answer(q: Question, ex, hits: list[Hit], hit_for) -> tuple[Answer, dict] | None:
    """The title the article writes after the one person a "who is" question names, with its
    sentence; None when the question names something else too or no title follows the name."""
    named = [eid for eid, _ in q.entities if eid in ex.entities]
    if len(named) != 1 or ex.entities[named[0]].type != "Person":
        return None
    name_words = {w.casefold() for a in ex.entities[named[0]].aliases for w in a.split()}
    if set(q.terms) - name_words:
        return None  # "Who is the CTO of X?" or "누가 세웠어?": something else is asked
    sids = [h.sentence_id for h in hits] + list(ex.sentence_entities)
    for sid in dict.fromkeys(sids):
        if sid not in ex.sentences:
            continue
        text = ex.sentences[sid].text
        for eid, _, end in ex.sentence_entities.get(sid, []):
            title = title_after(text, sentence_tokens(text), end) if eid == named[0] else None
            if title is None:
                continue
            said = hit_for(sid)
            evidence = [said] if said is not None else []
            rest = [h for h in hits if h.sentence_id != sid]
            ans = Answer(
                question=q.text,
                answer=title,
                answer_entities=[ex.entities[named[0]].summary()],
                evidence=(evidence + rest)[:5],
                method="sentence",
                confidence=0.8,
                sentence=text,
                analysis=q.to_dict(),
                answer_type="description",
            )
            return ans, {"path=description": 1.0, "prior": 0.8, "support": 1.0}
    return None
