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
    ],
)
def test_errors_are_one_clear_line(seed_kb_path, args, status, message):
    proc = run(*args, kb=seed_kb_path, check=False)
    assert proc.returncode == status
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_missing_knowledge_base(tmp_path):
    proc = run("stats", kb=tmp_path / "none", check=False)
    assert proc.returncode == 1 and "kgsearch build" in proc.stderr


def test_bad_usage_exits_2():
    proc = subprocess.run(
        [sys.executable, "-m", "web.cli", "export", "--format", "csv"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2


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
