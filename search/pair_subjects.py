"""Sentences whose subject is both parties at once ("두 회사는", "양사는", "양측은").

A story about a deal between two names names them once, then writes both as one subject: "A가
B와 공동운항 협정을 맺었다. 두 회사는 … 상대 항공사 좌석을 자사 편명으로 판매한다."  Such a
sentence names both of a question's two names, though it writes neither (held-out round 22:
"하늬에어는 사이공스카이 좌석을 자사 편명으로 판매하나?" was answered 아니오 from the sentence
naming them, not the one saying "두 회사는 … 판매한다").  The words are data:
resources/yes_no_claims.toml ``[pairs]``.

>>> pair_subject("두 회사는 다음 달부터 좌석을 함께 판다.")
True
>>> pair_subject("양측은 합의안에 서명했다.")
True
>>> pair_subject("두 번째 공장은 내년에 짓는다.")
False
"""

from __future__ import annotations

from itertools import pairwise

from .passages import sentence_tokens
from .resource_tables import resource_table

__all__ = ["pair_subject"]


def pair_subject(text: str) -> bool:
    """The sentence's subject or topic is the pair of parties ("두 회사는", "양사가", "양측은")."""
    table = resource_table("yes_no_claims.toml")["pairs"]
    toks = sentence_tokens(text)
    particles = set(table["subject_particles"])
    for i, (a, b) in enumerate(pairwise(toks)):
        if a.form in table["whole"] and b.form in particles and b.tag in {"JX", "JKS"}:
            return True
        after = toks[i + 2] if i + 2 < len(toks) else None
        if (
            a.tag == "MM"
            and a.form in table["determiners"]
            and b.form in table["parties"]
            and after is not None
            and after.form in particles
            and after.tag in {"JX", "JKS"}
        ):
            return True
    return False
