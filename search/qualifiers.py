"""Which figure is asked: the nouns a question writes before what it asks for ("시리즈A 투자
규모", "간접 고용 인원", "지난해 매출") say which one of the text's figures answers it.  A figure
whose sentence leaves one of them out ("시리즈B에서 200억원", "직접 고용되는 300명", "누적
매출") is a figure of something else: when no figure's sentence
writes them, the text does not say what is asked, however well a figure of the right kind fits.

The qualifiers are the nouns of the asked phrase: the run of nouns that ends on the question's
head noun (or its last noun before the interrogative), outside the names the question gives,
other than the nouns that only say "an amount" or "a count" (resources/answer_types.toml
[qualifiers], [heads], [attributes]).  A relative year is written by any word of its own
("지난해" = "작년").

>>> qualifiers_of("바른셈의 시리즈A 투자 규모는 얼마인가?", [(0, 3)])
['시리즈a']
>>> qualifiers_of("별의 계승자의 지난해 매출은 얼마인가?", [])
['지난해']
"""

from __future__ import annotations

import re

from kg.kiwi import kiwi

from .answer_types import answer_type_tables, read_asked
from .areas import area_nouns, in_area
from .counters import counted_by_kind
from .durations import asks_duration
from .frequencies import per_period
from .headline_asks import is_headline, spared
from .passages import earlier_in_paragraph
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .spans import Token, tokens_of

__all__ = [
    "article_of",
    "asked_noun",
    "possessor_words",
    "qualifiers_of",
    "says_only_kind",
    "stated_qualifiers",
    "written_as",
]

#: the Kiwi tags of a noun phrase's words, and of those among them that qualify what is asked
#: (numbers and counters run through the phrase; verbs and adverbs are paraphrased too freely
#: to be asked for as written)
_PHRASE = frozenset({"NNG", "NNP", "XR", "SL", "SN", "NNB", "XSN", "XPN", "SH"})
_QUALIFY = frozenset({"NNG", "NNP", "XR", "SL"})
#: the sentences that set what a news article is about: its headline and lede (a later
#: sentence of the lead paragraph may name another round: "2028년에 시리즈C를 유치할 계획");
#: a headline split in two ("'새는 수돗물 잡는다'…환경부, 스타트업과 협약") counts as one
_LEAD_SENTENCES = 2
#: how a sentence of running text ends; a headline ends on none of them ("…스타트업과 협약")
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "'", "’")
#: the kinds of answer that are figures: their owner's words say whose figure it is
_FIGURE_KINDS = frozenset({"money", "number"})


def qualifiers_of(text: str, spans: list[tuple[int, int]], tokens=None) -> list[str]:
    """The qualifying nouns of a question's asked phrase, lower-cased, in order (a Latin
    letter or number written onto a noun stays with it: "시리즈A" is one word)."""
    return _phrase_words(text, spans, tokens)[0]


def asked_noun(text: str, spans: list[tuple[int, int]], tokens=None) -> str:
    """The noun a question's asked phrase asks for, lower-cased, without a suffix that only
    says "its amount" ("" when it says only "an amount"; search/unwritten_asks.py).

    >>> asked_noun("노을랩스의 기업가치는 얼마로 평가받았나?", [(0, 4)])
    '가치'
    >>> asked_noun("바른셈의 시리즈A 투자 규모는 얼마인가?", [(0, 3)])
    '투자'
    """
    return _phrase_words(text, spans, tokens)[1]


def written_as(word: str, text: str) -> bool:
    """``word`` as a figure's sentence may write it (search/qualifiers.py ``_written``): spaces
    aside, by a word the text writes for it, or a doer as the act ("참가자" as "참가")."""
    return _written(word, text) or _written(_act_of(word), text)


