/* Rapport keyboard shortcuts: "/" focuses search; in the review queue j/k move, a accepts,
   r rejects, c opens the correction field. Ignored while typing in a field. */
(function () {
  "use strict";
  function typing(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }
  function items() { return Array.prototype.slice.call(document.querySelectorAll("[data-queue-item]")); }
  function select(list, index) {
    if (!list.length) { return; }
    index = Math.max(0, Math.min(list.length - 1, index));
    list.forEach(function (el, i) { el.classList.toggle("selected", i === index); el.setAttribute("aria-current", i === index ? "true" : "false"); });
    list[index].focus();
    list[index].scrollIntoView({ block: "nearest" });
  }
  function current(list) { return list.findIndex(function (el) { return el.classList.contains("selected"); }); }
  function press(item, action) {
    var button = item && item.querySelector('[data-action="' + action + '"]');
    if (button) { button.click(); }
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    var list = items();
    var i = current(list);
    if (event.key === "/") {
      var box = document.querySelector("input[type=search]");
      if (box) { event.preventDefault(); box.focus(); }
    } else if (!list.length) {
      return;
    } else if (event.key === "j") {
      select(list, i + 1);
    } else if (event.key === "k") {
      select(list, i < 0 ? 0 : i - 1);
    } else if (event.key === "a" && i >= 0) {
      press(list[i], "accept");
    } else if (event.key === "r" && i >= 0) {
      press(list[i], "reject");
    } else if (event.key === "c" && i >= 0) {
      var field = list[i].querySelector("[data-correct]");
      if (field) { event.preventDefault(); field.focus(); }
    }
  });
  document.addEventListener("DOMContentLoaded", function () { select(items(), 0); });
  document.body && document.body.addEventListener("htmx:afterSwap", function () { select(items(), 0); });
})();
