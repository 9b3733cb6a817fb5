"""The page in a real browser: Debian's Chromium driven by Playwright (never a downloaded
browser), against `kgsearch serve` on a free loopback port, over a fresh build of the default
article.  What a new user does: ask, follow a citation to its source and back; add a document,
ask about it, delete it; explore the graph; all of it at phone width and by keyboard alone.

With KGSEARCH_SCREENSHOTS=docs the README's screenshots are written from this run.
"""

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import networkx as nx
import pytest
from live_server import free_port

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
XSS = "보안 점검 문서: <script>alert(1)</script> 그리고 <img src=x onerror=alert(2)> 는 글자로 보여야 한다."
QUESTION = "Claude를 개발한 회사는?"
# a second, unrelated document: its entities are not the seed's
SECOND = "누리AI는 2019년 판교에서 설립된 스타트업이다. 누리AI는 언어 모델 바다 2를 개발했다."
NEWS = (
    "# 리벨리온 소식\n\n"
    "**리벨리온**은 2020년 설립된 한국의 AI 반도체 스타트업이다. "
    "리벨리온은 아톰 칩을 개발했다.\n"
)
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

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


def _serve(kb_dir: Path, env: dict | None = None):
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "web.cli", "serve", "--kb", str(kb_dir), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        # a None value unsets the variable (an empty KGSEARCH_TOKEN is an error, not "none")
        env={k: v for k, v in dict(os.environ, **(env or {})).items() if v is not None},
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 300  # serve loads the model and Kiwi before it listens
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=1) as r:
                if r.status == 200:
                    return base, proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    pytest.fail("kgsearch serve did not come up: " + (proc.stdout.read() or ""))


def _stop(proc) -> None:
    proc.terminate()
    proc.wait(timeout=15)


@pytest.fixture(scope="module")
def server(seed_kb_path, tmp_path_factory):
    """A fresh build of the default article (what `make run` serves on a new clone), so the
    screenshots show the numbers a new user sees."""
    _need_browser()
    kb_dir = tmp_path_factory.mktemp("browser") / "kb"
    shutil.copytree(seed_kb_path, kb_dir)
    base, proc = _serve(kb_dir, {"KGSEARCH_TOKEN": None})
    yield base
    _stop(proc)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    """A page that fails the test on any console error, failed request or alert."""
    context = browser.new_context(viewport=DESKTOP, accept_downloads=True)
    pg = context.new_page()
    problems = []
    pg.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("response", lambda r: r.status >= 400 and problems.append(f"{r.status} {r.url}"))
    yield pg
    context.close()
    assert not problems, problems


