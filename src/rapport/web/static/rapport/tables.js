/* Rapport tables: sortable columns and a hint when a table is wider than its box.
   Progressive enhancement: without this script the tables read the same, unsorted.
   - table.sortable: each header becomes a button; a click sorts by that column (again: reversed).
     A cell's data-value (an ISO date, a number) is its sort key, else its text.
   - .table-wrap whose table is wider than the screen gets a "scroll sideways" hint before it. */
(function () {
  "use strict";
  function sortKey(cell) {
    var value = cell.getAttribute("data-value");
    if (value === null) { value = cell.textContent.trim(); }
    var number = Number(value.replace(/[,\s]/g, ""));
    return value !== "" && !isNaN(number) ? number : value.toLowerCase();
  }
  function compare(a, b) {
    if (a === "" || b === "") { return a === b ? 0 : (a === "" ? 1 : -1); } // blanks last
    if (typeof a !== typeof b) { return typeof a === "number" ? -1 : 1; }
    return a < b ? -1 : (a > b ? 1 : 0);
  }
  function sortBy(table, index, header) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    if (rows.some(function (row) { return row.cells.length <= index || row.cells[0].colSpan > 1; })) { return; }
    var direction = header.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    var keyed = rows.map(function (row, i) { return { row: row, key: sortKey(row.cells[index]), i: i }; });
    keyed.sort(function (x, y) { return direction * compare(x.key, y.key) || x.i - y.i; });
    keyed.forEach(function (item) { body.appendChild(item.row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", direction > 0 ? "ascending" : "descending");
  }
  function enhance(table) {
    if (!table.tHead || !table.tBodies.length || table.getAttribute("data-sortable-ready")) { return; }
    table.setAttribute("data-sortable-ready", "true");
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      if (th.hasAttribute("data-nosort")) { return; }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, index, th); });
    });
  }
  function hint(wrap) {
    var wide = wrap.scrollWidth > wrap.clientWidth + 1;
    var before = wrap.previousElementSibling;
    var shown = before && before.classList.contains("scroll-hint") ? before : null;
    if (wide && !shown) {
      shown = document.createElement("p");
      shown.className = "scroll-hint";
      shown.textContent = "This table is wider than the screen: scroll it sideways to see every column →";
      wrap.parentNode.insertBefore(shown, wrap);
    }
    if (shown) { shown.hidden = !wide; }
  }
  function hints() { Array.prototype.forEach.call(document.querySelectorAll(".table-wrap, .chart-scroll"), hint); }
  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), enhance);
    hints();
    window.addEventListener("resize", hints);
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
