/*
 * Binh Phuoc 2023 dashboard: sizes its embedded charts on a host page.
 * Load once per page: <script src="https://…/embed.js" async></script>
 * Each iframe[data-dashboard-embed] takes the height its page reports, from
 * this script's origin and that iframe's window only. Marked frames load at
 * once and are asked for their height (on start, load and width change), so
 * they are sized before the reader scrolls to them. See README.md.
 */
(function () {
  if (window.__dashboardEmbed) return;
  window.__dashboardEmbed = 1;
  var script = document.currentScript;
  var origin = new URL(script ? script.src : location.href, location.href).origin;
  var SEL = 'iframe[data-dashboard-embed]';
  function ask(f) {
    if (f.getAttribute('loading') === 'lazy') f.setAttribute('loading', 'eager');
    if (f.contentWindow) f.contentWindow.postMessage({ type: 'dashboard:size-request' }, origin);
  }
  function askAll() {
    document.querySelectorAll(SEL).forEach(ask);
  }
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== origin || !d || d.type !== 'dashboard:resize') return;
    var h = Number(d.height);
    if (!(h > 0 && h < 20000)) return;
    document.querySelectorAll(SEL).forEach(function (f) {
      if (f.contentWindow === e.source) f.style.height = Math.ceil(h) + 'px';
    });
  });
  // load does not bubble: capture it, for frames added later too.
  document.addEventListener(
    'load',
    function (e) {
      if (e.target.matches && e.target.matches(SEL)) ask(e.target);
    },
    true,
  );
  var timer;
  window.addEventListener('resize', function () {
    clearTimeout(timer);
    timer = setTimeout(askAll, 150);
  });
  document.addEventListener('DOMContentLoaded', askAll);
  askAll();
})();
