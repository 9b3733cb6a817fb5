"""The words that state what a yes/no question asks ("A가 B에 투자했나?" -> 투자, 참여, ...):
its own content words and verbs, the asked relation's verbs and nouns, and the words a text
states the same predicate with ([yes_no] alike); light verbs, the titles of names ("진소라
이사는": who is asked about, not what) and nouns of time ("인수 후": when) aside.
"""

from __future__ import annotations

from kg.resources import resources

from .answer_types import answer_type_tables
from .asked_predicate import timed_nouns
from .question import Question
from .spans import base_tag

__all__ = ["own_words", "predicate_words"]

#: light verbs and copulas state no predicate of their own
_LIGHT = {"하", "되", "있", "이"}


def _titles_of_names(q: Question) -> set[str]:
    """The titles written right after a name of the question ("진소라 이사는"): who is asked
    about, not what ("이사" is no predicate)."""
    titles = resources().grammar.titles
    marks = set(answer_type_tables()["roles"]["former_mark"])
    toks = q.tokens
    after = {i + 1 for i, t in enumerate(toks) if any(s < t.end <= e for s, e in q.spans)}
    # a former mark may stand between ("구태린 전 부원장은": 부원장 is who, not what)
    after |= {
        i + 1 for i in after if i < len(toks) and toks[i].tag == "MM" and toks[i].form in marks
    }
    return {toks[i].form for i in after if i < len(toks) and toks[i].form in titles}


def predicate_words(q: Question) -> set[str]:
    """The morpheme forms that state what a yes/no question asks: its content words, the asked
    relation's verbs and nouns, its own verbs (light verbs and the titles of names aside)."""
    frame = resources().frame_of.get(q.relation) if q.relation else None
    predicate = own_words(q)
    if frame is not None:
        predicate |= set(frame.stems) | set(frame.nouns)
    # the words a text states the same predicate with ("투자했나?" / "라운드에 참여한다고")
    alike = answer_type_tables()["yes_no"]["alike"]
    predicate |= {b for x, y in alike for a, b in ((x, y), (y, x)) if a in predicate}
    return predicate - _LIGHT


def own_words(q: Question) -> set[str]:
    """The question's own content words and verbs, the titles of names and time nouns aside."""
    own = set(q.terms) - _titles_of_names(q) - timed_nouns(q.tokens)
    return (own | {t.form for t in q.tokens if base_tag(t.tag) in {"VV", "VA"}}) - _LIGHT
