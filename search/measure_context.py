"""A change is the asked one only where its measure is written: "11월 수입액은 1년 전보다 몇 %
늘었나?" over an article whose lede gives "수출이 1년 전보다 8.4% 늘며" and whose later sentence
gives the 수입액 in dollars, with no change, asks a figure the text does not give; the 8.4% is
the change of another measure.

The measure of a change asked (search/changes.py ``asks_change``) is the noun its topic or
subject particle follows ("수입액은", "매출이"), when the asked phrase holds none
(search/qualifiers.py ``asked_noun``: "몇 %" asks by no noun; a noun there, "증가율", is read
by ``stated_qualifiers``) and it says more than "an amount", "a kind" or an attribute
(``says_only_kind``).  It must be written, as search/qualifiers.py reads a written word (spaces
aside, or as a word the text writes for it), where the answer is read: the answer's sentence,
an earlier sentence of its paragraph, or the article's headline and lede (what the whole
article is about).  An article that never writes the noun calls the measure otherwise, and the
answer is kept.

This reads the final answer, whatever reader found it (search/change_sizes.py, a typed
candidate, the graph).
"""

from __future__ import annotations

from .changes import asks_change
from .descriptions import no_answer
from .passages import earlier_in_paragraph
from .qualifiers import article_of, asked_noun, says_only_kind, written_as
from .question import Question
from .results import Answer, Hit

__all__ = ["asked_measure", "change_of_another_or_none"]

#: the answer types of a change's figure ("8.4%", "1200억 원")
_FIGURES = frozenset({"number", "money"})
#: the particles a changed measure is written with in a question ("수입액은", "매출이")
_TOPIC = frozenset({"JX", "JKS"})


def asked_measure(q: Question) -> str:
    """The measure a change is asked of, casefolded, when the asked phrase holds no noun (""
    when the question asks no change, or names no measure).

    >>> from search.passages import sentence_tokens
    >>> text = "11월 수입액은 1년 전보다 몇 % 늘었나?"
    >>> asked_measure(Question(text, tokens=sentence_tokens(text)))
    '수입액'
    """
    if asked_noun(q.text, q.spans, q.tokens) or not asks_change(q):
        return ""
    toks = q.tokens
    at = next((i for i, t in enumerate(toks) if t.tag in _TOPIC), 0)
    if at == 0 or toks[at - 1].tag != "NNG" or any(s <= toks[at - 1].start < e for s, e in q.spans):
        return ""
    return toks[at - 1].form.casefold()


def change_of_another_or_none(q: Question, snap, ans: Answer, hits: list[Hit]) -> Answer:
    """``ans``, or no answer when it is a change read where the article's asked measure is not
    written (see the module's docstring)."""
    if ans.method == "none" or q.english or ans.answer_type not in _FIGURES or not ans.evidence:
        return ans
    noun = asked_measure(q)
    if len(noun) < 2 or says_only_kind(noun):
        return ans
    sid = ans.evidence[0].sentence_id
    lead, article = article_of(snap, sid)
    if not written_as(noun, article):
        return ans  # the text calls the measure otherwise
    context = [ans.evidence[0].text, *(p.text for p in earlier_in_paragraph(snap, sid)), *lead]
    if any(written_as(noun, text) for text in context):
        return ans
    return no_answer(q, hits, ans.answer_type)
