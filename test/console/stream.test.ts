/**
 * The journal as server-sent events, over a real socket (supertest would wait for the end of a stream
 * that does not end), and one journal entry whole through the contract-checked client.
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox.js';
import { createJournal, MAX_JOURNAL_SUBSCRIBERS, type JournalInput } from '../../src/workspace/journal.js';
import { MAX_UNREAD_BYTES, openJournalStream } from '../../src/control/request-stream.js';
import { createTestApi } from '../support/api.js';

interface StreamEvent {
  id?: string;
  event: string;
  data: string;
}

/** A client reading one SSE stream: events parsed as they arrive, waited for by predicate. */
interface StreamReader {
  response: IncomingMessage;
  events: StreamEvent[];
  next(predicate: (e: StreamEvent) => boolean): Promise<StreamEvent>;
  ended: Promise<void>;
  close(): void;
}

let server: Server | undefined;
let sandbox: Sandbox | undefined;
const readers: StreamReader[] = [];

afterEach(async () => {
  for (const r of readers.splice(0)) r.close();
  await sandbox?.close();
  server?.closeAllConnections();
  await new Promise<void>(resolve => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
  sandbox = undefined;
});

async function start(): Promise<string> {
  sandbox = await createSandbox({ seed: 'test' });
  server = createServer(sandbox.listener);
  await new Promise<void>(resolve => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function call(base: string, method: string, path: string, key = 'sandbox_key', body?: unknown): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' } }, res => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', chunk => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

function openStream(base: string, query = '', key = 'sandbox_key'): Promise<StreamReader> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/__sandbox/requests/stream${query}`, { headers: { Authorization: `Bearer ${key}` } }, response => {
      const events: StreamEvent[] = [];
      const waiters: { predicate: (e: StreamEvent) => boolean; resolve: (e: StreamEvent) => void }[] = [];
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = parseEvent(block);
          if (!event) continue;
          events.push(event);
          for (const w of waiters.filter(w => w.predicate(event))) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(event);
          }
        }
      });
      const ended = new Promise<void>(done => response.on('close', () => done()));
      const reader: StreamReader = {
        response,
        events,
        ended,
        next: predicate =>
          new Promise(done => {
            const seen = events.find(predicate);
            if (seen) done(seen);
            else waiters.push({ predicate, resolve: done });
          }),
        close: () => req.destroy(),
      };
      readers.push(reader);
      resolve(reader);
    });
    req.on('error', reject);
    req.end();
  });
}

function parseEvent(block: string): StreamEvent | undefined {
  const fields = new Map<string, string>();
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart());
  }
  if (!fields.has('data')) return undefined;
  return { id: fields.get('id'), event: fields.get('event') ?? 'message', data: fields.get('data')! };
}

const isRequest = (path: string) => (e: StreamEvent) => e.event === 'request' && JSON.parse(e.data).path === path;

describe('GET /__sandbox/requests/stream', () => {
  it('sends each request of the caller’s workspace as it is journaled, with the summary the console shows', async () => {
    const base = await start();
    const stream = await openStream(base);
    expect(stream.response.statusCode).toBe(200);
    expect(stream.response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.response.headers['x-request-id']).toMatch(/^req_/);
    await call(base, 'GET', '/v2/contacts');
    await call(base, 'GET', '/v2/teams', 'test_elsewhere');
    await call(base, 'GET', '/v2/health');
    const rejected = await stream.next(isRequest('/v2/contacts'));
    await stream.next(isRequest('/v2/health'));
    const summary = JSON.parse(rejected.data);
    expect(rejected.id).toBe(String(summary.id));
    expect(summary).toMatchObject({ method: 'GET', path: '/v2/contacts', operationId: 'listContacts', status: 400, applied: false, fault: null, scenarios: [] });
    expect(summary.requestId).toMatch(/^req_/);
    expect(typeof summary.durationMs).toBe('number');
    expect(summary.violations[0]).toMatchObject({ location: 'query', param: 'TeamId', keyword: 'required' });
    expect(summary).not.toHaveProperty('headers');
    // The other workspace's request is not in this stream, nor are control-plane calls.
    expect(stream.events.filter(e => e.event === 'request').map(e => JSON.parse(e.data).path)).toEqual(['/v2/contacts', '/v2/health']);
  });

  it('replays the entries after `after`, then goes on live', async () => {
    const base = await start();
    await call(base, 'GET', '/v2/health');
    await call(base, 'GET', '/v2/teams');
    const first = sandbox!.workspace('default')!.journal.find({})[0].id;
    const stream = await openStream(base, `?after=${first}`);
    await call(base, 'GET', '/v2/labels');
    await stream.next(isRequest('/v2/labels'));
    expect(stream.events.filter(e => e.event === 'request').map(e => JSON.parse(e.data).path)).toEqual(['/v2/teams', '/v2/labels']);
  });

  it('ends with a close event on reset and on shutdown', async () => {
    const base = await start();
    const beforeReset = await openStream(base);
    await call(base, 'POST', '/__sandbox/reset');
    const closed = await beforeReset.next(e => e.event === 'close');
    expect(closed.data).toBe('reset');
    await beforeReset.ended;
    const beforeShutdown = await openStream(base);
    await call(base, 'GET', '/v2/health');
    await beforeShutdown.next(isRequest('/v2/health'));
    await sandbox!.close();
    expect((await beforeShutdown.next(e => e.event === 'close')).data).toBe('shutdown');
    await beforeShutdown.ended;
    expect(sandbox!.workspace('default')!.journal.subscribers).toBe(0);
  });

  it(`answers 429 past ${MAX_JOURNAL_SUBSCRIBERS} streams on one workspace, and frees a place when a client leaves`, async () => {
    const base = await start();
    const streams = [];
    for (let i = 0; i < MAX_JOURNAL_SUBSCRIBERS; i++) streams.push(await openStream(base));
    const refused = await call(base, 'GET', '/__sandbox/requests/stream');
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body).error).toMatchObject({ type: 'rate_limit_error', code: 'too_many_streams' });
    // Another workspace has its own places.
    expect((await openStream(base, '', 'test_other')).response.statusCode).toBe(200);
    streams[0].close();
    const journal = sandbox!.workspace('default')!.journal;
    while (journal.subscribers === MAX_JOURNAL_SUBSCRIBERS) await new Promise(resolve => setImmediate(resolve));
    expect((await openStream(base)).response.statusCode).toBe(200);
  });

  it('answers 401 without a key and 400 for a bad `after`', async () => {
    const api = await createTestApi();
    const keyless = await api.as(null).get('/__sandbox/requests/stream');
    expect(keyless.status).toBe(401);
    const bad = await api.get('/__sandbox/requests/stream?after=-1');
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe('after');
  });
});

describe('a stream that cannot keep up', () => {
  it(`is dropped once more than ${MAX_UNREAD_BYTES} bytes wait unread`, async () => {
    const journal = createJournal(10_000);
    const attach = openJournalStream(journal, [])!;
    // Nobody reads this sink: everything written stays buffered in it.
    const sink = new PassThrough({ highWaterMark: 1024 });
    attach(sink);
    expect(journal.subscribers).toBe(1);
    const closed = new Promise<void>(resolve => sink.once('close', () => resolve()));
    const entry: JournalInput = {
      at: '2026-03-02T09:00:00.000Z', method: 'POST', path: '/v2/contacts', query: {}, operationId: 'createContact', status: 400,
      durationMs: 1, requestId: 'req_x', headers: {}, body: null, scenarios: [], applied: false, fault: null, responseText: undefined,
      violations: [{ location: 'body', param: 'email', keyword: 'format', message: 'x'.repeat(2000) }],
    };
    while (!sink.destroyed) {
      for (let i = 0; i < 100; i++) journal.record(entry);
      await new Promise(resolve => setImmediate(resolve));
    }
    await closed;
    expect(journal.subscribers).toBe(0);
    expect(sink.writableLength).toBeGreaterThan(MAX_UNREAD_BYTES);
  });
});

describe('GET /__sandbox/requests/{id}', () => {
  it('answers the whole entry, with the request and response bodies', async () => {
    const api = await createTestApi();
    const team = (await api.get('/v2/teams')).body.data[0];
    const created = await api.post('/v2/labels').send({ name: 'Streamed', color: '#3366ff', team_id: team.id });
    expect(created.status).toBe(201);
    const [newest] = (await api.get('/__sandbox/requests?limit=1')).body.data;
    const entry = await api.get(`/__sandbox/requests/${newest.id}`);
    expect(entry.status).toBe(200);
    expect(entry.body.data).toMatchObject({ id: newest.id, method: 'POST', path: '/v2/labels', status: 201, body: { name: 'Streamed', team_id: team.id } });
    // The body as sent: the text the client parsed.
    expect(JSON.parse(entry.body.data.response)).toEqual(created.body);
    // A long answer is kept as its first 4 KB behind a marker.
    const list = await api.get(`/v2/contacts?TeamId=${team.id}&limit=50`);
    const listed = (await api.get(`/__sandbox/requests?limit=1&operationId=listContacts`)).body.data[0];
    expect(listed.requestId).toBe(list.headers['x-request-id']);
    expect(listed.response).toEqual({ truncated: true, length: list.text.length, preview: list.text.slice(0, 4096) });
    const missing = await api.get('/__sandbox/requests/99999');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'request_not_found', param: 'id' });
  });
});
