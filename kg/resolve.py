"""Corpus-wide resolution: mentions -> entities (one per real-world thing), candidates ->
typed relations with evidence.

Names are merged by rules, each recorded on the entity so a user can see why two names are one:
``spelling`` (Hugging Face = HuggingFace, DALL-E = DALL·E), ``apposition`` (업스테이지(Upstage)),
``transliteration`` (업스테이지 ~ Upstage by sound, across documents), ``series`` (Claude 1~3 is
Claude), ``lexicon`` (the user-extendable list of known names), ``address-part`` (유성구 after
대전 유성구 in one document).  Versions (Claude 3, GPT-4
Turbo) stay their own entities linked to their family by VERSION_OF.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from networkx.utils import UnionFind

from .analysis import DocumentAnalysis
from .model import Entity, Evidence, Mention, Relation, Sentence
from .names import is_hangul, is_latin, name_key, slug, sound_key, split_version
from .resources import resources

__all__ = ["Extraction", "MentionRef", "resolve"]

MentionRef = tuple[str, int]  # (doc_id, index in that document's mention list)


@dataclass
class Extraction:
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    sentences: dict[str, Sentence] = field(default_factory=dict)
    # sentence id -> [(entity id, start, end)] for highlighting
    sentence_entities: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)
    alias_index: dict[str, str] = field(default_factory=dict)  # name_key -> entity id

    def entity_by_name(self, name: str) -> Entity | None:
        """Find an entity by id or by any alias, with or without particles."""
        if name in self.entities:
            return self.entities[name]
        key = name_key(name)
        if key in self.alias_index:
            return self.entities[self.alias_index[key]]
        # strip particles the way a user types them: "업스테이지는", "Microsoft와의"
        for n in range(1, 4):
            if (
                len(key) > n
                and key[:-n] in self.alias_index
                and re.fullmatch(
                    r"(은|는|이|가|을|를|의|와|과|에|도|로|만|에서|으로|와의|과의|에게|이다|입니다|이야)",
                    key[-n:],
                )
            ):
                return self.entities[self.alias_index[key[:-n]]]
        return None


class _Clusters:
    """Name keys merged by rules: networkx's union-find holds the sets; each set keeps a label
    (the key of the first argument of its first merge, so ids and orders do not depend on which
    root the union-find picks) and the rules that merged it."""

    def __init__(self):
        self._sets = UnionFind()
        self._label: dict[str, str] = {}  # union-find root -> the set's label
        self.rules: dict[str, list[tuple[str, str]]] = defaultdict(list)  # label -> (note, rule)
        # name key -> how often each surface form of it was written
        self.surfaces: dict[str, Counter] = defaultdict(Counter)

    def find(self, k: str) -> str:
        """The label of k's set (k becomes a set of its own if it is new)."""
        root = self._sets[k]
        return self._label.setdefault(root, root)

    def union(self, a: str, b: str, rule: str, note: str) -> None:
        la, lb = self.find(a), self.find(b)
        if la == lb:
            return
        self._sets.union(a, b)
        self._label[self._sets[a]] = la
        self.rules[la].extend(self.rules.pop(lb, []))
        self.rules[la].append((note, rule))


def _is_range_version(name: str) -> bool:
    v = split_version(name)
    return bool(v and "~" in v[1])


