"""Where the wrong answers are lost: every wrong answer of the gold files, classified by the
first stage of ``kb.ask`` at which the right answer is lost (issue 13, diagnosis; it changes
no answer).

    python bench/miss_stages.py --kb-cache /tmp/kb --rows /tmp/miss-rows.jsonl   # all gold
    python bench/miss_stages.py --kb-cache /tmp/kb --only r24- --rows /tmp/r24.jsonl
    python bench/miss_stages.py --from-rows /tmp/miss-rows.jsonl                 # tables again

Each question is answered as ``kb.ask`` does (bench/path_audit.py's loading; right as
bench/qa.py's ``is_right``).  A wrong answer is lost at the first of these stages:

1. ``question``: the question is read as asking another kind than the gold answer is (the
   gold kind read from the answer string: 예/아니오, a date, a sum of money, a figure, a known
   entity's type; ``KIND_FITS``), or as no list where the gold is one, or yes/no either way,
   or as a description answered by a whole sentence where the gold's ``answer_type`` is not;
2. ``retrieval``: no sentence the reader reads (the ``ANSWER_POOL`` best hits, their
   neighbours, graph evidence) contains an accepted answer (for a list: every item); for a
   yes/no question, the gold evidence sentence is not among the hits;
3. ``candidates``: the sentences hold the answer but no typed candidate (search/
   typed_candidates.py) overlaps it; ``read, then filtered`` when the reader's raw candidates
   had it;
4. ``ranking``: a candidate overlapping the answer exists but another was picked (the
   winner's and the right one's rank and pooled probability, search/choice.py); for a list,
   items proposed but left out of the answer; for a sentence path, another sentence chosen;
5. ``shaping``: the reader picked the right candidate, but the answer written from it is not
   right (a span widened, cut, or listed with the wrong row);
6. ``abstain``: the right answer was reached but the confidence fell below the no-answer line
   or a no-answer check withdrew it; or an unanswerable question was answered;
7. ``path``: a rule path (graph, yes_no, list, ...) answered instead of the reader's right
   answer;
and ``verdict`` for a yes/no question read and retrieved but answered the other way (or not at
all), ``other`` when none of these holds.  The stages 3-5 are the plain reader's even where a
rule path answered (its name is kept in the row): where the reader too loses the answer.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from path_audit import _reader_only, answered, collect  # noqa: E402
from qa import _says_nothing, _spellings, is_right  # noqa: E402

from kg.names import name_key  # noqa: E402

STAGES = (
    "question",
    "retrieval",
    "candidates",
    "ranking",
    "shaping",
    "abstain",
    "path",
    "verdict",
    "other",
)

#: the asked kinds (search/answer_types.py ANSWER_KINDS) that may answer a gold answer of each
#: kind; "thing" and "description" ask for anything but a yes/no and are never a disagreement
KIND_FITS = {
    "date": {"date"},
    "money": {"money", "number"},
    "number": {"number", "money"},
    "person": {"person", "investor"},
    "organization": {"organization", "company", "investor", "where", "place", "model"},
    "place": {"place", "where", "organization", "company"},
    "model": {"model", "company", "organization"},
}
_ANY_KIND = {"thing", "description"}
#: the entity types of kg/model.py as gold kinds
_KIND_OF_TYPE = {
    "Person": "person",
    "Company": "organization",
    "Organization": "organization",
    "Investor": "organization",
    "Place": "place",
    "Model": "model",
}
_YES_NO = {"예", "네", "아니오", "아니요"}
_DATE = re.compile(
    r"\d{4}년|\d{1,2}월|\d{1,2}일|[상하]반기|\d분기|오전|오후|\d{4}[./-]\d|^(19|20)\d\d$"
)
_MONEY = re.compile(r"[\d만억조천백]\s*(원|달러|유로|엔|위안|파운드)")
#: a figure starts with its number ("약 3년 4개월", "35%"); "라마 3" is a name
_FIGURE = re.compile(r"^(약|최대|최소|총|연)?\s*[\d.,]")
#: the gold files' answer_type as a kind of KIND_FITS
_GOLD_TYPES = {"company": "organization", "investor": "organization", "where": "place"}
_RULE_FREE = {"reader", "none"}  # paths that are the reader itself
_SENTENCE_PATHS = {"passage", "description"}  # paths answering with a whole sentence


def gold_kind(answer: str, entity_types: dict[str, str]) -> str | None:
    """The kind of a gold answer read from its words: yes_no, date, money, number, or a known
    entity's kind (``entity_types``: name_key of an alias -> entity type); None when unsure.

    >>> gold_kind("2026년 3월", {}), gold_kind("1조2천억 원", {}), gold_kind("37%", {})
    ('date', 'money', 'number')
    >>> gold_kind("아니오", {}), gold_kind("한빛정밀", {"한빛정밀": "Company"})
    ('yes_no', 'organization')
    """
    text = answer.strip()
    if text in _YES_NO:
        return "yes_no"
    if _MONEY.search(text):
        return "money"
    if _DATE.search(text):
        return "date"
    if _FIGURE.search(text):
        return "number"
    return _KIND_OF_TYPE.get(entity_types.get(name_key(text), ""))


def kind_disagrees(asked_kind: str, gold: set[str]) -> bool:
    """Whether a question read as asking ``asked_kind`` cannot be answered by a gold answer
    of any of the kinds ``gold`` (none known never disagrees).

    >>> kind_disagrees("person", {"date"}), kind_disagrees("company", {"organization"})
    (True, False)
    >>> kind_disagrees("thing", {"money"}), kind_disagrees("date", set())
    (False, False)
    >>> kind_disagrees("date", {"number", "date"})
    False
    """
    known = gold & set(KIND_FITS)
    if not known or asked_kind in _ANY_KIND:
        return False
    return not any(asked_kind in KIND_FITS[k] for k in known)


def overlaps(span: str, accepted: str) -> bool:
    """Whether a candidate span writes an accepted answer: it holds it, or it is a part of it
    at least half its length (spaces and punctuation aside).

    >>> overlaps("1만2천여 대", "1만2천여 대"), overlaps("3천억 원 규모", "3천억 원")
    (True, True)
    >>> overlaps("누리", "누리온클라우드"), overlaps("2", "24%")
    (False, False)
    """
    s, a = name_key(span), name_key(accepted)
    if not s or not a:
        return False
    return a in s or (s in a and 2 * len(s) >= len(a) and len(s) >= 2)


def _items(gq: dict) -> list[list[str]]:
    """The gold's answers as items, each a list of its spellings (one item unless a list)."""
    if gq.get("list"):
        return [_spellings(item) for item in gq["answers"]]
    return [[x for item in gq["answers"] for x in _spellings(item)]]


