// Live case page. Draft tokens and status lines stream in over the websocket; any other event
// (a message in, a reply out, a decision, a status change, a finished turn) re-reads from the
// server (the database is the truth) the parts it changed: the case's facts, its timeline, the
// copilot panel. A reconnect re-reads all three, a gap in the sequence numbers the panel.
//
// A re-read answers with the turn as last saved, and the draft is saved only every half second,
// so the answer can be older than events the page already showed, or than events that arrive
// while it is on its way. The page therefore keeps the current turn's events and, after every
// re-read of the same turn, replays those newer than the saved sequence number over it. A
// draft the agent has edited is never overwritten, by events or by a re-read, until it is sent.
//
// An event can be lost (Redis restarting drops what it was relaying). Every later event or a
// reconnect repairs that, but a turn's last event has no later one: so while the panel shows a
// turn queued or running and nothing about it has arrived for QUIET_MS, the panel is re-read.
(function () {
  const root = document.querySelector(".case-layout");
  if (!root) return;
  const caseId = root.dataset.case;
  const panel = document.getElementById("copilot");
  let lastSeq = 0;
  let turnId = null;
  let events = []; // this turn's streamed events, in arrival order
  let retry = 500;
  let rereadTimer = null;
  const QUIET_MS = 8000;
  let heardAt = Date.now(); // the last event about this case's turn, or the last re-read of the panel
  // This page's id: events its own requests caused come back with it as their origin.
  const pageId = [...crypto.getRandomValues(new Uint8Array(12))].map((b) => b.toString(16).padStart(2, "0")).join("");
  document.body.addEventListener("htmx:configRequest", (event) => { event.detail.headers["X-Copilot-Page"] = pageId; });

  function refresh() {
    if (window.htmx) htmx.trigger("#copilot", "copilot-refresh");
  }

  function refreshFacts() {
    if (window.htmx) htmx.trigger("#case-facts", "case-refresh");
  }

  function refreshTimeline() {
    if (window.htmx) htmx.trigger("#case-timeline", "timeline-refresh");
  }

  function refreshAll() {
    refresh();
    refreshFacts();
    refreshTimeline();
  }

  // A hole in the draft (a delta beyond its end) is filled by the database, which saves the
  // draft every half second while it grows: read again a little later, once at a time.
  function rereadSoon() {
    if (rereadTimer) return;
    rereadTimer = setTimeout(() => { rereadTimer = null; refresh(); }, 600);
  }

  function editableDraft() {
    const draft = document.getElementById("draft");
    return draft && !draft.dataset.edited ? draft : null;
  }

  function show(frame) {
    const payload = frame.payload || {};
    const draft = editableDraft();
    if (frame.event === "turn.delta") {
      if (!draft) return;
      if (payload.offset > draft.value.length) { rereadSoon(); return; }
      draft.value = draft.value.slice(0, payload.offset) + payload.text;
    } else if (frame.event === "turn.reset") {
      if (draft) draft.value = "";
    } else if (frame.event === "turn.status") {
      const status = document.getElementById("copilot-status");
      if (status) status.textContent = payload.status;
    }
  }

  // Who else has the case open: the server names every viewer, this page leaves out its own user.
  function showPresence(viewers) {
    const el = document.getElementById("presence");
    if (!el) return;
    const names = viewers.filter((v) => String(v.user_id) !== root.dataset.user).map((v) => v.name);
    el.textContent = names.length
      ? `Also open by ${names.length > 1 ? names.slice(0, -1).join(", ") + " and " + names[names.length - 1] : names[0]}`
      : "";
  }

  function handle(frame) {
    const payload = frame.payload || {};
    if (frame.event === "pong" || frame.event === "error") return;
    if (frame.event === "presence.changed") { showPresence(payload.viewers || []); return; }
    if (payload.turn_id && payload.turn_id !== turnId) { turnId = payload.turn_id; events = []; lastSeq = 0; }
    if (frame.event.startsWith("turn.")) heardAt = Date.now();
    const streamed = ["turn.delta", "turn.reset", "turn.status"].includes(frame.event);
    if (streamed && events.length < 5000) events.push(frame);
    const lost = payload.seq && lastSeq && payload.seq > lastSeq + 1 && frame.event === "turn.delta";
    if (payload.seq) lastSeq = payload.seq;
    if (streamed) show(frame);
    // Caused by this page's own request: its answer already swapped in the fresh panel and asked
    // for the conversation; a second re-read would swap the buttons under the agent's next click.
    if (payload.origin && payload.origin === pageId) return;
    // Anything else, or an event lost before this one: re-read what it changed (a new message
    // changes the timeline, a finished turn the panel, a decision or a case change all three
    // parts), then replay what came after the save.
    if (frame.event === "message.created") refreshTimeline();
    else if (frame.event === "turn.done" || frame.event === "turn.failed") refresh();
    else if (!streamed) refreshAll();
    else if (lost) refresh();
  }

  // The panel as the server saved it, then this turn's events it did not have yet.
  function afterReread() {
    heardAt = Date.now();
    const marker = document.getElementById("copilot-turn");
    if (!marker) return;
    const saved = Number(marker.dataset.seq || 0);
    if (marker.dataset.turn !== turnId) { turnId = marker.dataset.turn; events = []; lastSeq = saved; return; }
    for (const frame of events) if ((frame.payload.seq || 0) > saved) show(frame);
    lastSeq = Math.max(lastSeq, saved);
  }

  // What the agent typed (the draft, a question, a reason) survives every re-read except the one
  // that answers their own sending of it.
  let typed = [];
  const rereadable = (target) => target === panel || target.id === "case-facts" || target.id === "case-timeline";
  const fieldKey = (el) => `${el.form ? el.form.getAttribute("hx-post") || el.form.action : ""}|${el.name}`;
  document.body.addEventListener("htmx:beforeSwap", (event) => {
    const target = event.detail.target;
    if (!rereadable(target)) return;
    const source = event.detail.requestConfig && event.detail.requestConfig.elt;
    const sentForm = source && source.tagName === "FORM" && event.detail.xhr.status < 400 ? source : null;
    typed = [...target.querySelectorAll("input[name], select[name], textarea[name]")]
      .filter((el) => el.dataset.edited && !(sentForm && sentForm.contains(el)))
      .map((el) => [fieldKey(el), el.value]);
  });
  document.body.addEventListener("htmx:afterSwap", (event) => {
    const target = event.detail.target;
    if (!rereadable(target)) return;
    for (const [key, value] of typed) {
      const el = [...target.querySelectorAll("input[name], select[name], textarea[name]")]
        .find((field) => fieldKey(field) === key);
      if (el) { el.value = value; el.dataset.edited = "1"; }
    }
    typed = [];
    if (target === panel) afterReread();  // the replay leaves an edited draft alone
  });

  function connect() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const socket = new WebSocket(`${scheme}://${location.host}/ws/cases/${caseId}/`);
    window.copilotSocket = socket;  // lets the browser tests drop the connection on purpose
    socket.onopen = () => { retry = 500; refreshAll(); };
    // A frame is one event {event, payload} or a turn's batch {events: [{event, payload}, ...]}.
    socket.onmessage = (message) => {
      const frame = JSON.parse(message.data);
      for (const item of frame.events || [frame]) handle(item);
    };
    socket.onclose = () => { setTimeout(connect, retry); retry = Math.min(retry * 2, 10000); };
  }
  // A keep-alive: the server counts this page as a viewer of the case while it pings.
  setInterval(() => {
    const socket = window.copilotSocket;
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: "ping" }));
  }, 45000);

  // A turn gone quiet: its outcome may have been in an event that never came.
  setInterval(() => {
    const marker = document.getElementById("copilot-turn");
    const unfinished = marker && ["queued", "running"].includes(marker.dataset.status);
    if (unfinished && Date.now() - heardAt > QUIET_MS) { heardAt = Date.now(); refresh(); }
  }, 1000);

  // The panel's own answers (a reply sent, an action decided) change the left column too.
  document.body.addEventListener("case-changed", () => { refreshFacts(); refreshTimeline(); });

  for (const kind of ["input", "change"]) {
    document.addEventListener(kind, (event) => {
      if (event.target.name && event.target.closest("#copilot, #conversation")) event.target.dataset.edited = "1";
    });
  }
  // Shortcuts: Alt+A approve, Alt+R reject, Alt+S send (the first visible action), Alt+N next case.
  document.addEventListener("keydown", (event) => {
    if (!event.altKey) return;
    const button = document.querySelector(`[data-key="${event.key.toLowerCase()}"]`);
    if (button) { event.preventDefault(); button.click(); }
  });
  afterReread();
  connect();
})();
