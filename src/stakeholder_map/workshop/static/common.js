// Shared helpers of the workshop pages. Data are put into the page only through
// textContent and attributes, never through innerHTML.
"use strict";
window.WS = (function () {
  const ws = { texts: null, lang: "nl", info: null };
  ws.el = function (tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  };
  ws.t = function (key, params) {
    let s = (ws.texts[ws.lang] || ws.texts.en)[key] || key;
    for (const [k, v] of Object.entries(params || {})) s = s.split("{" + k + "}").join(String(v));
    return s;
  };
  // An offline page (write_workshop_page) carries its map in a JSON block and
  // answers the same API calls from memory; nothing goes over a network.
  const block = document.getElementById("ws-data");
  ws.offline = block ? JSON.parse(block.textContent) : null;
  const local = { name: null, own: {}, id: null };
  // The tab keeps what was done (sessionStorage), so a reload loses nothing;
  // another tab or the next person on the same laptop starts afresh.
  const keep = ws.offline ? "ws-offline:" + ws.offline.map.fingerprint : null;
  function store() { sessionStorage.setItem(keep, JSON.stringify(local)); }
  ws.resume = function () {
    const saved = keep && sessionStorage.getItem(keep);
    if (!saved) return false;
    Object.assign(local, JSON.parse(saved));
    return Boolean(local.name);
  };
  function fail(message) { throw new Error(message); }
  function check(name, value, lo, hi) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < lo || value > hi) {
      fail(ws.t("out_of_range", { name: name, lo: lo, hi: hi }));
    }
    return value;
  }
  function answer(method, path, body) {
    const data = ws.offline;
    if (path === "/api/texts") return data.texts;
    if (path === "/api/info") return data.info;
    if (path === "/api/join") {
      const name = String(body.name || "").split(/\s+/).filter(Boolean).join(" ");
      if (!name) fail(ws.t("name"));
      local.name = name;
      local.id = (crypto.randomUUID ? crypto.randomUUID()
        : String(Date.now()) + "-" + String(Math.random()).slice(2));
      store();
      return { participant_id: 1, token: "offline" };
    }
    if (path === "/api/stakeholders") return data.stakeholders;
    if (path === "/api/ratings" && method === "GET") {
      return { revealed: false, own: Object.values(local.own), summary: null };
    }
    if (path.startsWith("/api/ratings/") && method === "PUT") {
      const id = decodeURIComponent(path.slice("/api/ratings/".length));
      if (!data.stakeholders.some((s) => s.id === id)) fail(id);
      const [lo, hi] = data.info.scale;
      const row = { stakeholder_id: id, rater: local.name,
        power: check("power", body.power, lo, hi), interest: check("interest", body.interest, lo, hi),
        attitude: check("attitude", body.attitude, -2, 2),
        confidence: body.confidence === undefined || body.confidence === null ? null
          : check("confidence", body.confidence, 0, 1),
        rationale: body.rationale ? String(body.rationale).slice(0, 300) : null };
      local.own[id] = row;
      store();
      return row;
    }
    fail(path);
  }
  // The ratings as the small JSON file the facilitator imports
  // (WorkshopStore.import_ratings).
  ws.ratingsFile = function () {
    return { format: "stakeholder_map.workshop_ratings", version: 1,
      map: ws.offline.map, submission: local.id, participant: local.name,
      saved: new Date().toISOString(),
      ratings: Object.values(local.own).map((r) => ({ stakeholder_id: r.stakeholder_id,
        power: r.power, interest: r.interest, attitude: r.attitude,
        confidence: r.confidence, rationale: r.rationale })) };
  };
  ws.api = async function (method, path, token, body) {
    if (ws.offline) return JSON.parse(JSON.stringify(answer(method, path, body)));
    const headers = { "Content-Type": "application/json" };
    if (token) headers.Authorization = "Bearer " + token;
    const r = await fetch(path, { method: method, headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body) });
    const data = await r.json();
    if (!r.ok) throw new Error(data.error || String(r.status));
    return data;
  };
  ws.setText = function (id, key, params) {
    const node = document.getElementById(id);
    if (node) node.textContent = ws.t(key, params);
  };
  ws.start = async function (render) {
    ws.texts = await ws.api("GET", "/api/texts");
    ws.info = await ws.api("GET", "/api/info");
    ws.lang = localStorage.getItem("ws-lang") || ws.info.language || "nl";
    if (!ws.texts[ws.lang]) ws.lang = "en";
    const select = document.getElementById("lang");
    select.value = ws.lang;
    select.addEventListener("change", function () {
      ws.lang = select.value;
      localStorage.setItem("ws-lang", ws.lang);
      document.documentElement.lang = ws.lang;
      render();
    });
    document.documentElement.lang = ws.lang;
    render();
  };
  // Position on the grid, in percent, of a score pair.
  ws.pos = function (power, interest) {
    const [lo, hi] = ws.info.scale;
    return { left: (100 * (interest - lo)) / (hi - lo), top: 100 - (100 * (power - lo)) / (hi - lo) };
  };
  ws.quadrants = function (grid) {
    for (const node of grid.querySelectorAll(".quadrant")) node.remove();
    const places = [["keep_satisfied", "0", "0"], ["manage_closely", "0", "50%"],
      ["monitor", "50%", "0"], ["keep_informed", "50%", "50%"]];
    for (const [q, top, left] of places) {
      const node = ws.el("span", { class: "quadrant", "aria-hidden": "true" }, ws.t("quadrant_" + q));
      node.style.top = top; node.style.left = left;
      grid.appendChild(node);
    }
    ws.setText("axis-x", "interest");
    ws.setText("axis-y", "power");
  };
  return ws;
})();
