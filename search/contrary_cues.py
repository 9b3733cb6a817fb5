"""A yes/no question's qualifier and the words a text writes against it.

"공정위는 두 회사의 합병을 아무 조건 없이 승인했나?" is answered by "공정위가 두 회사의 합병을
조건부로 승인했다" with 아니오: the sentence states the claim, but not as the question qualifies
it.  Which qualifiers there are and which words stand against each (plan vs done, a range and
its top passed, a whole and a part kept, conditions, alone vs together, upheld vs dismissed) is
data: resources/answer_types.toml ``[contrary_cues]``.  A sentence that writes the qualifier
itself is not against it.

>>> against("공정위는 합병을 아무 조건 없이 승인했나?", "공정위가 합병을 조건부로 승인했다.")
'unconditional'
>>> against("공정위는 합병을 아무 조건 없이 승인했나?", "공정위가 합병을 승인했다.") is None
True
>>> against("공모가는 희망 범위 안에서 정해졌나?", "공모가는 희망 범위 상단을 넘는 2만 원으로 확정됐다.")
'within_range'
"""

from __future__ import annotations

from .answer_types import answer_type_tables

__all__ = ["against"]


def _flat(text: str) -> str:
    return "".join(text.split())


def against(question: str, text: str) -> str | None:
    """The name of the question's qualifier that ``text`` writes a word against, or None."""
    asked, flat = _flat(question), _flat(text)
    for name, cue in answer_type_tables()["contrary_cues"].items():
        if not any(w in asked for w in cue["asked"]) or any(w in flat for w in cue["asked"]):
            continue
        if any(w in flat for w in cue["contrary"]):
            return name
    return None
