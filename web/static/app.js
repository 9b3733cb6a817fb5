// The entity neighbourhood graph: fetched from /api/graph, drawn with vis-network (served by
// this app).  Every label goes into the canvas as text, never as HTML.
(function () {
  "use strict";
  var COLOURS = { Company: "#2f6fdf", Person: "#d9822b", Model: "#16a085", Date: "#7f8c8d",
                  Place: "#8e44ad", Investor: "#c0392b", Concept: "#95a5a6" };
  var box = document.getElementById("graph");
  if (!box || typeof vis === "undefined") { return; }
  var entity = box.getAttribute("data-entity");
  var url = "/api/graph?format=json&depth=2&entity=" + encodeURIComponent(entity);
  fetch(url).then(function (r) { return r.json(); }).then(function (g) {
    var nodes = (g.nodes || []).map(function (n) {
      return { id: n.id, label: String(n.name || n.id), title: String(n.type || ""),
               color: { background: COLOURS[n.type] || "#999", border: "#fff" },
               font: { color: "#1d2330" }, shape: "dot", size: n.id === entity ? 22 : 14 };
    });
    var edges = (g.edges || []).map(function (e, i) {
      return { id: i, from: e.source, to: e.target, label: String(e.type || e.key || ""),
               arrows: "to", font: { size: 10, align: "middle" }, color: { color: "#9aa3b5" } };
    });
    var net = new vis.Network(box, { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) },
      { physics: { stabilization: { iterations: 150 } }, interaction: { hover: true },
        nodes: { borderWidth: 2 } });
    net.on("click", function (params) {
      if (params.nodes.length) {
        var u = new URL(window.location.href);
        u.searchParams.set("entity", params.nodes[0]);
        window.location.href = u.toString();
      }
    });
    box.setAttribute("data-ready", String(nodes.length));
  }).catch(function () { box.textContent = "그래프를 불러오지 못했습니다."; });
})();
