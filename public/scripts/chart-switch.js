// A switch between two figures of one comparison (totals / per 10,000 residents).
// Without this file both figures are on the page, each with a link to the other;
// with it, two buttons (aria-pressed) show one figure and hide the other. A link
// to the hidden figure's anchor (#chart-<id>) shows it.
(function () {
  if (window.__seaSwitch) return;
  window.__seaSwitch = true;
  function wire(box) {
    var buttons = box.querySelectorAll("button[data-show]");
    var views = box.querySelectorAll("[data-view]");
    function show(id) {
      for (var i = 0; i < views.length; i++)
        views[i].hidden = views[i].getAttribute("data-view") !== id;
      for (var j = 0; j < buttons.length; j++)
        buttons[j].setAttribute(
          "aria-pressed",
          String(buttons[j].getAttribute("data-show") === id),
        );
    }
    function fromHash() {
      var hash = decodeURIComponent(location.hash.slice(1));
      for (var i = 0; i < views.length; i++) {
        var id = views[i].getAttribute("data-view");
        if (hash === "chart-" + id) {
          show(id);
          var target = document.getElementById(hash);
          if (target) target.scrollIntoView();
          return true;
        }
      }
      return false;
    }
    for (var i = 0; i < buttons.length; i++)
      buttons[i].addEventListener("click", function (e) {
        show(e.currentTarget.getAttribute("data-show"));
      });
    var links = box.querySelectorAll("[data-switch-link]");
    for (var k = 0; k < links.length; k++) links[k].hidden = true;
    box.querySelector("[data-switch-buttons]").hidden = false;
    if (!fromHash()) show(buttons[0].getAttribute("data-show"));
    window.addEventListener("hashchange", fromHash);
  }
  function init() {
    var boxes = document.querySelectorAll("[data-chart-switch]");
    for (var i = 0; i < boxes.length; i++) wire(boxes[i]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
