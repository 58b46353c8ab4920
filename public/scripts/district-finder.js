// The district finder: type any name a district is known by (성북, 성북구, Seongbuk,
// Seongbuk-gu, 11290) and press Enter to go to its page; the list below narrows as you
// type. Same rule as src/models/finder.ts. Without JavaScript the list of links is all there is.
(function () {
  function norm(t) {
    return t.toLocaleLowerCase("en").replace(/[\s\-.·_]/g, "");
  }
  function find(items, q) {
    if (!q) return items;
    var names = function (li) {
      return li.getAttribute("data-names").split(" ");
    };
    var tests = [
      function (n) {
        return n === q;
      },
      function (n) {
        return n.indexOf(q) === 0;
      },
      function (n) {
        return n.indexOf(q) >= 0;
      },
    ];
    for (var i = 0; i < tests.length; i++) {
      var hit = items.filter(function (li) {
        return names(li).some(tests[i]);
      });
      if (hit.length) return hit;
    }
    return [];
  }
  function start(root) {
    var form = root.querySelector("form");
    var input = root.querySelector("input");
    var status = root.querySelector("[aria-live]");
    var items = Array.prototype.slice.call(root.querySelectorAll("li[data-names]"));
    form.hidden = false;
    function update() {
      var hits = find(items, norm(input.value));
      items.forEach(function (li) {
        li.hidden = hits.indexOf(li) < 0;
      });
      status.textContent =
        input.value.trim() === ""
          ? ""
          : (root.getAttribute(hits.length ? "data-found" : "data-none") || "").replace(
              "{n}",
              String(hits.length),
            );
      return hits;
    }
    input.addEventListener("input", update);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var hits = update();
      if (hits.length) location.href = hits[0].querySelector("a").href;
    });
  }
  function all() {
    var roots = document.querySelectorAll(".district-finder");
    for (var i = 0; i < roots.length; i++) start(roots[i]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", all);
  else all();
})();
