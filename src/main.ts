#!/usr/bin/env node
/**
 * The sendbox command: flags and environment → createSandbox → listen. The only file that listens.
 * The sandbox itself is imported only once the flags are read, so `--help` and `--version` load nothing else.
 */
import { Command, Option } from 'commander';
import { SANDBOX_VERSION } from './version.js';
import { stopWithParent } from './parent-watch.js';
import type { ValidationMode } from './pipeline/validate.js';
import type { DataSync } from './workspace/persistence.js';

/**
 * The --data-sync choices, spelled here so `--help` need not load the persistence module (and the
 * snapshot code, Ajv and lowdb behind it); the check below fails tsc if persistence.ts gains a mode.
 */
const DATA_SYNC_CHOICES = ['batch', 'always'] as const satisfies readonly DataSync[];
const everyDataSyncListed: Exclude<DataSync, (typeof DATA_SYNC_CHOICES)[number]> extends never ? true : never = true;
void everyDataSyncListed;
import type { LevelWithSilent } from 'pino';
import type { LogFormat } from './log.js';

/** Kept here rather than imported from log.ts so that `--help` does not load pino. */
const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

interface CliOptions {
  port: string;
  host: string;
  validation: ValidationMode;
  seed: string;
  randomSeed: string;
  workspaceSeed?: string;
  controlPlane: boolean;
  maxWorkspaces: string;
  workspaceIdle: string;
  processingLatency: string;
  tickMs: string;
  data?: string;
  scenario: string[];
  scenarioDir: string[];
  dataFile?: string;
  dataSync: DataSync;
  maxQueuedRows: string;
  maxQueuedRowsTotal: string;
  maxQueuedMb: string;
  journalMb: string;
  journalTotalMb: string;
  logLevel: LevelWithSilent;
  logFormat?: LogFormat;
  quiet?: boolean;
  cors: boolean;
  corsOrigin: string[];
  webhookAllow: string[];
  webhookRetries: string;
  webhookTimeout: string;
}

const repeatable = (value: string, previous: string[]) => [...previous, ...value.split(',').map(s => s.trim()).filter(Boolean)];

