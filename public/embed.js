/*
 * Binh Phuoc 2023 dashboard: sizes its embedded charts on a host page.
 * Load once per page, after or before the iframes:
 *   <script src="https://…/embed.js" async></script>
 * Each iframe with a data-dashboard-embed attribute takes the height its own
 * page reports. Messages are accepted only from the origin that served this
 * script and only from the window of a matching iframe.
 */
(function () {
  if (window.__dashboardEmbed) return;
  window.__dashboardEmbed = 1;
  var script = document.currentScript;
  var origin = new URL(script ? script.src : location.href, location.href).origin;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== origin || !d || d.type !== 'dashboard:resize') return;
    var h = Number(d.height);
    if (!(h > 0 && h < 20000)) return;
    var frames = document.querySelectorAll('iframe[data-dashboard-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = Math.ceil(h) + 'px';
        return;
      }
    }
  });
})();
