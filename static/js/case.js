// Live copilot panel: draft tokens stream in; any other event re-reads the panel from the
// server (the database is the truth), as does a gap in the sequence numbers or a reconnect.
(function () {
  const root = document.querySelector(".case-layout");
  if (!root) return;
  const caseId = root.dataset.case;
  let lastSeq = Number(root.dataset.seq || 0);
  let retry = 500;

  function refresh() {
    if (window.htmx) htmx.trigger("#copilot", "copilot-refresh");
  }

  function handle(frame) {
    const payload = frame.payload || {};
    if (payload.seq && lastSeq && payload.seq > lastSeq + 1 && frame.event === "turn.delta") {
      lastSeq = payload.seq;
      refresh();  // an event was lost: re-read instead of guessing
      return;
    }
    if (payload.seq) lastSeq = payload.seq;
    const draft = document.getElementById("draft");
    if (frame.event === "turn.delta" && draft && !draft.dataset.edited) {
      draft.value = draft.value.slice(0, payload.offset) + payload.text;
    } else if (frame.event === "turn.reset" && draft && !draft.dataset.edited) {
      draft.value = "";
    } else if (frame.event === "turn.status") {
      const status = document.getElementById("copilot-status");
      if (status) status.textContent = payload.status;
    } else {
      refresh();
    }
  }

  function connect() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const socket = new WebSocket(`${scheme}://${location.host}/ws/cases/${caseId}/`);
    window.copilotSocket = socket;  // lets the browser tests drop the connection on purpose
    socket.onopen = () => { retry = 500; refresh(); };
    // A frame is one event {event, payload} or a turn's batch {events: [{event, payload}, ...]}.
    socket.onmessage = (message) => {
      const frame = JSON.parse(message.data);
      for (const item of frame.events || [frame]) handle(item);
    };
    socket.onclose = () => { setTimeout(connect, retry); retry = Math.min(retry * 2, 10000); };
  }

  document.addEventListener("input", (event) => {
    if (event.target.id === "draft") event.target.dataset.edited = "1";
  });
  // Shortcuts: Alt+A approve, Alt+R reject, Alt+S send (the first visible action), Alt+N next case.
  document.addEventListener("keydown", (event) => {
    if (!event.altKey) return;
    const button = document.querySelector(`[data-key="${event.key.toLowerCase()}"]`);
    if (button) { event.preventDefault(); button.click(); }
  });
  connect();
})();
