/**
 * createSandbox(options): builds sendbox without listening. The request chain reads top to bottom in
 * handleApiRequest: match + authenticate → validate → scenario layer (delay, answer, fault) → handler
 * (or documented example) → envelope → journal.
 *
 * It returns both a plain Node request listener (what `sendbox` listens with) and an Express app that
 * serves the same chain (for supertest, or to mount inside another app). The listener skips Express's
 * per-request machinery on the API path: on this 2-core machine a bare Express app tops out near 8–15k
 * req/s with a 12–19 ms p99, Node's http server near 45k req/s with a 4 ms p99 (README "Performance").
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { createRequire } from 'node:module';
import type { Express, NextFunction, Request, Response } from 'express';
import { loadContract, CONTROL_DOCUMENT_PATH, DEFAULT_DOCUMENT_PATH, type Contract, type ContractOperation } from './contract/contract.js';
import { createRouter } from './contract/router.js';
import { ApiError, errors, logUnexpected } from './http/errors.js';
import { DEFAULT_BODY_LIMITS, type BodyLimits } from './http/body.js';
import type { ApiKey, KeyRing } from './http/auth.js';
import { createRequestIds } from './http/request-id.js';
import { matchRequest } from './pipeline/match.js';
import { validateRequest, violationError, violationSummary, violationsHeader, VIOLATION_COUNT_HEADER, VIOLATIONS_HEADER, type ValidationMode } from './pipeline/validate.js';
import { logInternalError, logRequest, type SandboxLogger } from './request-log.js';
import { createCors, type CorsOptions } from './http/cors.js';
import { assertHandlersDocumented, dispatch } from './pipeline/dispatch.js';
import type { Family } from './contract/families.js';
import { payloadText, renderResult, sendError, sendRendered, sendScenarioAnswer, type Answer, type Reply } from './pipeline/envelope.js';
import { setHeaderPairs } from './http/header-pairs.js';
import type { Fault } from './scenarios/types.js';
import { createScenarioEngine, type ScenarioEngine } from './scenarios/engine.js';
import { openStore, type DataSync, type StoreFileSystem } from './workspace/persistence.js';
import { packagePath } from './package-root.js';
import { SANDBOX_VERSION } from './version.js';
import { performFault } from './scenarios/faults.js';
import { countCoverage, createJournalPool, journalBody, journalHeaders, journalQuery } from './workspace/journal.js';
import { createQueuedWorkPool } from './workspace/queued-work.js';
import type { Violation } from './contract/request-validator.js';
import { setTimeout as sleep } from 'node:timers/promises';
import type { HandlerTable } from './handlers/types.js';
import { apiHandlers } from './resources/handlers.js';
import { controlHandlers } from './control/index.js';
import { resolveDataSet } from '../seeds/index.js';
import { seedWithoutEngine } from './resources/supersend/engine/service.js';
import type { Workspace } from './workspace/workspace.js';
import { createWorkspaceRegistry } from './workspace/registry.js';
import { systemTime } from './workspace/clock.js';
import { unlogged } from './workspace/writes.js';
import { createOutbound, useOutbound, webhookInboxHandlers, type WebhookSettings } from './resources/supersend/webhooks/sandbox.js';
import { startTicker, type Ticker } from './workspace/ticker.js';

export { SANDBOX_VERSION };

export const DEFAULT_SCENARIO_DIRECTORY = packagePath('scenarios');

/** The keys a fresh sandbox accepts (README "Keys"). */
export const DEFAULT_KEYS: readonly ApiKey[] = [
  { key: 'sandbox_key', kind: 'supersend', workspaceId: 'default' },
  { key: 'sk_sandbox', kind: 'secret', workspaceId: 'default' },
  { key: 'pk_sandbox', kind: 'public', workspaceId: 'default' },
];

