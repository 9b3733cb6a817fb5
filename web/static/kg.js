// What every script of the page shares: the Korean labels (the server's one table, handed over
// as JSON in <script type="application/json" id="kg-labels">), entity colours (from the stylesheet), and fetch with
// the write token and clear errors.
(function () {
  "use strict";
  var labels = { relations: {}, types: {}, answer_types: {}, methods: {} };
  var el = document.getElementById("kg-labels");
  if (el) {
    try { labels = JSON.parse(el.textContent); } catch (e) { /* labels stay empty: raw names */ }
  }
  var colours = {};  // entity type -> colour, from the stylesheet's --Company, --Person, ...
  var TOKEN_KEY = "kgsearch-token";

  function token() {
    try { return window.sessionStorage.getItem(TOKEN_KEY) || ""; } catch (e) { return ""; }
  }

  function setToken(value) {
    try {
      if (value) { window.sessionStorage.setItem(TOKEN_KEY, value); }
      else { window.sessionStorage.removeItem(TOKEN_KEY); }
    } catch (e) { /* private mode: the token lasts this page only */ }
  }

  // fetch that sends the write token when one is set and turns a JSON {"error"} into an Error
  // whose .status is the HTTP status
  function fetchJSON(url, options) {
    options = options || {};
    var headers = Object.assign({ "Accept": "application/json" }, options.headers || {});
    if (token() && options.method && options.method !== "GET") {
      headers["Authorization"] = "Bearer " + token();
    }
    return fetch(url, Object.assign({}, options, { headers: headers, credentials: "same-origin" }))
      .then(function (r) {
        return r.text().then(function (text) {
          var body = null;
          try { body = text ? JSON.parse(text) : {}; } catch (e) { body = null; }
          if (!r.ok) {
            var err = new Error((body && body.error) || ("HTTP " + r.status));
            err.status = r.status;
            err.body = body;
            throw err;
          }
          if (body === null) { throw new Error("the server did not answer JSON"); }
          return body;
        });
      });
  }

  function nameMatches(node, query) {
    var q = String(query).trim().toLowerCase();
    if (!q) { return false; }
    return [node.name || node.id].concat(node.aliases || []).some(function (a) {
      return String(a).toLowerCase().indexOf(q) >= 0;
    });
  }

  window.KG = {
    labels: labels,
    relationLabel: function (t) { return (labels.relations || {})[t] || t; },
    typeLabel: function (t) { return (labels.types || {})[t] || t || "미분류"; },
    typeColour: function (t) {
      if (!(t in colours)) {
        var v = /^[A-Za-z]\w*$/.test(t || "") ?
          getComputedStyle(document.documentElement).getPropertyValue("--" + t).trim() : "";
        colours[t] = v || "#999999";
      }
      return colours[t];
    },
    fetchJSON: fetchJSON,
    token: token,
    setToken: setToken,
    nameMatches: nameMatches
  };
})();
