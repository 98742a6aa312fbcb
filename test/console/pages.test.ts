/**
 * The console and API reference pages as HTTP answers (their behaviour in a browser is browser.test.ts):
 * served without a key, every file they load answered by the sandbox itself, and shipped in the package.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { ROOT } from '../support/cli.js';

const run = promisify(execFile);
let api: TestApi;

// Building a sandbox takes well under a second on an idle machine, far longer on a shared busy one.
beforeAll(async () => {
  api = await createTestApi();
}, 120_000);

/** The same-origin addresses a page loads (src and href attributes), in order. */
function loadedFrom(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map(m => m[1]).filter(url => !url.startsWith('data:') && !url.startsWith('#'));
}

describe('GET /__sandbox/console', () => {
  it('answers the page without a key, and every file it loads', async () => {
    const page = await api.as(null).get('/__sandbox/console');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const urls = loadedFrom(page.text);
    expect(urls).toEqual(['/__sandbox/console/console.css', '/__sandbox/console/console.js', '/__sandbox/docs']);
    const css = await api.as(null).get(urls[0]);
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const js = await api.as(null).get(urls[1]);
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.text).toContain('/__sandbox/requests/stream');
    // Nothing in the page, its script or its style names another host.
    for (const text of [page.text, css.text, js.text]) expect(text).not.toMatch(/https?:\/\//);
  });

  it('answers 400 naming the asset for a file that is not the console’s', async () => {
    const res = await api.as(null).get('/__sandbox/console/package.json');
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('asset');
  });
});

describe('GET /__sandbox/docs', () => {
  it('answers Swagger UI from swagger-ui-dist and the two documents with this sandbox as their server', async () => {
    const page = await api.as(null).get('/__sandbox/docs');
    expect(page.status).toBe(200);
    const urls = loadedFrom(page.text);
    expect(urls).toEqual(['/__sandbox/docs/swagger-ui.css', '/__sandbox/console', '/__sandbox/docs/swagger-ui-bundle.js', '/__sandbox/docs/docs.js']);
    const bundle = await api.as(null).get('/__sandbox/docs/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect(bundle.text).toContain('SwaggerUIBundle');
    expect((await api.as(null).get('/__sandbox/docs/docs.js')).text).toContain('validatorUrl: null');

    const apiDoc = await api.as(null).get('/__sandbox/docs/api.json').set('Host', 'sandbox.test:4321');
    expect(apiDoc.status).toBe(200);
    expect(apiDoc.body.servers).toEqual([{ url: 'http://sandbox.test:4321', description: 'this sandbox' }]);
    expect(Object.keys(apiDoc.body.paths)).toEqual(Object.keys(api.sandbox.contract.json.paths ?? {}));
    const control = await api.as(null).get('/__sandbox/docs/control.json').set('Host', 'sandbox.test:4321');
    expect(control.body.info.title).toBe('sendbox control plane');
    expect(control.body.servers[0].url).toBe('http://sandbox.test:4321');
    expect(control.body.paths['/__sandbox/requests/stream']).toBeDefined();
  });

  it('is not served without the control plane', async () => {
    const closed = await createTestApi({ controlPlane: false });
    expect((await closed.as(null).get('/__sandbox/console')).status).toBe(404);
    expect((await closed.as(null).get('/__sandbox/docs')).status).toBe(404);
  });
});

describe('the package', () => {
  it('ships the console files', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: ROOT });
    const [packed] = JSON.parse(stdout) as { files: { path: string }[] }[];
    const files = packed.files.map(f => f.path);
    for (const name of ['index.html', 'console.js', 'console.css', 'docs.html', 'docs.js']) expect(files).toContain(`src/console/${name}`);
  }, 120_000);
});
