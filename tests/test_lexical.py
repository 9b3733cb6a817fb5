"""BM25 over Kiwi morphemes, checked against bm25s (a trusted reference) on a small corpus."""

import numpy as np

from search.lexical import BM25, terms, terms_many

CORPUS = [
    "앤스로픽은 Claude를 개발한 기업입니다.",
    "오픈AI는 2015년 설립되었습니다.",
    "Claude 3는 2024년 3월 공개되었습니다.",
    "Amazon과 Google Cloud가 앤스로픽에 투자했습니다.",
    "메타의 라마 모델은 오픈소스입니다.",
    "삼성전자는 반도체를 만듭니다.",
]


def test_particles_are_dropped_and_latin_is_case_folded():
    assert "앤스로픽" in terms("앤스로픽은") and "앤스로픽은" not in terms("앤스로픽은")
    assert "claude" in terms("CLAUDE를")
    assert "2015" in terms("2015년")


def test_irregular_verb_and_adjective_stems_are_terms():
    # Kiwi tags irregular stems VV-I / VA-I ('이어' -> 잇, '도운' -> 돕, '나은' -> 낫): they are
    # predicates like any other, so a question's "뒤를 이은" finds a sentence's "뒤를 이어"
    assert "잇" in terms("뒤를 이어 대표가 되었다")
    assert "돕" in terms("회사를 도운 사람")
    assert "낫" in terms("더 나은 결과")
    assert terms("뒤를 이은") == terms("뒤를 이어")


def test_compound_nouns_are_indexed_whole_and_split():
    t = terms("인공지능 연구")
    assert {"인공지능", "인공", "지능"} <= set(t)


def test_scores_match_bm25s():
    import bm25s

    docs = terms_many(CORPUS)
    ours = BM25(docs)
    ref = bm25s.BM25(method="lucene", k1=1.2, b=0.75)
    ref.index(bm25s.tokenization.Tokenized(*_vocab(docs)), show_progress=False)
    for query in ["앤스로픽 Claude", "2024년 공개", "투자한 회사", "오픈소스 모델"]:
        q = terms(query)
        vocab = _vocab(docs)[1]
        ids = [vocab[t] for t in q if t in vocab]
        if not ids:
            continue
        expected = ref.get_scores(ids)
        assert np.allclose(ours.scores(q), expected, atol=1e-4), query


def _vocab(docs):
    vocab = {}
    ids = [[vocab.setdefault(t, len(vocab)) for t in d] for d in docs]
    return ids, vocab


def test_changed_index_scores_as_a_fresh_one():
    """Slots emptied and filled in random order (new ones past the end, and old ones filled
    again, which puts a posting out of slot order) score exactly as an index built afresh."""
    import random

    docs = terms_many(CORPUS * 3)
    rng = random.Random(7)
    held = dict(enumerate(docs))
    index = BM25(docs)
    for _step in range(40):
        if held and rng.random() < 0.5:
            gone = rng.sample(sorted(held), min(len(held), rng.randint(1, 3)))
            index = index.changed(removed={s: held.pop(s) for s in gone})
        else:
            empty = [s for s in range(index.size) if s not in held]
            slot = rng.choice(empty) if empty and rng.random() < 0.3 else index.size
            held[slot] = rng.choice(docs)
            index = index.changed(added={slot: held[slot]})
        live = sorted(held)
        fresh = BM25([held[s] for s in live])
        for query in ["앤스로픽 Claude", "2024년 공개", "투자한 회사", "오픈소스 모델"]:
            q = terms(query)
            np.testing.assert_allclose(index.scores(q)[live], fresh.scores(q), rtol=1e-5)


def test_a_rebuild_does_not_reuse_terms_made_by_other_rules(monkeypatch):
    # stored analyses and terms are reused under the same fingerprint only: a change of the
    # terms' rules (TERMS_VERSION) must make every document's terms new
    from search import pipeline

    before = pipeline.analysis_fingerprint()
    monkeypatch.setattr(pipeline, "TERMS_VERSION", pipeline.TERMS_VERSION + 1)
    assert pipeline.analysis_fingerprint() != before
