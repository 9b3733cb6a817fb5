"""Questions typed tersely: every dev gold question asked as written and in its terse form (spaces
removed; a closing "은/는 무엇인가?", "는?", "은 누구야?" dropped; a possessive 의 dropped), both
through ``kb.ask``, to show which answers the terse form loses.

    python bench/terse_questions.py --kb-cache /tmp/kb          # every dev gold file
    python bench/terse_questions.py --only r26- -v --kb-cache /tmp/kb

A question whose tail after its last noun is only particles, an interrogative pronoun and a
copula ("페달로의 설립 연도는?", "설립자는 누구인가?") is a *noun* question: its terse form is
the noun compound ("페달로설립연도").  Any other (a verb, "몇 명") is a *clause* question: its
terse form only loses its spaces ("누가설립했나?").  Rounds 24 and 25 (the validation rounds)
are never read.  Reported: right as written, right terse, the share of the same answer, by
group and by the asked kind read from each form (``Answer.answer_type``), and with -v every
question whose terse form loses a right answer.  Questions in English are left out.
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

from qa import article_kb, gold_files, is_right  # noqa: E402

from kg.kiwi import kiwi  # noqa: E402
from kg.names import name_key  # noqa: E402
from search.spans import base_tag  # noqa: E402

#: rounds never read here: the validation rounds
VALIDATION = ("r24-", "r25-")
#: morphemes that may close a noun question after its last noun: particles of the topic and
#: subject, the interrogative pronouns, the copula, endings and punctuation
_CLOSING_TAGS = {"JX", "JKS", "VCP", "EF", "EC", "SF", "ETM"}
_CLOSING_WORDS = {"무엇", "누구", "언제", "어디", "얼마", "뭐"}
#: particles a terse question leaves out: of possession, topic and subject
_DROPPED_PARTICLES = {("JKG", "의"), ("JX", "은"), ("JX", "는"), ("JKS", "이"), ("JKS", "가")}
_NOUN_TAGS = {"NNG", "NNP", "NNB", "NR", "SN", "SL", "SH", "XSN", "XPN", "SW", "SO", "W_SERIAL"}


def terse_form(question: str) -> tuple[str, str]:
    """The question as typed tersely and its group ("noun", "clause" or "english"): a noun
    question loses its closing interrogative, its particles of topic, subject and possession and
    its spaces; "몇" and its counter stay, they say what is counted.

    >>> terse_form("페달로의 설립 연도는?")
    ('페달로설립연도', 'noun')
    >>> terse_form("앤스로픽의 설립자는 누구인가?")
    ('앤스로픽설립자', 'noun')
    >>> terse_form("베가E의 국내 누적 판매량은 몇 대인가?")
    ('베가E국내누적판매량몇대', 'noun')
    >>> terse_form("누가 회사를 세웠나?")
    ('누가회사를세웠나', 'clause')
    """
    if len(re.findall(r"[A-Za-z]", question)) > len(re.findall(r"[가-힣]", question)):
        return question, "english"  # no one types English without spaces
    toks = kiwi().tokenize(question.strip())
    last_noun = max(
        (
            i
            for i, t in enumerate(toks)
            if base_tag(t.tag) in _NOUN_TAGS and t.form not in _CLOSING_WORDS
        ),
        default=-1,
    )
    closing = last_noun >= 0 and all(
        base_tag(t.tag) in _CLOSING_TAGS or t.form in _CLOSING_WORDS for t in toks[last_noun + 1 :]
    )
    if not closing:
        return question.strip().rstrip("?!.").replace(" ", ""), "clause"
    kept, at = [], 0
    for t in toks[: last_noun + 1]:
        if (
            base_tag(t.tag),
            t.form,
        ) in _DROPPED_PARTICLES:  # "페달로의 설립 연도는" -> "페달로설립연도"
            kept.append(question[at : t.start])
            at = t.start + t.len
    kept.append(question[at : toks[last_noun].start + toks[last_noun].len])
    return "".join(kept).replace(" ", ""), "noun"


def _same(a, b) -> bool:
    return (a.answer and name_key(a.answer)) == (b.answer and name_key(b.answer))


def evaluate(gold_path: Path, kb_cache: Path | None) -> list[dict]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text_path = (gold_path.parent / gold["text"]).resolve()
    rows = []
    with article_kb(text_path, kb_cache) as kb:
        for q in gold["questions"]:
            terse, group = terse_form(q["question"])
            if group == "english":
                continue
            spaced_ans, terse_ans = kb.ask(q["question"]), kb.ask(terse)
            rows.append(
                {
                    "question": q["question"],
                    "terse": terse,
                    "group": group,
                    "spaced_kind": spaced_ans.answer_type,
                    "terse_kind": terse_ans.answer_type,
                    "spaced_right": is_right(spaced_ans, q),
                    "terse_right": is_right(terse_ans, q),
                    "same": _same(spaced_ans, terse_ans),
                    "spaced_answer": spaced_ans.answer,
                    "terse_answer": terse_ans.answer,
                    "terse_confidence": terse_ans.confidence,
                    "want": q["answers"][:2],
                }
            )
    return rows


def _line(label: str, rows: list[dict]) -> str:
    n = len(rows)
    s = sum(r["spaced_right"] for r in rows)
    t = sum(r["terse_right"] for r in rows)
    lost = sum(r["spaced_right"] and not r["terse_right"] for r in rows)
    same = sum(r["same"] for r in rows)
    return (
        f"{label}: {n} questions, right spaced {s} ({s / n:.3f}), terse {t} ({t / n:.3f}), "
        f"same answer {same / n:.3f}, lost {lost}, gained {t - s + lost}"
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "tests" / "gold"))
    ap.add_argument("--kb-cache", type=Path, help="keep and reuse each gold article's KB here")
    ap.add_argument("--only", default="", help="only gold files whose name contains this")
    ap.add_argument("-v", "--verbose", action="store_true", help="and every lost answer")
    ap.add_argument("--rows", type=Path, help="write every question's two answers here (JSONL)")
    args = ap.parse_args(argv)
    rows: list[dict] = []
    for p in gold_files(Path(args.gold)):
        if args.only in p.name and not p.name.startswith(VALIDATION):
            rows += [dict(r, file=p.stem) for r in evaluate(p, args.kb_cache)]
    if not rows:
        print("no gold questions matched")
        return 1
    if args.rows:
        args.rows.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(_line("all", rows))
    for group in ("noun", "clause"):
        if part := [r for r in rows if r["group"] == group]:
            print(_line(f"  {group} questions", part))
    print("noun questions by the kind read from the spaced form (-> kinds read from the terse):")
    nouns = [r for r in rows if r["group"] == "noun"]
    for kind, _ in Counter(r["spaced_kind"] for r in nouns).most_common():
        part = [r for r in nouns if r["spaced_kind"] == kind]
        read = Counter(r["terse_kind"] for r in part).most_common(3)
        print(_line(f"  {kind or '-'}", part) + f"; terse read as {read}")
    if args.verbose:
        for r in rows:
            if r["spaced_right"] and not r["terse_right"]:
                print(
                    f"    lost {r['file']}: {r['question']} -> {r['terse']} "
                    f"[{r['spaced_kind']} -> {r['terse_kind']}] {r['spaced_answer']!r} -> "
                    f"{r['terse_answer']!r} ({r['terse_confidence']:.2f}) want {r['want']}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
