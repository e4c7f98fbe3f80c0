// Data-entry form: character counters, live Markdown preview (rendered by the server with the same Markdig
// pipeline as pages and PDF) and a warning before sending values that miss their target without corrective actions.
(function () {
  "use strict";
  var form = document.querySelector("form[data-compilazione]");
  if (!form) return;
  var token = form.querySelector("input[name='__RequestVerificationToken']");
  var numberFormat = new Intl.NumberFormat("it-IT");

  form.querySelectorAll("textarea[data-contatore]").forEach(function (area) {
    var counter = document.getElementById(area.dataset.contatore);
    var preview = document.getElementById(area.dataset.anteprima);
    var timer = null;
    var update = function () {
      if (counter) counter.textContent = numberFormat.format(area.value.length) + " / 20.000 caratteri";
      if (!preview || !token) return;
      clearTimeout(timer);
      timer = setTimeout(function () {
        var body = new FormData();
        body.append("testo", area.value);
        body.append("__RequestVerificationToken", token.value);
        fetch("/anteprima", { method: "POST", body: body, credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
          .then(function (html) { preview.innerHTML = html; })
          .catch(function () { /* the preview is a help, never a blocker */ });
      }, 400);
    };
    area.addEventListener("input", update);
  });

  // "1.234,56" → 1234.56; null when empty or not a number (the server gives the real error message).
  function parseItalian(text) {
    var s = (text || "").trim().replace(/\s/g, "").replace(/%$/, "");
    if (!s) return null;
    if (!/^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(s)) return null;
    return parseFloat(s.replace(/\./g, "").replace(",", "."));
  }

  var sendButton = form.querySelector("[data-invio]");
  if (sendButton) {
    sendButton.addEventListener("click", function (event) {
      var azioni = form.querySelector("#AzioniCorrettive");
      if (azioni && azioni.value.trim()) return;
      var missed = [];
      form.querySelectorAll("input[data-target]").forEach(function (input) {
        var target = parseFloat(input.dataset.target);
        var value = parseItalian(input.value);
        if (isNaN(target) || value === null) return;
        var ok = input.dataset.direzione === "basso" ? value <= target : value >= target;
        if (!ok) missed.push(input.dataset.nome);
      });
      if (!missed.length) return;
      if (!window.confirm("Questi valori non raggiungono il target e le azioni correttive sono vuote:\n- " +
          missed.join("\n- ") + "\n\nInviare comunque?")) {
        event.preventDefault();
        return;
      }
      // Confirmed here: tell the server, which would otherwise ask again.
      if (!form.querySelector("input[name='ConfermaSenzaAzioni']")) {
        var confirmed = document.createElement("input");
        confirmed.type = "hidden";
        confirmed.name = "ConfermaSenzaAzioni";
        confirmed.value = "true";
        form.appendChild(confirmed);
      }
    });
  }
})();
