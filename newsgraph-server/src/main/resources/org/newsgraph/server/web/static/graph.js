// Draws the co-occurrence graph of an entity page with vis-network (served from its WebJar). The page already
// lists the same links, so without script nothing is lost. Enter or double-click on a node opens its page.
(function () {
  "use strict";
  var holder = document.getElementById("cooccurrence");
  var data = document.getElementById("graph-data");
  if (!holder || !data || typeof vis === "undefined") { return; }
  var graph = JSON.parse(data.textContent);
  var max = 1;
  graph.edges.forEach(function (e) { max = Math.max(max, e.weight); });
  var nodes = new vis.DataSet(graph.nodes.map(function (n) {
    return { id: n.id, label: n.label, href: n.href, shape: "dot", size: n.center ? 22 : 12,
             color: n.center ? "#0b5cad" : "#9bb8d6", font: { size: 14, color: "#1d232b" } };
  }));
  var edges = new vis.DataSet(graph.edges.map(function (e, i) {
    return { id: i, from: e.from, to: e.to, value: e.weight, title: e.weight + " shared article(s)", color: { color: "#8a96a3" },
             width: 1 + 4 * e.weight / max };
  }));
  var network = new vis.Network(holder, { nodes: nodes, edges: edges }, {
    interaction: { hover: true, keyboard: { enabled: true, bindToWindow: false }, navigationButtons: false },
    physics: { stabilization: { iterations: 150 } }
  });
  function open(id) {
    var n = nodes.get(id);
    if (n && n.href) { window.location.href = n.href; }
  }
  network.on("doubleClick", function (p) { if (p.nodes.length) { open(p.nodes[0]); } });
  holder.setAttribute("tabindex", "0");
  holder.addEventListener("keydown", function (ev) {
    var sel = network.getSelectedNodes();
    if (ev.key === "Enter" && sel.length) { open(sel[0]); }
  });
})();
