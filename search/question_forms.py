"""How a question wants its answer: 예/아니오, a relation, a list, a description or one short
answer (``question_form``), read from Kiwi morphemes with the [forms] tables of
resources/answer_types.toml, after what it asks for (search/answer_types.py)."""

from __future__ import annotations

import itertools
import re

from .answer_types import Asked, answer_type_tables
from .counted_items import counted_head
from .english import english_plural
from .spans import Token, base_tag

__all__ = ["question_form"]


def _form_without_interrogative(
    toks: list[Token], text: str, n_entities: int, forms, kind: str = "thing"
) -> str:
    """A question with no interrogative: ``yes_no`` when it ends on a predicate that is not a
    request ("설명해 줘"), ``relation`` when it is two names and nothing else, else ""."""
    content = [t for t in toks if not t.tag.startswith(("S", "J"))]
    # Kiwi marks regular and irregular verbs ("받/VV-R", "돕/VV-I"): the tag before the mark
    verbal = {"VV", "VA", "VCP", "VCN", "XSV", "XSA", "VX"}
    predicate = any(base_tag(t.tag) in verbal for t in content)
    last = content[-1] if content else None
    ending = any(t.tag == "EF" for t in toks) or (
        last is not None and last.tag == "EC" and text.rstrip().endswith("?")
    )
    request = any(
        t.form in forms["request_verbs"]
        and any(n.form == "주" and n.tag == "VX" for n in toks[i + 1 : i + 4])
        for i, t in enumerate(toks)
    )
    if predicate and ending and not request:
        return "yes_no"
    if (
        n_entities >= 2
        and not predicate
        and kind == "thing"  # not "A의 B 판매 가격은?": a head noun asks for something else
        and all(
            t.tag in {"NNP", "NNG", "SL", "SN", "SH", "NNB", "XSN", "JKB", "JC", "JKG", "JX"}
            or t.tag.startswith("S")
            for t in toks
        )
    ):
        return "relation"  # two names and nothing that asks for something else
    return ""


def _asks_what_it_is(toks: list[Token], asked: Asked, forms) -> bool:
    """ "툰브러시는 어떤 서비스야?": 어떤/무슨 + a noun of what things are + the copula."""
    h = asked.head_index
    return (
        asked.wh in {"어떤", "무슨"}
        and h == asked.wh_index + 1
        and toks[h].form in forms["description_heads"]
        and h + 1 < len(toks)
        and toks[h + 1].tag == "VCP"
    )


def _several_asked(toks: list[Token], asked: Asked, forms) -> bool:
    """Every one is asked for: the interrogative said twice ("어디 어디야"), or a noun before
    the asked person noun that makes them several ("공동 창업자는 누구야?")."""
    i = asked.wh_index
    if forms.get("list_reduplicated") and 0 <= i < len(toks):
        # the interrogative read may be either of the two ("무엇 무엇인가": the second)
        twice = [toks[j] for j in (i - 1, i + 1) if 0 <= j < len(toks)]
        if any(t.form == toks[i].form and t.tag == toks[i].tag for t in twice):
            return True
    if asked.kind == "person":
        for j, t in enumerate(toks[:-1]):
            if t.form in forms["plural_before_head"] and toks[j + 1].tag in {"NNG", "NNP"}:
                return True
    return False


def _counted_many(toks: list[Token], asked: Asked, forms) -> bool:
    """The question counts what it asks for, more than one ("두 가지 버전은 무엇인가?", "세 곳은
    어디야?", "3개 모델은?", "두 도시는?": search/counted_items.py): every one of them is asked;
    not a count asked ("몇 가지"), nor a figure ("두 곳에 투자한 금액은?")."""
    if asked.kind in {"money", "number", "date", "description"}:
        return False
    if counted_head(toks, asked.head_index) > 1:
        return True
    for before, t in itertools.pairwise(toks):
        if t.form not in forms["list_counters"] or before.form in forms["single_counts"]:
            continue
        many = before.tag == "SN" and before.form.isdigit() and int(before.form) > 1
        if many or (before.tag in {"MM", "NR"} and before.form != "몇"):
            return True
    return False


def _plural_head(head: str) -> bool:
    """An English asked noun in the plural ("Which models did X beat?"): every one is asked."""
    return len(head) > 3 and english_plural(head)  # "Which companies" (search/english.py)


def question_form(toks: list[Token], text: str, n_entities: int, asked: Asked) -> str:
    """How a question wants its answer: ``yes_no`` (a predicate asked without interrogative:
    "A가 B에 투자했나?"), ``relation`` (two names and 관계, or two names and nothing else:
    "오픈AI 마이크로소프트 관계"), ``list`` ("모두", "뭐가 있어", a plural asked noun),
    ``description``, or ``factoid`` (one short answer).

    >>> from kg.kiwi import kiwi
    >>> from search.spans import tokens_of
    >>> from search.answer_types import read_asked
    >>> def form(text, n):
    ...     toks = tokens_of(kiwi().tokenize(text))
    ...     return question_form(toks, text, n, read_asked(toks))
    >>> form("마이크로소프트가 앤스로픽에 투자했어?", 2), form("앤스로픽 설립자", 1)
    ('yes_no', 'factoid')
    >>> form("오픈 AI 마이크로소프트 관계", 2), form("OpenAI가 만든 모델은 뭐가 있어?", 1)
    ('relation', 'list')
    """
    forms = answer_type_tables()["forms"]
    words = re.findall(r"[A-Za-z]+", text.lower())
    hangul = bool(re.search(r"[가-힣]", text))
    if not hangul and words:
        if words[0] in forms["english_yes_no"]:
            return "yes_no"
        if asked.kind == "description":
            return "description"
        return "list" if _plural_head(asked.head) else "factoid"
    forms_of = [t.form for t in toks]
    if n_entities >= 2 and any(f in forms["relation_nouns"] for f in forms_of):
        return "relation"
    if asked.wh_index < 0:
        found = _form_without_interrogative(toks, text, n_entities, forms, asked.kind)
        if found:
            return found
    if asked.kind == "description" or _asks_what_it_is(toks, asked, forms):
        return "description"
    listed = [f for f in forms_of if f in forms["list_words"]]
    if asked.kind in {"money", "number"}:
        listed = [f for f in listed if f not in forms["total_words"]]  # "모두 얼마": a sum
    if listed or _several_asked(toks, asked, forms) or _counted_many(toks, asked, forms):
        return "list"
    if (
        asked.wh_index >= 0
        and asked.kind not in {"where", "place", "date"}
        and asked.wh_particle != "adverbial"
        and any(
            t.form in forms["list_existential"] and base_tag(t.tag) in {"VA", "VV"}
            for t in toks[asked.wh_index + 1 :]
        )
    ):
        return "list"
    for i, t in enumerate(toks[:-1]):
        # "어떤 모델들", and "어떤 것들": the bound noun 것 asked in the plural too
        if t.tag in {"NNG", "NNP", "NNB"} and toks[i + 1].form in forms["plural_suffix"]:
            if toks[i + 1].tag == "XSN" and not _in_relative_clause(toks, i, asked.head_index):
                return "list"
    return "factoid"


def _in_relative_clause(toks: list[Token], i: int, head_i: int) -> bool:
    """The noun at ``i`` is an argument of a clause that modifies the asked noun ("이용자들이
    소송을 낸 게임사는?": the users are many, the company asked is one), not the noun asked:
    a verb ending as a modifier (ETM) stands between them."""
    return 0 <= i < head_i and any(t.tag == "ETM" for t in toks[i + 1 : head_i])
