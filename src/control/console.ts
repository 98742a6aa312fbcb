/**
 * Control plane for a browser: the live journal stream, one journal entry whole, the console page
 * (src/console/) and the API reference (Swagger UI from the swagger-ui-dist package). Pages are read
 * from disk on first request and kept for the life of the sandbox.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Contract } from '../contract/contract.js';
import { handlerTable, type HandlerResult } from '../handlers/types.js';
import { ok } from '../handlers/v2-envelope.js';
import { ApiError } from '../http/errors.js';
import { packagePath } from '../package-root.js';
import { MAX_JOURNAL_SUBSCRIBERS } from '../workspace/journal.js';
import { openJournalStream } from './request-stream.js';

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function contentTypeOf(file: string): string {
  return CONTENT_TYPES[file.slice(file.lastIndexOf('.'))] ?? 'text/plain';
}

/** Where Swagger UI's files are: the swagger-ui-dist package, resolved beside sendbox as installed. */
function swaggerUiDirectory(): string {
  return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}

/** Files by path, read once. The cache belongs to one sandbox's handlers. */
function fileCache() {
  const files = new Map<string, Promise<string>>();
  return async (path: string): Promise<HandlerResult> => {
    let text = files.get(path);
    if (!text) files.set(path, (text = readFile(path, 'utf8')));
    return { status: 200, body: await text, contentType: contentTypeOf(path), headers: { 'Cache-Control': 'no-cache' } };
  };
}

/** A document as the reference page shows it: its one server is the address the page was loaded from. */
function servedHere(contract: Contract, host: string | undefined): HandlerResult {
  const url = host ? `http://${host}` : '/';
  return { status: 200, body: { ...contract.json, servers: [{ url, description: 'this sandbox' }] } };
}

export function consoleControlHandlers(contract: Contract, controlContract: Contract) {
  const file = fileCache();
  const consoleFile = (name: string) => file(packagePath(join('src/console', name)));
  return handlerTable({
    ctlStreamRequests: ({ workspace, request }) => {
      const after = request.query.after;
      const replay = after === undefined ? [] : workspace.journal.find({}).filter(e => e.id > after);
      const attach = openJournalStream(workspace.journal, replay);
      if (!attach) {
        throw new ApiError(429, 'too_many_streams', `${MAX_JOURNAL_SUBSCRIBERS} streams already read this workspace's journal; close one first`, {
          type: 'rate_limit_error',
        });
      }
      return {
        status: 200,
        contentType: 'text/event-stream; charset=utf-8',
        headers: { 'Cache-Control': 'no-cache', 'X-Accel-Buffering': 'no' },
        stream: res => attach(res),
      };
    },
    ctlGetRequest: ({ workspace, request }) => {
      const entry = workspace.journal.get(request.path.id);
      if (!entry) throw new ApiError(404, 'request_not_found', `No journal entry ${request.path.id} in this workspace (the journal keeps the latest ones)`, { param: 'id' });
      return ok(entry);
    },
    ctlConsolePage: () => consoleFile('index.html'),
    ctlConsoleAsset: ({ request }) => consoleFile(request.path.asset),
    ctlDocsPage: () => consoleFile('docs.html'),
    ctlDocsAsset: ({ request, headers }) => {
      const asset = request.path.asset;
      if (asset === 'api.json') return servedHere(contract, headers.host);
      if (asset === 'control.json') return servedHere(controlContract, headers.host);
      if (asset === 'docs.js') return consoleFile(asset);
      return file(join(swaggerUiDirectory(), asset));
    },
  });
}
