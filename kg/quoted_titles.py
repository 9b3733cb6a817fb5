"""Quoted titles of products and works: a name in quotes right after a word for a product or a
work ("모바일 RPG '별의 계승자'", "AI 신약 발굴 플랫폼 '파인드엑스(FINDx)'") is a product's (Model),
whatever the tagger made of it — news quotes a title where it introduces it.  The introducing
words are the Model cue nouns (cues.toml) and resources/works.toml."""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from .model import Mention, Sentence
from .particles import particles_after
from .pieces import Piece, Tok
from .resources import resources

__all__ = ["quoted_titles", "taken_as_product"]

_PATH = Path(__file__).with_name("resources") / "works.toml"
# a quoted title: a few words, no quote inside; a gloss in brackets ("파인드엑스(FINDx)") is left
# to the apposition rules
_QUOTED = re.compile(r"['‘\"“`]([^'‘’\"“”`()]{1,24})(?:\([^()]{1,24}\))?['’\"”`]")
_MAX_WORDS = 4


@functools.cache
def _works() -> dict:
    with open(_PATH, "rb") as f:
        return tomllib.load(f)


@functools.cache
def _introducers() -> frozenset[str]:
    cues = resources().cue_nouns
    return frozenset(_works()["introducers"]["words"]) | {
        w for w, t in cues.items() if t == "Model"
    }


@functools.cache
def _connectors() -> frozenset[str]:
    return frozenset(_works()["connectors"]["words"])


def quoted_titles(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], mentions: list[Mention], taken: list[bool]
) -> list[Mention]:
    """``mentions`` with a Model vote for each title quoted after a word for a product, and a
    mention for such a title no detector found ("모바일 RPG '별의 계승자'로": 별의 계승자)."""
    text = sentence.text
    before = {p.end: p for p in ps}
    out = list(mentions)
    listed_after = -1  # where the last introduced title's quote closed
    for q in _QUOTED.finditer(text):
        start, end = q.start(1), q.end(1)
        title = q.group(1)
        intro = before.get(q.start() - 1) or before.get(q.start())
        introduced = intro is not None and not intro.tail and intro.stem in _introducers()
        introduced = introduced or _listed(text[listed_after : q.start()], listed_after)
        if not (introduced or _connectors() & set(title.split()[1:-1])):
            continue
        if title != title.strip() or len(title.split()) > _MAX_WORDS:
            continue
        listed_after = q.end()
        out = taken_as_product(sentence, toks, out, taken, (start, end), "quoted-title")
    return out


def taken_as_product(
    sentence: Sentence,
    toks: list[Tok],
    mentions: list[Mention],
    taken: list[bool],
    span: tuple[int, int],
    rule: str,
    at_least: bool = False,
) -> list[Mention]:
    """``mentions`` with the quoted name at ``span`` read as a product (Model): the names the
    tagger cut out of it dropped, a Model vote of 3 added to a mention of the whole name (or, with
    ``at_least``, raised to 3: kg.quoted_kinds votes after this module), else a new mention of it
    by ``rule`` when none of its tokens is taken."""
    start, end = span
    out = _without_cuts(mentions, toks, taken, span)
    same = [m for m in out if m.kind == "name" and (m.start, m.end) == span]
    for m in same:
        had = m.votes.get("Model", 0.0)
        m.votes["Model"] = max(had, 3.0) if at_least else had + 3.0
    inside = [k for k, t in enumerate(toks) if start <= t.start < end]
    if same or not inside or any(taken[k] for k in inside):
        return out
    m = Mention(sentence.id, start, end, sentence.text[start:end], rule=rule, votes={"Model": 3.0})
    m.particle, m.role = particles_after(toks, inside[-1], end, sentence.text)
    out.append(m)
    for k in inside:
        taken[k] = True
    return out


def _listed(between: str, after: int) -> bool:
    """Is ``between`` (what lies after the last introduced title's quote) only a word that joins
    a list ("드라마 '달빛 정원'과 '서울 야간비행'": 과; grammar.toml lists.joiners)?  The
    introducing word then introduces the next quoted title too."""
    joiner = between.strip()
    return after >= 0 and (joiner in resources().grammar.list_joiners or joiner == "")


def _without_cuts(
    mentions: list[Mention], toks: list[Tok], taken: list[bool], span
) -> list[Mention]:
    """``mentions`` less the names the tagger (or the lexicon) cut out of a quoted title ("'캐슬
    오브 드림 나이츠'": 캐슬 오브; "'서울 야간비행'": 서울), their tokens free again; the quotes
    mark where the title begins and ends."""
    start, end = span
    cut = [m for m in mentions if m.kind == "name" and m.rule in ("tagger", "lexicon")]
    cut = [m for m in cut if start <= m.start and m.end <= end and (m.start, m.end) != span]
    if not cut or any(m.start < end and m.end > start for m in mentions if m not in cut):
        return mentions
    for k, t in enumerate(toks):
        if start <= t.start < end:
            taken[k] = False
    return [m for m in mentions if m not in cut]
