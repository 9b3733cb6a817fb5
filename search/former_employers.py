"""Where a person worked before: "석하윤 내정자는 전에 어느 회사에서 일했나?" over "태림카드
신임 대표에는 석하윤 전 누리은행 부행장이 내정됐다" is 누리은행, the organisation news writes
after 전 between the name and a title, never 태림카드, the company the person is named to.
When a sentence about the asked person writes such an organisation, an answer to a question
of working before (``[former_employers]`` of resources/answer_types.toml) that does not name
it becomes no answer, and a row naming it with others ("태림카드, 누리은행") is cut to it
unless the question asks every one ("어디 어디에서 일했나?");
an answer inside the words before the title, or holding them, names it ("가온생명" of
"석하윤 전 가온생명 전략담당 상무").  News writes where a person came from with 출신 as well:
"하 부사장은 솔빛반도체 출신으로", "솔빛반도체 출신인 하태경 부사장" ("어느 회사 출신인가?"
asks it too: 출신 is a mark of before).

>>> former_orgs("태림카드 신임 대표에는 석하윤 전 누리은행 부행장이 내정됐다.", ["석하윤"])
['누리은행']
>>> former_orgs("석하윤 전 가온생명 전략담당 상무가 내정됐다.", ["석하윤"])
['가온생명 전략담당']
>>> former_orgs("정세온 전 구글 클라우드 전무가 내정됐다.", ["정세온"])
['구글 클라우드']
>>> former_orgs("석하윤 전 대표가 회견을 열었다.", ["석하윤"])
[]
>>> known = frozenset({"솔빛반도체", "누리은행", "한빛대"})
>>> former_orgs("하 부사장은 솔빛반도체 출신으로 한결테크에 합류했다.", ["하태경", "하 "], known)
['솔빛반도체']
>>> former_orgs("누리은행 연구원 출신인 석하윤 대표는 취임사를 읽었다.", ["석하윤", "석 "], known)
['누리은행']
>>> former_orgs("석 대표는 한빛대 출신이다.", ["석하윤", "석 "], known)
[]
>>> former_orgs("누리은행은 솔빛반도체 출신 석하윤을 영입했다.", ["석하윤"], known)
['솔빛반도체']
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables, read_asked
from .asked_schools import school_named
from .descriptions import no_answer
from .past_people import ORG_TYPES, article_sentences, person_refs
from .question import Question
from .question_forms import question_form
from .question_links import people_named
from .results import Answer, Hit
from .time_words import time_forms
from .title_reach import folded_titles

__all__ = ["asks_former_employer", "former_employer_or_none", "former_orgs"]

#: after a name: 전 and up to four words, the organisation's and then a title
_AFTER = r"\s+전\s+((?:[^\s,.()]+\s*){1,4})"
#: after a name: its title and particle, then the organisation written before 출신 ("하
#: 부사장은 솔빛반도체 출신으로")
_ORIGIN_AFTER = (
    r"(?:\s*[^\s,.()]+?){0,2}?(?:은|는|이|가)\s+((?:[^\s,.()]+\s+){0,2}[^\s,.()]+?)\s*출신"
)
#: before a name: the organisation, 출신 and its ending ("누리은행 출신인 석하윤")
_ORIGIN_BEFORE = r"((?:[^\s,.()]+\s+){0,2}[^\s,.()]+?)\s*출신(?:인|의)?\s+"
#: the particles a title may carry ("부행장이", "대표는")
_PARTICLE = re.compile(r"(이|가|은|는|을|를|의|으로|로|과|와)$")


def asks_former_employer(q: Question) -> bool:
    """The question writes a mark of before and a word of working ("전에 ... 일했나")."""
    table = answer_type_tables()["former_employers"]
    forms = time_forms(q.tokens)
    return bool(forms & set(table["earlier"]) and forms & set(table["work"]))


def former_orgs(text: str, names: list[str], known: frozenset[str] = frozenset()) -> list[str]:
    """The organisations ``text`` writes after 전 right after one of ``names`` and before a
    title ("석하윤 전 누리은행 부행장이" -> 누리은행), or with 출신 beside one of them
    ("석 대표는 누리은행 출신으로", "누리은행 출신인 석하윤"); ``names`` may hold the surname a
    title follows ("석 ").  Before 출신 news writes a role as often as an organisation ("네이버
    연구원 출신", "변호사 출신"): only the organisations ``known`` to the knowledge base count."""
    titles = folded_titles() | set(answer_type_tables()["former_employers"]["title_endings"])
    out = []
    for name in names:
        written = re.escape(name.strip()) if name.strip() == name else re.escape(name)
        origins = re.finditer(
            rf"(?<![가-힣]){written}{_ORIGIN_AFTER}|{_ORIGIN_BEFORE}{written}", text
        )
        out += [o for m in origins for o in _origin_orgs((m[1] or m[2]).split(), known)]
        if name != name.strip():
            continue  # a surname alone is too short to read "X 전 ORG" by
        for m in re.finditer(re.escape(name.strip()) + _AFTER, text):
            words = m.group(1).split()
            bare = [_PARTICLE.sub("", w).casefold() for w in words]
            first = next((k for k, w in enumerate(bare) if _titled(w, titles)), 0)
            if first > 0:  # "석하윤 전 대표가": a title right after 전, no organisation
                out.append(" ".join(words[:first]))
    return list(dict.fromkeys(out))


def _origin_orgs(words: list[str], known: frozenset[str]) -> list[str]:
    """The known organisations of the words before 출신, read back from it up to a word with a
    particle, which belongs to another phrase ("한결테크는 네이버 출신"); no school ("한빛대
    출신": studied there)."""
    out = []
    for w in reversed(words):
        if w in known:
            out.append(w)
        elif _PARTICLE.sub("", w) != w:
            break
    return [w for w in reversed(out) if not school_named(w)]


def _titled(word: str, titles: frozenset[str]) -> bool:
    """The word is a title or ends on one ("디지털부문장", "부행장")."""
    return word in titles or any(word.endswith(t) for t in titles)


def former_employer_or_none(q: Question, snap, ans: Answer, hits: list[Hit]) -> Answer:
    """``ans`` cut to the organisation written after 전 with the asked person, or no answer
    when it does not name it; ``ans`` when the question asks something else."""
    if ans.answer is None or ans.answer_type == "yes_no" or not asks_former_employer(q):
        return ans
    ex = snap.extraction
    people = people_named(q, ex)
    if len(people) != 1:
        return ans
    names = [n for n in person_refs(sorted(ex.entities[people[0]].aliases)) if " " not in n.strip()]
    known = frozenset(
        a for e in ex.entities.values() if e.type in ORG_TYPES for a in (e.name, *e.aliases)
    )
    orgs = [o for _, t in article_sentences(snap, hits) for o in former_orgs(t, names, known)]
    orgs = [o for o in orgs if o not in q.text]  # "네이버 이전 직장": the one before 네이버
    if not orgs:
        return ans
    parts = [part.strip() for part in ans.answer.split(",")]
    named = [p for p in parts if p and any(p in org or org in p for org in orgs)]
    if not named:
        return no_answer(q, hits, ans.answer_type)
    if question_form(q.tokens, q.text, len(q.entities), read_asked(q.tokens)) == "list":
        return ans  # "어디 어디에서 일했나?": every one, the one after 전 among them
    return ans.model_copy(update={"answer": ", ".join(named)})
