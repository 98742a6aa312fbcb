/**
 * The published package, as another project gets it: `npm pack` (dist/ rebuilt first when the sources
 * are newer), installed into a temporary project, then used the three ways the README shows: `npx sendbox`,
 * `import { createSandbox } from 'sendbox'` in plain node, and a TypeScript consumer's `tsc --noEmit`.
 *
 * The install does what npm's does with the tarball, without the network: unpack it as
 * node_modules/sendbox and link its `bin` into node_modules/.bin. Of the registry packages, the project
 * gets exactly those the packed package.json names in `dependencies`, linked from this repository's
 * node_modules (what `npm ci` left there); their own dependencies resolve beside them, as installed. So a
 * package sendbox needs but declares only as a dev dependency (tsx, typescript, @types/multer) is missing
 * here, as it would be for a user, and the test fails. (`npm install --offline <tarball>` needs every
 * package's registry metadata in npm's cache, which `npm ci` does not put there, and copying ~230 packages
 * into the project took more time than all the checks together.)
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './support/build.js';
import { ROOT, startCommand } from './support/cli.js';

const run = promisify(execFile);

interface Manifest {
  version: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
}

let work: string;
let project: string;
let tarball: string;
let packedFiles: string[];
/** The package.json inside the tarball. */
let packed: Manifest;

beforeAll(async () => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'sendbox-package-'));
  project = join(work, 'consumer');
  mkdirSync(project);
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT });
  const [result] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, result.filename);
  packedFiles = result.files.map(f => f.path);
  await install();
}, 240_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The consumer project: a package.json that depends on the tarball, and the tarball installed. */
async function install(): Promise<void> {
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module', dependencies: { sendbox: `file:${tarball}` } }),
  );
  const modules = join(project, 'node_modules');
  const target = join(modules, 'sendbox');
  mkdirSync(target, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  packed = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as Manifest;
  for (const name of Object.keys(packed.dependencies)) {
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  }
  mkdirSync(join(modules, '.bin'));
  for (const [name, path] of Object.entries(packed.bin)) {
    chmodSync(join(target, path), 0o755);
    symlinkSync(join('..', 'sendbox', path), join(modules, '.bin', name));
  }
}

/** GET without keep-alive, so a stopped server is seen as refused rather than as a reused socket. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { connection: 'close', ...headers } }, res => {
      let text = '';
      res.on('data', chunk => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Resolves once nothing listens at the URL any more (the observable end of a stopped server). */
