"""Issue 15, findings 5 and 6: full disks, read-only and broken knowledge bases.

A full disk is real: a small tmpfs mounted for the test (skipped, with the reason, where the
test may not mount one — it needs root or CAP_SYS_ADMIN).  A read-only knowledge base is a
read-only bind mount (chmod does not stop root, which the tests may run as).  Broken knowledge
bases are real files damaged the ways the adversarial test damaged them.  The command line runs
in-process (``web.cli.main``), so its one-line errors are what a user sees.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import SEED
from live_server import Server

from search import KnowledgeBase, KnowledgeBaseError
from search.check import check
from web.cli import main

NEWS = "\n".join(
    f"리벨리온{i}은 2020년 설립된 AI 반도체 회사다. 리벨리온{i}은 아톰{i} 칩을 개발했다. "
    f"KT는 리벨리온{i}에 {i}억 원을 투자했다."
    for i in range(100)
)


def run(capsys, *argv) -> tuple[int, str, str]:
    """`kgsearch ARGV` in this process: (exit status, stdout, stderr)."""
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def one_line(err: str) -> str:
    lines = [ln for ln in err.strip().splitlines() if not ln.startswith("kgsearch: warning")]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def leftovers(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if ".tmp" in p.name)


# ---- a full disk ---------------------------------------------------------------------------------
def _mount(args: list[str], where: Path) -> None:
    r = subprocess.run(["mount", *args, str(where)], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(
            f"cannot mount here ({r.stderr.strip() or r.returncode}): this test needs root or "
            "CAP_SYS_ADMIN to make a small or read-only file system"
        )


def _umount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture()
def small_disk(seed_kb_path, tmp_path):
    """The seed knowledge base on a 3 MB tmpfs; yields (kb dir, filler path)."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    _mount(["-t", "tmpfs", "-o", "size=3m", "tmpfs"], mnt)
    try:
        shutil.copytree(seed_kb_path, mnt / "kb")
        yield mnt / "kb", mnt / "filler"
    finally:
        _umount(mnt)


def fill(filler: Path, leave: int = 0) -> None:
    """Fill the file system but ``leave`` bytes."""
    free = shutil.disk_usage(filler.parent).free
    with open(filler, "ab") as f:
        try:
            f.write(b"\0" * max(0, free - leave))
        except OSError:
            pass
    if leave == 0:  # tmpfs rounds to pages: take the last of them too
        for i in range(64):
            try:
                (filler.parent / f"filler-{i}").write_bytes(b"\0" * 4096)
            except OSError:
                break


def test_an_add_that_does_not_fit_is_refused_whole_and_says_how_much_space(
    small_disk, tmp_path, capsys
):
    kb, filler = small_disk
    news = tmp_path / "news.txt"
    news.write_text(NEWS, encoding="utf-8")
    fill(filler, leave=400_000)
    code, _, err = run(capsys, "add", "--kb", str(kb), str(news))
    line = one_line(err)
    assert code == 1 and "MB" in line and "free" in line, err
    assert leftovers(kb) == []
    code, out, _ = run(capsys, "stats", "--kb", str(kb), "--json")
    assert code == 0 and json.loads(out)["documents"] == 1
    code, out, _ = run(capsys, "ask", "--kb", str(kb), "Claude를 개발한 회사는?")
    assert code == 0 and "Anthropic" in out
    filler.unlink()
    code, _, err = run(capsys, "add", "--kb", str(kb), str(news))
    assert code == 0, err
    assert KnowledgeBase.open(kb).stats()["documents"] == 2


def test_a_full_disk_still_answers_and_every_write_is_one_line(small_disk, tmp_path, capsys):
    kb, filler = small_disk
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(
            f"{name}상사는 {name}칩을 개발했다.", encoding="utf-8"
        )
    assert (
        run(capsys, "add", "--kb", str(kb), str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))[0]
        == 0
    )
    fill(filler)
    for argv in (["stats"], ["ask", "Claude를 개발한 회사는?"], ["search", "앤스로픽"]):
        code, out, err = run(capsys, argv[0], "--kb", str(kb), *argv[1:])
        assert code == 0 and out, err
    (tmp_path / "c.txt").write_text("c상사는 c칩을 개발했다.", encoding="utf-8")
    code, _, err = run(capsys, "add", "--kb", str(kb), str(tmp_path / "c.txt"))
    assert code == 1 and "full" in one_line(err)
    code, _, err = run(capsys, "remove", "--kb", str(kb), "a", "b")
    assert code == 1 and "full" in one_line(err)
    # all or nothing: neither was removed, nothing half-written was left
    assert set(KnowledgeBase.open(kb).document_ids()) == {"a", "b", "openai-anthropic"}
    assert leftovers(kb) == []
    for p in filler.parent.glob("filler*"):
        p.unlink()
    code, _, err = run(capsys, "remove", "--kb", str(kb), "a", "b")
    assert code == 0, err
    assert KnowledgeBase.open(kb).document_ids() == ["openai-anthropic"]


