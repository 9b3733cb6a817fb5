"""Comparisons as news writes them: "Mistral 7B는 Llama 2보다 작지만", "라마 3 원본보다",
"전작인 미르-X 1.0 대비" — a product or company compared with a name marked by a comparison
particle or noun (grammar.toml particles.comparison)."""

from __future__ import annotations

from .clause import SentenceView, args_left, best_type
from .coordination import eff_role
from .model import RelationCandidate
from .resources import resources

__all__ = ["comparatives"]

_COMPARED = frozenset({"Model", "Company"})


def comparatives(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """ "Mistral 7B는 Llama 2보다 작지만", "라마 3 원본보다", "전작인 미르-X 1.0 대비": what the
    sentence is about (its topic, else the subject or genitive before) compared with a name
    marked by a comparison particle or noun (grammar.toml particles.comparison)."""
    markers = set(resources().grammar.particles.get("comparison", ()))
    out = []
    for mid in view.mention_ids:
        m = view.mentions[mid]
        if m.kind != "name" or not _compared(view, mid, markers):
            continue
        # only a product or a company is compared ('장 대표는 "카노 2는 H100보다 ..."')
        before = [
            t
            for t in view.expand(view.topic)
            if view.first_tok.get(t, -1) < view.first_tok[mid] and best_type(view, t) in _COMPARED
        ]
        if not before:
            # "미르-X 2.0의 처리량은 ... 미르-X 1.0 대비": the first subject or genitive before
            before = [
                x
                for x in args_left(view, view.first_tok[mid], 0)
                if view.mentions[x].kind == "name"
                and eff_role(view, x)[0] in {"JX", "JKS", "JKG"}
                and best_type(view, x) in _COMPARED
            ][-1:]
        for t in before:
            if t != mid:
                out.append(
                    RelationCandidate("COMPARED_WITH", t, mid, sentence_id, "comparative", 0.75)
                )
    return out


def _compared(view: SentenceView, mid: int, markers: set[str]) -> bool:
    """A comparison marker right after the name, or after one plain noun ("라마 3 원본보다")."""
    if view.mentions[mid].particle in markers:
        return True
    if view.mentions[mid].particle:
        return False
    toks, j = view.toks, view.next_tok[mid]
    for k in (j, j + 1):
        if k >= len(toks):
            return False
        if toks[k].form in markers and toks[k].tag in {"JKB", "NNG"}:
            return True
        if toks[k].tag != "NNG" or view.inside(k):
            return False
    return False