def _shots(tmp_path: Path) -> Path:
    out = Path(os.environ.get("KGSEARCH_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    return out


def _ask(page, server, question: str) -> None:
    page.goto(server + "/")
    page.fill("#q", question)
    page.press("#q", "Enter")
    page.wait_for_selector("#answer")


def _graph_ready(page, count_attr: str = "data-nodes") -> int:
    page.wait_for_selector(f"#explorer .graph[{count_attr}]", timeout=20000)
    return int(page.get_attribute("#explorer .graph", count_attr))


def _in_view(page, selector: str) -> bool:
    return page.evaluate(
        """s => { const r = document.querySelector(s).getBoundingClientRect();
                  return r.top >= 0 && r.bottom <= window.innerHeight; }""",
        selector,
    )


# ---- ask -> citations -> source document -> back ------------------------------------------------
def test_ask_cite_open_source_and_back(server, page, tmp_path):
    _ask(page, server, QUESTION)
    assert "q=Claude" in page.url  # a shareable address
    assert page.inner_text("#answer .answer-text") == "Anthropic"
    # the page shows the answer sentence the API gives for the same question
    asked = server + "/api/ask?q=" + urllib.parse.quote(QUESTION)
    with urllib.request.urlopen(asked, timeout=30) as r:
        sentence = json.loads(r.read())["sentence"]
    assert sentence and sentence in page.inner_text("#answer .answer-sentence")
    assert "회사" in page.inner_text("#answer .answer-entities")  # the type in Korean
    cites = page.locator("#answer .answer-sentence a.cite")
    assert cites.count() >= 1
    # each citation names its source document by title
    title = page.inner_text("#answer .sources .source-title")
    assert title and "openai-anthropic" not in title
    # evidence is in the order of its score
    scores = [
        float(x) for x in page.locator("#why .scores td.num:nth-child(2)").all_text_contents()
    ]
    assert scores == sorted(scores, reverse=True) and len(scores) >= 3
    # the graph stands beside the answer on a desktop
    _graph_ready(page)
    main_box = page.locator(".col-main").bounding_box()
    side_box = page.locator(".col-side").bounding_box()
    assert side_box["x"] >= main_box["x"] + main_box["width"] - 1
    assert abs(side_box["y"] - main_box["y"]) < 5
    page.wait_for_timeout(1500)  # the graph settles before the picture
    page.screenshot(path=str(_shots(tmp_path) / "screenshot.png"))

    number = cites.first.inner_text().strip("[]")
    cites.first.click()
    assert page.url.endswith(f"#ev-{number}")
    item = page.locator(f"#ev-{number}")
    assert item.evaluate("e => e.matches(':target')") and "cited" in item.get_attribute("class")
    cited_text = item.locator(".hit-text").inner_text()
    item.locator("a.source-link").click()
    page.wait_for_selector("#document")
    anchor = page.url.rsplit("#", 1)[1]
    sentence = page.locator(f"#{anchor}")
    assert sentence.evaluate("e => e.matches(':target')")
    assert sentence.inner_text().strip() == cited_text.strip()
    assert _in_view(page, f"#{anchor}")
    assert page.locator("#document .sent .mention").count() > 10  # entities highlighted
    assert "답으로 돌아가기" in page.inner_text(".back")
    page.go_back()
    page.wait_for_selector("#answer")
    assert page.inner_text("#answer .answer-text") == "Anthropic"


def test_scores_wait_behind_why(server, page):
    _ask(page, server, QUESTION)
    assert not page.is_visible("#why .scores")
    assert "의미" not in page.inner_text("#evidence")  # no ranking internals on the evidence
    page.click("#why summary")
    assert page.is_visible("#why .scores")
    assert "지식 그래프" in page.inner_text("#why")


def test_relation_labels_are_korean_and_follow_ups_answer(server, page):
    _ask(page, server, QUESTION)
    entity = page.inner_text("#entity")
    assert "개발" in entity and "DEVELOPED" not in entity
    follow = page.locator(".followups a")
    assert follow.count() >= 2
    asked = follow.first.inner_text()
    follow.first.click()
    page.wait_for_selector("#answer")
    assert page.input_value("#q") == asked
    assert page.locator("#answer .answer-text.none").count() == 0  # it has an answer


def test_no_answer_shows_the_nearest_sentences(server, page):
    _ask(page, server, "리벨리온의 직원 수는?")
    assert "답을 찾지 못했습니다" in page.inner_text("#answer")
    assert page.locator("#evidence .hit").count() >= 1


def test_favicon_is_served(server):
    with urllib.request.urlopen(server + "/favicon.ico") as r:
        assert r.status == 200 and r.headers["Content-Type"].startswith("image/svg+xml")


# ---- upload -> ask about it -> delete -> gone ---------------------------------------------------
def test_upload_ask_delete(server, page, tmp_path):
    news = tmp_path / "rebellions-news.md"
    news.write_text(NEWS, encoding="utf-8")
    page.goto(server + "/")
    page.click("text=문서 추가하기")  # the way in for someone who has never seen the page
    page.wait_for_selector("#upload")
    page.set_input_files("#upload input[type=file]", str(news))
    page.click("#upload button[type=submit]")
    page.wait_for_selector("#upload-status.ok", timeout=120000)
    assert "리벨리온 소식" in page.inner_text("#upload-status a")  # a link to the new document
    row = page.locator('#doc-list tr[data-doc-id="rebellions-news"]')
    assert row.count() == 1 and "리벨리온 소식" in row.inner_text()
    assert page.inner_text("#doc-count") == "2"
    assert page.inner_text("footer [data-stat=documents]") == "2"
    page.screenshot(path=str(_shots(tmp_path) / "screenshot-documents.png"))

    _ask(page, server, "아톰을 개발한 회사는?")
    assert page.inner_text("#answer .answer-text") == "리벨리온"
    assert "리벨리온 소식" in page.inner_text("#answer .sources")
    page.click("#answer .sources .source-title")
    page.wait_for_selector('#document[data-doc-id="rebellions-news"]')
    assert "**" not in page.inner_text("#document .doc-text")  # Markdown read as text

    # delete from the document itself, after confirming
    page.click("#document button.delete")
    page.wait_for_selector("#confirm-delete[open]")
    page.click("#confirm-delete button[value=delete]")
    page.wait_for_url(server + "/documents")
    assert page.locator('#doc-list tr[data-doc-id="rebellions-news"]').count() == 0
    _ask(page, server, "아톰을 개발한 회사는?")
    assert "리벨리온" not in page.inner_text("#answer")
    with pytest.raises(urllib.error.HTTPError) as gone:
        urllib.request.urlopen(server + "/api/documents/rebellions-news")
    assert gone.value.code == 404


def test_paste_cancel_then_delete_from_the_list(server, page):
    page.goto(server + "/documents")
    page.fill("#upload input[name=title]", "붙여넣은 메모")
    page.fill("#upload textarea[name=text]", "업스테이지는 솔라를 개발했다.")
    page.click("#upload button[type=submit]")
    page.wait_for_selector("#upload-status.ok", timeout=120000)
    row = page.locator("#doc-list tr", has_text="붙여넣은 메모")
    assert row.count() == 1
    doc_id = row.get_attribute("data-doc-id")
    row.locator("button.delete").click()
    page.wait_for_selector("#confirm-delete[open]")
    assert "붙여넣은 메모" in page.inner_text("#confirm-delete")
    page.click("#confirm-delete button[value=cancel]")  # changing one's mind keeps it
    assert page.locator(f'#doc-list tr[data-doc-id="{doc_id}"]').count() == 1
    row.locator("button.delete").click()
    page.click("#confirm-delete button[value=delete]")
    page.wait_for_selector(f'#doc-list tr[data-doc-id="{doc_id}"]', state="detached")
    assert page.inner_text("#doc-count") == "1"


def test_bad_file_gets_a_clear_message(server, browser, tmp_path):
    bad = tmp_path / "broken.jsonl"
    bad.write_text('{"title": "no text"}\n', encoding="utf-8")
    page = browser.new_page()  # the 400 below is expected, so not the strict page
    page.goto(server + "/documents")
    page.set_input_files("#upload input[type=file]", str(bad))
    page.click("#upload button[type=submit]")
    page.wait_for_selector("#upload-status.error")
    assert '"text"' in page.inner_text("#upload-status")
    assert page.locator("#doc-list tbody tr").count() == 1
    page.close()


def test_document_text_is_never_markup(server, page):
    body = json.dumps({"id": "xss", "title": "<b>xss</b>", "text": XSS}).encode("utf-8")
    req = urllib.request.Request(server + "/api/documents", body, method="POST")
    req.add_header("Content-Type", "application/json")
    urllib.request.urlopen(req).close()
    try:
        page.goto(server + "/?q=" + urllib.parse.quote("보안 점검 문서 script"))
        page.wait_for_selector("#evidence")
        text = page.inner_text("#evidence")
        assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(2)>" in text
        assert page.locator("#evidence img, #evidence b").count() == 0
        for url in ("/documents", "/documents/xss"):
            page.goto(server + url)
            assert "<b>xss</b>" in page.inner_text("main")
            assert page.locator("main b, main img").count() == 0
        page.goto(server + "/?q=" + urllib.parse.quote("<img src=x onerror=alert(3)>"))
        assert page.locator("main img").count() == 0
    finally:
        req = urllib.request.Request(server + "/api/documents/xss", method="DELETE")
        urllib.request.urlopen(req).close()


# ---- the graph explorer -----------------------------------------------------------------------
def test_graph_filter_search_expand_export(server, page, tmp_path):
    page.goto(server + "/graph")
    everything = _graph_ready(page)
    assert everything >= 20
    legend = page.locator("#explorer .legend-item")
    assert "회사" in page.inner_text("#explorer .legend")
    page.wait_for_timeout(1500)
    page.screenshot(path=str(_shots(tmp_path) / "screenshot-graph.png"))
    # by type: the legend hides and shows a type
    dates = legend.filter(has_text="날짜")
    dates.click()
    assert dates.get_attribute("aria-pressed") == "false"
    fewer = int(page.get_attribute("#explorer .graph", "data-nodes"))
    assert fewer < everything
    dates.click()
    assert int(page.get_attribute("#explorer .graph", "data-nodes")) == everything
    # by relation, labelled in Korean
    options = page.locator("#explorer select[name=relation] option").all_inner_texts()
    assert any(o.startswith("개발") for o in options) and not any("DEVELOPED" in o for o in options)
    page.select_option("#explorer select[name=relation]", "DEVELOPED")
    developed = int(page.get_attribute("#explorer .graph", "data-nodes"))
    assert 2 <= developed < everything
    assert int(page.get_attribute("#explorer .graph", "data-edges")) == sum(
        1
        for e in json.loads(_get(server, "/api/graph?format=json&lexical=0"))["edges"]
        if e["type"] == "DEVELOPED"
    )
    page.select_option("#explorer select[name=relation]", "")
    # by document: a second document gives the filter something to leave out (with the seed
    # alone, every entity is the seed's)
    body = json.dumps({"id": "graph-second", "title": "둘째", "text": SECOND}).encode("utf-8")
    req = urllib.request.Request(server + "/api/documents", body, method="POST")
    req.add_header("Content-Type", "application/json")
    urllib.request.urlopen(req).close()
    try:
        page.goto(server + "/graph")
        both = _graph_ready(page)
        page.wait_for_selector(
            "#explorer select[name=document] option[value='openai-anthropic']", state="attached"
        )
        page.select_option("#explorer select[name=document]", "openai-anthropic")
        page.wait_for_function(
            "n => +document.querySelector('#explorer .graph').dataset.nodes < n", arg=both
        )
        page.select_option("#explorer select[name=document]", "")
    finally:
        req = urllib.request.Request(server + "/api/documents/graph-second", method="DELETE")
        urllib.request.urlopen(req).close()

    # start from one entity, expand a neighbour by clicking it
    page.goto(server + "/graph?entity=claude")
    start = _graph_ready(page)
    page.wait_for_timeout(1500)  # let the layout settle before finding a node on the canvas
    target = "anthropic"
    assert target in page.evaluate("document.getElementById('explorer').kgExplorer.shown()")
    point = page.evaluate(
        """id => { const net = document.getElementById('explorer').kgExplorer.network;
                   net.stopSimulation();
                   const p = net.canvasToDOM(net.getPositions([id])[id]);
                   const r = document.querySelector('#explorer .graph canvas').getBoundingClientRect();
                   return {x: r.left + p.x, y: r.top + p.y}; }""",
        target,
    )
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function(
        "n => +document.querySelector('#explorer .graph').dataset.nodes > n", arg=start
    )
    assert page.inner_text("#explorer .node-info .name") == "Anthropic"
    # search within the graph
    page.fill("#explorer input[name=find]", "amaz")
    page.press("#explorer input[name=find]", "Enter")
    page.wait_for_function("() => /일치/.test(document.querySelector('.graph-status').textContent)")
    # export what is shown
    shown_now = int(page.get_attribute("#explorer .graph", "data-nodes"))
    with page.expect_download() as d:
        page.click("#explorer button[data-action=json]")
    exported = json.loads(Path(d.value.path()).read_text(encoding="utf-8"))
    assert len(exported["nodes"]) == shown_now and exported["schema_version"] == 1
    with page.expect_download() as d:
        page.click("#explorer button[data-action=graphml]")
    g = nx.read_graphml(d.value.path())
    assert g.number_of_nodes() == shown_now
    assert g.number_of_edges() == int(page.get_attribute("#explorer .graph", "data-edges"))


def _get(server: str, path: str) -> str:
    with urllib.request.urlopen(server + path) as r:
        return r.read().decode("utf-8")


# ---- phone width ------------------------------------------------------------------------------
def test_phone_width(server, browser, tmp_path):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(server + "/?q=" + urllib.parse.quote("앤스로픽에 투자한 기업은?"))
    page.wait_for_selector("#answer")
    # the example questions take one row that scrolls sideways
    tops = page.eval_on_selector_all(".examples a", "as => as.map(a => a.offsetTop)")
    assert len(tops) >= 2 and len(set(tops)) == 1
    page.screenshot(path=str(_shots(tmp_path) / "screenshot-phone.png"), full_page=True)
    for url in (
        "/?q=" + urllib.parse.quote(QUESTION),
        "/documents",
        "/documents/openai-anthropic",
        "/graph",
    ):
        page.goto(server + url)
        page.wait_for_load_state("networkidle")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{url} is {overflow}px wider than a phone screen"
    context.close()


# ---- keyboard only ----------------------------------------------------------------------------
_MARK_FOCUSABLE = """() => {
    const all = Array.from(document.querySelectorAll(
        'a[href], button, input, select, textarea, summary')).filter(e =>
        !e.disabled && e.offsetParent !== null && getComputedStyle(e).visibility !== 'hidden'
        && !e.closest('dialog:not([open])')
        && !(e.tagName !== 'SUMMARY' && e.closest('details:not([open])')));
    all.forEach((e, i) => { e.dataset.kbd = String(i); });
    return all.map(e => e.outerHTML.slice(0, 100));
}"""


def _tab_through(page, limit: int = 300) -> set[str]:
    """Indices (data-kbd) of the controls that Tab reaches, going round once."""
    seen: set[str] = set()
    page.evaluate("document.activeElement && document.activeElement.blur()")
    for _ in range(limit):
        page.keyboard.press("Tab")
        idx = page.evaluate("(document.activeElement.dataset || {}).kbd || ''")
        if idx and idx in seen:
            break
        seen.add(idx)
    return seen


@pytest.mark.parametrize(
    "path",
    [
        "/?q=" + urllib.parse.quote(QUESTION),
        "/documents",
        "/documents/openai-anthropic",
        "/graph",
    ],
)
def test_keyboard_reaches_every_control(server, page, path):
    page.goto(server + path)
    page.wait_for_load_state("networkidle")
    if page.locator("#explorer").count():
        _graph_ready(page)  # its legend buttons and document list are filled in by then
    controls = page.evaluate(_MARK_FOCUSABLE)
    reached = _tab_through(page)
    missed = [html for i, html in enumerate(controls) if str(i) not in reached]
    assert len(controls) > 10 and not missed, missed


def test_keyboard_alone_asks_and_deletes_nothing_by_accident(server, page):
    page.goto(server + "/")
    page.keyboard.press("Tab")  # skip link
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.examples') !== null"):
            break
    chosen = page.evaluate("document.activeElement.textContent")
    page.keyboard.press("Enter")
    page.wait_for_selector("#answer")
    assert page.input_value("#q") == chosen
    page.goto(server + "/documents")
    page.focus("#doc-list button.delete")
    page.keyboard.press("Enter")
    page.wait_for_selector("#confirm-delete[open]")
    assert page.evaluate("document.activeElement.value") == "cancel"  # the safe choice first
    page.keyboard.press("Enter")
    page.wait_for_selector("#confirm-delete:not([open])", state="attached")
    assert page.locator("#doc-list tbody tr").count() == 1


# ---- a server with a write token ----------------------------------------------------------------
def test_writes_ask_for_the_token_and_send_it(seed_kb_path, browser, tmp_path):
    kb_dir = tmp_path / "kb"
    shutil.copytree(seed_kb_path, kb_dir)
    base, proc = _serve(kb_dir, {"KGSEARCH_TOKEN": "s3cret-token"})
    try:
        page = browser.new_page()
        page.goto(base + "/documents")
        page.fill("#upload textarea[name=text]", "퓨리오사AI는 레니게이드 칩을 개발했다.")
        page.click("#upload button[type=submit]")
        page.wait_for_selector("#token-box:not([hidden])")
        assert "토큰" in page.inner_text("#upload-status")
        page.fill("#token-box input", "s3cret-token")
        page.click("#token-box button")
        page.fill("#upload textarea[name=text]", "퓨리오사AI는 레니게이드 칩을 개발했다.")
        page.click("#upload button[type=submit]")
        page.wait_for_selector("#upload-status.ok", timeout=120000)
        assert page.locator("#doc-list tbody tr").count() == 2
    finally:
        _stop(proc)


# ---- the whole way, for someone who has never seen the page --------------------------------------
def test_a_newcomer_adds_asks_opens_and_deletes_on_an_empty_knowledge_base(browser, tmp_path):
    from search import KnowledgeBase

    KnowledgeBase.build([], path=tmp_path / "kb").close()
    base, proc = _serve(tmp_path / "kb", {"KGSEARCH_TOKEN": None})
    try:
        page = browser.new_page(viewport=DESKTOP)
        page.goto(base + "/")
        assert "비어 있습니다" in page.inner_text(".intro")
        page.click(".intro >> text=문서 추가하기")
        page.fill("#upload input[name=title]", "퓨리오사 소식")
        page.fill(
            "#upload textarea[name=text]",
            "퓨리오사AI는 2017년 설립된 한국의 AI 반도체 회사다. 퓨리오사AI는 레니게이드 칩을 개발했다.",
        )
        page.click("#upload button[type=submit]")
        page.wait_for_selector("#upload-status.ok", timeout=120000)
        page.click("nav.tabs >> text=질문")
        page.fill("#q", "레니게이드를 개발한 회사는?")
        page.press("#q", "Enter")
        page.wait_for_selector("#answer")
        assert page.inner_text("#answer .answer-text") == "퓨리오사AI"
        page.click("#answer .sources .source-title")
        page.wait_for_selector("#document")
        assert "퓨리오사 소식" in page.inner_text("#doc-title")
        page.click("#document button.delete")
        page.click("#confirm-delete button[value=delete]")
        page.wait_for_url(base + "/documents")
        assert page.is_visible("#doc-empty")
        page.goto(base + "/?q=" + urllib.parse.quote("레니게이드를 개발한 회사는?"))
        assert "답을 찾지 못했습니다" in page.inner_text("#answer")
        page.close()
    finally:
        _stop(proc)
