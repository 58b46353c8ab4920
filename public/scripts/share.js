// Copy buttons for a chart's link, citation and embed code. Without this file
// the text is still on the page to select; with it, a button copies it.
(function () {
  if (window.__seaShare) return;
  window.__seaShare = true;
  function select(el) {
    var range = document.createRange();
    range.selectNodeContents(el);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }
  function wire() {
    var buttons = document.querySelectorAll("button[data-copy]");
    for (var i = 0; i < buttons.length; i++) {
      (function (button) {
        var target = document.getElementById(button.getAttribute("data-copy"));
        var status = button.parentNode.querySelector("[role=status]");
        if (!target) return;
        button.hidden = false;
        button.addEventListener("click", function () {
          var text = target.textContent || "";
          function done() {
            if (status) status.textContent = button.getAttribute("data-done") || "";
          }
          if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text).then(done, function () {
              select(target);
            });
          } else {
            select(target);
            try {
              if (document.execCommand("copy")) done();
            } catch (e) {
              /* the text stays selected for the reader to copy */
            }
          }
        });
      })(buttons[i]);
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wire);
  else wire();
})();
