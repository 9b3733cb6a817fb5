"""The copy-on-write tables a change publishes: ShardedMap (per-document tables) and
kg.published (entities, relations, the alias index), against plain dicts and full rebuilds."""

import pickle
import random

from kg.model import Entity, Relation
from kg.published import Published
from kg.shards import ShardedMap


def test_a_changed_map_equals_a_dict_changed_alike_and_leaves_the_old_one_alone():
    rng = random.Random(3)
    plain: dict[str, int] = {}
    m = ShardedMap()
    versions = []
    for step in range(300):
        put = {f"doc-{rng.randrange(400)}": step for _ in range(rng.randrange(4))}
        gone = [f"doc-{rng.randrange(400)}" for _ in range(rng.randrange(4))]
        versions.append((m, dict(plain)))
        m = m.changed(put, gone)
        for k in gone:
            plain.pop(k, None)
        plain.update(put)
        assert dict(m.items()) == plain and len(m) == len(plain)
    for old, as_it_was in versions:  # every earlier version reads as it did
        assert dict(old.items()) == as_it_was and len(old) == len(as_it_was)
    assert "doc-none" not in m and m.get("doc-none", 7) == 7
    assert dict(pickle.loads(pickle.dumps(m)).items()) == plain


def _entity(eid, name, aliases=(), type_="Company"):
    return Entity(id=eid, name=name, type=type_, aliases=list(aliases), mentions=1)


def test_published_tables_keep_id_order_and_give_a_name_to_the_least_id():
    p = Published().changed(
        {
            "b-corp": _entity("b-corp", "누리", ["누리AI"]),
            "a-corp": _entity("a-corp", "누리AI"),
            "seoul-gangnam": _entity("seoul-gangnam", "서울 강남구", type_="Place"),
        },
        {},
        {("a-corp", "PARTNER_OF", "b-corp"): Relation("PARTNER_OF", "a-corp", "b-corp", 0.9)},
    )
    assert list(p.entities) == ["a-corp", "b-corp", "seoul-gangnam"]
    assert p.alias_index["누리ai"] == "a-corp" and p.alias_index["누리"] == "b-corp"
    assert p.alias_index["강남구"] == "seoul-gangnam"  # the last unit of one address
    q = p.changed(
        {"a-corp": None, "busan-gangnam": _entity("busan-gangnam", "부산 강남구", type_="Place")},
        {},
        {("a-corp", "PARTNER_OF", "b-corp"): None},
    )
    assert q.alias_index["누리ai"] == "b-corp" and "강남구" not in q.alias_index  # two end in it
    assert q.relations == [] and len(p.relations) == 1  # the old tables are as they were
    assert list(q.entities) == ["b-corp", "busan-gangnam", "seoul-gangnam"]
