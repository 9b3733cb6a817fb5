"""A holder who leaves a post, as news writes them without a former mark: the subject of a
verb of leaving ("표윤재 행장은 이달 말 퇴임한다", "곽태준 대표가 물러나고 후임 대표에 ...",
"고태식 대표는 4년 만에 물러나"): the name, maybe a title, the topic or subject particle, and a
verb of leaving (resources/appointments.toml ``leaving``) before the clause ends; a name a
clause of leaving or of a term ending modifies ("물러나는 권서윤 사장", "경질된 X 사장", "임기를
마치는 고은채 행장", "임기가 만료되는 X 총장": ``term_ending``; "퇴임을 앞둔 X 원장":
``ahead``); or the one a newcomer succeeds ("X 사장의 후임", "X 행장의 뒤를 잇는다":
search/predecessors.py).  A question asking the
former or outgoing holder (search/former_titles.py) is answered by them as by those written
"X 전 대표".

>>> text = "차기 행장에 진서우 부행장을 내정했다. 임기를 마치는 표윤재 행장은 이달 말 퇴임한다."
>>> [written_leaving(text, text.index(n), text.index(n) + 3) for n in ("진서우", "표윤재")]
[False, True]
>>> text = "곽태준 대표가 물러나고 후임 대표에 민소연 최고운영책임자가 오른다."
>>> [written_leaving(text, text.index(n), text.index(n) + 3) for n in ("곽태준", "민소연")]
[True, False]
>>> text = "우 내정자는 3년 임기를 채우고 물러나는 권서윤 사장의 후임이다."
>>> [written_leaving(text, text.index(n), text.index(n) + 3) for n in ("권서윤",)]
[True]
>>> text = "신임 원장에는 오는 6월 임기가 끝나는 도하람 원장 대신 문채원 교수가 올랐다."
>>> [written_leaving(text, text.index(n), text.index(n) + 3) for n in ("도하람", "문채원")]
[True, False]
>>> text = "임기 만료를 앞둔 여민호 사장과 퇴임을 앞둔 진세아 부사장이 자리를 지켰다."
>>> [written_leaving(text, text.index(n), text.index(n) + 3) for n in ("여민호", "진세아")]
[True, True]
>>> text = "회장의 사퇴는 진하율 부회장이 발표했다."
>>> written_leaving(text, text.index("진하율"), text.index("진하율") + 3)
False
>>> text = "주총은 곽정우 사장을 해임한 송태리 회장의 뜻대로 흘러갔다."
>>> written_leaving(text, text.index("송태리"), text.index("송태리") + 3)
False
>>> text = "남윤호 대표 후임으로 한서율 전무가 선임됐다."
>>> [written_leaving(text, text.index(n), text.index(n) + 3) for n in ("남윤호", "한서율")]
[True, False]
"""

from __future__ import annotations

import functools
import re

from .appointments import appointment_table
from .predecessors import predecessor_in

__all__ = ["written_leaving"]

#: the name's own clause: up to two words of title, then the topic or subject particle
_SUBJECT = re.compile(r"(?:\s*[^\s,.]+?){0,2}?(?:은|는|이|가)\s")
#: where the clause of the name ends: a comma, a sentence end, a quote
_CLAUSE_END = re.compile(r"[,.?!\"'“”]")
#: the characters after the particle a verb of leaving may stand in ("이달 말 퇴임한다")
_REACH = 30
#: the two words right before a name: "임기를 마치는 X", "물러나는 X"
_MODIFIER = re.compile(r"(\S*)\s+(\S+)\s+$")


@functools.cache
def _leaving() -> tuple[str, ...]:
    return tuple(appointment_table()["leaving"])


def _modifies(word: str) -> bool:
    """A word ending in a modifier ending: 는, 던, or a syllable closed by ㄴ (물러난, 퇴임한,
    마친); no noun with the topic particle ("퇴임은", "사퇴는")."""
    if word[:-1] in _leaving() and word.endswith(("은", "는")):
        return False
    last = ord(word[-1]) - 0xAC00
    return word.endswith(("는", "던")) or (0 <= last < 11172 and last % 28 == 4)


def _leaving_modifies(text: str, start: int) -> bool:
    """A clause of leaving or of a term ending modifies the name at ``start``."""
    words = _MODIFIER.search(text[max(start - 30, 0) : start])
    if words is None or not _modifies(words[2]):
        return False
    table = appointment_table()
    if any(verb in words[2] for verb in _leaving()):
        return not words[1].endswith(("을", "를"))  # "사장을 경질한 X 회장" is who dismissed
    if words[2].startswith(tuple(table["ahead"])):  # "퇴임을 앞둔 X", "임기 만료를 앞둔 X"
        return any(w in words[1] for w in (*_leaving(), *table["term_ending"]))
    return words[1].startswith("임기") and words[2].startswith(tuple(table["term_ending"]))


def written_leaving(text: str, start: int, end: int) -> bool:
    """The name written from ``start`` to ``end`` is written leaving its post (see the module
    docstring)."""
    if _leaving_modifies(text, start) or predecessor_in(text, [(start, end)]):
        return True
    subject = _SUBJECT.match(text, end)
    if subject is None:
        return False
    rest = text[subject.end() : subject.end() + _REACH]
    clause = rest[: m.start()] if (m := _CLAUSE_END.search(rest)) else rest
    return any(verb in clause for verb in _leaving())
