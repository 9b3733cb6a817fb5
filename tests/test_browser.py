"""The search page in a real browser: Debian's Chromium driven by Playwright (never a downloaded
browser), against `kgsearch serve` on a free loopback port."""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from search import KnowledgeBase

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
XSS = "보안 점검 문서: <script>alert(1)</script> 그리고 <img src=x onerror=alert(2)> 는 글자로 보여야 한다."

pytestmark = pytest.mark.browser


def _need_browser():
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append(f"{CHROMIUM} (apt-get install chromium)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("playwright (pip install playwright)")
    if missing:
        if os.environ.get("CI"):
            pytest.fail("browser test cannot run: missing " + ", ".join(missing))
        pytest.skip("missing " + ", ".join(missing))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(seed_kb_path, tmp_path_factory):
    _need_browser()
    kb_dir = tmp_path_factory.mktemp("browser") / "kb"
    shutil.copytree(seed_kb_path, kb_dir)
    kb = KnowledgeBase.open(kb_dir)
    kb.add_text(XSS, doc_id="xss", title="<b>xss</b>")
    kb.close()
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "web.cli", "serve", "--kb", str(kb_dir), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=1) as r:
                if r.status == 200:
                    break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("kgsearch serve did not come up: " + (proc.stdout.read() or ""))
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def _shots() -> Path:
    out = (
        Path(os.environ.get("KGSEARCH_SCREENSHOTS", ""))
        if os.environ.get("KGSEARCH_SCREENSHOTS")
        else None
    )
    return out


def test_question_answer_evidence_entity_graph(server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1200, "height": 1100})
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/")
    page.fill("#q", "Claude를 개발한 회사는?")
    page.press("#q", "Enter")
    page.wait_for_selector("#answer")
    assert "Anthropic" in page.inner_text("#answer .answer-text")
    # the page shows the answer sentence the API gives for the same question
    asked = server + "/api/ask?q=" + urllib.request.quote("Claude를 개발한 회사는?")
    with urllib.request.urlopen(asked, timeout=30) as r:
        sentence = json.loads(r.read())["sentence"]
    assert sentence and sentence in page.inner_text("#answer")
    assert "q=Claude" in page.url  # shareable URL
    mentions = page.locator("#evidence .mention")
    assert mentions.count() > 0
    page.wait_for_selector("#graph canvas", timeout=15000)
    assert page.locator("#graph canvas").count() == 1
    page.wait_for_selector("#graph[data-ready]", timeout=15000)
    shots = _shots() or tmp_path
    shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shots / "screenshot.png"), full_page=True)
    # click an entity in the evidence: its panel opens
    target = page.locator("#evidence .mention[data-entity='claude']").first
    target.click()
    page.wait_for_selector("#entity[data-entity='claude']")
    assert "Claude" in page.inner_text("#entity h3")
    assert "DEVELOPED" in page.inner_text("#entity")
    page.wait_for_selector("#graph canvas")
    assert not dialogs


def test_document_text_is_never_markup(server, browser):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/?q=" + urllib.request.quote("보안 점검 문서 script"))
    page.wait_for_selector("#evidence")
    text = page.inner_text("#evidence")
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(2)>" in text
    assert page.locator("#evidence img").count() == 0
    page.goto(server + "/?q=" + urllib.request.quote("<img src=x onerror=alert(3)>"))
    page.wait_for_load_state()
    assert page.locator("main img").count() == 0
    assert not dialogs


def test_phone_width(server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
    page.goto(server + "/?q=" + urllib.request.quote("앤스로픽에 투자한 기업은?"))
    page.wait_for_selector("#answer")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the page is {overflow}px wider than a phone screen"
    shots = _shots() or tmp_path
    page.screenshot(path=str(shots / "screenshot-phone.png"), full_page=True)