def _written(texts: list[str], spellings: list[str]) -> bool:
    keys = [name_key(t) for t in texts]
    return any(name_key(x) in k for x in spellings for k in keys)


def _matches(cand, spellings: list[str], entities) -> bool:
    """A candidate naming a spelling: its span overlaps one, or its entity has it as an alias."""
    names = [cand.text]
    if cand.entity and (e := entities.get(cand.entity["id"])) is not None:
        names += [e.name, *e.aliases]
    return any(overlaps(n, x) for n in names for x in spellings)


def _reader_stages(q, snap, hits, gq: dict, asked, path: str) -> tuple[str, str, str] | None:
    """Retrieval, candidates or ranking when the plain reader loses the answer there (stage,
    cause, detail), None when its pick overlaps every item; a sentence path (``_SENTENCE_PATHS``)
    that reached the answer's sentence ranked another sentence first."""
    from search.choice import choose, key_of
    from search.reader_input import reader_input
    from search.typed_candidates import typed_candidates

    ri = reader_input(q, snap, hits, asked)
    texts = [h.text for h in hits] + [p.text for p in ri.passages]
    items = _items(gq)
    if missing := [s[0] for s in items if not _written(texts, s)]:
        return "retrieval", "not read", f"not in the {len(ri.passages)} passages read: {missing[0]}"
    if path in _SENTENCE_PATHS:
        return "ranking", "another sentence", f"{path} chose another sentence"
    ents = snap.extraction.entities
    typed = typed_candidates(q, snap, ri, asked, None)
    if unproposed := [s for s in items if not any(_matches(c, s, ents) for c in typed)]:
        raw = ri.candidates(None)
        if any(_matches(c, unproposed[0], ents) for c in raw):
            return "candidates", "read, then filtered", "a raw candidate had it"
        return "candidates", "never read", "no raw candidate had it"
    ch = choose(q, snap, typed, ri)
    order = sorted(ch.pooled, key=lambda k: (-ch.pooled[k], -ch.first[k].score))
    keys = {key_of(c) for c in typed if any(_matches(c, s, ents) for s in items)}
    right = [k for k in order if k in keys]
    if ch.key in right:
        return None
    at = order.index(right[0])
    won = ch.first[ch.key].text
    detail = f"won {won!r} p={ch.pooled[ch.key]:.2f}; right {ch.first[right[0]].text!r} "
    rank = "rank 2" if at == 1 else "rank 3-5" if at < 5 else "rank 6+"
    return "ranking", rank, detail + f"rank {at + 1} p={ch.pooled[right[0]]:.2f}"


