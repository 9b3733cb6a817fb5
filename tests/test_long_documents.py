"""A book-length document among short ones: each search looks at a bounded number of its
sentences (the best by meaning and by words), and still finds the one sentence it asks about."""

from __future__ import annotations

from search import KnowledgeBase, load_embedder
from search.hybrid import DOCUMENT_CANDIDATES, LONG_DOCUMENT_BEST, FusionWeights, features
from search.lexical import terms

TOPICS = ["회의", "보고서", "일정", "예산", "교육", "점검", "행사", "계약", "연구", "홍보"]


def _long_text(n: int, needle_at: int) -> str:
    lines = []
    for i in range(n):
        topic = TOPICS[i % len(TOPICS)]
        if i == needle_at:
            lines.append("세빛모바일은 2027년 부산에 두 번째 연구소를 세운다고 밝혔다.")
        else:
            lines.append(f"{i}번째 {topic} 안건은 다음 분기에 다시 검토하기로 했다.")
    return "\n".join(lines)


def test_a_long_document_gives_a_bounded_number_of_candidates(tmp_path):
    n = DOCUMENT_CANDIDATES + 150
    long = tmp_path / "long.txt"
    long.write_text(_long_text(n, needle_at=n - 20), encoding="utf-8")
    short = tmp_path / "short.txt"
    short.write_text("세빛모바일은 서울에 본사를 둔 통신 회사다.", encoding="utf-8")
    kb = KnowledgeBase.build([long, short], path=tmp_path / "kb")
    assert kb.stats()["sentences"] > DOCUMENT_CANDIDATES + 100

    query = "세빛모바일 연구소 부산"
    snap = kb.snapshot()
    qv = load_embedder().embed_query(query)
    w = FusionWeights()
    f = features(snap, qv, terms(query), set(), "", w)
    # the sentence and BM25 pools plus the long document's best by meaning and by words
    assert len(f.positions) <= 2 * w.pool + 2 * LONG_DOCUMENT_BEST + 1
    assert len(f.positions) < kb.stats()["sentences"]
    hit = kb.search(query, k=1)[0]
    assert "두 번째 연구소" in hit.text