export interface SandboxOptions {
  /** Path of the OpenAPI document; defaults to the repository's openapi.yaml. */
  document?: string;
  validation?: ValidationMode;
  /** Seed for every random source (request ids, workspace ids). */
  seed?: string;
  keys?: readonly ApiKey[];
  bodyLimits?: Partial<BodyLimits>;
  /** Load the data set into every workspace (default true); false starts them empty. */
  seedData?: boolean;
  /** The data set workspaces start from: `default`, `demo` or `large:<n>` (seeds/index.ts); default `default`. */
  dataSet?: string;
  /** The data set of on-demand `test_…` workspaces (default: `dataSet`). */
  workspaceDataSet?: string;
  /** Keep every workspace in this JSON file across restarts (lowdb); default: in memory only. */
  dataFile?: string;
  /** `always`: a write request is answered only once its workspace is on disk (default `batch`: within ~1 s). */
  dataSync?: DataSync;
  /** The file system the data file is written through; for tests that make writes fail. */
  dataFileSystem?: StoreFileSystem;
  /** Extra or replacement handlers by operationId. */
  handlers?: HandlerTable;
  /** Serve the /__sandbox control plane and honour the X-Sandbox-Scenario and Prefer headers (default true). */
  controlPlane?: boolean;
  /** Workspace time between accepting queued work and starting it, in ms (default 1000). */
  processingLatencyMs?: number;
  /** Requests kept in each workspace's journal (default 1000). */
  journalCapacity?: number;
  /** Bytes kept in each workspace's journal, estimated as JSON (default 8 MB; oldest entries evicted first). */
  journalBytes?: number;
  /** Bytes kept in all journals together (default 256 MB; the largest journal loses its oldest entries first). */
  journalBytesTotal?: number;
  /** Rows of queued work (uploads, imports, bulk jobs) one workspace may hold (default 50,000); beyond, 429. */
  maxQueuedRows?: number;
  /** Rows of queued work across all workspaces (default 250,000); beyond, 429. */
  maxQueuedRowsTotal?: number;
  /** Bytes of queued input across all workspaces (default 256 MB); beyond, 429. */
  maxQueuedBytes?: number;
  /** Folder of scenario files (default: the repository's scenarios/); a bad file in it stops start-up. */
  scenarioDirectory?: string;
  /** More folders of scenario files (`--scenario-dir`); a bad file no `scenarios` entry names is left out with a warning. */
  scenarioDirectories?: readonly string[];
  /** Scenario files loaded directly and active in every workspace (`--scenario path/to/file.yaml`). */
  scenarioFiles?: readonly string[];
  /** Scenarios active in every workspace from the start (`--scenario NAME`). */
  scenarios?: readonly string[];
  /** At most this many on-demand `test_…` workspaces (default 1000; the least recently used goes first). */
  maxTestWorkspaces?: number;
  /** On-demand workspaces unused this long are dropped (ms, default 6 h). */
  testWorkspaceIdleMs?: number;
  /** Where each request is logged (a pino logger, e.g. from createLogger in log.ts); none: no request log, unexpected errors on stderr. */
  logger?: SandboxLogger;
  /** CORS for browser pages on other origins (default: any origin); false answers no preflight and sends no CORS header. */
  cors?: CorsOptions | false;
  /** Webhook delivery: retry delays, timeout, allowed destinations (`--webhook-allow`), queue bounds. */
  webhooks?: Partial<WebhookSettings>;
  /**
   * Longest wait (ms) before due work of a workspace whose clock runs is found and run with no request
   * to it (default 250; `--tick-ms`); 0: such work runs only before the workspace's next request or on
   * a clock advance. Work scheduled by a request is armed for its own due time whatever this says.
   */
  tickMs?: number;
}

