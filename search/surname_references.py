"""A person a yes/no question names in full may be written by family name and title only in the
sentence that answers ("구태린 전 부원장은 ...?" / "구 전 부원장은 면접을 앞두고 ..."): the
sentence is about that person.  Family names and titles are kg's grammar tables (``[names]
surnames``, ``[titles]``), the modifiers between them too ("전", "신임").

>>> referred("나 전 차관은 면접을 앞두고 물러났다.", "나도윤")
True
>>> referred("나 전 차관은 면접을 앞두고 물러났다.", "남궁민")
False
>>> referred("나는 전 세계를 다녔다.", "나도윤")
False

A name written in Hangul words of its own ("아리프 라만", a foreign name) is referred to by its
last word before a title or 씨 ("방글라데시 출신인 라만 씨는").

>>> referred("방글라데시 출신인 라만 씨는 제품을 맡는다.", "아리프 라만")
True
>>> referred("라만대학교 연구진이 참여했다.", "아리프 라만")
False
"""

from __future__ import annotations

import functools
import re

from kg.resources import resources

__all__ = [
    "family_asked",
    "family_holder",
    "family_reference",
    "full_name_family",
    "person_marks",
    "referred",
]

#: the letters a title may carry before a title of the grammar ("명예회장", "대표이사" is one)
_TITLE_PREFIX = 2
#: written after a person's name as a title is, though none ("라만 씨는")
_HONORIFICS = ("씨",)


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    g = resources().grammar

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    # family name, then modifiers ("전", "신임"), then a title, each a word of its own
    return re.compile(
        rf"(?<![가-힣])({alt(g.surnames)})(?:\s+(?:{alt(g.title_modifiers)}))*\s+({alt(g.titles)})"
        r"(?![가-힣]{2})"
    )


def referred(text: str, name: str) -> bool:
    """``text`` writes the family name of the Korean full name ``name`` (three Hangul letters,
    or four with a two-letter family name) before a title, or the last word of a name written in
    Hangul words ("아리프 라만") before a title or 씨: a reference to that person."""
    if re.fullmatch(r"[가-힣]+(?: [가-힣]+)+", name):
        return _last_word_referred(text, name.split()[-1])
    family = full_name_family(name)
    if family is None:
        return False
    return any(m.group(1) == family for m in _pattern().finditer(text))


def full_name_family(name: str) -> str | None:
    """The family name of a Korean full name (three Hangul letters, or four with a two-letter
    family name), None for any other name.

    >>> full_name_family("염동규"), full_name_family("남궁민수"), full_name_family("AI")
    ('염', '남궁', None)
    """
    if not re.fullmatch(r"[가-힣]{3,4}", name):
        return None
    families = resources().grammar.surnames
    family = name[:2] if len(name) == 4 and name[:2] in families else name[:1]
    return family if family in families else None


def person_marks() -> frozenset[str]:
    """The words written after a person's name that say it is one: the titles and 씨."""
    return frozenset((*resources().grammar.titles, *_HONORIFICS))


def _last_word_referred(text: str, last: str) -> bool:
    """``text`` writes ``last`` as a word of its own before a title or 씨."""
    titles = person_marks()
    alt = "|".join(re.escape(w) for w in sorted(titles, key=len, reverse=True))
    return len(last) >= 2 and bool(
        re.search(rf"(?<![가-힣]){re.escape(last)}\s+(?:{alt})(?![가-힣]{{2}})", text)
    )


def family_asked(question: str) -> tuple[str, str] | None:
    """(family name, title) of a question asking who a person written by them alone is ("조
    사장은 누구인가?"); None for any other question.

    >>> family_asked("조 사장은 누구인가?")
    ('조', '사장')
    >>> family_asked("조성민 사장은 누구인가?") is None
    True
    """
    m = _pattern().match(question.strip())
    if m is None or not re.fullmatch(r"\s*(?:은|는|이|가)?\s*누구\S*", question.strip()[m.end() :]):
        return None
    return m.group(1), m.group(2)


def family_reference(words: str) -> tuple[str, str] | None:
    """(family name, title) when ``words`` are a person written by them alone ("염 명예회장",
    "조 전 사장"); None for anything else.

    >>> family_reference("염 명예회장"), family_reference("염동규 명예회장")
    (('염', '명예회장'), None)
    """
    g = resources().grammar
    parts = words.split()
    if len(parts) < 2 or parts[0] not in g.surnames:
        return None
    if any(w not in g.title_modifiers for w in parts[1:-1]):
        return None
    title = parts[-1]  # a title, or one with a word before it ("명예회장", "대표이사")
    if any(title.endswith(t) and len(title) - len(t) <= _TITLE_PREFIX for t in g.titles):
        return parts[0], title
    return None


def family_holder(texts: list[str], people: list[str], family: str, title: str) -> str | None:
    """The one full name of ``people`` with the family name that ``texts`` write with
    ``title`` ("조성민 사장과 이태경 부사장" -> 조성민 for 조 사장); None when none or several.

    >>> family_holder(["조성민 사장과 이태경 부사장은 물러난다."], ["조성민", "이태경"], "조", "사장")
    '조성민'
    >>> family_holder(["조성민 사장과 이태경 부사장은 물러난다."], ["조성민", "이태경"], "이", "사장")
    """
    found = {
        name
        for name in people
        if name.startswith(family)
        and len(name) - len(family) in (1, 2)
        and any(
            re.search(rf"{re.escape(name)}(?:\s+[^\s,]+){{0,3}}?\s+{re.escape(title)}", t)
            for t in texts
        )
    }
    return found.pop() if len(found) == 1 else None