def _phrase_words(text: str, spans, tokens=None) -> tuple[list[str], str]:
    """The qualifiers of the asked phrase and its asked noun: the last of its nouns that says
    more than "an amount" ("참석자 수" asks for 참석자, which the text may call 참가자; "시리즈A
    투자 규모" asks for 투자, of 시리즈A).  Proper nouns are names, looked for by retrieval."""
    toks = list(tokens) if tokens else tokens_of(kiwi().tokenize(text))
    tables = answer_type_tables()
    generic = {w.casefold() for w in tables["qualifiers"]["generic"]}
    skip = generic | {
        w.casefold() for w in (*tables["heads"], *tables["interrogatives"], *tables["attributes"])
    }
    found: list[tuple[str, str, str]] = []  # (word, form, tag)
    for i in _asked_phrase(text, toks):
        t = toks[i]
        if t.tag not in _QUALIFY or any(s <= t.start < e for s, e in spans):
            continue
        if t.tag == "SL" and i > 0 and toks[i - 1].end == t.start:
            continue  # glued onto the noun before it ("시리즈A")
        if per_period(toks, i):
            continue  # "일주일에 몇 번": the period of a frequency, written "주 7회"
        found.append((_unsuffixed(_glued(text, toks, i).casefold()), t.form.casefold(), t.tag))
    asked = next((w for w, f, _ in reversed(found) if w not in generic and f not in generic), "")
    out: list[str] = []
    for word, form, tag in found:
        if word == asked or word in skip or form in skip or tag == "NNP":
            continue
        if (len(word) >= 2 or tag == "SL") and word not in out:
            out.append(word)
    return out, asked


def _asked_phrase(text: str, toks: list[Token]) -> list[int]:
    """Token indexes of the noun phrase that ends on the head noun, else on the last noun
    before the interrogative."""
    asked = read_asked(toks)
    end = asked.head_index
    if end < 0 or 0 <= asked.wh_index < end:  # "몇 명": the phrase is before the interrogative
        stop = asked.wh_index if asked.wh_index >= 0 else len(toks)
        end = next((i for i in range(stop - 1, -1, -1) if toks[i].tag in _QUALIFY), -1)
    out: list[int] = []
    i = end
    while i >= 0 and toks[i].tag in _PHRASE:
        out.append(i)
        i -= 1
    return out[::-1]


def _glued(text: str, toks: list[Token], i: int) -> str:
    """The token's word with a Latin letter, a number or a noun suffix written right after it
    ("시리즈A", "증가율")."""
    t = toks[i]
    end = t.end
    if i + 1 < len(toks) and toks[i + 1].start == end and toks[i + 1].tag in {"SL", "SN", "XSN"}:
        end = toks[i + 1].end
    return text[t.start : end]


def _unsuffixed(word: str) -> str:
    """A noun without the suffix that only says "its amount" ("배상액" -> "배상": the sentence
    writes "손해배상을 청구" for the amount claimed)."""
    for suffix in answer_type_tables()["qualifiers"]["amount_suffixes"]:
        if len(word) > len(suffix) + 1 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _act_of(word: str) -> str:
    """A noun of doers as its act, which a count of them is written with ("등록자" ->
    "등록": "사전 등록 420만 명")."""
    for suffix in answer_type_tables()["qualifiers"]["doer_suffixes"]:
        if len(word) > len(suffix) + 1 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _written(word: str, sentence: str) -> bool:
    """``word`` (spaces aside, any case) is in ``sentence``, or a word the text writes for it
    is ([qualifiers.alike]: "최종" as "전체") or one naming the same relative year is ("지난해"
    for "작년")."""
    flat = re.sub(r"\s+", "", sentence).casefold()
    if word in flat or any(
        w in flat for w in answer_type_tables()["qualifiers"]["alike"].get(word, ())
    ):
        return True
    relative = answer_type_tables()["attribute_reach"]["relative_years"]
    year = relative.get(word)
    return year is not None and any(w in flat for w, y in relative.items() if y == year)


