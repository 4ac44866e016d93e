// Cronología: starts the timeline's download before the app's code arrives. The
// app takes the response over (src/app/data/early-fetch.ts; tested there).
(function () {
  try {
    if (!/^https?:$/.test(location.protocol)) return;
    var all = new URLSearchParams(location.search).getAll('data');
    var path = all.length ? all[0] : 'timeline.json';
    if (all.length > 1 || !/^[\w.-]+(\/[\w.-]+)*$/.test(path) || path.split('/').indexOf('..') >= 0) return;
    var href = new URL(path, location.href).href;
    var controller = new AbortController();
    var response = fetch(href, { signal: controller.signal, cache: 'no-cache', credentials: 'same-origin' });
    response.catch(function () {});
    window.__cronologiaEarlyFetch = { href: href, response: response, controller: controller };
  } catch (e) {
    // The app then fetches the file itself.
  }
})();
