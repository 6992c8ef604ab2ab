// Queue pages re-read their list whenever the desk's queue changes (a message, a take, a decision).
(function () {
  let retry = 500;
  function connect() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const socket = new WebSocket(`${scheme}://${location.host}/ws/queue/`);
    socket.onopen = () => { retry = 500; document.body.dispatchEvent(new Event("queue-changed")); };
    socket.onmessage = () => document.body.dispatchEvent(new Event("queue-changed"));
    socket.onclose = () => { setTimeout(connect, retry); retry = Math.min(retry * 2, 10000); };
  }
  connect();
})();
