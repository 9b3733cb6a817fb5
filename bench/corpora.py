"""The data the benchmarks measure against, read in one place: KorQuAD 1.0 (split by article),
KorSTS, and the gold sets under tests/gold/.

KorQuAD articles 0-69 are the dev half (tune on it), 70-139 the test half (report, never
tune).  Every paragraph is a document with the id ``aNNN-pNN``.

Gold: ``gold_sets`` reads the sets that tests/gold/index.json lists, ``gold_articles`` the
NAME.txt + NAME.json articles of a directory (tests/gold/news/), ``dev_gold`` both without the
sets marked held out (what the fitting scripts learn from), and ``gold_qa_files`` the question
files beside them.  Nothing here reads tests/gold/heldout/: that set is measured once, by the
lead, at the end.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from search.ingest import SourceDocument  # noqa: E402

__all__ = [
    "GOLD",
    "GoldSet",
    "KorQuADQuestion",
    "Paragraph",
    "dev_gold",
    "gold_articles",
    "gold_qa_files",
    "gold_sets",
    "korquad_answers",
    "korquad_paragraphs",
    "korsts_pairs",
]

GOLD = ROOT / "tests" / "gold"
HELDOUT = "heldout"
SPLITS = {"dev": slice(0, 70), "test": slice(70, 140), "all": slice(None)}


@dataclass(frozen=True)
class KorQuADQuestion:
    question: str
    answer: str  # the first gold answer
    answer_start: int  # character offset of the answer in its paragraph
    answers: tuple[str, ...]  # every gold answer (the metrics take the best match)


@dataclass(frozen=True)
class Paragraph:
    article: int  # the article's number in the file
    number: int  # the paragraph's number in its article
    title: str  # the article's title
    context: str
    questions: tuple[KorQuADQuestion, ...]

    @property
    def doc_id(self) -> str:
        """``aNNN-pNN``: article and paragraph number in the file."""
        return f"a{self.article:03d}-p{self.number:02d}"

    def document(self) -> SourceDocument:
        return SourceDocument(self.doc_id, self.context, self.title, f"korquad:{self.doc_id}")


def korquad_paragraphs(path: Path, split: str = "dev") -> list[Paragraph]:
    """The paragraphs of the articles of one split ("dev", "test" or "all"), in file order."""
    articles = json.loads(Path(path).read_text(encoding="utf-8"))["data"]
    part = SPLITS[split]
    first = part.start or 0
    out = []
    for ai, art in enumerate(articles[part], start=first):
        for pi, para in enumerate(art["paragraphs"]):
            questions = tuple(
                KorQuADQuestion(
                    qa["question"],
                    qa["answers"][0]["text"],
                    qa["answers"][0]["answer_start"],
                    tuple(a["text"] for a in qa["answers"]),
                )
                for qa in para["qas"]
            )
            out.append(Paragraph(ai, pi, art["title"], para["context"], questions))
    return out


def korquad_answers(path: Path, split: str = "dev") -> dict[tuple[str, str], list[str]]:
    """Every gold answer of every question of a split, by (question, paragraph id)."""
    return {
        (q.question, p.doc_id): list(q.answers)
        for p in korquad_paragraphs(path, split)
        for q in p.questions
    }


def korsts_pairs(path: Path) -> list[tuple[str, str, float]]:
    """(sentence1, sentence2, gold similarity 0-5) of a KorSTS .tsv file."""
    pairs = []
    with open(path, encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        i1, i2, isc = header.index("sentence1"), header.index("sentence2"), header.index("score")
        for row in reader:
            if len(row) > max(i1, i2, isc):
                pairs.append((row[i1], row[i2], float(row[isc])))
    return pairs


@dataclass(frozen=True)
class GoldSet:
    """One gold article: its text and its hand-written entities and relations."""

    name: str
    text: str
    entities: list[dict]
    relations: list[dict]
    heldout: bool = False  # index.json marks it held out: measured, never learned from


def _outside_heldout(gold_dir: Path, path: Path) -> Path:
    resolved = path.resolve()
    if (gold_dir / HELDOUT).resolve() in resolved.parents:
        raise ValueError(f"{path} is in the held-out gold set, which benchmarks never read")
    return resolved


def gold_sets(gold_dir: Path = GOLD) -> Iterator[GoldSet]:
    """The sets of ``gold_dir/index.json``, in its order."""
    gold_dir = Path(gold_dir)
    index = json.loads((gold_dir / "index.json").read_text(encoding="utf-8"))

    def read(name: str) -> str:
        return _outside_heldout(gold_dir, gold_dir / name).read_text(encoding="utf-8")

    for s in index["sets"]:
        yield GoldSet(
            s["name"],
            read(s["text"]),
            json.loads(read(s["entities"]))["entities"],
            json.loads(read(s["relations"]))["relations"],
            bool(s.get("heldout")),
        )


def gold_articles(directory: Path) -> Iterator[GoldSet]:
    """Every NAME.txt of a directory that has its NAME.json (entities and relations), by name."""
    for txt in sorted(Path(directory).glob("*.txt")):
        gold = txt.with_suffix(".json")
        if gold.is_file():
            d = json.loads(gold.read_text(encoding="utf-8"))
            yield GoldSet(txt.stem, txt.read_text(encoding="utf-8"), d["entities"], d["relations"])


def dev_gold(gold_dir: Path = GOLD) -> list[GoldSet]:
    """The development articles: the index's sets not marked held out, then those of news/."""
    gold_dir = Path(gold_dir)
    sets = [*gold_sets(gold_dir), *gold_articles(gold_dir / "news")]
    return [s for s in sets if not s.heldout]


def gold_qa_files(gold_dir: Path = GOLD) -> list[Path]:
    """The question files (``*_qa.json``) directly in ``gold_dir``, sorted."""
    gold_dir = Path(gold_dir)
    return [_outside_heldout(gold_dir, p) for p in sorted(gold_dir.glob("*_qa.json"))]
