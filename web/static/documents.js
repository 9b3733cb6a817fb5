// The documents view: upload files (.txt, .md, .jsonl) or pasted text with progress, delete
// with confirmation, and the list kept current from /api/documents.  Writes carry the token
// when the server asks for one.  Text from documents goes into the page as text only.
(function () {
  "use strict";
  var K = window.KG;
  var form = document.getElementById("upload");
  var list = document.getElementById("doc-list");
  var dialog = document.getElementById("confirm-delete");
  var tokenBox = document.getElementById("token-box");
  var status = document.getElementById("upload-status");
  var bar = document.getElementById("upload-progress");

  function say(text, kind) {
    if (!status) { return; }
    status.textContent = text;
    status.className = "upload-status" + (kind ? " " + kind : "");
  }

  function askForToken(err) {
    if (!tokenBox) { return; }
    tokenBox.hidden = false;
    tokenBox.querySelector("input").focus();
    say(err.status === 401
      ? "이 서버는 쓰기에 토큰이 필요합니다. 아래에 토큰을 넣고 다시 시도하세요."
      : err.message, "error");
  }

  function explain(err) {
    if (err.status === 401) { askForToken(err); return; }
    if (err.status === 403) {
      say("이 서버는 같은 컴퓨터에서만 문서를 바꿀 수 있습니다 (서버에 KGSEARCH_TOKEN을 설정하면 토큰으로 가능합니다).", "error");
      return;
    }
    say("실패: " + err.message, "error");
  }

  if (tokenBox) {
    tokenBox.querySelector("form").addEventListener("submit", function (ev) {
      ev.preventDefault();
      K.setToken(tokenBox.querySelector("input").value.trim());
      say(K.token() ? "토큰을 저장했습니다 (이 탭을 닫으면 지워집니다)." : "토큰을 지웠습니다.");
    });
  }

  // ---- the list ---------------------------------------------------------------------------
  function formatSize(chars) { return Number(chars || 0).toLocaleString("ko-KR") + "자"; }

  function cell(row, text, cls) {
    var td = document.createElement("td");
    if (cls) { td.className = cls; }
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function renderList(docs) {
    if (!list) { return; }
    var body = list.querySelector("tbody");
    body.textContent = "";
    docs.forEach(function (d) {
      var tr = document.createElement("tr");
      tr.setAttribute("data-doc-id", d.id);
      var td = document.createElement("td");
      var a = document.createElement("a");
      a.href = "/documents/" + encodeURIComponent(d.id);
      a.textContent = d.title || d.id;
      var id = document.createElement("div");
      id.className = "doc-id";
      id.textContent = d.id;
      td.appendChild(a); td.appendChild(id);
      tr.appendChild(td);
      cell(tr, formatSize(d.chars), "num");
      cell(tr, String(d.sentences), "num");
      cell(tr, String(d.entities), "num");
      cell(tr, (d.added || "").slice(0, 10), "date");
      var act = document.createElement("td");
      var del = document.createElement("button");
      del.type = "button";
      del.className = "delete";
      del.setAttribute("data-id", d.id);
      del.setAttribute("data-title", d.title || d.id);
      del.textContent = "삭제";
      del.setAttribute("aria-label", "'" + (d.title || d.id) + "' 삭제");
      act.appendChild(del);
      tr.appendChild(act);
      body.appendChild(tr);
    });
    list.hidden = !docs.length;
    var empty = document.getElementById("doc-empty");
    if (empty) { empty.hidden = !!docs.length; }
    var count = document.getElementById("doc-count");
    if (count) { count.textContent = String(docs.length); }
  }

  function refresh() {
    var counts = K.fetchJSON("/api/stats").then(function (stats) {  // the footer's counts
      Array.prototype.forEach.call(document.querySelectorAll("[data-stat]"), function (el) {
        el.textContent = String(stats[el.getAttribute("data-stat")]);
      });
    }).catch(function () { /* the counts stay as they were */ });
    var docs = K.fetchJSON("/api/documents").then(function (body) {
      renderList(body.documents || []);
      return body.documents || [];
    });
    return Promise.all([docs, counts]).then(function (both) { return both[0]; });
  }

  // "added: <title> (open) — now ask about it", built from text nodes and links
  function sayAdded(ids, docs) {
    status.textContent = "";
    status.className = "upload-status ok";
    status.appendChild(document.createTextNode("추가했습니다: "));
    ids.forEach(function (id, i) {
      var d = docs.filter(function (x) { return x.id === id; })[0];
      var a = document.createElement("a");
      a.href = "/documents/" + encodeURIComponent(id);
      a.textContent = (d && d.title) || id;
      if (i) { status.appendChild(document.createTextNode(", ")); }
      status.appendChild(a);
    });
    status.appendChild(document.createTextNode(" (" + ids.join(", ") + "). 이제 위 입력창에서 이 문서에 대해 질문해 보세요."));
  }

  // ---- upload -----------------------------------------------------------------------------
  // one request per file (raw bytes, so the server reads CP949 and Markdown as the command
  // line does), with the upload's own progress and then the analysis as an open-ended bar
  function send(url, body, contentType, onUpload) {
    return new Promise(function (resolve, reject) {
      var x = new XMLHttpRequest();
      x.open("POST", url);
      x.setRequestHeader("Content-Type", contentType);
      x.setRequestHeader("Accept", "application/json");
      if (K.token()) { x.setRequestHeader("Authorization", "Bearer " + K.token()); }
      x.upload.onprogress = function (ev) { if (ev.lengthComputable) { onUpload(ev.loaded / ev.total); } };
      x.upload.onload = function () { onUpload(1); };
      x.onload = function () {
        var data = null;
        try { data = JSON.parse(x.responseText); } catch (e) { data = null; }
        if (x.status >= 200 && x.status < 300 && data) { resolve(data); return; }
        var err = new Error((data && data.error) || ("HTTP " + x.status));
        err.status = x.status;
        reject(err);
      };
      x.onerror = function () { reject(new Error("서버에 연결하지 못했습니다")); };
      x.send(body);
    });
  }

  function progress(done, total, fraction, label) {
    bar.hidden = false;
    if (fraction === null) { bar.removeAttribute("value"); }  // open-ended: analysing
    else { bar.max = total; bar.value = done + fraction; }
    say(label);
  }

  function uploadAll(jobs) {
    var added = [];
    var chain = Promise.resolve();
    jobs.forEach(function (job, i) {
      chain = chain.then(function () {
        var n = (jobs.length > 1 ? "(" + (i + 1) + "/" + jobs.length + ") " : "");
        progress(i, jobs.length, 0, n + "'" + job.name + "' 올리는 중…");
        return send(job.url, job.body, job.type, function (f) {
          if (f < 1) { progress(i, jobs.length, f, n + "'" + job.name + "' 올리는 중… " + Math.round(f * 100) + "%"); }
          else { progress(i, jobs.length, null, n + "'" + job.name + "' 분석하고 색인하는 중… (문장 나누기, 개체와 관계 찾기, 임베딩)"); }
        }).then(function (res) { added = added.concat(res.ids || [res.id]); });
      });
    });
    return chain.then(function () { return added; });
  }

  function jobsFromForm() {
    var jobs = [];
    var files = form.querySelector("input[type=file]").files;
    Array.prototype.forEach.call(files, function (f) {
      jobs.push({ name: f.name, url: "/api/documents?filename=" + encodeURIComponent(f.name),
                  body: f, type: "application/octet-stream" });
    });
    var text = form.querySelector("textarea[name=text]").value;
    if (text.trim()) {
      var title = form.querySelector("input[name=title]").value.trim();
      jobs.push({ name: title || "붙여넣은 글", url: "/api/documents",
                  body: JSON.stringify({ title: title, text: text }), type: "application/json" });
    }
    return jobs;
  }

  if (form) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var jobs = jobsFromForm();
      if (!jobs.length) { say("파일을 고르거나 글을 붙여넣으세요.", "error"); return; }
      var button = form.querySelector("button[type=submit]");
      button.disabled = true;
      form.setAttribute("aria-busy", "true");
      uploadAll(jobs).then(function (ids) {
        bar.hidden = true;
        form.reset();
        return refresh().then(function (docs) {
          sayAdded(ids, docs);
          ids.forEach(function (id) {
            var row = list && list.querySelector('tr[data-doc-id="' + CSS.escape(id) + '"]');
            if (row) { row.classList.add("fresh"); }
          });
        });
      }).catch(function (err) {
        bar.hidden = true;
        explain(err);
        refresh();
      }).then(function () {
        button.disabled = false;
        form.removeAttribute("aria-busy");
      });
    });
  }

  // ---- delete, after a confirmation dialog -------------------------------------------------
  var pending = null;
  function confirmDelete(id, title, after) {
    pending = { id: id, after: after };
    dialog.querySelector(".doc-title").textContent = title;
    dialog.showModal();
    dialog.querySelector("[value=cancel]").focus();
  }

  if (dialog) {
    dialog.addEventListener("close", function () {
      var job = pending;
      pending = null;
      if (!job || dialog.returnValue !== "delete") { return; }
      say("'" + job.id + "' 삭제하는 중…");
      K.fetchJSON("/api/documents/" + encodeURIComponent(job.id), { method: "DELETE" })
        .then(function () {
          say("'" + job.id + "'을(를) 삭제했습니다.", "ok");
          job.after();
        }).catch(explain);
    });
  }

  document.addEventListener("click", function (ev) {
    var b = ev.target.closest && ev.target.closest("button.delete");
    if (!b || !dialog) { return; }
    var id = b.getAttribute("data-id");
    confirmDelete(id, b.getAttribute("data-title") || id, function () {
      if (b.hasAttribute("data-then")) { window.location.href = b.getAttribute("data-then"); }
      else { refresh(); }
    });
  });
})();