def stated_qualifiers(
    q: Question, snap, ri: ReaderInput, cands: list[Candidate], kind: str = ""
) -> list[Candidate]:
    """The candidates whose sentence, or a sentence before it in its paragraph (the context
    it is read in: "실증 사업에 ... 선정 평가에는 5대 1의 경쟁률"), writes every qualifier of the
    question's asked phrase (when none does, all but the optional ones: [qualifiers] optional);
    an English question is read by other rules (its words are not the text's)."""
    if q.english:
        return cands
    words, asked = _phrase_words(q.text, q.spans, q.tokens)
    if kind == "date" and asked in answer_type_tables()["heads"]:
        # the noun right before a date's head names the event ("설립 연도", "출시 시기"): the
        # sentences write it in verbs of their own (세운, 선보인), and event_dates.py reads it
        words = words[:-1]
    if kind in {"number", "date"} and _asks_length(q.tokens):
        # "장애는 몇 시간 동안 이어졌나?": the event lasted is written by its verb ("9시간 28분
        # 동안 멈췄다", "사흘간 파업을 벌였다"); its qualifiers still say which one
        asked = ""
    if counted_by_kind(q.tokens):
        asked = ""  # "선박은 몇 척": "LNG 운반선 4척" (search/counters.py)
    if cands and all(in_area(c.text) for c in cands):  # the unit says "면적" (search/areas.py)
        words = [w for w in words if w not in area_nouns()]
        asked = "" if asked in area_nouns() else asked
    owner = possessor_words(q.text, q.spans, q.tokens) if kind in _FIGURE_KINDS else []
    if not words and not asked and not owner:
        return cands
    context: dict[int, list[str]] = {}
    for c in cands:
        if c.passage not in context:
            p = ri.passages[c.passage]
            before = [e.text for e in earlier_in_paragraph(snap, p.sentence_id)]
            lead, article = article_of(snap, p.sentence_id)
            # the owner's words the article writes somewhere say whose figure it is ("과학 과목
            # AI 디지털교과서의 채택률" where only 과학 과목's plans are written); one it never
            # writes is the asker's own word for the owner, said by no sentence
            mine = [w for w in owner if w not in words and _written(w, article)]
            # the asked noun is asked for as written when the article writes it anywhere ("GPU
            # 몇 장": its GPUs); else the text calls it otherwise (참석자: 참가자)
            own = (
                [_act_of(asked) if kind == "number" else asked]
                if len(asked) >= 2 and not says_only_kind(asked) and _written(asked, article)
                else []
            )
            context[c.passage] = [" ".join([p.text, *before, *lead]), *words, *own, *mine]
    stated = [c for c in cands if _states(context[c.passage])]
    if not stated and is_headline(q.tokens):
        stated = [c for c in cands if _states(context[c.passage], spare=True)]
    if not stated and (optional := set(answer_type_tables()["qualifiers"]["optional"])):
        # "리콜 대상 차량은 몇 대": "2만3418대를 리콜한다" writes no 대상
        bare = {k: [v[0], *(w for w in v[1:] if w not in optional)] for k, v in context.items()}
        stated = [c for c in cands if _states(bare[c.passage])]
    return stated


