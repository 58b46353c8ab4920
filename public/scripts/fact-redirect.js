// /sources/ and a long source's pages: an old link to /sources/#fact-<id> (or to
// /sources/<source>/#fact-<id>, from before its tables moved to numbered pages) goes on to
// the fact. The page's anchor list holds each fact's new address; for an id not on the
// page, the fact → source map (sources/fact-sources.json) is asked, and the source's own
// page sends it on.
(function () {
  var me = document.currentScript;
  function go() {
    var m = /^#(fact-.+)$/.exec(location.hash);
    if (!m) return;
    var id = decodeURIComponent(m[1]);
    var a = document.getElementById(id);
    // An anchor of the list goes on; the fact's own row stays.
    if (a) return a.href ? location.replace(a.href) : undefined;
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
