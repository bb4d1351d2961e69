"""The report's inline CSS and script. Nothing is fetched: the page works from a file, offline.

The script only sorts and filters the task table, opens an attempt view from a row click (by
setting the URL fragment; the CSS `:target` rule does the showing, so links work without it)
and switches the arm shown beside the baseline. It reads no data it did not find in the page.
"""

from __future__ import annotations

CSS = """
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#fff}
main,.attempt{padding:1.2em 2em;max-width:1500px;margin:0 auto}
h1{margin:.2em 0}h2{margin:1.4em 0 .4em;border-bottom:1px solid #ddd}h3{margin:.6em 0 .3em}
h4{margin:1em 0 .3em;color:#444}h5{margin:.6em 0 .2em}
a{color:#0a58ca}code{background:#f3f3f3;padding:0 3px;border-radius:3px}
.muted{color:#667}.err{color:#b00020}.won{color:#11772d;font-weight:600}.lost{color:#b00020;font-weight:600}
.sim{background:#b00020;color:#fff;padding:8px 14px;font-weight:700;font-size:16px;border-radius:4px;
margin:.5em 0}
.real{background:#11772d;color:#fff;padding:6px 12px;font-weight:700;display:inline-block;border-radius:4px}
.sim-tag{background:#b00020;color:#fff;padding:0 5px;border-radius:3px;font-weight:700}
.warn{background:#fff3cd;border:1px solid #e0c36a;padding:6px 10px;border-radius:4px}
dl.prov{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:.6em 0}
dl.prov dt{color:#667}dl.prov dd{margin:0}
.cards{display:flex;flex-wrap:wrap;gap:14px}
.card{border:1px solid #ddd;border-radius:6px;padding:10px 14px;flex:1 1 420px;max-width:720px}
.card .big{font-size:28px;font-weight:700}.card p{margin:.35em 0}
.plots{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start}
svg.plot{background:#fcfcfd;border:1px solid #e4e4e8;border-radius:4px;font:11px system-ui,sans-serif}
svg.plot .ttl{font-weight:700;font-size:12px}svg.plot .num{fill:#333}svg.plot .lbl{font-weight:600}
svg.plot .track{fill:#eef0f3}svg.plot .grid{stroke:#e2e4e8}svg.plot .zero{stroke:#555;stroke-dasharray:3 2}
svg.plot .ci{stroke-width:3;stroke-linecap:round}
table{border-collapse:collapse;margin:.6em 0}
td,th{border:1px solid #d8dadd;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f4f5f7}
table.sortable th{cursor:pointer;user-select:none}
table.sortable th.asc::after{content:" ▲"}table.sortable th.desc::after{content:" ▼"}
tr.task{cursor:pointer}tr.task:hover{background:#f0f6ff}
.controls{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:.5em 0}
.chip{display:inline-block;padding:0 6px;border-radius:9px;font-size:12px;font-weight:600;background:#ddd}
.o-success{background:#c7ecd0;color:#0b5a21}.o-flagged{background:#ffd8a8;color:#7a3e00}
.o-L4{background:#fff1b8}.o-L3{background:#ffe0cc}.o-L2{background:#ffd0d0}
.o-L1{background:#ffc2c2}.o-L0{background:#f9b0b0;color:#6b0010}
.o-infra{background:#d5d8dc;color:#333}.o-none{background:#eee;color:#888}
.attempt{display:none}.attempt:target{display:block}
body:has(.attempt:target) main{display:none}
.nav{margin:0 0 .4em}.nav a.on{font-weight:700;text-decoration:none;color:#000}
.tabs button{margin-left:6px;padding:2px 10px;border:1px solid #bbb;border-radius:4px;background:#f6f6f6;
cursor:pointer}.tabs button.on{background:#1f2328;color:#fff;border-color:#1f2328}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.panel{min-width:0;border:1px solid #e2e4e8;border-radius:6px;padding:6px 12px}
pre{white-space:pre;overflow:auto;max-height:520px;background:#f7f8fa;padding:6px 8px;margin:.3em 0;
font:12px/1.4 ui-monospace,"DejaVu Sans Mono",monospace;border-radius:4px}
pre.diff span{display:block}pre.diff .da{background:#e6ffec}pre.diff .dd{background:#ffebe9}
pre.diff .dh{font-weight:700;color:#444}pre.diff .dk{color:#0550ae;background:#ddf4ff}
ol.timeline{list-style:none;padding:0;margin:0}ol.timeline pre{max-height:340px}
.ev{border-left:4px solid #ccc;padding:3px 0 3px 10px;margin:6px 0}
.ev-model{border-color:#3b6fb6}.ev-tool{border-color:#8e5ea2}.ev-test{border-color:#2a9d8f}
.ev-test.t-failed{border-color:#d9822b}.ev-harness{border-color:#999}.ev-user{border-color:#d9822b}
.ev-error{background:#fff4f4}
.badge{font-size:11px;padding:0 5px;border-radius:3px;background:#eee;color:#333}
.badge.model{background:#dde8f7}.badge.tool{background:#eadff0}.badge.test{background:#d7efec}
.flag{border:1px solid #e0a040;background:#fff7e8;padding:4px 8px;border-radius:4px;margin:4px 0}
details>summary{cursor:pointer}
#js-errors{background:#b00020;color:#fff;padding:6px 12px}
@media (max-width:900px){.cols{grid-template-columns:1fr}}
"""

