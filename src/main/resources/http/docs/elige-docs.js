// Swagger UI on the service's own OpenAPI document: a file rather than an inline script, so the page's
// Content-Security-Policy allows only this origin's scripts. No validator badge (it would call another host);
// the token given under "Authorize" is sent as "Authorization: Bearer TOKEN" by "Try it out", kept for this tab only.
window.addEventListener("DOMContentLoaded", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/v1/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    persistAuthorization: false,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
});
