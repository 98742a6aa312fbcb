/**
 * The published package, as another project gets it: `npm pack` (dist/ rebuilt first when the sources
 * are newer), installed into a temporary project, then used the three ways the README shows: `npx sendbox`,
 * `import { createSandbox } from 'sendbox'` in plain node, and a TypeScript consumer's `tsc --noEmit`.
 *
 * The install is `npm ci --offline` against a lockfile pinned to this repository's production packages,
 * so npm fetches nothing: the tarballs come from the npm cache that this repository's own `npm ci` filled.
 * Where the cache lacks one (a cleaned cache), the repository's installed production packages are linked
 * into the project instead. Either way dev-only packages (tsx, typescript, @types/multer) are absent.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './support/build.js';
import { ROOT, startCommand } from './support/cli.js';

const run = promisify(execFile);
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };

interface LockEntry {
  version?: string;
  dev?: boolean;
  link?: boolean;
  [field: string]: unknown;
}

let work: string;
let project: string;
let tarball: string;
let packedFiles: string[];

beforeAll(async () => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'sendbox-package-'));
  project = join(work, 'consumer');
  mkdirSync(project);
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT });
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, packed.filename);
  packedFiles = packed.files.map(f => f.path);
  await install();
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Writes the consumer project around the tarball and installs it without the network. */
async function install(): Promise<void> {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const production = Object.entries(lock.packages).filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.link);
  const spec = `file:${tarball}`;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module', dependencies: { sendbox: spec } }));
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  const self = lock.packages[''];
  const packages: Record<string, unknown> = {
    '': { name: 'consumer', version: '1.0.0', dependencies: { sendbox: spec } },
    'node_modules/sendbox': { version: PACKAGE.version, resolved: spec, integrity, dependencies: self.dependencies, bin: self.bin, engines: self.engines },
    ...Object.fromEntries(production),
  };
  writeFileSync(join(project, 'package-lock.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', lockfileVersion: 3, requires: true, packages }));
  try {
    await run('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project });
  } catch (e) {
    if (!String((e as { stderr?: string }).stderr).includes('ENOTCACHED')) throw e;
    await linkInstalled(production.map(([path]) => path));
  }
}

/** The fallback: the tarball unpacked as node_modules/sendbox, beside links to the repository's production packages. */
async function linkInstalled(paths: string[]): Promise<void> {
  rmSync(join(project, 'node_modules'), { recursive: true, force: true });
  const target = join(project, 'node_modules/sendbox');
  mkdirSync(target, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  // Nested entries (node_modules/a/node_modules/b) come along inside their parent's folder.
  for (const path of paths.filter(p => !p.slice('node_modules/'.length).includes('node_modules/'))) {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    symlinkSync(join(ROOT, path), join(project, path));
  }
  // What npm does for a package's `bin`: an executable target, linked from node_modules/.bin.
  chmodSync(join(target, 'dist/src/main.js'), 0o755);
  mkdirSync(join(project, 'node_modules/.bin'));
  symlinkSync('../sendbox/dist/src/main.js', join(project, 'node_modules/.bin/sendbox'));
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
    expect(packedFiles.filter(f => /^dist\/contract-cache\/[0-9a-f]{32}\.json$/.test(f))).toHaveLength(2);
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
    expect(health.body).toMatchObject({ success: true, data: { status: 'ok', version: PACKAGE.version } });
    const teams = await get(`${url}/v2/teams`, { authorization: 'Bearer sandbox_key' });
    expect(teams.status).toBe(200);
    expect((teams.body as { data: { name: string }[] }).data.map(t => t.name)).toContain('Acme Outbound');
    // npx runs npm → sh → node; SIGTERM reaches only the shell, and the server must still go.
    npx.child.kill('SIGTERM');
    await npx.exited;
    await refused(url); // (a server that stayed up fails the test by its timeout)
    expect(npx.output()).toContain('shutting down');
  });

  it("`import { createSandbox } from 'sendbox'` works in plain node, from the build-time contract cache", async () => {
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
      }));
    `;
    const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', script], { cwd: project });
    expect(JSON.parse(stdout)).toEqual({ version: PACKAGE.version, status: 200, health: 'ok', operations: 90, prismLoaded: false });
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
