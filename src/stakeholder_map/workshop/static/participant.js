// Participant page: join, then place each stakeholder on the power/interest grid.
// Every change is sent at once (PUT /api/ratings/<id>); the server stores it
// before it answers, so an acknowledged rating is never lost.
"use strict";
(function () {
  const WS = window.WS;
  const state = { token: sessionStorage.getItem("ws-token"), people: [], own: {}, selected: null,
    revealed: false, summary: null, timer: null };
  const $ = (id) => document.getElementById(id);

  function label(s) { return s.short_name || s.name; }

  function render() {
    WS.setText("title", "title");
    WS.setText("lang-label", "language");
    WS.setText("join-heading", "join_heading");
    WS.setText("name-label", "name");
    WS.setText("code-label", "code");
    WS.setText("join-button", "join");
    WS.setText("tray-heading", "tray");
    WS.setText("confidence-label", "confidence");
    WS.setText("rationale-label", "rationale");
    WS.setText("save", "save");
    WS.setText("download", "download");
    WS.setText("offline-note", "offline_note");
    $("confidence").options[0].textContent = WS.t("confidence_none");
    $("join").hidden = Boolean(state.token);
    $("rate").hidden = !state.token;
    if (state.token) drawRate();
  }

  function drawRate() {
    const grid = $("grid"), tray = $("tray");
    grid.setAttribute("aria-label", WS.t("grid"));
    WS.quadrants(grid);
    for (const node of document.querySelectorAll(".chip, .dot, .whisker, .dot-label")) node.remove();
    for (const s of state.people) {
      const r = state.own[s.id];
      const chip = WS.el("button", { type: "button", class: "chip", "data-id": s.id, title: s.name,
        "aria-pressed": String(state.selected === s.id) }, label(s));
      chip.setAttribute("aria-label", r
        ? s.name + ": " + WS.t("power") + " " + r.power + ", " + WS.t("interest") + " " + r.interest
          + ", " + WS.t("attitude_value", { n: r.attitude })
        : s.name);
      if (state.selected === s.id) chip.classList.add("selected");
      chip.addEventListener("pointerdown", startDrag);
      chip.addEventListener("click", () => select(s.id));
      chip.addEventListener("keydown", keyMove);
      if (r) {
        const p = WS.pos(r.power, r.interest);
        chip.style.left = p.left + "%"; chip.style.top = p.top + "%";
        grid.appendChild(chip);
      } else {
        tray.appendChild(chip);
      }
    }
    if (state.revealed && state.summary) drawSummary(grid);
    const done = Object.keys(state.own).length;
    WS.setText("progress", "progress", { n: done, total: state.people.length });
    $("status").textContent = WS.info.closed ? WS.t("closed") : state.revealed ? WS.t("combined") : WS.t("waiting");
    drawPanel();
  }

  function drawSummary(grid) {
    for (const row of state.summary) {
      if (!row.n) continue;
      const p = WS.pos(row.power, row.interest);
      const dot = WS.el("span", { class: "dot", title: row.name });
      dot.style.left = p.left + "%"; dot.style.top = p.top + "%";
      grid.appendChild(dot);
    }
  }

  function drawPanel() {
    const box = $("attitude");
    box.replaceChildren();
    box.setAttribute("aria-label", WS.t("attitude"));
    const s = state.people.find((x) => x.id === state.selected);
    WS.setText("selected", "selected", { n: s ? s.name : "-" });
    const r = s ? state.own[s.id] : null;
    for (const v of [-2, -1, 0, 1, 2]) {
      const b = WS.el("button", { type: "button", "aria-label": WS.t("attitude_value", { n: v }),
        "aria-pressed": String(Boolean(r && r.attitude === v)) }, v > 0 ? "+" + v : String(v));
      b.disabled = !r;
      b.addEventListener("click", () => { if (r) send(s.id, { attitude: v }); });
      box.appendChild(b);
    }
    $("confidence").value = r && r.confidence !== null && r.confidence !== undefined ? String(r.confidence) : "";
    $("rationale").value = (r && r.rationale) || "";
    $("save").disabled = !r;
  }

  function select(id) { state.selected = id; drawRate(); focusChip(id); }
  function focusChip(id) {
    const chip = document.querySelector('.chip[data-id="' + CSS.escape(id) + '"]');
    if (chip) chip.focus();
  }

  function round(v) {
    const [lo, hi] = WS.info.scale;
    return Math.min(hi, Math.max(lo, Math.round(v * 10) / 10));
  }

  // Changes are sent one after the other, each built on the answer to the one
  // before, so a quick tap after a key press never undoes the move.
  let queue = Promise.resolve();
  function send(id, change) {
    queue = queue.then(() => put(id, change));
    return queue;
  }

  async function put(id, change) {
    const old = state.own[id] || { attitude: 0, confidence: null, rationale: null };
    const next = typeof change === "function" ? change(state.own[id]) : change;
    const body = { power: old.power, interest: old.interest, attitude: old.attitude,
      confidence: old.confidence, rationale: old.rationale, ...next };
    if (body.confidence === null || body.confidence === undefined) delete body.confidence;
    if (!body.rationale) delete body.rationale;
    try {
      state.own[id] = await WS.api("PUT", "/api/ratings/" + encodeURIComponent(id), state.token, body);
      state.selected = id;
      drawRate();
      focusChip(id);
    } catch (err) {
      $("status").textContent = WS.t("error", { n: err.message });
    }
  }

  function startDrag(ev) {
    const chip = ev.currentTarget, id = chip.dataset.id, grid = $("grid");
    let moved = false;
    chip.setPointerCapture(ev.pointerId);
    const ghost = chip;
    function move(e) {
      moved = true;
      ghost.style.position = "fixed";
      ghost.style.transform = "translate(-50%, -50%)";
      ghost.style.left = e.clientX + "px"; ghost.style.top = e.clientY + "px";
    }
    function up(e) {
      chip.removeEventListener("pointermove", move);
      chip.removeEventListener("pointerup", up);
      chip.removeEventListener("pointercancel", up);
      if (!moved) return;
      const box = grid.getBoundingClientRect();
      const fx = (e.clientX - box.left) / box.width, fy = (e.clientY - box.top) / box.height;
      if (fx < 0 || fx > 1 || fy < 0 || fy > 1) { drawRate(); return; }
      const [lo, hi] = WS.info.scale;
      send(id, { interest: round(lo + fx * (hi - lo)), power: round(lo + (1 - fy) * (hi - lo)) });
    }
    chip.addEventListener("pointermove", move);
    chip.addEventListener("pointerup", up);
    chip.addEventListener("pointercancel", up);
  }

  function keyMove(ev) {
    const id = ev.currentTarget.dataset.id;
    const steps = { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] };
    if (!(ev.key in steps)) return;
    ev.preventDefault();
    const [lo, hi] = WS.info.scale, mid = (lo + hi) / 2, step = (hi - lo) / 8;
    const [dp, di] = steps[ev.key];
    send(id, (r) => r ? { power: round(r.power + dp * step), interest: round(r.interest + di * step) }
      : { power: mid, interest: mid });
  }

  async function loadRatings() {
    const data = await WS.api("GET", "/api/ratings", state.token);
    state.own = {};
    for (const r of data.own) state.own[r.stakeholder_id] = r;
    state.revealed = data.revealed;
    state.summary = data.summary;
  }

  async function enter() {
    try {
      state.people = await WS.api("GET", "/api/stakeholders", state.token);
      await loadRatings();
    } catch (err) {
      sessionStorage.removeItem("ws-token");
      state.token = null;
    }
    render();
    clearInterval(state.timer);
    state.timer = setInterval(async function () {
      if (!state.token) return;
      const before = state.revealed;
      try {
        const data = await WS.api("GET", "/api/ratings", state.token);
        WS.info = await WS.api("GET", "/api/info");
        state.revealed = data.revealed; state.summary = data.summary;
        if (before !== state.revealed || state.revealed) drawRate();
      } catch (err) { /* keep the page; the next poll tries again */ }
    }, 2000);
  }

  $("join").addEventListener("submit", async function (ev) {
    ev.preventDefault();
    try {
      const data = await WS.api("POST", "/api/join", null, { name: $("name").value, code: $("code").value });
      state.token = data.token;
      sessionStorage.setItem("ws-token", data.token);
      await enter();
    } catch (err) {
      $("join-error").textContent = err.message;
    }
  });
  $("save").addEventListener("click", function () {
    if (!state.selected) return;
    const c = $("confidence").value;
    send(state.selected, { confidence: c === "" ? null : Number(c), rationale: $("rationale").value });
  });
  if (WS.offline) {
    // Offline: no join code; the ratings leave the page as a downloaded file.
    $("code").required = false;
    $("code").closest("label").hidden = true;
    $("offline").hidden = false;
    state.token = WS.resume() ? "offline" : null;
    $("download").addEventListener("click", function () {
      const file = WS.ratingsFile();
      const blob = new Blob([JSON.stringify(file, null, 1)], { type: "application/json" });
      const link = WS.el("a", { href: URL.createObjectURL(blob),
        download: "ratings-" + (file.participant.replace(/[^\p{L}\p{N}]+/gu, "-") || "participant") + ".json" });
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      $("status").textContent = WS.t("downloaded", { n: file.ratings.length });
    });
  }
  const params = new URLSearchParams(location.search);
  if (params.get("code")) $("code").value = params.get("code");
  WS.start(render).then(() => { if (state.token) enter(); });
})();