const program = new Command()
  .name('sendbox')
  .description('Stateful sandbox of the SuperSend V2/V1 and secret-key contacts APIs')
  .version(SANDBOX_VERSION)
  .addOption(new Option('-p, --port <port>', 'port to listen on').env('PORT').default('4010'))
  .addOption(new Option('-H, --host <host>', 'address to bind').env('HOST').default('127.0.0.1'))
  .addOption(
    new Option('--validation <mode>', 'request validation: strict rejects, warn reports in a header, off ignores')
      .choices(['strict', 'warn', 'off'])
      .env('SENDBOX_VALIDATION')
      .default('strict'),
  )
  .addOption(
    new Option('--seed <name>', 'data set every workspace starts from: default, demo (5,000 contacts) or large:<n> (n contacts, for benchmarks)')
      .env('SENDBOX_SEED')
      .default('default'),
  )
  .addOption(new Option('--data <name>', 'same as --seed').hideHelp())
  .addOption(new Option('--workspace-seed <name>', 'data set of on-demand test_ workspaces (default: the --seed data set)').env('SENDBOX_WORKSPACE_SEED'))
  .addOption(new Option('--random-seed <seed>', 'seed of every random source (ids): the same seed and requests give the same answers').env('SENDBOX_RANDOM_SEED').default('sendbox'))
  .addOption(new Option('--no-control-plane', 'serve no /__sandbox control endpoints and ignore X-Sandbox-Scenario/Prefer headers'))
  .addOption(new Option('--max-workspaces <n>', 'on-demand test_ workspaces kept at most (least recently used dropped first)').env('SENDBOX_MAX_WORKSPACES').default('1000'))
  .addOption(new Option('--workspace-idle <minutes>', 'drop on-demand test_ workspaces unused this long').env('SENDBOX_WORKSPACE_IDLE').default('360'))
  .addOption(new Option('--data-file <path>', 'keep every workspace in this JSON file across restarts').env('SENDBOX_DATA_FILE'))
  .addOption(
    new Option('--data-sync <mode>', 'batch: saved within ~1 s; always: a write is answered only once it is on disk (fsync)')
      .choices(DATA_SYNC_CHOICES)
      .env('SENDBOX_DATA_SYNC')
      .default('batch'),
  )
  .addOption(
    new Option('--processing-latency <ms>', 'workspace time before queued work (uploads, jobs) starts')
      .env('SENDBOX_PROCESSING_LATENCY')
      .default('1000'),
  )
  .addOption(
    new Option('--tick-ms <ms>', 'longest wait before due work of a running workspace clock runs with no request to it (0: only on its next request)')
      .env('SENDBOX_TICK_MS')
      .default('250'),
  )
  .addOption(new Option('--max-queued-rows <n>', 'rows of queued work (uploads, imports, bulk jobs) one workspace may hold; beyond, 429').env('SENDBOX_MAX_QUEUED_ROWS').default('50000'))
  .addOption(new Option('--max-queued-rows-total <n>', 'rows of queued work across all workspaces; beyond, 429').env('SENDBOX_MAX_QUEUED_ROWS_TOTAL').default('250000'))
  .addOption(new Option('--max-queued-mb <mb>', 'megabytes of queued input across all workspaces; beyond, 429').env('SENDBOX_MAX_QUEUED_MB').default('256'))
  .addOption(new Option('--journal-mb <mb>', "megabytes kept in each workspace's request journal (oldest entries evicted)").env('SENDBOX_JOURNAL_MB').default('8'))
  .addOption(new Option('--journal-total-mb <mb>', 'megabytes kept in all request journals together (largest journal evicted first)').env('SENDBOX_JOURNAL_TOTAL_MB').default('256'))
  .addOption(
    new Option('--scenario <name|file>', 'scenario active in every workspace from the start, by name or as a file path/to/x.yaml (repeatable; see scenarios/)')
      .env('SENDBOX_SCENARIOS')
      .argParser((value: string, previous: string[]) => [...previous, ...value.split(',').map(s => s.trim()).filter(Boolean)])
      .default([]),
  )
  .addOption(
    new Option('--scenario-dir <dir>', 'folder of your own scenario files, added to the shipped ones (repeatable)')
      .env('SENDBOX_SCENARIO_DIRS')
      .argParser(repeatable)
      .default([]),
  )
  .addOption(new Option('--log-level <level>', 'request log level (request lines are info, unexpected errors error)').choices(LOG_LEVELS).env('SENDBOX_LOG_LEVEL').default('info'))
  .addOption(new Option('--log-format <format>', 'pretty (coloured) or json lines (default: pretty on a terminal, json otherwise)').choices(['pretty', 'json']).env('SENDBOX_LOG_FORMAT'))
  .addOption(new Option('-q, --quiet', 'no line per request (warnings and errors still print)'))
  .addOption(
    new Option('--cors-origin <origin>', 'origin allowed to call the sandbox from a browser (repeatable; default *)')
      .env('SENDBOX_CORS_ORIGIN')
      .argParser(repeatable)
      .default([]),
  )
  .addOption(new Option('--no-cors', 'answer no CORS preflight and send no Access-Control-* header'))
  .addOption(
    new Option('--webhook-allow <host|cidr>', 'deliver webhooks only to this host name or CIDR (repeatable; default: any host but link-local and cloud-metadata addresses)')
      .env('SENDBOX_WEBHOOK_ALLOW')
      .argParser((value: string, previous: string[]) => [...previous, ...value.split(',').map(s => s.trim()).filter(Boolean)])
      .default([]),
  )
  .addOption(new Option('--webhook-retries <seconds,...>', 'workspace time before each webhook retry; attempts = retries + 1').env('SENDBOX_WEBHOOK_RETRIES').default('60,300,900,3600'))
  .addOption(new Option('--webhook-timeout <seconds>', 'time a webhook receiver has to answer').env('SENDBOX_WEBHOOK_TIMEOUT').default('10'))
  .addHelpText('after', '\nCommands:\n  sendbox scenarios validate FILE…  check scenario files without starting a server (exit code 1 if any is bad)\n');

