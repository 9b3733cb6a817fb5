"""The README's examples work as written."""

import re
import shutil
import subprocess

import pytest
from conftest import ROOT
from live_server import Server

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


def test_the_http_examples_answer_as_written(seed_kb_path, tmp_path):
    """Every curl line of the README, run as written against `kgsearch serve`, gets a 2xx
    (the file upload once got 415: curl's --data-binary sends a form's Content-Type)."""
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    block = next(b for b in re.findall(r"```sh\n(.*?)```", README, re.S) if "curl " in b)
    commands = [c for c in re.sub(r"\\\n\s*", " ", block).splitlines() if c.startswith("curl ")]
    assert len(commands) >= 10 and any("--data-binary" in c for c in commands)
    shutil.copytree(seed_kb_path, tmp_path / "kb")
    (tmp_path / "news.md").write_text(
        "# 뉴스\n\n퓨리오사AI는 레니게이드 칩을 개발했다.\n", encoding="utf-8"
    )
    server = Server(tmp_path / "kb")
    try:
        for command in commands:
            command = command.replace("127.0.0.1:8000", f"127.0.0.1:{server.port}")
            command = "curl -s -o /dev/null -w '%{http_code}' " + command.removeprefix("curl ")
            proc = subprocess.run(
                command, shell=True, cwd=tmp_path, capture_output=True, text=True, timeout=120
            )
            assert proc.stdout.startswith("2"), f"{proc.stdout} for {command}"
    finally:
        server.stop()


def test_every_setting_the_code_reads_is_documented():
    """A KGSEARCH_* variable read anywhere in kg/, search/ or web/ is named in the README or
    docs/interfaces.md (``KGSEARCH_IVF_*`` covers the IVF settings)."""
    docs = README + (ROOT / "docs" / "interfaces.md").read_text(encoding="utf-8")
    read = set()
    for package in ("kg", "search", "web"):
        for path in (ROOT / package).rglob("*.py"):
            read |= set(re.findall(r"KGSEARCH_[A-Z][A-Z_]*[A-Z]", path.read_text(encoding="utf-8")))
    assert {"KGSEARCH_KB", "KGSEARCH_TOKEN"} <= read
    missing = sorted(v for v in read if v not in docs and not v.startswith("KGSEARCH_IVF_"))
    assert not missing, f"not in README.md or docs/interfaces.md: {missing}"
