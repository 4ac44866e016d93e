/*! Cronología embed.js. Each <div data-cronologia="APP-URL?…"> becomes a sandboxed
 * iframe that follows its content's height. Only {type:'cronologia:resize',
 * version:1,height} from that iframe's window AND origin is read, then clamped.
 * See docs/deployment.md */
(function () {
  if (window.Cronologia) return window.Cronologia.scan(); // included twice
  var MIN = 200, MAX = 4000, INITIAL = 480;
  var frames = []; // {el,origin}
  function clamp(h) { return Math.min(MAX, Math.max(MIN, Math.round(h))); }
  function embedUrl(raw) {
    var u;
    try { u = new URL(raw, document.baseURI); } catch (e) { return null; }
    if (!/^https?:$/.test(u.protocol)) return null; // no javascript:, data:
    if (!u.searchParams.has('embed')) u.search = (u.search ? u.search + '&' : '?') + 'embed';
    return u;
  }
  function mount(div) {
    if (div.hasAttribute('data-cronologia-ready')) return; // idempotent
    var u = embedUrl(div.getAttribute('data-cronologia') || '');
    if (!u) return;
    div.setAttribute('data-cronologia-ready', '');
    var f = document.createElement('iframe');
    f.src = u.href;
    f.title = div.getAttribute('data-cronologia-title') || 'Cronología timeline';
    // same-origin: keeps the app's checkable origin. popups: full-timeline link
    f.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    var a = { allow: 'fullscreen', loading: 'lazy', referrerpolicy: 'strict-origin-when-cross-origin' };
    for (var k in a) f.setAttribute(k, a[k]);
    // CSSOM, not a style attribute: OK under a strict host CSP
    var s = f.style;
    s.width = '100%'; s.border = '0'; s.display = 'block';
    s.height = clamp(Number(div.getAttribute('data-cronologia-height')) || INITIAL) + 'px';
    frames.push({ el: f, origin: u.origin });
    div.textContent = ''; // drop the no-JS fallback
    div.appendChild(f);
  }
  function scan() {
    frames = frames.filter(function (x) { return x.el.isConnected; });
    var l = document.querySelectorAll('[data-cronologia]');
    for (var i = 0; i < l.length; i++) mount(l[i]);
  }
  window.addEventListener('message', function (ev) {
    for (var i = 0; i < frames.length; i++) {
      var x = frames[i];
      if (ev.source !== x.el.contentWindow) continue; // another frame
      if (ev.origin !== x.origin) return; // navigated away
      var d = ev.data;
      if (d && typeof d === 'object' && d.type === 'cronologia:resize' && d.version === 1 &&
          typeof d.height === 'number' && isFinite(d.height)) x.el.style.height = clamp(d.height) + 'px';
      return;
    }
  });
  var pending = false; // placeholders added later
  if (window.MutationObserver) new MutationObserver(function () {
    if (!pending) { pending = true; setTimeout(function () { pending = false; scan(); }, 0); }
  }).observe(document.documentElement, { childList: true, subtree: true });
  window.Cronologia = { scan: scan, version: 1 };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
