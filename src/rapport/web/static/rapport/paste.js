/* Add sources: a pasted text over the server's limit is stopped here, before it is sent, so the
   text stays in the field with a message (the server would refuse the whole request). */
(function () {
  "use strict";
  var field = document.querySelector("textarea[data-max-bytes]");
  if (!field || !field.form) { return; }
  var limit = parseInt(field.getAttribute("data-max-bytes"), 10);
  field.form.addEventListener("submit", function (event) {
    var size = new Blob([field.value]).size;
    var old = document.getElementById("text-too-large");
    if (old) { old.remove(); }
    if (!limit || size <= limit) { return; }
    event.preventDefault();
    var list = document.createElement("ul");
    list.id = "text-too-large";
    list.className = "errorlist";
    list.setAttribute("role", "alert");
    var item = document.createElement("li");
    item.textContent = "The pasted text is " + (size / 1048576).toFixed(1) + " MB, over the " +
      (limit / 1048576).toFixed(0) + " MB a form may send: save it as a .txt file and add the file, " +
      "or paste it in parts. Your text is still here.";
    list.appendChild(item);
    field.parentNode.insertBefore(list, field.nextSibling);
    field.focus();
  });
}());
