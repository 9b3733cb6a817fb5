"""kg.lexicon and kg.grammar, split out of kg.resources: the lexicon's rows and the grammar table
read the same, and kg.resources still hands out the same objects."""

import pytest

from kg.grammar import Grammar, grammar_of
from kg.lexicon import LexiconEntry, lexicon_entries
from kg.resources import load_table, resources


def test_lexicon_rows_are_read_in_order_with_their_aliases():
    table = {
        "entity": [
            {"name": "한빛로보틱스", "type": "Company", "aliases": ["Hanbit Robotics"]},
            {"name": "누리아", "type": "Model"},
        ]
    }
    assert lexicon_entries(table, "names.toml") == [
        LexiconEntry("한빛로보틱스", "Company", ("Hanbit Robotics",)),
        LexiconEntry("누리아", "Model", ()),
    ]


def test_a_table_without_entities_has_no_rows():
    assert lexicon_entries({}, "names.toml") == []


@pytest.mark.parametrize(
    "row", [{"name": "한빛로보틱스"}, {"type": "Company"}, {"name": "", "type": "Company"}, "한빛"]
)
def test_a_row_without_a_name_or_type_is_refused_naming_the_file(row):
    table = {"entity": [{"name": "누리아", "type": "Model"}, row]}
    with pytest.raises(ValueError, match=r"names\.toml: entity #2 needs a 'name' and a 'type'"):
        lexicon_entries(table, "names.toml")


def test_the_user_lexicon_is_read_through_the_same_rows(tmp_path, monkeypatch):
    path = tmp_path / "names.toml"
    path.write_text('[[entity]]\nname = "가온바이오텍"\ntype = "Company"\n', encoding="utf-8")
    monkeypatch.setenv("KGSEARCH_LEXICON", str(path))
    assert LexiconEntry("가온바이오텍", "Company", ()) in resources().lexicon


def test_a_user_lexicon_that_is_no_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("KGSEARCH_LEXICON", str(tmp_path / "none.toml"))
    with pytest.raises(FileNotFoundError, match="KGSEARCH_LEXICON points to"):
        resources()


def test_the_grammar_table_is_read_into_one_grammar():
    grammar = grammar_of(load_table("grammar.toml"))
    assert isinstance(grammar, Grammar)
    assert grammar == resources().grammar  # what kg.resources hands out is the same
    assert grammar.particle_is("를", "object") and not grammar.particle_is("를", "subject")
    assert grammar.org_suffixes  # the organisations' endings, by type


def test_a_grammar_table_missing_a_section_names_it():
    table = dict(load_table("grammar.toml"))
    del table["titles"]
    with pytest.raises(ValueError, match=r"grammar\.toml has no 'titles', which the rules need"):
        grammar_of(table)


def test_kg_resources_still_exports_what_callers_import():
    from kg import resources as module

    assert module.Grammar is Grammar and module.LexiconEntry is LexiconEntry
