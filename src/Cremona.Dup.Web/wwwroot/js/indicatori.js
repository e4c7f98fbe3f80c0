// Charts of the indicator pages, drawn with chart.js from JSON data islands (<script type="application/json">),
// wired by data-grafico on the canvas: the CSP allows no inline script. Every chart has a table with the same data.
(function () {
  "use strict";
  var numero = new Intl.NumberFormat("it-IT", { maximumFractionDigits: 2 });

  function missioni(dati) {
    return {
      type: "bar",
      data: {
        labels: dati.etichette,
        datasets: dati.serie.map(function (s) {
          return { label: s.etichetta, data: s.valori, backgroundColor: s.colore, borderColor: "#ffffff", borderWidth: 1 };
        })
      },
      options: {
        indexAxis: "y",
        maintainAspectRatio: false,
        animation: false,
        locale: "it-IT",
        scales: {
          x: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "Numero di indicatori" } },
          y: { stacked: true }
        },
        plugins: {
          legend: { position: "bottom" },
          tooltip: { callbacks: { title: function (items) { return items.length ? dati.titoli[items[0].dataIndex] : ""; } } }
        }
      }
    };
  }

  function andamento(dati) {
    var unita = dati.unita ? " " + dati.unita : "";
    return {
      type: "bar",
      data: {
        labels: dati.etichette,
        datasets: [
          { type: "line", label: "Target", data: dati.target, borderColor: "#cc334d", backgroundColor: "#cc334d",
            borderDash: [6, 4], pointStyle: "rectRot", pointRadius: 5, spanGaps: true, order: 0 },
          { type: "bar", label: "Consuntivo", data: dati.consuntivi, backgroundColor: "#0066cc", pointStyle: "rect", order: 1 }
        ]
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        locale: "it-IT",
        scales: { y: { beginAtZero: true, ticks: { callback: function (v) { return numero.format(v) + unita; } } } },
        plugins: {
          legend: { position: "bottom", labels: { usePointStyle: true } },
          tooltip: {
            callbacks: {
              label: function (ctx) {
                return ctx.dataset.label + ": " + (ctx.parsed.y === null ? "non rilevato" : numero.format(ctx.parsed.y) + unita);
              }
            }
          }
        }
      }
    };
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (!window.Chart) return;
    document.querySelectorAll("canvas[data-grafico]").forEach(function (canvas) {
      var island = document.getElementById(canvas.dataset.grafico);
      if (!island) return;
      var dati = JSON.parse(island.textContent);
      var config = dati.tipo === "missioni" ? missioni(dati) : andamento(dati);
      new window.Chart(canvas, config);
      canvas.dataset.disegnato = "true";
    });
  });
})();
