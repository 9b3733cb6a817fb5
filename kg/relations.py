"""Relations stated by a Korean sentence, read from particles and predicates.

Korean marks who does what with particles: the doer takes 이/가 or 은/는 (JKS, JX), the thing done
to takes 을/를 (JKO), a partner 와/과, a place or target 에/에서 (JKB).  A predicate is a noun
with 하다/되다 (개발하다, 설립되다) or a verb (만들다); its ending says whether it closes the clause
(EF, EC) or modifies the noun after it (ETM: "Claude를 개발한 업스테이지").  The predicate tables live
in resources/predicates.toml.

The rules here see one sentence and return candidates between mention indices; whether the
entities' types fit the relation is decided later, when every mention of the corpus is typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .mentions import Tok
from .model import Mention, RelationCandidate
from .resources import PredicateFrame, resources

__all__ = ["Ending", "SentenceView", "Voice", "sentence_relations"]


class Voice(StrEnum):
    """Who the grammatical subject of a predicate is: the doer (개발했다) or the one done to
    (개발되었다, 투자를 받았다)."""

    ACTIVE = "active"
    PASSIVE = "passive"


class Ending(StrEnum):
    """How a predicate's clause ends: it modifies the noun after it (ETM: 개발한), links to the
    next clause (EC: 개발하고), closes the sentence (EF: 개발했다) or is made a noun (ETN)."""

    RELATIVE = "rel"
    CONNECTIVE = "conn"
    FINAL = "final"
    NOMINAL = "nom"
    NONE = "none"


_SUBJECT_ROLES = {"JKS", "JX"}
_VERB_TAGS = {"VV", "VA", "XSV", "XSA", "VX"}


@dataclass
class SentenceView:
    """One analysed sentence: tokens, the indices of its mentions in the document's list, and
    where each mention sits among the tokens."""

    toks: list[Tok]
    mention_ids: list[int]
    mentions: list[Mention]  # the document's mention list
    first_tok: dict[int, int]  # mention index -> its first token
    next_tok: dict[int, int]  # mention index -> first token after it and its particles
    topic: list[int]  # mention indices the sentence is about (resolved)
    prev_topic: list[int] = field(default_factory=list)  # what the sentences before were about
    # (token, ending) of the predicates seen so far
    preds: list[tuple[int, Ending]] = field(default_factory=list)

    def expand(self, mids) -> set[int]:
        return {x for m in mids for x in _group(self, m)}

    def consumed(self, mid: int, k: int) -> bool:
        """Has a predicate between this mention and token k already taken it as subject?"""
        start = self.first_tok[mid]
        return any(
            start < p < k and ending in {Ending.RELATIVE, Ending.CONNECTIVE}
            for p, ending in self.preds
        )

    def at(self, k: int) -> int | None:
        """The mention that starts at token k."""
        for mid in self.mention_ids:
            if self.first_tok[mid] == k:
                return mid
        return None


def _particle_is(mention: Mention, particles) -> bool:
    p = mention.particle
    return any(p == q or p in (q + "의", q + "도", q + "는", q + "만") for q in particles)


def _negated(toks: list[Tok], k: int) -> bool:
    """'공개하지 않지만', '개발하지 못했다', '설립된 것은 아니다': the clause denies the predicate."""
    for t in toks[k + 1 : k + 7]:
        if (
            (t.tag == "VX" and t.form in {"않", "못하"})
            or t.tag == "VCN"
            or (t.tag == "MAG" and t.form in {"안", "못"})
        ):
            return True
        if t.tag in {"EF", "ETM"} or (t.tag == "EC" and t.form not in {"지", "게", "어", "아"}):
            return False
    return False


def _ending(toks: list[Tok], k: int) -> tuple[Ending, int]:
    """Kind of ending after predicate token k: rel (ETM), conn (EC), final (EF), nom (ETN)."""
    j = k + 1
    if j + 1 < len(toks) and toks[j].tag == "JKO" and toks[j + 1].tag == "VV":
        j += 2  # a noun predicate with its verb: "역할을 맡았던", "협업을 통해"
    while (
        j < len(toks)
        and toks[j].tag in {"XSV", "EP", "VX", "XSA"} | {"EC"}
        and not (toks[j].tag == "EC" and toks[j].form not in {"어", "아", "게", "지"})
    ):
        j += 1
    if j < len(toks):
        tag = toks[j].tag
        if tag == "ETM":
            return Ending.RELATIVE, j
        if tag == "EC":
            return Ending.CONNECTIVE, j
        if tag == "EF":
            return Ending.FINAL, j
        if tag == "ETN":
            return Ending.NOMINAL, j
    return Ending.NONE, j


def _predicates(toks: list[Tok]):
    """(token index, frames, voice, nominal) for each relation predicate in the sentence."""
    res = resources()
    for k, t in enumerate(toks):
        frames = res.frames_by_stem.get(t.form)
        if not frames:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.tag in {"NNG", "NNP"} and nxt is not None and nxt.tag in {"XSV", "XSA"}:
            voice = Voice.PASSIVE if nxt.form in {"되", "받", "당하"} else Voice.ACTIVE
            yield k, frames, voice, False
        elif t.tag == "VV":
            voice = Voice.PASSIVE if t.form in _PASSIVE_VERBS else Voice.ACTIVE
            after = toks[k + 2] if k + 2 < len(toks) else None
            if nxt is not None and nxt.tag == "EC" and after is not None and after.form == "지":
                voice = Voice.PASSIVE  # 만들어지다
            yield k, frames, voice, False
        elif (
            t.tag == "NNG"
            and nxt is not None
            and nxt.tag == "JKO"
            and k + 2 < len(toks)
            and toks[k + 2].form in {"받", "유치하", "유치"}
        ):
            yield k, frames, Voice.PASSIVE, False  # "네이버로부터 투자를 받았다"
        elif (
            t.tag == "NNG"
            and nxt is not None
            and nxt.tag == "JKO"
            and k + 2 < len(toks)
            and toks[k + 2].tag == "VV"
        ):
            yield k, frames, Voice.ACTIVE, False  # "역할을 맡았던", "파트너십을 맺었다"
        elif t.tag == "NNG" and nxt is not None and nxt.tag in {"JKO", "JKS", "JX", "JKB", "JKG"}:
            yield k, frames, Voice.ACTIVE, True  # "Microsoft와의 협업을", "협력으로"
        elif t.tag == "NNG" and nxt is not None and nxt.form == ")" and _inside_parens(toks, k):
            yield k, frames, Voice.PASSIVE, True  # a note in parentheses: "(... Copilot에 적용)"


def _head_after(view: SentenceView, j: int) -> list[int] | str | None:
    """What a relative clause ending at token j modifies: a mention, 'TOPIC' (a descriptive
    noun with a copula, "...개발한 기업입니다"), or None."""
    toks = view.toks
    res = resources()
    k = j + 1
    steps = 0
    while k < len(toks) and steps < 10:
        steps += 1
        mid = view.at(k)
        if mid is not None:
            m = view.mentions[mid]
            if m.role == "JKG" and m.kind != "coref":  # "미국의 ... 스타트업": a modifier
                k = view.next_tok[mid]
                continue
            return [mid]
        t = toks[k]
        if (
            steps == 1
            and t.tag in {"NNG", "NNB"}
            and t.form not in res.cue_nouns
            and k + 1 < len(toks)
            and toks[k + 1].tag not in {"NNG", "SL", "SSO", "XSN"}
        ):
            return None  # "비교할 때", "개발한 것": not a name
        if t.tag in {"NNG", "NNP", "XSN", "SL", "SSO", "SSC", "SN", "NNB", "XPN", "MAG"}:
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if t.tag == "NNG" and t.form in res.cue_nouns and nxt is not None:
                if nxt.tag == "VCP":
                    # "연구자였던 아서 멘슈": noun + copula + ETM, then the real head
                    m2 = k + 2
                    while m2 < len(toks) and toks[m2].tag in {"EP"}:
                        m2 += 1
                    if m2 < len(toks) and toks[m2].tag == "ETM":
                        return _head_after(view, m2) or "TOPIC"
                    return "TOPIC"
                if nxt.tag == "JKB" and nxt.form in {"으로", "로"}:
                    return "TOPIC"  # "...스타트업으로, ..."
                if nxt.tag in {"JX", "JKS"}:
                    return None  # "개발한 회사는 ..." (a question)
            k += 1
            continue
        if t.tag == "JKG":
            k += 1
            continue
        break
    return None


def _group(view: SentenceView, mid: int) -> list[int]:
    m = view.mentions[mid]
    return list(m.antecedents) if m.kind == "coref" and m.antecedents else [mid]


def _args_left(view: SentenceView, k: int, lower: int):
    """Mentions whose tokens lie between token `lower` and predicate token k, nearest first."""
    out = [
        mid
        for mid in view.mention_ids
        if lower <= view.first_tok[mid] < k and view.next_tok[mid] <= k + 1
    ]
    return sorted(out, key=lambda mid: -view.first_tok[mid])


def _paren_host(view: SentenceView, k: int) -> list[int]:
    """ "Codex(... GitHub Copilot에 적용)": the name the parenthesis at token k explains."""
    depth = 0
    for j in range(k - 1, -1, -1):
        t = view.toks[j]
        if t.tag == "SSC" and t.form == ")":
            depth += 1
        elif t.tag == "SSO" and t.form == "(":
            if depth == 0:
                host = [
                    m
                    for m in view.mention_ids
                    if view.first_tok[m] < j
                    and view.toks[j - 1].end == view.mentions[m].end
                    and view.mentions[m].kind == "name"
                ]
                return host[:1]
            depth -= 1
    return []


def _paren_depths(toks: list[Tok]) -> list[int]:
    out, depth = [], 0
    for t in toks:
        if t.tag == "SSC" and t.form == ")":
            depth = max(0, depth - 1)
        out.append(depth)
        if t.tag == "SSO" and t.form == "(":
            depth += 1
    return [*out, 0]


def _outside_parens(toks: list[Tok]) -> list[Tok]:
    """Tokens not inside a parenthesised note ("DALL·E(텍스트를 ... 모델), Whisper")."""
    out, depth = [], 0
    for t in toks:
        if t.tag == "SSO":
            depth += 1
        elif t.tag == "SSC":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(t)
    return out


def _eff_role(view: SentenceView, mid: int) -> tuple[str, str]:
    """Role of a mention, looking through coordination: in "Amazon과 Google Cloud가", Amazon's
    role is that of the group (JKS '가')."""
    m = view.mentions[mid]
    if m.role != "JC" and not (
        m.role == ""
        and view.next_tok[mid] < len(view.toks)
        and view.toks[view.next_tok[mid]].form == ","
    ):
        return m.role, m.particle
    toks = view.toks
    cues = resources().cue_nouns
    j = view.next_tok[mid]
    while j < len(toks):
        t = toks[j]
        if t.tag in _VERB_TAGS or t.tag in {"VCP", "EF", "EC", "ETM"}:
            break
        if (
            t.tag == "NNG"
            and t.form not in cues
            and view.at(j) is None
            and not (j > 0 and toks[j - 1].tag == "JKG")
        ):
            return "", ""  # "구글 딥마인드와 메타 출신 연구자들이": they modify 출신
        if t.tag in {"JKS", "JKO", "JX", "JKB"}:
            return t.tag, t.form
        j += 1
    return m.role, m.particle


def _with_group(view: SentenceView, mid: int, pool: list[int]) -> list[int]:
    """A mention and the mentions coordinated with it (joined by 와/과, 및 or commas)."""
    members = [mid]
    depth = _paren_depths(view.toks)
    ordered = sorted(
        (x for x in view.mention_ids if depth[view.first_tok[x]] == depth[view.first_tok[mid]]),
        key=lambda x: view.first_tok[x],
    )
    pos = ordered.index(mid)
    skipped_genitive = False
    for other in reversed(ordered[:pos]):
        m = view.mentions[other]
        if (
            m.role == "JKG"
            and not skipped_genitive
            and view.next_tok[other] == view.first_tok[members[-1]]
        ):
            skipped_genitive = True  # "사우디아라비아의 아람코": a modifier, not a member
            continue
        gap = _outside_parens(view.toks[view.next_tok[other] : view.first_tok[members[-1]]])
        if (
            (m.role == "JC" and not gap)
            or (m.role == "" and len(gap) == 1 and gap[0].form in {",", "및"})
        ) and m.kind == view.mentions[mid].kind:
            members.append(other)
        else:
            break
    return [x for x in members if x in pool or x == mid]


def sentence_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """Relation candidates of one sentence (mention indices, before typing).

    Long: the predicate loop carries clause state (previous predicate, last date) from one
    predicate to the next; kept whole until the extraction rewrite (issue 12)."""
    out: list[RelationCandidate] = []
    mentions = view.mentions
    toks = view.toks
    prev_pred = 0

    def add(rel, subjects, objects, rule, conf):
        for s in subjects:
            for s_id in _group(view, s):
                for o in objects:
                    for o_id in _group(view, o):
                        if s_id != o_id:
                            out.append(RelationCandidate(rel, s_id, o_id, sentence_id, rule, conf))

    last_pred = 0
    view.preds = []
    for k, frames, voice, nominal in _predicates(toks):
        ending, end_k = _ending(toks, k)
        view.preds.append((k, ending if not nominal else Ending.NOMINAL))
        if _negated(toks, k):
            last_pred = k
            continue
        left = _args_left(view, k, prev_pred)
        left_all = _args_left(view, k, 0)
        in_paren = _inside_parens(toks, k)
        for frame in frames:
            subj, obj, rule = _arguments(
                view, frame, voice, nominal, ending, end_k, left, left_all, in_paren, k
            )
            if subj and obj:
                conf = 0.9 if rule.startswith(("transitive", "relative", "passive")) else 0.75
                add(frame.relation, subj, obj, rule, conf)
            elif frame.symmetric and obj and len(view.expand(obj)) >= 2 and not subj:
                # "ChatGPT와 Claude를 비교할 때": the two compared are both in the object
                members = sorted(view.expand(obj))
                for i, a in enumerate(members):
                    for b in members[i + 1 :]:
                        add(frame.relation, [a], [b], "symmetric-group", 0.8)
            patient = _patient(frame, voice, subj, obj)
            if frame.date_relation and patient:
                # the date of this clause: after the previous predicate, whatever its ending
                dates = [d for d in _args_left(view, k, last_pred) if mentions[d].kind == "date"]
                if dates:
                    add(frame.date_relation, patient, dates[:1], f"{rule or 'clause'}+date", 0.85)
            if frame.relation == "FOUNDED" and patient:
                places = [
                    p
                    for p in left
                    if mentions[p].kind == "name" and _particle_is(mentions[p], ["에서"])
                ]
                if places:
                    add("LOCATED_IN", patient, places[:1], "founded-in-place", 0.6)
        if ending in {Ending.FINAL, Ending.CONNECTIVE} and not nominal:
            prev_pred = end_k
        last_pred = k
    out.extend(_genitive_relations(view, sentence_id))
    out.extend(_place_of_topic(view, sentence_id))
    out.extend(_basis_relations(view, sentence_id))
    out.extend(_comparatives(view, sentence_id))
    out.extend(_relational_nouns(view, sentence_id))
    return out


def _inside_parens(toks: list[Tok], k: int) -> bool:
    depth = 0
    for t in toks[:k]:
        if t.tag == "SSO":
            depth += 1
        elif t.tag == "SSC":
            depth = max(0, depth - 1)
    return depth > 0


def _patient(frame: PredicateFrame, voice, subj, obj):
    """The thing that was founded / released, for date and place arguments (the English
    object: arguments are already mapped from Korean voice to subject/object)."""
    return subj if frame.theme_is_subject else obj


def _arguments(
    view, frame: PredicateFrame, voice, nominal, ending, end_k, left, left_all, in_paren, k
):
    """Subject and object of one predicate frame, and the rule that found them.

    Long: a decision list (symmetric, theme, passive, relative, nominal, transitive) whose
    order matters; kept whole until the extraction rewrite (issue 12)."""
    mentions = view.mentions
    names = [m for m in left if mentions[m].kind != "date"]
    names_all = [m for m in left_all if mentions[m].kind != "date"]

    def first(pool, test):
        for mid in pool:
            role, particle = _eff_role(view, mid)
            if test(mentions[mid], role, particle):
                return _with_group(view, mid, pool)
        return []

    def marked(particles):
        return first(
            names,
            lambda m, role, p: (
                role in {"JKO", "JKB", "JC", "JKS", "JX", ""}
                and any(p == q or p in (q + "의", q + "도", q + "는") for q in particles)
            ),
        )

    # a 이/가 subject inside an earlier relative clause ("박성현 대표가 설립한 회사") or an
    # earlier clause ("백준호 대표가 창업했으며, ...") is that clause's; 은/는 topics scope over all
    subject_pool = [
        m for m in names_all if _eff_role(view, m)[0] == "JX" or not view.consumed(m, k)
    ]
    subj = first(subject_pool, lambda m, role, p: role in _SUBJECT_ROLES)
    head = _head_after(view, end_k) if ending is Ending.RELATIVE else None
    head_is_topic = head == "TOPIC"
    if head_is_topic:
        head = view.topic or None
    host = _paren_host(view, k) if in_paren else []

    if frame.symmetric:
        # "X는 Y와 비교되는", "X와 협력해": one side is the subject or topic, the other 와/과
        other = marked(frame.object_particles)
        base = (
            head
            if ending is Ending.RELATIVE and isinstance(head, list) and head
            else (subj or view.topic)
        )
        own = [x for x in base if x not in view.expand(other)]
        if not own and other and subj:
            # "Amazon과 Google Cloud가 ..., 이들과 협력해": the doer is what the text was about
            own = [x for x in (view.prev_topic or []) if x not in view.expand(other)]
        if not other and len(view.expand(own)) >= 2:
            return [], own, "symmetric-group"  # "두 회사는 파트너십을 맺었다"
        if other and not own and (not subj) and len(view.expand(other)) >= 2:
            return [], other, "symmetric-group"
        return own, other, "symmetric" if voice is Voice.ACTIVE else "symmetric-passive"

    if frame.theme_is_subject:
        # X APPLIED_TO / INTEGRATED_INTO / BASED_ON Y: X is the thing moved, Y the target
        target = marked(frame.object_particles)
        if voice is Voice.PASSIVE or nominal:
            theme = head if ending is Ending.RELATIVE and head else (subj or host)
        else:
            theme = marked(("를", "을")) or host
            if not theme and ending is Ending.RELATIVE and head:
                theme = head
            if not theme:
                # "삼성 가우스를 선보이고 갤럭시 S24에 적용했다": the object of the clause before
                theme = first(names_all, lambda m, role, p: p in {"을", "를"})
        theme = [t for t in theme if t not in target]
        return theme, target, ("passive" if voice is Voice.PASSIVE else "transitive") + "-theme"

    if voice is Voice.PASSIVE:
        patient = head if ending is Ending.RELATIVE and head else subj
        agent = marked(frame.agent_particles) if frame.agent_particles else []
        agent = [a for a in agent if a not in (patient or [])]
        return agent, patient, "passive" if ending is not Ending.RELATIVE else "passive-relative"

    obj = marked(frame.object_particles)
    if subj and obj and set(subj) & set(obj):
        subj = [s for s in subj if s not in obj]
    if (
        subj
        and not obj
        and ending in {Ending.FINAL, Ending.CONNECTIVE}
        and not nominal
        and _eff_role(view, subj[0])[1] in {"이", "가"}
    ):
        # "퓨리오사AI는 2017년 백준호 대표가 창업했다": the topic is what was founded
        topic = [
            t
            for t in view.topic
            if t in view.first_tok
            and _eff_role(view, t)[1] in {"은", "는"}
            and view.first_tok[t] < view.first_tok[subj[0]]
        ]
        if topic and "를" in frame.object_particles:
            return subj, topic, "topic-object"
    if ending is Ending.RELATIVE and head:
        if not obj and frame.object_particles and not subj:
            return [], [], ""
        if not subj or (
            subj
            and obj
            and view.first_tok[subj[0]] < view.first_tok[obj[-1]]
            and _is_topic(view, subj)
        ):
            # "Claude를 개발한 업스테이지": the head is the doer
            return head, obj, "relative"
        if not obj:
            if _plain_object(view, k) or (head_is_topic and set(head) & view.expand(subj)):
                return [], [], ""
            return subj, head, "relative-object"  # "김성훈 대표가 설립한 스타트업"
        return subj, obj, "relative-inner"
    if nominal:
        # "Open AI는 Microsoft와의 협업을 통해": noun predicate, partner marked with 와의
        return subj or view.topic, obj, "nominal"
    if not subj and obj:
        if frame.symmetric and len(view.expand(obj)) >= 2:
            return [], obj, "symmetric-group"
        subj = [t for t in view.topic if t not in view.expand(obj)]
        return subj, obj, "transitive-topic"
    if subj and obj and view.expand(subj) & view.expand(obj):
        # "Amazon과 Google Cloud가 ..., 이들과 협력해": the doer is what the text was about
        subj = [t for t in (view.prev_topic or []) if t not in view.expand(obj)]
        return subj, obj, "transitive-topic"
    return subj, obj, "transitive"


def _plain_object(view: SentenceView, k: int) -> bool:
    """An object particle on a common noun right before the predicate ("모델(LLM)을 개발하는"):
    the clause has its object, and it is not a name."""
    for t in reversed(view.toks[max(0, k - 4) : k]):
        if t.tag == "JKO":
            return True
    return False


def _is_topic(view, subj):
    return bool(view.topic) and set(subj) <= set(view.topic)


def _genitive_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """ "메타의 라마 모델", "엔비디아의 H100", "업스테이지의 대표 모델인 Claude": a possessor and a
    name it owns.  The relation (DEVELOPED, WORKED_AT, ...) is chosen once types are known."""
    out = []
    res = resources()
    for mid in view.mention_ids:
        m = view.mentions[mid]
        if m.role != "JKG" or m.kind == "date" or m.particle != "의":
            continue
        k = view.next_tok[mid]
        steps = 0
        while k < len(view.toks) and steps < 5:
            other = view.at(k)
            if other is not None:
                if view.mentions[other].kind == "name":
                    out.append(
                        RelationCandidate("GENITIVE", mid, other, sentence_id, "genitive", 0.7)
                    )
                break
            t = view.toks[k]
            if not (
                t.tag in {"NNG", "XSN", "VCP", "ETM", "MAG"}
                or (t.tag == "NNG" and t.form in res.cue_nouns)
            ):
                break
            k += 1
            steps += 1
    return out


_BASIS = {"기반", "바탕", "토대", "베이스"}
# verbs that are passive by themselves: "엑사원 3.0은 오픈소스로 풀렸다"
_PASSIVE_VERBS = {"풀리", "나오"}
# verbs of taking part: "투자자로 참여", "투자에 합류"
_JOIN_VERBS = {"참여", "합류", "동참", "나서", "참가"}


def _basis_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """BASED_ON from its two usual shapes:
    "X의 (그) 기반이 되는 Y" -> X BASED_ON Y;  "Y를 기반으로 한 X" / "Y 기반의 X" -> X BASED_ON Y."""
    out = []
    toks = view.toks
    for k, t in enumerate(toks):
        if t.form not in _BASIS or t.tag != "NNG":
            continue
        nxt = [x.form for x in toks[k + 1 : k + 4]]
        if nxt[:2] in (["이", "되"], ["가", "되"]) and len(nxt) == 3:
            head = _head_after(view, k + 3)
            before = [m for m in _args_left(view, k, 0) if view.mentions[m].kind == "name"]
            if isinstance(head, list) and before:
                out += [
                    RelationCandidate("BASED_ON", before[0], h, sentence_id, "basis-become", 0.75)
                    for h in head
                ]
        elif nxt[:2] in (["으로", "하"], ["로", "하"]) and len(nxt) == 3:
            head = _head_after(view, k + 3)
            base = [
                m
                for m in _args_left(view, k, max(0, k - 4))
                if view.mentions[m].particle in {"을", "를"}
            ]
            if isinstance(head, list) and base:
                out += [
                    RelationCandidate("BASED_ON", h, base[0], sentence_id, "basis-made", 0.8)
                    for h in head
                ]
        elif nxt[:1] == ["의"] and k > 0:
            base = view.at(k - 1) if view.at(k - 1) is not None else None
            head = view.at(k + 2)
            if base is not None and head is not None:
                out.append(RelationCandidate("BASED_ON", head, base, sentence_id, "basis-of", 0.75))
    return out


def _comparatives(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """ "Mistral 7B는 Llama 2보다 작지만": the topic compared with a name marked by 보다."""
    out = []
    for mid in view.mention_ids:
        m = view.mentions[mid]
        if m.kind == "name" and m.particle in {"보다", "보다도", "보다는"}:
            for t in view.expand(view.topic):
                if t != mid and view.first_tok.get(t, -1) < view.first_tok[mid]:
                    out.append(
                        RelationCandidate("COMPARED_WITH", t, mid, sentence_id, "comparative", 0.75)
                    )
    return out


_TITLES = {
    "CEO",
    "CTO",
    "CFO",
    "COO",
    "대표",
    "사장",
    "회장",
    "의장",
    "대표이사",
    "최고경영자",
    "이사",
    "총괄",
    "수장",
}


def _place_of_topic(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """ "업스테이지는 ... 미국의 AI 스타트업으로/이다": a place in the genitive before the noun that
    says what the topic is.  Kept only when typing finds a Place and a Company."""
    res = resources()
    out = []
    for mid in view.mention_ids:
        m = view.mentions[mid]
        if m.particle not in {"의", ""} or m.kind != "name" or "Place" not in m.votes:
            continue  # "미국의 AI 스타트업", "미국 로봇 기업 피규어 AI"
        k = view.next_tok[mid]
        while (
            k < len(view.toks)
            and view.toks[k].tag in {"NNG", "SL", "SSO", "SSC", "XSN"}
            and view.toks[k].form not in res.cue_nouns
        ):
            k += 1
        if (
            k + 1 < len(view.toks)
            and view.toks[k].form in res.cue_nouns
            and res.cue_nouns[view.toks[k].form] == "Company"
        ):
            named = view.at(k + 1)
            if named is not None and view.mentions[named].kind == "name":
                # "프랑스의 AI 스타트업 미스트랄 AI": the place of the name the noun introduces
                out.append(
                    RelationCandidate("LOCATED_IN", named, mid, sentence_id, "place-of-name", 0.7)
                )
                continue
            if not (view.toks[k + 1].tag == "VCP" or view.toks[k + 1].form in {"으로", "로"}):
                continue
            for t in view.expand(view.topic):
                if t != mid:
                    out.append(
                        RelationCandidate("LOCATED_IN", t, mid, sentence_id, "place-of-topic", 0.7)
                    )
    return out


def _relational_nouns(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """Nouns that state a relation on their own: "Amazon과 Google Cloud가 투자자로 참여",
    "Upstage 창업자 아서 멘슈", "업스테이지의 창업자는 아서 멘슈다".

    Long: one rule per paragraph, read top to bottom against the sentence; kept as one function
    until the extraction rewrite (issue 12) turns the rules into data."""
    res = resources()
    out = []
    toks = view.toks
    for k, t in enumerate(toks):
        # "아서 멘슈가 CEO를 맡고 있다": the person works at what the sentence is about
        if (
            t.form in _TITLES
            and k + 2 < len(toks)
            and toks[k + 1].tag == "JKO"
            and toks[k + 2].form == "맡"
        ):
            people = [
                m
                for m in _args_left(view, k, 0)
                if _eff_role(view, m)[1] in {"이", "가"} and view.mentions[m].kind == "name"
            ]
            orgs = [x for x in view.expand(view.topic) if x not in people]
            for p in people[:1]:
                view.mentions[p].votes["Person"] = view.mentions[p].votes.get("Person", 0) + 1.0
                for o in orgs:
                    out.append(RelationCandidate("WORKED_AT", p, o, sentence_id, "title", 0.8))
            continue
        frames = res.frames_by_noun.get(t.form)
        if not frames or t.tag not in {"NNG", "NNP"}:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        for frame in frames:
            if frame.relation not in {"INVESTED_IN", "FOUNDED", "WORKED_AT", "DEVELOPED"}:
                continue
            # "A가 투자자로 참여했다" / "이번 투자에는 A가 참여했다": A is the doer; the object is
            # what the paragraph is about
            joins = any(x.form in _JOIN_VERBS for x in toks[k + 1 : k + 12])
            if (
                nxt is not None
                and joins
                and (nxt.form in {"로", "으로"} or nxt.form == "에")
                and frame.relation == "INVESTED_IN"
            ):
                verb = next(j for j in range(k + 1, len(toks)) if toks[j].form in _JOIN_VERBS)
                doers = [
                    m
                    for m in _args_left(view, verb, 0)
                    if _eff_role(view, m)[1] in {"이", "가", "은", "는"}
                    and view.mentions[m].kind != "date"
                ]
                if doers:
                    group = view.expand(_with_group(view, doers[0], view.mention_ids))
                    target = [x for x in view.expand(view.topic) if x not in group] or [
                        x for x in view.expand(view.prev_topic or []) if x not in group
                    ]
                    for s in group:
                        for o in target:
                            out.append(
                                RelationCandidate(
                                    frame.relation, s, o, sentence_id, "role-noun", 0.75
                                )
                            )
                continue
            # "X 창업자 Y" / "X의 창업자(인|는) Y": X is the organisation, Y the person
            before = view.at(k - 1) if k > 0 else None
            if before is None and k > 1 and toks[k - 1].tag == "JKG":
                before = view.at(k - 2)
            if before is None:
                # "X의 공동 창업자"
                cand = [
                    m
                    for m in _args_left(view, k, max(0, k - 4))
                    if view.mentions[m].role in {"JKG", ""}
                ]
                before = cand[0] if cand else None
            after = None
            j = k + 1
            while (
                j < len(toks)
                and toks[j].tag in {"JX", "JKS", "VCP", "ETM", "EP", "SP", "NNG"}
                and j - k <= 4
            ):
                j += 1
                after = view.at(j)
                if after is not None:
                    break
            if after is None:
                after = view.at(k + 1)
            if before is None or after is None or view.mentions[before].kind == "date":
                continue
            if frame.relation == "DEVELOPED":
                continue  # "X 개발사 Y" reads both ways; leave it to the clause rules
            out.append(
                RelationCandidate(frame.relation, after, before, sentence_id, "role-noun", 0.8)
            )
    return out
