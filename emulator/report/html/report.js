(function () {
  "use strict";
  var d = document;
  var svg = d.getElementById("timeline");
  var cells = d.querySelectorAll("#strip rect");
  var NS = "http://www.w3.org/2000/svg";

  // Details panel under the timeline: the title of what was clicked, and a cursor line.
  var detail = d.createElement("div");
  detail.id = "detail";
  detail.setAttribute("role", "status");
  detail.textContent = "Click a cell of the case strip, an operation or a network mark for its details; click a failing case below to find it.";
  var tl = d.querySelector(".tl");
  if (tl) tl.parentNode.insertBefore(detail, tl.nextSibling);
  var cursor = null;
  if (svg) {
    cursor = d.createElementNS(NS, "line");
    cursor.id = "cursor";
    cursor.setAttribute("y1", "0");
    cursor.setAttribute("y2", svg.getAttribute("height"));
    cursor.setAttribute("x1", "-10");
    cursor.setAttribute("x2", "-10");
    svg.appendChild(cursor);
  }
  function titleOf(el) {
    for (var n = el; n && n.nodeName !== "svg"; n = n.parentNode) {
      for (var c = n.firstChild; c; c = c.nextSibling) {
        if (c.nodeName === "title") return c.textContent;
      }
    }
    return "";
  }
  function show(el) {
    var t = titleOf(el);
    if (!t) return;
    detail.textContent = t;
    var cls = (el.getAttribute("class") || "").split(" ");
    detail.className = "";
    for (var i = 0; i < cls.length; i++) if (cls[i].indexOf("o-") === 0) detail.className = cls[i];
    if (cursor && el.getAttribute("x") !== null) {
      var x = parseFloat(el.getAttribute("x")) + parseFloat(el.getAttribute("width") || "0") / 2;
      cursor.setAttribute("x1", x);
      cursor.setAttribute("x2", x);
    }
  }
  if (svg) {
    svg.addEventListener("click", function (e) { show(e.target); });
  }

  // The overview scrolls the timeline to the bin clicked.
  var ov = d.getElementById("overview");
  if (ov) {
    ov.addEventListener("click", function (e) {
      var x = e.target.getAttribute && e.target.getAttribute("data-x");
      var sc = d.querySelector(".tl .scroll");
      if (x === null || !sc) return;
      sc.scrollLeft = Math.max(0, parseFloat(x) - sc.clientWidth / 3);
      detail.textContent = titleOf(e.target);
    });
  }

  // Outcome filters: click an outcome in the legend to fade its cells.
  d.querySelectorAll(".lg-o").forEach(function (el) {
    el.addEventListener("click", function () {
      var c = "hide-" + el.getAttribute("data-o");
      d.body.classList.toggle(c);
      el.classList.toggle("off", d.body.classList.contains(c));
    });
  });

  // Copy buttons beside every replay command.
  function copy(text, btn) {
    function done() { btn.textContent = "copied"; btn.classList.add("done"); }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
    } else { fallback(text); done(); }
  }
  function fallback(text) {
    var ta = d.createElement("textarea");
    ta.value = text;
    d.body.appendChild(ta);
    ta.select();
    try { d.execCommand("copy"); } catch (err) { /* nothing more to try */ }
    d.body.removeChild(ta);
  }
  var replays = d.querySelectorAll("code.replay");
  replays.forEach(function (code) {
    var b = d.createElement("button");
    b.type = "button";
    b.className = "copy";
    b.textContent = "copy";
    b.title = "copy the replay command";
    b.addEventListener("click", function (e) { e.stopPropagation(); copy(code.textContent, b); });
    code.parentNode.appendChild(b);
  });

  // A failing case row finds its cell in the strip.
  var byLabel = {};
  cells.forEach(function (c) {
    var t = titleOf(c);
    var first = t.split("\n")[0];
    if (!(first in byLabel)) byLabel[first] = c;
  });
  d.querySelectorAll(".fail tbody tr").forEach(function (tr) {
    tr.addEventListener("click", function () {
      var c = byLabel[tr.getAttribute("data-label")];
      if (!c) return;
      show(c);
      var sc = d.querySelector(".tl .scroll");
      if (sc) sc.scrollLeft = Math.max(0, parseFloat(c.getAttribute("x")) - sc.clientWidth / 2);
      detail.scrollIntoView({ block: "nearest" });
    });
  });

  var failing = d.querySelectorAll("#strip rect:not(.o-okold):not(.o-oknew)").length;
  var status = d.getElementById("js-status");
  if (status) {
    status.textContent = cells.length + " case cells drawn, " + failing + " failing; " +
      replays.length + " replay commands ready to copy. Click the timeline for details.";
  }
  d.body.setAttribute("data-report-ready", "1");
})();
