"""Where a question's interrogative and its head noun are: "어느 나라 기업", "…한 사람의
이름은?" -> 이름, "직위는 무엇인가" -> 직위, "지분은 몇 %인가?" -> 지분 and the counter %.
search.answer_types reads the asked kind from the two; they are read apart because the head
noun is found by walking the question's morphemes back from the interrogative, an idea of its
own, with the tables in resources/answer_types.toml.
"""

from __future__ import annotations

from .answer_tables import answer_type_tables
from .money_heads import money_ending
from .rate_nouns import rate_noun
from .spans import Token
from .titles import folded_titles

__all__ = ["asks_as_compound", "head_index", "head_noun", "interrogative_index"]


def _is_noun(t: Token) -> bool:
    return t.tag in {"NNG", "NNP", "NNB", "SL"}


def interrogative_index(toks: list[Token], whs: dict) -> int:
    """Where the interrogative is (-1: none); a decisive one (누구, 언제, ...) stops the search.
    An English question that opens with an interrogative asks by it: a later "when" or "where"
    opens a clause ("How many workers were inside when the fire broke out?" asks a number)."""
    if toks and toks[0].form.isascii() and toks[0].form.casefold() in whs:
        return 0
    wh_i = -1
    for i, t in enumerate(toks):
        # plain verbs and adjectives that share a form are no interrogative; the exact tags on
        # purpose: the interrogative adjective 어떻 ("어떻게 달라졌나?") is Kiwi's VA-I
        if t.form in whs and t.tag not in {"VV", "VA"} | ({"NNG"} if t.form == "수" else set()):
            wh_i = i
            if t.form in {"누구", "누가", "언제", "어디", "몇", "얼마", "who", "when", "where"}:
                break
    # a repeated interrogative asks for a list ("어디 어디에 있나?"): its last one takes the
    # particle and the verb the question reads
    while 0 <= wh_i < len(toks) - 1 and toks[wh_i + 1].form == toks[wh_i].form:
        wh_i += 1
    return wh_i


def head_index(toks: list[Token], wh: str, wh_i: int, whs: dict) -> tuple[int, str]:
    """The head noun's position (-1: none) and, after 몇, the counter ("몇 번째", "몇 년도")."""
    if wh in {"어느", "어떤", "무슨", "몇"} and wh_i + 1 < len(toks) and _is_noun(toks[wh_i + 1]):
        # a noun after it ("어느 나라 기업") decides too
        return wh_i + 1, toks[wh_i + 1].form if wh == "몇" else ""
    if wh == "몇" and wh_i + 1 < len(toks) and toks[wh_i + 1].form in _symbol_units():
        # "지분은 몇 %인가?": Kiwi tags "%" a symbol, yet it is the counter asked; the head
        # noun stays the one the frame rests on (지분), read below
        unit = toks[wh_i + 1].form
        return _frame_head(toks, wh_i, whs), unit
    return _frame_head(toks, wh_i, whs), ""


def _symbol_units() -> frozenset[str]:
    """Counters written as a symbol ("%"), read after 몇 as a noun would be."""
    return frozenset(u for u in answer_type_tables()["rates"]["units"] if not u.isalpha())


def _frame_head(toks: list[Token], wh_i: int, whs: dict) -> int:
    """The head noun's position before the interrogative (-1: none), the adverbs of when and
    of which value between it and the interrogative passed over ("보조금 내년에 최대 얼마야?"
    is 보조금's, no 내년's: ``passed_adverbs``)."""
    passed = _passed_adverbs(toks, wh_i)
    if not passed:
        return _head_before(toks, wh_i, whs)
    kept = [i for i in range(len(toks)) if i not in passed]
    head = _head_before([toks[i] for i in kept], kept.index(wh_i), whs)
    return kept[head] if head >= 0 else -1


def _passed_adverbs(toks: list[Token], wh_i: int) -> set[int]:
    """The positions of the adverbs of when and of which value right before the interrogative
    (``passed_adverbs``: "내년에", "원래", "한 달에"), with their 에, after a noun they do not
    belong to; none when no noun stands before them."""
    forms = answer_type_tables()["forms"]
    adverbs, spans = set(forms["passed_adverbs"]), set(forms["passed_spans"])
    passed: set[int] = set()
    i = wh_i - 1
    while i >= 1:
        j = i - 1 if toks[i].tag == "JKB" and toks[i].form == "에" else i
        if toks[j].form in adverbs and toks[j].tag in {"NNG", "MAG"}:
            start = j
        elif (
            toks[j].form in spans
            and j >= 1
            and toks[j - 1].form == "한"
            and toks[j - 1].tag == "MM"
        ):
            start = j - 1
        else:
            break
        passed.update(range(start, i + 1))
        i = start - 1
    return passed if any(_is_noun(t) for t in toks[: i + 1]) else set()


