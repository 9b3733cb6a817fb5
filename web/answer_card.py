"""What the page shows for an answer: the answer, its sentence with numbered citations, the
evidence in the order of its score (each with its source document's title and a link to the
sentence there), and the scores and features behind "왜 이 결과?".

Built from ``Answer.to_dict()`` (the public JSON shape), so fields the answerers add later,
such as ``answer_type``, show as soon as they are there.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from .labels import answer_type_label, labels, method_label

__all__ = ["MAX_CITATIONS", "answer_card", "highlight", "sentence_anchor", "source_href"]

#: numbered citations after the answer's sentence, at most
MAX_CITATIONS = 3


def highlight(hit: dict) -> list[dict]:
    """A sentence split into plain and entity pieces (the template escapes both).

    >>> [p["text"] for p in highlight({"text": "업스테이지는 솔라를", "entities": [
    ...     {"id": "upstage", "name": "업스테이지", "type": "Company", "start": 0, "end": 5}]})]
    ['업스테이지', '는 솔라를']
    """
    pieces, pos = [], 0
    text = hit["text"]
    for e in sorted(hit.get("entities", []), key=lambda e: (e["start"], -e["end"])):
        if e["start"] < pos or e["end"] > len(text):
            continue
        if e["start"] > pos:
            pieces.append({"text": text[pos : e["start"]]})
        pieces.append({"text": text[e["start"] : e["end"]], "entity": e})
        pos = e["end"]
    if pos < len(text):
        pieces.append({"text": text[pos:]})
    return pieces


def sentence_anchor(sentence_id: str) -> str:
    """The element id of a sentence in the document view: ``news-1#12`` -> ``s-12``."""
    return "s-" + sentence_id.rsplit("#", 1)[-1]


def _sentence_label(sentence_id: str) -> str:
    """'news-1#0' -> '1번째 문장' (ids count from 0, readers from 1)."""
    n = sentence_id.rsplit("#", 1)[-1]
    return f"{int(n) + 1}번째 문장" if n.isdigit() else n


def _signals(explain: dict) -> list[str]:
    out = []
    if explain.get("entities"):
        out.append("질문의 개체")
    if explain.get("relation"):
        out.append("묻는 관계")
    if explain.get("graph"):
        out.append("그래프의 사실")
    return out


def _cited(d: dict, evidence: list[dict]) -> list[int]:
    """Positions (0-based) of the evidence that states the answer: sentences naming an answer
    entity together with the question's (for a graph answer, the relation's evidence), the
    sentence that is the answer, or for yes/no the sentences naming what was asked."""
    if d.get("answer") is None:
        return []
    answer_ids = {e["id"] for e in d.get("answer_entities", [])}
    asked = set((d.get("analysis") or {}).get("entities", []))

    def names(h: dict) -> set[str]:
        return {e["id"] for e in h.get("entities", [])}

    picks = []
    if answer_ids:
        picks = [i for i, h in enumerate(evidence) if names(h) & answer_ids and asked <= names(h)]
        picks = picks or [i for i, h in enumerate(evidence) if names(h) & answer_ids]
    elif d.get("answer_type") == "yes_no" or d["answer"] in labels()["yes_no"]:
        picks = [i for i, h in enumerate(evidence) if asked and asked <= names(h)]
    else:
        picks = [i for i, h in enumerate(evidence) if h["text"] == d["answer"]]
    if not picks and evidence:
        picks = [0]
    # the sentences a graph answer was read from first, then by score
    graph_first = sorted(picks, key=lambda i: (not evidence[i]["explain"].get("graph"), i))
    return sorted(graph_first[:MAX_CITATIONS])


def source_href(doc_id: str, sentence_id: str, q: str = "") -> str:
    """The document view scrolled to one sentence, remembering the question to go back to.

    >>> source_href("news 1", "news 1#3", "누가?")
    '/documents/news%201?q=%EB%88%84%EA%B0%80%3F#s-3'
    """
    query = "?" + urlencode({"q": q}) if q else ""
    return f"/documents/{quote(doc_id, safe='')}{query}#{sentence_anchor(sentence_id)}"


def answer_card(answer: dict, titles: dict[str, str], q: str = "") -> dict:
    """The view of one answer (``Answer.to_dict()``); ``titles`` maps document ids to titles,
    ``q`` is the question as asked (for the way back from a source document).

    ``kind`` is ``none``, ``yes_no``, ``text`` (the answer is a sentence) or ``entity``;
    ``citations`` are the numbers of the evidence items that state the answer, and
    ``evidence`` is in the order of its score, numbered from 1.
    """
    evidence = sorted(answer.get("evidence", []), key=lambda h: -h["score"])
    cited = _cited(answer, evidence)
    yes_no = labels()["yes_no"]
    kind = _kind(answer, evidence, yes_no)
    items = [_evidence_item(i, h, i in cited, titles, q) for i, h in enumerate(evidence)]
    analysis = answer.get("analysis") or {}
    return {
        "kind": kind,
        "answer": answer.get("answer"),
        "yes_no": yes_no.get(answer.get("answer") or "", ""),
        "sentence": answer.get("sentence")
        if answer.get("sentence") != answer.get("answer")
        else "",
        "entities": answer.get("answer_entities", []),
        "confidence": answer.get("confidence", 0.0),
        "method": answer.get("method", "none"),
        "method_label": method_label(answer.get("method", "none")),
        "answer_type": answer.get("answer_type"),
        "answer_type_label": answer_type_label(answer.get("answer_type") or ""),
        "asked_relation": analysis.get("relation"),
        "asked_entities": analysis.get("entity_names") or analysis.get("entities") or [],
        "citations": [i + 1 for i in cited],
        "sources": _sources(items, cited),
        "evidence": items,
    }


def _kind(answer: dict, evidence: list[dict], yes_no: dict) -> str:
    """``none``, ``yes_no``, ``text`` (the answer is one of the evidence sentences) or
    ``entity``."""
    if answer.get("answer") is None:
        return "none"
    if answer.get("answer_type") == "yes_no" or answer["answer"] in yes_no:
        return "yes_no"
    if not answer.get("answer_entities") and any(h["text"] == answer["answer"] for h in evidence):
        return "text"
    return "entity"


def _evidence_item(i: int, h: dict, cited: bool, titles: dict[str, str], q: str) -> dict:
    """The view of evidence hit ``h``, the ``i``-th by score."""
    explain = h.get("explain", {})
    return {
        "number": i + 1,
        "cited": cited,
        "text": h["text"],
        "pieces": highlight(h),
        "doc_id": h["doc_id"],
        "sentence_id": h["sentence_id"],
        "sentence_label": _sentence_label(h["sentence_id"]),
        "title": titles.get(h["doc_id"]) or h["doc_id"],
        "href": source_href(h["doc_id"], h["sentence_id"], q),
        "score": h["score"],
        "dense": f"{explain.get('dense', 0):.2f}",
        "bm25": f"{explain.get('bm25', 0):.2f}",
        "doc_bm25": f"{explain.get('doc_bm25', 0):.2f}",
        "signals": _signals(explain),
    }


def _sources(items: list[dict], cited: list[int]) -> list[dict]:
    """The cited documents, each once with its citation numbers: [{title, href, numbers}]."""
    out: dict[str, dict] = {}
    for i in cited:
        ev = items[i]
        src = out.setdefault(
            ev["doc_id"], {"title": ev["title"], "href": ev["href"], "numbers": []}
        )
        src["numbers"].append(ev["number"])
    return list(out.values())
