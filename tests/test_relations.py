"""One Korean sentence (our own) per relation pattern family."""

import pytest

from kg import analyze_document, resolve


def _rels(text):
    ex = resolve([analyze_document("t", text)])
    name = {eid: e.name for eid, e in ex.entities.items()}
    return {(name[r.subject], r.type, name[r.object]) for r in ex.relations}, ex


@pytest.mark.parametrize(
    "text, fact",
    [
        # transitive clause
        ("네이버는 하이퍼클로바X를 개발했다.", ("Naver", "DEVELOPED", "하이퍼클로바X")),
        # relative clause: the head is the doer
        ("바로 Gemini를 개발한 구글입니다.", ("Google", "DEVELOPED", "Gemini")),
        # copula with a relative clause: "X는 Y를 개발한 기업이다"
        ("업스테이지는 '솔라' 모델을 개발한 기업이다.", ("업스테이지", "DEVELOPED", "솔라")),
        pytest.param(
            "업스테이지는 솔라 모델을 개발한 기업이다.",
            ("업스테이지", "DEVELOPED", "솔라"),
            # a bare proper noun before 모델 is not read as a name by the tagger refitted on 101
            # articles ("구글 모델" is Google's model): a known gap, the quoted form above works
            marks=pytest.mark.xfail(strict=True, reason="bare name before 모델: known gap"),
        ),
        # genitive
        ("메타의 라마 모델이 인기를 끌었다.", ("Meta", "DEVELOPED", "라마")),
        # passive participle with a date
        ("코히어는 2019년 설립된 캐나다의 AI 스타트업이다.", ("코히어", "FOUNDED_IN", "2019년")),
        # passive clause with an agent in 에
        ("딥마인드는 2014년 구글에 인수되었다.", ("Google", "ACQUIRED", "딥마인드")),
        # partner through a noun predicate
        (
            "삼성전자는 Google과의 협력을 통해 새 기기를 만들었다.",
            ("Google", "PARTNER_OF", "Samsung Electronics"),
        ),
    ],
)
def test_pattern_families(text, fact):
    rels, _ = _rels(text)
    assert fact in rels, rels


def test_coordination_gives_one_edge_per_member(seed_kb):
    rels = {(r.subject, r.type, r.object) for r in seed_kb.extraction.relations}
    assert ("amazon", "INVESTED_IN", "anthropic") in rels
    assert ("google-cloud", "INVESTED_IN", "anthropic") in rels


def test_coreference_this_company(seed_kb):
    rels = {(r.subject, r.type, r.object) for r in seed_kb.extraction.relations}
    assert ("dario-amodei", "FOUNDED", "anthropic") in rels


def test_every_relation_has_evidence_from_its_sentence(seed_kb):
    ex = seed_kb.extraction
    assert ex.relations
    for r in ex.relations:
        assert r.evidence
        for ev in r.evidence:
            assert ex.sentences[ev.sentence_id].text == ev.text
            if ev.subject_span:
                assert 0 <= ev.subject_span[0] < ev.subject_span[1] <= len(ev.text)


def test_same_fact_twice_is_one_edge_with_two_evidences(seed_kb):
    dev = [
        r
        for r in seed_kb.extraction.relations
        if (r.subject, r.type, r.object) == ("anthropic", "DEVELOPED", "claude")
    ]
    assert len(dev) == 1
    # which of the seed's sentences the relation scorer keeps is its call; two plain
    # statements of one fact must give one edge with both sentences as evidence
    rels, ex = _rels("누리AI는 바다 2를 개발했다. 바다 2는 누리AI가 개발한 언어 모델이다.")
    assert ("누리AI", "DEVELOPED", "바다 2") in rels
    (edge,) = [r for r in ex.relations if r.type == "DEVELOPED"]
    assert len({ev.sentence_id for ev in edge.evidence}) == 2


def test_an_investor_acting_through_a_vehicle_is_not_the_investor():
    # "A는 자회사 B를 통해 C에 투자했다": B invests (issue 12, item 8)
    rels, _ = _rels("누리홀딩스는 자회사인 누리벤처스를 통해 바다AI에 투자했다.")
    assert ("누리벤처스", "INVESTED_IN", "바다AI") in rels, rels
    assert ("누리홀딩스", "INVESTED_IN", "바다AI") not in rels, rels
