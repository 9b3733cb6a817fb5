"""The learned relation scorer (kg.pairs + kg.scorer): news shapes the rules alone do not read,
each with the built-in lexicon on and off, and the weights file as data a user can swap."""

from __future__ import annotations

import json

import pytest

from kg import analyze_document, resolve
from kg.scorer import MODEL_PATH, load_model


def _relations(text):
    ex = resolve([analyze_document("t", text)])
    name = {eid: e.name for eid, e in ex.entities.items()}
    return {(name[r.subject], r.type, name[r.object]): r for r in ex.relations}


def test_headquarters_written_as_a_clause_is_a_location(lexicon):
    rels = _relations("서울 강남구에 본사를 둔 누리AI는 올해 매출 100억원을 올렸다.")
    assert ("누리AI", "LOCATED_IN", "서울 강남구") in rels
    rels = _relations("한빛로보틱스의 본사는 경기 안양시에 있다.")
    assert any(s == "한빛로보틱스" and t == "LOCATED_IN" for s, t, _ in rels)


def test_agreement_noun_glossed_in_brackets_is_a_partnership(lexicon):
    rels = _relations("누리AI는 지난해 한빛은행과 업무협약(MOU)을 맺었다.")
    pair = {("누리AI", "PARTNER_OF", "한빛은행"), ("한빛은행", "PARTNER_OF", "누리AI")}
    assert pair & set(rels)


def test_confidence_is_the_models_probability_above_its_threshold():
    model = load_model()
    text = "누리AI는 언어 모델 바다 2를 공개했다. 한빛벤처스는 누리AI에 투자했다."
    a = analyze_document("t", text)
    assert a.candidates
    assert all(model.threshold <= c.confidence <= 1 for c in a.candidates)


def test_rules_alone_keep_their_own_candidates(monkeypatch):
    monkeypatch.setenv("KGSEARCH_RELATIONS", "rules")
    a = analyze_document("t", "누리AI는 언어 모델 바다 2를 개발했다.")
    assert [(c.type, c.rule, c.confidence) for c in a.candidates] == [
        ("DEVELOPED", "transitive", 0.9)
    ]


def test_a_missing_weights_file_is_one_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv("KGSEARCH_RELATIONS", str(tmp_path / "none.json"))
    with pytest.raises(FileNotFoundError, match="KGSEARCH_RELATIONS"):
        analyze_document("t", "누리AI는 언어 모델 바다 2를 개발했다.")


def test_weights_say_what_they_were_fitted_on_and_how_they_were_measured():
    meta = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["meta"]
    assert meta["script"] == "bench/fit_relations.py"
    assert meta["fitted_on"] and not any("heldout/" in n for n in meta["fitted_on"])
    cv = meta["cross_validation"]
    assert cv["folds"] >= 5 and 0 < cv["threshold"] < 1


def test_a_subject_between_the_ends_is_a_feature_of_the_pair():
    # "A는 ...을, B는 'X'를 공급한다": X is in B's clause; the scorer sees that A is not its
    # subject (with a clause of A's own before, "A는 ...을 맡고, B는", kg.limits rules A out:
    # tests/test_extraction_round19.py)
    from kg.analysis import relation_pairs

    analysis, pairs = relation_pairs(
        "t",
        "한솔텔레콤은 부지와 전력을, 누리클라우드는 자체 클라우드 플랫폼 '누리 스택'을 공급한다.",
    )
    name = [m.text for m in analysis.mentions]
    features = {
        name[p.subject]: set(p.features)
        for p in pairs
        if p.type == "DEVELOPED" and name[p.object] == "누리 스택"
    }
    assert "DEVELOPED|subject_between" in features["한솔텔레콤"]
    assert "DEVELOPED|subject_between" not in features["누리클라우드"]