export interface Sandbox {
  /** Express app serving the whole sandbox; use it in-process (supertest) or mount it. */
  app: Express;
  /** The control plane's own document (src/control/openapi.yaml). */
  controlContract: Contract;
  /** The same sandbox as a plain Node request listener: `http.createServer(sandbox.listener)`. */
  listener: RequestListener;
  contract: Contract;
  options: Required<Pick<SandboxOptions, 'validation' | 'seed'>>;
  scenarios: ScenarioEngine;
  /** Makes a final save to the data file (if any), reports on stderr what could not be saved, frees its lock; never rejects. */
  close(): Promise<void>;
  /** Puts a workspace (default: `default`) back to its data set, as POST /__sandbox/reset does. */
  reset(id?: string): Workspace;
  /** operationIds answered by a stateful handler; every other operation answers from its examples. */
  statefulOperations: ReadonlySet<string>;
  workspace(id: string): Workspace | undefined;
}

export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  // An unknown data set fails first, listing the names; Faker is loaded only when data will be generated.
  const dataSet = resolveDataSet(options.dataSet ?? 'default');
  const testDataSet = options.workspaceDataSet ? resolveDataSet(options.workspaceDataSet) : dataSet;
  if (options.seedData !== false) await Promise.all([dataSet.prepare(), testDataSet.prepare()]);
  const contract = await loadContract(options.document ?? DEFAULT_DOCUMENT_PATH);
  const controlContract = await loadContract(CONTROL_DOCUMENT_PATH);
  const controlPlane = options.controlPlane ?? true;
  const router = createRouter([...contract.operations, ...(controlPlane ? controlContract.operations : [])]);
  const mode = options.validation ?? 'strict';
  const seed = options.seed ?? 'sendbox';
  const limits = { ...DEFAULT_BODY_LIMITS, ...options.bodyLimits };
  const nextRequestId = createRequestIds(seed);
  const logger = options.logger;
  const cors = options.cors === false ? undefined : createCors(options.cors);

  // Accounts and journals of workspaces that were reset or dropped stop counting once a bound is reached.
  const pools = {
    queuedWork: createQueuedWorkPool(
      { workspaceRows: options.maxQueuedRows, totalRows: options.maxQueuedRowsTotal, totalBytes: options.maxQueuedBytes },
      (id, account) => workspaces.get(id)?.scheduler.queued === account,
    ),
    journal: createJournalPool(
      { workspaceBytes: options.journalBytes, totalBytes: options.journalBytesTotal },
      (id, journal) => workspaces.get(id)?.journal === journal,
    ),
  };
  const outbound = createOutbound(options.webhooks);
  const workspaces = createWorkspaceRegistry({
    seed,
    pools,
    keys: options.keys ?? DEFAULT_KEYS,
    // A reset seeds a fresh workspace while the control request's write is open: nothing of it to log.
    populate: ws => unlogged(() => {
      useOutbound(ws, outbound);
      const chosen = ws.id.startsWith('test:') ? testDataSet : dataSet;
      if (options.seedData === false) return;
      // A data set built through the engine hands its running campaigns on; the others' rows stay as written.
      if (chosen.engine) chosen.populate(ws);
      else seedWithoutEngine(ws, () => chosen.populate(ws));
    }),
    processingLatencyMs: options.processingLatencyMs,
    journalCapacity: options.journalCapacity,
    maxTestWorkspaces: options.maxTestWorkspaces,
    testWorkspaceIdleMs: options.testWorkspaceIdleMs,
  });
  const keys: KeyRing = workspaces;
  const scenarios: ScenarioEngine = createScenarioEngine({
    directory: options.scenarioDirectory ?? DEFAULT_SCENARIO_DIRECTORY,
    directories: options.scenarioDirectories,
    files: options.scenarioFiles,
    operations: contract.operations,
    warn: message => (logger ? logger.warn(message) : process.stderr.write(`sendbox: ${message}\n`)),
    active: options.scenarios ?? [],
    seed,
    // A shared instance without a control plane must not be steerable by a request header either.
    headerActivation: controlPlane,
  });
  // Last of what can fail at start-up: it takes the data file's lock, which only close() frees.
  const store = options.dataFile
    ? await openStore(options.dataFile, { registry: workspaces, sync: options.dataSync, fileSystem: options.dataFileSystem })
    : undefined;

  // Outcomes of webhook attempts change a workspace off the request path: the data file saves it.
  outbound.onChange(id => {
    const ws = workspaces.get(id);
    if (ws) store?.touch(ws);
    // A failed attempt schedules its retry.
    if (ws) ticker?.poke(ws);
  });

  // ---- the ticker: due work of running clocks runs with no request (src/workspace/ticker.ts) ----
  const tickMs = options.tickMs ?? DEFAULT_TICK_MS;
  const ticker: Ticker | undefined = tickMs > 0
    ? startTicker({
        workspaces,
        intervalMs: tickMs,
        changed: ws => store?.touch(ws),
        failed: (ws, err) => (logger ? logInternalError(logger, 'queued work', `workspace ${ws.id}`, err) : logUnexpected('queued work', `workspace ${ws.id}`, err)),
      })
    : undefined;
  // ---- end of the ticker ----

  const handlers: HandlerTable = {
    ...apiHandlers(systemTime(), SANDBOX_VERSION, store),
    ...controlHandlers({ contract, controlContract, workspaces, scenarios, store }),
    ...webhookInboxHandlers({ workspaces, outbound }),
    ...options.handlers,
  };
  assertHandlersDocumented(handlers, [contract, controlContract]);

  async function handleApiRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const { path, query } = splitUrl(req.url ?? '/');
    const method = req.method ?? 'GET';
    const match = matchRequest(router, keys, method, path, req.headers);
    const family = match.family;
    const requestId = nextRequestId(family, req.headers);
    // The caller's workspace once its key has authenticated (opening it is a use); keyless requests use
    // the default one, looked up each time since a reset replaces it.
    const workspace = match.key ? workspaces.workspaceOf(match.key) : workspaces.get('default')!;
    // A refused or missing key vouches for nobody: such failures are answered but journaled nowhere.
    const journaled = match.ok || match.key !== undefined;
    const trace: RequestTrace = { violations: [], scenarios: [], applied: false, fault: null, body: undefined, response: undefined };
    // Headers every answer to this request carries, written with the answer's own (pipeline/envelope.ts).
    const reply: Reply = { res, requestId, headers: cors ? cors.headersFor(req) : [] };
    // A preflight (or any OPTIONS) on a known path: the methods it allows; an unknown path answers 404 below.
    const preflight = cors !== undefined && method === 'OPTIONS' && !match.ok && match.error.status === 405;
    try {
      if (preflight) {
        res.setHeader('X-Request-Id', requestId);
        const route = router.match(method, path);
        return cors.preflight(req, res, route.kind === 'method_not_allowed' ? route.allowed : []);
      }
      if (!match.ok) throw match.error;
      const { operation, pathParams } = match.matched;
      if (operation.family === 'sk' && workspace.stores.skProject.disabled && WRITE_METHODS.has(method)) throw projectDisabled();
      // Queued work that fell due since the last request happens before this one is answered (in slices
      // that yield, so other workspaces are answered meanwhile).
      // (Checked first: an await costs even when nothing is due.)
      if (workspace.scheduler.busy() && (await workspace.scheduler.runDue()) > 0) store?.touch(workspace);
      const validated = await validateRequest(req, res, operation, pathParams, query, limits);
      trace.violations = validated.violations;
      trace.body = validated.request.body;
      if (validated.violations.length > 0 && mode !== 'off') {
        reply.headers.push(VIOLATIONS_HEADER, violationsHeader(validated.violations), VIOLATION_COUNT_HEADER, String(validated.violations.length));
        if (mode === 'strict') throw violationError(operation, validated.violations);
        if (mode === 'warn') reply.headers.push('X-Sandbox-Validation-Warnings', violationSummary(validated.violations));
      }
      const outcome = scenarios.evaluate({
        workspace, operation, family, method, path, query: validated.request.query, headers: req.headers,
        body: validated.request.body, key: match.key?.key,
      });
      trace.scenarios = outcome.applied;
      if (outcome.delayMs) await sleep(outcome.delayMs);
      if (outcome.fault?.when === 'before') return cut(reply, outcome.fault, undefined, trace);
      if (outcome.respond) {
        trace.response = sendScenarioAnswer(reply, family, operation, outcome.respond, workspace.clock.isoNow());
      } else {
        // One write: kept once the answer is rendered, undone if the handler throws or rendering fails.
        const answer = await workspace.writes.apply(async () => {
          let result = await dispatch(handlers, {
            operation, workspace, request: validated.request, files: validated.files, headers: req.headers,
            path, rawQuery: query, requestId, contract,
          });
          if (outcome.transform) result = outcome.transform(result);
          return renderResult(family, requestId, result);
        });
        trace.applied = true;
        // With --data-sync always, an API write is answered once its workspace is on disk.
        if (store && family !== 'control' && WRITE_METHODS.has(method)) await store.committed(workspace);
        if (outcome.fault) return cut(reply, outcome.fault, { status: answer.status, body: payloadText(answer) }, trace);
        trace.response = sendRendered(reply, answer);
      }
    } catch (e) {
      const unexpected = (err: unknown) => (logger ? logInternalError(logger, requestId, `${method} ${path}`, err) : logUnexpected(requestId, `${method} ${path}`, err));
      const error = answerFor(e, unexpected, match.ok ? match.matched.operation : undefined, trace.violations);
      try {
        trace.response = sendError(reply, family, error, workspace.clock.isoNow());
      } catch (writing) {
        // The error's own answer could not be written (a header value Node refuses): a plain 500 goes instead.
        lastResort(reply, family, writing, logger);
      }
    } finally {
      const operationId = match.ok ? match.matched.operation.operationId : null;
      if (method !== 'GET' && method !== 'HEAD') store?.touch(workspace);
      // The request may have scheduled work (or moved the clock): the ticker arms for it.
      ticker?.poke(workspace);
      // The control plane steers the sandbox; like WireMock's admin API, it stays out of the journal.
      if (family !== 'control' && journaled && !preflight) record(workspace, { req, method, path, query, operationId, requestId, started, trace, status: res.statusCode });
      if (logger) {
        const durationMs = Math.round((performance.now() - started) * 100) / 100;
        logRequest(logger, {
          method, path, status: res.statusCode, durationMs, requestId, workspace: workspace.id, operationId,
          violations: trace.violations, scenarios: trace.scenarios, fault: trace.fault,
        });
      }
    }
  }

  /** Ends the exchange with a network fault; the journal keeps whether the handler had run. */
  function cut(reply: Reply, fault: Fault, payload: { status: number; body: string } | undefined, trace: RequestTrace): void {
    trace.fault = fault.kind;
    setHeaderPairs(reply.res, reply.headers);
    performFault(reply.res, fault, payload);
  }

  function record(workspace: Workspace, r: { req: IncomingMessage; method: string; path: string; query: Record<string, unknown>; operationId: string | null; requestId: string; started: number; trace: RequestTrace; status: number }): void {
    const status = r.trace.fault ? 0 : r.status;
    if (r.operationId && status) countCoverage(workspace.coverage, r.operationId, status);
    workspace.journal.record({
      at: workspace.clock.isoNow(),
      method: r.method,
      path: r.path,
      query: journalQuery(r.query),
      operationId: r.operationId,
      status,
      durationMs: Math.round((performance.now() - r.started) * 100) / 100,
      requestId: r.requestId,
      headers: journalHeaders(r.req.headers),
      body: journalBody(r.trace.body, r.req.headers['content-length'] ? Number(r.req.headers['content-length']) : undefined),
      violations: r.trace.violations,
      scenarios: r.trace.scenarios,
      applied: r.trace.applied && (r.status < 400 || Boolean(r.trace.fault)),
      fault: r.trace.fault,
      responseText: r.trace.response?.text,
      responseHead: r.trace.response?.head,
    });
  }

  function listener(req: IncomingMessage, res: ServerResponse): void {
    handleApiRequest(req, res).catch(err => lastResort(unknownReply(res), 'v2', err, logger));
  }

  let app: Express | undefined;

  return {
    get app() {
      return (app ??= expressApp(listener, logger));
    },
    controlContract,
    listener,
    contract,
    options: { validation: mode, seed },
    statefulOperations: new Set(Object.keys(handlers)),
    close: async () => {
      ticker?.stop();
      // Attempts in flight are dropped, not awaited: a receiver that hangs never holds up shutdown.
      outbound.close();
      // Live journal streams end first: a server waiting for its connections to close is not held open by them.
      for (const id of workspaces.ids()) workspaces.get(id)?.journal.closeSubscribers('shutdown');
      await store?.close();
    },
    reset: (id = 'default') => workspaces.reset(id),
    scenarios,
    workspace: id => workspaces.get(id),
  };
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The ticker's longest wait between two checks (ms): a running clock's due work runs within it. */
export const DEFAULT_TICK_MS = 250;