JS = """
(function () {
  "use strict";
  var errors = [];
  window.addEventListener("error", function (e) {
    errors.push(String(e.message));
    var box = document.getElementById("js-errors");
    if (box) { box.hidden = false; box.textContent = "Page errors: " + errors.join(" | "); }
  });
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("#tasks tbody tr")); }
  function key(tr, i, num) {
    var td = tr.children[i];
    if (!td) { return num ? -Infinity : ""; }
    if (num) { var v = td.getAttribute("data-sort"); return v === null ? -Infinity : parseFloat(v); }
    return td.textContent.toLowerCase();
  }
  function sortBy(th) {
    var table = th.closest("table"), i = +th.getAttribute("data-col"), num = th.hasAttribute("data-num");
    var asc = !th.classList.contains("asc");
    table.querySelectorAll("th").forEach(function (h) { h.classList.remove("asc", "desc"); });
    th.classList.add(asc ? "asc" : "desc");
    var body = table.tBodies[0];
    rows().sort(function (a, b) {
      var x = key(a, i, num), y = key(b, i, num);
      return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
    }).forEach(function (r) { body.appendChild(r); });
  }
  function applyFilter() {
    var q = document.getElementById("task-filter").value.toLowerCase();
    var flipped = document.getElementById("only-flipped").checked;
    var selects = document.querySelectorAll("select[data-filter]"), all = rows(), shown = 0;
    all.forEach(function (tr) {
      var ok = !q || tr.textContent.toLowerCase().indexOf(q) >= 0;
      if (flipped && !tr.hasAttribute("data-flipped")) { ok = false; }
      selects.forEach(function (s) {
        if (s.value && tr.getAttribute("data-" + s.getAttribute("data-filter")) !== s.value) { ok = false; }
      });
      tr.hidden = !ok;
      if (ok) { shown += 1; }
    });
    document.getElementById("task-count").textContent = shown + " of " + all.length + " tasks";
  }
  function pick(button) {
    var view = button.closest(".attempt"), arm = button.getAttribute("data-arm");
    view.querySelectorAll(".tabs button").forEach(function (b) { b.classList.toggle("on", b === button); });
    view.querySelectorAll(".panel.other").forEach(function (p) {
      p.hidden = p.getAttribute("data-arm") !== arm;
    });
  }
  document.addEventListener("click", function (e) {
    var t = e.target;
    if (!(t instanceof Element)) { return; }
    var th = t.closest("#tasks th");
    if (th) { sortBy(th); return; }
    var button = t.closest(".tabs button");
    if (button) { pick(button); return; }
    var tr = t.closest("tr.task");
    var view = tr && !t.closest("a") ? tr.getAttribute("data-view") : "";
    if (view) { location.hash = view; }
  });
  ["input", "change"].forEach(function (type) {
    document.addEventListener(type, function (e) {
      if (e.target instanceof Element && e.target.closest(".controls")) { applyFilter(); }
    });
  });
  window.addEventListener("hashchange", function () {
    if (location.hash.indexOf("#attempt-") === 0) { window.scrollTo(0, 0); }
  });
})();
"""
