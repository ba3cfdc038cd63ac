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
  ws.api = async function (method, path, token, body) {
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
