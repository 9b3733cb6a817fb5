"""A local government, ministry or commission asked by its full name, written short in the story
(and the reverse): "충청남도지사는 누구?" where the story writes "안희정 충남도지사", "금융위원회
위원장은?" where it writes "금융위원장".  Kiwi reads "충청남도지사" as one unknown noun and
the question names nothing; the short form the knowledge base knows finds the post's sentence.

The forms are data, resources/appointments.toml ``body_forms`` (full name first) and the posts
that may follow a body's name in one word, ``post_after``.  A form is rewritten only when the
knowledge base does not know it and knows another form of the same body, and only when the word
is the body's name alone or its name and a post ("충남대" is another body and stays).

>>> body_form_for("충청남도지사는", lambda k: k == "충남도")
'충남도지사는'
>>> body_form_for("충남대는", lambda k: k == "충청남도") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.names import name_key
from kg.resolve import Extraction

from .appointments import appointment_table

__all__ = ["body_form_for", "known_body_forms"]

#: particles a body's word may end with after its post ("충청남도지사는", "국토부의")
_PARTICLE = r"(?:은|는|이|가|을|를|의|에|에서|와|과|로|으로|도|만)?"
_WORD = re.compile(r"[^\s?!.,\"'“”‘’()]+")


def _rows() -> list[list[str]]:
    rows = appointment_table()["body_forms"]
    if not all(isinstance(r, list) and len(r) >= 2 for r in rows):
        raise ValueError(
            "appointments.toml body_forms: each row is a full name and its short forms"
        )
    return rows


def body_form_for(word: str, known: Callable[[str], bool], next_word: str = "") -> str | None:
    """``word`` with the body's name rewritten to a form ``known`` accepts (called with a name
    key), the rest of the word as written; None when the word names no body of the table, the
    form it writes is known already, or no other form is.  The body's post is written in the
    word ("충청남도지사는") or is the next word ("국토부 장관은"): "경기는" alone is a game.

    >>> body_form_for("국토부", lambda k: k == "국토교통부", "장관은")
    '국토교통부'
    >>> body_form_for("경기는", lambda k: k == "경기도") is None
    True
    """
    posts = "|".join(map(re.escape, appointment_table()["post_after"]))
    with_post = re.compile(rf"(?:{posts}){_PARTICLE}")
    post_next = re.match(rf"(?:{posts}){_PARTICLE}$", next_word) is not None
    for row in _rows():
        # the longest form the word opens with: "서울특별시장" is 서울특별시, not 서울
        for form in sorted(row, key=len, reverse=True):
            rest = word[len(form) :]
            if not word.startswith(form):
                continue
            if not (with_post.fullmatch(rest) or (rest == "" and post_next)):
                continue
            if known(name_key(form)):
                return None
            other = next((f for f in row if f != form and known(name_key(f))), None)
            return other + word[len(form) :] if other else None
    return None


def known_body_forms(text: str, ex: Extraction) -> str:
    """The question with each body's name in the form the knowledge base knows; the text itself
    when no word needs it.

    >>> from kg import analyze_document, resolve
    >>> ex = resolve([analyze_document("d", "한도윤 충남도지사가 20일 회견을 열었다.")])
    >>> known_body_forms("충청남도지사는 누구인가?", ex)
    '충남도지사는 누구인가?'
    """
    if not isinstance(text, str):
        raise TypeError(f"a question is text, not {type(text).__name__}")

    def known(key: str) -> bool:
        return key in ex.alias_index

    words = list(_WORD.finditer(text))
    out, last = [], 0
    for i, m in enumerate(words):
        after = words[i + 1].group() if i + 1 < len(words) else ""
        fixed = body_form_for(m.group(), known, after)
        if fixed is not None:
            out += [text[last : m.start()], fixed]
            last = m.end()
    return "".join(out) + text[last:]
