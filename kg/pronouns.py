"""Pronoun phrases in a Korean sentence, found by the grammar tables: "이 회사", "이들", "김 대표",
"그의", a sentence that opens on "회사는" (what coreference, kg.coreference, then resolves)."""

from __future__ import annotations

from .model import Mention, Number, Sentence
from .particles import particles_after
from .pieces import Tok
from .resources import resources

__all__ = ["pronoun_phrases"]


def pronoun_phrases(sentence: Sentence, toks: list[Tok], taken: list[bool]) -> list[Mention]:
    """'이 회사', '해당 모델', '이러한 모델들', '이들', '그의' outside the mentions found."""
    out = []
    i = 0
    while i < len(toks):
        if taken[i]:
            i += 1
            continue
        mention, i = _pronoun_at(sentence, toks, i)
        if mention is not None:
            out.append(mention)
    return out


def _pronoun_at(sentence: Sentence, toks: list[Tok], i: int) -> tuple[Mention | None, int]:
    """The pronoun phrase starting at token i, if any, and the token after it."""
    res = resources()
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    # pronoun phrases: "이 회사", "해당 모델"
    if (
        t.tag in {"MM", "NR"}
        and t.form in res.grammar.pair_determiners
        and nxt is not None
        and nxt.tag in {"NNG", "NNB"}
        and (nxt.form in res.cue_nouns or nxt.form in res.grammar.pair_nouns)
    ):
        votes = {res.cue_nouns.get(nxt.form, "Company"): 1.0}
        return _coref(sentence, toks, i, i + 1, "pair", votes, Number.PAIR), i + 2
    if (
        t.tag == "MM"
        and t.form in res.grammar.determiners
        and nxt is not None
        and nxt.tag == "NNG"
        and nxt.form in res.cue_nouns
    ):
        return _cue_noun_phrase(sentence, toks, i, i + 1)
    # "이러한 모델들은": Kiwi reads 이러/XR 하/XSA ᆫ/ETM
    if (
        t.tag == "XR"
        and t.form in {"이러", "그러", "이와 같", "이같"}
        and i + 3 < len(toks)
        and toks[i + 1].tag == "XSA"
        and toks[i + 2].tag == "ETM"
        and toks[i + 3].tag == "NNG"
        and toks[i + 3].form in res.cue_nouns
    ):
        return _cue_noun_phrase(sentence, toks, i, i + 3)
    if t.tag == "NP" and (
        t.form in res.grammar.plural_pronouns
        or (t.form in {"이", "그"} and nxt is not None and nxt.form == "들")
    ):
        j = i + 1 if t.form in {"이", "그"} else i
        return _coref(sentence, toks, i, j, "plural-pronoun", {}, Number.PLURAL), j + 1
    if (
        t.tag == "NNG"
        and t.form in res.grammar.self_openers
        and nxt is not None
        and nxt.tag in {"JX", "JKS", "JKG", "JKO"}
        and (
            not any(x.tag.startswith(("N", "SL", "SH", "SN")) for x in toks[_past_date(toks) : i])
            or _founded(toks, i)
        )
    ):
        # "회사는 ...", "2021년부터 회사를 이끌어 온 X": the sentence opens on the organisation
        # the text is about (a date may come first); "김 대표는 2022년 회사를 세웠다": the
        # company a founding verb takes is that organisation too (never one the sentence names)
        rule = "self" if toks[i + 1].tag != "JKO" or not _founded(toks, i) else "self-founded"
        return _coref(sentence, toks, i, i, rule, {"Company": 1.0}, Number.ONE), i + 1
    if t.tag == "NP" and t.form == "그" and nxt is not None and nxt.tag == "JKG":
        mention = _coref(sentence, toks, i, i, "pronoun-his", {"Person": 1.0}, Number.ONE)
        mention.text = t.form
        return mention, i + 1
    return None, i + 1


def _founded(toks: list[Tok], i: int) -> bool:
    """Is the noun at i the object of a founding verb right after it ("회사를 세웠다")?"""
    stems = resources().frame_of["FOUNDED"].stems
    return toks[i + 1].tag == "JKO" and i + 2 < len(toks) and toks[i + 2].form in stems


def _past_date(toks: list[Tok]) -> int:
    """The token after a date that opens the sentence ("2021년부터", "지난 3월"), else 0."""
    k = 0
    while k < len(toks) and (toks[k].tag == "SN" or toks[k].form in {"년", "월", "일"}):
        k += 1
    return k + 1 if k and k < len(toks) and toks[k].tag in {"JX", "JKB"} else k


def _cue_noun_phrase(sentence: Sentence, toks: list[Tok], i: int, noun: int) -> tuple[Mention, int]:
    """A determiner at i and a cue noun at ``noun`` ('이 회사', '이러한 모델'), with a plural
    '들' after the noun if there is one."""
    res = resources()
    j = noun
    plural = j + 1 < len(toks) and toks[j + 1].form == "들" and toks[j + 1].tag == "XSN"
    j += plural
    votes = {res.cue_nouns[toks[noun].form]: 1.0}
    number = Number.PLURAL if plural else Number.ONE
    return _coref(sentence, toks, i, j, "demonstrative", votes, number), j + 1


def _coref(
    sentence: Sentence, toks: list[Tok], i: int, j: int, rule: str, votes: dict, number: Number
) -> Mention:
    """A pronoun phrase from token i to token j, with the particle after it."""
    start, end = toks[i].start, toks[j].end
    mention = Mention(
        sentence.id,
        start,
        end,
        sentence.text[start:end],
        kind="coref",
        rule=rule,
        votes=votes,
        number=number,
    )
    mention.particle, mention.role = particles_after(toks, j, end, sentence.text)
    return mention
