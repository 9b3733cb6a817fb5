"""Follow-up questions under an answer are ones kgsearch answers, with the graph's other end."""

from search.followups import _templates, follow_up_questions


def test_every_follow_up_on_the_seed_is_answered_with_the_other_end(seed_kb):
    ex = seed_kb.extraction
    asked = 0
    for eid in ex.entities:
        questions = follow_up_questions(ex, eid, n=10)
        assert len(questions) == len(set(questions))
        for q in questions:
            answer = seed_kb.ask(q)
            others = {r.object if r.subject == eid else r.subject for r in ex.relations} & {
                e["id"] for e in answer.answer_entities
            }
            assert answer.answer and others, (eid, q, answer.answer)
            asked += 1
    assert asked >= 10


def test_the_question_just_asked_is_not_offered_again(seed_kb):
    ex = seed_kb.extraction
    offered = follow_up_questions(ex, "anthropic")
    assert offered
    again = follow_up_questions(ex, "anthropic", asked=offered[0].replace(" ", "  "))
    assert offered[0] not in again


def test_templates_name_known_relation_types_and_ends():
    from kg.resources import resources

    known = set(resources().frame_of)
    for (relation, names), tpl in _templates().items():
        assert relation in known, relation
        assert names in ("subject", "object") and tpl["rest"].endswith("?")


def test_unknown_entity_has_no_follow_ups(seed_kb):
    assert follow_up_questions(seed_kb.extraction, "no-such-entity") == []
