// /sources/: an old link to /sources/#fact-<id> goes on to the fact on its source's page.
// The anchor list at the end of the page holds each fact's new address; for an id not in
// it, the fact → source map (sources/fact-sources.json) is asked.
(function () {
  var me = document.currentScript;
  function go() {
    var m = /^#(fact-.+)$/.exec(location.hash);
    if (!m) return;
    var id = decodeURIComponent(m[1]);
    var a = document.getElementById(id);
    if (a && a.href) return location.replace(a.href);
    fetch(me.getAttribute("data-map"))
      .then(function (r) {
        return r.json();
      })
      .then(function (map) {
        var source = map[id.slice(5)];
        if (source) location.replace(me.getAttribute("data-pages") + source + "/#" + id);
      })
      .catch(function () {});
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", go);
  else go();
  addEventListener("hashchange", go);
})();
