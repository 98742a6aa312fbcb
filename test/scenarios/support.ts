/**
 * Helpers of the scenario tests: a sandbox listening on a real socket, a raw HTTP/1.1 client over
 * node:net that reports exactly what came down the wire (or how the connection ended), and scenario
 * folders written for one test.
 */
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Sandbox } from '../../src/sandbox.js';

export interface Listening {
  port: number;
  close(): Promise<void>;
}

/** `createServer(sandbox.listener).listen(0, '127.0.0.1')`, closed (with any hung connection) by close(). */
export async function listen(sandbox: Sandbox): Promise<Listening> {
  const server: Server = createServer(sandbox.listener);
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface RawExchange {
  /** How the connection ended: the server closed it (`end`), reset it (`reset`), or the client gave up (`timeout`). */
  ended: 'end' | 'reset' | 'timeout';
  /** Every byte received. */
  raw: Buffer;
  /** Times (ms after sending) at which data arrived. */
  arrivals: number[];
  status?: number;
  headers: Record<string, string>;
  body: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  timeoutMs?: number;
}

/** One request on a fresh connection (`Connection: close`), read until the server ends or resets it. */
export function rawRequest(port: number, req: RawRequest): Promise<RawExchange> {
  const payload = req.body === undefined ? '' : JSON.stringify(req.body);
  const headers: Record<string, string> = {
    Host: `127.0.0.1:${port}`,
    Connection: 'close',
    ...(payload && { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)) }),
    ...req.headers,
  };
  const head = `${req.method ?? 'GET'} ${req.path} HTTP/1.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`;
  return new Promise(resolve => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const arrivals: number[] = [];
    const started = performance.now();
    let done = false;
    const finish = (ended: RawExchange['ended']) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(parseResponse(ended, Buffer.concat(chunks), arrivals));
    };
    const timer = setTimeout(() => finish('timeout'), req.timeoutMs ?? 5000);
    socket.on('data', chunk => {
      chunks.push(chunk);
      arrivals.push(performance.now() - started);
    });
    socket.on('end', () => finish('end'));
    socket.on('error', (err: NodeJS.ErrnoException) => finish(err.code === 'ECONNRESET' ? 'reset' : 'end'));
    socket.on('close', () => finish('end'));
    socket.write(head + payload);
  });
}

function parseResponse(ended: RawExchange['ended'], raw: Buffer, arrivals: number[]): RawExchange {
  const text = raw.toString('utf8');
  const split = text.indexOf('\r\n\r\n');
  if (split === -1) return { ended, raw, arrivals, headers: {}, body: '' };
  const [statusLine, ...lines] = text.slice(0, split).split('\r\n');
  const headers = Object.fromEntries(lines.map(l => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  return { ended, raw, arrivals, status: Number(statusLine.split(' ')[1]), headers, body: text.slice(split + 4) };
}

/** A folder holding the given scenario files (name → YAML text), for one test. */
export function scenarioFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sendbox-scenarios-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, `${name}.yaml`), text);
  return dir;
}

/** A scenario file of one rule named `only`; `rule` is the YAML of the rule's fields (any common indentation is removed). */
export function oneRule(name: string, rule: string): string {
  return `name: ${name}\ndescription: test scenario ${name}\nrules:\n  - name: only\n${indent(dedent(rule), 4)}\n`;
}

/** Removes the indentation common to every non-blank line, and blank lines at either end. */
export function dedent(text: string): string {
  const lines = text.replace(/^\s*\n|\n\s*$/g, '').split('\n');
  const common = Math.min(...lines.filter(l => l.trim()).map(l => /^ */.exec(l)![0].length));
  return lines.map(l => l.slice(common)).join('\n');
}

function indent(text: string, by: number): string {
  return text
    .split('\n')
    .map(l => ' '.repeat(by) + l)
    .join('\n');
}
