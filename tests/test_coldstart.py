"""What a cold `kgsearch build` loads: the commands that do not serve or answer must not pay
for Flask or the answering modules (bench/RESULTS.md, "Seed build, cold", has the times)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_BUILD = """
import sys
from web.cli import main

code = main(["build", "--quiet", "--kb", sys.argv[1], sys.argv[2]])
loaded = [m for m in ("flask", "werkzeug", "search.answering", "search.qa", "search.reader")
          if m in sys.modules]
print(code, "loaded:", *loaded)
"""


def test_a_build_loads_neither_flask_nor_the_answering_modules(tmp_path):
    doc = tmp_path / "news.txt"
    doc.write_text("업스테이지는 2020년 솔라를 개발했다.", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-c", _BUILD, str(tmp_path / "kb"), str(doc)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["0", "loaded:"]


def test_the_app_is_still_where_the_docs_say():
    from web import create_app

    assert create_app.__module__ == "web.app"
