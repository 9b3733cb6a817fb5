"""People, their titles and their organisations, read from the order news writes them in.

Korean news names a person with an organisation and a title in a row, in a few fixed orders:

    김하늘 누리AI 대표는            person, organisation, title
    누리AI 김하늘 대표는            organisation, person, title
    누리AI의 김하늘 대표는          organisation (genitive), person, title
    오픈AI 최고전략책임자 제이슨 권   organisation, title, person
    네이버 연구원 출신인 정민혁      organisation, title, 출신, person  (worked there before)

Each gives ``person WORKED_AT organisation`` with the title as the edge's ``role`` (and FOUNDED
when the title is a founder's).  A person with a title and no organisation beside it works at
what the sentence is about (``마루는 ... 임채원 최고과학책임자가``).  The person takes the
particle of the title after it, so the clause rules see ``김하늘`` as the subject of
``김하늘 누리AI 대표는 ... 밝혔다``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Mention, RelationCandidate
from .pieces import Piece
from .public_bodies import head_title
from .resources import resources

__all__ = ["Unit", "is_title", "lend_title_particles", "person_titles", "title_relations", "units"]


@dataclass
class Unit:
    """A name (``mention`` index), a title phrase, ``출신`` or anything else, in sentence order.
    ``glued`` is true when nothing but a space separates it from the next unit."""

    kind: str  # name | title | former | unit | other
    mention: int = -1
    role: str = ""
    particle: str = ""
    tag: str = ""
    glued: bool = False
    word: str = ""  # an "other" unit's word ("기업" in "미국 클라우드 기업 X")


# square brackets close a byline or a caption; a title phrase never runs on past them
_CLOSERS = {"]", "】"}


def is_title(stem: str, titles: frozenset[str] | None = None) -> bool:
    """Is ``stem`` a title of ``titles`` (default: grammar.toml's), or a word ending in one of
    two or more letters ("AI연구소장")?"""
    titles = resources().grammar.titles if titles is None else titles
    return stem in titles or any(stem.endswith(t) for t in titles if len(t) >= 2)


def units(text: str, ps: list[Piece], mentions: list[Mention], ids: list[int]) -> list[Unit]:
    """The sentence as names, title phrases and the rest."""
    g = resources().grammar
    start_of = {mentions[i].start: i for i in ids}
    out: list[Unit] = []
    k = 0
    while k < len(ps):
        p = ps[k]
        if p.start in start_of:
            mid = start_of[p.start]
            m = mentions[mid]
            while k + 1 < len(ps) and ps[k].stem_end < m.end:
                k += 1
            split = head_title(ps[k].stem) if m.end < ps[k].stem_end else None
            if split:  # "청주시장": the government, then its head's title
                out.append(Unit("name", mid, glued=True))
                out.append(Unit("title", role=split[1], particle=ps[k].tail, glued=_glued(ps, k)))
            else:
                k = _past_age(ps, k)  # "이근모(65) 재무총괄 사장": the age is the person's
                out.append(Unit("name", mid, particle=ps[k].tail, glued=_glued(ps, k)))
            k += 1
            continue
        # a title phrase: modifiers and department words up to a title, a gloss in brackets
        j = k
        while j < len(ps) and j - k < 4 and not ps[j].tail and not is_title(ps[j].stem):
            if ps[j].start in start_of or not ps[j].stem or ps[j].after in _CLOSERS:
                break  # "[한국정책신문=이지우 기자] 보험업계 장수 최고경영자": a byline ends at "]"
            j += 1
        if j < len(ps) and is_title(ps[j].stem) and ps[j].start not in start_of:
            end = j
            if not ps[end].tail and end + 1 < len(ps) and ps[end + 1].stem in g.designates:
                end += 1  # "신임 사장 내정자는": the post the person is named for
            if end + 1 < len(ps) and ps[end + 1].before == "(" and is_title(ps[end + 1].stem):
                end += 1  # "최고기술책임자(CTO)"
                while end + 1 < len(ps) and ps[end].after == "·" and is_title(ps[end + 1].stem):
                    end += 1  # "최고재무책임자(CFO·부사장)": the gloss lists the titles
            tail = ps[end].tail
            close = ps[end].stem_end + (1 if ps[end].after == ")" and end != j else 0)
            if not tail and end + 1 < len(ps) and not ps[end + 1].stem:
                end += 1  # ")가": the particle after the bracket
                tail = ps[end].tail
            out.append(
                Unit("title", role=text[ps[k].start : close], particle=tail, glued=_glued(ps, end))
            )
            k = end + 1
            continue
        if p.stem in g.former:
            out.append(Unit("former", particle=p.tail, glued=_glued(ps, k)))
        elif p.stem.endswith(g.units) and len(p.stem) > 1 and p.tail in {"", "의"}:
            # "방통위 이용자보호국의": a unit inside the organisation before it, no name of its own
            out.append(Unit("unit", role=p.stem, particle=p.tail, glued=_glued(ps, k)))
        else:
            out.append(Unit("other", particle=p.tail, word=p.stem))
        k += 1
    return out


def _past_age(ps: list[Piece], k: int) -> int:
    """The piece of an age in brackets right after the name at piece k ("이근모(65)"), else k."""
    nxt = ps[k + 1] if k + 1 < len(ps) else None
    if nxt is not None and not ps[k].tail and nxt.before == "(" and nxt.stem.isdigit():
        return k + 1
    return k


def _glued(ps: list[Piece], k: int) -> bool:
    gap = 2 if ps[k].after == ")" else 1  # "최고기술책임자(CTO) 박정우"
    if ps[k].tail or k + 1 >= len(ps):
        return False
    # a blanked position bracket between is one space ("한상우(왼쪽) 코리아스타트업포럼 의장")
    return ps[k + 1].start - ps[k].end <= gap or ps[k + 1].blank_from == ps[k].end


def lend_title_particles(
    text: str, ps: list[Piece], mentions: list[Mention], ids: list[int]
) -> None:
    """'김하늘 누리AI 대표는': the person takes the title's particle (here 는), so the clause
    rules see the person as the topic."""
    us = units(text, ps, mentions, ids)
    for i, u in enumerate(us[:-1]):
        if u.kind != "name" or mentions[u.mention].voted_type != "Person" or not u.glued:
            continue
        nxt = us[i + 1]
        if nxt.kind == "name" and nxt.glued and i + 2 < len(us):
            if mentions[nxt.mention].voted_type not in {"Company", "Organization"}:
                continue
            nxt = us[i + 2]
        m = mentions[u.mention]
        if nxt.kind == "title" and not m.particle and nxt.particle:
            m.particle = nxt.particle
            m.role = _particle_role(nxt.particle)


def title_relations(
    text: str,
    ps: list[Piece],
    mentions: list[Mention],
    ids: list[int],
    topic: list[int],
    sentence_id: str,
) -> list[RelationCandidate]:
    """WORKED_AT (with role) and FOUNDED from person-organisation-title chains."""
    us = units(text, ps, mentions, ids)
    founder_titles = resources().frame_of["FOUNDED"].nouns
    out: list[RelationCandidate] = []

    def kind(u: Unit) -> str:
        if u.kind != "name":
            return u.kind
        t = mentions[u.mention].voted_type
        return "per" if t == "Person" else ("org" if t in {"Company", "Organization"} else "x")

    def add(person: int, org: int, role: str, rule: str) -> None:
        if _is_degree(role):
            return  # "KAIST 산업및시스템공학과 박사 출신": studied there
        role = _without_unit(role)
        out.append(RelationCandidate("WORKED_AT", person, org, sentence_id, rule, 0.85, role))
        if any(role.replace(" ", "").endswith(t) for t in founder_titles):
            out.append(RelationCandidate("FOUNDED", person, org, sentence_id, rule, 0.8))

    for i, u in enumerate(us):
        k = [kind(x) for x in us[i : i + 4]]
        glued = [x.glued for x in us[i : i + 4]]
        if k[:3] == ["per", "org", "title"] and glued[0] and glued[1]:
            add(u.mention, us[i + 1].mention, us[i + 2].role, "person-org-title")
        elif k[:3] == ["org", "per", "title"] and glued[1] and (glued[0] or u.particle == "의"):
            # "누리AI 김하늘 대표", "법무법인 한올의 권서하 변호사"; "개인정보위 조사조정국의
            # 남궁선 국장": the unit's organisation, the unit in the role
            org, role = _unit_owner(us, i, mentions), us[i + 2].role
            if org is not None:
                role = f"{mentions[u.mention].text} {role}"
            add(us[i + 1].mention, u.mention if org is None else org, role, "org-person-title")
        elif (
            k[:4] == ["org", "unit", "per", "title"]
            and glued[0]
            and glued[2]
            and (glued[1] or us[i + 1].particle == "의")
        ):
            # the unit is no name: "방통위 이용자보호국의 한도윤 국장"
            add(
                us[i + 2].mention, u.mention, f"{us[i + 1].role} {us[i + 3].role}", "org-unit-title"
            )
        elif k[:3] == ["org", "title", "per"] and glued[0] and glued[1]:
            add(us[i + 2].mention, u.mention, us[i + 1].role, "org-title-person")
        elif k[:4] == ["org", "title", "former", "per"] and glued[0]:
            add(us[i + 3].mention, u.mention, us[i + 1].role, "former")
        elif k[:2] == ["org", "former"] and k[2:3] == ["per"]:
            add(us[i + 2].mention, u.mention, "", "former")
        elif k == ["org", "former", "org", "per"] and glued[2]:
            # "동해증권 출신인 한빛리서치 X 애널리스트": the person's present firm between
            add(us[i + 3].mention, u.mention, "", "former")
        if k[:2] == ["org", "x"] and glued[0] and mentions[us[i + 1].mention].voted_type == "Model":
            out.append(  # "엔비디아 H200", "SK텔레콤 에이닷"
                RelationCandidate(
                    "DEVELOPED", u.mention, us[i + 1].mention, sentence_id, "org-model", 0.7
                )
            )
        if k[:2] == ["x", "org"] and glued[0] and mentions[u.mention].voted_type == "Place":
            out.append(  # "대만 TSMC"
                RelationCandidate(
                    "LOCATED_IN", us[i + 1].mention, u.mention, sentence_id, "place-org", 0.7
                )
            )
        described = _described_company(us, i, mentions)
        if described is not None:  # "미국 클라우드 기업 노스웨이브"
            out.append(
                RelationCandidate(
                    "LOCATED_IN", described, u.mention, sentence_id, "place-kind-org", 0.7
                )
            )
        if k[:2] == ["per", "title"] and glued[0]:
            before = kind(us[i - 1]) if i else ""
            if before not in {"org", "former", "title"}:
                orgs = [t for t in topic if mentions[t].voted_type in {"Company", "Organization"}]
                for o in orgs[:1]:
                    add(u.mention, o, us[i + 1].role, "title-of-topic")
    return out


def person_titles(text: str, ps: list[Piece], mentions: list[Mention], ids: list[int]) -> dict:
    """The title written next to each name of the sentence: a person's ("김하늘 누리AI 대표",
    "최고기술책임자(CTO) 박정우", "김 대표") and the one an organisation gives ("태을전자
    부사장", "삼성SDS에서 솔루션 아키텍트로 일했다"): mention index -> title as written."""
    us = units(text, ps, mentions, ids)
    out: dict[int, str] = {}
    for i, u in enumerate(us):
        if u.kind != "name":
            continue
        m = mentions[u.mention]
        after = us[i + 1 : i + 4]
        if m.rule == "surname-title" and " " in m.text:
            title = m.text.split(" ", 1)[1]  # "김 대표", "변 신임 대표"
            if title not in resources().grammar.designates:  # "조 내정자": no post held yet
                out[u.mention] = title
        elif m.voted_type in {"Company", "Organization"}:
            if after and after[0].kind == "title" and u.glued:
                out[u.mention] = after[0].role
            elif u.particle in {"에서", "에"}:
                as_title = [x for x in after if x.kind == "title" and x.particle in {"로", "으로"}]
                if as_title:
                    out[u.mention] = as_title[0].role  # "X에서 솔루션 아키텍트로"
        elif m.voted_type == "Person":
            if after and after[0].kind == "title" and u.glued:
                out[u.mention] = after[0].role
                before = us[i - 1] if i else None
                if before is not None and before.kind == "title" and _appositive(before):
                    out[u.mention] = f"{before.role}·{after[0].role}"  # "CFO인 P 부행장"
            elif len(after) >= 2 and after[0].kind == "name" and after[1].kind == "title":
                if u.glued and after[0].glued:
                    out[u.mention] = after[1].role  # person, organisation, title
            elif i and us[i - 1].kind == "title" and us[i - 1].glued:
                out[u.mention] = us[i - 1].role
    return {k: _without_unit(v) for k, v in out.items()}


def _appositive(title: Unit) -> bool:
    """Is the title written before the person with the copula ("최고재무책임자(CFO)인")?"""
    return title.particle in resources().grammar.appositive_titles


def _without_unit(title: str) -> str:
    """A title without the unit bracketed after it ("부사장(비즈니스2부문장)" -> 부사장); a
    bracket of titles stays ("최고재무책임자(CFO·전무)")."""
    m = re.fullmatch(r"(.+?)\((.*)\)", title)
    if m is None:
        return title
    titles = resources().grammar.titles
    return title if any(w.strip() in titles for w in re.split(r"[·,/]", m[2])) else m[1]


def _described_company(us: list[Unit], i: int, mentions: list[Mention]) -> int | None:
    """ "미국 클라우드 기업 X", "싱가포르 데이터센터 운영사 X", "미국 보스턴의 로봇 기업 X": a
    place, a description of up to four words that ends in a kind of company (grammar.toml
    places.company_kinds), then the company's name: the company (mention index), else None."""
    u = us[i]
    if (
        u.kind != "name"
        or mentions[u.mention].voted_type != "Place"
        or u.particle not in {"", "의"}
    ):
        return None
    j = i + 1
    while j < len(us) and j - i <= 4 and us[j].kind == "other" and not us[j].particle:
        j += 1
    kinds = resources().grammar.company_kinds
    if j == i + 1 or j >= len(us) or not us[j - 1].word.endswith(tuple(kinds)):
        return None
    named = us[j]
    if named.kind != "name" or mentions[named.mention].voted_type not in {
        "Company",
        "Organization",
    }:
        return None
    return named.mention


def _unit_owner(us: list[Unit], i: int, mentions: list[Mention]) -> int | None:
    """ "개인정보위 조사조정국": the organisation written right before the unit at us[i]."""
    if not i or us[i - 1].kind != "name" or not us[i - 1].glued:
        return None
    if not mentions[us[i].mention].text.endswith(resources().grammar.units):
        return None
    owner = mentions[us[i - 1].mention]
    return us[i - 1].mention if owner.voted_type in {"Company", "Organization"} else None


def _is_degree(role: str) -> bool:
    return role.split(" ")[-1] in resources().grammar.degrees


def _particle_role(particle: str) -> str:
    g = resources().grammar
    for kind, tag in (("topic", "JX"), ("subject", "JKS"), ("object", "JKO"), ("with", "JC")):
        if particle in g.particles.get(kind, ()):
            return tag
    return "JKB"