def test_when_the_estimate_is_wrong_sqlite_still_rolls_back_whole(small_disk, monkeypatch):
    """The space check is an estimate; when the disk fills anyway, the transaction is undone."""
    import search.diskspace

    kb_dir, filler = small_disk
    monkeypatch.setattr(search.diskspace, "MARGIN", 0)
    monkeypatch.setattr(search.diskspace, "ensure_space", lambda *a, **k: None)
    fill(filler, leave=150_000)
    kb = KnowledgeBase.open(kb_dir)
    with pytest.raises(KnowledgeBaseError, match="not enough disk space"):
        kb.add_text(NEWS, doc_id="news")
    assert kb.document_ids() == ["openai-anthropic"]
    assert KnowledgeBase.open(kb_dir).document_ids() == ["openai-anthropic"]
    assert leftovers(kb_dir) == []


def test_a_server_on_a_full_disk_answers_and_refuses_writes_with_503(small_disk):
    """A real `kgsearch serve` whose disk fills while it runs: questions keep their answers, a
    write is a 503 JSON body that says how much space is missing, and nothing is half-written."""
    kb, filler = small_disk
    server = Server(kb)
    try:
        fill(filler, leave=200_000)
        json_body = {"Content-Type": "application/json"}
        short = {"id": "short", "text": "리벨리온은 아톰을 개발했다."}
        status, reply = server.request(
            "POST", "/api/documents", json.dumps(short, ensure_ascii=False).encode(), json_body
        )
        assert status == 503 and "not enough disk space" in reply["error"], reply
        assert "MB" in reply["error"]
        # a document over the sentence budget is a background job: the job fails, and says why
        long = json.dumps({"id": "news", "text": NEWS}, ensure_ascii=False).encode()
        status, job = server.request("POST", "/api/documents", long, json_body)
        assert status == 202, job
        deadline = time.time() + 120
        while job["status"] in ("queued", "running") and time.time() < deadline:
            time.sleep(0.5)
            status, job = server.request("GET", f"/api/jobs/{job['id']}")
        assert job["status"] == "failed" and "not enough disk space" in job["error"], job
        status, reply = server.request("GET", "/api/ask?q=" + quote("Claude를 개발한 회사는?"))
        assert status == 200 and reply["answer"] == "Anthropic", reply
        assert leftovers(kb) == []
    finally:
        server.stop()
    assert KnowledgeBase.open(kb).document_ids() == ["openai-anthropic"]


# ---- read-only -------------------------------------------------------------------------------------
@pytest.fixture()
def read_only_kb(seed_kb_path, tmp_path):
    src, mnt = tmp_path / "src", tmp_path / "ro"
    shutil.copytree(seed_kb_path, src)
    mnt.mkdir()
    r = subprocess.run(["mount", "--bind", str(src), str(mnt)], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot bind-mount here ({r.stderr.strip()}): needs root or CAP_SYS_ADMIN")
    try:
        _mount(["-o", "remount,ro,bind"], mnt)
        assert not os.access(mnt, os.W_OK)
        yield mnt
    finally:
        _umount(mnt)


def test_a_read_only_knowledge_base_answers_and_refuses_writes(read_only_kb, tmp_path, capsys):
    code, out, err = run(capsys, "ask", "--kb", str(read_only_kb), "Claude를 개발한 회사는?")
    assert code == 0 and "Anthropic" in out, err
    code, out, _ = run(capsys, "search", "--kb", str(read_only_kb), "-k", "2", "앤스로픽")
    assert code == 0 and out.count("\n") >= 2
    (tmp_path / "n.txt").write_text("리벨리온은 아톰을 개발했다.", encoding="utf-8")
    code, _, err = run(capsys, "add", "--kb", str(read_only_kb), str(tmp_path / "n.txt"))
    assert code == 1 and "read-only" in one_line(err)
    code, _, err = run(capsys, "remove", "--kb", str(read_only_kb), "openai-anthropic")
    assert code == 1 and "read-only" in one_line(err)


# ---- broken knowledge bases --------------------------------------------------------------------------
def _db(kb: Path) -> Path:
    return kb / (kb / "CURRENT").read_text().strip() / "kb.sqlite"


def _truncate(kb):
    db = _db(kb)
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 3])


