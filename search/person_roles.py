"""The post a named person holds or held: "허윤재의 이전 직책은?" or "허윤재는 다솜생명에서 무슨
일을 했나?" is answered by the title the article writes with the person, not by a company or
another person.  A title is written beside the name ("허윤재 전 다솜생명 부사장",
search/who_is.py) or said as a post served in ("허윤재 씨는 다솜생명에서 영업고문으로
재직했다").  An organisation the question names picks the title written with it; a question of
the post held before ("이전 직책") takes a title written with 전 first.  A question naming an
organisation that none of the person's written posts goes with gets no answer.  Words are
resources/answer_types.toml ``roles``.

>>> from search.passages import sentence_tokens
>>> text = "허윤재 씨는 다솜생명에서 영업고문으로 재직했다."
>>> served_in(text, sentence_tokens(text))
[('영업고문', '다솜생명')]
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .descriptions import no_answer
from .passages import sentence_tokens
from .past_people import ORG_TYPES
from .question import Question
from .results import Answer, Hit
from .spans import NOMINAL, Token
from .time_words import time_forms
from .titles import folded_titles
from .who_is import article_ids, described, entity_type, mentions_of, titled_answer, written

__all__ = ["asks_role", "role_answer", "served_in"]


def asks_role(tokens: list[Token]) -> bool:
    """Does the question ask a person's post: 직책, 직함, or "무슨 일을 했나"?"""
    roles = answer_type_tables()["roles"]
    forms = [t.form for t in tokens]
    if set(forms) & set(roles["nouns"]):
        return True
    return any(
        f in roles["work"] and i and forms[i - 1] in roles["work_wh"] for i, f in enumerate(forms)
    )


def served_in(text: str, toks: list[Token]) -> list[tuple[str, str]]:
    """(title, organisation or "") of every "ORG에서 TITLE(으)로 재직했다" in a sentence."""
    served = set(answer_type_tables()["roles"]["served"])
    out = []
    for k in range(1, len(toks) - 1):
        if toks[k].form not in {"로", "으로"} or toks[k + 1].form not in served:
            continue
        j = k
        while j > 0 and toks[j - 1].tag in NOMINAL:
            j -= 1
        if j == k or toks[k - 1].form.casefold() not in folded_titles():
            continue
        org = ""
        if j >= 2 and toks[j - 1].form == "에서" and toks[j - 2].tag in NOMINAL:
            org = toks[j - 2].form
        out.append((text[toks[j].start : toks[k - 1].end], org))
    return out


def _posts(ex, mentions) -> list[tuple[str, str, str]]:
    """(sentence id, title, the words that place it) of every post written with the person
    at ``mentions`` (sentence id, start, end)."""
    posts = [(sid, title, title) for sid, title in described(ex, mentions)]
    for sid in dict.fromkeys(sid for sid, _, _ in mentions):
        text = ex.sentences[sid].text
        posts += [(sid, t, f"{org} {t}") for t, org in served_in(text, sentence_tokens(text))]
    return posts


def _person(q: Question, ex, sids) -> tuple[str | None, list] | None:
    """The one person the question names and their mentions: an entity, or a name the text
    writes that no entity holds ("윤태오 씨는", found by its words); None when not one."""
    people = [e for e, _ in q.entities if (p := ex.entities.get(e)) and p.type == "Person"]
    if len(people) == 1:
        return people[0], mentions_of(ex, people[0], sids)
    if people or len(q.unknown_names) != 1 or len(q.unknown_names[0]) < 2:
        return None
    sids = [sid for sid in dict.fromkeys(sids) if sid in ex.sentences]
    return None, [m for sid in sids for m in written(ex, sid, q.unknown_names)]


def role_answer(q: Question, snap, hits: list[Hit], hit_for) -> tuple[Answer, dict] | None:
    """The post of the one person a question of a post names (see the module docstring);
    None when it asks something else or the text writes no post of theirs that fits."""
    roles = answer_type_tables()["roles"]
    if not asks_role(q.tokens) or {t.form for t in q.tokens} & set(roles["taken"]):
        return None
    ex = snap.extraction
    if (person := _person(q, ex, article_ids(snap, hits))) is None:
        return None
    orgs = [ex.entities[e].aliases for e, _ in q.entities if entity_type(ex, e) in ORG_TYPES]
    written_posts = _posts(ex, person[1])
    posts = [p for p in written_posts if all(any(a in p[2] for a in o) for o in orgs)]
    said = " ".join(ex.sentences[sid].text for sid, _, _ in written_posts)
    if not posts and written_posts and orgs and not any(a in said for o in orgs for a in o):
        # the sentences of the person's posts never write the organisation asked: no post of
        # theirs there ("함지율은 보람게임즈에서 어떤 직책이었나?" over "한결화재에서 영업고문으로")
        return no_answer(q, hits, "thing"), {"path=none": 1.0}
    if not posts:
        return None
    if time_forms(q.tokens) & set(roles["former_asked"]):
        former = [p for p in posts if p[1].split()[0] in roles["former_mark"]]
        posts = former or posts
    sid, title, _ = max(posts, key=lambda p: len(p[1]))
    ans = titled_answer(q, ex, person[0], sid, title, hits, hit_for)
    ans.answer_type = "thing"
    return ans, {"path=description": 1.0, "path=person_roles": 1.0, "prior": 0.8, "support": 1.0}
