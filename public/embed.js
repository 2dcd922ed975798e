/*
 * Binh Phuoc 2023 dashboard: sizes its embedded charts on a host page.
 * Load once per page, after or before the iframes:
 *   <script src="https://…/embed.js" async></script>
 * Each iframe with a data-dashboard-embed attribute takes the height its own
 * page reports. Messages are accepted only from the origin that served this
 * script and only from the window of a matching iframe.
 * Every marked iframe loads at once (not lazily) and is asked for its height
 * now, when it loads and when the page's width changes, so that it has its
 * height before the reader scrolls to it and the page never jumps.
 */
(function () {
  if (window.__dashboardEmbed) return;
  window.__dashboardEmbed = 1;
  var script = document.currentScript;
  var origin = new URL(script ? script.src : location.href, location.href).origin;
  var SELECTOR = 'iframe[data-dashboard-embed]';
  function frames() {
    return document.querySelectorAll(SELECTOR);
  }
  function ask(f) {
    // A lazy frame reports nothing until the reader is near it: load it now.
    if (f.getAttribute('loading') === 'lazy') f.setAttribute('loading', 'eager');
    // targetOrigin: only a frame that shows the dashboard receives the request.
    if (f.contentWindow) f.contentWindow.postMessage({ type: 'dashboard:size-request' }, origin);
  }
  function askAll() {
    var list = frames();
    for (var i = 0; i < list.length; i++) ask(list[i]);
  }
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== origin || !d || d.type !== 'dashboard:resize') return;
    var h = Number(d.height);
    if (!(h > 0 && h < 20000)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === e.source) {
        list[i].style.height = Math.ceil(h) + 'px';
        return;
      }
    }
  });
  // load does not bubble: the capture phase sees every iframe's, including frames added later.
  document.addEventListener(
    'load',
    function (e) {
      if (e.target.matches && e.target.matches(SELECTOR)) ask(e.target);
    },
    true,
  );
  var timer;
  window.addEventListener('resize', function () {
    clearTimeout(timer);
    timer = setTimeout(askAll, 150);
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', askAll);
  askAll();
})();
