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

from .advisers import adviser_relations
from .arguments import Predicate, arguments
from .clause import (
    Ending,
    SentenceView,
    Voice,
    args_left,
    group_of,
    inside_parens,
    particle_is,
)
from .comparisons import comparatives
from .consortia import consortium_relations
from .coordination import eff_role
from .financial_roles import financial_role_relations
from .holdings import holding_relations
from .joint_ventures import venture_clause_relations, venture_relations
from .model import RelationCandidate
from .nominal_deals import nominal_deal_relations
from .nouns import (
    basis_relations,
    genitive_relations,
    headquarters,
    place_of_topic,
)
from .office_sites import office_sites
from .pieces import Tok
from .place_lists import place_list_relations
from .predicate_idioms import idiom_frames
from .resources import PredicateFrame, resources
from .role_nouns import join_verb_after, relational_nouns
from .shareholders import shareholder_relations
from .stakes import stake_relations

__all__ = [
    "Ending",
    "SentenceView",
    "Voice",
    "comma_verb",
    "ending_of",
    "negated",
    "sentence_relations",
]


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


def comma_verb(toks: list[Tok], k: int) -> bool:
    """A predicate's noun with its object and a comma for the verb ("B를 인수, 자회사로
    편입했다"), as news shortens "인수하고"."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (
        toks[k].tag == "NNG"
        and k > 0
        and toks[k - 1].tag == "JKO"
        and nxt is not None
        and nxt.form == ","
        and toks[k].form in resources().frames_by_stem
    )


def _in_progress(toks: list[Tok], k: int) -> bool:
    """Noun k followed by 중/NNB and 이/VCP: "개발 중인", "임상 중이다" (a work under way)."""
    return (
        k + 2 < len(toks)
        and toks[k + 1].tag == "NNB"
        and toks[k + 1].form == "중"
        and toks[k + 2].tag == "VCP"
    )


def ending_of(toks: list[Tok], k: int) -> tuple[Ending, int]:
    """Kind of ending after predicate token k: rel (ETM), conn (EC), final (EF), nom (ETN)."""
    j = k + 1
    if _in_progress(toks, k):
        j += 2  # "개발 중인 'X'", "임상 중인 X": the ending is on 이/VCP after 중
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
        if not frames and k and t.tag == toks[k - 1].tag == "NNG":
            # a compound stem Kiwi splits: "공동/NNG 연구/NNG" is 공동연구
            frames = res.frames_by_stem.get(toks[k - 1].form + t.form)
        if not frames:
            frames = idiom_frames(toks, k)  # "B를 품에 안았다", "A와 손을 맞잡았다"
        if not frames:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.tag in {"NNG", "NNP"} and nxt is not None and nxt.tag in {"XSV", "XSA"}:
            voice = Voice.PASSIVE if nxt.form in {"되", "받", "당하"} else Voice.ACTIVE
            yield k, frames, voice, False
        elif t.tag == "NNG" and _in_progress(toks, k):
            # "한결제약이 개발 중인 'HK-501'": a product under way; "재직 중이다" stays the
            # career rules' (kg.careers)
            made = tuple(f for f in frames if f.relation == "DEVELOPED")
            if made:
                yield k, made, Voice.ACTIVE, False
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
        elif comma_verb(toks, k):
            yield k, frames, Voice.ACTIVE, False  # "B를 인수, 계열사로 편입했다": 인수했고
        elif t.tag == "NNG" and nxt is not None and nxt.form == ")" and inside_parens(toks, k):
            yield k, frames, Voice.PASSIVE, True  # a note in parentheses: "(... Copilot에 적용)"


def sentence_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """Relation candidates of one sentence (mention indices, before typing)."""
    found = _Found(view, sentence_id)
    toks = view.toks
    prev_pred = 0  # where the last clause closed: a subject before it is that clause's
    last_pred = 0
    view.preds = []
    for k, frames, voice, nominal in _predicates(toks):
        ending, end_k = ending_of(toks, k)
        view.preds.append((k, ending if not nominal else Ending.NOMINAL))
        if negated(toks, k):
            last_pred = k
            continue
        clause = Predicate(k, voice, nominal, ending, end_k)
        for frame in frames:
            _frame_relations(found, frame, clause, prev_pred, last_pred)
        if ending in {Ending.FINAL, Ending.CONNECTIVE} and not nominal:
            prev_pred = end_k
        last_pred = k
    out = found.out
    out.extend(genitive_relations(view, sentence_id))
    out.extend(place_of_topic(view, sentence_id))
    out.extend(headquarters(view, sentence_id))
    out.extend(office_sites(view, sentence_id))  # "서울 강남구 X 본사에서"
    out.extend(basis_relations(view, sentence_id))
    out.extend(comparatives(view, sentence_id))
    out.extend(relational_nouns(view, sentence_id))
    out.extend(stake_relations(view, sentence_id))
    out.extend(holding_relations(view, sentence_id))
    out.extend(shareholder_relations(view, sentence_id))  # "X의 최대주주는 B다"
    out.extend(consortium_relations(view, sentence_id))
    out.extend(venture_relations(view, sentence_id))
    out.extend(venture_clause_relations(view, sentence_id))  # "X는 A와 B가 세운 합작사로"
    out.extend(adviser_relations(view, sentence_id))  # "X는 Y의 인수 자문을 맡았다"
    out.extend(nominal_deal_relations(view, sentence_id))  # "A의 B 인수", "A와 B의 합병"
    out.extend(place_list_relations(view, sentence_id))  # "구미시 A농협과 B농협"
    out.extend(financial_role_relations(view, sentence_id))  # "금융주선기관인 X와"
    return _through_vehicles(view, out)


class _Found:
    """The candidates of one sentence, as they are found."""

    def __init__(self, view: SentenceView, sentence_id: str):
        self.view, self.sentence_id = view, sentence_id
        self.out: list[RelationCandidate] = []

    def add(self, rel: str, subjects, objects, rule: str, conf: float) -> None:
        """Every subject with every object, each side expanded to the group it heads."""
        for s in subjects:
            for s_id in group_of(self.view, s):
                for o in objects:
                    for o_id in group_of(self.view, o):
                        if s_id != o_id:
                            self.out.append(
                                RelationCandidate(rel, s_id, o_id, self.sentence_id, rule, conf)
                            )


def _frame_relations(
    found: _Found, frame: PredicateFrame, p: Predicate, prev_pred: int, last_pred: int
) -> None:
    """What one reading (frame) of a predicate states: its relation, and the date and place
    of what it founded or released."""
    view = found.view
    mentions = view.mentions
    left = args_left(view, p.k, prev_pred)
    left_all = args_left(view, p.k, 0)
    subj, obj, rule = arguments(view, frame, p, left, left_all)
    if subj and obj:
        conf = 0.9 if rule.startswith(("transitive", "relative", "passive")) else 0.75
        found.add(frame.relation, subj, obj, rule, conf)
    elif frame.symmetric and obj and len(view.expand(obj)) >= 2 and not subj:
        # "ChatGPT와 Claude를 비교할 때": the two compared are both in the object
        members = sorted(view.expand(obj))
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                found.add(frame.relation, [a], [b], "symmetric-group", 0.8)
    patient = _patient(frame, p.voice, subj, obj)
    if frame.date_relation and patient:
        # the date of this clause: after the previous predicate, whatever its ending
        dates = [
            d
            for d in args_left(view, p.k, last_pred)
            if mentions[d].kind == "date" and not _verb_between(view, view.next_tok[d], p.k)
        ]
        if dates:
            found.add(frame.date_relation, patient, dates[:1], f"{rule or 'clause'}+date", 0.85)
    if frame.relation == "FOUNDED" and patient:
        places = [
            x for x in left if mentions[x].kind == "name" and particle_is(mentions[x], ["에서"])
        ]
        if places:
            found.add("LOCATED_IN", patient, places[:1], "founded-in-place", 0.6)


def _verb_between(view: SentenceView, lo: int, hi: int) -> bool:
    """ "여 대표가 2020년 퇴사한 뒤 ... 세운 회사", "2020년 퇴사하고 세운": a clause that closes
    between a date and the predicate (a connective ending, or "-ㄴ 뒤/후") takes the date (the
    year of leaving is not the year of founding); "2019년 문을 연 X가 세운" keeps it."""
    toks = view.toks
    after = resources().grammar.after_nouns
    for j in range(lo, hi):
        if toks[j].tag == "EC" or (
            toks[j].tag == "ETM" and j + 1 < hi and toks[j + 1].form in after
        ):
            return any(t.tag in {"VV", "XSV", "VA"} for t in toks[lo:j])
    return False


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