const require = createRequire(import.meta.url);

/** The Express app around the listener, built on first use of `sandbox.app`: the CLI never loads Express. */
function expressApp(listener: RequestListener, logger: SandboxLogger | undefined): Express {
  // require() is untyped; this is the express package's own export.
  const express = require('express') as typeof import('express');
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use((req: Request, res: Response) => listener(req, res));
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => lastResort(unknownReply(res), 'v2', err, logger));
  return app;
}

/** What the journal keeps of a request as it moves through the chain. */
interface RequestTrace {
  violations: Violation[];
  scenarios: string[];
  applied: boolean;
  fault: string | null;
  body: unknown;
  /** What the client got, once an answer was sent whole. */
  response: Answer | undefined;
}

/** The secret-key API refuses writes to a disabled project before validating them, as the real service does. */
function projectDisabled(): ApiError {
  return new ApiError(403, 'project_disabled', 'This project has been disabled. Please contact support for assistance.', {
    skCode: 'PROJECT_DISABLED',
    suggestion: 'Your project has been disabled. Contact support for assistance.',
  });
}

/** The chain answers every error itself; this only guards against a fault while writing the answer. */
function lastResort(reply: Reply, family: Family, err: unknown, logger: SandboxLogger | undefined): void {
  if (logger) logInternalError(logger, reply.requestId, 'writing the answer', err);
  else logUnexpected(reply.requestId, 'writing the answer', err);
  if (reply.res.headersSent) reply.res.destroy();
  else sendError(reply, family, asApiError(err), new Date(0).toISOString());
}

