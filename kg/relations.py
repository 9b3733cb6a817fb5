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

from .clause import (
    Ending,
    SentenceView,
    Voice,
    args_left,
    eff_role,
    group_of,
    head_after,
    inside_parens,
    paren_host,
    particle_is,
    with_group,
)
from .model import RelationCandidate
from .nouns import (
    basis_relations,
    comparatives,
    genitive_relations,
    headquarters,
    join_verb_after,
    place_of_topic,
    relational_nouns,
)
from .pieces import Tok
from .resources import PredicateFrame, resources

__all__ = ["Ending", "SentenceView", "Voice", "ending_of", "negated", "sentence_relations"]

_SUBJECT_ROLES = {"JKS", "JX"}


def negated(toks: list[Tok], k: int) -> bool:
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


def ending_of(toks: list[Tok], k: int) -> tuple[Ending, int]:
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
            voice = Voice.PASSIVE if t.form in res.grammar.passive_verbs else Voice.ACTIVE
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
            if nxt.form in {"로", "으로"} and join_verb_after(toks, k) is not None:
                continue  # "A와 B가 파트너로 참여한다": they join as partners (kg.nouns)
            yield k, frames, Voice.ACTIVE, True  # "Microsoft와의 협업을", "협력으로"
        elif t.tag == "NNG" and nxt is not None and nxt.form == ")" and inside_parens(toks, k):
            yield k, frames, Voice.PASSIVE, True  # a note in parentheses: "(... Copilot에 적용)"


def sentence_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """Relation candidates of one sentence (mention indices, before typing)."""
    out: list[RelationCandidate] = []
    mentions = view.mentions
    toks = view.toks
    prev_pred = 0

    def add(rel, subjects, objects, rule, conf):
        for s in subjects:
            for s_id in group_of(view, s):
                for o in objects:
                    for o_id in group_of(view, o):
                        if s_id != o_id:
                            out.append(RelationCandidate(rel, s_id, o_id, sentence_id, rule, conf))

    last_pred = 0
    view.preds = []
    for k, frames, voice, nominal in _predicates(toks):
        ending, end_k = ending_of(toks, k)
        view.preds.append((k, ending if not nominal else Ending.NOMINAL))
        if negated(toks, k):
            last_pred = k
            continue
        left = args_left(view, k, prev_pred)
        left_all = args_left(view, k, 0)
        in_paren = inside_parens(toks, k)
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
                dates = [d for d in args_left(view, k, last_pred) if mentions[d].kind == "date"]
                if dates:
                    add(frame.date_relation, patient, dates[:1], f"{rule or 'clause'}+date", 0.85)
            if frame.relation == "FOUNDED" and patient:
                places = [
                    p
                    for p in left
                    if mentions[p].kind == "name" and particle_is(mentions[p], ["에서"])
                ]
                if places:
                    add("LOCATED_IN", patient, places[:1], "founded-in-place", 0.6)
        if ending in {Ending.FINAL, Ending.CONNECTIVE} and not nominal:
            prev_pred = end_k
        last_pred = k
    out.extend(genitive_relations(view, sentence_id))
    out.extend(place_of_topic(view, sentence_id))
    out.extend(headquarters(view, sentence_id))
    out.extend(basis_relations(view, sentence_id))
    out.extend(comparatives(view, sentence_id))
    out.extend(relational_nouns(view, sentence_id))
    return _through_vehicles(view, out)


def _through_vehicles(view: SentenceView, out: list[RelationCandidate]) -> list[RelationCandidate]:
    """ "A는 자회사 B를 통해 C에 투자했다": the investor is B, the vehicle A goes through."""
    via = resources().grammar.via_verbs
    vehicles = [
        x
        for x in view.mention_ids
        if view.next_tok[x] < len(view.toks)
        and view.toks[view.next_tok[x]].form in via
        and eff_role(view, x)[0] == "JKO"
    ]
    if not vehicles:
        return out
    first = view.first_tok
    kept = []
    for c in out:
        v = next(
            (
                v
                for v in vehicles
                if c.type == "INVESTED_IN"
                and first.get(c.subject, len(view.toks)) < first[v]
                and first[v] < first.get(c.object, len(view.toks))
            ),
            None,
        )
        if c.type == "INVESTED_IN" and c.object in vehicles:
            continue  # what one goes through is not what one invests in
        if v is None:
            kept.append(c)
        elif v != c.object:
            kept.append(RelationCandidate(c.type, v, c.object, c.sentence_id, "through", 0.85))
    return kept


def _patient(frame: PredicateFrame, voice, subj, obj):
    """The thing that was founded / released, for date and place arguments (the English
    object: arguments are already mapped from Korean voice to subject/object)."""
    return subj if frame.theme_is_subject else obj


def _arguments(
    view, frame: PredicateFrame, voice, nominal, ending, end_k, left, left_all, in_paren, k
):
    mentions = view.mentions
    names = [m for m in left if mentions[m].kind != "date"]
    names_all = [m for m in left_all if mentions[m].kind != "date"]

    def first(pool, test):
        for mid in pool:
            role, particle = eff_role(view, mid)
            if test(mentions[mid], role, particle):
                return with_group(view, mid, pool)
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
    subject_pool = [m for m in names_all if eff_role(view, m)[0] == "JX" or not view.consumed(m, k)]
    subj = first(subject_pool, lambda m, role, p: role in _SUBJECT_ROLES)
    head = head_after(view, end_k) if ending is Ending.RELATIVE else None
    head_is_topic = head == "TOPIC"
    if head_is_topic:
        head = view.topic or None
    host = paren_host(view, k) if in_paren else []

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
        and eff_role(view, subj[0])[1] in {"이", "가"}
    ):
        # "퓨리오사AI는 2017년 백준호 대표가 창업했다": the topic is what was founded
        topic = [
            t
            for t in view.topic
            if t in view.first_tok
            and eff_role(view, t)[1] in {"은", "는"}
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
