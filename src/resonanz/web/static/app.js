/* Resonanz: render Vega-Lite charts and wire htmx to the CSRF token. No inline scripts:
 * chart specs come from <script type="application/json" id="…"> blocks named by an element's
 * data-chart attribute; expressions run through vega's interpreter (no eval, strict CSP). */
(function () {
  "use strict";

  function renderCharts(root) {
    if (typeof window.vegaEmbed !== "function") return;
    root.querySelectorAll("[data-chart]").forEach(function (el) {
      if (el.getAttribute("data-rendered")) return;
      var source = document.getElementById(el.getAttribute("data-chart"));
      if (!source) return;
      el.setAttribute("data-rendered", "pending");
      var spec;
      try {
        spec = JSON.parse(source.textContent);
      } catch (err) {
        el.textContent = el.getAttribute("data-error") || "Chart error";
        return;
      }
      window.vegaEmbed(el, spec, {
        actions: false,
        renderer: "svg",
        ast: true,
        expr: window.vega.expressionInterpreter,
        defaultStyle: false,
        tooltip: { disableDefaultStyle: true },
      }).then(function () {
        el.setAttribute("data-rendered", "done");
      }).catch(function (err) {
        el.setAttribute("data-rendered", "failed");
        el.textContent = el.getAttribute("data-error") || "Chart error";
        if (window.console) window.console.error(err);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    renderCharts(document);
  });

  document.addEventListener("htmx:configRequest", function (event) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (meta) event.detail.headers["X-CSRF-Token"] = meta.getAttribute("content");
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    renderCharts(event.target);
  });
})();
