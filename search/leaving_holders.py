"""A holder who leaves a post, as news writes them without a former mark: the subject of a
verb of leaving ("표윤재 행장은 이달 말 퇴임한다", "곽태준 대표가 물러나고 후임 대표에 ...",
"고태식 대표는 4년 만에 물러나"): the name, maybe a title, the topic or subject particle, and a
verb of leaving (resources/appointments.toml ``leaving``) before the clause ends.  A question
asking the former or outgoing holder (search/former_titles.py) is answered by them as by those
written "X 전 대표".

>>> text = "차기 행장에 진서우 부행장을 내정했다. 임기를 마치는 표윤재 행장은 이달 말 퇴임한다."
>>> [written_leaving(text, text.index(n), text.index(n) + 3) for n in ("진서우", "표윤재")]
[False, True]
>>> text = "곽태준 대표가 물러나고 후임 대표에 민소연 최고운영책임자가 오른다."
>>> [written_leaving(text, text.index(n), text.index(n) + 3) for n in ("곽태준", "민소연")]
[True, False]
"""

from __future__ import annotations

import functools
import re

from .appointments import appointment_table

__all__ = ["written_leaving"]

#: the name's own clause: up to two words of title, then the topic or subject particle
_SUBJECT = re.compile(r"(?:\s*[^\s,.]+?){0,2}?(?:은|는|이|가)\s")
#: where the clause of the name ends: a comma, a sentence end, a quote
_CLAUSE_END = re.compile(r"[,.?!\"'“”]")
#: the characters after the particle a verb of leaving may stand in ("이달 말 퇴임한다")
_REACH = 30


@functools.cache
def _leaving() -> tuple[str, ...]:
    return tuple(appointment_table()["leaving"])


def written_leaving(text: str, start: int, end: int) -> bool:
    """The name written from ``start`` to ``end`` is the subject of a verb of leaving in its
    own clause (see the module docstring)."""
    subject = _SUBJECT.match(text, end)
    if subject is None:
        return False
    rest = text[subject.end() : subject.end() + _REACH]
    clause = rest[: m.start()] if (m := _CLAUSE_END.search(rest)) else rest
    return any(verb in clause for verb in _leaving())
