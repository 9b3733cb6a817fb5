"""The README's examples work as written."""

import re
import shutil

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    first_block = re.search(r"```sh\n(.*?)```", README, re.S).group(1)
    assert first_block.splitlines()[0].startswith("make run")
    assert first_block.splitlines()[1].startswith("make test")


def test_python_example_runs(tmp_path, monkeypatch):
    code = re.search(r"```python\n(.*?)```", README, re.S).group(1)
    shutil.copytree(ROOT / "data", tmp_path / "data", ignore=shutil.ignore_patterns("kb"))
    monkeypatch.chdir(tmp_path)
    printed = []
    exec(
        compile(code, "README.md", "exec"),
        {"print": lambda *a: printed.append(" ".join(map(str, a)))},
    )
    # what the README says each print shows, in a comment on its line or the line after
    lines = code.splitlines()
    claims = []
    for i, line in enumerate(lines):
        if line.startswith("print("):
            same = re.search(r"\)\s+# (.+)$", line)
            after = re.match(r"# (.+)$", lines[i + 1]) if i + 1 < len(lines) else None
            claims.append((same or after).group(1) if (same or after) else None)
    assert len(claims) == len(printed) and sum(c is not None for c in claims) >= 3
    for claim, shown in zip(claims, printed):
        if claim is not None:
            assert shown == claim


def test_every_cli_command_in_the_readme_exists():
    from web.cli import _parser

    commands = set(_parser()._subparsers._group_actions[0].choices)
    shell = "\n".join(re.findall(r"```sh\n(.*?)```", README, re.S))
    used = set(re.findall(r"^kgsearch (\w[\w-]*)", shell, re.M))
    assert used
    assert (
        used <= commands
        and {"build", "ask", "search", "entity", "export", "stats", "serve", "add", "remove"}
        <= commands
    )


def test_every_documented_route_is_served(seed_kb):
    from web import create_app

    app = create_app(kb=seed_kb)
    rules = {re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", r.rule) for r in app.url_map.iter_rules()}
    for route in re.findall(r"http://127\.0\.0\.1:8000(/[\w/.-]*)", README):
        route = re.sub(r"/news-1$", "/{doc_id}", route)
        assert any(route == r or (route.startswith(r.split("{")[0]) and "{" in r) for r in rules), (
            route
        )


def test_links_stay_inside_the_project():
    """A user's clone has no ../shared: every relative link and image is a file of this repo."""
    targets = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", README)
    local = [t for t in targets if not re.match(r"[a-z]+:", t)]
    assert local and "docs/interfaces.md" in local
    for t in local:
        assert not t.startswith(("../", "/")), t
        assert (ROOT / t).is_file(), f"README links {t}, which is not in the project"
