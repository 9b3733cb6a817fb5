"""Why a person did something, in their own words: a question asking a named person's motive
("염동규 명예회장이 장학재단을 세우는 이유는?") is answered, where no sentence writes a cause or
a noun of reason, by a quote of that person that closes on a wish — 염 명예회장은 "…학비를 도와준
분들의 은혜를 갚고 싶었다"고 말했다.  The quote is theirs when the words before it name them, in
full or by family name and title ("염 명예회장은"); the wish is the quoted sentence that ends on
an auxiliary of wishing after 고 in the past (resources/question.toml [motives] ``wishes``;
"…하고 싶다" is a plan ahead, no motive looked back on).

>>> wish('그는 "공장에서 일하던 시절 도와준 분들의 은혜를 갚고 싶었다"고 말했다.')
'공장에서 일하던 시절 도와준 분들의 은혜를 갚고 싶었다'
>>> wish('그는 "다음 달 새 노선을 연다"고 말했다.') is None
True
>>> wish('그는 "내년에는 새 노선을 열고 싶다"고 말했다.') is None
True
"""

from __future__ import annotations

import re

from kg.resolve import Extraction

from .passages import sentence_tokens
from .question import Question, question_tables
from .results import Hit
from .surname_references import family_reference, referred

__all__ = ["quoted_people", "wish", "wished_sentences"]

#: a quote: straight or curly double quotes around what was said
_QUOTE = re.compile(r"[\"“]([^\"”]+)[\"”]")


def wish(text: str) -> str | None:
    """The quoted sentence of ``text`` that closes on a wish ("…갚고 싶었다"), None when no
    quote of it does."""
    wishes = set(question_tables()["motives"]["wishes"])
    for m in _QUOTE.finditer(text):
        said = m.group(1).strip()
        toks = list(sentence_tokens(said))
        for k in range(1, len(toks)):
            if toks[k].form in wishes and toks[k].tag == "VX" and toks[k - 1].form == "고":
                ends = [i for i in range(k) if toks[i].tag == "SF"]
                start = toks[ends[-1] + 1].start if ends else 0
                if not any(t.tag == "EP" for t in toks[k + 1 : k + 3]):
                    continue  # "…하고 싶다": a plan ahead, no motive looked back on
                end = next((t.end for t in toks[k:] if t.tag == "EF"), toks[k].end)
                return said[start:end].strip() or None
    return None


def quoted_people(q: Question, ex: Extraction) -> list[str]:
    """The names (and aliases) of the people the question names: whose quotes may give their
    motive."""
    out = []
    for eid, _ in q.entities:
        e = ex.entities.get(eid)
        if e is not None and e.type == "Person":
            out += [e.name, *e.aliases]
    return list(dict.fromkeys(out))


def _said_by(text: str, names: list[str]) -> bool:
    """The words before the sentence's first quote name one of ``names``: in full, or by
    family name and title ("염 명예회장은")."""
    m = _QUOTE.search(text)
    before = text[: m.start()] if m else ""
    return any(n in before or referred(before, n) or _family_titled(before, n) for n in names)


def _family_titled(before: str, name: str) -> bool:
    """``before`` writes the family name of ``name`` and a title made longer ("염 명예회장은",
    which the grammar's titles alone do not read)."""
    for m in re.finditer(r"(?<![가-힣])([가-힣]{1,2}) ([가-힣]+?)(?:은|는|이|가)?(?=\s|$)", before):
        family, title = m.groups()
        if name.startswith(family) and len(name) - len(family) == 2:
            if family_reference(f"{family} {title}") is not None:
                return True
    return False


def wished_sentences(q: Question, ex: Extraction, top: Hit) -> list[str]:
    """The sentences of ``top``'s article that quote a person the question names: where their
    own wish may be."""
    names = quoted_people(q, ex)
    if not names:
        return []
    found, n = [], 0
    while (s := ex.sentences.get(f"{top.doc_id}#{n}")) is not None:
        if _QUOTE.search(s.text) and _said_by(s.text, names):
            found.append(s.id)
        n += 1
    return found
