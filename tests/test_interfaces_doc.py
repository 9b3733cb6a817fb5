"""docs/interfaces.md, the project's copy of the public contract, agrees with the schema: every
JSON shape it shows validates against the type it names, and every type it names exists."""

import json
import re

import pytest
from conftest import ROOT
from jsonschema import Draft202012Validator

from web.openapi import openapi_document

DOC = (ROOT / "docs" / "interfaces.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"(?:<!-- schema: (\w+) -->\n)?```json\n(.*?)```", DOC, re.S)


def test_every_json_block_names_its_schema():
    assert len(BLOCKS) >= 8
    assert all(name for name, _ in BLOCKS), "a JSON block without <!-- schema: Name -->"


@pytest.mark.parametrize("name, block", BLOCKS, ids=[n or "?" for n, _ in BLOCKS])
def test_the_shapes_shown_are_the_schema(name, block):
    components = openapi_document()["components"]
    assert name in components["schemas"], f"docs/interfaces.md names no such type: {name}"
    root = {"$ref": f"#/components/schemas/{name}", "components": components}
    example = json.loads(block)
    errors = list(Draft202012Validator(root).iter_errors(example))
    assert not errors, f"{name}: {errors[0].message}"


def test_the_copy_keeps_the_routes_and_commands_of_the_contract():
    for route in [
        "/api/search",
        "/api/ask",
        "/api/entities/",
        "/api/graph",
        "/api/stats",
        "/healthz",
        "/api/documents",
        "/api/documents/<id>",
    ]:
        assert f"`GET {route}" in DOC
    assert "`POST /api/documents`" in DOC and "`DELETE /api/documents/<id>`" in DOC
    for command in [
        "build",
        "add",
        "remove",
        "search",
        "ask",
        "entity",
        "export",
        "serve",
        "stats",
        "sync",
        "check",
        "rebuild-index",
    ]:
        assert f"`kgsearch {command} " in DOC


def test_every_command_and_option_of_the_parser_is_documented():
    """What `kgsearch --help` offers, docs/interfaces.md names (an option added to the parser
    without a word in the docs fails here)."""
    from web.cli import _parser

    commands = _parser()._subparsers._group_actions[0].choices
    for name, sub in commands.items():
        assert f"`kgsearch {name} " in DOC, name
        for action in sub._actions:
            if not action.option_strings or "--help" in action.option_strings:
                continue
            named = [o for o in action.option_strings if re.search(rf"[\s`\[]{o}\b", DOC)]
            assert named, (
                f"kgsearch {name} {action.option_strings[-1]} is not in docs/interfaces.md"
            )


def test_every_route_served_is_documented(seed_kb):
    """The other way round from test_readme's check: a route the app serves (but its static
    files) is named in docs/interfaces.md with its method."""
    from web import create_app

    app = create_app(kb=seed_kb)
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            named = f"`{method} {rule.rule.split('<')[0]}"
            assert named in DOC, f"{method} {rule.rule} is not in docs/interfaces.md"


def test_every_public_name_of_the_knowledge_base_is_documented():
    from search import KnowledgeBase

    public = {n for n in dir(KnowledgeBase) if not n.startswith("_")}
    public |= {"last_ingest", "last_changes"}  # set in __init__
    missing = sorted(n for n in public if not re.search(rf"(kb|KnowledgeBase)\.{n}\b", DOC))
    assert not missing, f"docs/interfaces.md does not name KnowledgeBase.{missing}"