async function main(): Promise<void> {
  const opts = program.opts<CliOptions>();
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) program.error(`--port must be 0-65535, got "${opts.port}"`);
  const processingLatencyMs = Number(opts.processingLatency);
  if (!Number.isFinite(processingLatencyMs) || processingLatencyMs < 0) {
    program.error(`--processing-latency must be a number of milliseconds >= 0, got "${opts.processingLatency}"`);
  }
  const tickMs = Number(opts.tickMs);
  if (!Number.isFinite(tickMs) || tickMs < 0) program.error(`--tick-ms must be a number of milliseconds >= 0, got "${opts.tickMs}"`);
  const maxTestWorkspaces = Number(opts.maxWorkspaces);
  const idleMinutes = Number(opts.workspaceIdle);
  if (!Number.isInteger(maxTestWorkspaces) || maxTestWorkspaces < 1) program.error(`--max-workspaces must be a whole number >= 1, got "${opts.maxWorkspaces}"`);
  if (!Number.isFinite(idleMinutes) || idleMinutes <= 0) program.error(`--workspace-idle must be a number of minutes > 0, got "${opts.workspaceIdle}"`);
  const bounds = queueAndJournalBounds(opts);
  const webhooks = await webhookSettings(opts);
  const [{ createServer }, { createSandbox, DEFAULT_KEYS }] = await Promise.all([import('node:http'), import('./sandbox.js')]);
  const { createLogger, flushLog } = await import('./log.js');
  const logFormat: LogFormat = opts.logFormat ?? (process.stdout.isTTY ? 'pretty' : 'json');
  const logger = createLogger({ format: logFormat, level: opts.quiet ? 'warn' : opts.logLevel });
  const sandbox = await createSandbox({
    logger,
    cors: opts.cors ? { origins: opts.corsOrigin } : false,
    ...bounds,
    maxTestWorkspaces,
    testWorkspaceIdleMs: idleMinutes * 60_000,
    validation: opts.validation,
    seed: opts.randomSeed,
    dataSet: opts.data ?? opts.seed,
    workspaceDataSet: opts.workspaceSeed,
    controlPlane: opts.controlPlane,
    processingLatencyMs,
    tickMs,
    scenarios: opts.scenario.filter(s => !isScenarioFile(s)),
    scenarioFiles: opts.scenario.filter(isScenarioFile),
    scenarioDirectories: opts.scenarioDir,
    dataFile: opts.dataFile,
    dataSync: opts.dataSync,
    webhooks,
  });
  const server = createServer(sandbox.listener);
  server.keepAliveTimeout = 65_000;
  server.listen(port, opts.host, () => {
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    const url = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${bound}`;
    const keys = DEFAULT_KEYS.map(k => `${k.key} (${k.kind})`).join(', ');
    process.stdout.write(
      `sendbox ${SANDBOX_VERSION} listening on ${url}\n` +
        `  operations: ${sandbox.contract.operations.length} (validation: ${opts.validation})\n` +
        `  keys: ${keys}\n` +
        `  data: ${opts.data ?? opts.seed}\n` +
        (opts.scenario.length ? `  scenarios: ${opts.scenario.join(', ')}\n` : '') +
        `  try: curl -H 'Authorization: Bearer sandbox_key' ${url}/v2/teams\n` +
        (opts.controlPlane ? `  console: ${url}/__sandbox/console\n  docs: ${url}/__sandbox/docs\n` : ''),
    );
  });
  server.on('error', err => {
    process.stderr.write(`sendbox: cannot listen on ${opts.host}:${port}: ${err.message}\n`);
    process.exit(1);
  });
  const shutdown = (signal: string) => {
    process.stdout.write(`sendbox: ${signal}, shutting down\n`);
    // A final attempt to save pending changes; what cannot be saved is reported on stderr, and the exit
    // stays 0: the shutdown asked for did happen.
    server.close(() => {
      sandbox
        .close()
        .catch(err => process.stderr.write(`sendbox: ${err instanceof Error ? err.message : String(err)}\n`))
        .finally(() => {
          flushLog(logger);
          process.exit(0);
        });
    });
    server.closeAllConnections();
    // A last resort for a save that hangs (a stuck disk); a large data file takes seconds to write.
    setTimeout(() => {
      process.stderr.write('sendbox: the final save did not finish within 60 s; exiting without it\n');
      flushLog(logger);
      process.exit(0);
    }, 60_000).unref();
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  stopWithParent(() => shutdown('parent process exited'));
}

/** The queued-work and journal bounds from their flags (whole rows; megabytes to bytes). */
function queueAndJournalBounds(opts: CliOptions) {
  const rows = (flag: string, value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) program.error(`${flag} must be a whole number >= 1, got "${value}"`);
    return n;
  };
  const megabytes = (flag: string, value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) program.error(`${flag} must be a number of megabytes > 0, got "${value}"`);
    return Math.round(n * 1024 * 1024);
  };
  return {
    maxQueuedRows: rows('--max-queued-rows', opts.maxQueuedRows),
    maxQueuedRowsTotal: rows('--max-queued-rows-total', opts.maxQueuedRowsTotal),
    maxQueuedBytes: megabytes('--max-queued-mb', opts.maxQueuedMb),
    journalBytes: megabytes('--journal-mb', opts.journalMb),
    journalBytesTotal: megabytes('--journal-total-mb', opts.journalTotalMb),
  };
}

/** `--scenario` takes a name (`slow-network`) or a file (`./mine/slow.yaml`). */
function isScenarioFile(value: string): boolean {
  return /[/\\]/.test(value) || /\.ya?ml$/.test(value);
}

/** Webhook delivery settings from their flags; a bad allow entry stops start-up with its message. */
async function webhookSettings(opts: CliOptions) {
  // Loaded here, not at the top: `--help` loads nothing of the server.
  const { parseAllowList } = await import('./resources/supersend/webhooks/delivery.js');
  const retries = opts.webhookRetries.split(',').map(s => s.trim()).filter(Boolean).map(Number);
  if (retries.some(n => !Number.isFinite(n) || n < 0)) program.error(`--webhook-retries must be seconds >= 0 separated by commas, got "${opts.webhookRetries}"`);
  const timeout = Number(opts.webhookTimeout);
  if (!Number.isFinite(timeout) || timeout <= 0) program.error(`--webhook-timeout must be a number of seconds > 0, got "${opts.webhookTimeout}"`);
  try {
    parseAllowList(opts.webhookAllow);
  } catch (e) {
    program.error(e instanceof Error ? e.message : String(e));
  }
  return { allow: opts.webhookAllow, retryDelaysMs: retries.map(s => Math.round(s * 1000)), timeoutMs: Math.round(timeout * 1000) };
}

function fail(err: unknown): never {
  process.stderr.write(`sendbox: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}

if (process.argv[2] === 'scenarios') {
  const { runScenariosCommand } = await import('./scenarios/command.js');
  process.exitCode = await runScenariosCommand(process.argv.slice(3)).catch(fail);
} else {
  program.parse();
  main().catch(fail);
}
