// Site-wide behaviour, wired by data- attributes (the CSP allows no inline script).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector("[data-focus-on-load]");
    if (summary) summary.focus();
    // Progress bars: the width through the CSS object model, which the CSP allows (a style attribute it refuses).
    document.querySelectorAll(".progress-bar[data-percentuale]").forEach(function (bar) {
      var value = Math.max(0, Math.min(100, Number(bar.getAttribute("data-percentuale")) || 0));
      bar.style.width = value + "%";
    });
  });
})();
