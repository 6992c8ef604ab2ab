// Times in the reader's own time zone, with the zone named ("Dec 5, 17:37 CET"): the server
// writes UTC into <time data-local>, and a page or fragment swapped in later is done again.
(function () {
  const format = new Intl.DateTimeFormat(undefined, {
    month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short",
  });
  function localise(root) {
    for (const el of root.querySelectorAll("time[data-local]")) {
      const when = new Date(el.getAttribute("datetime"));
      if (!Number.isNaN(when.getTime())) el.textContent = format.format(when);
    }
  }
  document.addEventListener("DOMContentLoaded", () => {
    localise(document);
    document.body.addEventListener("htmx:afterSwap", (event) => localise(event.detail.target));
    document.body.addEventListener("htmx:oobAfterSwap", (event) => localise(event.detail.target));
  });
})();
