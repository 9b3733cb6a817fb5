"""What a sentence's pronoun phrases stand for: '이 회사', '이들', '김 대표', '그의', '회사는'
point at earlier names of the document (``Mention.antecedents``), and the coordinated lists of
names ('Amazon과 Google Cloud') a plural pronoun may stand for."""

from __future__ import annotations

from .clause import SentenceView
from .coordination import with_group
from .model import Mention, Number
from .names import name_key
from .resources import resources

__all__ = ["coordinated_groups", "resolve_corefs"]

_ORGS = frozenset({"Company", "Organization"})


def coordinated_groups(view: SentenceView, ids: list[int]) -> list[list[int]]:
    """Coordinated lists of two or more names in the sentence ("Amazon과 Google Cloud")."""

    out = []
    for i in ids:
        if view.mentions[i].kind == "name" and view.mentions[i].role not in {"JC", "JKG"}:
            group = with_group(view, i, ids)
            if len(group) >= 2:
                out.append(sorted(group))
    return out


def resolve_corefs(view, ids, mentions, guess, topic, last_group, groups, about=None) -> None:
    """Point '이 회사', '이들', '그의' at what they stand for (``antecedents``: mention indices)."""
    for i in ids:
        m = mentions[i]
        if m.kind != "coref":
            continue
        if m.rule == "pair":
            # the two most recent different things of the cue's type
            want = next(iter(m.votes), "")
            picked, seen = [], set()
            for j in range(i - 1, -1, -1):
                mj = mentions[j]
                key = name_key(mj.text)
                if mj.kind == "name" and guess.get(key) in (want, None) and key not in seen:
                    seen.add(key)
                    picked.append(j)
                    if len(picked) == 2:
                        break
            m.antecedents = sorted(picked) if len(picked) == 2 else []
            continue
        if m.number is Number.PLURAL or m.rule == "plural-pronoun":
            # the nearest list of names before it: in this sentence, else the last one
            before = [g for g in groups if max(g) < i]
            group = before[-1] if before else last_group
            m.antecedents = list(group) if group else []
            continue
        want = next(iter(m.votes), "")
        if m.rule == "surname-title":
            m.antecedents = _surname_antecedent(m, i, mentions, guess)
            continue
        if m.rule in {"self", "self-founded"}:
            # "회사는": the organisation the sentences before took as topic (은/는), else the
            # document's; the subject of "이번 투자는 X가 주도했으며" is no topic of the text;
            # "X에서 일하다 회사를 세웠다": not X, where the founder worked before
            orgs = [j for j in topic if guess.get(name_key(mentions[j].text)) in _ORGS]
            doc = [] if about is None else [about]
            if m.rule == "self-founded":
                named = {name_key(mentions[j].text) for j in ids if mentions[j].kind == "name"}
                orgs, doc = (
                    [j for j in c if name_key(mentions[j].text) not in named] for c in (orgs, doc)
                )
            topics = [j for j in orgs if mentions[j].role == "JX"]
            fallback = doc or orgs
            m.antecedents = (topics or fallback)[:1]
            continue
        if m.rule == "pronoun-his":
            earlier = [j for j in ids if j < i and mentions[j].kind == "name"]
            cands = earlier[::-1] + [j for j in topic]
            pick = next(
                (j for j in cands if guess.get(name_key(mentions[j].text)) == "Person"), None
            )
            m.antecedents = [pick] if pick is not None else []
            continue
        # "세림통신은 ... 딥엣지반도체와 손잡고 이 회사의 NPU": a name of the cue's type
        # earlier in the same sentence is nearer than what the text is about (not a cue that
        # heads a relative clause: "OpenAI에서 ... 독립하여 설립한 이 회사는" is the topic)
        k = view.first_tok[i]
        heads_relative = k > 0 and view.toks[k - 1].tag == "ETM"
        cands = [
            j
            for j in reversed(ids)
            if j < i
            and not heads_relative
            and mentions[j].kind == "name"
            and mentions[j].particle != "에서"
            and guess.get(name_key(mentions[j].text)) == want
        ][:1]
        cands = cands or [j for j in topic if guess.get(name_key(mentions[j].text)) in (want, None)]
        if not cands:
            earlier = [
                j
                for j in range(i - 1, -1, -1)
                if mentions[j].kind == "name" and guess.get(name_key(mentions[j].text)) == want
            ]
            # "가람로보틱스를 창업하기 전 온누리소프트에서 일했다. ... 이 회사는": a name marked
            # 에서 is where something happened, not what the text goes on about
            cands = [j for j in earlier if mentions[j].particle != "에서"] or earlier
        m.antecedents = cands[:1]


def _surname_antecedent(m: Mention, i: int, mentions: list[Mention], guess) -> list[int]:
    """'김 대표', '김사장' -> the nearest earlier person whose name starts with 김 (김하늘)."""
    surname = m.text.split()[0] if " " in m.text else _family_prefix(m.text)
    for j in range(i - 1, -1, -1):
        mj = mentions[j]
        if (
            mj.kind == "name"
            and (mj.text.startswith(surname) or mj.text.split()[-1] == surname)
            and len(mj.text) > len(surname)
            and guess.get(name_key(mj.text)) in ("Person", None)
        ):
            return [j]
    return []


def _family_prefix(word: str) -> str:
    """The family name a surname and a title written as one word start with ("김사장" -> 김,
    "남궁부사장" -> 남궁; kg.titled_persons)."""
    family = resources().grammar.surnames
    return word[:2] if word[:2] in family else word[:1]