async function refused(url: string): Promise<void> {
  for (;;) {
    try {
      await get(`${url}/v2/health`);
    } catch (e) {
      // A reset is a server on its way down; only a refused connection means nothing listens.
      if ((e as NodeJS.ErrnoException).code === 'ECONNREFUSED') return;
    }
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

describe('the packed tarball', () => {
  it('holds the compiled code with its types, the documents and the scenarios, and no sources, tests or benchmarks', () => {
    expect(packedFiles).toEqual(expect.arrayContaining([
      'dist/src/main.js', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/seeds/index.js', 'dist/src/scenarios/schema.json',
      'openapi.yaml', 'src/control/openapi.yaml', 'scenarios/server-errors.yaml', 'README.md', 'package.json',
    ]));
    // The parsed form of both shipped documents (the start-up cache).
    expect(packedFiles.filter(f => /^dist\/contract-cache\/[0-9a-f]{32}\/index\.json$/.test(f))).toHaveLength(2);
    expect(packedFiles.filter(f => /^(test|bench|\.ci|node_modules)\/|\.ts$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('installs without tsx or TypeScript: nothing is transpiled at run time', () => {
    expect(existsSync(join(project, 'node_modules/sendbox/dist/src/main.js'))).toBe(true);
    expect(existsSync(join(project, 'node_modules/tsx'))).toBe(false);
    expect(existsSync(join(project, 'node_modules/typescript'))).toBe(false);
  });
});

describe('installed in another project', () => {
  it('`npx sendbox --port 0` serves the default data set, and stopping the PID npx got stops the server', async () => {
    const npx = startCommand('npx', ['sendbox', '--port', '0'], { cwd: project, env: { npm_config_offline: 'true' } });
    const url = await npx.url;
    const health = await get(`${url}/v2/health`);
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ success: true, data: { status: 'ok', version: packed.version } });
    const teams = await get(`${url}/v2/teams`, { authorization: 'Bearer sandbox_key' });
    expect(teams.status).toBe(200);
    expect((teams.body as { data: { name: string }[] }).data.map(t => t.name)).toContain('Acme Outbound');
    // npx runs npm → sh → node; SIGTERM reaches only the shell, and the server must still go.
    npx.child.kill('SIGTERM');
    await npx.exited;
    await refused(url); // (a server that stayed up fails the test by its timeout)
    expect(npx.output()).toContain('shutting down');
  });

  it("`import { createSandbox } from 'sendbox'` works in plain node, from the build-time contract and scenario caches", async () => {
    const script = `
      import { createServer } from 'node:http';
      import { createRequire } from 'node:module';
      import { createSandbox, SANDBOX_VERSION } from 'sendbox';
      const sandbox = await createSandbox({ seedData: false });
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      const server = createServer(sandbox.app).listen(0, '127.0.0.1');
      await new Promise(resolve => server.once('listening', resolve));
      const res = await fetch('http://127.0.0.1:' + server.address().port + '/v2/health');
      const body = await res.json();
      server.close();
      await sandbox.close();
      console.log(JSON.stringify({
        version: SANDBOX_VERSION, status: res.status, health: body.data.status, operations: sandbox.contract.operations.length,
        prismLoaded: loaded.some(path => path.includes('@stoplight/prism-http')),
        yamlLoaded: loaded.some(path => path.includes('/node_modules/yaml/')),
        precompiledScenarioSchema: loaded.some(path => path.endsWith('/dist/src/scenarios/schema-validator.cjs')),
      }));
    `;
    const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', script], { cwd: project });
    // Neither the OpenAPI parser nor the YAML reader runs: the documents and the shipped scenarios come from the build's caches.
    expect(JSON.parse(stdout)).toEqual({
      version: packed.version, status: 200, health: 'ok', operations: 90, prismLoaded: false, yamlLoaded: false, precompiledScenarioSchema: true,
    });
  });

  it('refuses a bad scenario file with its line, column and problem, through the precompiled scenario schema', async () => {
    mkdirSync(join(project, 'scenarios'));
    writeFileSync(join(project, 'scenarios/bad.yaml'), 'name: bad\ndescription: a bad one\nrules:\n  - name: r1\n    respond: { status: 503, colour: red }\n');
    const script = `
      import { createSandbox } from 'sendbox';
      await createSandbox({ seedData: false, scenarioDirectory: 'scenarios' }).then(() => console.log('started'), e => console.log(e.message));
    `;
    const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', script], { cwd: project });
    expect(stdout.trim()).toBe('scenarios/bad.yaml:5:29: unknown field "colour" in rules.0.respond');
  });

  it('parses an edited document itself instead of answering from the cache entry of the shipped one', async () => {
    const shipped = readFileSync(join(project, 'node_modules/sendbox/openapi.yaml'), 'utf8');
    const edited = shipped.replace(/^(info:\n(?:  .*\n)*?  version:) .*$/m, '$1 9.9.9-edited');
    expect(edited).not.toBe(shipped);
    writeFileSync(join(project, 'edited.yaml'), edited);
    const script = `
      import { createRequire } from 'node:module';
      import { createSandbox } from 'sendbox';
      const sandbox = await createSandbox({ seedData: false, document: 'edited.yaml' });
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      await sandbox.close();
      console.log(JSON.stringify({
        version: sandbox.contract.json.info.version, operations: sandbox.contract.operations.length,
        prismLoaded: loaded.some(path => path.includes('@stoplight/prism-http')),
      }));
    `;
    const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', script], { cwd: project });
    expect(JSON.parse(stdout)).toEqual({ version: '9.9.9-edited', operations: 90, prismLoaded: true });
  });

  it("a TypeScript consumer's `tsc --noEmit` passes with library checking on, and sees real types", async () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false } }),
    );
    writeFileSync(
      join(project, 'consumer.ts'),
      [
        "import { createServer } from 'node:http';",
        "import { createSandbox, type Sandbox, type SandboxOptions, type HandlerTable } from 'sendbox';",
        "const handlers: HandlerTable = { getHealth: () => ({ status: 200, body: { status: 'ok' } }) };",
        "const options: SandboxOptions = { dataSet: 'default', validation: 'warn', handlers };",
        'const sandbox: Sandbox = await createSandbox(options);',
        'createServer(sandbox.listener).close();',
        'sandbox.app.disable(\'etag\');',
        '// Unresolved types would make these `any` and this directive unused (an error of its own).',
        "// @ts-expect-error: not a validation mode",
        "await createSandbox({ validation: 'loose' });",
        '',
      ].join('\n'),
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', project], { cwd: project }).catch((e: { stdout: string }) => ({ stdout: e.stdout, failed: true }));
    expect(result.stdout).toBe('');
    expect('failed' in result).toBe(false);
  }, 180_000);
});

describe('npm start', () => {
  it('runs the compiled server, and stopping the PID a script got from `$!` stops it', async () => {
    const npm = startCommand('npm', ['start', '--', '--port', '0'], { cwd: ROOT });
    const url = await npm.url;
    expect((await get(`${url}/v2/health`)).status).toBe(200);
    npm.child.kill('SIGTERM');
    expect(await npm.exited).toBe(0);
    await refused(url); // (a server that stayed up fails the test by its timeout)
  });
});
