// Tables marked data-sortable sort by any column (a button in each header) and filter by
// text (a search box above). Numbers sort as numbers (columns with data-type="number", by
// each cell's data-sort value when it has one), text with the page language's collator, so
// Korean sorts in 가나다 order. Without JavaScript the tables are plain and complete.
(function () {
  var lang = document.documentElement.lang || "ko";
  var collator = new Intl.Collator(lang, { numeric: true, sensitivity: "base" });

  function key(cell) {
    if (!cell) return "";
    var v = cell.getAttribute("data-sort");
    return v === null ? cell.textContent.trim() : v;
  }
  function num(text) {
    if (text === "") return NaN;
    return Number(String(text).replace(/[,\s]/g, ""));
  }

  function sortable(table, uid) {
    var body = table.tBodies[0];
    var head = table.tHead && table.tHead.rows[0];
    // One row needs no sorting; a short table needs no search box.
    if (!body || !head || body.rows.length < 2) return;
    // The page gives the words, in its language (src/i18n/*/sources.ts).
    var words = {
      find: table.getAttribute("data-filter-label") || "Filter",
      count: table.getAttribute("data-filter-count") || "{shown}/{total}",
    };
    var heads = Array.prototype.slice.call(head.cells);
    heads.forEach(function (th, col) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
        heads.forEach(function (h) {
          h.removeAttribute("aria-sort");
        });
        th.setAttribute("aria-sort", dir);
        var numeric = th.getAttribute("data-type") === "number";
        var rows = Array.prototype.slice.call(body.rows);
        var sign = dir === "ascending" ? 1 : -1;
        rows.sort(function (a, b) {
          var x = key(a.cells[col]),
            y = key(b.cells[col]);
          if (numeric) {
            var p = num(x),
              q = num(y);
            // Cells with no number ("-", empty) go last either way.
            if (isNaN(p) || isNaN(q)) return isNaN(p) === isNaN(q) ? 0 : isNaN(p) ? 1 : -1;
            return sign * (p - q);
          }
          return sign * collator.compare(x, y);
        });
        rows.forEach(function (r) {
          body.appendChild(r);
        });
      });
    });

    if (body.rows.length < 6) return;
    var box = document.createElement("div");
    box.className = "table-filter";
    var label = document.createElement("label");
    var input = document.createElement("input");
    var status = document.createElement("span");
    input.type = "search";
    input.id = "table-filter-" + uid;
    label.htmlFor = input.id;
    label.textContent = words.find;
    status.className = "meta";
    status.setAttribute("aria-live", "polite");
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(status);
    var wrap = table.closest(".table-wrap") || table;
    wrap.parentNode.insertBefore(box, wrap);
    input.addEventListener("input", function () {
      var q = input.value.trim().toLocaleLowerCase();
      var shown = 0,
        rows = body.rows;
      for (var i = 0; i < rows.length; i++) {
        var hit = q === "" || rows[i].textContent.toLocaleLowerCase().indexOf(q) >= 0;
        rows[i].hidden = !hit;
        if (hit) shown++;
      }
      status.textContent =
        q === "" ? "" : words.count.replace("{shown}", shown).replace("{total}", rows.length);
    });
  }

  function start() {
    var tables = document.querySelectorAll("table[data-sortable]");
    for (var i = 0; i < tables.length; i++) sortable(tables[i], i + 1);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
