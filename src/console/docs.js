// The API reference: Swagger UI (from the swagger-ui-dist package) over the sandbox's two documents,
// each served with this sandbox as its only server so "Try it out" calls it. Nothing is loaded from
// elsewhere: the validator badge (which calls an outside service) is off.
'use strict';

function show(url) {
  window.ui = SwaggerUIBundle({
    url,
    dom_id: '#swagger-ui',
    validatorUrl: null,
    deepLinking: true,
    docExpansion: 'none',
    defaultModelsExpandDepth: -1,
    tryItOutEnabled: true,
    persistAuthorization: true,
    displayRequestDuration: true,
    presets: [SwaggerUIBundle.presets.apis],
  });
}

const select = document.getElementById('document');
if (new URLSearchParams(location.search).get('doc') === 'control') select.value = '/__sandbox/docs/control.json';
select.addEventListener('change', () => show(select.value));
show(select.value);
