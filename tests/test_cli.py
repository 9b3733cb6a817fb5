"""The kgsearch command through a real subprocess, as a user types it."""

import json
import os
import subprocess
import sys

import pytest
from conftest import SEED


def run(*args, kb=None, check=True):
    cmd = [sys.executable, "-m", "web.cli", *args]
    if kb is not None:
        cmd += ["--kb", str(kb)]
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"{args} exited {proc.returncode}: {proc.stderr}")
    return proc


def test_ask_json(seed_kb_path):
    out = json.loads(run("ask", "--json", "Claude를 개발한 회사는?", kb=seed_kb_path).stdout)
    assert out["answer"] == "Anthropic" and out["method"] == "graph"
    assert out["evidence"][0]["entities"]


def test_ask_text(seed_kb_path):
    out = run("ask", "Claude를 개발한 회사는?", kb=seed_kb_path).stdout
    assert "Anthropic" in out and "Claude를 개발한" in out


def test_entity_text_reads_in_korean_with_the_types(seed_kb_path):
    out = run("entity", "앤스로픽", kb=seed_kb_path).stdout
    assert out.startswith("Anthropic (회사, Company) id=anthropic")
    assert "Anthropic -[개발 DEVELOPED]-> Claude" in out


def test_search_entity_export_stats(seed_kb_path, tmp_path):
    hits = json.loads(run("search", "--json", "-k", "3", "앤스로픽 투자", kb=seed_kb_path).stdout)
    assert len(hits["hits"]) == 3
    ent = json.loads(run("entity", "--json", "앤스로픽", kb=seed_kb_path).stdout)
    assert ent["id"] == "anthropic"
    graph = json.loads(run("export", "--format", "json", kb=seed_kb_path).stdout)
    assert graph["schema_version"] == 1
    out = tmp_path / "g.graphml"
    run("export", "--format", "graphml", "-o", str(out), kb=seed_kb_path)
    assert out.read_text(encoding="utf-8").startswith("<?xml")
    stats = json.loads(run("stats", "--json", kb=seed_kb_path).stdout)
    for key in ("documents", "sentences", "entities", "relations"):
        assert isinstance(stats[key], int)
    assert isinstance(stats["embedder"], str) and isinstance(stats["engine"], str)


@pytest.mark.parametrize(
    "args, status, message",
    [
        (["entity", "없는회사"], 1, "no entity named"),
        (["search", "-k", "0", "앤스로픽"], 2, "between 1 and 100"),
        (["ask", ""], 2, "empty"),
        (["remove", "no-such-doc"], 1, "no document"),
        # argparse's own errors too: one line that points at the command's --help
        (["export", "--format", "xml"], 2, "invalid choice: 'xml'"),
        (["search"], 2, "required: query"),
        (["search", "-k", "x", "앤스로픽"], 2, "see `kgsearch search --help`"),
    ],
)
def test_errors_are_one_clear_line(seed_kb_path, args, status, message):
    proc = run(*args, kb=seed_kb_path, check=False)
    assert proc.returncode == status
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("command", [["stats"], ["ask", "누가?"], ["entity", "x"], ["remove", "d"]])
def test_missing_knowledge_base_is_bad_input(tmp_path, command):
    proc = run(*command, kb=tmp_path / "none", check=False)
    assert proc.returncode == 2, proc.stderr
    assert "no knowledge base at" in proc.stderr and "kgsearch build" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_an_unknown_embedder_or_engine_is_bad_input(seed_kb_path, tmp_path):
    """A name that is no embedder or engine is bad usage (exit 2), found before anything is
    written; a model that exists but cannot be loaded stays a failure (exit 1)."""
    proc = run(
        "build", "--quiet", "--embedder", "e5-large", str(SEED), kb=tmp_path / "kb", check=False
    )
    assert proc.returncode == 2 and "unknown embedder 'e5-large'" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and not (tmp_path / "kb").exists()
    proc = subprocess.run(
        [sys.executable, "-m", "web.cli", "stats", "--kb", str(seed_kb_path)],
        capture_output=True,
        text=True,
        env=dict(os.environ, KGSEARCH_ENGINE="tensorflow", PYTHONIOENCODING="utf-8"),
    )
    assert proc.returncode == 2 and "KGSEARCH_ENGINE='tensorflow'" in proc.stderr


def test_global_options_before_or_after_the_command(seed_kb_path, tmp_path):
    before = run("--kb", str(seed_kb_path), "stats", "--json")
    after = run("stats", "--json", "--kb", str(seed_kb_path))
    assert json.loads(before.stdout) == json.loads(after.stdout)
    assert json.loads(before.stdout)["documents"] == 1
    out = json.loads(
        run("--kb", str(seed_kb_path), "ask", "--json", "Claude를 개발한 회사는?").stdout
    )
    assert out["answer"] == "Anthropic"
    # the option given after the command wins, as the last one given
    proc = run("--kb", str(tmp_path / "none"), "stats", "--kb", str(seed_kb_path))
    assert "documents: 1" in proc.stdout
    env_only = subprocess.run(
        [sys.executable, "-m", "web.cli", "stats", "--json"],
        capture_output=True,
        text=True,
        env=dict(os.environ, KGSEARCH_KB=str(seed_kb_path)),
        cwd=tmp_path,
    )
    assert json.loads(env_only.stdout)["documents"] == 1


def test_help_documents_exit_status_and_jsonl():
    out = run("--help").stdout
    assert "--kb DIR" in out and "2 bad usage" in out and '"text"' in out


@pytest.mark.parametrize(
    "args, unbuffered",
    [
        (["stats"], False),  # one write when the output is flushed at the end
        (["search", "-k", "100", "앤스로픽"], True),  # a write per line, from inside the command
        (["export", "--format", "json"], False),  # one large write
    ],
)
def test_a_closed_pipe_is_not_an_error(seed_kb_path, args, unbuffered):
    """`kgsearch stats | head -1`: a reader that leaves early is no error: no traceback, no
    'Broken pipe' line.  The reader here leaves before the first write, so that the write
    fails every time (a reader that takes a line first may or may not have taken it all)."""
    read_end, write_end = os.pipe()
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    proc = subprocess.Popen(
        [sys.executable, "-m", "web.cli", *args, "--kb", str(seed_kb_path)],
        stdout=write_end,
        stderr=subprocess.PIPE,
        env=env,
    )
    os.close(write_end)
    os.close(read_end)
    stderr = proc.stderr.read().decode("utf-8")
    status = proc.wait(timeout=120)
    assert stderr == "", stderr
    assert status == 141  # 128 + SIGPIPE, what the shell reports for `yes | head -1`


def test_head_gets_the_first_line(seed_kb_path):
    proc = subprocess.run(
        f"{sys.executable} -m web.cli export --format cypher --kb {seed_kb_path} | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONIOENCODING="utf-8"),
    )
    assert proc.stdout.startswith("CREATE CONSTRAINT") and proc.stderr == ""


def test_build_add_remove(tmp_path):
    kb = tmp_path / "kb"
    run("build", "--quiet", str(SEED), kb=kb)
    news = tmp_path / "news.txt"
    news.write_text(
        "리벨리온은 2020년 설립된 한국의 AI 반도체 스타트업이다. 리벨리온은 아톰 칩을 개발했다.",
        encoding="utf-8",
    )
    proc = run("add", "--quiet", str(news), kb=kb)
    assert "added news" in proc.stderr
    assert json.loads(run("stats", "--json", kb=kb).stdout)["documents"] == 2
    run("remove", "news", kb=kb)
    assert json.loads(run("stats", "--json", kb=kb).stdout)["documents"] == 1