def resolve(analyses: list[DocumentAnalysis]) -> Extraction:
    """Resolve the mentions and relation candidates of all documents into one graph's worth of
    entities and relations.  Deterministic: the same documents give the same ids."""
    res = resources()
    ex = Extraction()
    names: list[tuple[MentionRef, Mention]] = []
    dates: list[tuple[MentionRef, Mention]] = []
    for a in sorted(analyses, key=lambda a: a.doc_id):
        for s in a.sentences:
            ex.sentences[s.id] = s
        for i, m in enumerate(a.mentions):
            if m.kind == "name":
                names.append(((a.doc_id, i), m))
            elif m.kind == "date":
                dates.append(((a.doc_id, i), m))

    clusters = _cluster_names(names, analyses, res)
    found = _Entities.from_clusters(names, dates, clusters, res)
    _type_by_roles(analyses, found, res)
    _type_by_peers(analyses, found)
    relations: dict[tuple[str, str, str], Relation] = {}
    _version_relations(found, ex.sentences, relations)
    _candidate_relations(analyses, found, ex.sentences, res, relations)
    for rel in relations.values():
        if rel.type == "INVESTED_IN":
            investor = next((e for e in found.by_root.values() if e.id == rel.subject), None)
            if investor is not None and "Investor" not in investor.roles:
                investor.roles.append("Investor")

    ex.entities = {e.id: e for e in sorted(found.by_root.values(), key=lambda e: e.id)}
    ex.relations = sorted(relations.values(), key=lambda r: r.key)
    for e in ex.entities.values():
        for alias in [e.name, *e.aliases]:
            ex.alias_index.setdefault(name_key(alias), e.id)
        ex.alias_index.setdefault(name_key(e.id), e.id)
    for a in analyses:
        for i, m in enumerate(a.mentions):
            e = found.of(a.doc_id, i)
            if e is not None and e.type != "Concept":
                ex.sentence_entities.setdefault(m.sentence_id, []).append((e.id, m.start, m.end))
    return ex


def _cluster_names(names, analyses, res) -> _Clusters:
    """Name keys merged by series, lexicon, apposition and transliteration."""
    clusters = _Clusters()
    surfaces = clusters.surfaces
    for _, m in names:
        key = name_key(m.text)
        clusters.find(key)
        surfaces[key][m.text] += 1
    keys = list(surfaces)

    # series: "Claude 1~3" names the family Claude itself
    for key in keys:
        text = surfaces[key].most_common(1)[0][0]
        if _is_range_version(text):
            family = name_key(split_version(text)[0])
            clusters.union(family, key, "series", text)
    # lexicon aliases
    for key in keys:
        entry = res.lexicon_by_key.get(key)
        if entry:
            clusters.union(name_key(entry.name), key, "lexicon", surfaces[key].most_common(1)[0][0])
    # apposition: "업스테이지(Upstage)"; a version in parentheses ("GPT(GPT-4)") is not an alias
    for a in analyses:
        for i, j in a.appositions:
            ta, tb = a.mentions[i].text, a.mentions[j].text
            va, vb = split_version(ta), split_version(tb)
            if (va and name_key(va[0]) == name_key(tb)) or (vb and name_key(vb[0]) == name_key(ta)):
                continue
            clusters.union(name_key(ta), name_key(tb), "apposition", f"{ta}({tb})")
    key_type = _key_types(names)
    _merge_transliterations(clusters, keys, key_type)
    _merge_address_parts(clusters, names, key_type, res)
    return clusters


def _merge_address_parts(clusters: _Clusters, names, key_type, res) -> None:
    """A place written alone after its full address in the same document is that address
    ('대전 유성구' ... '유성구'; '경기 시흥시' ... '시흥').  Only when the short name points to
    one address in the whole corpus: '중구' of '서울 중구' and of '부산 중구' stays apart."""
    suffixes = res.grammar.place_suffixes
    by_doc: dict[str, set[str]] = defaultdict(set)
    for (doc_id, _), m in names:
        by_doc[doc_id].add(m.text)
    targets: dict[str, set[str]] = defaultdict(set)
    for doc_id in sorted(by_doc):
        texts = by_doc[doc_id]
        chains = [t for t in texts if " " in t and key_type.get(name_key(t)) == "Place"]
        for t in texts:
            if " " in t or key_type.get(name_key(t)) != "Place":
                continue
            for chain in chains:
                last = chain.split()[-1]
                if t == last or (len(t) >= 2 and last[:-1] == t and last[-1] in suffixes):
                    targets[name_key(t)].add(name_key(chain))
    for key in sorted(targets):
        if len(targets[key]) == 1:
            chain = next(iter(targets[key]))
            clusters.union(
                chain,
                key,
                "address-part",
                f"{clusters.surfaces[key].most_common(1)[0][0]} < "
                f"{clusters.surfaces[chain].most_common(1)[0][0]}",
            )


