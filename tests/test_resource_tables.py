"""search.resource_tables: one loader for search/resources/*.toml, cached, with errors that
name the file."""

import pytest

from search import resource_tables
from search.resource_tables import resource_table


def test_a_table_is_read_and_kept():
    table = resource_table("answer_types.toml")
    assert table["interrogatives"]["누구"] == "person"
    assert resource_table("answer_types.toml") is table  # read once per process


def test_every_module_reads_the_same_table():
    # the modules that read their table through the loader get the one it keeps
    from search.answer_types import answer_type_tables
    from search.question import question_tables

    assert answer_type_tables() is resource_table("answer_types.toml")
    assert question_tables() is resource_table("question.toml")


def test_a_missing_table_names_its_file():
    with pytest.raises(FileNotFoundError, match=r"search table .*no_such_table\.toml is missing"):
        resource_table("no_such_table.toml")


def test_a_broken_table_names_its_file(tmp_path, monkeypatch):
    (tmp_path / "broken.toml").write_text('[회사]\n"삼성" = \n', encoding="utf-8")
    monkeypatch.setattr(resource_tables, "RESOURCE_DIR", tmp_path)
    resource_table.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"broken\.toml is not valid TOML"):
            resource_table("broken.toml")
    finally:
        resource_table.cache_clear()


@pytest.mark.parametrize("name", ["../pyproject.toml", "resources/question.toml", "question", 3])
def test_a_name_that_is_no_table_file_is_refused(name):
    with pytest.raises(ValueError, match=r"a search table is a \.toml file name"):
        resource_table(name)