/** The reply of a request whose own was lost (an error outside the chain): no id or header is known. */
function unknownReply(res: ServerResponse): Reply {
  return { res, requestId: 'req_000000000000000000000000', headers: [] };
}

/** Path and query of a request URL; query values stay flat strings (no nested objects from `a[b]=1`). */
function splitUrl(url: string): { path: string; query: Record<string, string | string[]> } {
  const q = url.indexOf('?');
  if (q === -1) return { path: url, query: {} };
  // node:querystring types values as string | string[] | undefined; the parser never yields undefined.
  return { path: url.slice(0, q), query: { ...parseQuery(url.slice(q + 1)) } as Record<string, string | string[]> };
}

function asApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  return errors.internal();
}

/**
 * The error answer of a failed request. Anything that is not a client's error is logged once, here. When
 * `--validation warn|off` let invalid input through and a handler could not use it, the client gets its
 * first violation as a 400 rather than a 500.
 */
function answerFor(e: unknown, logUnexpectedError: (err: unknown) => void, operation: ContractOperation | undefined, violations: Violation[]): ApiError {
  const error = asApiError(e);
  if (error.status < 500) return error;
  logUnexpectedError(e);
  return operation && violations.length > 0 && !(e instanceof ApiError) ? violationError(operation, violations) : error;
}
