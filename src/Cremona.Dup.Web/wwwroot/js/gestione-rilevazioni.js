// Round dashboard: "select all" for the bulk validation, wired by data-seleziona-tutti="<checkbox name>".
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-seleziona-tutti]").forEach(function (master) {
      var form = master.form;
      var name = master.getAttribute("data-seleziona-tutti");
      if (!form) return;
      var boxes = function () { return form.querySelectorAll('input[type="checkbox"][name="' + name + '"]'); };
      master.addEventListener("change", function () {
        boxes().forEach(function (box) { box.checked = master.checked; });
      });
      form.addEventListener("change", function (event) {
        if (event.target === master || event.target.name !== name) return;
        var all = Array.prototype.every.call(boxes(), function (box) { return box.checked; });
        master.checked = all;
      });
    });
  });
})();
