/**
 * Network faults, done to the real socket: what a client sees when a connection drops, a server sends
 * nothing, half a body, broken JSON, a trickle of bytes, or nothing at all until the client gives up.
 */
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Fault } from './types.js';

/** A hung request is released after this long, so a forgotten client can't hold a socket forever. */
const HANG_LIMIT_MS = 10 * 60 * 1000;

function reset(socket: Socket | null): void {
  if (!socket) return;
  // resetAndDestroy sends a TCP RST where the platform allows, like a dropped connection.
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}

/** Performs `fault` on the response; `payload` is the answer the handler produced, if it ran. */
export function performFault(res: ServerResponse, fault: Fault, payload: { status: number; body: string } | undefined): void {
  const socket = res.socket;
  const body = payload?.body ?? '{"success":true,"data":[]}';
  switch (fault.kind) {
    case 'connection_reset':
      return reset(socket);
    case 'empty_reply':
      // Close without a single byte of response.
      socket?.end();
      return;
    case 'malformed_json': {
      const broken = body.slice(0, Math.max(1, Math.floor(body.length / 2))) + '\u0000}{';
      res.writeHead(payload?.status ?? 200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(broken) });
      res.end(broken);
      return;
    }
    case 'truncated_body': {
      const share = fault.rate ?? 0.5;
      res.writeHead(payload?.status ?? 200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
      // Close (FIN) after the partial write: the client gets exactly those bytes, short of Content-Length.
      // A reset here could make the client's kernel drop bytes it had not read yet.
      res.write(body.slice(0, Math.floor(body.length * share)), () => socket?.end());
      return;
    }
    case 'slow_drip':
      return drip(res, payload?.status ?? 200, body, fault.rate ?? 64);
    case 'hang': {
      const timer = setTimeout(() => reset(socket), HANG_LIMIT_MS);
      timer.unref();
      socket?.once('close', () => clearTimeout(timer));
      return;
    }
  }
}

/** Sends the whole answer, `bytesPerSecond` at a time. */
function drip(res: ServerResponse, status: number, body: string, bytesPerSecond: number): void {
  const bytes = Buffer.from(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': bytes.length });
  const chunk = Math.max(1, Math.floor(bytesPerSecond / 10));
  let offset = 0;
  const timer = setInterval(() => {
    if (res.destroyed) return clearInterval(timer);
    res.write(bytes.subarray(offset, offset + chunk));
    offset += chunk;
    if (offset >= bytes.length) {
      clearInterval(timer);
      res.end();
    }
  }, 100);
  res.once('close', () => clearInterval(timer));
}
