"""A new name is answered only by a sentence that gives one.

"합병 농협의 새 이름은 무엇인가?" over a story that never says what the merged body will be
called was answered with the two old names (the headline's "A농협·B농협 합병 가결"): the
reader takes whatever names fit.  A question asking a new name (a name noun after a word that
makes it new: "새 이름", "바뀐 사명", resources/new_names.toml) is answered by a candidate whose
sentence writes a renaming ("사명을 X로 바꾼다", "X라는 이름으로 출범한다"), and by no name
the question already gives its subject (that is the old one).

>>> asks_new_name("합병 법인의 새 이름은 무엇인가?")
True
>>> asks_new_name("합병 법인의 이름은 무엇인가?")
False
"""

from __future__ import annotations

import functools
import re

from .reader import Candidate
from .resource_tables import resource_table

__all__ = ["asks_new_name", "quoted_new_names", "renamed_only", "writes_renaming"]


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    return resource_table("new_names.toml")


def asks_new_name(text: str) -> bool:
    """The question asks a name made new: a name noun written right after a word of newness
    ("새 이름", "바뀐 사명", "새로운 명칭"), as whole words."""
    new = "|".join(map(re.escape, _table()["new_words"]))
    nouns = "|".join(map(re.escape, _table()["name_nouns"]))
    return re.search(rf"(?:^|\s)(?:{new})\s*(?:{nouns})", text) is not None


def writes_renaming(text: str) -> bool:
    """The sentence writes a renaming or a new name ("사명을 X로 바꾼다"), spaces aside."""
    flat = "".join(text.split())
    return any(w in flat for w in _table()["renaming"])


def quoted_new_names(text: str) -> list[str]:
    """The names a sentence quotes right before "(으)로 이름/사명" (a name noun of the table):
    the name it gives ("가칭 '한빛농협'으로 이름을 정하고" -> ["한빛농협"]).

    >>> quoted_new_names("두 농협은 가칭 '한빛농협'으로 이름을 정하고 새봄농협과 협의한다.")
    ['한빛농협']
    """
    nouns = "|".join(map(re.escape, _table()["name_nouns"]))
    quote = r"['\"‘’“”]"
    return re.findall(rf"{quote}([^'\"‘’“”]+){quote}\s*으?로\s*(?:{nouns})", text)


def renamed_only(q, ri, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` whose sentence writes a renaming and which are no entity the question names,
    when the question asks a new name; of a sentence that quotes the name it gives ("'X'로
    이름을"), only that name, when a candidate is it; ``cands`` unchanged otherwise."""
    if q.english or not cands or not asks_new_name(q.text):
        return cands
    named = {eid for eid, _ in q.entities}
    kept = [
        c
        for c in cands
        if writes_renaming(ri.passages[c.passage].text)
        and not (c.entity is not None and c.entity.get("id") in named)
    ]
    return [c for c in kept if _the_quoted_one(c, kept, ri)]


def _the_quoted_one(c, cands: list[Candidate], ri) -> bool:
    """``c`` is the name its sentence quotes as the one given, or that sentence quotes none
    any candidate of it is (the other names of "'X'로 이름을 정하고 B와 협의" give way)."""
    quoted = quoted_new_names(ri.passages[c.passage].text)
    if not quoted:
        return True
    if _is_quoted(c, quoted):
        return True
    return not any(o.passage == c.passage and _is_quoted(o, quoted) for o in cands)


def _is_quoted(c, quoted: list[str]) -> bool:
    text = "".join(c.text.split())
    return bool(text) and any(text in "".join(n.split()) for n in quoted)