def _head_before(toks: list[Token], wh_i: int, whs: dict) -> int:
    """The head noun's position before the interrogative (-1: none)."""
    # the noun the frame rests on: "…한 사람의 이름은?" -> 이름; "직위는 무엇인가" -> 직위
    # bare nouns right before the interrogative narrow it ("장소는 경희대 내 어디인가"):
    # they are passed over, the head is the noun before them
    end = wh_i if wh_i >= 0 else len(toks)
    bare = wh_i >= 0
    plural = answer_type_tables()["forms"]["plural_suffix"]
    heads = answer_type_tables()["heads"]
    # "삼성 영업이익 얼마": no particle anywhere, the noun right before 얼마 is the head
    unmarked = _unmarked_head(toks, wh_i)
    for i in range(end - 1, -1, -1):
        t = toks[i]
        # a head Kiwi splits into a noun and a suffix ("지분율" -> 지분/NNG 율/XSN)
        suffixed = (
            t.tag == "XSN"
            and i > 0
            and toks[i - 1].end == t.start
            and (toks[i - 1].form + t.form in heads or rate_noun(toks[i - 1].form + t.form))
        )
        if (_is_noun(t) or suffixed) and t.form not in whs:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and nxt.tag == "XSN" and nxt.form in plural:
                nxt = toks[i + 2] if i + 2 < len(toks) else None  # "회사들은"
            if i + 1 == wh_i and toks[wh_i].form == "누구" and _is_title(t.form):
                return i  # "누리텍 전임 대표 누구야?": the office asked, no narrowing noun
            if bare and nxt is not None and (i + 1 == wh_i or _is_noun(nxt)):
                continue
            if (
                nxt is None
                or nxt.tag in {"JX", "JKS", "SF", "SP", "VCP", "JKB", "JKO"}
                or (nxt.tag.startswith("S"))
            ):
                return _counted_head(toks, i, heads)
            return unmarked
        bare = False
        if t.tag.startswith(("V", "E")) and wh_i >= 0:
            break
    return unmarked


def _unmarked_head(toks: list[Token], wh_i: int) -> int:
    """The noun right before an interrogative of an amount ([forms] bare_head_whs) when no
    particle, verb or ending stands before it ("삼성 영업이익 얼마", "미정산 대금 얼마야?"), else
    -1: a question typed without particles names what it measures right before 얼마, as the
    topic does when written ("기본요금 얼마로 올라?" as "기본요금은 얼마로 오르나?")."""
    whs = answer_type_tables()["forms"].get("bare_head_whs", [])
    if wh_i < 1 or toks[wh_i].form not in whs or not _is_noun(toks[wh_i - 1]):
        return -1
    if any(t.tag.startswith(("J", "V", "E")) or t.tag in {"XSV", "XSA"} for t in toks[:wh_i]):
        return -1
    return wh_i - 1


def _is_title(word: str) -> bool:
    return word.casefold() in folded_titles()


def _counted_head(toks: list[Token], i: int, heads: dict) -> int:
    """A counter after a number ends the phrase, the noun counted before them is the head:
    "분사한 자회사 두 곳은 어디 어디인가?" asks for 자회사, no place ([units] count)."""
    counted = (
        i >= 2
        and toks[i].form in answer_type_tables()["units"]["count"]
        and toks[i - 1].tag in {"MM", "SN"}
        and toks[i - 2].form in heads
    )
    return i - 2 if counted else i


def asks_as_compound(compound: str, tables: dict) -> bool:
    """Two nouns written together that ask as one head noun: a head of the tables ("생산능력",
    "출시일"), an amount ("마케팅비") or a rate ("찬성률")."""
    return compound in tables["heads"] or money_ending(compound) or rate_noun(compound)


def head_noun(toks: list[Token], head_i: int, tables: dict) -> str:
    """The head noun, made whole with the noun it is written onto (출시/일 -> 출시일), or the
    noun a name belongs to ("모델 이름이 뭐야" -> 모델; the genitive may be left out)."""
    heads = tables["heads"]
    head = toks[head_i].form if head_i >= 0 else ""
    if (
        head_i > 0
        and toks[head_i - 1].tag in {"NNG", "NNP"}
        and toks[head_i - 1].end == toks[head_i].start
    ):
        compound = toks[head_i - 1].form + head
        if asks_as_compound(compound, tables):
            head = compound
    if head and head not in heads:
        # a head written onto the name before it ("메디루멘본사", "오디움투자사"): the longest
        # head noun it ends with
        ends = [h for h in heads if len(h) >= 2 and len(head) > len(h) and head.endswith(h)]
        if ends:
            head = max(ends, key=len)
    if head in tables["name_heads"]["names"] and head_i > 0:
        j = head_i - 1 if toks[head_i - 1].tag != "JKG" else head_i - 2
        j = _named_thing(toks, j, tables)  # "새 감기약에 붙인 이름": the 감기약's
        if j >= 0 and toks[j].form in heads:
            head = toks[j].form
        elif j >= 0 and toks[j].tag in {"NNG", "NNP"} and not _titled(toks[j].form, tables):
            # the name of a thing no table knows ("아파트단지 이름은?", "밴드의 이름은?") asks
            # for that thing's name, not for a person's
            head = toks[j].form
        elif j >= 0 and toks[j].form in tables["name_heads"]["thing_words"]:
            # "영상 만들어주는 거 이름이 뭐야?": the name of a thing made to be used
            head = tables["name_heads"]["thing_head"]
    return head


def _named_thing(toks: list[Token], j: int, tables: dict) -> int:
    """Where the noun given a name stands when ``toks[j]`` ends a verb of naming before 이름
    ("감기약/NNG 에/JKB 붙이/VV ᆫ/ETM 이름" -> 감기약); ``j`` otherwise."""
    if j < 1 or toks[j].tag != "ETM":
        return j
    k = j - 1
    while k > 0 and toks[k].tag in {"VX", "EC"}:  # "지어 준"
        k -= 1
    if toks[k].form not in tables["name_heads"]["naming_verbs"]:
        return j
    if k >= 2 and toks[k - 1].tag == "JKB" and toks[k - 2].tag in {"NNG", "NNP"}:
        return k - 2
    return j


def _titled(noun: str, tables: dict) -> bool:
    """A noun a person is called by ("함장", "주장", "대통령"): its name is a person's."""
    return noun in tables["candidate_suffixes"]["person_titles"] or (
        noun.endswith("장") and len(noun) >= 2
    )
