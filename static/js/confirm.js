// Forms that ask before they act (data-confirm="..."): a static file, since the pages'
// Content-Security-Policy allows no inline handler.
document.addEventListener("submit", (event) => {
  const form = event.target.closest("form[data-confirm]");
  if (form && !window.confirm(form.dataset.confirm)) event.preventDefault();
});
