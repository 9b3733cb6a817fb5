"""Issue 15's attacks from a real browser: Debian's Chromium (driven by Playwright) is the
victim's browser, `kgsearch serve` runs on 127.0.0.1, and an attacker's page comes from a second
local origin (http://localhost:<other port>, another site) or from a name that rebinds to
127.0.0.1.  Each attack tried to replace the default article so that `Claude를 개발한 회사는?`
names the attacker's company; afterwards the answer must still be Anthropic.

The rebinding attacker's first page load (when its name still pointed at the attacker) is
played by Playwright's request routing; from then on Chromium resolves the name to 127.0.0.1
(``--host-resolver-rules``) and talks to kgsearch itself, as after a real rebinding."""

from __future__ import annotations

import html
import http.server
import json
import shutil
import threading
import urllib.parse
import urllib.request
from typing import ClassVar

import pytest
from live_server import Server, free_port
from test_browser import CHROMIUM, FLAGS, _need_browser

pytestmark = pytest.mark.browser

QUESTION = "Claude를 개발한 회사는?"
FORGED = {"id": "openai-anthropic", "text": "클로드는 악당상사가 개발했다. 악당상사는 회사다."}
REBIND = "rebind.example"


@pytest.fixture(scope="module")
def victim(seed_kb_path, tmp_path_factory):
    _need_browser()
    kb_dir = tmp_path_factory.mktemp("victim") / "kb"
    shutil.copytree(seed_kb_path, kb_dir)
    server = Server(kb_dir)
    yield server
    server.stop()


class _AttackerPages(http.server.BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, str]] = {}

    def do_GET(self):
        body = self.pages.get(self.path.split("?")[0], "").encode()
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def attacker(victim):
    """A web server for the attacker's pages on another port, reached as http://localhost."""
    target = f"http://127.0.0.1:{victim.port}/api/documents"
    # the text/plain form trick: the field name holds JSON, the value closes it
    name, value = json.dumps(FORGED)[:-1] + ', "pad": "', '"}'
    _AttackerPages.pages = {
        "/form.html": f"""<!doctype html><body>
<form id=f method=POST action="{target}" enctype="text/plain">
<input type=hidden name="{html.escape(name)}" value="{html.escape(value)}"></form>
<script>document.getElementById("f").submit()</script></body>""",
        "/fetch.html": f"""<!doctype html><body><script>
fetch({json.dumps(target)}, {{method: "POST", mode: "no-cors",
  body: {json.dumps(json.dumps(FORGED))}}})
  .then(() => document.title = "sent", () => document.title = "failed");
</script></body>""",
        "/delete.html": f"""<!doctype html><body><script>
fetch({json.dumps(target + "/openai-anthropic")}, {{method: "DELETE"}})
  .then(() => document.title = "sent", () => document.title = "failed");
</script></body>""",
    }
    port = free_port()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), _AttackerPages)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://localhost:{port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser(victim):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[*FLAGS, f"--host-resolver-rules=MAP {REBIND} 127.0.0.1"],
        )
        yield b
        b.close()


def answer(victim) -> str:
    url = f"http://127.0.0.1:{victim.port}/api/ask?" + urllib.parse.urlencode({"q": QUESTION})
    with urllib.request.urlopen(url, timeout=60) as r:
        return json.loads(r.read())["answer"]


def statuses_of(page, url_part: str) -> list[int]:
    """Collects the statuses of the responses whose URL contains ``url_part``."""
    seen: list[int] = []
    page.on("response", lambda r: seen.append(r.status) if url_part in r.url else None)
    return seen


@pytest.mark.parametrize("attack", ["form.html", "fetch.html"])
def test_a_page_on_another_site_cannot_write(victim, attacker, browser, attack):
    page = browser.new_page()
    seen = statuses_of(page, "/api/documents")
    with page.expect_response(lambda r: "/api/documents" in r.url, timeout=30000):
        page.goto(f"{attacker}/{attack}")
    page.wait_for_timeout(500)
    assert seen and all(s == 403 for s in seen), seen
    assert answer(victim) == "Anthropic"
    page.close()


def test_a_page_on_another_site_cannot_delete(victim, attacker, browser):
    """A cross-site DELETE needs the server's CORS consent first, which it never gives."""
    page = browser.new_page()
    page.goto(f"{attacker}/delete.html")
    page.wait_for_function("document.title.length > 0", timeout=30000)
    assert page.title() == "failed"
    assert answer(victim) == "Anthropic"
    page.close()


def test_a_rebound_name_can_neither_read_nor_write(seed_kb_path, tmp_path, browser):
    """DNS rebinding, step by step: the attacker's page loads from rebind.example:P while that
    name's server is the attacker's; then the attacker's server goes away and kgsearch answers
    on 127.0.0.1:P, so the page's same-origin requests reach kgsearch."""
    port = free_port()
    origin = f"http://{REBIND}:{port}"
    _AttackerPages.pages = {
        "/attack.html": f"""<!doctype html><body><pre id=out></pre><script>
window.attack = async () => {{
  const out = {{}};
  const body = {json.dumps(json.dumps(FORGED))};
  const steps = {{
    post: ["/api/documents",
           {{method: "POST", headers: {{"Content-Type": "application/json"}}, body}}],
    del: ["/api/documents/openai-anthropic", {{method: "DELETE"}}],
    graph: ["/api/graph?format=json", {{}}],
  }};
  for (const [name, [url, options]] of Object.entries(steps)) {{
    try {{ out[name] = (await fetch(url, options)).status; }} catch (e) {{ out[name] = String(e); }}
  }}
  return out;
}};
</script></body>"""
    }
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), _AttackerPages)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    page = browser.new_page()
    try:
        page.goto(f"{origin}/attack.html")
    finally:
        httpd.shutdown()
        httpd.server_close()
    kb_dir = tmp_path / "kb"
    shutil.copytree(seed_kb_path, kb_dir)
    victim = Server(kb_dir, port=port)  # the name now leads to kgsearch
    try:
        result = page.evaluate("window.attack()")
        assert result == {"post": 421, "del": 421, "graph": 421}, result
        assert answer(victim) == "Anthropic"
    finally:
        page.close()
        victim.stop()


def test_the_apps_own_page_can_write(victim, browser):
    """The same browser on the app's own origin: JSON writes and the CSRF-token form work."""
    page = browser.new_page()
    page.goto(f"http://127.0.0.1:{victim.port}/")
    result = page.evaluate(
        """async () => {
        const token = document.querySelector('meta[name="kgsearch-csrf"]').content;
        const json = await fetch("/api/documents", {method: "POST",
            headers: {"Content-Type": "application/json"},
            body: JSON.stringify({id: "page-json", text: "리벨리온은 아톰 칩을 개발했다."})});
        const form = new FormData();
        form.append("csrf_token", token);
        form.append("file", new Blob(["퓨리오사AI는 레니게이드 칩을 개발했다."]), "furiosa.txt");
        const upload = await fetch("/api/documents", {method: "POST", body: form});
        const gone = await fetch("/api/documents/page-json", {method: "DELETE"});
        return [json.status, upload.status, (await upload.json()).id, gone.status];
    }"""
    )
    assert result == [201, 201, "furiosa", 200], result
    page.close()
