"""Short forms Kiwi cuts apart: news shortens an organisation's name to some of its syllables
("한국누리전력" ... "한누전"), a word Kiwi does not know and reads as common words ("한/MM
누전/NNG"), so the tagger never offers it as a name.  A word of only such pieces that shortens
one organisation the document names (kg.abbreviations.shortened_name) is a name with that
organisation's votes; kg.merge_rules then merges the two spellings."""

from __future__ import annotations

from .abbreviations import shortened_name
from .model import Mention, Sentence
from .particles import particles_after
from .pieces import Piece, Tok
from .resources import resources

__all__ = ["short_form_names"]

# the tags of the pieces Kiwi cuts an unknown short form into: a determiner or a prefix before a
# common noun ("한/MM 누전/NNG", "대/XPN 가공/NNG"), or a proper noun it guessed whole
_CUT_TAGS = frozenset({"MM", "XPN", "NNG", "NNP", "XSN"})
# syllables of such a short form: three ("한누전") or four; two-syllable ones are common words
_SYLLABLES = range(3, 5)


def short_form_names(
    sentence: Sentence,
    ps: list[Piece],
    toks: list[Tok],
    taken: list[bool],
    known: dict[str, dict[str, float]],
) -> list[Mention]:
    """The words of ``sentence`` that shorten one organisation of ``known`` (the document's
    names by key, kg.mentions.document_names): "한누전은" after "한국누리전력은"."""
    out = []
    for p in ps:
        stem = range(p.first, p.stem_last + 1)
        if not _cut_word(p, toks) or any(taken[k] for k in stem):
            continue
        full = shortened_name(p.stem, known)
        if full is None:
            continue
        m = Mention(
            sentence.id, p.start, p.stem_end, p.stem, rule="short-form", votes=dict(known[full])
        )
        m.particle, m.role = particles_after(toks, p.stem_last, p.stem_end, sentence.text)
        out.append(m)
        for k in stem:
            taken[k] = True
    return out


def _cut_word(p: Piece, toks: list[Tok]) -> bool:
    """Is the piece's stem a word Kiwi did not know: two or more pieces of ``_CUT_TAGS``, or one
    proper noun, three or four syllables, no public prefix kept whole?"""
    stem = toks[p.first : p.stem_last + 1]
    # a word that keeps a public prefix whole is the prefix and a word ("한국어", "국민연금"),
    # not its syllables picked (grammar.toml organisations.public_prefixes)
    if p.stem.startswith(tuple(resources().grammar.public_prefixes)):
        return False
    if len(p.stem) not in _SYLLABLES or not stem or any(t.tag not in _CUT_TAGS for t in stem):
        return False
    return len(stem) >= 2 or stem[0].tag == "NNP"
