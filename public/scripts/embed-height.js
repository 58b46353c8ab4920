// On an embed page: tells the page that frames it how tall the chart is, so
// the snippet's script (embed-resize.js) can fit the iframe to it.
(function () {
  if (window.parent === window) return;
  var last = 0;
  function post() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage(
      { type: "sea-embed-height", height: height, href: location.href },
      "*",
    );
  }
  if ("ResizeObserver" in window) new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener("load", post);
  window.addEventListener("resize", post);
  document.addEventListener("toggle", post, true);
  post();
})();