def _merge_transliterations(clusters: _Clusters, keys: list[str], key_type) -> None:
    """A Hangul name that sounds like exactly one Latin name is it ("업스테이지" ~ "Upstage"),
    unless their types or acronyms say otherwise (``_may_be_one``)."""
    surfaces = clusters.surfaces
    latin_by_sound: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        text = surfaces[key].most_common(1)[0][0]
        if is_latin(text) and not is_hangul(text):
            for variant in {sound_key(text), sound_key(text, soft_g=True)}:
                if len(variant) >= 2:
                    latin_by_sound[variant].append(key)
    for key in keys:
        text = surfaces[key].most_common(1)[0][0]
        if not is_hangul(text):
            continue
        sk = sound_key(text)
        matches = sorted(set(latin_by_sound.get(sk, [])))
        if (
            len(sk) >= 2
            and len(matches) == 1
            and not split_version(text)
            and _may_be_one(
                text, surfaces[matches[0]].most_common(1)[0][0], key, matches[0], key_type
            )
        ):
            clusters.union(
                matches[0],
                key,
                "transliteration",
                f"{text} ~ {surfaces[matches[0]].most_common(1)[0][0]}",
            )


@dataclass
class _Entities:
    """The entities of a corpus while they are being resolved: one per cluster of names (by
    the cluster's label) and one per date value (by "date:" + value), and which mention is
    which."""

    members: dict[str, list[tuple[MentionRef, Mention]]]  # cluster label -> its mentions
    by_root: dict[str, Entity]  # cluster label (or "date:...") -> entity
    root_of_ref: dict[MentionRef, str]
    share: dict[str, dict[str, float]]  # entity id -> type -> its share of the mentions' votes

    def of(self, doc_id: str, idx: int) -> Entity | None:
        root = self.root_of_ref.get((doc_id, idx))
        return self.by_root.get(root) if root else None

    @classmethod
    def from_clusters(cls, names, dates, clusters: _Clusters, res) -> _Entities:
        members: dict[str, list[tuple[MentionRef, Mention]]] = defaultdict(list)
        for ref, m in names:
            members[clusters.find(name_key(m.text))].append((ref, m))
        found = cls(members, {}, {}, {})
        used_ids: set[str] = set()
        for root in sorted(members, key=lambda r: (-len(members[r]), r)):
            ms = members[root]
            counts = Counter(m.text for _, m in ms)
            votes: Counter = Counter()
            for _, m in ms:
                votes.update(m.votes)
            name = _canonical(counts, root, res)
            eid = _unique(slug(name), used_ids)
            total = sum(votes.values()) or 1.0
            found.share[eid] = {t: v / total for t, v in votes.items()}
            found.by_root[root] = Entity(
                id=eid,
                name=name,
                type=_type_of(name, votes),
                aliases=sorted(counts, key=lambda s: (-counts[s], s)),
                mentions=len(ms),
                merges=[
                    {"alias": note, "rule": rule} for note, rule in clusters.rules.get(root, [])
                ],
            )
            for ref, _ in ms:
                found.root_of_ref[ref] = root
        for ref, m in dates:
            eid = m.date
            entity = found.by_root.get("date:" + eid)
            if entity is None:
                entity = Entity(id=eid, name=_date_name(m.date), type="Date", value=m.date)
                found.by_root["date:" + eid] = entity
            entity.mentions += 1
            if m.text not in entity.aliases:
                entity.aliases.append(m.text)
            found.root_of_ref[ref] = "date:" + eid
        return found


# clause rules whose two arguments carry their own case particles in one clause
_MARKED_CLAUSES = frozenset(
    {"transitive", "relative", "relative-object", "passive", "passive-relative"}
)


