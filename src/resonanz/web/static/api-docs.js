/* Starts the vendored Swagger UI on /api/docs (kept out of the page: no inline scripts). */
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var el = document.getElementById("swagger-ui");
    window.ui = window.SwaggerUIBundle({
      url: el.getAttribute("data-url"),
      dom_id: "#swagger-ui",
      deepLinking: true,
    });
  });
})();