def possessor_words(text: str, spans: list[tuple[int, int]], tokens=None) -> list[str]:
    """The words of the owner a question's asked phrase is written of with 의, lower-cased:
    its nouns outside the names, and the names after its first ("해랑레저 부산 해운대구
    카지노의 매출": a part of 해랑레저, which retrieval looks for).  A figure of the whole or of
    a sibling part ("과목별로는 중학교 영어의 채택률이 52.4%") is no figure of the part asked.

    >>> possessor_words("과학 과목 AI 디지털교과서의 채택률은 얼마인가?", [])
    ['과학', '과목', 'ai', '디지털', '교과서']
    >>> possessor_words("해랑레저 부산 해운대구 카지노의 매출은 얼마인가?", [(0, 4), (5, 12)])
    ['부산해운대구', '카지노']
    >>> possessor_words("해랑레저의 지난달 매출은 얼마인가?", [(0, 4)])
    []
    """
    toks = list(tokens) if tokens else tokens_of(kiwi().tokenize(text))
    phrase = _asked_phrase(text, toks)
    i = phrase[0] - 1 if phrase else -1
    if i < 1 or toks[i].tag != "JKG":
        return []
    first = i - 1
    while first > 0 and toks[first - 1].tag in _PHRASE:
        first -= 1
    start, end = toks[first].start, toks[i - 1].end
    names = [(s, e) for s, e in spans if start <= s and e <= end]
    tables = answer_type_tables()
    skip = {
        w.casefold()
        for w in (*tables["qualifiers"]["generic"], *tables["heads"], *tables["attributes"])
    }
    out: list[str] = []
    for t in toks[first:i]:
        name = next(((s, e) for s, e in names if s <= t.start < e), None)
        if name is not None:
            word = re.sub(r"\s+", "", text[name[0] : name[1]]).casefold()  # as _written reads
            if name != names[0] and word not in out:
                out.append(word)
            continue
        word = t.form.casefold()
        if t.tag in _QUALIFY and t.tag != "NNP" and word not in skip and word not in out:
            if len(word) >= 2 or t.tag == "SL":
                out.append(word)
    return out


def _asks_length(toks) -> bool:
    """The question asks how long something lasted: an interrogative of a count of time with a
    word of a length after it ("몇 시간 동안", "며칠간", "몇 년째"; search/durations.py), or 얼마
    before one ("얼마 동안")."""
    asked = read_asked(toks)
    if asks_duration(toks, asked.wh_index, asked.unit):
        return True
    after = answer_type_tables()["units"]["duration_after"]
    i = asked.wh_index
    return asked.wh == "얼마" and i + 1 < len(toks) and toks[i + 1].form in after


def _states(context: list[str], spare: bool = False) -> bool:
    """The text (``context[0]``) writes every qualifier after it, or all but one a headline
    question may spare (search/headline_asks.py)."""
    words = context[1:]
    unwritten = [w for w in words if not _written(w, context[0])]
    return not unwritten or (spare and spared(words, unwritten))


def article_of(snap, sid: str) -> tuple[list[str], str]:
    """The first sentences of ``sid``'s document (a headline and the lede, which name what the
    whole article is about: "공공 클라우드 실증 사업"), and the text of the whole document."""
    ex = snap.extraction
    pos = snap.pos_of_sentence.get(sid)
    if pos is None:
        return [], ""
    doc = snap.doc_ids[pos]
    first = last = pos
    while first > 0 and snap.doc_ids[first - 1] == doc:
        first -= 1
    while last + 1 < len(snap.doc_ids) and snap.doc_ids[last + 1] == doc:
        last += 1
    sentences = [ex.sentences.get(snap.sentence_ids[i]) for i in range(first, last + 1)]
    sentences = [s for s in sentences if s is not None]
    headline = _headline_count(sentences)
    lead = [s.text for s in sentences[: _LEAD_SENTENCES - min(headline, 1) + headline]]
    return lead, " ".join(s.text for s in sentences)


def _headline_count(sentences) -> int:
    """How many sentences the article's headline was split into: its first paragraph, when
    that paragraph ends as no sentence of running text does (0: the article opens on its
    lede)."""
    first = [s for s in sentences if s.paragraph == sentences[0].paragraph] if sentences else []
    if not first or len(first) == len(sentences):
        return 0
    return 0 if first[-1].text.rstrip().endswith(_SENTENCE_ENDS) else len(first)


def says_only_kind(word: str) -> bool:
    """A noun that says only "an amount", a kind or an attribute (read by other rules)."""
    tables = answer_type_tables()
    return word in {
        w.casefold()
        for w in (*tables["qualifiers"]["generic"], *tables["heads"], *tables["attributes"])
    }