def _type_by_roles(analyses, found: _Entities, res) -> None:
    """Types that the text gives through what a thing does ("Claude를 개발한": a model)."""
    role_votes: dict[str, Counter] = defaultdict(Counter)
    fits: dict[str, list[frozenset[str]]] = defaultdict(list)  # the types each role allows
    sure: Counter = Counter()  # entity id -> roles from clauses that mark both ends themselves
    for a in analyses:
        for c in a.candidates:
            frame = res.frame_of.get(c.type)
            s, o = found.of(a.doc_id, c.subject), found.of(a.doc_id, c.object)
            if frame is None or s is None or o is None:
                continue
            # a frame that allows several types votes for its first (most usual) one, weakly
            for ent, types in ((o, frame.object_types_ordered), (s, frame.subject_types_ordered)):
                if types:
                    role_votes[ent.id].update({types[0]: 1.0 / len(types)})
                    fits[ent.id].append(frozenset(types))
                    sure[ent.id] += c.rule in _MARKED_CLAUSES
    for e in found.by_root.values():
        share = found.share.get(e.id, {})
        if e.type == "Concept" and role_votes.get(e.id):
            e.type = role_votes[e.id].most_common(1)[0][0]
        elif fits.get(e.id) and all(e.type not in f for f in fits[e.id]):
            # the tagger's type fits none of the roles the clauses give the name: when two or
            # more clauses say so, or the tagger was unsure, a type it also saw that fits them
            # all wins ("업스테이지는 솔라를 개발했다" -> a company); a name written no more
            # often than sure clauses give it a role has no other evidence: the roles' type wins
            roles = fits[e.id]
            agree = frozenset.intersection(*roles)
            alt = [t for t in agree if share.get(t, 0) >= 0.01]
            if alt and (len(roles) >= 2 or share.get(e.type, 0) < 0.8):
                e.type = max(alt, key=lambda t: share[t])
            elif agree and e.mentions <= sure[e.id]:
                e.type = max(agree, key=lambda t: role_votes[e.id].get(t, 0))


def _type_by_peers(analyses, found: _Entities) -> None:
    """Things listed together are usually of one kind ("라마와 딥시크", "Amazon과 Google Cloud")."""
    peers: dict[str, Counter] = defaultdict(Counter)
    for a in analyses:
        for group in a.coordinations:
            ents = [found.of(a.doc_id, i) for i in group]
            for e in ents:
                for other in ents:
                    if e is not None and other is not None and other.id != e.id:
                        peers[e.id][other.type] += 1
    for e in found.by_root.values():
        if e.type == "Concept" and peers.get(e.id):
            typed = Counter({t: n for t, n in peers[e.id].items() if t not in {"Concept", "Date"}})
            if typed:
                e.type = typed.most_common(1)[0][0]


def _version_relations(found: _Entities, sentences, relations) -> None:
    """ "Claude 3" VERSION_OF "Claude", "GPT-4 Turbo" VERSION_OF "GPT-4"."""
    key_to_entity = {}
    for e in found.by_root.values():
        for alias in e.aliases:
            key_to_entity.setdefault(name_key(alias), e)
    for root, e in sorted(found.by_root.items()):
        if e.type == "Date":
            continue
        for alias in e.aliases:
            v = split_version(alias)
            if not v or "~" in v[1]:
                continue
            family = key_to_entity.get(name_key(v[0]))
            if family is not None and family.id != e.id:
                if e.type in {"Concept", "Company"} and family.type == "Model":
                    e.type = "Model"
                ev = _first_evidence(found.members.get(root, []), sentences)
                _add(relations, Relation("VERSION_OF", e.id, family.id, 0.9, (ev and [ev]) or []))
                break


def _candidate_relations(analyses, found: _Entities, sentences, res, relations) -> None:
    """The relation candidates whose ends' types fit, with the sentence as evidence."""
    for a in analyses:
        for c in a.candidates:
            s_ent, o_ent = found.of(a.doc_id, c.subject), found.of(a.doc_id, c.object)
            if s_ent is None or o_ent is None or s_ent.id == o_ent.id:
                continue
            rel_type, s_ent, o_ent = _typed(c.type, s_ent, o_ent, res.frame_of)
            if rel_type is None:
                continue
            sm, om = a.mentions[c.subject], a.mentions[c.object]
            ev = Evidence(
                c.sentence_id,
                sentences[c.sentence_id].text,
                c.rule,
                (sm.start, sm.end) if sm.sentence_id == c.sentence_id else None,
                (om.start, om.end) if om.sentence_id == c.sentence_id else None,
            )
            if rel_type != c.type and c.type == "GENITIVE" and s_ent.id == o_ent.id:
                continue
            _add(
                relations,
                Relation(rel_type, s_ent.id, o_ent.id, c.confidence, [ev], role=c.role),
            )


