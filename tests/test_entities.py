"""Mentions, types and alias resolution on Korean text (the seed and sentences of our own)."""

import unicodedata

from kg import analyze_document, resolve
from kg.names import name_key, sound_key, sounds_alike, split_version


def _entities(*docs):
    ex = resolve([analyze_document(f"d{i}", text) for i, text in enumerate(docs)])
    return ex


def test_seed_merges(seed_kb):
    ex = seed_kb.extraction
    for a, b in [
        ("앤스로픽", "Anthropic"),
        ("오픈AI", "OpenAI"),
        ("Open AI", "OpenAI"),
        ("Claude", "클로드"),
        ("다리오 아모데이", "Dario Amodei"),
        ("DALL-E", "DALL·E"),
        ("Claude 1~3", "Claude"),
    ]:
        ea, eb = ex.entity_by_name(a), ex.entity_by_name(b)
        assert ea is not None and eb is not None, (a, b)
        assert ea.id == eb.id, (a, b)


def test_seed_types(seed_kb):
    ex = seed_kb.extraction
    expected = {
        "anthropic": "Company",
        "openai": "Company",
        "claude": "Model",
        "dario-amodei": "Person",
        "2015": "Date",
        "미국": "Place",
        "amazon": "Company",
    }
    for eid, type_ in expected.items():
        assert ex.entities[eid].type == type_, eid


def test_versions_are_linked_to_their_family(seed_kb):
    rels = {(r.subject, r.type, r.object) for r in seed_kb.extraction.relations}
    assert ("claude-3", "VERSION_OF", "claude") in rels
    assert ("gpt-4-turbo", "VERSION_OF", "gpt-4") in rels


def test_every_merge_records_its_rule(seed_kb):
    e = seed_kb.extraction.entities["anthropic"]
    assert {"alias": "앤스로픽(Anthropic)", "rule": "apposition"} in e.merges


def test_particles_are_not_part_of_names():
    ex = _entities(
        "업스테이지는 솔라를 공개했다. 업스테이지의 모델이다. Microsoft와의 협업을 했다."
    )
    names = {a for e in ex.entities.values() for a in e.aliases}
    assert "Microsoft" in names and "Microsoft와의" not in names
    assert not any(n.endswith(("는", "를", "의")) for n in names if n != "솔라를")


def test_name_in_latin_in_one_document_and_hangul_in_another():
    ex = _entities("Mistral은 프랑스의 스타트업이다.", "미스트랄은 새 모델을 공개했다.")
    a, b = ex.entity_by_name("Mistral"), ex.entity_by_name("미스트랄")
    assert a is not None and a is b
    assert any(m["rule"] == "transliteration" for m in a.merges)


def test_nfd_input_gives_the_same_entities():
    text = "앤스로픽(Anthropic)은 Claude를 개발했다."
    a = _entities(text)
    b = _entities(unicodedata.normalize("NFD", text))
    assert set(a.entities) == set(b.entities)


def test_lookup_with_particles(seed_kb):
    assert seed_kb.entity("앤스로픽은").id == "anthropic"
    assert seed_kb.entity("Microsoft와의").id == "microsoft"
    assert seed_kb.entity("없는회사") is None


def test_name_keys_and_sounds():
    assert name_key("Open AI") == name_key("OpenAI")
    assert name_key("DALL-E") == name_key("DALL·E")
    assert sounds_alike("앤스로픽", "Anthropic")
    assert sounds_alike("샘 올트만", "Sam Altman")
    assert not sounds_alike("구글", "Amazon")
    assert sound_key("오픈AI") == sound_key("OpenAI")
    assert split_version("Claude 3") == ("Claude", "3")
    assert split_version("H100") is None


def test_editions_written_in_hangul_and_capital_v_versions():
    assert split_version("바다 3 프로") == ("바다 3", "프로")
    assert split_version("바다 3 플래시") == ("바다 3", "플래시")
    assert split_version("새벽 V2") == ("새벽", "V2")
    assert split_version("V3") is None
    ex = resolve(
        [
            analyze_document(
                "t",
                "누리AI는 '바다 3'를 공개했다. 바다 3는 '바다 3 프로'와 '바다 3 미니' 두 가지로 나왔다.",
            )
        ]
    )
    name = {eid: e.name for eid, e in ex.entities.items()}
    versions = {(name[r.subject], name[r.object]) for r in ex.relations if r.type == "VERSION_OF"}
    assert {("바다 3 프로", "바다 3"), ("바다 3 미니", "바다 3")} <= versions