def classify(q, snap, hits, hit_for, gq: dict, ans, path: str) -> tuple[str, str, str]:
    """The first stage at which a wrong answer ``ans`` (given by ``path``) lost the right one,
    the cause within it ("rank 2", "read, then filtered", ...) and a detail (see the module
    docstring)."""
    import search.qa as qa
    from search.answer_types import read_asked
    from search.question_forms import question_form
    from search.reader_input import relation_kind

    if not gq["answers"]:
        return (
            "abstain",
            "unanswerable answered",
            f"unanswerable answered by {path} at {ans.confidence}",
        )
    asked = relation_kind(q, read_asked(q.tokens))
    form = question_form(q.tokens, q.text, len(q.entities), asked)
    yes_no = gq.get("answer_type") == "yes_no"
    if yes_no != (form == "yes_no"):
        return "question", "yes/no", f"read as {form}, gold {'yes_no' if yes_no else 'not yes_no'}"
    if yes_no:
        if gq.get("evidence") and not _written([h.text for h in hits], [gq["evidence"]]):
            return "retrieval", "not read", "the evidence sentence is not among the hits"
        return "verdict", "other way", f"answered {ans.answer!r}"
    if gq.get("list") and len(gq["answers"]) > 1 and form != "list":
        return "question", "no list", f"read as {form}, gold a list"
    if path in _SENTENCE_PATHS and gq.get("answer_type") not in {"description", None}:
        return "question", "description", f"read as asking a description, gold {gq['answer_type']}"
    ents = snap.extraction.entities.values()
    types = {name_key(a): e.type for e in ents for a in (e.name, *e.aliases)}
    kinds = {k for x in _items(gq)[0] if (k := gold_kind(x, types))}
    written = gq.get("answer_type")  # the gold's own, which a wrongly typed entity cannot sway
    kinds |= {_GOLD_TYPES.get(written, written)} & set(KIND_FITS)
    if kind_disagrees(asked.kind, kinds):
        return "question", "kind", f"asked {asked.kind}, gold {'/'.join(sorted(kinds))}"
    lost = _reader_stages(q, snap, hits, gq, asked, path)
    if lost is not None:
        return lost[0], lost[1], f"{lost[2]} (answered by {path})"
    reader, _ = _reader_only(q, snap, hits, hit_for, None)
    if path not in _RULE_FREE and is_right(reader, gq):
        return "path", path, f"{path} answered {ans.answer!r}; the reader {reader.answer!r}"
    if not is_right(reader, gq) and gq.get("list") and not _says_nothing(reader):
        left = [s[0] for s in _items(gq) if not _written([reader.answer], s)]
        return (
            "ranking",
            "list items left out",
            f"list: items proposed but left out: {', '.join(left)}",
        )
    if not is_right(reader, gq):
        return "shaping", "span", f"the reader's pick written {reader.answer!r}"
    raw, _ = qa._answer(q, snap, hits, hit_for, None)
    if _says_nothing(ans) and is_right(raw, gq):
        return "abstain", "withdrawn", f"{raw.answer!r} withdrawn (confidence {ans.confidence})"
    return "other", "", f"answered {ans.answer!r} by {path}"


def stage_rows(kb, gold: dict, name: str) -> list[dict]:
    """One row per question of a gold file: the answer, right or not, and for a wrong one the
    stage it was lost at (``classify``)."""
    snap = kb.snapshot()
    rows = []
    for gq in gold["questions"]:
        q, hits, hit_for, ans, path = answered(snap, gq["question"])
        right = is_right(ans, gq)
        lost = ("right", "", "") if right else classify(q, snap, hits, hit_for, gq, ans, path)
        rows.append(
            {
                "file": name,
                "question": gq["question"],
                "want": gq["answers"][:3],
                "answer": None if _says_nothing(ans) else ans.answer,
                "confidence": ans.confidence,
                "path": path,
                "right": right,
                "stage": lost[0],
                "cause": lost[1],
                "detail": lost[2],
            }
        )
    return rows