def _key_types(names) -> dict[str, str]:
    """The type the mentions of each spelling vote for (before any merge)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for _, m in names:
        votes[name_key(m.text)].update(m.votes)
    return {k: v.most_common(1)[0][0] for k, v in votes.items() if v}


def _may_be_one(hangul: str, latin: str, hkey: str, lkey: str, key_type) -> bool:
    """Sound alone never merges two names of different types, nor names whose capital-letter
    acronyms differ ('KT 클라우드' is not 'Claude': the skeleton drops KT on one side only)."""
    acronyms = [sorted(re.findall(r"[A-Z]{2,4}\b", t)) for t in (hangul, latin)]
    if acronyms[0] != acronyms[1]:
        return False
    a, b = key_type.get(hkey), key_type.get(lkey)
    return a is None or b is None or a == b


def _add(relations, rel: Relation) -> None:
    spec = resources().frame_of.get(rel.type)
    if spec is not None and spec.symmetric and rel.subject > rel.object:
        rel = Relation(rel.type, rel.object, rel.subject, rel.confidence, rel.evidence, rel.role)
    old = relations.get(rel.key)
    if old is None:
        relations[rel.key] = rel
        return
    old.role = old.role or rel.role
    for ev in rel.evidence:
        if all(e.sentence_id != ev.sentence_id for e in old.evidence):
            old.evidence.append(ev)
    # independent statements make a fact surer
    old.confidence = round(1 - (1 - old.confidence) * (1 - rel.confidence) ** 0.5, 3)


_ORGS = frozenset({"Company", "Organization"})


def _typed(rel_type: str, s: Entity, o: Entity, frames):
    """The relation a candidate states once its ends are typed, or None when they do not fit."""
    if rel_type == "GENITIVE":
        if s.type in _ORGS | {"Person"} and o.type == "Model":
            return "DEVELOPED", s, o
        if s.type in _ORGS and o.type == "Person":
            return "WORKED_AT", o, s
        if s.type == "Place" and o.type in _ORGS:
            return "LOCATED_IN", o, s  # "사우디아라비아의 아람코"
        return None, s, o
    frame = frames.get(rel_type)
    if frame is None:
        if rel_type == "LOCATED_IN" and o.type == "Place" and s.type in _ORGS:
            return rel_type, s, o
        return None, s, o
    if rel_type in {"FOUNDED_IN", "RELEASED_IN"}:
        if o.type != "Date":
            return None, s, o
        if rel_type == "FOUNDED_IN" and s.type not in _ORGS | {"Concept"}:
            return None, s, o
        if rel_type == "RELEASED_IN" and s.type not in {"Model", "Concept"}:
            return None, s, o
        return rel_type, s, o
    if s.type in frame.subject_types and o.type in frame.object_types:
        return rel_type, s, o
    if frame.symmetric and o.type in frame.subject_types and s.type in frame.object_types:
        return rel_type, s, o
    return None, s, o


def _canonical(counts: Counter, root: str, res) -> str:
    """Display name: the lexicon's, else the most used Latin spelling, else the most used one.
    Series forms ('Claude 1~3') never name the family."""
    for text in counts:
        entry = res.lexicon_by_key.get(name_key(text))
        if entry:
            return entry.name
    pool = [t for t in counts if not _is_range_version(t)] or list(counts)
    latin = [t for t in pool if is_latin(t) and not is_hangul(t)]
    pool = latin or pool
    return sorted(pool, key=lambda t: (-counts[t], len(t), t))[0]


def _type_of(name: str, votes: Counter) -> str:
    votes = Counter(
        {
            k: v
            for k, v in votes.items()
            if k in {"Company", "Organization", "Person", "Model", "Place", "Investor", "Date"}
        }
    )
    if votes.get("Investor") and not votes.get("Person"):
        votes["Company"] += votes.pop("Investor")
    if votes:
        return votes.most_common(1)[0][0]
    if re.search(r"\d", name) and is_latin(name):
        return "Model"
    return "Concept"


def _unique(base: str, used: set[str]) -> str:
    eid, n = base, 2
    while eid in used:
        eid, n = f"{base}-{n}", n + 1
    used.add(eid)
    return eid


def _date_name(value: str) -> str:
    parts = value.split("-")
    out = f"{int(parts[0])}년"
    if len(parts) > 1:
        out += f" {int(parts[1])}월"
    if len(parts) > 2:
        out += f" {int(parts[2])}일"
    return out


def _first_evidence(ms, sentences) -> Evidence | None:
    for _, m in ms:
        s = sentences.get(m.sentence_id)
        if s is not None:
            return Evidence(s.id, s.text, "version-name", (m.start, m.end), None)
    return None
