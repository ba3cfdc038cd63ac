// Facilitator page: the combined grid (median, IQR whiskers), who rated how much,
// the stakeholders with most disagreement first, alpha, reveal and close.
// Polls /api/summary every 2 s; the token comes from the address (?token=...).
"use strict";
(function () {
  const WS = window.WS;
  const $ = (id) => document.getElementById(id);
  const token = new URLSearchParams(location.search).get("token") || "";
  let data = null;

  function fmt(v) { return v === null || v === undefined ? "–" : (Math.round(v * 10) / 10).toString(); }

  function render() {
    WS.setText("title", "facilitator_title");
    WS.setText("lang-label", "language");
    WS.setText("reveal-label", "reveal");
    WS.setText("close-round", "close_round");
    WS.setText("participants-heading", "participants");
    WS.setText("disagreement-heading", "disagreement");
    const head = $("head");
    head.replaceChildren();
    for (const key of ["stakeholder", "n", "median", "iqr", "quadrant"]) head.appendChild(WS.el("th", {}, WS.t(key)));
    if (!data) return;
    showJoin();
    $("reveal").checked = data.revealed;
    $("close-round").disabled = data.closed;
    $("alpha").textContent = data.alpha === null ? WS.t("alpha_none") : WS.t("alpha", { n: data.alpha });
    if (data.closed) $("status").textContent = WS.t("closed");
    const list = $("participants");
    list.replaceChildren();
    for (const p of data.participants) {
      list.appendChild(WS.el("li", { "data-participant": p.name },
        p.name + ": " + WS.t("progress", { n: p.rated, total: data.n_stakeholders })));
    }
    const rows = $("rows");
    rows.replaceChildren();
    const grid = $("grid");
    WS.quadrants(grid);
    for (const node of grid.querySelectorAll(".dot, .whisker, .dot-label")) node.remove();
    for (const s of data.stakeholders) {
      const tr = WS.el("tr", { "data-id": s.id });
      tr.appendChild(WS.el("td", {}, s.name));
      tr.appendChild(WS.el("td", {}, s.n));
      tr.appendChild(WS.el("td", {}, fmt(s.power) + " / " + fmt(s.interest)));
      tr.appendChild(WS.el("td", {}, fmt(s.power_iqr) + " / " + fmt(s.interest_iqr)));
      tr.appendChild(WS.el("td", {}, s.quadrant ? WS.t("quadrant_" + s.quadrant) : "–"));
      rows.appendChild(tr);
      if (!s.n) continue;
      const p = WS.pos(s.power, s.interest);
      const lo = WS.pos(s.power_q1, s.interest_q1), hi = WS.pos(s.power_q3, s.interest_q3);
      const h = WS.el("span", { class: "whisker", "aria-hidden": "true" });
      h.style.left = lo.left + "%"; h.style.width = (hi.left - lo.left) + "%";
      h.style.top = p.top + "%"; h.style.height = "2px";
      const v = WS.el("span", { class: "whisker", "aria-hidden": "true" });
      v.style.top = hi.top + "%"; v.style.height = (lo.top - hi.top) + "%";
      v.style.left = p.left + "%"; v.style.width = "2px";
      const dot = WS.el("span", { class: "dot", "data-id": s.id, role: "img",
        "aria-label": s.name + ": " + WS.t("power") + " " + fmt(s.power) + ", " + WS.t("interest") + " " + fmt(s.interest) });
      dot.style.left = p.left + "%"; dot.style.top = p.top + "%";
      // The short name; on the right half the label sits left of its dot, so it
      // stays inside the grid.
      const right = p.left > 50;
      const text = WS.el("span", { class: right ? "dot-label left" : "dot-label", "aria-hidden": "true",
        title: s.name }, s.short_name || s.name);
      text.style.left = p.left + "%"; text.style.top = p.top + "%";
      grid.append(h, v, dot, text);
    }
  }

  // The join address, the code and their QR code (an SVG served by the app).
  function showJoin() {
    WS.setText("join-label", "join_at");
    WS.setText("code-label", "code");
    $("join-url").textContent = data.join_url;
    $("join-url").href = data.join_url;
    $("join-code").textContent = data.code;
    const qr = $("qr");
    qr.alt = WS.t("qr_alt", { url: data.join_url });
    if (!qr.getAttribute("src")) qr.src = "/qr.svg?token=" + encodeURIComponent(token);
    $("join").hidden = false;
  }

  async function poll() {
    try {
      data = await WS.api("GET", "/api/summary", token);
      $("status").textContent = "";
      render();
    } catch (err) {
      $("status").textContent = WS.t("error", { n: err.message });
    }
  }

  async function setState(change) {
    try {
      await WS.api("POST", "/api/state", token, change);
      await poll();
    } catch (err) {
      $("status").textContent = WS.t("error", { n: err.message });
    }
  }

  $("reveal").addEventListener("change", () => setState({ revealed: $("reveal").checked }));
  $("close-round").addEventListener("click", () => setState({ closed: true }));
  WS.start(render).then(poll);
  setInterval(poll, 2000);
})();
