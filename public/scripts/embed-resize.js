// For a page that embeds atlas charts: include once, after the iframes. Each
// <iframe data-sea-embed> takes the height its chart reports (embed-height.js).
// Messages are accepted only from the origin this script was loaded from.
(function () {
  var me = document.currentScript;
  var origin = me && me.src ? new URL(me.src, location.href).origin : location.origin;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== "sea-embed-height") return;
    if (typeof data.height !== "number" || !(data.height > 0)) return;
    var frames = document.querySelectorAll("iframe[data-sea-embed]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source)
        frames[i].style.height = Math.min(Math.ceil(data.height), 20000) + "px";
    }
  });
})();