def _garbage(kb):
    _db(kb).write_bytes(os.urandom(64 * 1024))


def _scribble(kb):
    db = _db(kb)
    data = bytearray(db.read_bytes())
    for off in range(4096 * 2, len(data) - 4096, 4096 * 3):
        data[off + 100 : off + 400] = os.urandom(300)
    db.write_bytes(bytes(data))


def _zero_bytes(kb):
    _db(kb).write_bytes(b"")


def _drop_table(kb):
    with sqlite3.connect(_db(kb)) as c:
        c.execute("DROP TABLE embeddings")


def _analysis_of_wrong_type(kb):
    with sqlite3.connect(_db(kb)) as c:
        c.execute("UPDATE documents SET analysis = '[1, 2, 3]'")


def _vector_of_wrong_length(kb):
    with sqlite3.connect(_db(kb)) as c:
        c.execute("UPDATE embeddings SET vector = zeroblob(100) WHERE rowid = 1")


def _current_outside(kb):
    (kb / "CURRENT").write_text("../../etc\n")


def _current_garbage(kb):
    (kb / "CURRENT").write_text("\x00\xff garbage\n")


DAMAGE = {
    "truncated": (_truncate, False),
    "garbage": (_garbage, False),
    "scribbled": (_scribble, False),
    "zero-byte": (_zero_bytes, False),
    "dropped-table": (_drop_table, False),
    "analysis-of-wrong-type": (_analysis_of_wrong_type, True),
    "vector-of-wrong-length": (_vector_of_wrong_length, True),
    "current-outside": (_current_outside, True),
    "current-garbage": (_current_garbage, True),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_broken_knowledge_base_is_named_with_its_repair(seed_kb_path, tmp_path, capsys, damage):
    kb = tmp_path / "kb"
    shutil.copytree(seed_kb_path, kb)
    (kb / "gen-000001" / "vectors.faiss").unlink()  # not the part under test here
    harm, repairable = DAMAGE[damage]
    harm(kb)
    code, _, err = run(capsys, "ask", "--kb", str(kb), "Claude를 개발한 회사는?")
    line = one_line(err)
    assert code in (1, 2) and f"kgsearch check --kb {kb}" in line, line
    report = check(kb)
    assert not report.ok and report.findings
    code, out, _ = run(capsys, "check", "--kb", str(kb), "--repair")
    if repairable:
        assert code == 0, out
        code, out, err = run(capsys, "ask", "--kb", str(kb), "Claude를 개발한 회사는?")
        assert code == 0 and "Anthropic" in out, err
        assert check(kb).ok
    else:
        assert code == 1 and "kgsearch build --replace" in out, out


def test_a_fresh_build_checks_clean(tmp_path, capsys):
    """`kgsearch build` leaves a knowledge base `kgsearch check` finds nothing wrong with: its
    manifest.json is written, with the counts `stats` gives."""
    kb = tmp_path / "kb"
    assert run(capsys, "build", "--quiet", "--kb", str(kb), str(SEED))[0] == 0
    code, out, _ = run(capsys, "check", "--kb", str(kb))
    assert code == 0, out
    manifest = json.loads((kb / "manifest.json").read_text(encoding="utf-8"))
    stats = KnowledgeBase.open(kb).stats()
    counted = ("documents", "sentences", "entities", "relations")
    assert manifest["counts"] == {k: stats[k] for k in counted}
    assert manifest["generation"] == "gen-000001"


def test_check_cleans_what_killed_writers_left(seed_kb_path, tmp_path, capsys):
    kb = tmp_path / "kb"
    shutil.copytree(seed_kb_path, kb)
    (kb / "CURRENT.tmp999999").write_text("gen-000002\n")
    (kb / "gen-000001" / "vectors.faiss.tmp999999").write_bytes(b"half")
    code, out, _ = run(capsys, "check", "--kb", str(kb))
    assert code == 1 and "CURRENT.tmp999999" in out
    code, out, _ = run(capsys, "check", "--kb", str(kb), "--repair")
    assert code == 0 and leftovers(kb) == []
    assert run(capsys, "check", "--kb", str(kb))[0] == 0
