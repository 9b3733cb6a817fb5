"""Lists whose members each carry their own relative clause.

    '미르 2.0'을 공개한 KT, '한결 4.0'을 내놓은 SKT 등도 참여했다.

The comma after KT lists the heads (KT, SKT); the name right after it (한결 4.0) is the object
of the next clause, not a member of KT's list: KT never takes 한결's particle (을) and does
not join 한결's group (kg.clause asks ``next_clause_end``);
and 한결 is SKT's alone, whatever the scorer says of KT (kg.limits asks ``clause_of_another``).
"""

from __future__ import annotations

__all__ = ["clause_of_another", "next_clause_end", "relative_objects"]

# what may stand between an argument's particle and the ending of the relative clause it opens:
# a noun predicate and its 하다 ("공개/NNG 하/XSV ᆫ/ETM"), a verb ("내놓/VV 은/ETM"), a tense
# or auxiliary ("출시/NNG 하/XSV 았/EP 던/ETM")
_PREDICATE_TAGS = frozenset({"NNG", "XSV", "XSA", "VV", "VX", "EP"})
# at most this many nouns describe a head after its clause ("출시한 국내 스타트업 X")
_DESCRIPTION = 3


def next_clause_end(view, member: int, particle_tok: int) -> int | None:
    """When ``member`` (a name before a comma) heads a relative clause of its own ("공개한
    KT,") and the particle at token ``particle_tok`` (or after the closing quote there) opens
    the next one ("'한결 4.0'을 내놓은"), the token of that clause's ending (ETM): the comma
    lists the heads, and the name before the particle is not the member's partner.  Else
    None."""
    toks = view.toks
    k = view.first_tok[member] - 1
    while k >= 0 and view.first_tok[member] - k <= _DESCRIPTION and toks[k].tag == "NNG":
        k -= 1  # "출시한 스타트업 도담소프트와,": a description between the clause and its head
    if k < 0 or toks[k].tag != "ETM":
        return None
    while particle_tok < len(toks) and toks[particle_tok].tag == "SSC":
        particle_tok += 1  # "'한결 4.0'을": the particle after the quote
    if particle_tok >= len(toks) or not toks[particle_tok].tag.startswith("J"):
        return None
    for j in range(particle_tok + 1, min(len(toks), particle_tok + 6)):
        if toks[j].tag == "ETM":
            return j
        if toks[j].tag not in _PREDICATE_TAGS:
            return None
    return None


def relative_objects(rules) -> dict[tuple[str, int], set[int]]:
    """(relation, object) -> the heads of the relative clauses that state it ("'한결'을 내놓은
    SKT": (DEVELOPED, 한결) -> {SKT}), from the rules' candidates."""
    out: dict[tuple[str, int], set[int]] = {}
    for c in rules:
        if c.rule == "relative":
            out.setdefault((c.type, c.object), set()).add(c.subject)
    return out


def clause_of_another(objects: dict[tuple[str, int], set[int]], rel: str, s: int, o: int) -> bool:
    """Is ``o`` the object of another head's relative clause while ``s`` heads a clause of its
    own ("'미르'를 공개한 KT, '한결'을 내놓은 SKT": KT did not make 한결)?"""
    heads = objects.get((rel, o))
    if not heads or s in heads:
        return False
    return any(s in hs for (r, _), hs in objects.items() if r == rel)
