// The graph explorer: the knowledge graph's entities and relations, drawn with vis-network
// (served by this app, never a CDN).  Start from one entity's neighbourhood or the whole graph;
// filter by entity type (the legend), relation and document; search; click a node to expand
// it; export what is shown as JSON (node-link, like /api/graph) or GraphML.
// Every name goes into the canvas or the page as text, never as HTML.
(function () {
  "use strict";
  var root = document.getElementById("explorer");
  if (!root) { return; }
  var K = window.KG;
  var canvas = root.querySelector(".graph");
  var status = root.querySelector(".graph-status");
  var legend = root.querySelector(".legend");
  var relSelect = root.querySelector("select[name=relation]");
  var docSelect = root.querySelector("select[name=document]");
  var search = root.querySelector("input[name=find]");
  var info = root.querySelector(".node-info");
  var MAX_SHOWN = 400;  // more than this is a hairball, not a picture: the best-connected first

  var start = root.getAttribute("data-entity") || "";
  var full = { nodes: {}, edges: [], adj: {} };
  var shown = {};        // id -> true: what the reader has opened
  var typeOff = {};      // entity type -> true when hidden by the legend
  var docNodes = null;   // ids mentioned in the chosen document, or null for every document
  var selected = null;
  var network = null, visNodes = null, visEdges = null;

  function say(text) { status.textContent = text; }

  function degree(id) { return (full.adj[id] || []).length; }

  function load() {
    say("그래프를 불러오는 중…");
    K.fetchJSON("/api/graph?format=json&lexical=0").then(function (g) {
      (g.nodes || []).forEach(function (n) {
        if ((n.kind || "entity") === "entity") { full.nodes[n.id] = n; full.adj[n.id] = []; }
      });
      (g.edges || []).forEach(function (e) {
        if (!full.nodes[e.source] || !full.nodes[e.target]) { return; }
        var edge = { source: e.source, target: e.target, type: String(e.type || e.key || ""),
                     confidence: e.confidence, evidence: e.evidence || [] };
        full.edges.push(edge);
        full.adj[e.source].push(e.target);
        full.adj[e.target].push(e.source);
      });
      buildLegend();
      buildRelations();
      reset();
      root.setAttribute("data-loaded", "true");
    }).catch(function (err) { say("그래프를 불러오지 못했습니다: " + err.message); });
    if (docSelect) {
      K.fetchJSON("/api/documents").then(function (body) {
        (body.documents || []).forEach(function (d) {
          var o = document.createElement("option");
          o.value = d.id;
          o.textContent = d.title || d.id;
          docSelect.appendChild(o);
        });
        // /graph?doc=ID opens with that document chosen
        var wanted = new URLSearchParams(window.location.search).get("doc");
        if (wanted && (body.documents || []).some(function (d) { return d.id === wanted; })) {
          docSelect.value = wanted;
          docSelect.dispatchEvent(new Event("change"));
        }
      }).catch(function () { docSelect.disabled = true; });
    }
  }

  function reset() {
    shown = {};
    if (start && full.nodes[start]) {
      shown[start] = true;
      full.adj[start].forEach(function (o) { shown[o] = true; });
      selected = start;
    } else {
      showAll();
      return;
    }
    render();
  }

  function showAll() {
    var ids = Object.keys(full.nodes).sort(function (a, b) { return degree(b) - degree(a); });
    shown = {};
    ids.slice(0, MAX_SHOWN).forEach(function (id) { shown[id] = true; });
    render(ids.length > MAX_SHOWN ? "연결이 많은 " + MAX_SHOWN + "개만 표시합니다 (전체 " + ids.length + "개)." : "");
  }

  function expand(id) {
    if (!full.nodes[id]) { return; }
    shown[id] = true;
    full.adj[id].forEach(function (o) { shown[o] = true; });
    selected = id;
    render();
  }

  // what passes every filter right now
  function visible() {
    var rel = relSelect ? relSelect.value : "";
    var nodes = {}, edges = [];
    Object.keys(shown).forEach(function (id) {
      var n = full.nodes[id];
      if (n && !typeOff[n.type] && (!docNodes || docNodes[id])) { nodes[id] = n; }
    });
    full.edges.forEach(function (e) {
      if (nodes[e.source] && nodes[e.target] && (!rel || e.type === rel)) { edges.push(e); }
    });
    if (rel) {  // a relation filter shows the entities that relation connects
      var ends = {};
      edges.forEach(function (e) { ends[e.source] = true; ends[e.target] = true; });
      Object.keys(nodes).forEach(function (id) { if (!ends[id] && id !== selected) { delete nodes[id]; } });
    }
    return { nodes: nodes, edges: edges };
  }

  function visNode(n) {
    var colour = K.typeColour(n.type);
    var match = search && search.value.trim() && K.nameMatches(n, search.value);
    return { id: n.id, label: String(n.name || n.id),
             title: K.typeLabel(n.type) + " · " + String(n.name || n.id),
             color: { background: colour, border: match ? "#111" : "#fff",
                      highlight: { background: colour, border: "#111" } },
             borderWidth: match ? 4 : 2, font: { color: "#1d2330" }, shape: "dot",
             size: n.id === selected || n.id === start ? 22 : 12 + Math.min(8, degree(n.id)) };
  }

  function edgeId(e) { return e.source + "\u0000" + e.type + "\u0000" + e.target; }

  function render(note) {
    var v = visible();
    var ids = Object.keys(v.nodes);
    if (!network) {
      visNodes = new vis.DataSet([]);
      visEdges = new vis.DataSet([]);
      network = new vis.Network(canvas, { nodes: visNodes, edges: visEdges }, {
        physics: { stabilization: { iterations: 120 }, barnesHut: { springLength: 120 } },
        interaction: { hover: true, tooltipDelay: 150 },
        edges: { arrows: "to", font: { size: 11, align: "middle", strokeWidth: 3 },
                 color: { color: "#9aa3b5", highlight: "#3454d1" }, smooth: { type: "dynamic" } }
      });
      network.on("click", function (p) {
        if (p.nodes.length) { expand(p.nodes[0]); }
      });
      root.kgExplorer = { network: network, shown: function () { return Object.keys(shown); } };
    }
    var keepN = {};
    ids.forEach(function (id) { keepN[id] = true; });
    visNodes.remove(visNodes.getIds().filter(function (id) { return !keepN[id]; }));
    visNodes.update(ids.map(function (id) { return visNode(v.nodes[id]); }));
    var keepE = {};
    var edges = v.edges.map(function (e) {
      keepE[edgeId(e)] = true;
      return { id: edgeId(e), from: e.source, to: e.target, label: K.relationLabel(e.type),
               title: K.relationLabel(e.type) + " (" + e.type + ")" };
    });
    visEdges.remove(visEdges.getIds().filter(function (id) { return !keepE[id]; }));
    visEdges.update(edges);
    canvas.setAttribute("data-nodes", String(ids.length));
    canvas.setAttribute("data-edges", String(edges.length));
    if (!Object.keys(full.nodes).length) {
      say("그래프가 비어 있습니다. 문서를 추가하면 그 안의 개체와 관계가 여기에 나타납니다.");
    } else {
      say("개체 " + ids.length + "개 · 관계 " + edges.length + "개 표시" + (note ? " — " + note : ""));
    }
    showInfo();
    updateLegendCounts(v);
  }

  function buildLegend() {
    var types = {};
    Object.keys(full.nodes).forEach(function (id) { types[full.nodes[id].type] = true; });
    legend.textContent = "";
    Object.keys(types).sort().forEach(function (t) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "legend-item";
      b.setAttribute("aria-pressed", "true");
      b.setAttribute("data-type", t);
      var sw = document.createElement("span");
      sw.className = "swatch";
      sw.style.background = K.typeColour(t);
      var name = document.createElement("span");
      name.textContent = K.typeLabel(t);
      var count = document.createElement("span");
      count.className = "count";
      b.appendChild(sw); b.appendChild(name); b.appendChild(count);
      b.title = K.typeLabel(t) + " 보이기/숨기기";
      b.addEventListener("click", function () {
        typeOff[t] = !typeOff[t];
        b.setAttribute("aria-pressed", typeOff[t] ? "false" : "true");
        render();
      });
      legend.appendChild(b);
    });
  }

  function updateLegendCounts(v) {
    var counts = {};
    Object.keys(v.nodes).forEach(function (id) { var t = v.nodes[id].type; counts[t] = (counts[t] || 0) + 1; });
    Array.prototype.forEach.call(legend.querySelectorAll(".legend-item"), function (b) {
      var t = b.getAttribute("data-type");
      b.querySelector(".count").textContent = String(counts[t] || 0);
      b.setAttribute("aria-pressed", typeOff[t] ? "false" : "true");
    });
  }

  function buildRelations() {
    if (!relSelect) { return; }
    var types = {};
    full.edges.forEach(function (e) { types[e.type] = (types[e.type] || 0) + 1; });
    Object.keys(types).sort(function (a, b) {
      return K.relationLabel(a).localeCompare(K.relationLabel(b), "ko");
    }).forEach(function (t) {
      var o = document.createElement("option");
      o.value = t;
      o.textContent = K.relationLabel(t) + " (" + types[t] + ")";
      relSelect.appendChild(o);
    });
  }

  function showInfo() {
    var n = selected && full.nodes[selected];
    info.hidden = !n;
    if (!n) { return; }
    info.querySelector(".name").textContent = String(n.name || n.id);
    info.querySelector(".type").textContent = K.typeLabel(n.type);
    info.querySelector(".type").style.background = K.typeColour(n.type);
    info.querySelector(".aliases").textContent = (n.aliases || []).join(", ");
    var open = info.querySelector("a.open");
    var u = new URL(window.location.href);
    u.pathname = "/";
    u.searchParams.set("entity", n.id);
    u.hash = "entity";
    open.href = u.pathname + u.search + u.hash;
  }

  // ---- export of exactly what is shown --------------------------------------------------------
  function shownGraph() {
    var v = visible();
    return {
      directed: true, multigraph: true, graph: {}, schema_version: 1,
      nodes: Object.keys(v.nodes).map(function (id) { return Object.assign({ kind: "entity" }, v.nodes[id]); }),
      edges: v.edges.map(function (e) {
        return { source: e.source, target: e.target, key: e.type, type: e.type,
                 confidence: e.confidence, evidence: e.evidence };
      })
    };
  }

  function xml(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
  }

  function flat(v) { return (v !== null && typeof v === "object") ? JSON.stringify(v) : v; }

  function graphml(g) {
    var keys = { node: {}, edge: {} };
    function kind(v) {
      return typeof v === "boolean" ? "boolean" : typeof v === "number" ? (Number.isInteger(v) ? "long" : "double") : "string";
    }
    g.nodes.forEach(function (n) { Object.keys(n).forEach(function (k) { if (k !== "id" && n[k] != null) { keys.node[k] = keys.node[k] || kind(flat(n[k])); } }); });
    g.edges.forEach(function (e) { Object.keys(e).forEach(function (k) { if (k !== "source" && k !== "target" && e[k] != null) { keys.edge[k] = keys.edge[k] || kind(flat(e[k])); } }); });
    var out = ['<?xml version="1.0" encoding="utf-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
    ["node", "edge"].forEach(function (what) {
      Object.keys(keys[what]).sort().forEach(function (k) {
        out.push('<key id="' + what + "_" + xml(k) + '" for="' + what + '" attr.name="' + xml(k) + '" attr.type="' + keys[what][k] + '"/>');
      });
    });
    out.push('<graph edgedefault="directed">');
    function data(what, obj, skip) {
      return Object.keys(obj).filter(function (k) { return skip.indexOf(k) < 0 && obj[k] != null; }).sort().map(function (k) {
        return '<data key="' + what + "_" + xml(k) + '">' + xml(flat(obj[k])) + "</data>";
      }).join("");
    }
    g.nodes.forEach(function (n) { out.push('<node id="' + xml(n.id) + '">' + data("node", n, ["id"]) + "</node>"); });
    g.edges.forEach(function (e, i) {
      out.push('<edge id="e' + i + '" source="' + xml(e.source) + '" target="' + xml(e.target) + '">' + data("edge", e, ["source", "target"]) + "</edge>");
    });
    out.push("</graph>", "</graphml>");
    return out.join("\n") + "\n";
  }

  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  // ---- controls -------------------------------------------------------------------------------
  root.querySelector("[data-action=all]").addEventListener("click", function () { showAll(); });
  root.querySelector("[data-action=reset]").addEventListener("click", function () { reset(); });
  root.querySelector("[data-action=json]").addEventListener("click", function () {
    download("kgsearch-graph.json", "application/json", JSON.stringify(shownGraph(), null, 1));
  });
  root.querySelector("[data-action=graphml]").addEventListener("click", function () {
    download("kgsearch-graph.graphml", "application/xml", graphml(shownGraph()));
  });
  info.querySelector("[data-action=expand]").addEventListener("click", function () {
    if (selected) { expand(selected); }
  });
  if (relSelect) { relSelect.addEventListener("change", function () { render(); }); }
  if (docSelect) {
    docSelect.addEventListener("change", function () {
      if (!docSelect.value) { docNodes = null; render(); return; }
      K.fetchJSON("/api/graph?format=json&lexical=0&doc=" + encodeURIComponent(docSelect.value))
        .then(function (g) {
          docNodes = {};
          (g.nodes || []).forEach(function (n) { docNodes[n.id] = true; shown[n.id] = true; });
          render();
        }).catch(function (err) { say("문서 그래프를 불러오지 못했습니다: " + err.message); });
    });
  }
  if (search) {
    search.addEventListener("input", function () { render(); });
    root.querySelector("form.graph-find").addEventListener("submit", function (ev) {
      ev.preventDefault();
      var q = search.value.trim();
      if (!q) { return; }
      var hits = Object.keys(full.nodes).filter(function (id) { return K.nameMatches(full.nodes[id], q); });
      if (!hits.length) { say("'" + q + "'와(과) 일치하는 개체가 없습니다."); return; }
      hits.sort(function (a, b) { return degree(b) - degree(a); });
      typeOff[full.nodes[hits[0]].type] = false;
      expand(hits[0]);
      network.focus(hits[0], { scale: 1.1, animation: { duration: 300 } });
      say("일치 " + hits.length + "개 — '" + full.nodes[hits[0]].name + "'을(를) 펼쳤습니다.");
    });
  }
  load();
})();
