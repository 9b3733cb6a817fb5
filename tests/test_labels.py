"""One table of Korean labels, for every relation and entity type the knowledge base can hold."""

import re

from kg.resources import resources
from web.labels import labels, relation_label, type_label


def test_every_relation_type_has_a_korean_label(seed_kb):
    types = set(resources().frame_of) | {k for _, _, k in seed_kb.graph.edges(keys=True)}
    missing = sorted(t for t in types if t not in labels()["relations"])
    assert not missing, f"add Korean labels to web/resources/labels.toml for {missing}"
    for t in types:
        assert re.search("[가-힣]", relation_label(t)), t


def test_every_entity_type_has_a_korean_label(seed_kb):
    types = {e.type for e in seed_kb.extraction.entities.values()}
    types |= {"Company", "Person", "Model", "Investor", "Date", "Place", "Organization"}
    for t in types:
        assert re.search("[가-힣]", type_label(t)), t


def test_the_page_gets_the_same_table(seed_kb):
    from web import create_app

    html = create_app(kb=seed_kb).test_client().get("/").get_data(as_text=True)
    assert '<script type="application/json" id="kg-labels">' in html
    assert '"DEVELOPED": "개발"' in html or '"DEVELOPED":"개발"' in html