def round_of(name: str) -> int | None:
    """The round of a news/ gold file named ``news/rN-...`` (None for the others).

    >>> round_of("news/r21-bank-03_qa"), round_of("news/s22-who49-01_qa")
    (21, None)
    """
    m = re.match(r"news/r(\d+)-", name)
    return int(m.group(1)) if m else None


def groups(rows: list[dict]) -> list[tuple[str, list[dict]]]:
    """The rows of each group of rounds: early dev (r2-r16), each of r17-r24 and together,
    the helpers' files of sessions 20-23, and the rest."""

    def within(lo, hi):
        return [r for r in rows if (k := round_of(r["file"])) is not None and lo <= k <= hi]

    late = sorted({k for r in rows if (k := round_of(r["file"])) and k >= 17})
    helpers = [r for r in rows if re.match(r"news/s2[0-3]-", r["file"])]
    rest = [r for r in rows if round_of(r["file"]) is None and r not in helpers]
    out = [("early dev (r2-r16)", within(2, 16))]
    out += [(f"r{k}", within(k, k)) for k in late]
    out += [("r17-r24 together", within(17, 24)), ("s20-s23 helper files", helpers)]
    out += [("other dev files", rest), ("all", rows)]
    return [(name, got) for name, got in out if got]


def table(rows: list[dict]) -> str:
    """Per group: questions, wrong, and per stage the wrong answers lost there (share of the
    group's wrong answers), as markdown."""
    head = ["group", "questions", "wrong", *STAGES]
    out = ["| " + " | ".join(head) + " |", "| --- " * len(head) + "|"]
    for name, got in groups(rows):
        wrong = [r for r in got if not r["right"]]
        count = Counter(r["stage"] for r in wrong)
        cells = [f"{count[s]} ({count[s] / len(wrong):.0%})" if wrong else "0" for s in STAGES]
        out.append(f"| {name} | {len(got)} | {len(wrong)} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def causes(rows: list[dict], lo: int = 17, hi: int = 24) -> str:
    """Per stage, its wrong answers by cause, in rounds ``lo``-``hi`` and in all rows, as
    markdown."""
    late = [r for r in rows if lo <= (round_of(r["file"]) or 0) <= hi]
    out = [f"| stage | cause | r{lo}-r{hi} | all |", "| --- | --- | --- | --- |"]
    for stage in STAGES:
        here = Counter(r["cause"] for r in late if r["stage"] == stage)
        every = Counter(r["cause"] for r in rows if r["stage"] == stage)
        out += [f"| {stage} | {c or '-'} | {here[c]} | {n} |" for c, n in every.most_common()]
    return "\n".join(out)


def examples(rows: list[dict], per_stage: int = 3, lo: int = 17, hi: int = 24) -> str:
    """Up to ``per_stage`` wrong answers of each stage from rounds ``lo``-``hi``, the latest
    rounds first, one a round while the rounds last, as lines."""
    late = [r for r in rows if not r["right"] and lo <= (round_of(r["file"]) or 0) <= hi]
    out = []
    for stage in STAGES:
        got = [r for r in late if r["stage"] == stage]
        nth = Counter()  # the n-th wrong answer of its round: the first of each round first
        order = [(nth.update([round_of(r["file"])]) or nth[round_of(r["file"])], r) for r in got]
        order.sort(key=lambda x: (x[0], -round_of(x[1]["file"])))
        for _, r in order[:per_stage]:
            out.append(
                f'- {stage}: {r["file"].removeprefix("news/")} "{r["question"]}" -> '
                f"{r['answer']!r}, want {r['want'][:2]}; {r['detail']}"
            )
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold")
    ap.add_argument("--kb-cache", type=Path, help="keep and reuse each gold article's KB here")
    ap.add_argument("--only", default="", help="only gold files whose name contains this")
    ap.add_argument("--rows", type=Path, default=Path("/tmp/miss-stage-rows.jsonl"))
    ap.add_argument("--from-rows", type=Path, help="make the tables from rows kept before")
    args = ap.parse_args(argv)
    if args.from_rows:
        text = args.from_rows.read_text(encoding="utf-8")
        rows = [json.loads(line) for line in text.splitlines() if line]
    else:
        rows = collect(args.gold.resolve(), args.only, args.kb_cache, args.rows, stage_rows)
    right = sum(r["right"] for r in rows)
    print(f"{len(rows)} questions, right {right / len(rows):.3f}\n")
    print(table(rows))
    print()
    print(causes(rows))
    print()
    print(examples(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
