// "Scarica il PDF": the button is disabled and a spinner runs until the file arrives, then the download starts.
// Wired by data- attributes (the CSP allows no inline script).
(function () {
  "use strict";

  function fileName(response, fallback) {
    var header = response.headers.get("Content-Disposition") || "";
    var star = /filename\*=UTF-8''([^;]+)/i.exec(header);
    if (star) return decodeURIComponent(star[1]);
    var plain = /filename="?([^";]+)"?/i.exec(header);
    return plain ? plain[1] : fallback;
  }

  function message(response) {
    return response.text().then(function (html) {
      var doc = new DOMParser().parseFromString(html, "text/html");
      var node = doc.querySelector("[data-messaggio]");
      return node ? node.textContent.trim() : "Il file non è stato generato (errore " + response.status + "). Riprovare.";
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-download-progress]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        if (!window.fetch || !window.URL || !URL.createObjectURL) return; // plain link as a fallback
        event.preventDefault();
        if (link.getAttribute("aria-disabled") === "true") return;
        var progress = document.querySelector(link.getAttribute("data-download-progress"));
        var error = document.querySelector(link.getAttribute("data-download-error"));
        link.setAttribute("aria-disabled", "true");
        link.classList.add("disabled");
        if (progress) progress.hidden = false;
        if (error) { error.hidden = true; error.textContent = ""; }

        fetch(link.href, { credentials: "same-origin" })
          .then(function (response) {
            if (!response.ok) return message(response).then(function (text) { throw new Error(text); });
            var name = fileName(response, link.getAttribute("data-download"));
            return response.blob().then(function (blob) {
              var url = URL.createObjectURL(blob);
              var a = document.createElement("a");
              a.href = url;
              a.download = name;
              document.body.appendChild(a);
              a.click();
              a.remove();
              setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
            });
          })
          .catch(function (e) {
            if (error) { error.textContent = e.message || "Il file non è stato generato. Riprovare."; error.hidden = false; error.focus(); }
          })
          .finally(function () {
            link.removeAttribute("aria-disabled");
            link.classList.remove("disabled");
            if (progress) progress.hidden = true;
          });
      });
    });
  });
})();
